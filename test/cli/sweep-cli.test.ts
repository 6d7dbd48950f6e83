import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CLI_BUNDLE, runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-sweep-');
afterAll(() => temps.cleanup());

/** A project whose trainer is a small node script: value = (x - 3)^2 + y, optionally slow or failing. */
async function project(options: { command?: string; trials?: number; extra?: string; trainer?: string } = {}): Promise<string> {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,2\n3,4\n');
  await writeFile(
    path.join(dir, 'train.mjs'),
    options.trainer ??
      `import { writeFileSync } from 'node:fs';
const p = JSON.parse(process.env.MLOPS_PARAMS);
const delay = Number(process.env.DELAY_MS ?? 0);
if (delay) await new Promise((r) => setTimeout(r, delay));
if (p.x > 8 && process.env.FAIL_HIGH) { console.error('x too high'); process.exit(3); }
console.log('mlops:metric ' + JSON.stringify({ step: 1, loss: (p.x - 3) ** 2 + p.y + 1 }));
writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ loss: (p.x - 3) ** 2 + p.y, other: 1 }));
writeFileSync(process.env.MLOPS_OUTPUT_DIR + '/model.txt', 'model ' + process.env.MLOPS_TRIAL_NUMBER);
`,
  );
  await writeFile(
    path.join(dir, 'mlops.yml'),
    `name: toy
data:
  train: data.csv
train:
  command: ${options.command ?? 'node train.mjs'}
sweep:
  method: tpe
  trials: ${options.trials ?? 6}
  parallel: 2
  seed: 7
  metric: { name: loss, goal: minimize }
  space:
    x: { type: uniform, low: 0, high: 10 }
    y: { type: categorical, choices: [0, 1, 2] }
${options.extra ?? ''}`,
  );
  return dir;
}

const trialsOf = (dir: string, out = '.mlops/sweep') => JSON.parse(readFileSync(path.join(dir, out, 'trials.json'), 'utf8')) as { number: number; params: Record<string, unknown>; state: string; value?: number; reason?: string }[];

