/**
 * Finding equal hashes among records `[hashA, hashB, position, ...]`, one hash partition at a time.
 * A partition holds about 1/64 of the rows, so its open-addressing table (4 bytes a slot, load at
 * most 1/2) stays small enough for the CPU caches: about 20 ns a record, where one table over all
 * rows would miss the cache on nearly every probe.
 */

/**
 * Calls `visit(first, repeat)` for every record whose 64-bit hash equals that of an earlier record,
 * with the indexes of the first record of that hash and of the repeat. Records arrive in position
 * order, so "first" is the earliest row. With `withExtra`, records of width 5 are equal only when
 * their extra words (a label's hash) are equal too.
 */
export function forEachRepeat(
  records: Uint32Array,
  width: number,
  count: number,
  visit: (first: number, repeat: number) => void,
  withExtra = false,
  scratch: HashScratch = new HashScratch(),
): void {
  const extra = withExtra && width >= 5;
  const size = tableSize(count);
  const mask = size - 1;
  const slots = scratch.table(0, size);
  for (let r = 0; r < count; r++) {
    const at = r * width;
    const a = records[at];
    const b = records[at + 1];
    const c = extra ? records[at + 3] : 0;
    const d = extra ? records[at + 4] : 0;
    // The top bits of A chose the partition; its low bits (and the label's) spread records over the slots.
    let slot = (a ^ Math.imul(c, 0x9e3779b1)) & mask;
    for (;;) {
      const existing = slots[slot];
      if (existing === -1) {
        slots[slot] = r;
        break;
      }
      const e = existing * width;
      if (records[e] === a && records[e + 1] === b && (!extra || (records[e + 3] === c && records[e + 4] === d))) {
        visit(existing, r);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * The two row checks of a labelled log (width 5: features hash, position, label hash) in one pass:
 * `duplicate(first, repeat)` for a record whose features and label both equal an earlier record's
 * (first = the earliest such), `conflict(first, repeat)` for one whose features equal an earlier
 * record's but whose label differs from that earliest record's label. The same calls as
 * forEachRepeat with and without `withExtra`, for one read of the partition instead of two.
 *
 * The table is keyed by features only. A repeat with the first record's label duplicates it; a repeat
 * with another label conflicts, and duplicates the earliest record with its own features and label,
 * which is found in a second table holding only those conflicting records (few in usual data).
 */
export function forEachLabelledRepeat(
  records: Uint32Array,
  count: number,
  duplicate: (first: number, repeat: number) => void,
  conflict: (first: number, repeat: number) => void,
  scratch: HashScratch = new HashScratch(),
): void {
  const width = 5;
  const size = tableSize(count);
  const mask = size - 1;
  const slots = scratch.table(0, size);
  let others: Int32Array | undefined;
  for (let r = 0; r < count; r++) {
    const at = r * width;
    const a = records[at];
    const b = records[at + 1];
    let slot = a & mask;
    for (;;) {
      const existing = slots[slot];
      if (existing === -1) {
        slots[slot] = r;
        break;
      }
      const e = existing * width;
      if (records[e] === a && records[e + 1] === b) {
        if (records[e + 3] === records[at + 3] && records[e + 4] === records[at + 4]) duplicate(existing, r);
        else {
          conflict(existing, r);
          const earlier = findOrAdd((others ??= scratch.table(1, size)), mask, records, r);
          if (earlier >= 0) duplicate(earlier, r);
        }
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
}

/** The earliest record in `table` with record r's features and label, or -1 after adding r. */
function findOrAdd(table: Int32Array, mask: number, records: Uint32Array, r: number): number {
  const at = r * 5;
  const a = records[at];
  const c = records[at + 3];
  let slot = (a ^ Math.imul(c, 0x9e3779b1)) & mask;
  for (;;) {
    const existing = table[slot];
    if (existing === -1) {
      table[slot] = r;
      return -1;
    }
    const e = existing * 5;
    if (records[e] === a && records[e + 1] === records[at + 1] && records[e + 3] === c && records[e + 4] === records[at + 4]) return existing;
    slot = (slot + 1) & mask;
  }
}

/** Slots of an open-addressing table for `count` records: a power of two, load at most 1/2. */
function tableSize(count: number): number {
  let size = 1024;
  while (size < count * 2) size *= 2;
  return size;
}

/**
 * Hash tables reused from one partition to the next, so that the hash checks leave no garbage per
 * partition. Allocated afresh, a 1 GB file's partitions piled up between collections and lifted
 * peak memory by ~60 MB at the end of a run (records are reused the same way: partition-reader.ts).
 */
export class HashScratch {
  private readonly tables = [new Int32Array(0), new Int32Array(0)];

  /** Table `k` (0 or 1) of `size` empty (-1) slots (valid until the next call for `k`). */
  table(k: 0 | 1, size: number): Int32Array {
    if (this.tables[k].length < size) this.tables[k] = new Int32Array(size);
    const table = this.tables[k].subarray(0, size);
    table.fill(-1);
    return table;
  }
}
