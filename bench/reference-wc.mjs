#!/usr/bin/env node
// Reference timing: `wc -l FILE` — the floor for "read every byte once".
//
//   node bench/reference-wc.mjs bench/out/data.csv [--runs 3] [--json]
//
// Note: wc -l counts physical newlines, so it reports header + rows + the
// newlines embedded in quoted comment fields (about 1 per 10,000 rows).

import { spawn } from 'node:child_process';
import fs from 'node:fs';

const argv = process.argv.slice(2);
let file;
let runs = 1;
let json = false;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--runs') runs = Number(argv[++i]);
  else if (a === '--json') json = true;
  else if (!file) file = a;
  else { console.error(`unexpected argument ${a}`); process.exit(2); }
}
if (!file) { console.error('usage: node bench/reference-wc.mjs FILE [--runs 3] [--json]'); process.exit(2); }
if (!fs.existsSync(file)) { console.error(`no such file: ${file}`); process.exit(2); }

function wc() {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn('wc', ['-l', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c) => { out += c; });
    p.once('error', reject);
    p.once('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`wc exited with ${code}`));
      else resolve({ ms, lines: Number(out.trim().split(/\s+/)[0]) });
    });
  });
}

const times = [];
let lines;
for (let r = 0; r < runs; r++) {
  const res = await wc();
  times.push(res.ms);
  lines = res.lines;
  if (!json) console.log(`run ${r + 1}: ${(res.ms / 1000).toFixed(3)} s (${lines} lines)`);
}
const s = [...times].sort((a, b) => a - b);
const med = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
const size = fs.statSync(file).size;
if (json) console.log(JSON.stringify({ tool: 'wc-l', file, bytes: size, lines, runsMs: times, medianMs: med }));
else console.log(`wc -l ${file} (${(size / 1e6).toFixed(1)} MB): median ${(med / 1000).toFixed(3)} s over ${runs} run(s), ${lines} lines`);
