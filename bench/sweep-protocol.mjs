#!/usr/bin/env node
// train-and-sweep through the real trial protocol (a command per trial), never part of npm test:
//
// 1. Search quality: Branin and Hartmann-6 as trial commands (bench/objectives/*.mjs read MLOPS_PARAMS
//    and write MLOPS_METRICS_FILE), 50 trials, median best over 20 seeds, random and TPE, one trial at
//    a time as Optuna's published figures, for random, TPE and GP (Optuna 3.1 TPE: 0.570 / -2.761; random 1.144 / -1.768;
//    goal: <= 0.45 / <= -3.0).
// 2. Overhead: the time a trial costs beyond its command's own run time (median of a bare spawn of
//    the same command), and 16 trials of a 0.5 s command, 4 at a time, against the ideal 2.0 s.
//
//   node bench/sweep-protocol.mjs [--seeds 20] [--trials 50] [--quick]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from '../scripts/build.mjs';
import { objectives } from './objectives/functions.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out', 'sweep-protocol');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const quick = args.includes('--quick');
const seeds = Number(option('seeds', quick ? 5 : 20));
const trials = Number(option('trials', 50));

async function load() {
  mkdirSync(out, { recursive: true });
  const entry = path.join(out, 'entry.ts');
  const src = (file) => path.relative(out, path.join(root, 'src', file)).split(path.sep).join('/');
  writeFileSync(entry, [`export { planSweep } from '${src('sweep/plan-sweep.js')}';`, `export { runSweep } from '${src('sweep/run-sweep.js')}';`, ''].join('\n'));
  await bundle(entry, path.join(out, 'bundle'));
  return import(pathToFileURL(path.join(out, 'bundle', 'index.js')).href);
}

const quiet = { info() {}, debug() {}, warning() {}, error() {}, group: (_n, fn) => fn() };

function project(command, space, extra = '') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlops-sweep-bench-'));
  writeFileSync(path.join(dir, 'd.csv'), 'a\n1\n');
  const spaceYaml = Object.entries(space).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join('\n');
  writeFileSync(
    path.join(dir, 'mlops.yml'),
    `name: bench\ndata:\n  train: d.csv\ntrain:\n  command: ${JSON.stringify(command)}\nsweep:\n  metric: { name: value, goal: minimize }\n  space:\n${spaceYaml}\n${extra}`,
  );
  return dir;
}

async function sweepOnce(lib, dir, request) {
  const plan = await lib.planSweep({ cwd: dir, config: 'mlops.yml', out: path.join(dir, 'out'), resume: false, ...request });
  const started = performance.now();
  const outcome = await lib.runSweep(plan, quiet);
  return { outcome, seconds: (performance.now() - started) / 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const lib = await load();

// 1. Search quality through the protocol.
const targets = { branin: 0.45, hartmann6: -3.0 };
const optuna = { branin: 0.57, hartmann6: -2.761 };
const rows = [];
for (const name of ['branin', 'hartmann6']) {
  const command = `node ${path.join(root, 'bench', 'objectives', `${name}.mjs`)}`;
  for (const method of ['random', 'tpe', 'gp']) {
    const bests = [];
    const started = performance.now();
    for (let seed = 0; seed < seeds; seed++) {
      const dir = project(command, objectives[name].space);
      const { outcome } = await sweepOnce(lib, dir, { method, seed, trials, parallel: 1 });
      bests.push(outcome.result.best.value);
      rmSync(dir, { recursive: true, force: true });
    }
    rows.push({ name, method, median: median(bests), seconds: (performance.now() - started) / 1000 });
    process.stderr.write(`${name} ${method}: median best ${median(bests).toFixed(4)}\n`);
  }
}

// 2. Overhead per trial: a one-line node script that writes the metric, in a sweep and bare.
const script = project(`${process.execPath} w.cjs`, { x: { type: 'uniform', low: 0, high: 1 } });
writeFileSync(path.join(script, 'w.cjs'), `require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, 'value: 1');\n`);
const bare = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  spawnSync(process.execPath, ['w.cjs'], { cwd: script, env: { ...process.env, MLOPS_METRICS_FILE: path.join(script, 'bare.json') } });
  bare.push(performance.now() - t);
}
const n = 60;
const perTrial = await sweepOnce(lib, script, { method: 'random', trials: n, parallel: 1 });
// One trial at a time: the time from one trial's start to the next is everything a trial costs
// (sampler, journal, files, spawn, the command); medians keep a noisy neighbour's spikes out.
const starts = perTrial.outcome.result.trials.map((t) => Date.parse(t.startedAt)).sort((a, b) => a - b);
const trialMs = median(starts.slice(1).map((t, i) => t - starts[i]));
rmSync(script, { recursive: true, force: true });

// 3. 16 trials of a 0.5 s command, 4 at a time: ideal 4 waves x 0.5 s = 2.0 s.
const sleepy = project('sleep 0.5 && echo "value: 1" > "$MLOPS_METRICS_FILE"', { x: { type: 'uniform', low: 0, high: 1 } });
const waves = await sweepOnce(lib, sleepy, { method: 'random', trials: 16, parallel: 4 });
rmSync(sleepy, { recursive: true, force: true });

const pad = (s, w) => String(s).padEnd(w);
console.log(`\ntrain-and-sweep through the trial protocol (${trials} trials, median best over ${seeds} seeds, one trial at a time)\n`);
console.log(`${pad('objective', 11)}${pad('method', 8)}${pad('median best', 13)}${pad('Optuna 3.1 TPE', 16)}${pad('goal', 7)}${pad('met', 5)}time`);
for (const r of rows) {
  const met = r.method !== 'random' ? (r.median <= targets[r.name] ? 'yes' : 'no') : '';
  console.log(`${pad(r.name, 11)}${pad(r.method, 8)}${pad(r.median.toFixed(4), 13)}${pad(optuna[r.name], 16)}${pad(targets[r.name], 7)}${pad(met, 5)}${r.seconds.toFixed(0)} s`);
}
const overhead = trialMs - median(bare);
console.log(`\noverhead per trial: ${overhead.toFixed(1)} ms (a sweep trial of a one-line node script took ${trialMs.toFixed(1)} ms, start to start, median of ${n}; the same script spawned bare, ${median(bare).toFixed(1)} ms median) -> goal < 15 ms: ${overhead < 15 ? 'met' : 'NOT met'}`);
console.log(`16 trials of a 0.5 s command, 4 at a time: ${waves.seconds.toFixed(2)} s against the ideal 2.00 s (${((waves.seconds / 2 - 1) * 100).toFixed(1)}% over) -> goal within 10%: ${waves.seconds <= 2.2 ? 'met' : 'NOT met'}`);
