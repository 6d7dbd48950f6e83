#!/usr/bin/env node
// One end-to-end run of the gate's core, as evaluate-gate will run it: read both metric files and
// both per-example outputs files, parse the rules, pair the outputs, bootstrap the change intervals
// of five metrics, evaluate the rules, render the report and write it. Run by bench/gate-bootstrap.mjs
// in a fresh process per measurement (so the wall time includes start-up, as scipy's does).
//
//   node bench/gate-run.mjs --bundle DIR --dir bench/out/gate --resamples 2000 --seed 0
//
// Prints one JSON line: {"seconds": {read, gate, render, total}, "intervals": {metric: {low, high, point}}}.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const started = performance.now();
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dir = option('dir', 'bench/out/gate');
const gate = await import(pathToFileURL(path.join(option('bundle', path.join(dir, 'bundle')), 'index.js')).href);

const config = gate.parseGateConfig({
  rules: [
    { metric: 'accuracy', max_drop: 0.005, significant: true },
    { metric: 'f1', max_drop_pct: 1 },
    { metric: 'log_loss', max_drop: 0, significant: true },
    { metric: 'rmse', max: 0.5, severity: 'warning' },
    { metric: 'auc', min_gain: 0, significant: true },
  ],
  bootstrap: { resamples: Number(option('resamples', 2000)), seed: Number(option('seed', 0)), confidence: 0.95 },
});
const [candidate, baseline, candidateOutputs, baselineOutputs] = await Promise.all([
  gate.readMetricFile(path.join(dir, 'candidate-metrics.json')),
  gate.readMetricFile(path.join(dir, 'baseline-metrics.json')),
  gate.readPredictionsFile(path.join(dir, 'candidate.csv')),
  gate.readPredictionsFile(path.join(dir, 'baseline.csv')),
]);
const read = performance.now();
const result = gate.evaluateGate({ config, candidate, baseline, baselineLabel: 'v1', outputs: { candidate: candidateOutputs, baseline: baselineOutputs } });
const evaluated = performance.now();
const report = gate.renderGateReport({ model: 'bench', workflow: 'bench.yml', result });
writeFileSync(path.join(dir, 'gate-report.md'), report);
const done = performance.now();

const intervals = Object.fromEntries(result.metrics.filter((row) => row.interval).map((row) => [row.name, { low: row.interval.low, high: row.interval.high, point: row.interval.point }]));
const seconds = { read: (read - started) / 1000, gate: (evaluated - read) / 1000, render: (done - evaluated) / 1000, total: (done - started) / 1000 };
console.log(JSON.stringify({ seconds, verdict: result.verdict, intervals }));
