/**
 * Issue #16, trial outputs that used to kill the sweep: through the CLI bundle, as a user runs it.
 * A trial's failure stays that trial's failure; SIGTERM stops the trials and leaves a journal that
 * resumes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CLI_BUNDLE, runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-sweep-hostile-');
afterAll(() => temps.cleanup());

async function project(trainer: string, trials: number): Promise<string> {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  await writeFile(path.join(dir, 'train.mjs'), trainer);
  await writeFile(
    path.join(dir, 'mlops.yml'),
    `name: toy
data:
  train: data.csv
train:
  command: node train.mjs
sweep:
  method: random
  trials: ${trials}
  parallel: 2
  seed: 7
  metric: { name: loss, goal: minimize }
  space:
    x: { type: uniform, low: 0, high: 10 }
`,
  );
  return dir;
}

type Trial = { number: number; state: string; reason?: string };
const trialsOf = (dir: string) => JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/trials.json'), 'utf8')) as Trial[];
const journalOf = (dir: string) =>
  readFileSync(path.join(dir, '.mlops/sweep/journal.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { kind: string; number?: number; trial?: Trial });

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return true;
  }
}

test('a FIFO, a /dev/zero link and 200,000-deep JSON as metrics fail their trials; the sweep finishes', async () => {
  const dir = await project(
    `import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
const file = process.env.MLOPS_METRICS_FILE;
const n = Number(process.env.MLOPS_TRIAL_NUMBER);
if (n === 0) execFileSync('mkfifo', [file]);
else if (n === 1) symlinkSync('/dev/zero', file);
else if (n === 2) writeFileSync(file, '{"loss": 1, "deep": ' + '['.repeat(200000) + ']'.repeat(200000) + '}');
else writeFileSync(file, JSON.stringify({ loss: n }));
`,
    5,
  );
  const started = Date.now();
  const result = await runCli(['sweep'], { cwd: dir, timeoutMs: 30000 });
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.exitCode).toBe(0);
  expect(Date.now() - started).toBeLessThan(20000);
  const trials = trialsOf(dir);
  expect(trials.map((t) => t.state)).toEqual(['failed', 'failed', 'failed', 'complete', 'complete']);
  expect(trials[0].reason).toMatch(/metrics file .* is a FIFO \(named pipe\), not a regular file; write only the final metrics/);
  expect(trials[1].reason).toMatch(/metrics file .* is a character device, not a regular file/);
  expect(trials[2].reason).toMatch(/metrics file .* is nested more than 100 levels deep/);
  // Resuming the finished sweep runs nothing again and does not crash.
  const again = await runCli(['sweep'], { cwd: dir });
  expect(again.exitCode).toBe(0);
  expect(journalOf(dir).filter((e) => e.kind === 'finished')).toHaveLength(5);
}, 60000);

test('SIGTERM stops the running trials at once; the journal resumes them', async () => {
  const dir = await project(
    `import { writeFileSync } from 'node:fs';
writeFileSync(process.env.MLOPS_OUTPUT_DIR + '/../pid', String(process.pid));
if (!process.env.FAST) await new Promise((r) => setTimeout(r, 60000));
writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ loss: Number(process.env.MLOPS_TRIAL_NUMBER) }));
`,
    3,
  );
  const child = spawn(process.execPath, [CLI_BUNDLE, 'sweep'], { cwd: dir, stdio: 'ignore' });
  const pidFile = (n: number) => path.join(dir, '.mlops/sweep/trials', String(n), 'pid');
  for (let waited = 0; waited < 20000 && !(existsSync(pidFile(0)) && existsSync(pidFile(1))); waited += 50) await new Promise((r) => setTimeout(r, 50));
  const pids = [0, 1].map((n) => Number(readFileSync(pidFile(n), 'utf8')));
  const sent = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.once('exit', (exitCode) => r(exitCode)));
  expect(Date.now() - sent).toBeLessThan(3000);
  expect(code).toBe(143);
  for (let i = 0; i < 50 && !pids.every(gone); i++) await new Promise((r) => setTimeout(r, 20));
  expect(pids.filter((pid) => !gone(pid))).toEqual([]);
  // Started, never finished: the next run runs them again.
  expect(journalOf(dir).map((e) => e.kind)).toEqual(['header', 'started', 'started']);
  const resumed = await runCli(['sweep'], { cwd: dir, env: { FAST: '1' } });
  expect(resumed.exitCode).toBe(0);
  expect(trialsOf(dir).map((t) => t.state)).toEqual(['complete', 'complete', 'complete']);
  expect(readdirSync(path.join(dir, '.mlops/sweep/trials')).sort()).toEqual(['0', '1', '2']);
}, 60000);
