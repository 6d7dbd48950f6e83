#!/usr/bin/env node
// evaluate-gate's significance bootstrap against SciPy, never part of npm test:
//
//   node bench/gate-bootstrap.mjs [--rows 200000] [--resamples 2000] [--seeds 6] [--quick] [--no-scipy]
//
// 1. Generates (seeded, once) a 200,000-row candidate and baseline per-example outputs file and both
//    metric files under bench/out/gate/ (bench/gate-generate.mjs).
// 2. Ours, end to end in a fresh process (bench/gate-run.mjs): read the four files, pair the outputs,
//    2,000 paired resamples for five metrics (accuracy, F1, log loss, RMSE, AUC), the rules, the
//    report rendered and written. Run once per seed (0..seeds-1); the time is the median.
// 3. SciPy on the same files in the same run (bench/gate-reference-scipy.py): scipy.stats.bootstrap,
//    paired=True, vectorized=True, method='percentile', the same n_resamples, batch=20, seed 0.
// 4. Agreement: the point estimates must be equal (same data, same formulas), and each interval
//    endpoint within Monte Carlo error: the standard error of an endpoint is estimated from the
//    spread of our endpoints over the seeds (the same method on the same data, so scipy's endpoint
//    has the same Monte Carlo spread); ours (seed 0) and scipy's are independent draws, so their
//    difference has standard deviation sqrt(2) * SE, and must be within 3 of those.
// Target: ours at most 0.5x scipy's wall time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../scripts/build.mjs';
import { measureCommand, median } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out', 'gate');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const quick = args.includes('--quick');
const rows = Number(option('rows', 200000));
const resamples = Number(option('resamples', 2000));
const seeds = Number(option('seeds', quick ? 4 : 6));
const python = '/usr/bin/python3';
const METRICS = ['accuracy', 'f1', 'log_loss', 'rmse', 'auc'];

mkdirSync(out, { recursive: true });
const stamp = path.join(out, `rows-${rows}`);
if (!existsSync(stamp)) {
  console.error(`generating ${rows.toLocaleString('en-US')} per-example rows per model…`);
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'gate-generate.mjs'), '--rows', String(rows), '--out', out], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('generator failed');
  writeFileSync(stamp, '');
}

const entry = path.join(out, 'entry.ts');
const src = (file) => path.relative(out, path.join(root, 'src', file)).split(path.sep).join('/');
// The modules the run uses, named directly (src/gate/index.ts exports only what the entries use).
writeFileSync(
  entry,
  [
    `export { parseGateConfig } from '${src('gate/gate-config.js')}';`,
    `export { readMetricFile } from '${src('gate/metric-file.js')}';`,
    `export { readPredictionsFile } from '${src('gate/predictions.js')}';`,
    `export { evaluateGate } from '${src('gate/evaluate.js')}';`,
    `export { renderGateReport } from '${src('report/gate-report.js')}';`,
    '',
  ].join('\n'),
);
await bundle(entry, path.join(out, 'bundle'));

async function run(label, cmd, cmdArgs) {
  const r = await measureCommand(cmd, cmdArgs, { cwd: root });
  if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return { ...r, json: JSON.parse(r.stdout.trim().split('\n').pop()) };
}

const ours = [];
for (let seed = 0; seed < seeds; seed++) {
  ours.push(await run(`ours, seed ${seed}`, process.execPath, [path.join(root, 'bench', 'gate-run.mjs'), '--dir', out, '--resamples', String(resamples), '--seed', String(seed)]));
}
const scipyAvailable = !args.includes('--no-scipy') && spawnSync(python, ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
const scipy = scipyAvailable
  ? await run('scipy', python, [path.join(root, 'bench', 'gate-reference-scipy.py'), path.join(out, 'candidate.csv'), path.join(out, 'baseline.csv'), '--resamples', String(resamples), '--seed', '0', '--batch', '20'])
  : undefined;

const pad = (s, n) => String(s).padEnd(n);
const fmt = (x, d = 5) => (x >= 0 ? '+' : '') + x.toFixed(d);
const sd = (xs) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
};
const oursWall = median(ours.map((r) => r.wallMs));
console.log(`\nevaluate-gate bootstrap: ${rows.toLocaleString('en-US')} paired examples, ${resamples.toLocaleString('en-US')} resamples, 5 metrics, percentile 95% intervals (2 cores shared, fresh process per run)\n`);
console.log(`${pad('', 52)}${pad('wall s', 9)}peak RSS MB`);
console.log(`${pad(`ours: read + pair + bootstrap + rules + report (median of ${seeds} seeds)`, 52)}${pad((oursWall / 1000).toFixed(2), 9)}${Math.max(...ours.map((r) => r.maxRssMb)).toFixed(0)}`);
const phases = ours[0].json.seconds;
console.log(`${pad('  of which (seed 0, in-process): read / gate / render', 52)}${phases.read.toFixed(2)} / ${phases.gate.toFixed(2)} / ${phases.render.toFixed(3)} s`);
if (scipy) {
  console.log(`${pad('scipy.stats.bootstrap (paired, vectorized, batch=20)', 52)}${pad((scipy.wallMs / 1000).toFixed(2), 9)}${scipy.maxRssMb.toFixed(0)}`);
  const s = scipy.json.seconds;
  console.log(`${pad('  of which: read / per metric', 52)}${s.read.toFixed(2)} / ${METRICS.map((m) => `${m} ${s[m].toFixed(1)}`).join(', ')} s`);
} else {
  console.log(`scipy: not run (${args.includes('--no-scipy') ? '--no-scipy' : `${python} cannot import scipy; apt-get install python3-scipy`})`);
}

let agree = true;
console.log(`\n${pad('metric', 10)}${pad('ours (seed 0)', 26)}${pad('scipy (seed 0)', 26)}${pad('MC SE low/high', 20)}${pad('z low/high', 16)}point equal`);
for (const metric of METRICS) {
  const mine = ours[0].json.intervals[metric];
  const se = { low: sd(ours.map((r) => r.json.intervals[metric].low)), high: sd(ours.map((r) => r.json.intervals[metric].high)) };
  const ref = scipy?.json.intervals[metric];
  const z = ref ? { low: (mine.low - ref.low) / (Math.SQRT2 * se.low), high: (mine.high - ref.high) / (Math.SQRT2 * se.high) } : undefined;
  const pointEqual = ref ? Math.abs(mine.point - ref.point) <= 1e-9 : undefined;
  if (z && (Math.abs(z.low) > 3 || Math.abs(z.high) > 3 || !pointEqual)) agree = false;
  console.log(
    `${pad(metric, 10)}${pad(`[${fmt(mine.low)}, ${fmt(mine.high)}]`, 26)}${pad(ref ? `[${fmt(ref.low)}, ${fmt(ref.high)}]` : '–', 26)}${pad(`${se.low.toExponential(1)} / ${se.high.toExponential(1)}`, 20)}${pad(z ? `${z.low.toFixed(2)} / ${z.high.toFixed(2)}` : '–', 16)}${pointEqual === undefined ? '–' : pointEqual ? 'yes' : 'NO'}`,
  );
}
if (scipy) {
  const ratio = oursWall / scipy.wallMs;
  console.log(`\ntarget: at most 0.5x scipy's time -> ${ratio <= 0.5 ? 'met' : 'NOT met'} (${ratio.toFixed(3)}x); intervals agree within Monte Carlo error (|z| <= 3, points equal) -> ${agree ? 'yes' : 'NO'}`);
}
