import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { HashScratch } from './hash-groups.js';
import { SpillFile, type SpillSettings } from './spill.js';

/**
 * Records are split by the top 6 bits of their hash: repeats always fall in the same partition. The
 * checks hold one partition at a time, so 64 of them keep that to ~1/64 of the records (8 MB for a
 * 1 GB file's duplicate-row, label and unique records) instead of a quarter of that at 16.
 */
export const PARTITIONS = 64;
const PARTITION_SHIFT = 26;

/** A record log as it crosses threads: spilled files plus the in-memory tails, per partition. */
export interface RecordLogState {
  width: number;
  files: (string | null)[];
  tails: Uint32Array[];
}

/**
 * Hash records of `width` 32-bit words, `[hashA, hashB, position, ...extra]`, kept in 64 partitions
 * by the top bits of hashA. Below its budget a log lives in memory; past it, every partition is
 * appended to its own file and the buffers start over, so memory stays bounded whatever the rows.
 */
export class RecordLog {
  private readonly buffers: Uint32Array[] = [];
  private readonly lengths = new Int32Array(PARTITIONS);
  private readonly files: (SpillFile | null)[] = new Array<SpillFile | null>(PARTITIONS).fill(null);
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
    for (let p = 0; p < PARTITIONS; p++) {
      if (this.lengths[p] === 0) continue;
      const file = (this.files[p] ??= new SpillFile(this.spill, `${this.name}-${p}`));
      file.append(this.buffers[p], this.lengths[p]);
      this.lengths[p] = 0;
    }
    this.words = 0;
  }

  /** Closes the spill files (toState does too): call when a part ends early, on an error. */
  close(): void {
    for (const file of this.files) file?.close();
  }

  /** The log as it is now, for the hash checks; its spill files are closed. */
  toState(): RecordLogState {
    this.close();
    return {
      width: this.width,
      files: this.files.map((file) => file?.path ?? null),
      tails: this.buffers.map((buffer, p) => buffer.slice(0, this.lengths[p])),
    };
  }
}

/**
 * Partition `p` of several parts' logs as one array, positions moved by each part's offset (parts in
 * order, so positions stay ascending within equal hashes).
 */
export function readPartition(parts: { state: RecordLogState; offset: number }[], p: number, scratch = new HashScratch()): { records: Uint32Array; count: number } {
  // One array of the final size (from the scratch), filled in place: no second copy of a partition.
  let total = 0;
  for (const { state } of parts) {
    const file = state.files[p];
    if (file) total += statSync(file).size / 4;
    total += state.tails[p].length;
  }
  const records = scratch.records(total);
  let at = 0;
  for (const { state, offset } of parts) {
    const start = at;
    const file = state.files[p];
    if (file) {
      const bytes = new Uint8Array(records.buffer, records.byteOffset + at * 4, statSync(file).size);
      const fd = openSync(file, 'r');
      try {
        for (let read = 0; read < bytes.length; ) {
          const got = readSync(fd, bytes, read, bytes.length - read, read);
          if (got === 0) throw new Error(`spill file ${file} is shorter than expected`);
          read += got;
        }
      } finally {
        closeSync(fd);
      }
      at += bytes.length / 4;
    }
    records.set(state.tails[p], at);
    at += state.tails[p].length;
    shift(records.subarray(start, at), state.width, offset);
  }
  const width = parts[0]?.state.width ?? 3;
  return { records, count: total / width };
}

function shift(words: Uint32Array, width: number, offset: number): void {
  if (offset === 0) return;
  for (let i = 2; i < words.length; i += width) words[i] += offset;
}
