import type { ColumnKind } from '../profile/types.js';

/** A metric's thresholds: at or above `warn` the column warns, at or above `fail` it fails. */
export interface Thresholds {
  warn: number;
  fail: number;
}

/**
 * Which metric decides a column's status.
 * - auto: small samples (both sides < smallSampleRows values) use a test — KS for numeric, chi-squared
 *   for categorical columns; otherwise numeric columns use PSI and JS, categorical ones L-inf and PSI
 *   (the worse of the two decides).
 * - psi, js, linf: that metric alone (linf applies to categorical columns only).
 * - ks, chi2: that test's p-value alone, whatever the sample size (ks for numeric, chi2 for
 *   categorical columns).
 */
export type DriftMethod = 'auto' | 'psi' | 'js' | 'linf' | 'ks' | 'chi2';

/** Per-column overrides of {@link DriftOptions}. */
export interface ColumnDriftOptions {
  psi?: Thresholds;
  js?: Thresholds;
  linf?: Thresholds;
  pValue?: Thresholds;
  method?: DriftMethod;
  /** Do not judge this column (it is still listed, with status ok). */
  skip?: boolean;
}

/** Options of computeDrift; every field has a default (DEFAULT_DRIFT_OPTIONS). */
export interface DriftOptions {
  /**
   * Population Stability Index over 10 baseline-decile bins (categories for categorical columns).
   * Default warn 0.1, fail 0.2: the credit-scoring rule of thumb (< 0.1 no significant change,
   * 0.1-0.2 moderate, > 0.2 significant shift).
   */
  psi: Thresholds;
  /**
   * Jensen-Shannon distance (square root of the base-2 JS divergence, in [0, 1]) over the baseline's
   * histogram bins. Default warn 0.1, fail 0.2; 0.1 is Evidently's default drift threshold for this
   * distance.
   */
  js: Thresholds;
  /**
   * L-infinity distance: the largest change of one category's share. TFDV has no default (its guide
   * uses 0.01, which flags sampling noise on large data); Vertex AI model monitoring, which uses
   * this distance for categorical features, alerts at 0.3 by default. Default warn 0.1, fail 0.3.
   */
  linf: Thresholds;
  /**
   * p-value thresholds of the small-sample tests; unlike the distances, a column warns when
   * p < warn and fails when p < fail. Default warn 0.05, fail 0.01.
   */
  pValue: Thresholds;
  /**
   * When both sides have fewer values than this, auto uses the KS / chi-squared test instead of
   * the distances (which are noisy on few rows: sampling alone gives PSI ~ bins / n). Default 1000,
   * as Evidently. Tests are not used on large samples, where every negligible shift is significant.
   */
  smallSampleRows: number;
  /** The dataset fails when drifted (failing) columns / compared columns >= this. Default 0.5. */
  driftedShareFail: number;
  /**
   * Empty PSI bins get this probability instead of 0 (PSI is infinite otherwise). Default 1e-4: the
   * share of one row in 10,000, small enough not to hide a bin that empties out (0.1 -> 1e-4 adds
   * ~0.7 to PSI) yet bounded.
   */
  psiEpsilon: number;
  /** Status of a column present on one side only. Default warning. */
  missingColumn: 'ok' | 'warning' | 'fail';
  /** Per-column overrides by column name. */
  columns: Record<string, ColumnDriftOptions>;
}

export type DriftStatus = 'ok' | 'warning' | 'fail';

/** Measured values; every metric that applies to the column is reported, deciding or not. */
export interface DriftMetrics {
  psi?: number;
  /** Jensen-Shannon distance, base 2. */
  js?: number;
  /** L-infinity distance between category shares (categorical columns). */
  linf?: number;
  /** Kolmogorov-Smirnov statistic: largest CDF difference (numeric columns). */
  ks?: number;
  /** Chi-squared statistic of the 2 x categories contingency table (categorical columns). */
  chi2?: number;
  /** p-value of the KS or chi-squared test, when a test decides. */
  pValue?: number;
}

/** Drift of one column. */
export interface ColumnDrift {
  column: string;
  /** The baseline's kind (the current one's when the column is new). */
  kind: ColumnKind;
  /** Metrics that decided the status (empty when the column is skipped, missing or not comparable). */
  decidedBy: Array<keyof DriftMetrics>;
  metrics: DriftMetrics;
  status: DriftStatus;
  /** Why, in one sentence. */
  reason: string;
  /** Set when the column is absent from one side. */
  missingFrom?: 'baseline' | 'current';
  skipped?: boolean;
  /** Values compared on each side (finite numbers, or non-null categories). */
  baselineValues: number;
  currentValues: number;
}

/** Result of computeDrift. */
export interface DriftReport {
  columns: ColumnDrift[];
  dataset: {
    /** Columns whose drift was measured (not skipped, missing or of changed kind). */
    compared: number;
    /** Names of compared columns with status fail. */
    driftedColumns: string[];
    /** driftedColumns.length / compared (0 when nothing was compared). */
    share: number;
    status: DriftStatus;
    reason: string;
  };
  /** The options used, defaults filled in. */
  options: DriftOptions;
}
