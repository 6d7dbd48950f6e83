/**
 * A packed model as release assets of bounded size (docs/platform.md "Limits": an asset is under
 * 2 GiB). What packModel writes goes through a PartWriter: bytes fill `<name>.part-001`, then
 * `-002`..., each at most `partBytes`, with one sha256 per part and one for the whole. A model that
 * fits in one part is one file named `<name>`, as before parts existed, so versions that need no
 * parts stay readable by older readers. Writes are queued one at a time behind the hashing, so the
 * disk and the hash work at the same time, and memory holds a chunk or two.
 */
import { createHash, type Hash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFiles, type Digest } from './digest.js';

/** GitHub's limit on one release asset: strictly less than 2 GiB. */
export const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;
/** A release holds at most 1,000 assets (docs/platform.md "Limits"); the manifest and lineage files need a few. */
export const MAX_PARTS = 990;

/** One part as written: its asset name, file and digest. */
export interface PackedPart extends Digest {
  name: string;
  path: string;
}

/** What a PartWriter wrote: the whole's digest, and its parts when there is more than one. */
export interface WrittenParts {
  /** The single file (when `parts` is undefined). */
  path: string;
  whole: Digest;
  parts?: PackedPart[];
}

/** The asset name of part `index` (0-based) of `name`: `name.part-001`; sorting the names sorts the parts. */
function partName(name: string, index: number): string {
  return `${name}.part-${String(index + 1).padStart(3, '0')}`;
}

export class PartWriter {
  private readonly whole: Hash | undefined;
  private readonly done: PackedPart[] = [];
  private current: { handle: FileHandle; hash: Hash; size: number; name: string; path: string } | undefined;
  private queued: Promise<unknown> = Promise.resolve();
  private total = 0;

  /**
   * `mayNeedParts`: false when the caller knows the output fits in one part; then the one part's
   * hash is the whole's, and the second hash pass (the costliest work of packing) is skipped.
   */
  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly partBytes: number,
    mayNeedParts: boolean,
    private readonly tooMany: (parts: number) => Error,
  ) {
    this.whole = mayNeedParts ? createHash('sha256') : undefined;
  }

  /** Appends bytes; `chunk` must not be changed afterwards (it may still be being written). */
  async write(chunk: Buffer): Promise<void> {
    this.whole?.update(chunk);
    this.total += chunk.length;
    for (let at = 0; at < chunk.length; ) {
      if (this.current === undefined || this.current.size === this.partBytes) await this.nextPart();
      const part = this.current!;
      const piece = chunk.subarray(at, at + Math.min(chunk.length - at, this.partBytes - part.size));
      part.hash.update(piece);
      part.size += piece.length;
      at += piece.length;
      // One write in flight: wait for the previous one, queue this one, go on hashing the next chunk.
      await this.queued;
      const write = writeAll(part.handle, piece);
      // Handled here so a failure while nobody awaits it is not an unhandled rejection; the next await reports it.
      write.catch(() => undefined);
      this.queued = write;
    }
  }

  /** Closes the last part; one part is renamed to the plain name. */
  async close(): Promise<WrittenParts> {
    if (this.current === undefined) await this.nextPart();
    await this.finishPart();
    // Without a running whole hash (the caller expected one part), more parts are hashed again as one.
    const sha256 = this.whole ? this.whole.digest('hex') : this.done.length === 1 ? this.done[0].sha256 : (await digestFiles(this.done.map((p) => p.path))).whole.sha256;
    const whole: Digest = { size: this.total, sha256 };
    if (this.done.length === 1) {
      const path = join(this.dir, this.name);
      await rename(this.done[0].path, path);
      return { path, whole };
    }
    return { path: this.done[0].path, whole, parts: this.done };
  }

  /** Closes and deletes whatever was written. */
  async abort(): Promise<void> {
    await this.queued.catch(() => undefined);
    await this.current?.handle.close().catch(() => undefined);
    const paths = [...this.done.map((p) => p.path), ...(this.current ? [this.current.path] : [])];
    this.current = undefined;
    await Promise.all(paths.map((p) => rm(p, { force: true })));
  }

  private async nextPart(): Promise<void> {
    await this.finishPart();
    if (this.done.length >= MAX_PARTS) throw this.tooMany(this.done.length + 1);
    const name = partName(this.name, this.done.length);
    const path = join(this.dir, name);
    this.current = { handle: await open(path, 'w'), hash: createHash('sha256'), size: 0, name, path };
  }

  private async finishPart(): Promise<void> {
    const part = this.current;
    if (part === undefined) return;
    await this.queued;
    this.current = undefined;
    await part.handle.close();
    this.done.push({ name: part.name, path: part.path, size: part.size, sha256: part.hash.digest('hex') });
  }
}

async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  for (let at = 0; at < data.length; ) at += (await handle.write(data, at, data.length - at)).bytesWritten;
}
