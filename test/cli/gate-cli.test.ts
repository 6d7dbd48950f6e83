/**
 * The gate on the command line (dist/cli/index.js): `mlops run` on the penguins example gates
 * against the local registry's production alias (none on the first run, the first run's version on
 * the second, with intervals from the registered eval-outputs.csv), and `mlops gate` exits 1 on a
 * failing rule with the table saying why.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { EXAMPLE_RUN_ENV, exampleWorkspace, stopExampleServers } from '../support/workspace.js';

const workspaces: string[] = [];
afterAll(() => stopExampleServers(workspaces));

test('`mlops run` twice: a first model, then a gate against the production version it registered; `mlops gate` fails on a failing rule', async () => {
  const workspace = await exampleWorkspace();
  workspaces.push(workspace);
  const first = await runCli(['run', '--config', 'mlops.yml'], { cwd: workspace, env: EXAMPLE_RUN_ENV });
  expect(first.exitCode).toBe(0);
  expect(first.stdout).toContain('[3/5] evaluate-gate (baseline penguins@production)');
  expect(first.stdout).toMatch(/Gate passed: 2 of 4 rules passed, 2 skipped \(no production model yet\)/);
  expect(first.stdout).toMatch(/registered penguins\/v1; aliases candidate, production -> v1/);
  expect(readFileSync(path.join(workspace, '.mlops/gate-report.md'), 'utf8')).toContain('No production model to compare with');

  const second = await runCli(['run', '--config', 'mlops.yml'], { cwd: workspace, env: EXAMPLE_RUN_ENV });
  expect(second.exitCode).toBe(0);
  expect(second.stdout).toMatch(/Gate passed: 4 of 4 rules passed/);
  const report = readFileSync(path.join(workspace, '.mlops/gate-report.md'), 'utf8');
  expect(report).toContain('| metric | production (v1) |');
  expect(report).toMatch(/\| registry version \| .*penguins\/v1 \(local registry\)/);
  expect(report).toMatch(/Intervals: 95% paired bootstrap .* over 69 examples/);
  // mlops.yml's gate.evaluate (node train.mjs evaluate) measured v1 on this run's eval data.
  expect(report).toContain('The baseline (v1) was re-evaluated on this run\'s eval data (gate.evaluate)');
  const record = JSON.parse(readFileSync(path.join(workspace, '.mlops/record.json'), 'utf8'));
  expect(record.gate).toMatchObject({ verdict: 'pass', baselineVersion: 1, baseline: 'v1' });
  // The first run's gate verdict went into v1's manifest (register-model reads the gate part).
  const manifest = JSON.parse((await runCli(['models', 'show', 'penguins:1'], { cwd: workspace })).stdout);
  expect(manifest.gate).toEqual({ verdict: 'pass', baselineVersion: null, reasons: [] });

  const config = path.join(workspace, 'mlops.yml');
  await writeFile(config, (await readFile(config, 'utf8')).replace('{ metric: accuracy, min: 0.9 }', '{ metric: accuracy, min: 0.9999 }'));
  const failed = await runCli(['gate'], { cwd: workspace });
  expect(failed.exitCode).toBe(1);
  expect(failed.stdout).toMatch(/✗ Gate failed: accuracy >= 0\.9999/);
  expect(failed.stdout).toMatch(/^accuracy\s+0\.9855\s+0\.9855\s+0\s+.*fail$/m);
}, 60000);
