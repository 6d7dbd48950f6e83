#!/usr/bin/env node
// Sampler quality: median best value after 50 trials over 20 seeds, on Branin (2-D) and Hartmann-6,
// for each sampler, against the goal of the train-and-sweep issue (beat Optuna 3.1's default TPE:
// median best <= 0.45 on Branin and <= -3.0 on Hartmann-6; Optuna's TPE gets 0.570 and -2.761,
// random search 1.144 and -1.768). Never part of npm test.
//
//   node bench/sweep-quality.mjs [--seeds 20] [--trials 50] [--sampler tpe] [--objective branin] [--json]
//
// The samplers are bundled from src/ with ncc into bench/out/sweep/ first (Node 20 cannot import
// TypeScript). Objectives run in-process for now; each is also a trial command
// (bench/objectives/branin.mjs reads MLOPS_PARAMS and writes MLOPS_METRICS_FILE) for when the bench
// moves to the runner's real trial protocol.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/build.mjs';
import { objectives } from './objectives/functions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out', 'sweep');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seeds = Number(option('seeds', 20));
const trials = Number(option('trials', 50));
const onlySampler = option('sampler');
const onlyObjective = option('objective');

const targets = { branin: 0.45, hartmann6: -3.0 };
const references = { branin: { random: 1.144, 'optuna-tpe': 0.57 }, hartmann6: { random: -1.768, 'optuna-tpe': -2.761 } };

async function loadSweep() {
  mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'entry.ts');
  const src = (file) => path.relative(out, path.join(root, 'src', 'sweep', file)).split(path.sep).join('/');
  writeFileSync(entry, [`export * from '${src('samplers/index.js')}';`, `export * from '${src('random.js')}';`, ''].join('\n'));
  await bundle(entry, path.join(out, 'bundle'));
  return import(pathToFileURL(path.join(out, 'bundle', 'index.js')).href);
}

/** One sweep: `trials` trials in sequence, each suggestion from the trial's own forked stream. */
function sweep(sweepLib, makeSampler, objective, seed) {
  const sampler = makeSampler();
  const space = objective.space;
  const goal = { metric: 'value', goal: 'minimize' };
  const root = sweepLib.createRandom(`bench/${seed}`);
  const finished = [];
  let best = Infinity;
  for (let number = 0; number < trials; number++) {
    const params = sampler.suggest(space, goal, finished, [], root.fork(number));
    const value = objective.evaluate(params);
    best = Math.min(best, value);
    finished.push({ number, params, state: 'complete', value, metrics: { value }, intermediates: [], attempts: 1, startedAt: '', seconds: 0 });
  }
  return best;
}

function quantile(sorted, q) {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const lib = await loadSweep();
const samplers = {
  random: () => new lib.RandomSampler(),
  'tpe-optuna-like': () => new lib.TpeSampler(lib.OPTUNA_TPE_OPTIONS),
  tpe: () => new lib.TpeSampler(),
  gp: () => new lib.GpSampler(),
};

const rows = [];
for (const objective of [objectives.branin, objectives.hartmann6]) {
  if (onlyObjective && objective.name !== onlyObjective) continue;
  for (const [name, make] of Object.entries(samplers)) {
    if (onlySampler && name !== onlySampler) continue;
    const started = Date.now();
    const bests = Array.from({ length: seeds }, (_, seed) => sweep(lib, make, objective, seed)).sort((a, b) => a - b);
    const median = quantile(bests, 0.5);
    rows.push({
      objective: objective.name,
      sampler: name,
      median,
      iqr: [quantile(bests, 0.25), quantile(bests, 0.75)],
      target: targets[objective.name],
      met: median <= targets[objective.name],
      seconds: (Date.now() - started) / 1000,
    });
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const fmt = (x) => x.toFixed(3);
  console.log(`${trials} trials, median best over ${seeds} seeds (minimisation)\n`);
  console.log('objective   sampler          median best   IQR                 target   met?   (random / Optuna TPE)   time');
  for (const row of rows) {
    const ref = references[row.objective];
    console.log(
      [
        row.objective.padEnd(11),
        row.sampler.padEnd(16),
        fmt(row.median).padStart(11),
        `  [${fmt(row.iqr[0])}, ${fmt(row.iqr[1])}]`.padEnd(21),
        fmt(row.target).padStart(7),
        (row.met ? 'yes' : 'no').padStart(6),
        `   (${fmt(ref.random)} / ${fmt(ref['optuna-tpe'])})`.padEnd(24),
        `${row.seconds.toFixed(1)}s`.padStart(6),
      ].join(' '),
    );
  }
}
