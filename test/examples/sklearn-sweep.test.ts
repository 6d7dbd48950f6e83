/**
 * The scikit-learn example swept end to end through the CLI bundle: the trial protocol from Python.
 * Runs where a python3 with scikit-learn exists (.ci/run installs Debian's python3-sklearn).
 */
import { spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDirs } from '../support/cli.js';
import { REPO_ROOT } from '../support/runner.js';

const temps = tempDirs('mlops-sklearn-sweep-');
afterAll(() => temps.cleanup());

const probe = 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("sklearn") and u.find_spec("joblib") else 1)';
const hasSklearn = ['python3', '/usr/bin/python3'].some((python) => spawnSync(python, ['-c', probe]).status === 0);

(hasSklearn ? test : test.skip)('a 4-trial sweep of the wine example completes and hands on its best model', async () => {
  const dir = await temps.make();
  await cp(path.join(REPO_ROOT, 'examples', 'sklearn'), dir, { recursive: true });
  const result = await runCli(['sweep', '--trials', '4', '--parallel', '2'], { cwd: dir, timeoutMs: 120000 });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toMatch(/4 trials \(4 complete/);
  const best = JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/best.json'), 'utf8'));
  expect(best.metrics.accuracy).toBeGreaterThan(0.6);
  expect(readFileSync(path.join(best.outputDir, 'model.json'), 'utf8')).toContain('sklearn');
}, 150000);
