import { FrequentStrings, type FrequentStringsState } from './frequent-strings.js';
import { finalizeColumn } from './finalize-column.js';
import { pair } from '../hash/cell-hash.js';
import { hashNumber, hashString } from './hash.js';
import { HyperLogLog } from './hyperloglog.js';
import { Moments, type MomentsState } from './moments.js';
import { QuantileSketch, type QuantileSketchState } from './quantile-sketch.js';
import type { ColumnKind, ColumnProfile } from './types.js';

/**
 * Transferable state of a {@link ColumnProfiler}: plain numbers, strings and typed arrays, so it
 * crosses worker boundaries with postMessage (structured clone; the typed arrays may be listed as
 * transferables) and merges on the other side.
 */
export interface ColumnProfilerState {
  kind: ColumnKind;
  count: number;
  nulls: number;
  nan: number;
  posInf: number;
  negInf: number;
  trueCount: number;
  falseCount: number;
  lengthMin: number;
  lengthMax: number;
  lengthSum: number;
  moments: MomentsState;
  sketch: QuantileSketchState;
  hll: Uint8Array;
  frequent: FrequentStringsState;
}

/** Finite numbers are batched so moments use a division-free two-pass block update. */
const BLOCK = 1024;

/**
 * Streaming, mergeable profile of one column. Feed each cell with the add method for its parsed
 * type; build one per column per worker, merge the workers' profilers (or their states), finalize
 * once. The add methods do no allocation: a few typed-array writes and one hash per value.
 *
 * Which parts are used depends on the calls, not on `kind`: addNumber feeds moments, the quantile
 * sketch and HyperLogLog; addString feeds lengths, frequent values and HyperLogLog; addBoolean two
 * counters. `kind` only decides what finalize() reports.
 */
export class ColumnProfiler {
  /** Cells seen, nulls included. */
  count = 0;
  nulls = 0;
  nan = 0;
  posInf = 0;
  negInf = 0;
  trueCount = 0;
  falseCount = 0;
  lengthMin = Infinity;
  lengthMax = -Infinity;
  lengthSum = 0;
  readonly moments: Moments;
  readonly sketch: QuantileSketch;
  readonly hll: HyperLogLog;
  readonly frequent: FrequentStrings;
  private readonly block = new Float64Array(BLOCK);
  private blockLength = 0;

  constructor(
    readonly kind: ColumnKind,
    parts?: { moments: Moments; sketch: QuantileSketch; hll: HyperLogLog; frequent: FrequentStrings },
  ) {
    this.moments = parts?.moments ?? new Moments();
    this.sketch = parts?.sketch ?? new QuantileSketch();
    this.hll = parts?.hll ?? new HyperLogLog();
    this.frequent = parts?.frequent ?? new FrequentStrings();
  }

  /** A missing or empty cell. */
  addNull(): void {
    this.count++;
    this.nulls++;
  }

  /** A numeric cell (or a datetime as epoch milliseconds). NaN and ±Infinity are only counted. */
  addNumber(x: number): void {
    this.addNumberHashed(x, hashNumber(x));
  }

  /**
   * addNumber with the value's 32-bit hash already computed (validation hashes every cell for its
   * row checks; hashing again here would cost as much as the rest of this method).
   */
  addNumberHashed(x: number, hash: number): void {
    this.count++;
    if (x !== x) {
      this.nan++;
      return;
    }
    if (x === Infinity) {
      this.posInf++;
      return;
    }
    if (x === -Infinity) {
      this.negInf++;
      return;
    }
    this.hll.add(hash);
    this.block[this.blockLength++] = x;
    if (this.blockLength === BLOCK) this.flush();
  }

  /** A non-null string cell. */
  addString(s: string): void {
    const a = hashString(s);
    this.addTextHashed(s, 0, s.length, a, pair.b);
  }

  /**
   * addString for text.slice(start, end), without making that string (text-cells.ts), with halves A
   * and B of its 64-bit cell hash already computed (validation hashes every cell for its row checks;
   * hashing again here would cost as much as the rest of this method).
   */
  addTextHashed(text: string, start: number, end: number, h: number, hB: number): void {
    this.count++;
    // A value the frequent table holds went into HyperLogLog when it entered the table (or came
    // with a merged table and its HyperLogLog): adding it again would change nothing.
    if (!this.frequent.addText(text, start, end, h, hB)) this.hll.add(h);
    const length = end - start;
    this.lengthSum += length;
    if (length < this.lengthMin) this.lengthMin = length;
    if (length > this.lengthMax) this.lengthMax = length;
  }

