/**
 * Extracts a model archive downloaded from a release, treating it as hostile input.
 *
 * 1. The archive's size and sha256 are checked against the manifest FIRST: on a mismatch nothing
 *    is extracted (IntegrityError).
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
 * - the same path twice (files are opened with `wx`, never overwritten).
 * Modes are normalised to 0644 / 0755 (executable bit kept); owners and mtimes are not restored.
 */
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Parser, type ReadEntry } from 'tar';
import { UserError } from '../../shared/errors.js';
import type { Digest } from './digest.js';
import { isInside } from './pack.js';
import { verifyFile } from './verify.js';

/** An archive entry that could write outside the destination, or is not a plain file or folder. */
export class UnsafeArchiveError extends UserError {
  constructor(
    message: string,
    readonly entry: string,
  ) {
    super(message, { hint: 'Nothing was extracted. The archive was not made by `mlops` register-model, or was tampered with: do not use it.' });
  }
}

export interface ExtractOptions {
  /** Name of the asset in errors (default: the archive's base name). */
  name?: string;
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/** The entry's destination below root, or a refusal naming it. Returns undefined for the root itself (`./`). */
export function checkEntry(entry: { path: string; type: string; linkpath?: string }, root: string, archive: string): string | undefined {
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

function unpackInto(archive: string, root: string, label: string): Promise<void> {
  return new Promise<void>((resolvePromise, rejectPromise) => {
    const input = createReadStream(archive, { highWaterMark: 1 << 20 });
    const parser = new Parser({ strict: true });
    const open = new Set<WriteStream>();
    const writes: Promise<void>[] = [];
    let failed = false;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      input.destroy();
      const closing = [...open].map((ws) => new Promise<void>((done) => (ws.closed ? done() : (ws.once('close', () => done()), ws.destroy()))));
      void Promise.all(closing).then(() => rejectPromise(error));
    };

    parser.on('entry', (entry: ReadEntry) => {
      if (failed) {
        entry.resume();
        return;
      }
      try {
        const target = checkEntry(entry, root, label);
        if (target === undefined || entry.type === 'Directory') {
          if (target !== undefined) mkdirSync(target, { recursive: true, mode: 0o755 });
          entry.resume();
          return;
        }
        mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
        const ws = createWriteStream(target, { flags: 'wx', mode: (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644 });
        open.add(ws);
        writes.push(
          new Promise<void>((done) => {
            ws.once('close', () => {
              open.delete(ws);
              done();
            });
          }),
        );
        ws.once('error', (cause) => fail(new UnsafeArchiveError(`Cannot extract entry ${JSON.stringify(entry.path)} of ${label}: ${cause.message}`, entry.path)));
        entry.pipe(ws);
      } catch (error) {
        entry.resume();
        fail(error);
      }
    });
    parser.on('warn', (code: string, message: string) => fail(new UserError(`Cannot extract ${label}: ${code} ${message}`)));
    parser.on('error', (error: Error) => fail(new UserError(`Cannot extract ${label}: it is not a valid tar.gz archive (${error.message}).`, { cause: error })));
    input.on('error', (error) => fail(error));
    parser.on('end', () => {
      void Promise.all(writes).then(() => {
        if (!failed) resolvePromise();
      });
    });
    input.pipe(parser as unknown as NodeJS.WritableStream);
  });
}

/** Verifies then extracts a model archive into destDir (absent or empty): see the module comment. */
export async function extractModel(archivePath: string, destDir: string, expected: Digest, options: ExtractOptions = {}): Promise<void> {
  const label = options.name ?? basename(archivePath);
  await verifyFile(archivePath, expected, { name: label });

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
    await unpackInto(archivePath, temp, label);
    await chmod(temp, 0o755);
    if (destExists) await rmdir(dest);
    await rename(temp, dest);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
