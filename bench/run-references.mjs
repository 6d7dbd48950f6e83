#!/usr/bin/env node
// Run the reference tools on a bench CSV, each in a fresh process, measuring
// wall time and peak RSS with bench/measure.mjs; print the median of N runs.
//
//   node bench/run-references.mjs [--file bench/out/data.csv] [--rows 3000000] [--runs 3] [--no-pandas]
//
// If --file does not exist it is generated first (seed 1, shift 0, --rows).
// Wall time is that of the whole process (Node/Python start-up and library load
// included); the in-process query time printed by the tool is shown as well.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCommand, median } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
let file = path.join(here, 'out', 'data.csv');
let rows = 3_000_000;
let runs = 3;
let pandas = true;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--file') file = argv[++i];
  else if (a === '--rows') rows = Number(argv[++i]);
  else if (a === '--runs') runs = Number(argv[++i]);
  else if (a === '--no-pandas') pandas = false;
  else { console.error(`unknown argument ${a}`); process.exit(2); }
}

if (!fs.existsSync(file)) {
  const g = await measureCommand(process.execPath, [path.join(here, 'generate-csv.mjs'), '--rows', String(rows), '--out', file]);
  process.stdout.write(g.stdout);
  console.log(`  generate: wall ${(g.wallMs / 1000).toFixed(2)} s, peak RSS ${g.maxRssMb.toFixed(0)} MB`);
  if (g.exitCode !== 0) { process.stderr.write(g.stderr); process.exit(1); }
}
const size = fs.statSync(file).size;
console.log(`file ${file}: ${size} bytes (${(size / 1e6).toFixed(1)} MB)`);

const tools = [
  { name: 'wc -l', cmd: 'wc', args: ['-l', file] },
  { name: 'duckdb SUMMARIZE', cmd: process.execPath, args: [path.join(here, 'reference-duckdb.mjs'), file, '--json'],
    inner: (out) => JSON.parse(out.trim().split('\n').pop()).medianMs },
];
if (pandas) {
  const py = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const probe = await measureCommand(py, ['-c', 'import pandas']);
  if (probe.exitCode === 0) {
    tools.push({ name: 'pandas read_csv+describe', cmd: py, args: [path.join(here, 'reference-pandas.py'), file],
      inner: (out) => 1000 * Number(/total ([\d.]+) s/.exec(out)?.[1]) });
  } else {
    console.log(`(pandas not importable by ${py}; skipping)`);
  }
}

const summary = [];
for (const t of tools) {
  const res = [];
  for (let r = 0; r < runs; r++) {
    const m = await measureCommand(t.cmd, t.args);
    if (m.exitCode !== 0) {
      console.error(`${t.name} failed (exit ${m.exitCode}):\n${m.stderr}`);
      break;
    }
    const inner = t.inner ? t.inner(m.stdout) : undefined;
    res.push({ ...m, inner });
    console.log(`${t.name} run ${r + 1}: wall ${(m.wallMs / 1000).toFixed(3)} s` +
      (inner !== undefined ? ` (in-process ${(inner / 1000).toFixed(3)} s)` : '') +
      `, peak RSS ${m.maxRssMb.toFixed(0)} MB [${m.rssMethod}]`);
  }
  if (!res.length) continue;
  const wall = median(res.map((x) => x.wallMs));
  summary.push({
    tool: t.name,
    'median wall s': +(wall / 1000).toFixed(3),
    'median in-process s': res[0].inner !== undefined ? +(median(res.map((x) => x.inner)) / 1000).toFixed(3) : '',
    'MB/s': Math.round(size / 1e6 / (wall / 1000)),
    'peak RSS MB': Math.round(Math.max(...res.map((x) => x.maxRssMb))),
  });
}
console.table(summary);
