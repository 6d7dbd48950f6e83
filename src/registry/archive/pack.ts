/**
 * Packs a model for a release (docs/platform.md "Releases as storage", "Limits"): a folder becomes a
 * `.tar.gz`, a single file is kept as it is. Everything streams: the model is read in chunks, the
 * archive's size and sha256 computed on the way, and nothing is held in memory whole.
 *
 * Speed (issue #14): each file is sampled (compressible.ts) and only files that shrink are deflated;
 * the others are written as deflate's stored blocks (gzip-writer.ts). The result is still one
 * ordinary gzip stream of one tar, so every reader (old `mlops` versions, `tar xzf`) reads it, and
 * on incompressible weights packing costs about what reading and hashing them costs.
 *
 * The archive is deterministic, so the same folder gives the same digest: entries are sorted,
 * every mtime is the epoch, owners are left out, modes are 0644 or 0755, the gzip header carries no
 * time nor OS, and the choice to deflate a file depends on its bytes only.
 *
 * The archive holds only directories and regular files, which is all `extractModel` accepts:
 * - a symlink inside the folder whose target stays inside is stored as the file it points to;
 *   one pointing outside the folder (or dangling, or to a directory) is refused;
 * - hard links are stored as ordinary files (each copy in full);
 * - sockets, FIFOs and device files are refused.
 *
 * Size: GitHub refuses assets of 2 GiB or more. A model (archive or single file) larger than the
 * part size is written as ordered parts (parts.ts), each with its own sha256 beside the whole's.
 */
import { lstat, mkdir, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Header, Pax } from 'tar';
import { UserError } from '../../shared/errors.js';
import { worthCompressing } from './compressible.js';
import { digestFile } from './digest.js';
import { MixedGzipWriter } from './gzip-writer.js';
import { MAX_ASSET_BYTES, MAX_PARTS, PartWriter, type PackedPart } from './parts.js';

interface PackedFile {
  /** Asset name, safe for GitHub (letters, digits, `.`, `-`, `_`); for a model in parts, the whole's name. */
  name: string;
  /** Where the file to upload is: the archive in outDir, or the original single file; for a model in parts, the folder of the parts. */
  path: string;
  size: number;
  /** Lowercase hex, of the whole file. */
  sha256: string;
  contentType: string;
  /** For an archive: the bytes of its files and its entries, which extraction holds it to (manifest `unpacked`). */
  unpacked?: { bytes: number; entries: number };
  /** A model over the part size: its parts in order (each uploaded as its own asset). */
  parts?: PackedPart[];
  /** Written into outDir by packModel (the caller may move it away); false for the user's own single file. */
  written: boolean;
}

export interface PackResult {
  files: PackedFile[];
}

export interface PackOptions {
  /** Largest part in bytes (default: GitHub's asset limit); tests lower it. */
  partBytes?: number;
  /** zlib level (1-9) of the files that compress (default 1: most of the gain of 6 at about half the time). Changing it changes the digest. */
  gzipLevel?: number;
}

const EPOCH = new Date(0);
/** Files are read in chunks of this size. */
const CHUNK_BYTES = 1 << 20;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.yaml': 'application/yaml',
  '.yml': 'application/yaml',
  '.gz': 'application/gzip',
  '.tgz': 'application/gzip',
  '.zip': 'application/zip',
};

