/**
 * Extracts a model archive downloaded from a release, treating it as hostile input.
 *
 * 1. The archive's size and sha256 are checked against the manifest FIRST: on a mismatch nothing
 *    is extracted (IntegrityError). An archive in parts comes as a VerifiedAsset (verify.ts), whose
 *    parts and whole were checked as they were downloaded; it is read part after part.
 * 2. Entries are extracted into a fresh temporary folder beside destDir, then the folder is renamed
 *    into place. On any refusal or error the temporary folder is deleted: destDir is left as it was
 *    (absent, or empty) and nothing is written outside it.
 *
 * Refused entries (UnsafeArchiveError, naming the entry):
 * - absolute paths (`/x`, `\x`, `C:x`), any `..` segment, NUL bytes, and paths resolving outside destDir;
 * - ALL links, symbolic and hard, wherever they point. Archives made by `packModel` never contain
 *   links (it stores in-folder symlinks and hard links as regular files), so this loses nothing,
 *   and it makes writing "through" a planted link impossible: every path is a plain directory.
 * - character and block devices, FIFOs and any other type that is not a regular file or a directory;
 * - the same path twice (files are opened with `wx`, never overwritten);
 * - more entries, or more bytes in all, than the limits (see {@link ExtractLimits}): the manifest's
 *   declared `unpacked` sizes when it has them, else default caps. Each entry's header states its
 *   size, so the archive is refused before the entry that crosses a limit is written.
 *
 * Resources: one file is open at a time, written synchronously as its data arrives, so the parser
 * (and the gunzip inside it) cannot run ahead of the disk: memory stays at a few chunks and open
 * files at one, whatever the ratio of compression or the number of entries (200,000 work).
 * Modes are normalised to 0644 / 0755 (executable bit kept); owners and mtimes are not restored.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { UserError } from '../../shared/errors.js';
import { formatBytes as shortBytes } from '../../shared/safe-read.js';
import { normalizeSha256, type Digest } from './digest.js';
import { formatBytes, isInside } from './pack.js';
import { verifyAsset, VerifiedAsset } from './verify.js';
import type { Readable } from 'node:stream';

/** An archive entry that could write outside the destination, or is not a plain file or folder. */
export class UnsafeArchiveError extends UserError {
  constructor(
    message: string,
    readonly entry: string,
  ) {
    super(message, { hint: 'Nothing was extracted. The archive was not made by `mlops` register-model, or was tampered with: do not use it.' });
  }
}

/** What an archive may unpack to. */
export interface ExtractLimits {
  /** Bytes of all files together. */
  maxBytes: number;
  /** Entries (files and folders). */
  maxEntries: number;
}

/** Entries accepted from an archive whose manifest declares none. */
export const DEFAULT_MAX_ENTRIES = 1_000_000;
/** Bytes accepted from an archive whose manifest declares none: this many times its own size... */
const DEFAULT_MAX_RATIO = 100;
/** ...but at least this much. */
export const DEFAULT_MIN_MAX_BYTES = 1024 ** 3;

export interface ExtractOptions {
  /** Name of the asset in errors (default: the archive's base name). */
  name?: string;
  /** Caps below the declared or default ones (tests use small ones). */
  limits?: Partial<ExtractLimits>;
}

/** The manifest's digest of the archive, and what it declares the archive unpacks to (if it does). */
export type ExpectedArchive = Digest & { unpacked?: { bytes: number; entries: number } };

/**
 * The limits an archive is held to: what its manifest declares (an honest archive unpacks to exactly
 * that), else {@link DEFAULT_MAX_ENTRIES} entries and {@link DEFAULT_MAX_RATIO} times its size (at
 * least {@link DEFAULT_MIN_MAX_BYTES}); never more than `options.limits`.
 */
export function extractLimits(expected: ExpectedArchive, options: ExtractOptions = {}): ExtractLimits & { declared: boolean } {
  const declared = expected.unpacked !== undefined;
  const maxBytes = expected.unpacked?.bytes ?? Math.max(DEFAULT_MIN_MAX_BYTES, DEFAULT_MAX_RATIO * expected.size);
  const maxEntries = expected.unpacked?.entries ?? DEFAULT_MAX_ENTRIES;
  return {
    maxBytes: Math.min(maxBytes, options.limits?.maxBytes ?? Infinity),
    maxEntries: Math.min(maxEntries, options.limits?.maxEntries ?? Infinity),
    declared,
  };
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/** The entry's destination below root, or a refusal naming it. Returns undefined for the root itself (`./`). */
function checkEntry(entry: { path: string; type: string; linkpath?: string }, root: string, archive: string): string | undefined {
  const name = entry.path;
  const refuse = (why: string) => new UnsafeArchiveError(`Refusing to extract ${archive}: entry ${JSON.stringify(name)} ${why}.`, name);
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    throw refuse(`is a ${entry.type === 'Link' ? 'hard link' : 'symbolic link'} to ${JSON.stringify(entry.linkpath ?? '')}; model archives may not contain links`);
  }
  if (entry.type === 'CharacterDevice' || entry.type === 'BlockDevice') throw refuse('is a device file');
  if (entry.type === 'FIFO') throw refuse('is a FIFO');
  if (entry.type !== 'Directory' && !FILE_TYPES.has(entry.type)) throw refuse(`has unsupported type ${entry.type}`);
  if (name.includes('\0')) throw refuse('contains a NUL byte');
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) throw refuse('has an absolute path');
  const segments = name.split(/[\\/]/);
  if (segments.includes('..')) throw refuse('contains a ".." segment');
  const clean = segments.filter((s) => s !== '' && s !== '.');
  if (clean.length === 0) {
    if (entry.type === 'Directory') return undefined;
    throw refuse('has an empty path');
  }
  const target = resolve(root, ...clean);
  if (!isInside(root, target) || target === root) throw refuse('resolves outside the destination folder');
  return target;
}

