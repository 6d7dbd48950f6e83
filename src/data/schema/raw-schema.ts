/**
 * A data schema exactly as written in YAML/JSON, after it passed schema/data-schema.schema.json.
 * `resolve-schema.ts` turns it into the checks that run.
 */

export type Severity = 'error' | 'warning';
export type ColumnType = 'int' | 'float' | 'bool' | 'string' | 'date' | 'datetime' | 'categorical';
export type Bound = number | string;
type Scalar = string | number | boolean;

interface RawRange {
  min?: number;
  max?: number;
  severity?: Severity;
}

export interface RawColumn {
  type: ColumnType;
  description?: string;
  format?: string;
  required?: boolean;
  severity?: Severity;
  not_null?: boolean | { mostly?: number; severity?: Severity };
  min?: Bound;
  max?: Bound;
  between?: { min?: Bound; max?: Bound; mostly?: number; severity?: Severity };
  allowed?: Scalar[] | { values: Scalar[]; mostly?: number; severity?: Severity };
  regex?: string | { pattern: string; mostly?: number; severity?: Severity };
  unique?: boolean | { severity?: Severity };
  length?: RawRange;
  mean?: RawRange;
  std?: RawRange;
  quantiles?: { q: number; min?: number; max?: number; severity?: Severity }[];
  allow_nan?: boolean;
  allow_inf?: boolean;
}

type RawIntegrity = false | Severity;

interface RawDataset {
  unexpected_columns?: Severity | 'allow';
  row_count?: RawRange;
  unique?: (string[] | { columns: string[]; severity?: Severity })[];
  duplicate_rows?: RawIntegrity;
  label?: string;
  conflicting_labels?: RawIntegrity;
  train_eval_leakage?: RawIntegrity;
}

export interface RawDataSchema {
  $schema?: string;
  columns: Record<string, RawColumn>;
  dataset?: RawDataset;
  na_values?: string[];
}
