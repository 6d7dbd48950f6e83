/**
 * The seeded paired bootstrap: confidence intervals for the change of each statistic between the
 * candidate and the baseline, on the same examples.
 *
 * Resampling: each resample draws n row indexes with replacement, the same rows for both models
 * (paired) and for every statistic. Draw k is `floor(u_k * n / 2^32)` where u_k is the next output
 * of an sfc32 generator (the project's PRNG, src/sweep/random.ts) whose four state words are the
 * first four outputs of `new SeededRandom(seed)`: `IndexStream` below, whose hot loop inlines the
 * generator (a method call per draw costs twice as much at 400 million draws). The draws become row
 * multiplicities (`counts`), which each statistic's kernel weighs in one pass.
 *
 * Interval: the percentile method (the alpha/2 and 1 - alpha/2 quantiles of the resampled changes,
 * with numpy's default linear interpolation). Not BCa, scipy's default: BCa's acceleration needs a
 * jackknife, n recomputations of each statistic on n - 1 rows, O(n^2) for a 200,000-row eval set;
 * at the sizes where a gate matters the percentile interval's skew correction is negligible, and
 * the method is the one scipy is compared with (`method='percentile'`) in bench/gate-bootstrap.mjs.
 *
 * Resamples where a statistic is undefined (an AUC with one class drawn) are left out of its
 * interval and counted.
 */
import { SeededRandom } from '../sweep/random.js';
import type { Counts, PairedKernel } from './paired-stats.js';
import type { StatisticName } from './types.js';

export interface BootstrapOptions {
  resamples: number;
  /** 0.95 for 95% intervals. */
  confidence: number;
  seed: number;
}

/** One statistic's change on the full data and its interval. */
export interface BootstrapInterval {
  statistic: StatisticName;
  point: number;
  low: number;
  high: number;
  /** Resamples with a defined statistic. */
  resamples: number;
}

/** The seeded stream of resampled row indexes in [0, n). */
export class IndexStream {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly scale: number;

  constructor(
    seed: number,
    readonly n: number,
  ) {
    const random = new SeededRandom(seed);
    [this.a, this.b, this.c, this.d] = [random.nextUint32() | 0, random.nextUint32() | 0, random.nextUint32() | 0, random.nextUint32() | 0];
    this.scale = n / 4294967296;
  }

  /** The next index (one draw; the reference the fast `fillCounts` must match). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return ((t >>> 0) * this.scale) >>> 0;
  }

  /** Draws the next n indexes into row multiplicities (`counts` is zeroed first). */
  fillCounts(counts: Counts): void {
    let { a, b, c, d } = this;
    const { scale, n } = this;
    counts.fill(0);
    for (let k = 0; k < n; k++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      // floor by `>>> 0` (the product is below n < 2^32): Math.floor is not inlined everywhere (jest's VM contexts).
      counts[((t >>> 0) * scale) >>> 0]++;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

/** The resampled changes of every kernel (rows: kernels, in order; one value per resample). */
function resampleChanges(kernels: readonly PairedKernel[], n: number, options: Pick<BootstrapOptions, 'resamples' | 'seed'>): Float64Array[] {
  const stream = new IndexStream(options.seed, n);
  const counts: Counts = new Uint16Array(n);
  const changes = kernels.map(() => new Float64Array(options.resamples));
  for (let r = 0; r < options.resamples; r++) {
    stream.fillCounts(counts);
    for (let s = 0; s < kernels.length; s++) changes[s][r] = kernels[s].delta(counts, n);
  }
  return changes;
}

/** Intervals for every kernel's change, from one shared set of resamples. */
export function pairedBootstrap(kernels: readonly PairedKernel[], n: number, options: BootstrapOptions): BootstrapInterval[] {
  const ones: Counts = new Uint16Array(n).fill(1);
  const points = kernels.map((kernel) => kernel.delta(ones, n));
  const changes = resampleChanges(kernels, n, options);
  const alpha = 1 - options.confidence;
  return kernels.map((kernel, s) => {
    const defined = changes[s].filter((x) => !Number.isNaN(x)).sort();
    return {
      statistic: kernel.statistic,
      point: points[s],
      low: percentile(defined, alpha / 2),
      high: percentile(defined, 1 - alpha / 2),
      resamples: defined.length,
    };
  });
}

/** The q-quantile (0..1) of sorted values, linear interpolation (numpy's default); NaN when empty. */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
