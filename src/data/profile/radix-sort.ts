import { csvKernel } from '../kernel/csv-kernel.js';

/**
 * In-place ascending sort of a Float64Array run for the quantile sketch. Written by hand because
 * comparison sorts (TypedArray#sort included) cost 40-60 ns per value on random data in V8 (branch
 * mispredictions), which alone would blow the profiling budget; byte-wise LSD radix passes are
 * branch-free and cost a few ns per value per pass.
 *
 * Doubles are mapped to unsigned keys that order like the numbers (flip all bits of negatives, the
 * sign bit of positives). The run is radix-sorted on the high 32 bits (sign, exponent and 20
 * mantissa bits); ties on those bits (close values, e.g. timestamps within the same ~17 minutes)
 * are then sorted on the low 32 bits, run by run. Passes whose byte is the same for every value
 * are skipped. NaN must not be passed (the profiler counts it instead); -0 is treated as +0.
 */
export class Float64RadixSorter {
  private hi: Uint32Array;
  private hiTmp: Uint32Array;
  private valTmp: Float64Array;
  private readonly counts = new Uint32Array(4 * 256);

  /** @param kernel sort runs of up to KERNEL_SORT_MAX values in WebAssembly (default; false: in JS) */
  constructor(
    capacity: number,
    private readonly kernel = true,
  ) {
    this.hi = new Uint32Array(capacity);
    this.hiTmp = new Uint32Array(capacity);
    this.valTmp = new Float64Array(capacity);
  }

  /** Sorts values[0..length) in place. */
  sort(values: Float64Array, length: number): void {
    if (length > this.hi.length) {
      this.hi = new Uint32Array(length);
      this.hiTmp = new Uint32Array(length);
      this.valTmp = new Float64Array(length);
    }
    if (length < 2 || ascending(values, length)) return;
    // The same sort in WebAssembly, 1.5-2.5x faster (any correct sort gives the same array: no NaN, and
    // equal doubles are the same bits since the sketch folds -0 onto +0).
    if (this.kernel && csvKernel()?.sortFloat64(values, length)) return;
    const words = new Uint32Array(values.buffer, values.byteOffset, length * 2);
    this.sortByWord(values, words, 1, 0, length);
    // Ties on the high word: sort each tie run on the low word.
    const hi = this.hi;
    let start = 0;
    for (let i = 1; i <= length; i++) {
      if (i === length || hi[i] !== hi[start]) {
        if (i - start > 1) this.sortTies(values, words, start, i);
        start = i;
      }
    }
  }

  private sortTies(values: Float64Array, words: Uint32Array, from: number, to: number): void {
    if (to - from <= 16) {
      insertionSort(values, from, to);
      return;
    }
    this.sortByWord(values, words, 0, from, to);
  }

  /**
   * LSD radix sort of values[from..to) on one 32-bit word of the key (word 1 = high, 0 = low).
   * Leaves the sorted high keys in this.hi[from..to) when sorting on the high word.
   */
  private sortByWord(values: Float64Array, words: Uint32Array, word: 0 | 1, from: number, to: number): void {
    const n = to - from;
    const counts = this.counts;
    counts.fill(0);
    let keys = this.hi.subarray(from, to);
    let keysTmp = this.hiTmp.subarray(from, to);
    let vals = values.subarray(from, to);
    let valsTmp = this.valTmp.subarray(0, n);
    for (let i = 0; i < n; i++) {
      const w = words[2 * (from + i) + word];
      // Order-preserving key; a negative number's sign lives in its high word.
      const hiWord = words[2 * (from + i) + 1];
      const k = word === 1 ? (w ^ ((w >> 31) | 0x80000000)) >>> 0 : (w ^ (hiWord >> 31)) >>> 0;
      keys[i] = k;
      counts[k & 255]++;
      counts[256 + ((k >>> 8) & 255)]++;
      counts[512 + ((k >>> 16) & 255)]++;
      counts[768 + (k >>> 24)]++;
    }
    let swapped = false;
    for (let pass = 0; pass < 4; pass++) {
      const base = pass * 256;
      const shift = pass * 8;
      if (counts[base + ((keys[0] >>> shift) & 255)] === n) continue; // every value has this byte
      let sum = 0;
      for (let d = 0; d < 256; d++) {
        const c = counts[base + d];
        counts[base + d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i++) {
        const k = keys[i];
        const pos = counts[base + ((k >>> shift) & 255)]++;
        keysTmp[pos] = k;
        valsTmp[pos] = vals[i];
      }
      const k = keys;
      keys = keysTmp;
      keysTmp = k;
      const v = vals;
      vals = valsTmp;
      valsTmp = v;
      swapped = !swapped;
    }
    if (swapped) {
      values.set(vals, from);
      if (word === 1) this.hi.set(keys, from);
    }
  }
}

/**
 * Whether a[0..length) is already in order: ids, row numbers and timestamps of time-ordered data
 * arrive sorted, and one pass of compares (which stops at the first step down on other data) saves
 * them the radix passes. -0 and +0 count as equal, as in the sort.
 */
function ascending(a: Float64Array, length: number): boolean {
  for (let i = 1; i < length; i++) if (!(a[i - 1] <= a[i])) return false;
  return true;
}

/** Insertion sort of a[from..to): cheap for short or nearly sorted ranges. */
function insertionSort(a: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}
