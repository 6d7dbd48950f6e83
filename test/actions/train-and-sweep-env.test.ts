import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runActionBundle } from '../support/runner.js';
import { exampleWorkspace } from '../support/workspace.js';

/**
 * Issue #16: a trial is the user's code (from a pull request, maybe). It gets what a `run:` step
 * gets, never the runtime token, the results and cache URLs, the OIDC request variables or the
 * action's INPUT_* that the runner hands a JavaScript action.
 */
test('a trial run by the action sees no runtime token, OIDC variables or INPUT_*, and the action still uploads', async () => {
  const { startArtifactEmulator, artifactEnv } = await import('../support/artifact-emulator/index.js');
  const emulator = await startArtifactEmulator();
  try {
    const workspace = await exampleWorkspace();
    await writeFile(
      path.join(workspace, 'print-env.mjs'),
      `import { writeFileSync } from 'node:fs';
writeFileSync(process.env.MLOPS_OUTPUT_DIR + '/env.json', JSON.stringify(process.env));
writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ loss: Math.random() }));
`,
    );
    const env: Record<string, string> = {
      ...artifactEnv(emulator, { runId: '91', jobId: '1', workspace }),
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret',
      USER_SETTING: 'kept',
    };
    const result = await runActionBundle('train-and-sweep', { workspace, env, inputs: { trials: '1', command: 'node print-env.mjs' } });
    expect(result.exitCode).toBe(0);
    // The action itself still had the token: it uploaded the best model.
    expect(result.outputs['model-artifact']).toBe('mlops-best-model');
    const seen = JSON.parse(readFileSync(path.join(result.outputs['best-output'], 'env.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(seen).filter((name) => /^(ACTIONS_|INPUT_)/.test(name))).toEqual([]);
    expect(seen).toMatchObject({ USER_SETTING: 'kept', GITHUB_WORKSPACE: workspace, MLOPS_TRIAL_NUMBER: '0' });
    expect(JSON.stringify(seen)).not.toContain(env.ACTIONS_RUNTIME_TOKEN);
  } finally {
    await emulator.stop();
  }
}, 60000);

test('SIGTERM (a cancelled job) stops the action and every trial tree at once; the journal resumes', async () => {
  const { spawn } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const { REPO_ROOT } = await import('../support/runner.js');
  const workspace = await exampleWorkspace();
  await writeFile(
    path.join(workspace, 'sleepy.mjs'),
    `import { writeFileSync } from 'node:fs';
writeFileSync(process.env.MLOPS_OUTPUT_DIR + '/../pid', String(process.pid));
await new Promise((r) => setTimeout(r, 60000));
`,
  );
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    INPUT_COMMAND: 'node sleepy.mjs',
    INPUT_TRIALS: '2',
    INPUT_PARALLEL: '2',
  };
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'train-and-sweep', 'index.js')], { cwd: workspace, env, stdio: 'ignore' });
  const pidFile = (n: number) => path.join(workspace, '.mlops/sweep/trials', String(n), 'pid');
  for (let waited = 0; waited < 20000 && !(existsSync(pidFile(0)) && existsSync(pidFile(1))); waited += 50) await new Promise((r) => setTimeout(r, 50));
  const pids = [0, 1].map((n) => Number(readFileSync(pidFile(n), 'utf8')));
  const sent = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.once('exit', (exitCode) => r(exitCode)));
  expect(code).toBe(143);
  expect(Date.now() - sent).toBeLessThan(3000);
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 20));
  const survivors = pids.filter(alive);
  for (const pid of survivors) process.kill(pid, 'SIGKILL');
  expect(survivors).toEqual([]);
  const journal = readFileSync(path.join(workspace, '.mlops/sweep/journal.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line).kind);
  expect(journal).toEqual(['header', 'started', 'started']);
}, 60000);
