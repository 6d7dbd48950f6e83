/**
 * Packs a model for a release (docs/platform.md "Releases as storage", "Limits"): a folder becomes one
 * `.tar.gz` asset, a single file is kept as it is. Everything streams: the model is read in chunks,
 * its size and sha256 computed on the way, and nothing is held in memory whole.
 *
 * The archive is deterministic, so the same folder gives the same digest (with the same Node/zlib):
 * entries are sorted, every mtime is the epoch, owners and device numbers are left out (tar's
 * `portable`), modes are normalised, and the gzip header carries no time nor OS.
 *
 * The archive holds only directories and regular files, which is all `extractModel` accepts:
 * - a symlink inside the folder whose target stays inside is stored as the file it points to;
 *   one pointing outside the folder (or dangling, or to a directory) is refused;
 * - hard links are stored as ordinary files (each copy in full);
 * - sockets, FIFOs and device files are refused.
 *
 * GitHub refuses assets of 2 GiB or more: a single file over the limit is refused before it is read,
 * and a folder's archive is abandoned (and deleted) as soon as it grows past the limit.
 */
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rm, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Pack } from 'tar';
import { UserError } from '../../shared/errors.js';
import { DigestStream, digestFile } from './digest.js';

/** GitHub's limit on one release asset: strictly less than 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;

interface PackedFile {
  /** Asset name, safe for GitHub (letters, digits, `.`, `-`, `_`). */
  name: string;
  /** Where the file to upload is: the archive in outDir, or the original single file. */
  path: string;
  size: number;
  /** Lowercase hex. */
  sha256: string;
  contentType: string;
  /** For an archive: the bytes of its files and its entries, which extraction holds it to (manifest `unpacked`). */
  unpacked?: { bytes: number; entries: number };
}

export interface PackResult {
  files: PackedFile[];
}

export interface PackOptions {
  /** Largest accepted asset in bytes; tests lower it. Default MAX_ASSET_BYTES. */
  maxAssetBytes?: number;
  /** gzip level, 0-9 (default 6). Changing it changes the digest. */
  gzipLevel?: number;
}

const EPOCH = new Date(0);

/** tar keeps a cache to write the second name of a hard link as a `Link` entry; this one forgets. */
const NO_HARD_LINKS = { get: () => undefined, set() { return this; }, has: () => false } as unknown as Map<`${number}:${number}`, string>;

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

const TOO_LARGE_HINT =
  'GitHub release assets must be smaller than 2 GiB: split the model into smaller files (e.g. sharded weights) and register a folder of shards per asset, or store the weights elsewhere (object storage, Git LFS, Hugging Face) and register a small pointer file.';

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

/** Packs a model file or folder into release assets: see the module comment. */
export async function packModel(path: string, outDir: string, options: PackOptions = {}): Promise<PackResult> {
  const limit = options.maxAssetBytes ?? MAX_ASSET_BYTES;
  const source = resolve(path);
  let info;
  try {
    info = await stat(source);
  } catch (cause) {
    throw new UserError(`Model path ${path} does not exist or cannot be read.`, { cause, hint: 'Check the model path in mlops.yml or the action inputs.' });
  }

  if (info.isFile()) {
    if (info.size > limit) {
      throw new UserError(`Model file ${path} is ${formatBytes(info.size)}, over the release asset limit of ${formatBytes(limit)}.`, { hint: TOO_LARGE_HINT });
    }
    const digest = await digestFile(source);
    if (digest.size > limit) {
      throw new UserError(`Model file ${path} grew to ${formatBytes(digest.size)} while it was read, over the release asset limit of ${formatBytes(limit)}.`, { hint: TOO_LARGE_HINT });
    }
    const name = assetName(basename(source));
    return { files: [{ name, path: source, size: digest.size, sha256: digest.sha256, contentType: contentTypeFor(name) }] };
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
  const archive = join(out, name);

  const tooLarge = (size: number): Error => {
    const largest = [...listing.files].sort((a, b) => b.size - a.size).slice(0, 3);
    return new UserError(
      `Model folder ${path} packs to more than the release asset limit of ${formatBytes(limit)} (stopped after ${formatBytes(size)}). ` +
        `Its largest files: ${largest.map((f) => `${f.path} (${formatBytes(f.size)})`).join(', ')}.`,
      { hint: TOO_LARGE_HINT },
    );
  };
  const counter = new DigestStream(limit, tooLarge);
  const pack = new Pack({
    cwd: source,
    portable: true,
    mtime: EPOCH,
    noDirRecurse: true,
    follow: true,
    strict: true,
    // tar reads files in chunks of up to 16 MiB by default; 1 MiB keeps the peak memory low.
    maxReadSize: 1 << 20,
    gzip: { level: options.gzipLevel ?? 6 },
    linkCache: NO_HARD_LINKS,
  });
  try {
    for (const entry of listing.entries) pack.add(entry);
    pack.end();
    await pipeline(pack as unknown as AsyncIterable<Buffer>, counter, createWriteStream(archive));
  } catch (error) {
    pack.destroy?.();
    await rm(archive, { force: true });
    throw error;
  }
  const digest = counter.digest();
  const unpacked = { bytes: listing.files.reduce((sum, file) => sum + file.size, 0), entries: listing.entries.length };
  return { files: [{ name, path: archive, size: digest.size, sha256: digest.sha256, contentType: 'application/gzip', unpacked }] };
}
