import type { ColumnKind, ColumnProfile, DatasetProfile } from '../profile/types.js';
import { alignCategories, cutProbabilities, histogramProbabilities, normalize, numericCdf, quantileEdges, type ProfileCdf } from './distributions.js';
import { jensenShannonDistance, lInfinity, psi } from './metrics.js';
import { chiSquaredPValue, ksPValue } from './stat-tests.js';
import type { ColumnDrift, ColumnDriftOptions, DriftMethod, DriftMetrics, DriftOptions, DriftReport, DriftStatus, Thresholds } from './types.js';

/** Defaults of every drift option (see DriftOptions for the reasons). */
const DEFAULT_DRIFT_OPTIONS: DriftOptions = {
  psi: { warn: 0.1, fail: 0.2 },
  js: { warn: 0.1, fail: 0.2 },
  linf: { warn: 0.1, fail: 0.3 },
  pValue: { warn: 0.05, fail: 0.01 },
  smallSampleRows: 1000,
  driftedShareFail: 0.5,
  psiEpsilon: 1e-4,
  missingColumn: 'warning',
  columns: {},
};

/** PSI bins: deciles of the baseline, the usual choice. */
const PSI_BINS = 10;

const RANK: Record<DriftStatus, number> = { ok: 0, warning: 1, fail: 2 };

/**
 * Compares two dataset profiles column by column. Only the profiles are read: numeric columns are
 * compared through their quantile tables (or exact values when small), categorical ones through
 * their category frequencies. Columns present on one side only are reported, not an error.
 */
export function computeDrift(baseline: Pick<DatasetProfile, 'columns'>, current: Pick<DatasetProfile, 'columns'>, options: Partial<DriftOptions> = {}): DriftReport {
  const resolved: DriftOptions = { ...DEFAULT_DRIFT_OPTIONS, ...options, columns: options.columns ?? {} };
  const names = [...Object.keys(baseline.columns), ...Object.keys(current.columns).filter((n) => !(n in baseline.columns))];
  const columns = names.map((name) => compareColumn(name, baseline.columns[name], current.columns[name], resolved));
  const compared = columns.filter((c) => c.decidedBy.length > 0);
  const driftedColumns = compared.filter((c) => c.status === 'fail').map((c) => c.column);
  const share = compared.length === 0 ? 0 : driftedColumns.length / compared.length;
  let status: DriftStatus = columns.reduce<DriftStatus>((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'ok');
  let reason: string;
  if (compared.length > 0 && driftedColumns.length > 0 && share >= resolved.driftedShareFail) {
    status = 'fail';
    reason = `${driftedColumns.length} of ${compared.length} columns drifted (share ${round(share)} >= ${resolved.driftedShareFail})`;
  } else if (columns.some((c) => c.missingFrom && c.status === 'fail')) {
    status = 'fail';
    reason = 'a column is missing on one side (missingColumn: fail)';
  } else {
    // A single drifted column does not fail the dataset unless the share says so.
    if (status === 'fail') status = 'warning';
    reason =
      driftedColumns.length > 0
        ? `${driftedColumns.length} of ${compared.length} columns drifted (share ${round(share)} < ${resolved.driftedShareFail})`
        : status === 'warning'
          ? 'some columns warn'
          : 'no drift';
  }
  return { columns, dataset: { compared: compared.length, driftedColumns, share, status, reason }, options: resolved };
}

function compareColumn(name: string, base: ColumnProfile | undefined, cur: ColumnProfile | undefined, options: DriftOptions): ColumnDrift {
  const overrides: ColumnDriftOptions = options.columns[name] ?? {};
  const kind = (base ?? cur)!.kind;
  const result: ColumnDrift = {
    column: name,
    kind,
    decidedBy: [],
    metrics: {},
    status: 'ok',
    reason: '',
    baselineValues: base?.valid ?? 0,
    currentValues: cur?.valid ?? 0,
  };
  if (!base || !cur) {
    result.missingFrom = base ? 'current' : 'baseline';
    result.status = options.missingColumn;
    result.reason = base ? 'column is missing from the current data' : 'column is new (not in the baseline)';
    return result;
  }
  if (overrides.skip) {
    result.skipped = true;
    result.reason = 'skipped by configuration';
    return result;
  }
  const numeric = isNumeric(base.kind);
  if (numeric !== isNumeric(cur.kind) || (numeric && base.kind !== cur.kind)) {
    result.status = 'warning';
    result.reason = `kind changed from ${base.kind} to ${cur.kind}; distributions not compared`;
    return result;
  }
  if (base.valid === 0 || cur.valid === 0) {
    result.status = base.valid === cur.valid ? 'ok' : 'warning';
    result.reason = base.valid === cur.valid ? 'no values on either side' : `no values in the ${base.valid === 0 ? 'baseline' : 'current data'}`;
    return result;
  }
  const small = base.valid < options.smallSampleRows && cur.valid < options.smallSampleRows;
  let method: DriftMethod = overrides.method ?? 'auto';
  let note = '';
  const applicable = numeric ? ['auto', 'psi', 'js', 'ks'] : ['auto', 'psi', 'js', 'linf', 'chi2'];
  if (!applicable.includes(method)) {
    note = ` (${method} does not apply to ${base.kind} columns; auto used)`;
    method = 'auto';
  }
  const test = method === 'ks' || method === 'chi2' || (method === 'auto' && small);
  result.metrics = numeric ? numericMetrics(base, cur, options, test) : categoricalMetrics(base, cur, options, test);
  const deciding: Array<keyof DriftMetrics> =
    method !== 'auto' ? [method === 'ks' || method === 'chi2' ? 'pValue' : method] : test ? ['pValue'] : numeric ? ['psi', 'js'] : ['linf', 'psi'];
  judge(result, deciding, { ...options, ...pick(overrides) });
  result.reason += note;
  if (test && method === 'auto') result.reason += ` (small samples: ${numeric ? 'KS' : 'chi-squared'} test)`;
  return result;
}

function numericMetrics(base: ColumnProfile, cur: ColumnProfile, options: DriftOptions, test: boolean): DriftMetrics {
  const b = numericCdf(base)!;
  const c = numericCdf(cur)!;
  const edges = quantileEdges(b, PSI_BINS);
  const metrics: DriftMetrics = { psi: psi(cutProbabilities(b, edges), cutProbabilities(c, edges), options.psiEpsilon) };
  const histogramEdges = base.histogram?.edges ?? [base.min!, base.max!];
  metrics.js = jensenShannonDistance(histogramProbabilities(b, histogramEdges), histogramProbabilities(c, histogramEdges));
  metrics.ks = ksStatistic(b, c);
  if (test) metrics.pValue = ksPValue(metrics.ks, base.valid, cur.valid);
  return metrics;
}

/** Largest |F_b - F_c|, checked on both sides of every support point of either CDF. */
function ksStatistic(b: ProfileCdf, c: ProfileCdf): number {
  let d = 0;
  for (const support of [b.support(), c.support()]) {
    for (let i = 0; i < support.length; i++) {
      const x = support[i];
      d = Math.max(d, Math.abs(b.le(x) - c.le(x)), Math.abs(b.lt(x) - c.lt(x)));
    }
  }
  return d;
}

function categoricalMetrics(base: ColumnProfile, cur: ColumnProfile, options: DriftOptions, test: boolean): DriftMetrics {
  const aligned = alignCategories(base, cur);
  const p = normalize(aligned.baseline);
  const q = normalize(aligned.current);
  const listed = aligned.keys.length; // L-inf over real categories, not the "other" bucket
  const metrics: DriftMetrics = {
    psi: psi(p, q, options.psiEpsilon),
    js: jensenShannonDistance(p, q),
    linf: lInfinity(p.slice(0, listed), q.slice(0, listed)),
  };
  if (test) {
    const { chi2, df } = chiSquared(aligned.baseline, aligned.current);
    metrics.chi2 = chi2;
    metrics.pValue = chiSquaredPValue(chi2, df);
  }
  return metrics;
}

/** Pearson's chi-squared test of homogeneity on a 2 x k table (empty categories dropped). */
function chiSquared(a: number[], b: number[]): { chi2: number; df: number } {
  const na = a.reduce((s, x) => s + x, 0);
  const nb = b.reduce((s, x) => s + x, 0);
  const n = na + nb;
  let chi2 = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    const total = a[i] + b[i];
    if (total === 0) continue;
    k++;
    const ea = (total * na) / n;
    const eb = (total * nb) / n;
    chi2 += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
  }
  return { chi2, df: k - 1 };
}