function unpackInto(input: Readable, root: string, label: string, limits: ExtractLimits & { declared: boolean }): Promise<void> {
  return new Promise<void>((resolvePromise, rejectPromise) => {
    const parser = new Parser({ strict: true });
    const folders = new Set<string>([root]);
    let entries = 0;
    let bytes = 0;
    /** The one file being written, if any. */
    let open: { fd: number; path: string } | undefined;
    let failed = false;

    const closeOpen = () => {
      if (open === undefined) return;
      const { fd } = open;
      open = undefined;
      closeSync(fd);
    };
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      input.destroy();
      try {
        closeOpen();
      } catch {
        // the error being reported matters more
      }
      rejectPromise(error instanceof Error ? error : new Error(String(error)));
    };
    const ensureFolder = (folder: string) => {
      if (folders.has(folder)) return;
      mkdirSync(folder, { recursive: true, mode: 0o755 });
      // Every ancestor exists now too: remember them all, so 200,000 entries cost 200,000 lookups.
      for (let f = folder; !folders.has(f); f = dirname(f)) folders.add(f);
    };
    const writeFailed = (entry: string, cause: unknown) =>
      new UserError(`Cannot extract entry ${JSON.stringify(entry)} of ${label} into ${root}: ${(cause as Error).message}`, {
        cause,
        hint: 'Check the free space and permissions of the destination folder, then download again.',
      });
    const limit = (what: string, value: string, entry: string) => {
      const source = limits.declared ? 'its manifest declares' : `the limit for an archive that declares no size (${DEFAULT_MAX_RATIO} times its own size, at least ${shortBytes(DEFAULT_MIN_MAX_BYTES)})`;
      return new UnsafeArchiveError(`Refusing to extract ${label}: at entry ${JSON.stringify(entry)} it holds more ${what} than ${source}: ${value}.`, entry);
    };

    parser.on('entry', (entry: ReadEntry) => {
      if (failed) {
        entry.resume();
        return;
      }
      try {
        const target = checkEntry(entry, root, label);
        entries += 1;
        if (entries > limits.maxEntries) throw limit('entries', `${limits.maxEntries}`, entry.path);
        if (target === undefined || entry.type === 'Directory') {
          if (target !== undefined) ensureFolder(target);
          entry.resume();
          return;
        }
        // The header states the size: refuse before writing a byte of the entry that crosses the cap.
        bytes += entry.size ?? 0;
        if (bytes > limits.maxBytes) throw limit('bytes', formatBytes(limits.maxBytes), entry.path);
        ensureFolder(dirname(target));
        try {
          open = { fd: openSync(target, 'wx', (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644), path: entry.path };
        } catch (cause) {
          if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw new UnsafeArchiveError(`Refusing to extract ${label}: entry ${JSON.stringify(entry.path)} appears twice.`, entry.path);
          throw writeFailed(entry.path, cause);
        }
        const fd = open.fd;
        entry.on('data', (chunk: Buffer) => {
          if (failed) return;
          try {
            // Synchronous: the parser gets the next chunk only once this one is on disk.
            for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
          } catch (cause) {
            fail(writeFailed(entry.path, cause));
          }
        });
        entry.on('end', () => {
          if (failed || open?.fd !== fd) return;
          try {
            closeOpen();
          } catch (cause) {
            fail(writeFailed(entry.path, cause));
          }
        });
      } catch (error) {
        entry.resume();
        fail(error);
      }
    });
    parser.on('warn', (code: string, message: string) => fail(new UserError(`Cannot extract ${label}: ${code} ${message}`)));
    parser.on('error', (error: Error) => fail(new UserError(`Cannot extract ${label}: it is not a valid tar.gz archive (${error.message}).`, { cause: error })));
    input.on('error', (error) => fail(error));
    parser.on('end', () => {
      if (failed) return;
      if (open !== undefined) {
        fail(new UserError(`Cannot extract ${label}: the archive ends inside entry ${JSON.stringify(open.path)}.`));
        return;
      }
      resolvePromise();
    });
    input.pipe(parser);
  });
}

/**
 * Verifies then extracts a model archive into destDir (absent or empty): see the module comment.
 * `archive` is the archive's path (verified here), or a VerifiedAsset (an archive in parts).
 */
export async function extractModel(archive: string | VerifiedAsset, destDir: string, expected: ExpectedArchive, options: ExtractOptions = {}): Promise<void> {
  const label = options.name ?? (typeof archive === 'string' ? basename(archive) : archive.name);
  const verified = typeof archive === 'string' ? await verifyAsset([archive], { name: label, size: expected.size, sha256: expected.sha256 }) : archive;
  if (!(verified instanceof VerifiedAsset) || verified.digest.size !== expected.size || verified.digest.sha256 !== normalizeSha256(expected.sha256)) {
    throw new Error(`extractModel: ${label} was verified against another digest than the one given`);
  }
  const limits = extractLimits(expected, options);

  const dest = resolve(destDir);
  let destExists = false;
  try {
    const existing = await readdir(dest);
    if (existing.length > 0) {
      throw new UserError(`Cannot extract ${label} into ${destDir}: the folder is not empty.`, { hint: 'Choose an empty or new destination folder.' });
    }
    destExists = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(dest), { recursive: true });
  const temp = await mkdtemp(join(dirname(dest), `.${basename(dest)}.extracting-`));
  try {
    await unpackInto(verified.read(), temp, label, limits);
    await chmod(temp, 0o755);
    if (destExists) await rmdir(dest);
    await rename(temp, dest);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
