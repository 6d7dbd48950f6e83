import type { FrequentStrings } from './frequent-strings.js';
import type { HyperLogLog } from './hyperloglog.js';
import type { Moments } from './moments.js';
import type { QuantileSketch } from './quantile-sketch.js';
import { QUANTILE_KEYS, type ColumnKind, type ColumnProfile, type Histogram, type QuantileKey, type ValueCount } from './types.js';
import type { WeightedCdf } from './weighted-cdf.js';

/** Quantile table resolution: 1000 steps, so interpolation adds at most 0.1% rank error. */
const QUANTILE_TABLE_STEPS = 1000;
/** Numeric columns with at most this many finite values keep them all (exact small-sample tests). */
const EXACT_VALUES_LIMIT = 1000;
/** String columns with at most this many distinct values keep every category frequency. */
const CATEGORY_LIMIT = 1000;
/** Categories kept (plus an "other" count) when the domain is larger. */
const CATEGORY_TOP_WHEN_LARGE = 100;
const TOP_VALUES = 20;
const HISTOGRAM_BINS = 20;

const QUANTILE_LEVELS: Record<QuantileKey, number> = {
  p01: 0.01,
  p05: 0.05,
  p25: 0.25,
  p50: 0.5,
  p75: 0.75,
  p95: 0.95,
  p99: 0.99,
};

/** What a (flushed) ColumnProfiler holds: the counts and summaries a profile is built from. */
export interface ProfilerTotals {
  readonly kind: ColumnKind;
  readonly count: number;
  readonly nulls: number;
  readonly nan: number;
  readonly posInf: number;
  readonly negInf: number;
  readonly trueCount: number;
  readonly falseCount: number;
  readonly lengthMin: number;
  readonly lengthMax: number;
  readonly lengthSum: number;
  readonly moments: Moments;
  readonly sketch: QuantileSketch;
  readonly hll: HyperLogLog;
  readonly frequent: FrequentStrings;
}

/** Builds the JSON profile of a column from a (flushed) profiler. */
export function finalizeColumn(p: ProfilerTotals): ColumnProfile {
  const profile: ColumnProfile = {
    kind: p.kind,
    count: p.count,
    nulls: p.nulls,
    nullFraction: p.count === 0 ? 0 : p.nulls / p.count,
    nan: p.nan,
    inf: { positive: p.posInf, negative: p.negInf },
    valid: 0,
    min: null,
    max: null,
    mean: null,
    std: null,
    quantiles: null,
    iso: null,
    distinctApprox: 0,
    distinctExact: true,
    top: null,
    topMaxError: 0,
    histogram: null,
    length: null,
    quantileTable: null,
    exactValues: null,
    categories: null,
  };
  if (p.kind === 'numeric' || p.kind === 'datetime') fillNumeric(p, profile);
  else if (p.kind === 'string') fillString(p, profile);
  else fillBoolean(p, profile);
  return profile;
}

function fillNumeric(p: ProfilerTotals, out: ColumnProfile): void {
  const m = p.moments;
  out.valid = m.n;
  if (m.n === 0) return;
  const cdf = p.sketch.cdf();
  const quantile = (q: number) => (q <= 0 ? m.min : q >= 1 ? m.max : clamp(cdf.quantile(q), m.min, m.max));
  out.min = m.min;
  out.max = m.max;
  out.mean = m.mean;
  out.std = m.std;
  out.quantiles = mapLevels((q) => quantile(q));
  const points: number[] = [];
  for (let i = 0; i <= QUANTILE_TABLE_STEPS; i++) points.push(quantile(i / QUANTILE_TABLE_STEPS));
  out.quantileTable = { points, rankError: p.sketch.rankErrorBound };
  out.histogram = histogram(cdf, m.min, m.max, m.n);
  if (p.sketch.exact) {
    // Every value is still in the sketch: the distinct count is exact too.
    out.distinctApprox = countDistinctSorted(cdf.values);
    if (m.n <= EXACT_VALUES_LIMIT) out.exactValues = Array.from(cdf.values);
  } else {
    out.distinctApprox = Math.min(Math.round(p.hll.estimate()), m.n);
    out.distinctExact = false;
  }
  if (p.kind === 'datetime') {
    out.iso = {
      min: toIso(m.min),
      max: toIso(m.max),
      quantiles: mapLevels<string>((q) => toIso(quantile(q))),
    };
  }
}

function fillString(p: ProfilerTotals, out: ColumnProfile): void {
  const valid = p.count - p.nulls;
  out.valid = valid;
  const f = p.frequent;
  const entries = f.entries();
  out.top = entries.slice(0, TOP_VALUES);
  out.topMaxError = f.maxError;
  if (f.exact) {
    out.distinctApprox = f.distinct;
  } else {
    out.distinctApprox = Math.min(Math.max(Math.round(p.hll.estimate()), f.distinct), valid);
    out.distinctExact = false;
  }
  const small = f.exact && entries.length <= CATEGORY_LIMIT;
  const listed = small ? entries : entries.slice(0, CATEGORY_TOP_WHEN_LARGE);
  const listedTotal = listed.reduce((sum, e) => sum + e.count, 0);
  out.categories = { values: listed, other: Math.max(0, valid - listedTotal), exact: small };
  if (valid > 0) out.length = { min: p.lengthMin, mean: p.lengthSum / valid, max: p.lengthMax };
}

function fillBoolean(p: ProfilerTotals, out: ColumnProfile): void {
  out.valid = p.trueCount + p.falseCount;
  const values: ValueCount[] = [
    { value: 'true', count: p.trueCount },
    { value: 'false', count: p.falseCount },
  ]
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count);
  out.top = values;
  out.distinctApprox = values.length;
  out.categories = { values, other: 0, exact: true };
  if (out.valid > 0) out.mean = p.trueCount / out.valid;
}

/**
 * Equal-width bins from min to max with counts estimated from the sketch's CDF (the first bin
 * includes min), so the histogram needs no second pass over the rows; counts are integers.
 */
function histogram(cdf: WeightedCdf, min: number, max: number, n: number): Histogram {
  if (!(max > min)) return { edges: [min, max], counts: [n] };
  const edges: number[] = [];
  for (let i = 0; i <= HISTOGRAM_BINS; i++) edges.push(i === HISTOGRAM_BINS ? max : min + ((max - min) * i) / HISTOGRAM_BINS);
  // Counts are whole rows: each bin is the rounded cumulative count at its right edge minus the one
  // before, so no bin reads 5.999999999999999 and the bins still add up to n exactly.
  const counts: number[] = [];
  let previous = 0;
  for (let i = 1; i <= HISTOGRAM_BINS; i++) {
    const cumulative = i === HISTOGRAM_BINS ? n : Math.max(previous, Math.min(n, Math.round(cdf.le(edges[i]) * n)));
    counts.push(cumulative - previous);
    previous = cumulative;
  }
  return { edges, counts };
}

function mapLevels<T>(f: (q: number) => T): Record<QuantileKey, T> {
  const out = {} as Record<QuantileKey, T>;
  for (const key of QUANTILE_KEYS) out[key] = f(QUANTILE_LEVELS[key]);
  return out;
}

function countDistinctSorted(values: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) distinct++;
  return distinct;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** ISO 8601 for epoch milliseconds; out-of-range dates (beyond ±8.64e15 ms) are shown as numbers. */
function toIso(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
}
