import type { QuantileTable } from './types.js';
import { lowerBound, upperBound } from './weighted-cdf.js';

/**
 * The CDF of a profile's {@link QuantileTable}, interpolating linearly between points. Runs of
 * equal points (a value holding several percent of the data) come out as a jump of that size, so
 * heavy duplicates are kept.
 */
export class TableCdf {
  private readonly points: number[];
  private readonly steps: number;

  constructor(table: QuantileTable) {
    this.points = table.points;
    this.steps = table.points.length - 1;
  }

  /** Estimated fraction of values <= x. */
  le(x: number): number {
    const p = this.points;
    const N = this.steps;
    if (x < p[0]) return 0;
    if (x >= p[N]) return 1;
    const i = upperBound(p, x) - 1; // p[i] <= x < p[i + 1]
    return (i + (x - p[i]) / (p[i + 1] - p[i])) / N;
  }

  /** Estimated fraction of values < x. */
  lt(x: number): number {
    const p = this.points;
    const N = this.steps;
    if (x <= p[0]) return 0;
    if (x > p[N]) return 1;
    const i = lowerBound(p, x); // p[i - 1] < x <= p[i]
    return (i - 1 + (x - p[i - 1]) / (p[i] - p[i - 1])) / N;
  }

  /** The q-quantile (q in [0, 1]), interpolated between points. */
  quantile(q: number): number {
    const x = Math.min(Math.max(q, 0), 1) * this.steps;
    const i = Math.min(Math.floor(x), this.steps - 1);
    return this.points[i] + (x - i) * (this.points[i + 1] - this.points[i]);
  }

  /** The points themselves: where the CDF's slope changes. */
  support(): readonly number[] {
    return this.points;
  }
}
