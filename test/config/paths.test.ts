/**
 * Issue #13, the one path rule (src/config/paths.ts, README "mlops.yml"): the defaults of every command
 * that reads mlops.yml land in `.mlops/` beside it, whatever the working directory; paths given as
 * options are against the working directory. Through the CLI bundle, from the project's parent folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-paths-');
afterAll(() => temps.cleanup());

test('validate, sweep, gate and register from another folder write beside mlops.yml; options are against the working directory', async () => {
  const cwd = await temps.make();
  const project = path.join(cwd, 'proj');
  await mkdir(project);
  await writeFile(path.join(project, 'data.csv'), 'a,b\n1,2\n3,4\n');
  await writeFile(path.join(project, 'train.mjs'), "import { writeFileSync } from 'node:fs';\nconst p = JSON.parse(process.env.MLOPS_PARAMS);\nwriteFileSync(process.env.MLOPS_OUTPUT_DIR + '/model.txt', 'm');\nwriteFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ loss: p.x }));\n");
  await writeFile(
    path.join(project, 'mlops.yml'),
    'name: toy\ndata:\n  train: data.csv\ntrain:\n  command: node train.mjs\nsweep:\n  method: random\n  trials: 2\n  parallel: 2\n  metric: { name: loss, goal: minimize }\n  space:\n    x: { type: uniform, low: 0, high: 4 }\n',
  );
  const config = ['--config', 'proj/mlops.yml'];
  for (const command of [['validate'], ['sweep'], ['gate'], ['register']]) {
    const result = await runCli([...command, ...config], { cwd });
    expect(`${command[0]}: ${result.exitCode} ${result.stderr}`).toBe(`${command[0]}: 0 ${result.stderr}`);
  }
  const beside = path.join(project, '.mlops');
  for (const file of ['profile.json', 'validate-report.json', 'record.json', 'sweep/journal.jsonl', 'gate-report.md', 'checks', 'registry']) expect(existsSync(path.join(beside, file))).toBe(true);
  expect(readdirSync(cwd)).toEqual(['proj']);
  // Options given on the command line are against the working directory.
  const given = await runCli(['sweep', ...config, '--out', 'my-sweep', '--record', 'my-record.json'], { cwd });
  expect(given.exitCode).toBe(0);
  expect(existsSync(path.join(cwd, 'my-sweep', 'journal.jsonl'))).toBe(true);
  expect(existsSync(path.join(cwd, 'my-record.json'))).toBe(true);
});
