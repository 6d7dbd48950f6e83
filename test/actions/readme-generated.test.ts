/**
 * The README's per-action input/output tables and its mlops.yml reference are generated from
 * actions/*\/action.yml and schema/mlops.schema.json (scripts/readme-sections.mjs, run by
 * `npm run build`): a stale README fails here, with the command that fixes it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/runner.js';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'readme-sections.mjs');
const check = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--check', ...args], { encoding: 'utf8' });

test('README.md is current with action.yml and the mlops.yml schema', () => {
  const result = check();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('a README whose tables drifted from action.yml fails the check and says how to fix it', async () => {
  const stale = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8').replace('| `mode` | `sweep` |', '| `mode` | `plan` |');
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'mlops-readme-')), 'README.md');
  await writeFile(file, stale);
  const result = check('--file', file);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/README\.md is stale[\s\S]*Run `npm run build`/);
});
