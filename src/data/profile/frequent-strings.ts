import { pair } from '../hash/cell-hash.js';
import { hashString } from './hash.js';
import { selectKth } from './select-kth.js';

/**
 * Frequent values of a string column: exact counts while the column has at most `capacity`
 * distinct values, then a Misra-Gries summary (Agarwal et al., "Mergeable summaries", 2012).
 *
 * When a new key arrives and the table is full, the (k+1)-th largest count c (k = capacity / 2) is
 * subtracted from every counter and counters <= 0 are dropped. At least k + 1 counters lose c each,
 * so the total subtracted is at most n / (k + 1): every reported count underestimates the true one
 * by at most `maxError` (the sum of the c's, also <= n / (k + 1)), and any value with a true count
 * above that is in the table. Merging adds counters then reduces the same way; errors add up.
 *
 * The table is hand-written (open addressing on the value's 64-bit cell hash, which the caller
 * already computed for its row checks and HyperLogLog) because a JS Map re-hashes every fresh
 * string from the CSV parser and costs ~55 ns per lookup. Values are told apart by that 64-bit hash
 * alone, as the unique and duplicate-row checks do: two values share one with probability about
 * d^2 / 2^65 for d distinct values (1e-7 at 2 million), which spares comparing the text of every
 * cell with its key.
 */

/** Transferable state of {@link FrequentStrings}. */
export interface FrequentStringsState {
  capacity: number;
  keys: string[];
  counts: Float64Array;
  /** Upper bound on how much any count was undercounted (0 while exact). */
  maxError: number;
  /** Total number of values added. */
  n: number;
}

/** Default capacity: exact up to 2048 distinct values, then error <= n / 1025. */
const DEFAULT_FREQUENT_CAPACITY = 2048;

/** A table's entries in order (views of its arrays, `size` of them), for a holder that copies them. */
export interface FrequentEntries {
  size: number;
  keys: readonly string[];
  hashA: Uint32Array;
  hashB: Uint32Array;
  counts: Float64Array;
  n: number;
  maxError: number;
}

/**
 * Keeps a table's entries for a while (checks/kernel-free-texts.ts: in the CSV kernel, which adds a
 * column's cells there) and gives them back, through restore(), when the table is next used here.
 */
export interface FrequentHolder {
  giveBack(): void;
}

export class FrequentStrings {
  readonly capacity: number;
  private total = 0;
  private error = 0;
  private size = 0;
  /** Who holds the entries now, if lent (lend): every use here first has them given back. */
  private holder: FrequentHolder | undefined;
  private keys: string[];
  /** Halves A and B of each key's 64-bit cell hash. */
  private hashes: Uint32Array;
  private hashesB: Uint32Array;
  private counts: Float64Array;
  /** Open-addressing slots holding key index + 1 (0 = empty); twice the capacity, power of two. */
  private slots: Int32Array;
  private mask: number;

