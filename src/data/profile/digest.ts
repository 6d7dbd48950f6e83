import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** Hex SHA-256 of a file, streamed (constant memory whatever the file size). */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The digest loop of sha256File as a worker thread's whole program: one reused 1 MiB buffer, so the
 * thread makes no garbage. Plain CommonJS source (an eval worker), so it needs no bundle of its own.
 */
const DIGEST_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = openSync(workerData, 'r');
try {
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;

/**
 * sha256File on a thread of its own, for large files read while the validator parses them. On the
 * event loop of a busy parser the digest fell behind and finished about 0.12 s after the parse (250
 * MB file); on its own thread the OS shares the cores between it and the parsers.
 */
export function sha256FileInThread(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DIGEST_THREAD, { eval: true, workerData: path });
    let settled = false;
    worker.once('message', (hex: string) => {
      settled = true;
      resolve(hex);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the digest thread of ${path} exited with code ${code} before answering`));
    });
  });
}

/**
 * SHA-256 of a file computed by the thread that parses its first byte range: bytes before the range
 * (the header) at the start, the range's bytes as its reader reads them (update, in order), and the
 * rest of the file after the range (finish), while the other ranges' workers still parse theirs.
 *
 * Why not a digest thread: on two cores a third busy thread shared a core with one of the parsers,
 * a different one from run to run, and the parse waited ~0.16 s on it (250 MB bench file). Here the
 * first range's bytes are hashed without a second read, and the first range is cut smaller
 * (firstRangeWeight) so that its thread, digest included, ends with the others.
 */
export class InlineDigest {
  private readonly hash = createHash('sha256');
  /** Bytes hashed so far: the file's bytes [0, position). */
  private position = 0;

  constructor(
    private readonly path: string,
    private readonly size: number,
  ) {}

  /** The next bytes of the file, in order. */
  update(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.position += bytes.length;
  }

  /** Hashes the file's bytes [position, end) by reading them (synchronously: this thread has nothing else to do). */
  readTo(end: number): void {
    if (end <= this.position) return;
    const buffer = Buffer.allocUnsafe(1 << 20);
    const fd = openSync(this.path, 'r');
    try {
      while (this.position < end) {
        const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - this.position), this.position);
        if (n === 0) throw new Error(`${this.path} shrank while it was read (at byte ${this.position} of ${end})`);
        this.update(buffer.subarray(0, n));
      }
    } finally {
      closeSync(fd);
    }
  }

  /** The hex digest, once the rest of the file is hashed. */
  finish(): string {
    this.readTo(this.size);
    return this.hash.digest('hex');
  }
}

/**
 * Weight of the first range, which also carries the file's digest, against one other range's (1):
 * SHA-256 of the whole file at ~1.6 GB/s plus re-reading the other ranges costs about DIGEST_COST
 * of what parsing the whole file costs one thread, so with n ranges w = (1 - c (n - 1)) / (1 + c)
 * balances the threads (0.82 for two). Measured on the bench files (npm run bench), by when each
 * thread ended its range: 0.1 on the UTF-8 file, 0.12 on the ASCII one (which parses faster); the
 * threads then end within ~0.1 s of each other, in either order from run to run.
 */
const DIGEST_COST = 0.1;

export function firstRangeWeight(ranges: number): number {
  return Math.max(0.3, (1 - DIGEST_COST * (ranges - 1)) / (1 + DIGEST_COST));
}
