// npm run bench: the performance figures of the suite, printed as a table (never part of npm test).
//
// validate-data: a generated 3,000,000-row, 12-column CSV (~250 MB) validated with the full schema
// (bench/schema.yml), profiled, and compared for drift with the profile of a second, shifted file,
// through the CLI bundle exactly as a user runs it. References on the same file and machine:
// DuckDB's SUMMARIZE and `wc -l`. Then the same on a 1 GB file, to show memory stays flat.
//
//   node scripts/bench.mjs [--quick]   (--quick: skip the 1 GB file, 5 seeds instead of 20 for the sweep)
//
// Then register-model (a 1 GiB model, peak memory) and train-and-sweep (bench/sweep-protocol.mjs): sampler quality on Branin and Hartmann-6 and the
// per-trial overhead, through the real trial protocol; and sweeps in parallel (bench/sweep-batch.mjs): our
// TPE at 1/4/8/16 trials at once and over a 4x3 job matrix beside Optuna 5's batch TPE (median best over
// 15 seeds; MLOPS_BENCH_SWEEP="--objectives training --trials 40 --seeds 9" picks a subset; --quick runs
// Branin and the training objective at 40 trials; about 15 minutes in full). Then evaluate-gate (bench/gate-bootstrap.mjs): the
// significance bootstrap on 200,000 paired examples beside scipy.stats.bootstrap.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { measureCommand, median } from '../bench/measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'bench', 'out');
const quick = process.argv.includes('--quick');
const runs = 3;
mkdirSync(out, { recursive: true });

async function generate(file, rows, extra = []) {
  if (existsSync(file)) return;
  console.error(`generating ${path.relative(root, file)} (${rows.toLocaleString('en-US')} rows)…`);
  const result = await measureCommand('node', ['bench/generate-csv.mjs', '--rows', String(rows), '--out', file, '--quiet', ...extra], { cwd: root });
  if (result.exitCode !== 0) throw new Error(`generator failed: ${result.stderr}`);
}

async function timed(label, cmd, args, count = runs) {
  const results = [];
  for (let i = 0; i < count; i++) {
    const r = await measureCommand(cmd, args, { cwd: root });
    if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
    results.push(r);
  }
  return { label, wallMs: median(results.map((r) => r.wallMs)), maxRssMb: Math.max(...results.map((r) => r.maxRssMb)) };
}

const cli = path.join(root, 'dist', 'cli', 'index.js');
const validateArgs = (data, baseline) => [cli, 'validate', '--data', data, '--schema', 'bench/schema.yml', '--baseline', baseline, '--fail-on', 'never', '--quiet', '--profile-out', path.join(out, 'profile.json'), '--report', path.join(out, 'report.json')];

const data = path.join(out, 'data.csv');
const shifted = path.join(out, 'data-shift.csv');
const baseline = path.join(out, 'baseline-profile.json');
await generate(data, 3_000_000);
await generate(shifted, 3_000_000, ['--seed', '2', '--shift', '1']);
if (!existsSync(baseline)) {
  const r = await measureCommand('node', [cli, 'validate', '--data', shifted, '--schema', 'bench/schema.yml', '--fail-on', 'never', '--quiet', '--profile-out', baseline, '--report', path.join(out, 'baseline-report.json')], { cwd: root });
  if (r.exitCode !== 0) throw new Error(`baseline profile failed: ${r.stderr}`);
}

const mb = statSync(data).size / 1e6;
const rows = [];
const wc = await timed('wc -l', 'wc', ['-l', data]);
const duck = await timed('DuckDB SUMMARIZE', 'node', ['bench/reference-duckdb.mjs', data, '--runs', '1']);
const ours = await timed('mlops validate (schema + profile + drift)', 'node', validateArgs(data, baseline));
const oneThread = await timed('mlops validate, 1 thread', 'node', [...validateArgs(data, baseline), '--parallel', '1'], 1);
rows.push(wc, duck, ours, oneThread);