  constructor(capacity = DEFAULT_FREQUENT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 2) throw new RangeError(`capacity must be >= 2, got ${capacity}`);
    this.capacity = capacity;
    this.keys = new Array<string>(capacity).fill('');
    this.hashes = new Uint32Array(capacity);
    this.hashesB = new Uint32Array(capacity);
    this.counts = new Float64Array(capacity);
    let slotCount = 1;
    while (slotCount < capacity * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount);
    this.mask = slotCount - 1;
  }

  /** Total number of values added. */
  get n(): number {
    this.settle();
    return this.total;
  }

  /** Upper bound on how much any count was undercounted (0 while exact). */
  get maxError(): number {
    this.settle();
    return this.error;
  }

  /** True while no count was ever reduced: counts and the number of keys are exact. */
  get exact(): boolean {
    return this.maxError === 0;
  }

  /** Number of distinct keys held (exact distinct count while `exact`). */
  get distinct(): number {
    this.settle();
    return this.size;
  }

  /** The entries, for `holder` to copy: it holds them from now on, until it gives them back (restore). */
  lend(holder: FrequentHolder): FrequentEntries {
    this.settle();
    this.holder = holder;
    return { size: this.size, keys: this.keys, hashA: this.hashes, hashB: this.hashesB, counts: this.counts, n: this.total, maxError: this.error };
  }

  /** Whether `holder` holds the entries now. */
  lentTo(holder: FrequentHolder): boolean {
    return this.holder === holder;
  }

  /** Takes back entries in the layout lend() gave out (the holder's giveBack calls it). */
  restore(entries: FrequentEntries): void {
    if (entries.size > this.capacity) throw new RangeError(`${entries.size} entries do not fit a capacity of ${this.capacity}`);
    this.holder = undefined;
    for (let i = 0; i < entries.size; i++) this.keys[i] = entries.keys[i];
    for (let i = entries.size; i < this.size; i++) this.keys[i] = '';
    this.hashes.set(entries.hashA.subarray(0, entries.size));
    this.hashesB.set(entries.hashB.subarray(0, entries.size));
    this.counts.set(entries.counts.subarray(0, entries.size));
    this.size = entries.size;
    this.total = entries.n;
    this.error = entries.maxError;
    this.rebuildSlots();
  }

  private settle(): void {
    const holder = this.holder;
    if (holder !== undefined) {
      this.holder = undefined;
      holder.giveBack();
    }
  }

  /** Adds `weight` occurrences of s. */
  add(s: string, weight = 1): void {
    const a = hashString(s);
    this.addText(s, 0, s.length, a, pair.b, weight);
  }

  /**
   * add() for text.slice(start, end), whose 64-bit cell hash is (hash, hashB): the text is made
   * into a string only when it becomes a key (most cells repeat a held key, found by its hash).
   * Returns true when the value was already held (the caller's HyperLogLog has seen it then).
   */
  addText(text: string, start: number, end: number, hash: number, hashB: number, weight = 1): boolean {
    if (this.holder !== undefined) this.settle();
    this.total += weight;
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      const i = entry - 1;
      if (this.hashes[i] === hash && this.hashesB[i] === hashB) {
        this.counts[i] += weight;
        return true;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size === this.capacity) {
      this.reduce(weight);
      // The newcomer competed in the reduction; keep what is left of it.
      const left = weight - this.lastCut;
      if (left > 0) this.insertNew(text.slice(start, end), hash, hashB, left);
      return false;
    }
    this.slots[slot] = this.size + 1;
    this.keys[this.size] = text.slice(start, end);
    this.hashes[this.size] = hash >>> 0;
    this.hashesB[this.size] = hashB >>> 0;
    this.counts[this.size] = weight;
    this.size++;
    return false;
  }

  private lastCut = 0;
  private scratch?: Float64Array;

  /**
   * Subtracts the (k+1)-th largest count among the held counters and a newcomer of count
   * `incoming` (k = capacity / 2), drops counters that reach 0 and rebuilds the slots.
   */
  private reduce(incoming: number): void {
    const k = this.capacity >> 1;
    // A column of mostly distinct values reduces once per ~capacity/2 new values: reuse the scratch.
    const all = (this.scratch ??= new Float64Array(this.capacity + 1)).subarray(0, this.size + 1);
    all.set(this.counts.subarray(0, this.size));
    all[this.size] = incoming;
    const cut = selectKth(all, all.length - 1 - k);
    this.lastCut = cut;
    this.error += cut;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const c = this.counts[i] - cut;
      if (c <= 0) continue;
      this.keys[kept] = this.keys[i];
      this.hashes[kept] = this.hashes[i];
      this.hashesB[kept] = this.hashesB[i];
      this.counts[kept] = c;
      kept++;
    }
    for (let i = kept; i < this.size; i++) this.keys[i] = '';
    this.size = kept;
    this.rebuildSlots();
  }

  private rebuildSlots(): void {
    this.slots.fill(0);
    for (let i = 0; i < this.size; i++) {
      let slot = this.hashes[i] & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  private insertNew(s: string, hash: number, hashB: number, count: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.size + 1;
    this.keys[this.size] = s;
    this.hashes[this.size] = hash >>> 0;
    this.hashesB[this.size] = hashB >>> 0;
    this.counts[this.size] = count;
    this.size++;
  }

  /** Adds another summary's counters into this one. */
  merge(other: FrequentStrings): void {
    this.settle();
    other.settle();
    const n = this.total + other.total;
    for (let i = 0; i < other.size; i++) this.addText(other.keys[i], 0, other.keys[i].length, other.hashes[i], other.hashesB[i], other.counts[i]);
    // addText() counted only the other's retained weight, and reductions during the loop already grew
    // maxError; the other's own undercount adds to both.
    this.total = n;
    this.error += other.error;
  }

  /** All held keys with their (lower-bound) counts, largest first, ties by key for determinism. */
  entries(): Array<{ value: string; count: number }> {
    this.settle();
    const out: Array<{ value: string; count: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ value: this.keys[i], count: this.counts[i] });
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return out;
  }

  toState(): FrequentStringsState {
    this.settle();
    return {
      capacity: this.capacity,
      keys: this.keys.slice(0, this.size),
      counts: this.counts.slice(0, this.size),
      maxError: this.error,
      n: this.total,
    };
  }

  static fromState(state: FrequentStringsState): FrequentStrings {
    const f = new FrequentStrings(state.capacity);
    for (let i = 0; i < state.keys.length; i++) {
      const a = hashString(state.keys[i]);
      f.insertNew(state.keys[i], a, pair.b, state.counts[i]);
    }
    f.total = state.n;
    f.error = state.maxError;
    return f;
  }
}
