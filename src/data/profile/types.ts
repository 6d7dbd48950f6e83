/**
 * The JSON a profile is written as (e.g. the baseline artifact of validate-data). Everything drift
 * needs is in here — quantile table, exact small samples, category frequencies — so comparing two
 * datasets never re-reads rows. Numbers are finite or null (JSON has no NaN or Infinity).
 */

/** How a column is profiled. Datetimes are profiled as epoch milliseconds. */
export type ColumnKind = 'numeric' | 'string' | 'boolean' | 'datetime';

/** The quantiles every numeric/datetime profile reports. */
export const QUANTILE_KEYS = ['p01', 'p05', 'p25', 'p50', 'p75', 'p95', 'p99'] as const;
export type QuantileKey = (typeof QUANTILE_KEYS)[number];

/** A value and how often it occurs. */
export interface ValueCount {
  value: string;
  count: number;
}

/** Histogram over [edges[0], edges[edges.length - 1]]; counts[i] covers edges[i]..edges[i+1]. */
export interface Histogram {
  edges: number[];
  /** Estimated from the quantile sketch, so they may be fractional. */
  counts: number[];
}

/**
 * The distribution of finite values as a quantile table: points[i] is the (i / (points.length - 1))
 * quantile, points[0] the minimum, the last point the maximum. Drift evaluates the CDF from it by
 * interpolation (adds at most 1 / (points.length - 1) rank error to the sketch's own).
 */
export interface QuantileTable {
  points: number[];
  /** Upper bound on the rank error of the points themselves (fraction of count), from the sketch. */
  rankError: number;
}

/** Category frequencies of a string or boolean column: all of them for small domains. */
interface CategoryFrequencies {
  /** Most frequent values first. */
  values: ValueCount[];
  /** Non-null values not listed in `values`. */
  other: number;
  /** True when `values` lists every distinct value with its exact count. */
  exact: boolean;
}

/** Profile of one column. Fields that do not apply to the kind are null. */
export interface ColumnProfile {
  kind: ColumnKind;
  /** Cells seen, nulls included. */
  count: number;
  /** Empty or missing cells. */
  nulls: number;
  /** nulls / count (0 when count is 0). */
  nullFraction: number;
  /** NaN values (numeric columns); not part of min/max/mean/quantiles. */
  nan: number;
  /** Infinite values (numeric columns); not part of min/max/mean/quantiles. */
  inf: { positive: number; negative: number };
  /** Number of finite numeric values, or non-null values for string and boolean columns. */
  valid: number;
  /** Over finite values; datetimes in epoch milliseconds. */
  min: number | null;
  max: number | null;
  mean: number | null;
  /** Sample standard deviation (n - 1). */
  std: number | null;
  quantiles: Record<QuantileKey, number> | null;
  /** For datetime columns, min, max and quantiles as ISO 8601 strings. */
  iso: { min: string; max: string; quantiles: Record<QuantileKey, string> } | null;
  /**
   * Approximate distinct count (HyperLogLog, ~0.8% standard error), or exact when
   * `distinctExact` is true (string/boolean columns with few distinct values).
   */
  distinctApprox: number;
  distinctExact: boolean;
  /** Up to 20 most frequent values (string and boolean columns). */
  top: ValueCount[] | null;
  /** Counts in `top` and `categories` may undercount by at most this much (0 = exact). */
  topMaxError: number;
  /** 20 equal-width bins from min to max (numeric and datetime columns). */
  histogram: Histogram | null;
  /** String lengths in UTF-16 code units (string columns). */
  length: { min: number; mean: number; max: number } | null;
  /** Numeric and datetime columns: the distribution, for drift. */
  quantileTable: QuantileTable | null;
  /**
   * Numeric and datetime columns with at most EXACT_VALUES_LIMIT finite values: all of them,
   * sorted, so small-sample drift tests (KS) are exact.
   */
  exactValues: number[] | null;
  /** String and boolean columns: frequencies, for drift. */
  categories: CategoryFrequencies | null;
}

/** A data file a profile was computed from. */
export interface ProfiledFile {
  path: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  bytes: number;
  /** Data rows (header excluded). */
  rows: number;
}

/** Profile of a dataset (one or more files with the same columns). */
export interface DatasetProfile {
  schemaVersion: 1;
  /** ISO 8601 time the profile was computed. */
  createdAt: string;
  files: ProfiledFile[];
  rowCount: number;
  columns: Record<string, ColumnProfile>;
}

/** The current profile format version; readProfile rejects others. */
export const PROFILE_SCHEMA_VERSION = 1;
