/**
 * The examples' trainers, run as train-and-sweep runs a trial: a child process with the protocol's
 * environment (MLOPS_PARAMS or MLOPS_PARAMS_FILE, MLOPS_OUTPUT_DIR, MLOPS_METRICS_FILE, MLOPS_SEED)
 * in a temp folder. Each must write sane metrics and a model that reproduces them, print its
 * intermediates as `mlops:metric` lines, give the same result for the same seed, and end with a
 * clear non-zero exit on bad parameters.
 *
 * examples/penguins/train.mjs needs only Node. examples/sklearn needs a python3 with scikit-learn
 * (.ci/run installs Debian's python3-sklearn when it can): where none is found, those tests skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDirs } from '../support/cli.js';
import { REPO_ROOT } from '../support/runner.js';

const PENGUINS = path.join(REPO_ROOT, 'examples', 'penguins');
const SKLEARN = path.join(REPO_ROOT, 'examples', 'sklearn');

const temps = tempDirs('mlops-trainers-');
afterAll(() => temps.cleanup());

interface TrialRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputDir: string;
  metricsFile: string;
  /** The metrics file, parsed; undefined when it was not written. */
  metrics?: Record<string, number>;
  /** The `mlops:metric` lines of stdout, parsed. */
  intermediates: Array<Record<string, number>>;
  /** The other stdout lines: the trial's log. */
  log: string[];
}

interface TrialOptions {
  /** Passed as MLOPS_PARAMS (JSON); a string is passed verbatim. */
  params?: unknown;
  /** Written to a file passed as MLOPS_PARAMS_FILE. */
  paramsFile?: unknown;
  seed?: number | string;
  env?: Record<string, string>;
}

/** Runs `file args` as one trial in a fresh temp folder (its cwd), with only the protocol's variables. */
async function runTrial(file: string, args: string[], options: TrialOptions = {}): Promise<TrialRun> {
  const dir = await temps.make();
  const outputDir = path.join(dir, 'output');
  const metricsFile = path.join(dir, 'metrics.json');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, MLOPS_OUTPUT_DIR: outputDir, MLOPS_METRICS_FILE: metricsFile };
  if (options.params !== undefined) env.MLOPS_PARAMS = typeof options.params === 'string' ? options.params : JSON.stringify(options.params);
  if (options.paramsFile !== undefined) {
    env.MLOPS_PARAMS_FILE = path.join(dir, 'params.json');
    writeFileSync(env.MLOPS_PARAMS_FILE, JSON.stringify(options.paramsFile));
  }
  if (options.seed !== undefined) env.MLOPS_SEED = String(options.seed);
  Object.assign(env, options.env);
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(file, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
  const intermediates: Array<Record<string, number>> = [];
  const log: string[] = [];
  for (const line of stdout.split('\n')) {
    if (line.startsWith('mlops:metric ')) intermediates.push(JSON.parse(line.slice('mlops:metric '.length)));
    else if (line !== '') log.push(line);
  }
  const metrics = existsSync(metricsFile) ? JSON.parse(readFileSync(metricsFile, 'utf8')) : undefined;
  return { exitCode, stdout, stderr, outputDir, metricsFile, metrics, intermediates, log };
}

