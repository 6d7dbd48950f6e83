#!/usr/bin/env node
// Sweep quality in parallel: median best value (minimisation: lower is better) over seeds, for our
// TPE (and GP with --methods tpe,gp) one trial at a time, `parallel` 4/8/16 trials at once, and a
// job matrix of 4 legs x 3 rounds, beside Optuna's TPESampler(constant_liar=True) asked in batches
// of the same size in the same run (bench/sweep-optuna.py; every trial of a batch is asked before
// any of it is told). Never part of npm test.
//
//   node bench/sweep-batch.mjs [--objectives branin,hartmann6,training] [--trials 40,100]
//        [--batches 1,4,8,16,matrix] [--seeds 45] [--methods tpe] [--no-optuna] [--quick] [--json]
//
// Our sweeps run the real code: local batches go through runStudy (src/sweep/study.ts) with an
// executor that evaluates the objective in-process; the matrix plans rounds with planMatrixRound and
// runs each leg's study with legHistory (src/sweep/matrix/leg.ts), exactly as `mlops sweep-plan/-shard/-collect` do,
// without the artifact round trip. For the matrix, Optuna is asked in batches of a round's size.
// Without Optuna (python3 -c 'import optuna' fails) the table shows the figures published in the
// README instead and says so.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/build.mjs';
import { objectives } from './objectives/functions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out', 'sweep-batch');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.lastIndexOf(`--${name}`) + 1] : fallback);
const list = (name, fallback) => String(option(name, fallback)).split(',').filter(Boolean);
const quick = args.includes('--quick');
const seeds = Number(option('seeds', quick ? 9 : 45)); // fewer than 45 leave some cells unsettled
const objectiveNames = list('objectives', quick ? 'branin,training' : 'branin,hartmann6,training');
const budgets = list('trials', quick ? '40' : '40,100').map(Number);
const batches = list('batches', '1,4,8,16,matrix');
const methods = list('methods', 'tpe');
const MATRIX = { shards: 4, rounds: 3 };
const python = process.env.MLOPS_BENCH_PYTHON ?? '/usr/bin/python3';

for (const name of objectiveNames) {
  if (!objectives[name]) throw new Error(`unknown objective ${name}; one of ${Object.keys(objectives).join(', ')}`);
}

async function load() {
  mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'entry.ts');
  const src = (file) => path.relative(out, path.join(root, 'src', 'sweep', file)).split(path.sep).join('/');
  writeFileSync(
    entry,
    [
      `export { runStudy } from '${src('study.js')}';`,
      `export { samplerFor } from '${src('plan-sweep.js')}';`,
      `export { createRandom } from '${src('random.js')}';`,
      `export { planMatrixRound } from '${src('matrix/matrix-plan.js')}';`,
      `export { legHistory } from '${src('matrix/leg.js')}';`,
      '',
    ].join('\n'),
  );
  await bundle(entry, path.join(out, 'bundle'));
  return import(pathToFileURL(path.join(out, 'bundle', 'index.js')).href);
}

const minimize = { metric: 'value', goal: 'minimize' };
const frozen = (number, params, value) => ({ number, params, state: 'complete', value, metrics: { value }, intermediates: [], attempts: 1, startedAt: '', seconds: 0 });
const nop = { name: 'none', shouldPrune: () => false };

/** One study through runStudy, the objective evaluated in-process. */
function study(lib, method, objective, settings, seed, history) {
  const base = lib.createRandom(seed);
  return lib.runStudy(
    { space: objective.space, objective: minimize, maxFailedShare: 1, ...settings },
    lib.samplerFor({ method, seed }),
    nop,
    async ({ number, params }) => frozen(number, params, objective.evaluate(params)),
    { started() {}, finished() {} },
    (number) => base.fork(number),
    history,
  );
}

/** Our local sweep: `parallel` trials at once. */
async function ours(lib, method, objective, trials, parallel, seed) {
  return (await study(lib, method, objective, { trials, parallel }, `bench/${seed}`)).best.value;
}

/** Our matrix sweep: rounds planned from every result so far, each leg learning from its own trials. */
async function oursMatrix(lib, method, objective, trials, seed) {
  const plan = { space: objective.space, objective: minimize, method, seed: `bench/${seed}`, trials, matrix: MATRIX };
  const history = [];
  for (let round = 1; round <= MATRIX.rounds && history.length < trials; round++) {
    const matrix = lib.planMatrixRound(plan, history, { sweepId: 'bench', round, shards: MATRIX.shards });
    const done = [];
    for (const leg of matrix.legs) {
      // A leg runs its trials in a row (one at a time on its runner), as the shard step does.
      const legHistory = lib.legHistory(method, matrix, leg);
      const result = await study(lib, method, objective, { trials: leg.trials.length, parallel: 1 }, plan.seed, legHistory);
      done.push(...result.trials);
    }
    history.push(...done);
  }
  return Math.min(...history.map((t) => t.value));
}

/** The trials of each matrix round (the remaining budget spread over the remaining rounds). */
function roundSizes(trials) {
  const sizes = [];
  let done = 0;
  for (let round = 1; round <= MATRIX.rounds; round++) {
    const size = Math.ceil((trials - done) / (MATRIX.rounds - round + 1));
    sizes.push(size);
    done += size;
  }
  return sizes;
}

