import { Float64RadixSorter } from './radix-sort.js';
import { WeightedCdf } from './weighted-cdf.js';

/**
 * Mergeable quantile sketch: the Manku-Rajagopalan-Lindsay / Munro-Paterson buffer hierarchy with
 * randomised compaction (KLL with equal level capacities). Hand-written (no package) because the
 * profiling budget is a few ns per value and the state must be plain typed arrays that workers can
 * transfer and merge.
 *
 * Values go into an unsorted buffer of `runSize` (b) values. A full buffer is sorted and becomes a
 * run of weight 1 at level 0. Level h holds at most one sorted run of b values of weight 2^h; when
 * a second one arrives (like a carry in a binary counter) the two are merged and every other value
 * is kept, starting at a random offset, giving a run of weight 2^(h+1) for level h+1.
 *
 * Error bound (deterministic, whatever the random bits): one compaction at level h moves the
 * estimated rank of any point by at most 2^h, and level h compacts at most n / (2b * 2^h) times, so
 * with H levels the rank error is at most H * n / (2b). With b = 1024 and H = log2(n / b):
 * 0.49% for n = 1e6, 0.54% for 3e6, 0.98% for 1e9. The random offsets make the typical error far
 * smaller (the per-compaction errors cancel). Memory: (H + 4) * 8 KB, ~130 KB at 3e6 values.
 *
 * Sampling (KLL's "sampler"): sorting and merging cost ~50 ns per value even with the radix sort,
 * too much for the profiling budget, so once the hierarchy has more than `fullLevels` levels
 * (n > b * 2^(fullLevels + 1), 64K values by default) values are sampled before they are sorted: one value chosen uniformly at
 * random from each block of w = 2^(top level - fullLevels) consecutive values enters the buffer with
 * weight w. Each block moves a query's rank by at most w and is unbiased, so by Hoeffding the
 * sampling error exceeds t with probability <= 2 exp(-2 t^2 / sum(w^2)); `rankErrorBound` reports
 * the 99% value of that (about 0.6% of n whatever n is, since w grows with n) plus the deterministic
 * compaction bound. Per value this costs a decrement and a branch; at 3e6 values 1 in 64 is sorted.
 *
 * Determinism: offsets and samples come from a seeded xorshift generator in the state, so the same
 * values added and merged in the same order give the same sketch.
 */

/** Transferable state of {@link QuantileSketch} (typed arrays are copies). */
export interface QuantileSketchState {
  runSize: number;
  /** Total number of values added. */
  n: number;
  /** levels[h] is a sorted run of runSize values of weight 2^h, or null. */
  levels: (Float64Array | null)[];
  /** The unsorted values of weight 1 not yet in a run. */
  buffer: Float64Array;
  /** xorshift32 state (never 0). */
  seed: number;
  /** Sampling level s: buffered values have weight 2^s. */
  level: number;
  /** Calls to add() until the next sampled value, and its offset in its block. */
  countdown: number;
  offset: number;
  /** Sum over sampled values of their weight squared (for the sampling error bound). */
  weightSquares: number;
  fullLevels: number;
}

/** Default run size: bounds the rank error by 1% up to n = 2^30 values (see class docs). */
const DEFAULT_RUN_SIZE = 1024;
/**
 * Levels kept before sampling starts (see class docs): sampling begins after 2^6 runs (64K values).
 * Measured max rank error over p01..p99 of 3e6 values (normal, uniform, lognormal) in two parts of
 * 1.5e6, merged as validation's threads do: <= 0.36%, reported bound 0.93%. One level more (6)
 * halved that error but cost 1.6-1.9x the time: sorting was a tenth of validate-data's parse.
 */
const DEFAULT_FULL_LEVELS = 5;
/** ln(2 / 0.01): the Hoeffding bound is reported at 99% confidence. */
const LN_2_OVER_DELTA = Math.log(200);

export class QuantileSketch {
  readonly runSize: number;
  /** Number of values added (the total weight). */
  n = 0;
  private levels: (Float64Array | null)[] = [];
  private buffer: Float64Array;
  private bufferLength = 0;
  private readonly spare: Float64Array[] = [];
  private readonly mergeScratch: Float64Array;
  private readonly sorter: Float64RadixSorter;
  private seed: number;
  private readonly fullLevels: number;
  /** Sampling level: buffered values have weight 2^level. */
  private level = 0;
  private countdown = 1;
  private offset = 0;
  private weightSquares = 0;

