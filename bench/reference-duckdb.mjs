#!/usr/bin/env node
// Reference timing: DuckDB SUMMARIZE over the whole CSV (via @duckdb/node-api).
//
//   node bench/reference-duckdb.mjs bench/out/data.csv [--runs 3] [--threads N] [--print] [--json]
//
// Each run creates a fresh in-memory DuckDB instance, runs
//   SUMMARIZE SELECT * FROM read_csv('FILE')
// and materializes the full result (runAndReadAll + getRowObjectsJson), so the
// time covers CSV sniffing, parsing, and all per-column aggregates (min, max,
// approx_unique, avg, std, q25/q50/q75, count, null_percentage).
// Prints per-run wall time and the median. --print shows the SUMMARIZE table.
// Wrap with bench/measure.mjs (or bench/run-references.mjs) for peak RSS.

import fs from 'node:fs';

let DuckDBInstance;
try {
  ({ DuckDBInstance } = await import('@duckdb/node-api'));
} catch (e) {
  console.error('cannot load @duckdb/node-api (npm install --save-dev @duckdb/node-api; it needs the ' +
    `prebuilt @duckdb/node-bindings-<platform> package): ${e.message}`);
  process.exit(3);
}

const argv = process.argv.slice(2);
let file;
let runs = 1;
let threads;
let print = false;
let json = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs') runs = Number(argv[++i]);
  else if (a === '--threads') threads = Number(argv[++i]);
  else if (a === '--print') print = true;
  else if (a === '--json') json = true;
  else if (!file) file = a;
  else { console.error(`unexpected argument ${a}`); process.exit(2); }
}
if (!file) {
  console.error('usage: node bench/reference-duckdb.mjs FILE [--runs 3] [--threads N] [--print] [--json]');
  process.exit(2);
}
if (!fs.existsSync(file)) { console.error(`no such file: ${file}`); process.exit(2); }

const sqlStr = (s) => `'${String(s).replaceAll("'", "''")}'`;
const sql = `SUMMARIZE SELECT * FROM read_csv(${sqlStr(file)})`;

const times = [];
let rows;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : undefined);
  const conn = await instance.connect();
  const reader = await conn.runAndReadAll(sql);
  rows = reader.getRowObjectsJson(); // fully materialized as plain JS values
  const ms = performance.now() - t0;
  conn.closeSync();
  instance.closeSync?.();
  times.push(ms);
  if (!json) console.log(`run ${r + 1}: ${(ms / 1000).toFixed(3)} s (${rows.length} columns summarized)`);
}
const sorted = [...times].sort((a, b) => a - b);
const med = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]
  : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const size = fs.statSync(file).size;

if (print && !json) console.table(rows);
if (json) {
  console.log(JSON.stringify({ tool: 'duckdb-summarize', file, bytes: size, runsMs: times, medianMs: med, summary: print ? rows : undefined }));
} else {
  console.log(`duckdb SUMMARIZE ${file} (${(size / 1e6).toFixed(1)} MB): median ${(med / 1000).toFixed(3)} s over ${runs} run(s), ` +
    `${(size / 1e6 / (med / 1000)).toFixed(0)} MB/s`);
}
