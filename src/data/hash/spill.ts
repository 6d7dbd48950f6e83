import { closeSync, mkdirSync, openSync, writeSync, writevSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Where hash records go once they outgrow their memory budget: a temp folder the main thread creates
 * and removes. This is what keeps validation's memory flat as files grow: uniqueness, duplicate
 * rows, conflicting labels and leakage need one record per row, which for a 1 GB file is hundreds of
 * MB; on disk in hash partitions, only one partition is in memory at a time.
 */
export interface SpillSettings {
  /** The folder (created on first spill). */
  dir: string;
  /** Words (4 bytes) one log may hold in memory before it writes them out. */
  budgetWords: number;
}

let counter = 0;

/**
 * One spill file, open for appending from its first write until close(). Kept open because a log
 * appends to it hundreds of times: opening and closing it for every write costs file-system time.
 */
export class SpillFile {
  readonly path: string;
  private fd = -1;

  constructor(settings: SpillSettings, name: string) {
    mkdirSync(settings.dir, { recursive: true });
    this.path = path.join(settings.dir, `${process.pid}-${threadId}-${counter++}-${name}.bin`);
  }

  /** Appends the first `words` words of `data`. */
  append(data: Uint32Array | Int32Array, words: number): void {
    if (this.fd < 0) this.fd = openSync(this.path, 'a');
    const bytes = new Uint8Array(data.buffer, data.byteOffset, words * 4);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
  }

  /** Appends the arrays one after the other, in one system call when the OS takes them all at once. */
  appendAll(pieces: Uint32Array[]): void {
    if (pieces.length === 0) return;
    if (this.fd < 0) this.fd = openSync(this.path, 'a');
    const views = pieces.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength));
    const total = views.reduce((sum, view) => sum + view.length, 0);
    const written = writevSync(this.fd, views);
    if (written === total) return;
    // a short write: the rest piece by piece, from where it stopped
    let skip = written;
    for (const view of views) {
      if (skip >= view.length) {
        skip -= view.length;
        continue;
      }
      for (let at = skip; at < view.length; ) at += writeSync(this.fd, view, at);
      skip = 0;
    }
  }

  /** Closes the file (a later append opens it again). */
  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
  }
}

/**
 * Default budget: 256 Ki words (1 MiB) per log. The hash checks read each partition's records from
 * every spilled chunk, one read per chunk and group of partitions (partition-reader.ts): with
 * 256 KiB chunks the UTF-8 bench file took 6,800 reads of ~8 KB (1,600 now), and a run 0.12 s
 * more CPU (2.18 s against 2.12 s of wall, median of 10 interleaved runs). What a finished part
 * keeps in memory stays smaller (record-log.ts RETAINED_WORDS): peaks are as they were.
 */
export const DEFAULT_BUDGET_WORDS = 1 << 18;