  /**
   * Finite numbers, in order, whose hashes went into HyperLogLog elsewhere (the CSV kernel's
   * registers for this column, merged into `hll` when the part ends): what addNumberHashed does for
   * each, but for the hash.
   */
  addFiniteValues(values: Float64Array): void {
    this.count += values.length;
    let from = 0;
    while (from < values.length) {
      if (this.blockLength === 0 && values.length - from >= BLOCK) {
        // a whole block goes to the moments and the sketch straight from `values` (no copy)
        this.feedMomentsAndSketch(values.subarray(from, from + BLOCK));
        from += BLOCK;
        continue;
      }
      const take = Math.min(BLOCK - this.blockLength, values.length - from);
      this.block.set(values.subarray(from, from + take), this.blockLength);
      this.blockLength += take;
      from += take;
      if (this.blockLength === BLOCK) this.flush();
    }
  }

  /**
   * `valid` text cells whose frequent values and hashes went in elsewhere (the CSV kernel:
   * checks/kernel-free-texts.ts), with the sum, least and most of their lengths.
   */
  addSummarizedTexts(valid: number, lengthSum: number, lengthMin: number, lengthMax: number): void {
    if (valid === 0) return;
    this.count += valid;
    this.lengthSum += lengthSum;
    if (lengthMin < this.lengthMin) this.lengthMin = lengthMin;
    if (lengthMax > this.lengthMax) this.lengthMax = lengthMax;
  }

  /**
   * `count` cells of one text (half A and B of its cell hash `h`, `hB`): what `count` calls of
   * addTextHashed do (the frequent table counts by weight; exact either way while it never reduced).
   */
  addRepeatedText(text: string, h: number, hB: number, count: number): void {
    this.count += count;
    if (!this.frequent.addText(text, 0, text.length, h, hB, count)) this.hll.add(h);
    const length = text.length;
    this.lengthSum += length * count;
    if (length < this.lengthMin) this.lengthMin = length;
    if (length > this.lengthMax) this.lengthMax = length;
  }

  /** `trues` true and `falses` false cells. */
  addBooleans(trues: number, falses: number): void {
    this.count += trues + falses;
    this.trueCount += trues;
    this.falseCount += falses;
  }

  /** A non-null boolean cell. */
  addBoolean(b: boolean): void {
    this.count++;
    if (b) this.trueCount++;
    else this.falseCount++;
  }

  /** Moves batched numbers into the moments and the sketch. */
  private flush(): void {
    if (this.blockLength === 0) return;
    this.feedMomentsAndSketch(this.block.subarray(0, this.blockLength));
    this.blockLength = 0;
  }

  private feedMomentsAndSketch(values: Float64Array): void {
    this.moments.addBlock(values, values.length);
    this.sketch.addBlock(values, values.length);
  }

  /** Adds everything `other` saw (same kind) into this profiler. */
  merge(other: ColumnProfiler): void {
    if (other.kind !== this.kind) throw new TypeError(`cannot merge a ${other.kind} column profile into a ${this.kind} one`);
    this.flush();
    other.flush();
    this.count += other.count;
    this.nulls += other.nulls;
    this.nan += other.nan;
    this.posInf += other.posInf;
    this.negInf += other.negInf;
    this.trueCount += other.trueCount;
    this.falseCount += other.falseCount;
    this.lengthSum += other.lengthSum;
    this.lengthMin = Math.min(this.lengthMin, other.lengthMin);
    this.lengthMax = Math.max(this.lengthMax, other.lengthMax);
    this.moments.merge(other.moments);
    this.sketch.merge(other.sketch);
    this.hll.merge(other.hll);
    this.frequent.merge(other.frequent);
  }

  /** A copy of the state (batched numbers are flushed first). */
  toState(): ColumnProfilerState {
    this.flush();
    return {
      kind: this.kind,
      count: this.count,
      nulls: this.nulls,
      nan: this.nan,
      posInf: this.posInf,
      negInf: this.negInf,
      trueCount: this.trueCount,
      falseCount: this.falseCount,
      lengthMin: this.lengthMin,
      lengthMax: this.lengthMax,
      lengthSum: this.lengthSum,
      moments: this.moments.toState(),
      sketch: this.sketch.toState(),
      hll: this.hll.toState(),
      frequent: this.frequent.toState(),
    };
  }

  static fromState(state: ColumnProfilerState): ColumnProfiler {
    const p = new ColumnProfiler(state.kind, {
      moments: Moments.fromState(state.moments),
      sketch: QuantileSketch.fromState(state.sketch),
      hll: HyperLogLog.fromState(state.hll),
      frequent: FrequentStrings.fromState(state.frequent),
    });
    p.count = state.count;
    p.nulls = state.nulls;
    p.nan = state.nan;
    p.posInf = state.posInf;
    p.negInf = state.negInf;
    p.trueCount = state.trueCount;
    p.falseCount = state.falseCount;
    p.lengthMin = state.lengthMin;
    p.lengthMax = state.lengthMax;
    p.lengthSum = state.lengthSum;
    return p;
  }

  /** The column's profile. Does not change the profiler (more values may still be added). */
  finalize(): ColumnProfile {
    this.flush();
    return finalizeColumn(this);
  }
}
