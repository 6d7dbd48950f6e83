import type { CheckResult } from '../checks/result.js';
import type { DatasetProfile, ProfiledFile } from '../profile/index.js';
import type { DriftReport } from '../drift/index.js';

/** The lowest severity that fails a validation. */
export type FailOn = 'error' | 'warning' | 'never';

/** One dataset (train or eval) as validated. */
export interface DatasetReport {
  name: 'train' | 'eval';
  files: ProfiledFile[];
  rowCount: number;
  checks: CheckResult[];
}

/** validate-data's JSON report: every check with its measured values, the drift table, the verdict. */
export interface ValidationReport {
  schemaVersion: 1;
  passed: boolean;
  failOn: FailOn;
  /** Failed checks by severity, drift included. */
  errors: number;
  warnings: number;
  /** sha256 over the digests of every data file, in order: one fingerprint of the data. */
  dataDigest: string;
  datasets: DatasetReport[];
  drift?: DriftReport;
  /** Where the profile was written, when it was. */
  profilePath?: string;
  /** Seconds the validation took. */
  seconds: number;
}

/** The profile of the training data is what a model version carries and what later drift compares with. */
export interface ValidationOutcome {
  report: ValidationReport;
  profile: DatasetProfile;
  evalProfile?: DatasetProfile;
}