/** A line-per-request conversation with bench/sweep-optuna.py. */
async function startOptuna() {
  const child = spawn(python, [path.join(root, 'bench', 'sweep-optuna.py')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const failed = new Promise((resolve) => child.on('error', (error) => resolve({ value: JSON.stringify({ missing: error.message }) })));
  const receive = async () => {
    const line = await Promise.race([lines.next(), failed]);
    return line.done ? { missing: 'the Optuna helper exited' } : JSON.parse(line.value);
  };
  const hello = await receive();
  if (hello.missing) {
    child.kill();
    return { missing: hello.missing };
  }
  const request = async (message) => {
    child.stdin.write(`${JSON.stringify(message)}\n`);
    const answer = await receive();
    if (answer.error || answer.missing) throw new Error(`Optuna helper: ${answer.error ?? answer.missing}`);
    return answer;
  };
  return { version: hello.version, request, close: () => child.stdin.end() };
}

/** Optuna TPE with the constant liar, asked in batches of `sizes` (repeated until `trials`). */
async function optunaSweep(optuna, objective, trials, sizes, seed) {
  await optuna.request({ start: { space: objective.space, seed } });
  let best = Infinity;
  for (let done = 0, i = 0; done < trials; i++) {
    const size = Math.min(sizes[Math.min(i, sizes.length - 1)], trials - done);
    const { trials: asked } = await optuna.request({ ask: size });
    const told = asked.map((t) => [t.number, objective.evaluate(t.params)]);
    await optuna.request({ tell: told });
    for (const [, value] of told) best = Math.min(best, value);
    done += size;
  }
  return best;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

// Optuna 5.0.0's figures in the README's sweep section (this bench, 45 seeds), shown when Optuna is missing.
const PUBLISHED = {
  'branin/40/1': 0.716, 'branin/40/4': 0.562, 'branin/40/8': 0.708, 'branin/40/16': 0.828, 'branin/40/matrix': 0.761,
  'branin/100/1': 0.427, 'branin/100/4': 0.415, 'branin/100/8': 0.44, 'branin/100/16': 0.445, 'branin/100/matrix': 0.491,
  'hartmann6/40/1': -2.72, 'hartmann6/40/4': -2.625, 'hartmann6/40/8': -2.313, 'hartmann6/40/16': -2.257, 'hartmann6/40/matrix': -2.28,
  'hartmann6/100/1': -3.222, 'hartmann6/100/4': -3.163, 'hartmann6/100/8': -3.113, 'hartmann6/100/16': -3.032, 'hartmann6/100/matrix': -2.632,
  'training/40/1': 0.0632, 'training/40/4': 0.0824, 'training/40/8': 0.0925, 'training/40/16': 0.0944, 'training/40/matrix': 0.0919,
  'training/100/1': 0.034, 'training/100/4': 0.0379, 'training/100/8': 0.0432, 'training/100/16': 0.0444, 'training/100/matrix': 0.0752,
};

const lib = await load();
const optuna = args.includes('--no-optuna') ? { missing: '--no-optuna' } : await startOptuna();
if (optuna.missing) console.error(`Optuna is not importable (${optuna.missing}): showing its published figures instead.`);

const rows = [];
for (const name of objectiveNames) {
  const objective = objectives[name];
  for (const trials of budgets) {
    for (const batch of batches) {
      const sizes = batch === 'matrix' ? roundSizes(trials) : [Number(batch)];
      const row = { objective: name, trials, batch, ours: {}, optuna: undefined, seconds: 0 };
      const started = performance.now();
      // Ours and Optuna interleaved seed by seed, so a busy machine slows both alike.
      const bests = Object.fromEntries(methods.map((m) => [m, []]));
      const reference = [];
      for (let seed = 0; seed < seeds; seed++) {
        for (const method of methods) {
          bests[method].push(batch === 'matrix' ? await oursMatrix(lib, method, objective, trials, seed) : await ours(lib, method, objective, trials, sizes[0], seed));
        }
        if (!optuna.missing) reference.push(await optunaSweep(optuna, objective, trials, sizes, seed));
      }
      for (const method of methods) row.ours[method] = median(bests[method]);
      row.optuna = optuna.missing ? PUBLISHED[`${name}/${trials}/${batch}`] : median(reference);
      row.seconds = (performance.now() - started) / 1000;
      rows.push(row);
      process.stderr.write(`${name} ${trials} trials, batch ${batch}: ${methods.map((m) => `${m} ${row.ours[m].toFixed(4)}`).join(', ')}, Optuna ${row.optuna?.toFixed(4) ?? '-'} (${row.seconds.toFixed(0)} s)\n`);
    }
  }
}
optuna.close?.();

if (args.includes('--json')) {
  console.log(JSON.stringify({ seeds, optuna: optuna.version ?? null, rows }, null, 2));
} else {
  const fmt = (x) => (x === undefined ? '–' : Number(x.toPrecision(4)).toString());
  const source = optuna.missing ? 'Optuna: published figures (not installed here)' : `Optuna ${optuna.version} TPE, constant_liar, asked in batches of the same size`;
  console.log(`\nsweep quality in parallel: median best over ${seeds} seeds, minimisation (lower is better); ${source}\n`);
  const head = ['objective', 'trials', 'at once', ...methods.map((m) => `ours ${m}`), 'Optuna TPE', 'ours <= Optuna'];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) {
    const atOnce = r.batch === 'matrix' ? `matrix ${MATRIX.shards}x${MATRIX.rounds}` : r.batch;
    const met = r.optuna === undefined ? '–' : r.ours.tpe !== undefined && r.ours.tpe <= r.optuna ? 'yes' : 'no';
    console.log(`| ${[r.objective, r.trials, atOnce, ...methods.map((m) => fmt(r.ours[m])), fmt(r.optuna), met].join(' | ')} |`);
  }
}