let large;
if (!quick) {
  const big = path.join(out, 'data-1g.csv');
  await generate(big, 12_000_000);
  large = { mb: statSync(big).size / 1e6, result: await timed('mlops validate, 1 GB file', 'node', validateArgs(big, baseline), 1) };
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, d = 2) => x.toFixed(d);
console.log(`\nvalidate-data on ${path.relative(root, data)}: ${num(mb, 1)} MB, 3,000,000 rows x 12 columns (2 cores, warm page cache, median of ${runs})\n`);
console.log(`${pad('', 44)}${pad('wall s', 9)}${pad('MB/s', 8)}${pad('peak RSS MB', 13)}${pad('x DuckDB', 10)}x wc -l`);
for (const r of rows) {
  const s = r.wallMs / 1000;
  console.log(`${pad(r.label, 44)}${pad(num(s), 9)}${pad(num(mb / s, 0), 8)}${pad(num(r.maxRssMb, 0), 13)}${pad(num(r.wallMs / duck.wallMs), 10)}${num(r.wallMs / wc.wallMs, 0)}`);
}
if (large) {
  const s = large.result.wallMs / 1000;
  console.log(`${pad(`${large.result.label} (${num(large.mb, 0)} MB)`, 44)}${pad(num(s), 9)}${pad(num(large.mb / s, 0), 8)}${pad(num(large.result.maxRssMb, 0), 13)}`);
}
const target = ours.wallMs <= duck.wallMs / 2;
console.log(`\ntarget: at most half of DuckDB's time -> ${target ? 'met' : 'NOT met'} (${num(ours.wallMs / duck.wallMs)}x); peak RSS under 256 MB -> ${ours.maxRssMb < 256 ? 'met' : 'NOT met'}${large ? `; 1 GB peak ${num(large.result.maxRssMb, 0)} MB` : ''}`);

// register-model: a 1 GiB model (two 512 MiB files of random bytes) packed, digested and stored in a
// local registry, through the CLI; the issue's target is peak memory under 200 MB.
{
  const model = path.join(out, 'model-1g');
  if (!existsSync(path.join(model, 'b.bin'))) {
    mkdirSync(model, { recursive: true });
    for (const part of ['a.bin', 'b.bin']) spawnSync('sh', ['-c', `head -c 536870912 /dev/urandom > '${path.join(model, part)}'`]);
  }
  const registry = path.join(out, 'registry');
  const { rmSync, writeFileSync } = await import('node:fs');
  rmSync(registry, { recursive: true, force: true });
  writeFileSync(path.join(out, 'model-metrics.json'), '{"accuracy": 0.9}');
  const r = await measureCommand('node', [cli, 'register', '--name', 'bench-model', '--model', model, '--metrics', path.join(out, 'model-metrics.json'), '--registry', registry], { cwd: root });
  if (r.exitCode !== 0) throw new Error(`register failed: ${r.stderr}`);
  console.log(`\nregister-model, 1 GiB model into a local registry: ${(r.wallMs / 1000).toFixed(1)} s, peak RSS ${r.maxRssMb.toFixed(0)} MB -> target < 200 MB: ${r.maxRssMb < 200 ? 'met' : 'NOT met'}`);
  rmSync(registry, { recursive: true, force: true });
}

// train-and-sweep: search quality and overhead through the real trial protocol.
spawnSync(process.execPath, [path.join(root, 'bench', 'sweep-protocol.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
const sweepBatchArgs = [...(quick ? ['--quick'] : []), ...(process.env.MLOPS_BENCH_SWEEP ?? '').split(/\s+/).filter(Boolean)];
spawnSync(process.execPath, [path.join(root, 'bench', 'sweep-batch.mjs'), ...sweepBatchArgs], { stdio: 'inherit' });

// evaluate-gate: 2,000 paired resamples of 200,000 examples for five metrics, end to end, beside scipy.
spawnSync(process.execPath, [path.join(root, 'bench', 'gate-bootstrap.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
