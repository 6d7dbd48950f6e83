import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
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
