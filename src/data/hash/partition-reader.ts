import { closeSync, openSync, readSync, readvSync } from 'node:fs';
import { PARTITIONS, type RecordLogState } from './record-log.js';

/** Bytes of records held at once: partitions are read in groups up to about this size. */
const GROUP_BYTES = 2 << 20;

/**
 * Reads the partitions of a stream of parts' logs in ascending order, as one array each, with
 * positions moved by each part's offset (parts in order, so positions stay ascending within equal
 * hashes, as the hash checks need).
 *
 * Why in groups: a spilled chunk holds all 64 partitions one after the other, a few KB each, so
 * reading one partition took one read per chunk (15,000 system calls for the bench file's row
 * logs). Consecutive partitions are contiguous in every chunk: a group of them is read with one
 * vectored read per chunk (preadv), straight to where each partition's records go, in a buffer
 * reused from group to group. Groups stay near GROUP_BYTES, so memory stays flat whatever the size
 * of the file.
 */
export class PartitionReader {
  private groupFrom = 0;
  private groupTo = 0;
  private buffer = new Uint32Array(0);
  /** Where partition groupFrom + j starts in the buffer, and its length in words. */
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private readonly span: number;
  private readonly width: number;

  /**
   * @param to the partition after the last one that will be read (a thread's share ends there)
   * @param groupBytes about how many bytes of records to hold at once
   */
  constructor(
    private readonly parts: { state: RecordLogState; offset: number }[],
    private readonly to: number = PARTITIONS,
    groupBytes = GROUP_BYTES,
  ) {
    let words = 0;
    for (const { state } of parts) {
      for (let k = 0; k < state.spilled.length; k++) words += state.spilled[k];
      for (const tail of state.tails) words += tail.length;
    }
    const partitionBytes = (words * 4) / PARTITIONS;
    this.span = Math.max(1, Math.min(PARTITIONS, Math.floor(groupBytes / Math.max(1, partitionBytes))));
    this.width = parts[0]?.state.width ?? 3;
  }

  /** Partition p (ascending from call to call) as records and their count; valid until the next call. */
  read(p: number): { records: Uint32Array; count: number } {
    if (p < this.groupFrom || p >= this.groupTo) this.readGroup(p, Math.min(this.to, p + this.span));
    const j = p - this.groupFrom;
    const records = this.buffer.subarray(this.starts[j], this.starts[j] + this.lengths[j]);
    return { records, count: records.length / this.width };
  }

  /** Reads partitions [from, to) of every part: one vectored read per spilled chunk. */
  private readGroup(from: number, to: number): void {
    this.groupFrom = from;
    this.groupTo = to;
    const span = to - from;
    const lengths = new Int32Array(span);
    for (const { state } of this.parts) {
      for (let k = 0; k < state.spilled.length; k += PARTITIONS) for (let j = 0; j < span; j++) lengths[j] += state.spilled[k + from + j];
      for (let j = 0; j < span; j++) lengths[j] += state.tails[from + j].length;
    }
    const starts = new Int32Array(span);
    let total = 0;
    for (let j = 0; j < span; j++) {
      starts[j] = total;
      total += lengths[j];
    }
    if (this.buffer.length < total) this.buffer = new Uint32Array(Math.max(total, Math.floor(this.buffer.length * 1.25)));
    const buffer = this.buffer;
    // where the next words of partition from + j go: parts one after the other, chunks in order
    const cursor = Int32Array.from(starts);
    const partStart = new Int32Array(span);
    for (const { state, offset } of this.parts) {
      partStart.set(cursor);
      if (state.file && state.spilled.length > 0) readSpilled(state, from, to, buffer, cursor);
      for (let j = 0; j < span; j++) {
        const tail = state.tails[from + j];
        buffer.set(tail, cursor[j]);
        cursor[j] += tail.length;
        if (offset !== 0) for (let i = partStart[j] + 2; i < cursor[j]; i += state.width) buffer[i] += offset;
      }
    }
    this.starts = starts;
    this.lengths = lengths;
  }
}

/** Appends partitions [from, to) of each spilled chunk of `state` at cursor[p - from] (advanced). */
function readSpilled(state: RecordLogState, from: number, to: number, buffer: Uint32Array, cursor: Int32Array): void {
  const spilled = state.spilled;
  const fd = openSync(state.file!, 'r');
  try {
    let chunkStart = 0; // words into the file
    for (let k = 0; k < spilled.length; k += PARTITIONS) {
      let before = 0;
      for (let q = 0; q < from; q++) before += spilled[k + q];
      const views: Uint8Array[] = [];
      let length = 0;
      for (let q = from; q < to; q++) {
        const words = spilled[k + q];
        if (words === 0) continue;
        views.push(new Uint8Array(buffer.buffer, buffer.byteOffset + cursor[q - from] * 4, words * 4));
        cursor[q - from] += words;
        length += words;
      }
      let after = 0;
      for (let q = to; q < PARTITIONS; q++) after += spilled[k + q];
      if (length > 0) readFully(fd, views, (chunkStart + before) * 4, state.file!);
      chunkStart += before + length + after;
    }
  } finally {
    closeSync(fd);
  }
}

/** Fills `views` from the file at `position` (contiguous there), in one call unless the OS reads short. */
function readFully(fd: number, views: Uint8Array[], position: number, file: string): void {
  let got = readvSync(fd, views, position);
  const total = views.reduce((sum, view) => sum + view.length, 0);
  if (got === total) return;
  // a short read: the rest view by view
  for (const view of views) {
    if (got >= view.length) {
      got -= view.length;
      position += view.length;
      continue;
    }
    for (let at = got; at < view.length; ) {
      const n = readSync(fd, view, at, view.length - at, position + at);
      if (n === 0) throw new Error(`spill file ${file} is shorter than expected`);
      at += n;
    }
    position += view.length;
    got = 0;
  }
}