/** Sets status and reason from the deciding metrics (p-values fail when small, distances when large). */
function judge(result: ColumnDrift, deciding: Array<keyof DriftMetrics>, thresholds: DriftOptions): void {
  result.decidedBy = deciding;
  const parts: string[] = [];
  let status: DriftStatus = 'ok';
  for (const key of deciding) {
    const value = result.metrics[key];
    if (value === undefined || Number.isNaN(value)) continue;
    let s: DriftStatus;
    if (key === 'pValue') {
      const t = thresholds.pValue;
      s = value < t.fail ? 'fail' : value < t.warn ? 'warning' : 'ok';
      parts.push(s === 'ok' ? `p-value ${round(value)} >= ${t.warn}` : `p-value ${round(value)} < ${s === 'fail' ? t.fail : t.warn}`);
    } else {
      const t = thresholds[key as 'psi' | 'js' | 'linf'];
      s = value >= t.fail ? 'fail' : value >= t.warn ? 'warning' : 'ok';
      parts.push(s === 'ok' ? `${key} ${round(value)} < ${t.warn}` : `${key} ${round(value)} >= ${s === 'fail' ? t.fail : t.warn}`);
    }
    if (RANK[s] > RANK[status]) status = s;
  }
  result.status = status;
  result.reason = parts.join(', ');
}

function pick(o: ColumnDriftOptions): Partial<Record<'psi' | 'js' | 'linf' | 'pValue', Thresholds>> {
  const out: Partial<Record<'psi' | 'js' | 'linf' | 'pValue', Thresholds>> = {};
  for (const key of ['psi', 'js', 'linf', 'pValue'] as const) if (o[key]) out[key] = o[key];
  return out;
}

function isNumeric(kind: ColumnKind): boolean {
  return kind === 'numeric' || kind === 'datetime';
}

function round(x: number): string {
  return Number(x.toPrecision(3)).toString();
}
