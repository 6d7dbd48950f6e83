/**
 * Issue #13, sweep mistakes that used to pass silently, through the CLI bundle as a user runs it: a
 * resumed sweep asked for another method, a metric name of mlops.yml that no trial writes, progress
 * lines that cut reasons mid-word.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-sweep-mistakes-');
afterAll(() => temps.cleanup());

/** A trainer that reports `eval_loss` per step and writes `loss` and `accuracy`; x > 8 fails with a long message. */
const TRAINER = `import { writeFileSync } from 'node:fs';
const p = JSON.parse(process.env.MLOPS_PARAMS);
if (p.x > 8) { console.error('ValueError: the learning rate schedule diverged because the configured warmup is longer than the whole run'); process.exit(3); }
console.log('mlops:metric ' + JSON.stringify({ step: 1, eval_loss: p.x }));
writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ loss: p.x, accuracy: 1 / (1 + p.x) }));
`;

async function project(sweep: { metric?: string; method?: string; pruner?: string; trials?: number; parallel?: number }): Promise<string> {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
  await writeFile(path.join(dir, 'train.mjs'), TRAINER);
  await writeFile(
    path.join(dir, 'mlops.yml'),
    [
      'name: toy',
      'data:',
      '  train: data.csv',
      'train:',
      '  command: node train.mjs',
      'sweep:',
      ...(sweep.method ? [`  method: ${sweep.method}`] : []),
      `  trials: ${sweep.trials ?? 4}`,
      `  parallel: ${sweep.parallel ?? 1}`,
      `  metric: { name: ${sweep.metric ?? 'loss'}, goal: minimize }`,
      '  space:',
      '    x: { type: uniform, low: 0, high: 10 }',
      ...(sweep.pruner ? [`  pruner: { type: median, metric: ${sweep.pruner} }`] : []),
      '',
    ].join('\n'),
  );
  return dir;
}

