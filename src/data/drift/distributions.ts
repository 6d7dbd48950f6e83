import { TableCdf } from '../profile/table-cdf.js';
import type { ColumnProfile } from '../profile/types.js';
import { WeightedCdf } from '../profile/weighted-cdf.js';

/** The CDF of a profile's finite values, as drift evaluates it (never from raw rows). */
export interface ProfileCdf {
  /** Fraction of values <= x. */
  le(x: number): number;
  /** Fraction of values < x. */
  lt(x: number): number;
  quantile(q: number): number;
  /** Points where the CDF changes (the sup of a CDF difference is attained at or next to them). */
  support(): ArrayLike<number>;
}

/**
 * The exact empirical CDF when the profile kept every value (small columns), else the CDF
 * interpolated from its quantile table. Null when the column has no finite values.
 */
export function numericCdf(profile: ColumnProfile): ProfileCdf | null {
  if (profile.valid === 0) return null;
  if (profile.exactValues && profile.exactValues.length > 0) {
    const cdf = WeightedCdf.fromValues(profile.exactValues);
    return { le: (x) => cdf.le(x), lt: (x) => cdf.lt(x), quantile: (q) => cdf.quantile(q), support: () => cdf.values };
  }
  if (profile.quantileTable) return new TableCdf(profile.quantileTable);
  return null;
}

/**
 * Probabilities of the bins (-inf, e1], (e1, e2], ..., (ek, +inf) for the distinct inner edges
 * e1 < ... < ek.
 */
export function cutProbabilities(cdf: ProfileCdf, innerEdges: number[]): number[] {
  const out: number[] = [];
  let previous = 0;
  for (const edge of innerEdges) {
    const f = cdf.le(edge);
    out.push(Math.max(0, f - previous));
    previous = f;
  }
  out.push(Math.max(0, 1 - previous));
  return out;
}

/**
 * Probabilities over a histogram's bins plus an underflow and an overflow bin: (-inf, e0),
 * [e0, e1], (e1, e2], ..., (e_last, +inf). Values of the current data outside the baseline's range
 * land in the outer bins instead of being lost. A one-value baseline (edges [v, v]) gives the bins
 * below v, exactly v, above v.
 */
export function histogramProbabilities(cdf: ProfileCdf, edges: number[]): number[] {
  const out: number[] = [];
  let previous = cdf.lt(edges[0]);
  out.push(previous);
  for (let i = 1; i < edges.length; i++) {
    const f = cdf.le(edges[i]);
    out.push(Math.max(0, f - previous));
    previous = f;
  }
  out.push(Math.max(0, 1 - previous));
  return out;
}

/** PSI bin edges: the baseline's deciles (bins - 1 inner edges), duplicates removed. */
export function quantileEdges(cdf: ProfileCdf, bins: number): number[] {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = cdf.quantile(i / bins);
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  return edges;
}

/** Count vectors of two categorical profiles over the union of their listed values, plus "other". */
export interface CategoryCounts {
  keys: string[];
  baseline: number[];
  current: number[];
  /** Counts of values not listed (large domains); the last bin of the vectors when non-zero. */
  hasOther: boolean;
}

/**
 * Aligns two profiles' category frequencies. A value listed on one side only counts 0 on the
 * other; when that side's list is not exact (large domain, top values only) the value may hide in
 * its "other" count, so the L-infinity distance can overstate such a value's change.
 */
export function alignCategories(baseline: ColumnProfile, current: ColumnProfile): CategoryCounts {
  const b = new Map((baseline.categories?.values ?? []).map((v) => [v.value, v.count]));
  const c = new Map((current.categories?.values ?? []).map((v) => [v.value, v.count]));
  const keys = [...new Set([...b.keys(), ...c.keys()])];
  const out: CategoryCounts = { keys, baseline: keys.map((k) => b.get(k) ?? 0), current: keys.map((k) => c.get(k) ?? 0), hasOther: false };
  const otherB = baseline.categories?.other ?? 0;
  const otherC = current.categories?.other ?? 0;
  if (otherB > 0 || otherC > 0) {
    out.hasOther = true;
    out.baseline.push(otherB);
    out.current.push(otherC);
  }
  return out;
}

/** counts / sum(counts) (all zeros when the sum is 0). */
export function normalize(counts: number[]): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (sum > 0 ? c / sum : 0));
}