describe('mlops sweep', () => {
  test('runs the trials, writes the tables and the best trial, and is deterministic for a seed', async () => {
    const dir = await project();
    const first = await runCli(['sweep'], { cwd: dir });
    expect(first.stderr).not.toMatch(STACK_LINE);
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toMatch(/6 trials \(6 complete, 0 pruned, 0 failed\)/);
    expect(first.stderr).toMatch(/trial \d+ \(6\/6 done\) x=[\d.]+ y=\d -> loss [\d.]+ · best [\d.]+ \(trial \d+\) · [\d.]+ s, ~0 s left/);
    const best = JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/best.json'), 'utf8'));
    expect(best.metrics).toEqual({ loss: best.value, other: 1 });
    expect(readFileSync(path.join(best.outputDir, 'model.txt'), 'utf8')).toBe(`model ${best.trial}`);
    const csv = readFileSync(path.join(dir, '.mlops/sweep/trials.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('trial,state,value,param.x,param.y,metric.loss,metric.other,seconds,attempts,reason');
    const again = await runCli(['sweep', '--fresh', '--out', 'other'], { cwd: dir });
    expect(again.exitCode).toBe(0);
    const params = (t: ReturnType<typeof trialsOf>) => t.map((x) => x.params);
    expect(params(trialsOf(dir, 'other'))).toEqual(params(trialsOf(dir)));
  });

  test('resumes: finished trials are kept, more trials continue the same sweep', async () => {
    const dir = await project();
    expect((await runCli(['sweep', '--trials', '3'], { cwd: dir })).exitCode).toBe(0);
    const three = trialsOf(dir);
    const more = await runCli(['sweep', '--trials', '5'], { cwd: dir });
    expect(more.exitCode).toBe(0);
    expect(more.stderr).toContain('Resuming the sweep');
    const five = trialsOf(dir);
    expect(five).toHaveLength(5);
    expect(five.slice(0, 3)).toEqual(three);
  });

  test('a sweep killed mid-way resumes where it stopped, running no finished trial again', async () => {
    const dir = await project({ trials: 8 });
    const child = spawn(process.execPath, [CLI_BUNDLE, 'sweep', '--parallel', '2'], { cwd: dir, env: { ...process.env, DELAY_MS: '600' }, stdio: 'ignore' });
    // Kill it as soon as the journal shows a finished trial: most of the 8 are then still to come.
    const journalFile = path.join(dir, '.mlops/sweep/journal.jsonl');
    for (let waited = 0; waited < 20000; waited += 50) {
      if (existsSync(journalFile) && readFileSync(journalFile, 'utf8').includes('"kind":"finished"')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const journal = readFileSync(path.join(dir, '.mlops/sweep/journal.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const finishedBefore = journal.filter((e) => e.kind === 'finished').map((e) => e.trial.number);
    expect(finishedBefore.length).toBeGreaterThan(0);
    expect(finishedBefore.length).toBeLessThan(8);
    const resumed = await runCli(['sweep'], { cwd: dir });
    expect(resumed.exitCode).toBe(0);
    const after = readFileSync(path.join(dir, '.mlops/sweep/journal.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const finished = after.filter((e) => e.kind === 'finished').map((e) => e.trial.number);
    expect([...finished].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // Every trial finished exactly once: nothing that had finished ran again.
    expect(new Set(finished).size).toBe(finished.length);
  }, 30000);

  test('some failed trials do not fail the sweep; the table says why they failed', async () => {
    const dir = await project({ trials: 10 });
    const result = await runCli(['sweep', '--method', 'random'], { cwd: dir, env: { FAIL_HIGH: '1' } });
    expect(result.exitCode).toBe(0);
    const failed = trialsOf(dir).filter((t) => t.state === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].reason).toMatch(/code 3[\s\S]*x too high/);
  });

  test('a command that does not exist fails every trial and the sweep, with the reason', async () => {
    const dir = await project({ command: 'no-such-trainer --x {x}', trials: 2 });
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/2 of 2 trials failed \(all of them\)/);
    expect(result.stderr).toMatch(/127|not found/);
    expect(result.stderr).toContain('How to fix');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test('an invalid space is refused before any trial runs, at its line', async () => {
    const dir = await project({ extra: '' });
    const yml = readFileSync(path.join(dir, 'mlops.yml'), 'utf8').replace('x: { type: uniform, low: 0, high: 10 }', 'x: { type: loguniform, low: 0, high: 10 }');
    await writeFile(path.join(dir, 'mlops.yml'), yml);
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/mlops\.yml:\d+:\d+: .*x/);
    expect(result.stderr).toContain('How to fix');
    expect(existsSync(path.join(dir, '.mlops/sweep/journal.jsonl'))).toBe(false);
  });

  test('an unknown placeholder in the command is refused before any trial runs', async () => {
    const dir = await project({ command: '"node train.mjs --z {z}"' });
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/\{z\}/);
    expect(existsSync(path.join(dir, '.mlops/sweep'))).toBe(false);
  });

  test('a config without train or sweep says what to add', async () => {
    const dir = await temps.make();
    await writeFile(path.join(dir, 'mlops.yml'), 'name: m\ndata:\n  train: d.csv\n');
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/has no train section[\s\S]*How to fix: Add `train:/);
  });
});

test('a journal of another space is refused with how to start over, and nothing is lost', async () => {
  const dir = await project({ trials: 2 });
  expect((await runCli(['sweep'], { cwd: dir })).exitCode).toBe(0);
  const before = readFileSync(path.join(dir, '.mlops/sweep/journal.jsonl'), 'utf8');
  const yml = readFileSync(path.join(dir, 'mlops.yml'), 'utf8').replace('high: 10 }', 'high: 20 }');
  await writeFile(path.join(dir, 'mlops.yml'), yml);
  const result = await runCli(['sweep'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).toMatch(/different sweep[\s\S]*How to fix:[\s\S]*--fresh/);
  expect(readFileSync(path.join(dir, '.mlops/sweep/journal.jsonl'), 'utf8')).toBe(before);
  expect((await runCli(['sweep', '--fresh'], { cwd: dir })).exitCode).toBe(0);
});