const read = (dir: string, file: string) => readFileSync(path.join(dir, '.mlops/sweep', file), 'utf8');
const journalLines = (dir: string) => read(dir, 'journal.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { kind: string; method?: string });
const finishedCount = (dir: string) => journalLines(dir).filter((e) => e.kind === 'finished').length;

describe('a metric name of mlops.yml that the trials do not write', () => {
  test('a mistyped objective stops the sweep after the first trial, at sweep.metric.name, with a did-you-mean', async () => {
    const dir = await project({ metric: 'acuracy', trials: 6 });
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/mlops\.yml:9:\d+: sweep\.metric\.name is "acuracy", but trial 0 wrote no metric of that name .*\(it wrote: loss, accuracy\)\. Did you mean `accuracy`\?/);
    expect(result.stderr).toMatch(/How to fix: Set sweep\.metric\.name in .*mlops\.yml/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(finishedCount(dir)).toBe(1);
    expect(JSON.parse(read(dir, 'sweep-record.json')).stoppedEarly).toBe('sweep.metric.name names a metric the trials do not write');
  });

  test('a mistyped pruner metric stops the sweep after the first trial, at sweep.pruner.metric', async () => {
    const dir = await project({ pruner: 'eval_los', trials: 6 });
    const result = await runCli(['sweep'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/mlops\.yml:12:\d+: sweep\.pruner\.metric is "eval_los", but trial 0 wrote no metric of that name .*\(it wrote: eval_loss\)\. Did you mean `eval_loss`\?/);
    expect(finishedCount(dir)).toBe(1);
    // Fixed, the same sweep resumes and runs to its end.
    await writeFile(path.join(dir, 'mlops.yml'), readFileSync(path.join(dir, 'mlops.yml'), 'utf8').replace('eval_los }', 'eval_loss }'));
    const fixed = await runCli(['sweep'], { cwd: dir });
    expect(fixed.exitCode).toBe(0);
    expect(finishedCount(dir)).toBe(6);
  });
});

describe('a resumed sweep', () => {
  test('refuses another --method, changing neither the journal nor the record', async () => {
    const dir = await project({ trials: 2 });
    expect((await runCli(['sweep', '--method', 'random'], { cwd: dir })).exitCode).toBe(0);
    const journal = read(dir, 'journal.jsonl');
    const record = read(dir, 'sweep-record.json');
    const result = await runCli(['sweep', '--method', 'grid', '--trials', '3'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/started with method random, but --method grid .*asks for method grid[\s\S]*How to fix: .*drop --method \(or pass --method random\).*--fresh/);
    expect(read(dir, 'journal.jsonl')).toBe(journal);
    expect(read(dir, 'sweep-record.json')).toBe(record);
  });

  test('refuses a sweep.method changed in mlops.yml at its line; a method left unset keeps the journal\'s', async () => {
    const dir = await project({ trials: 2 });
    expect((await runCli(['sweep', '--method', 'random'], { cwd: dir })).exitCode).toBe(0);
    // No method anywhere: the sweep goes on with the journal's, and its record says so.
    const more = await runCli(['sweep', '--trials', '3'], { cwd: dir });
    expect(more.exitCode).toBe(0);
    expect(more.stderr).toContain('(method random, seed 0)');
    expect(JSON.parse(read(dir, 'sweep-record.json')).method).toBe('random');
    expect(finishedCount(dir)).toBe(3);
    await writeFile(path.join(dir, 'mlops.yml'), readFileSync(path.join(dir, 'mlops.yml'), 'utf8').replace('sweep:\n', 'sweep:\n  method: tpe\n'));
    const changed = await runCli(['sweep', '--trials', '4'], { cwd: dir });
    expect(changed.exitCode).toBe(1);
    expect(changed.stderr).toMatch(/mlops\.yml:7:\d+: .*started with method random, but sweep\.method: tpe in .*mlops\.yml:7:\d+ asks for method tpe[\s\S]*How to fix: .*set sweep\.method: random in mlops\.yml/);
    expect(finishedCount(dir)).toBe(3);
    expect(journalLines(dir)[0].method).toBe('random');
  });

  test('with fewer --trials than it has finished runs none and keeps them all', async () => {
    const dir = await project({ trials: 3, method: 'random' });
    expect((await runCli(['sweep'], { cwd: dir })).exitCode).toBe(0);
    const fewer = await runCli(['sweep', '--trials', '2'], { cwd: dir });
    expect(fewer.exitCode).toBe(0);
    expect(fewer.stderr).toMatch(/already holds 3 finished trials, at least the 2 asked for: no trial runs/);
    expect(JSON.parse(read(dir, 'sweep-record.json')).trials.total).toBe(3);
    expect(finishedCount(dir)).toBe(3);
  });
});

test('progress lines: one trial number, failure reasons cut at a word with the stderr line, no empty tail', async () => {
  const dir = await project({ method: 'grid', trials: 3 });
  await writeFile(path.join(dir, 'mlops.yml'), readFileSync(path.join(dir, 'mlops.yml'), 'utf8').replace('{ type: uniform, low: 0, high: 10 }', '{ type: categorical, choices: [9, 1, 2] }'));
  const result = await runCli(['sweep'], { cwd: dir });
  expect(result.exitCode).toBe(0);
  const lines = result.stderr.split('\n').filter((l) => l.startsWith('trial '));
  expect(lines).toHaveLength(3);
  for (const line of lines) {
    const [, number, done] = /^trial (\d+) \((\d)\/3 done\) x=(\d)/.exec(line) ?? [];
    expect(number).toBeDefined();
    expect(done).toBeDefined();
  }
  const failed = lines.find((l) => l.includes('x=9'))!;
  expect(failed).toMatch(/-> failed: exited with code 3 \(stderr: ValueError: the learning rate schedule diverged because the configured…/);
  expect(failed).not.toContain('last lines of stderr:');
  // Trial numbers are the trials' folders and the "best (trial n)" numbers.
  const best = JSON.parse(read(dir, 'best.json')) as { trial: number };
  expect(result.stderr).toContain(`best 1 (trial ${best.trial})`);
});