  constructor(runSize = DEFAULT_RUN_SIZE, seed = 0x2545f491, fullLevels = DEFAULT_FULL_LEVELS) {
    if (!Number.isInteger(runSize) || runSize < 2 || runSize % 2 !== 0) {
      throw new RangeError(`runSize must be an even integer >= 2, got ${runSize}`);
    }
    this.runSize = runSize;
    this.buffer = new Float64Array(runSize);
    this.mergeScratch = new Float64Array(2 * runSize);
    this.sorter = new Float64RadixSorter(runSize);
    this.seed = seed | 0 || 1;
    this.fullLevels = fullLevels;
  }

  /** Adds one value; it must not be NaN. */
  add(x: number): void {
    this.n++;
    if (--this.countdown > 0) return; // not this block's sample
    this.buffer[this.bufferLength++] = x + 0; // fold -0 onto +0
    const weight = 1 << this.level;
    if (weight > 1) this.weightSquares += weight * weight;
    const restOfBlock = weight - this.offset;
    if (this.bufferLength === this.runSize) this.flush(); // may raise the sampling level
    this.offset = this.level === 0 ? 0 : this.nextBits(this.level);
    this.countdown = restOfBlock + this.offset;
  }

  /**
   * Adds values[0..length): the same as add() for each, but values that are not their block's
   * sample are skipped in one step (at 3 million values, 31 of 32 are), not counted down one by one.
   */
  addBlock(values: Float64Array, length: number): void {
    let i = 0;
    while (i < length) {
      const skip = Math.max(0, Math.min(this.countdown - 1, length - i));
      this.n += skip;
      this.countdown -= skip;
      i += skip;
      if (i < length) this.add(values[i++]); // countdown is 1: this one is sampled
    }
  }

  private flush(): void {
    const run = this.buffer;
    this.sorter.sort(run, this.runSize);
    this.buffer = this.spare.pop() ?? new Float64Array(this.runSize);
    this.bufferLength = 0;
    this.carry(run, this.level);
    this.level = Math.max(this.level, this.levels.length - 1 - this.fullLevels);
  }

  /** Puts a sorted run of weight 2^level into the hierarchy, compacting upwards while occupied. */
  private carry(run: Float64Array, level: number): void {
    let h = level;
    for (;;) {
      const resident = h < this.levels.length ? this.levels[h] : null;
      if (!resident) break;
      this.levels[h] = null;
      mergeSorted(resident, run, this.mergeScratch);
      // Keep every other value from a random offset: the run's rank estimates stay unbiased.
      const offset = this.nextBit();
      const b = this.runSize;
      const merged = this.mergeScratch;
      for (let i = 0; i < b; i++) resident[i] = merged[2 * i + offset];
      this.spare.push(run);
      run = resident;
      h++;
    }
    while (this.levels.length <= h) this.levels.push(null);
    this.levels[h] = run;
  }