/** The checks every trainer's successful trial must pass. */
function expectSaneTrial(run: TrialRun, { minAccuracy, steps }: { minAccuracy: number; steps: number }): void {
  if (run.exitCode !== 0) throw new Error(`trial exited ${run.exitCode}:\n${run.stderr}`);
  expect(run.stderr).toBe('');
  expect(run.metrics).toBeDefined();
  const metrics = run.metrics!;
  for (const name of ['accuracy', 'f1']) {
    expect(typeof metrics[name]).toBe('number');
    expect(metrics[name]).toBeGreaterThanOrEqual(0);
    expect(metrics[name]).toBeLessThanOrEqual(1);
  }
  expect(metrics.accuracy).toBeGreaterThan(minAccuracy);
  expect(metrics.f1).toBeGreaterThan(minAccuracy - 0.05);
  expect(Number.isFinite(metrics.loss)).toBe(true);
  // One intermediate per step, numbered 1..steps, each with a finite loss; training lowers it.
  expect(run.intermediates.map((i) => i.step)).toEqual(Array.from({ length: steps }, (_, i) => i + 1));
  for (const intermediate of run.intermediates) expect(Number.isFinite(intermediate.loss)).toBe(true);
  expect(run.intermediates[steps - 1].loss).toBeLessThan(run.intermediates[0].loss);
  // The last intermediate is the final model.
  expect(run.intermediates[steps - 1].eval_accuracy).toBe(metrics.accuracy);
}

/** Rows of an example CSV as objects ('NA' and '' are null). */
function readCsv(file: string): Array<Record<string, string | null>> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] === 'NA' || cells[i] === '' ? null : cells[i]]));
  });
}

describe('examples/penguins/train.mjs (softmax regression in JavaScript)', () => {
  const node = process.execPath;
  const script = path.join(PENGUINS, 'train.mjs');

  // One run with the defaults serves the tests that only read it.
  let defaults: Promise<TrialRun>;
  beforeAll(() => {
    defaults = runTrial(node, [script]);
  });

  test('with the default parameters: accuracy and macro-F1 above 0.9, one intermediate per epoch, model.json', async () => {
    const run = await defaults;
    expectSaneTrial(run, { minAccuracy: 0.9, steps: 30 });
    expect(Object.keys(run.metrics!).sort()).toEqual(['accuracy', 'f1', 'loss', 'train_accuracy', 'train_loss']);
    expect(run.log.join('\n')).toMatch(/275 train rows, 69 eval rows/);
    const model = JSON.parse(readFileSync(path.join(run.outputDir, 'model.json'), 'utf8'));
    expect(model.params).toEqual({ lr: 0.1, epochs: 30, l2: 0.0001, batch_size: 16 });
    expect(model.seed).toBe(0);
    expect(model.preprocessing.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(model.weights).toHaveLength(3);
    for (const row of model.weights) expect(row).toHaveLength(model.preprocessing.features.length);
  });

  test('model.json alone reproduces the eval accuracy (weights and preprocessing are complete)', async () => {
    const run = await defaults;
    expect(run.exitCode).toBe(0);
    const { preprocessing: prep, weights, bias } = JSON.parse(readFileSync(path.join(run.outputDir, 'model.json'), 'utf8'));
    const rows = readCsv(path.join(PENGUINS, 'data', 'eval.csv'));
    // Two eval rows miss the sex (encoded as no level at all); train rows also miss measurements.
    expect(rows.filter((row) => row.sex === null)).toHaveLength(2);
    let correct = 0;
    for (const row of rows) {
      const x: number[] = prep.numeric.map((c: string) => ((row[c] === null ? prep.mean[c] : Number(row[c])) - prep.mean[c]) / prep.std[c]);
      for (const c of prep.categorical) for (const level of prep.levels[c]) x.push(row[c] === level ? 1 : 0);
      const logits = weights.map((w: number[], k: number) => w.reduce((sum, wj, j) => sum + wj * x[j], bias[k]));
      const predicted = prep.classes[logits.indexOf(Math.max(...logits))];
      if (predicted === row[prep.label]) correct++;
    }
    expect(correct / rows.length).toBe(run.metrics!.accuracy);
  });

  test('the same seed gives the same metrics, intermediates and model; another seed another model', async () => {
    const params = { lr: 0.05, epochs: 8 };
    const [a, b, c] = await Promise.all([runTrial(node, [script], { params, seed: 42 }), runTrial(node, [script], { params, seed: 42 }), runTrial(node, [script], { params, seed: 43 })]);
    for (const run of [a, b, c]) expect(run.exitCode).toBe(0);
    expect(readFileSync(b.metricsFile, 'utf8')).toBe(readFileSync(a.metricsFile, 'utf8'));
    expect(b.intermediates).toEqual(a.intermediates);
    expect(readFileSync(path.join(b.outputDir, 'model.json'), 'utf8')).toBe(readFileSync(path.join(a.outputDir, 'model.json'), 'utf8'));
    expect(c.metrics!.train_loss).not.toBe(a.metrics!.train_loss);
  });

  test('reads MLOPS_PARAMS_FILE; nested objects are dotted names (an unknown one is named)', async () => {
    const run = await runTrial(node, [script], { paramsFile: { lr: 0.3, epochs: 5, l2: 0, batch_size: 32 } });
    expect(run.exitCode).toBe(0);
    expect(run.intermediates).toHaveLength(5);
    expect(run.log.join('\n')).toContain('"lr":0.3');
    const nested = await runTrial(node, [script], { params: { model: { depth: 3 } } });
    expect(nested.exitCode).toBe(2);
    expect(nested.stderr).toContain('unknown hyperparameter(s) model.depth');
  });

  test('hyperparameters matter: a tiny learning rate for 2 epochs does worse than the defaults', async () => {
    const run = await runTrial(node, [script], { params: { lr: 0.001, epochs: 2 } });
    expect(run.exitCode).toBe(0);
    expect(run.metrics!.accuracy).toBeLessThan(0.95);
    expect(run.metrics!.loss).toBeGreaterThan(0.5);
  });

  test.each([
    [{ lr: -0.1 }, /bad hyperparameter lr: must be a number > 0 \(got -0\.1\)/],
    [{ lr: 'fast' }, /bad hyperparameter lr: must be a number > 0 \(got "fast"\)/],
    [{ epochs: 2.5 }, /bad hyperparameter epochs: must be an integer from 1 to 10000 \(got 2\.5\)/],
    [{ l2: -1 }, /bad hyperparameter l2: must be a number >= 0/],
    [{ batch_size: 0 }, /bad hyperparameter batch_size: must be an integer >= 1/],
    [{ learning_rate: 0.1 }, /unknown hyperparameter\(s\) learning_rate; known: lr, epochs, l2, batch_size/],
    ['{"lr": ', /MLOPS_PARAMS is not valid JSON/],
    ['[0.1]', /MLOPS_PARAMS must hold a JSON object/],
    [{ lr: 1e300, epochs: 3 }, /training diverged at epoch 1 .*try a smaller lr/],
  ])('bad params %j: exit 2, a message naming the problem, no metrics', async (params, message) => {
    const run = await runTrial(node, [script], { params });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^train\.mjs: /);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(run.metrics).toBeUndefined();
  });

  test('a seed that is not an integer is refused', async () => {
    const run = await runTrial(node, [script], { seed: '1.5' });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('MLOPS_SEED must be an integer (got "1.5")');
  });
});

