/**
 * An input left empty falls through to mlops.yml, then to the built-in default (README "mlops.yml"):
 * no action.yml default may shadow a value of mlops.yml, since the runner fills a default in before
 * the action can tell it from a value the workflow set. Checked statically for every input whose
 * description names a key of schema/mlops.schema.json, and by running each action's bundle with the
 * input empty and the key set in mlops.yml (deploy-env's require_protection in deploy-env.test.ts,
 * register-model's name in register-model.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT, runActionBundle } from '../support/runner.js';
import { exampleWorkspace } from '../support/workspace.js';
import { startGitHubEmulator } from '../support/github-emulator/index.js';

/** Every dotted key of mlops.yml: `sweep.matrix.shards`, `deploy.require_protection`, ... */
function configKeys(schema: { properties?: Record<string, unknown> }, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, sub]) => {
    const dotted = prefix ? `${prefix}.${key}` : key;
    return [dotted, ...configKeys(sub as { properties?: Record<string, unknown> }, dotted)];
  });
}

test('no action.yml input that stands for a key of mlops.yml has a default', () => {
  const keys = configKeys(JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema/mlops.schema.json'), 'utf8'))).filter((k) => k.includes('.'));
  const shadowing: string[] = [];
  let mentions = 0;
  for (const action of readdirSync(path.join(REPO_ROOT, 'actions'))) {
    const inputs = parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')).inputs as Record<string, { description: string; default?: string }>;
    for (const [name, input] of Object.entries(inputs)) {
      // "Default sweep.trials, else 20", "(replaces gate.bootstrap.seed)", "Overrides data.train": the input stands for that key.
      const named = keys.filter((key) => new RegExp(`\\b(default|replaces|overrides)\\s+${key.replace(/\./g, '\\.')}(?![\\w.])`, 'i').test(input.description));
      mentions += named.length > 0 ? 1 : 0;
      if (named.length > 0 && input.default !== undefined) shadowing.push(`${action}: ${name} (default ${input.default}) shadows ${named.join(', ')}`);
    }
  }
  expect(mentions).toBeGreaterThanOrEqual(12); // the check sees the inputs it is about
  expect(shadowing).toEqual([]);
});

test('validate-data: validate.fail_on of mlops.yml decides when fail-on is empty', async () => {
  const workspace = await exampleWorkspace();
  await appendFile(path.join(workspace, 'broken/mlops.yml'), 'validate:\n  fail_on: never\n');
  const result = await runActionBundle('validate-data', { workspace, inputs: { config: 'broken/mlops.yml' } });
  expect(result.exitCode).toBe(0);
  expect(result.outputs.passed).toBe('true');
  expect(Number(result.outputs.errors)).toBeGreaterThan(0);
}, 60000);

test('train-and-sweep: sweep.matrix.shards and sweep.trials of mlops.yml decide when shards and trials are empty', async () => {
  const workspace = await exampleWorkspace();
  const config = readFileSync(path.join(workspace, 'mlops.yml'), 'utf8').replace('  trials: 20\n', '  trials: 7\n  matrix: { shards: 3 }\n');
  await writeFile(path.join(workspace, 'mlops.yml'), config);
  const result = await runActionBundle('train-and-sweep', { workspace, inputs: { mode: 'plan' } });
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.outputs.matrix)).toEqual({ shard: [0, 1, 2] });
  expect(result.stdout).toMatch(/Round 1 of 1: 7 trials over 3 legs/);
}, 60000);

test('evaluate-gate: the rules of mlops.yml decide when the rules input is empty', async () => {
  const github = await startGitHubEmulator();
  try {
    github.state.addRepo('octo-org/octo-repo');
    const workspace = await exampleWorkspace();
    await writeFile(path.join(workspace, 'metrics.json'), '{"accuracy": 0.95, "loss": 0.2}');
    const config = readFileSync(path.join(workspace, 'mlops.yml'), 'utf8').replace('{ metric: accuracy, min: 0.9 }', '{ metric: accuracy, min: 0.99 }');
    await writeFile(path.join(workspace, 'mlops.yml'), config);
    const result = await runActionBundle('evaluate-gate', {
      workspace,
      inputs: { metrics: 'metrics.json', baseline: 'none', comment: 'false', check: 'false', token: 't', repository: 'octo-org/octo-repo' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/accuracy >= 0\.99/);
  } finally {
    await github.stop();
  }
}, 60000);
