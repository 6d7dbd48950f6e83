/**
 * The run record (docs/architecture.md "The run record"): one versioned JSON file, one part per stage.
 * schema/run-record.schema.json is the source of truth; these types mirror it, and the checked
 * readers in read-record.ts prove a file matches before any of these types is trusted.
 *
 * Paths in a part (profile, report, trials table, best output) are relative to the folder of the
 * file that holds them, with `/` separators, so the record and the files it names travel together
 * (one artifact, downloaded anywhere). Data file paths are identifiers of the lineage, as
 * validate-data named them, not paths to open.
 */

export const RECORD_VERSION = 1;

/** The record's default place, relative to the working directory. */
export const DEFAULT_RECORD_FILE = '.mlops/record.json';

/** The workflow run a part was written in (null outside Actions). */
export interface RecordRun {
  id: number | null;
  attempt: number | null;
  sha?: string | null;
}

/** Fields every part carries. */
interface PartBase {
  /** When the stage wrote its part (ISO 8601). */
  writtenAt: string;
  run?: RecordRun;
}

export interface RecordDataFile {
  path: string;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes?: number;
  rows?: number;
}

/** validate-data's part: the data's digests, the profile and the verdict. */
export interface DataPart extends PartBase {
  passed: boolean;
  failOn: 'error' | 'warning' | 'never';
  errors: number;
  warnings: number;
  /** Hex sha256 over the digests of every data file, in order (validate-data's data-digest). */
  dataDigest: string;
  files: RecordDataFile[];
  evalFiles?: RecordDataFile[];
  /** The training data's profile (relative to the record's folder). */
  profile: string;
  /** validate-data's JSON report (relative to the record's folder). */
  report?: string;
}

type RecordParamValue = string | number | boolean;

/** train-and-sweep's part: the objective, the trials, the best trial. */
export interface SweepPart extends Partial<PartBase> {
  method: string;
  seed: number;
  objective: { metric: string; goal: 'maximize' | 'minimize'; target?: number };
  space?: Record<string, unknown>;
  trials: { total: number; complete: number; failed?: number; pruned?: number };
  stoppedEarly?: string;
  /** The best complete trial; absent when none completed. */
  best?: {
    trial: number;
    value: number;
    params: Record<string, RecordParamValue>;
    metrics: Record<string, number>;
    /** Its output folder, the model (relative to the record's folder). */
    outputDir?: string;
  };
  /** The trials table, CSV, best first (relative to the record's folder). */
  trialsTable?: string;
  /** Every trial as JSON (relative to the record's folder). */
  trialsJson?: string;
}

/** evaluate-gate's part: the verdict and every measured value (the manifest keeps verdict, baseline and reasons). */
export interface GatePart extends PartBase {
  verdict: 'pass' | 'warn' | 'fail' | 'skipped';
  passed?: boolean;
  headline?: string;
  baselineVersion: number | null;
  baseline?: string | null;
  reasons: string[];
  /** The metric table, one row per metric (GateTableRow of src/gate). */
  metrics?: { metric: string; status: string; [field: string]: unknown }[];
  rules?: { rule: string; status: 'pass' | 'fail' | 'warn' | 'skipped'; reason: string; [field: string]: unknown }[];
  notes?: string[];
  /** The markdown report (relative to the record's folder). */
  report?: string;
}

/** register-model's part: the version made (or found) and its files. */
export interface RegisterPart extends PartBase {
  name: string;
  version: number;
  tag: string;
  releaseUrl?: string | null;
  /** False when an earlier attempt (or dedupe) had registered it. */
  created: boolean;
  contentDigest: string;
  files: { name: string; size: number; sha256: string }[];
  aliases?: string[];
}

/** deploy-env's part: a slot the deploy issue fills. */
export interface DeployPart extends PartBase {
  deployments: {
    environment: string;
    version: number;
    deploymentId?: number | null;
    status: 'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';
    url?: string | null;
  }[];
}

/** The whole record: every part is optional; a stage adds its own. */
export interface RunRecord {
  version: typeof RECORD_VERSION;
  data?: DataPart;
  sweep?: SweepPart;
  gate?: GatePart;
  register?: RegisterPart;
  deploy?: DeployPart;
}

export interface RecordParts {
  data: DataPart;
  sweep: SweepPart;
  gate: GatePart;
  register: RegisterPart;
  deploy: DeployPart;
}

export type PartName = keyof RecordParts;

/** The stage that writes each part, for messages that say how to get a missing one. */
export const PART_WRITER: Record<PartName, string> = {
  data: 'validate-data (mlops validate)',
  sweep: 'train-and-sweep (mlops sweep)',
  gate: 'evaluate-gate',
  register: 'register-model (mlops register)',
  deploy: 'deploy-env',
};
