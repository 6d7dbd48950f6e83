/**
 * Streaming size + sha256: a model is read once, in chunks, and never held in memory whole.
 * Digests are lowercase hex, without a `sha256:` prefix (one is accepted and stripped on input).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export interface Digest {
  size: number;
  sha256: string;
}

/** Normalises a digest given by a user or a manifest: lowercase hex, `sha256:` prefix removed. */
export function normalizeSha256(sha256: string): string {
  return sha256.trim().toLowerCase().replace(/^sha256:/, '');
}

/** Size and sha256 of a file, read as a stream. */
export async function digestFile(path: string): Promise<Digest> {
  return (await digestFiles([path])).whole;
}

/**
 * Size and sha256 of files read in order as one stream (the parts of a model), and of each file.
 * `onFile` gets each file's digest as soon as it is read, and may throw to stop there.
 */
export async function digestFiles(paths: readonly string[], onFile?: (index: number, digest: Digest) => void): Promise<{ whole: Digest; files: Digest[] }> {
  const whole = createHash('sha256');
  let total = 0;
  const files: Digest[] = [];
  for (const [index, path] of paths.entries()) {
    // With one file, its hash is the whole's: no second hash pass.
    const hash = paths.length === 1 ? whole : createHash('sha256');
    let size = 0;
    await pipeline(createReadStream(path, { highWaterMark: 1 << 20 }), async function (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        size += chunk.length;
        hash.update(chunk);
        if (hash !== whole) whole.update(chunk);
      }
    });
    total += size;
    if (hash === whole) break;
    files.push({ size, sha256: hash.digest('hex') });
    onFile?.(index, files[index]);
  }
  const digest = { size: total, sha256: whole.digest('hex') };
  if (paths.length === 1) {
    files.push(digest);
    onFile?.(0, digest);
  }
  return { whole: digest, files };
}