/** The first python3 that has scikit-learn and joblib, or undefined (found, not imported: milliseconds). */
function findSklearnPython(): string | undefined {
  const probe = 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("sklearn") and u.find_spec("joblib") else 1)';
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const result = spawnSync(candidate, ['-c', probe], { stdio: 'ignore', timeout: 20_000 });
    if (result.status === 0) return candidate;
  }
  return undefined;
}

const python = findSklearnPython();
const withSklearn = python ? describe : describe.skip;
if (!python) {
  describe('examples/sklearn', () => {
    test.skip('skipped: no python3 with scikit-learn (tried /usr/bin/python3 and python3; apt-get install python3-sklearn)', () => {});
  });
}

withSklearn('examples/sklearn/train.py (GradientBoostingClassifier in Python)', () => {
  const sh = '/bin/sh';
  const launcher = path.join(SKLEARN, 'train.sh');
  const env = { MLOPS_PYTHON: python ?? '' };

  test('through train.sh with the default parameters: accuracy and macro-F1 above 0.9, one intermediate per stage, the model', async () => {
    // Without MLOPS_PYTHON: train.sh finds a python with scikit-learn by itself.
    const run = await runTrial(sh, [launcher]);
    expectSaneTrial(run, { minAccuracy: 0.9, steps: 100 });
    expect(run.log.join('\n')).toMatch(/133 train rows, 45 eval rows, 13 features/);
    expect(existsSync(path.join(run.outputDir, 'model.joblib'))).toBe(true);
    const card = JSON.parse(readFileSync(path.join(run.outputDir, 'model.json'), 'utf8'));
    expect(card).toMatchObject({ estimator: 'GradientBoostingClassifier', params: { n_estimators: 100, learning_rate: 0.1, max_depth: 3 }, seed: 0, label: 'cultivar', classes: ['class_0', 'class_1', 'class_2'] });
    expect(card.features).toHaveLength(13);

    // The pickled model predicts the eval split as well as the metrics say.
    const predict = [
      'import csv, joblib, sys',
      'model = joblib.load(sys.argv[1])',
      'rows = list(csv.DictReader(open(sys.argv[2])))',
      'X = [[float(row[name]) for name in sys.argv[3].split(",")] for row in rows]',
      'print(sum(p == row["cultivar"] for p, row in zip(model.predict(X), rows)) / len(rows))',
    ].join('\n');
    const check = spawnSync(python!, ['-c', predict, path.join(run.outputDir, 'model.joblib'), path.join(SKLEARN, 'data', 'eval.csv'), card.features.join(',')], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(Number(check.stdout.trim())).toBeCloseTo(run.metrics!.accuracy, 12);
  });

  test('the same seed gives the same metrics and intermediates; MLOPS_PARAMS_FILE works', async () => {
    const params = { n_estimators: 15, learning_rate: 0.2, max_depth: 2 };
    const [a, b] = await Promise.all([runTrial(sh, [launcher], { env, params, seed: 7 }), runTrial(sh, [launcher], { env, paramsFile: params, seed: 7 })]);
    for (const run of [a, b]) expect(run.exitCode).toBe(0);
    expect(a.intermediates).toHaveLength(15);
    expect(readFileSync(b.metricsFile, 'utf8')).toBe(readFileSync(a.metricsFile, 'utf8'));
    expect(b.intermediates).toEqual(a.intermediates);
  });

  test.each([
    [{ learning_rate: -1 }, /bad hyperparameter learning_rate: must be a number > 0 \(got -1\)/],
    [{ n_estimators: 0 }, /bad hyperparameter n_estimators: must be an integer from 1 to 2000 \(got 0\)/],
    [{ max_depth: 2.5 }, /bad hyperparameter max_depth: must be an integer from 1 to 32 \(got 2\.5\)/],
    [{ lr: 0.1 }, /unknown hyperparameter\(s\) lr; known: n_estimators, learning_rate, max_depth/],
  ])('bad params %j: exit 2, a message naming the problem, no metrics', async (params, message) => {
    const run = await runTrial(sh, [launcher], { env, params });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('Traceback');
    expect(run.metrics).toBeUndefined();
  });

  test('export_data.py writes the committed CSVs again, byte for byte', async () => {
    const out = await temps.make();
    const result = spawnSync(python!, [path.join(SKLEARN, 'export_data.py'), '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const name of ['train.csv', 'eval.csv']) {
      expect(readFileSync(path.join(out, name), 'utf8')).toBe(readFileSync(path.join(SKLEARN, 'data', name), 'utf8'));
    }
  });
});

test('examples/sklearn/mlops.yml validates: its data passes its schema', async () => {
  const cwd = await temps.make();
  const result = await runCli(['validate', '--config', path.join(SKLEARN, 'mlops.yml')], { cwd });
  expect(result.exitCode).toBe(0);
  expect(result.stdout).toMatch(/PASSED: 0 error\(s\), 0 warning\(s\)/);
});