function contentTypeFor(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** An asset name GitHub keeps as is: other characters become `-`. */
export function assetName(name: string): string {
  // Also no trailing "." and room for ".tar.gz" within GitHub's 255 characters (ASSET_NAME_PATTERN).
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 240).replace(/\.+$/, '');
  return safe === '' ? 'model' : safe;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(2)} ${units[unit]} (${bytes} bytes)`;
}

const TOO_MANY_PARTS_HINT =
  'A release holds at most 1,000 assets: store the weights elsewhere (object storage, Git LFS, Hugging Face) and register a small pointer file.';

/** True when target is root or below it (both absolute, normalised). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

interface Listing {
  /** Relative POSIX paths, sorted; directories included (so empty ones survive). */
  entries: string[];
  /** Regular files with their sizes, for error messages. */
  files: { path: string; size: number }[];
}

async function listFolder(root: string): Promise<Listing> {
  const rootReal = await realpath(root);
  const entries: string[] = [];
  const files: { path: string; size: number }[] = [];
  const walk = async (dir: string): Promise<void> => {
    const children = await readdir(dir === '' ? root : join(root, dir), { withFileTypes: true });
    for (const child of children) {
      const rel = dir === '' ? child.name : `${dir}/${child.name}`;
      const abs = join(root, rel);
      if (child.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(abs);
        } catch (cause) {
          throw new UserError(`Cannot pack ${abs}: it is a symlink whose target does not exist.`, { cause, hint: 'Remove the broken link or replace it with the file.' });
        }
        if (!isInside(rootReal, target)) {
          throw new UserError(`Cannot pack ${abs}: it is a symlink pointing outside the model folder (to ${target}).`, {
            hint: 'Copy the file into the model folder instead of linking to it, or remove the link.',
          });
        }
        const info = await stat(abs);
        if (!info.isFile()) {
          throw new UserError(`Cannot pack ${abs}: it is a symlink to a ${info.isDirectory() ? 'directory' : 'special file'}; only links to regular files are packed.`, {
            hint: 'Replace the link with a copy of the directory, or remove it.',
          });
        }
        entries.push(rel);
        files.push({ path: rel, size: info.size });
      } else if (child.isDirectory()) {
        entries.push(rel);
        await walk(rel);
      } else if (child.isFile()) {
        entries.push(rel);
        files.push({ path: rel, size: (await lstat(abs)).size });
      } else {
        throw new UserError(`Cannot pack ${abs}: it is not a regular file, directory or symlink (a socket, FIFO or device).`, { hint: 'Remove it from the model folder.' });
      }
    }
  };
  await walk('');
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { entries, files };
}

/** The error for a model that needs more parts than a release can hold. */
function tooManyParts(path: string, partBytes: number): (parts: number) => Error {
  return (parts) => new UserError(`Model ${path} needs more than ${MAX_PARTS} parts of ${formatBytes(partBytes)} (stopped at part ${parts}).`, { hint: TOO_MANY_PARTS_HINT });
}

/** Reads `length` bytes at `position` into a new buffer; a short read means the file shrank while it was packed. */
async function readChunk(handle: FileHandle, position: number, length: number, label: string): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  for (let at = 0; at < length; ) {
    const { bytesRead } = await handle.read(buffer, at, length - at, position + at);
    if (bytesRead === 0) throw new UserError(`Model file ${label} shrank while it was packed.`, { hint: 'Register the model once the training has finished writing it.' });
    at += bytesRead;
  }
  return buffer;
}

/** Calls `use` with the file's bytes in order, in chunks, the next chunk read while `use` works on this one. */
async function eachChunk(handle: FileHandle, size: number, label: string, use: (chunk: Buffer) => Promise<void>): Promise<void> {
  let position = 0;
  const read = () => {
    const chunk = readChunk(handle, position, Math.min(CHUNK_BYTES, size - position), label);
    // Handled here so a failed read-ahead is not an unhandled rejection; awaiting it reports it.
    chunk.catch(() => undefined);
    return chunk;
  };
  let next = size > 0 ? read() : undefined;
  try {
    while (next !== undefined) {
      const chunk = await next;
      position += chunk.length;
      next = position < size ? read() : undefined;
      await use(chunk);
    }
  } finally {
    await next?.catch(() => undefined);
  }
}

/** A tar header (with a pax header before it when the path or size does not fit ustar's fields). */
function tarHeader(path: string, directory: boolean, size: number, executable: boolean): Buffer {
  const name = directory ? `${path}/` : path;
  const header = new Header({ path: name, type: directory ? 'Directory' : 'File', size, mode: directory || executable ? 0o755 : 0o644, mtime: EPOCH });
  const block = Buffer.alloc(512);
  header.encode(block, 0);
  return header.needPax ? Buffer.concat([new Pax({ path: name, size, mtime: EPOCH }).encode(), block]) : block;
}

/** A single file over the part size: copied into parts. */
async function splitFile(source: string, label: string, out: string, partBytes: number): Promise<PackedFile> {
  const name = assetName(basename(source));
  await mkdir(out, { recursive: true });
  const writer = new PartWriter(out, name, partBytes, true, tooManyParts(label, partBytes));
  const handle = await open(source, 'r');
  try {
    await eachChunk(handle, (await handle.stat()).size, label, (chunk) => writer.write(chunk));
    const written = await writer.close();
    return { name, path: written.parts ? out : written.path, ...written.whole, contentType: contentTypeFor(name), ...(written.parts ? { parts: written.parts } : {}), written: true };
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    await handle.close();
  }
}

/** Writes the folder's entries as a tar through the gzip writer; returns the bytes of its files. */
async function writeTar(source: string, listing: Listing, gzip: MixedGzipWriter): Promise<number> {
  const sizes = new Map(listing.files.map((f) => [f.path, f.size]));
  let bytes = 0;
  for (const entry of listing.entries) {
    if (!sizes.has(entry)) {
      await gzip.deflate(tarHeader(entry, true, 0, false));
      continue;
    }
    // open() follows an in-folder symlink to its file (listFolder checked where it points).
    const handle = await open(join(source, entry), 'r');
    try {
      const info = await handle.stat();
      await gzip.deflate(tarHeader(entry, false, info.size, (info.mode & 0o111) !== 0));
      const compress = await worthCompressing(handle, info.size);
      await eachChunk(handle, info.size, join(source, entry), (chunk) => (compress ? gzip.deflate(chunk) : gzip.store(chunk)));
      const padding = (512 - (info.size % 512)) % 512;
      if (padding > 0) await gzip.deflate(Buffer.alloc(padding));
      bytes += info.size;
    } finally {
      await handle.close();
    }
  }
  // Two zero blocks end a tar.
  await gzip.deflate(Buffer.alloc(1024));
  return bytes;
}

/** Packs a model file or folder into release assets: see the module comment. */
export async function packModel(path: string, outDir: string, options: PackOptions = {}): Promise<PackResult> {
  const partBytes = options.partBytes ?? MAX_ASSET_BYTES;
  const source = resolve(path);
  let info;
  try {
    info = await stat(source);
  } catch (cause) {
    throw new UserError(`Model path ${path} does not exist or cannot be read.`, { cause, hint: "Check the `model` input (`--model`), or, when it is left out, the best trial's output folder that the run record's sweep part names (rerun the sweep or download its artifact)." });
  }

  if (info.isFile()) {
    if (info.size > partBytes) return { files: [await splitFile(source, path, resolve(outDir), partBytes)] };
    const digest = await digestFile(source);
    if (digest.size > partBytes) return { files: [await splitFile(source, path, resolve(outDir), partBytes)] };
    const name = assetName(basename(source));
    return { files: [{ name, path: source, size: digest.size, sha256: digest.sha256, contentType: contentTypeFor(name), written: false }] };
  }
  if (!info.isDirectory()) {
    throw new UserError(`Model path ${path} is neither a file nor a folder.`, { hint: 'Point the model path at the model file or at the folder holding it.' });
  }

  const out = resolve(outDir);
  if (isInside(source, out) || isInside(await realpath(source), out)) {
    throw new UserError(`Cannot pack ${path} into ${outDir}: the output folder is inside the model folder, so the archive would contain itself.`, {
      hint: 'Choose an output folder outside the model folder (e.g. under $RUNNER_TEMP).',
    });
  }
  const listing = await listFolder(source);
  await mkdir(out, { recursive: true });
  const name = `${assetName(basename(source))}.tar.gz`;

  // About the largest the archive can be (the tar, headers with room for pax, deflate's worst-case
  // growth): below one part, the part's own hash is the whole's and a second hash pass is saved.
  const tarBound = listing.entries.length * 2048 + listing.files.reduce((sum, f) => sum + f.size + 512, 0) + 1024;
  const bound = tarBound * 1.001 + (1 << 20);
  const writer = new PartWriter(out, name, partBytes, bound > partBytes, tooManyParts(path, partBytes));
  const gzip = new MixedGzipWriter(writer, options.gzipLevel ?? 1);
  let bytes: number;
  let written;
  try {
    await gzip.start();
    bytes = await writeTar(source, listing, gzip);
    await gzip.end();
    written = await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const unpacked = { bytes, entries: listing.entries.length };
  return {
    files: [{ name, path: written.parts ? out : written.path, ...written.whole, contentType: 'application/gzip', unpacked, ...(written.parts ? { parts: written.parts } : {}), written: true }],
  };
}
