/**
 * A step CDF over sorted values with weights: what the quantile sketch answers queries from, and
 * what exact small samples are evaluated with.
 */
export class WeightedCdf {
  /** Total weight (number of values represented). */
  readonly total: number;

  /**
   * @param values ascending, distinct or not
   * @param cumulative cumulative[i] = total weight of values[0..i] (inclusive)
   */
  constructor(
    readonly values: Float64Array,
    readonly cumulative: Float64Array,
  ) {
    this.total = values.length === 0 ? 0 : cumulative[values.length - 1];
  }

  /** Builds the CDF of plain (weight 1) values; they need not be sorted. */
  static fromValues(values: ArrayLike<number>): WeightedCdf {
    const sorted = Float64Array.from(values).sort();
    const cumulative = new Float64Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) cumulative[i] = i + 1;
    return new WeightedCdf(sorted, cumulative);
  }

  /** Fraction of the weight at values <= x. */
  le(x: number): number {
    if (this.total === 0) return NaN;
    const i = upperBound(this.values, x);
    return i === 0 ? 0 : this.cumulative[i - 1] / this.total;
  }

  /** Fraction of the weight at values < x. */
  lt(x: number): number {
    if (this.total === 0) return NaN;
    const i = lowerBound(this.values, x);
    return i === 0 ? 0 : this.cumulative[i - 1] / this.total;
  }

  /** Smallest value v with le(v) >= q (q in [0, 1]). */
  quantile(q: number): number {
    const n = this.values.length;
    if (n === 0) return NaN;
    const target = q * this.total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

/** First index i with a[i] > x (a ascending). */
export function upperBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with a[i] >= x (a ascending). */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
