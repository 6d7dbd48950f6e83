import { randomBytes } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary folders under the system's temp folder that do not outlive their process for long
 * (issue #16: killed registrations left `$TMPDIR/mlops-register-*` behind, each a packed model).
 *
 * - The name says whose it is: `<prefix><pid>-<random>`.
 * - {@link ScratchDir.dispose} removes it; so does process exit (synchronously, whatever the
 *   exit code) if nobody disposed it. A signal or SIGKILL runs no exit hook, so:
 * - making a new one first removes the folders of the same prefix whose process is gone (no such
 *   pid), and the ones in the older unnamed style (`<prefix>XXXXXX`) not touched for a day. Only
 *   folders owned by this user are touched; a live process's folder never is.
 */
export interface ScratchDir {
  readonly path: string;
  /** Removes the folder and everything in it; safe to call twice. */
  dispose(): Promise<void>;
}

/** How long an old-style (pid-less) folder may sit untouched before a new run takes it away. */
const LEGACY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const live = new Set<string>();
let exitHook = false;

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `<tmp>/<prefix>*` folders left by processes that are gone (see the module comment). */
export async function removeStaleScratchDirs(prefix: string, tmp: string = os.tmpdir(), now: number = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(tmp);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const uid = process.getuid?.();
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const full = path.join(tmp, name);
    if (live.has(full)) continue;
    const match = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    let stats;
    try {
      stats = await fs.lstat(full);
    } catch {
      continue;
    }
    if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid)) continue;
    const stale = match ? Number(match[1]) !== process.pid && !processExists(Number(match[1])) : now - stats.mtimeMs > LEGACY_MAX_AGE_MS;
    if (!stale) continue;
    await fs.rm(full, { recursive: true, force: true });
    removed.push(full);
  }
  return removed;
}

/** Makes a scratch folder `<tmp>/<prefix><pid>-<random>` after removing stale ones (see above). */
export async function makeScratchDir(prefix: string, tmp: string = os.tmpdir()): Promise<ScratchDir> {
  await removeStaleScratchDirs(prefix, tmp);
  const dir = path.join(tmp, `${prefix}${process.pid}-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(dir, { mode: 0o700 });
  live.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const left of live) rmSync(left, { recursive: true, force: true });
    });
  }
  return {
    path: dir,
    async dispose() {
      live.delete(dir);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
