#!/usr/bin/env node
// Generates the per-example outputs of a candidate and a baseline binary classifier on the same
// eval set (seeded), for the gate bench and the scipy reference:
//
//   node bench/gate-generate.mjs --rows 200000 --out bench/out/gate [--seed 1] [--gain 0.15]
//
// Each row: id, label (0/1, 40% positives), prediction (score >= 0.5), score (the positive class's
// probability, 4 decimals so ties occur, as real models' rounded scores have). The candidate's scores
// separate the classes slightly better (`--gain`, default 0.05), so every metric changes a little. The baseline's
// rows are written in another order (the gate pairs them by id). Also writes both metric files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const rows = Number(option('rows', 200000));
const out = option('out', 'bench/out/gate');
const gain = Number(option('gain', 0.05));
let seed = Number(option('seed', 1)) >>> 0 || 1;

// mulberry32: a small seeded generator, enough for test data.
function next() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function normal() {
  const u = next() || 1e-12;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));

const label = new Uint8Array(rows);
const cand = new Float64Array(rows);
const base = new Float64Array(rows);
for (let i = 0; i < rows; i++) {
  label[i] = next() < 0.4 ? 1 : 0;
  const shared = normal();
  const sign = label[i] ? 1 : -1;
  // Correlated errors (a shared component), as two versions of one model have.
  base[i] = Number(sigmoid(-0.4 + sign * 1.0 + 1.0 * shared + 0.5 * normal()).toFixed(4));
  cand[i] = Number(sigmoid(-0.4 + sign * (1.0 + gain) + 1.0 * shared + 0.5 * normal()).toFixed(4));
}

function write(file, scores, order) {
  const lines = ['id,label,prediction,score'];
  for (const i of order) lines.push(`ex-${i},${label[i]},${scores[i] >= 0.5 ? 1 : 0},${scores[i]}`);
  writeFileSync(file, lines.join('\n') + '\n');
}
function metrics(scores) {
  let correct = 0, tp = 0, fp = 0, fn = 0, ll = 0, se = 0;
  for (let i = 0; i < rows; i++) {
    const p = scores[i] >= 0.5 ? 1 : 0;
    if (p === label[i]) correct++;
    if (p && label[i]) tp++;
    else if (p) fp++;
    else if (label[i]) fn++;
    const q = Math.min(1 - 1e-15, Math.max(1e-15, scores[i]));
    ll -= label[i] ? Math.log(q) : Math.log(1 - q);
    se += (p - label[i]) ** 2;
  }
  return { accuracy: correct / rows, f1: (2 * tp) / (2 * tp + fp + fn), log_loss: ll / rows, rmse: Math.sqrt(se / rows), auc: auc(scores), eval: { rows } };
}

// Mann-Whitney AUC (ties one half) through one sort.
function auc(scores) {
  const order = Int32Array.from({ length: rows }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let below = 0, pos = 0, pairs = 0;
  for (let j = 0; j < rows; ) {
    let k = j, gp = 0, gn = 0;
    while (k < rows && scores[order[k]] === scores[order[j]]) {
      if (label[order[k++]]) gp++;
      else gn++;
    }
    pairs += gp * (below + gn / 2);
    below += gn;
    pos += gp;
    j = k;
  }
  return pairs / (pos * below);
}

mkdirSync(out, { recursive: true });
const identity = Array.from({ length: rows }, (_, i) => i);
const reversed = identity.slice().reverse();
write(path.join(out, 'candidate.csv'), cand, identity);
write(path.join(out, 'baseline.csv'), base, reversed);
writeFileSync(path.join(out, 'candidate-metrics.json'), JSON.stringify(metrics(cand), null, 2));
writeFileSync(path.join(out, 'baseline-metrics.json'), JSON.stringify(metrics(base), null, 2));
