/**
 * Filesystem primitives that stay correct when several processes share one `.mlops/` folder
 * (parallel sweep legs, two terminals). Exclusivity comes from the kernel: `link()` and `mkdir()`
 * fail with EEXIST when the target exists, and `rename()` replaces a file in one step.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Whether a Node system error has this code. Not `instanceof Error`: errors from another realm (vm, jest) fail that. */
export function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

/** Replaces `target` with `content` so readers see the old or the new file, never a partial one. */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempName(target);
  await fs.writeFile(temp, content);
  await fs.rename(temp, target);
}

/**
 * Creates `target` with `content` only if it does not exist; returns false when it does. The file
 * is written aside and hard-linked into place, so it is never visible half-written.
 */
export async function createFileExclusive(target: string, content: string): Promise<boolean> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = tempName(target);
  await fs.writeFile(temp, content);
  try {
    await fs.link(temp, target);
    return true;
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** Reads a file, or undefined when it does not exist. */
export async function readFileIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/** Entries of a folder; empty when it does not exist. */
export async function listDir(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}

/**
 * Allocates the next free numeric id in `dir` by creating the folder `dir/<id>`; mkdir's
 * exclusivity means two processes never receive the same id.
 */
export async function allocateId(dir: string): Promise<number> {
  await fs.mkdir(dir, { recursive: true });
  for (;;) {
    const used = (await listDir(dir)).map(Number).filter(Number.isInteger);
    const id = used.length === 0 ? 1 : Math.max(...used) + 1;
    try {
      await fs.mkdir(path.join(dir, String(id)));
      return id;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
  }
}

/** A name usable as one path segment, reversible with decodeSegment. */
export function encodeSegment(name: string): string {
  return encodeURIComponent(name).replace(/\./g, '%2E');
}

export function decodeSegment(segment: string): string {
  return decodeURIComponent(segment);
}

/** ISO timestamp at second precision, the way GitHub writes them. */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
