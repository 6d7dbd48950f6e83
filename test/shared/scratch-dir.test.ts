/**
 * Issue #16: killed registrations left `$TMPDIR/mlops-register-*` behind. Scratch folders are named
 * by pid, removed on dispose and at exit, and the next run removes those of dead processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeScratchDir, removeStaleScratchDirs } from '../../src/shared/scratch-dir.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mlops-scratch-test-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A pid that no process has: a child that has exited (and was reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

test('a new scratch folder removes those of killed runs, keeps live and foreign ones, and disposes', async () => {
  const killed = path.join(tmp, `mlops-register-${deadPid()}-0123456789ab`);
  const alive = path.join(tmp, `mlops-register-${process.ppid}-0123456789ab`);
  const legacyOld = path.join(tmp, 'mlops-register-AbC123');
  const legacyNew = path.join(tmp, 'mlops-register-XyZ789');
  const other = path.join(tmp, `mlops-upload-${deadPid()}-0123456789ab`);
  for (const dir of [killed, alive, legacyOld, legacyNew, other]) {
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'model.tar.gz'), 'x');
  }
  const dayAgo = (Date.now() - 25 * 3600 * 1000) / 1000;
  utimesSync(legacyOld, dayAgo, dayAgo);

  const scratch = await makeScratchDir('mlops-register-', tmp);
  expect(path.basename(scratch.path)).toMatch(new RegExp(`^mlops-register-${process.pid}-[0-9a-f]{12}$`));
  expect(readdirSync(tmp).sort()).toEqual([path.basename(alive), path.basename(legacyNew), path.basename(scratch.path), path.basename(other)].sort());
  // A second one in the same process leaves the first alone.
  const second = await makeScratchDir('mlops-register-', tmp);
  expect(existsSync(scratch.path)).toBe(true);
  await scratch.dispose();
  await second.dispose();
  expect(existsSync(scratch.path)).toBe(false);
  expect(await removeStaleScratchDirs('mlops-upload-', tmp)).toEqual([other]);
});