  /** The top `bits` (1..31) bits of the next xorshift32 output. */
  private nextBits(bits: number): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x | 0; // int32 keeps the field a small integer in V8 (uint32 would box it)
    return x >>> (32 - bits);
  }

  private nextBit(): number {
    return this.nextBits(1);
  }

  /** Keeps each buffered value with probability 2^-(levels): re-weights the buffer upwards. */
  private thinBuffer(levels: number): void {
    if (levels <= 0) return;
    let kept = 0;
    for (let i = 0; i < this.bufferLength; i++) if (this.nextBits(Math.min(levels, 31)) === 0) this.buffer[kept++] = this.buffer[i];
    this.bufferLength = kept;
    this.weightSquares += kept * 4 ** (this.level + levels);
  }

  /** Adds another sketch's values into this one (both must have the same run size). */
  merge(other: QuantileSketch): void {
    if (other.runSize !== this.runSize) {
      throw new RangeError(`cannot merge quantile sketches of run sizes ${this.runSize} and ${other.runSize}`);
    }
    for (let h = 0; h < other.levels.length; h++) {
      const run = other.levels[h];
      if (run) this.carry(Float64Array.from(run), h);
    }
    // Both buffers must end at the same weight: the higher sampling level wins, values of the lower
    // one are kept with probability 2^-(difference) (unbiased thinning).
    const level = Math.max(this.level, other.level);
    this.thinBuffer(level - this.level);
    this.level = level;
    this.weightSquares += other.weightSquares;
    for (let i = 0; i < other.bufferLength; i++) {
      const keepBits = this.level - other.level; // flush() may raise the level mid-loop
      if (keepBits > 0) {
        if (this.nextBits(Math.min(keepBits, 31)) !== 0) continue;
        this.weightSquares += 4 ** this.level;
      }
      this.buffer[this.bufferLength++] = other.buffer[i];
      if (this.bufferLength === this.runSize) this.flush();
    }
    this.n += other.n;
  }

  /** True while no value was compacted or sampled away: answers are exact. */
  get exact(): boolean {
    return this.levels.length <= 1 && this.level === 0;
  }

  /**
   * Bound on the rank error of a query, as a fraction of n (see class docs): the deterministic
   * compaction bound (levels compacted) / (2b) plus the sampling error at 99% confidence.
   * 0 while exact.
   */
  get rankErrorBound(): number {
    if (this.n === 0) return 0;
    const compaction = Math.max(0, this.levels.length - 1) / (2 * this.runSize);
    const sampled = Math.sqrt((this.weightSquares * LN_2_OVER_DELTA) / 2) / this.n;
    return compaction + sampled;
  }

  /** Number of values retained (memory is 8 bytes each plus fixed scratch). */
  get retained(): number {
    return this.bufferLength + this.levels.reduce((sum, run) => sum + (run ? run.length : 0), 0);
  }

  /** The weighted step CDF that quantile and rank queries are answered from. */
  cdf(): WeightedCdf {
    // Every run is sorted and has one weight, and so has the buffer once sorted: merged one after
    // the other (ties: earlier ones first), they give what a stable sort of all the values by value
    // gives, in linear passes, without a comparator sort.
    const m = this.retained;
    let values = new Float64Array(m);
    let weights = new Float64Array(m);
    let spareValues = new Float64Array(m);
    let spareWeights = new Float64Array(m);
    let length = 0;
    const add = (run: Float64Array, weight: number): void => {
      mergeWeighted(values, weights, length, run, weight, spareValues, spareWeights);
      [values, spareValues] = [spareValues, values];
      [weights, spareWeights] = [spareWeights, weights];
      length += run.length;
    };
    if (this.bufferLength > 0) add(this.buffer.slice(0, this.bufferLength).sort(), 2 ** this.level);
    for (let h = 0; h < this.levels.length; h++) {
      const run = this.levels[h];
      if (run) add(run, 2 ** h);
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
      sum += weights[i];
      weights[i] = sum;
    }
    return new WeightedCdf(values, weights);
  }

  toState(): QuantileSketchState {
    return {
      runSize: this.runSize,
      n: this.n,
      levels: this.levels.map((run) => (run ? Float64Array.from(run) : null)),
      buffer: this.buffer.slice(0, this.bufferLength),
      seed: this.seed,
      level: this.level,
      countdown: this.countdown,
      offset: this.offset,
      weightSquares: this.weightSquares,
      fullLevels: this.fullLevels,
    };
  }

  static fromState(state: QuantileSketchState): QuantileSketch {
    const sketch = new QuantileSketch(state.runSize, state.seed, state.fullLevels);
    sketch.level = state.level;
    sketch.countdown = state.countdown;
    sketch.offset = state.offset;
    sketch.weightSquares = state.weightSquares;
    sketch.levels = state.levels.map((run) => (run ? Float64Array.from(run) : null));
    sketch.buffer.set(state.buffer);
    sketch.bufferLength = state.buffer.length;
    sketch.n = state.n;
    return sketch;
  }
}

/**
 * Merges the first `length` values of an ascending list (with their weights) and an ascending run
 * of one weight into outValues/outWeights; on ties the list's values come first.
 */
function mergeWeighted(values: Float64Array, weights: Float64Array, length: number, run: Float64Array, weight: number, outValues: Float64Array, outWeights: Float64Array): void {
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < length && j < run.length) {
    if (values[i] <= run[j]) {
      outValues[k] = values[i];
      outWeights[k++] = weights[i++];
    } else {
      outValues[k] = run[j++];
      outWeights[k++] = weight;
    }
  }
  for (; i < length; i++, k++) {
    outValues[k] = values[i];
    outWeights[k] = weights[i];
  }
  for (; j < run.length; j++, k++) {
    outValues[k] = run[j];
    outWeights[k] = weight;
  }
}

/**
 * Merges two ascending runs into out (out.length >= a.length + b.length). The rest of the run left
 * over is copied with set(): as loops of their own, the two tails had no type feedback when the
 * merge was first optimized, and every merge that reached one left the optimized code (183 times a
 * run on the UTF-8 bench file, `node --trace-deopt`).
 */
function mergeSorted(a: Float64Array, b: Float64Array, out: Float64Array): void {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < na && j < nb) {
    const x = a[i];
    const y = b[j];
    if (x <= y) {
      out[k++] = x;
      i++;
    } else {
      out[k++] = y;
      j++;
    }
  }
  if (i < na) out.set(a.subarray(i), k);
  else if (j < nb) out.set(b.subarray(j), k);
}
