import { SpillFile, type SpillSettings } from './spill.js';
import type { PartitionedRecords } from '../kernel/csv-kernel.js';

/**
 * Records are split by the top 6 bits of their hash: repeats always fall in the same partition. The
 * checks hold one partition at a time, so 64 of them keep that to ~1/64 of the records (8 MB for a
 * 1 GB file's duplicate-row, label and unique records) instead of a quarter of that at 16.
 */
export const PARTITIONS = 64;
const PARTITION_SHIFT = 26;

/**
 * Words a finished part's log keeps in memory (toState); more are written out first. The budget
 * (spill.ts) is what a log fills while its part is read: large, for few large reads at the end. But
 * a dataset of many files holds every part's tails until the hash checks, so those stay small: 101
 * files of 30,000 rows peaked ~45 MB higher with tails of up to the 1 MiB budget.
 */
const RETAINED_WORDS = 1 << 16;

/**
 * A record log as it crosses threads: the spilled chunks in one file, plus the in-memory tails per
 * partition. Chunk k holds partitions 0..63 one after the other, `spilled[k * PARTITIONS + p]`
 * words for partition p.
 */
export interface RecordLogState {
  width: number;
  file: string | null;
  spilled: Uint32Array;
  tails: Uint32Array[];
}

/**
 * Hash records of `width` 32-bit words, `[hashA, hashB, position, ...extra]`, kept in 64 partitions
 * by the top bits of hashA. Below its budget a log lives in memory; past it, the partitions are
 * appended to the log's spill file as one chunk (one write) and the buffers start over, so memory
 * stays bounded whatever the rows. One file per log, not one per partition: creating and writing
 * 64 files per log cost a 125 MB range ~0.1 s of file-system time.
 */
export class RecordLog {
  private readonly buffers: Uint32Array[] = [];
  private readonly lengths = new Int32Array(PARTITIONS);
  private file: SpillFile | null = null;
  private spilled = new Uint32Array(16 * PARTITIONS);
  private chunks = 0;
  private words = 0;

  constructor(
    readonly width: number,
    private readonly spill: SpillSettings,
    private readonly name: string,
  ) {
    for (let p = 0; p < PARTITIONS; p++) this.buffers.push(new Uint32Array(256 * width));
  }

  push(a: number, b: number, position: number): void {
    const p = a >>> PARTITION_SHIFT;
    const at = this.reserve(p);
    const buffer = this.buffers[p];
    buffer[at] = a;
    buffer[at + 1] = b;
    buffer[at + 2] = position;
  }

  /** A record with two extra words (the label hash of conflicting labels). */
  push5(a: number, b: number, position: number, c: number, d: number): void {
    const p = a >>> PARTITION_SHIFT;
    const at = this.reserve(p);
    const buffer = this.buffers[p];
    buffer[at] = a;
    buffer[at + 1] = b;
    buffer[at + 2] = position;
    buffer[at + 3] = c;
    buffer[at + 4] = d;
  }

  /**
   * Appends records already grouped by partition (the CSV kernel's partitionRecords), in order:
   * the same records, in the same order within each partition, as push() one by one.
   */
  pushPartitioned(records: PartitionedRecords): void {
    if (records.width !== this.width) throw new Error(`records of width ${records.width} for a log of width ${this.width}`);
    const { words, starts } = records;
    for (let p = 0; p < PARTITIONS; p++) {
      const from = starts[p];
      const count = starts[p + 1] - from;
      if (count === 0) continue;
      const at = this.reserveWords(p, count);
      this.buffers[p].set(words.subarray(from, from + count), at);
    }
  }

  /** Room for `count` words at the end of partition p (spilling first when over budget, as reserve does). */
  private reserveWords(p: number, count: number): number {
    const at = this.lengths[p];
    if (at + count > this.buffers[p].length) {
      if (this.words >= this.spill.budgetWords) {
        this.writeOut();
        return this.reserveWords(p, count);
      }
      let length = this.buffers[p].length * 2;
      while (length < at + count) length *= 2;
      const grown = new Uint32Array(length);
      grown.set(this.buffers[p].subarray(0, at));
      this.buffers[p] = grown;
    }
    this.lengths[p] = at + count;
    this.words += count;
    return at;
  }

  private reserve(p: number): number {
    const at = this.lengths[p];
    if (at + this.width > this.buffers[p].length) {
      if (this.words >= this.spill.budgetWords) {
        this.writeOut();
        return this.reserve(p);
      }
      const grown = new Uint32Array(this.buffers[p].length * 2);
      grown.set(this.buffers[p].subarray(0, at));
      this.buffers[p] = grown;
    }
    this.lengths[p] = at + this.width;
    this.words += this.width;
    return at;
  }

  private writeOut(): void {
    this.file ??= new SpillFile(this.spill, this.name);
    if ((this.chunks + 1) * PARTITIONS > this.spilled.length) {
      const grown = new Uint32Array(this.spilled.length * 2);
      grown.set(this.spilled);
      this.spilled = grown;
    }
    const pieces: Uint32Array[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      this.spilled[this.chunks * PARTITIONS + p] = this.lengths[p];
      if (this.lengths[p] > 0) pieces.push(this.buffers[p].subarray(0, this.lengths[p]));
      this.lengths[p] = 0;
    }
    this.file.appendAll(pieces);
    this.chunks++;
    this.words = 0;
  }

  /** Closes the spill file (toState does too): call when a part ends early, on an error. */
  close(): void {
    this.file?.close();
  }

  /** The log as it is now, for the hash checks; its spill file is closed. */
  toState(): RecordLogState {
    if (this.words > RETAINED_WORDS) this.writeOut();
    this.close();
    return {
      width: this.width,
      file: this.file?.path ?? null,
      spilled: this.spilled.slice(0, this.chunks * PARTITIONS),
      tails: this.buffers.map((buffer, p) => buffer.slice(0, this.lengths[p])),
    };
  }
}
