import type { Severity } from '../schema/raw-schema.js';
import type { ValueCheck } from './value-checks.js';

/** What each check is, by Great Expectations' / TFDV's / Deepchecks' names; the per-value ones are value-checks.ts's. */
export type CheckKind =
  | ValueCheck
  | 'columns_present'
  | 'unexpected_columns'
  | 'mean'
  | 'std'
  | 'quantile'
  | 'row_count'
  | 'compound_unique'
  | 'duplicate_rows'
  | 'conflicting_labels'
  | 'train_eval_leakage';

/** One offending value and where it stands. Rows are 1-based data rows (the header is not a row). */
export interface UnexpectedExample {
  file: string;
  row: number;
  line: number;
  value: string | number | boolean | null;
  /** For duplicates: the row this one repeats. */
  firstRow?: number;
}

/** Maximum examples kept per check (Great Expectations' partial_unexpected_list is 20 too). */
export const MAX_EXAMPLES = 20;

/** The outcome of one check, in Great Expectations' result shape. */
export interface CheckResult {
  /** Stable id, e.g. `column.age.between` or `dataset.duplicate_rows`. */
  id: string;
  check: CheckKind;
  column?: string;
  severity: Severity;
  success: boolean;
  /** What was expected, in words: `between 0 and 120`. */
  expectation: string;
  /** Rows looked at. */
  elementCount: number;
  /** Missing values among them. */
  missingCount: number;
  /** Values (or rows) that broke the expectation. */
  unexpectedCount: number;
  /** unexpectedCount as a percentage of the values evaluated (non-missing), like GE. */
  unexpectedPercent: number;
  /** For aggregate checks (mean, std, quantile, row_count): the measured value. */
  observed?: number | string;
  /** Up to 20 offending values with their rows. */
  examples: UnexpectedExample[];
}
