/**
 * Issue #13: sections of mlops.yml that `mlops run` would silently skip (it used to print "Pipeline
 * passed" after validate-data alone) are located errors before anything runs.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-run-sections-');
afterAll(() => temps.cleanup());

const HEAD = 'name: m\ndata:\n  train: data.csv\n';
const TRAIN = 'train:\n  command: node train.mjs\n';
const SWEEP = 'sweep:\n  metric: { name: loss, goal: minimize }\n  space:\n    x: { type: uniform, low: 0, high: 1 }\n';

const cases: { name: string; yml: string; expect: RegExp[] }[] = [
  { name: 'sweep: without train:', yml: HEAD + SWEEP, expect: [/mlops\.yml:4:1: sweep: has no train: section/, /How to fix: Add `train:/] },
  { name: 'train: without sweep:', yml: HEAD + TRAIN, expect: [/mlops\.yml:4:1: train: has no sweep: section/, /How to fix: Add `sweep:/] },
  { name: 'gate: without train: and sweep:', yml: HEAD + 'gate:\n  rules:\n    - { metric: accuracy, min: 0.9 }\n', expect: [/mlops\.yml:4:1: gate: is not used by mlops run/, /mlops gate --metrics/] },
  { name: 'deploy: without train: and sweep:', yml: HEAD + 'deploy:\n  target: { command: ./deploy.sh }\n', expect: [/mlops\.yml:4:1: deploy: is not used by mlops run/] },
  { name: 'deploy: without a target', yml: HEAD + TRAIN + SWEEP + 'deploy:\n  environments: [staging]\n', expect: [/mlops\.yml:10:1: deploy: has no target/, /deploy\.target\.command/] },
];

test.each(cases)('mlops run refuses $name at its line, before any stage runs', async ({ yml, expect: patterns }) => {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  await writeFile(path.join(dir, 'mlops.yml'), yml);
  const result = await runCli(['run'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  for (const pattern of patterns) expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stdout).not.toContain('Pipeline passed');
  expect(existsSync(path.join(dir, '.mlops'))).toBe(false);
});

test('a registry: or top-level environments: section, read by no stage, is refused by every command', async () => {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  await writeFile(path.join(dir, 'mlops.yml'), HEAD + 'environments:\n  production: {}\n');
  const result = await runCli(['validate'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).toMatch(/mlops\.yml:4:1: environments: in mlops\.yml is not used: .*deploy\.environments[\s\S]*How to fix: Move the environment names to deploy\.environments/);
  await writeFile(path.join(dir, 'mlops.yml'), HEAD + 'registry:\n  keep: 3\n');
  const registry = await runCli(['validate'], { cwd: dir });
  expect(registry.exitCode).toBe(1);
  expect(registry.stderr).toMatch(/mlops\.yml:4:1: registry: in mlops\.yml is not used/);
  expect(existsSync(path.join(dir, '.mlops'))).toBe(false);
});
