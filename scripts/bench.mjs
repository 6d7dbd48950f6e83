// npm run bench: the performance figures of the suite, printed as a table (never part of npm test).
//
// validate-data: a generated 3,000,000-row, 12-column CSV (~250 MB) validated with the full schema
// (bench/schema.yml), profiled, and compared for drift with the profile of a second, shifted file,
// through the CLI bundle exactly as a user runs it. References on the same file and machine:
// DuckDB's SUMMARIZE and `wc -l`. Then the same on a 1 GB file, to show memory stays flat. Then a
// UTF-8-heavy file (a third of the rows carry UTF-8 names, cities and comments) beside DuckDB, and
// its report with the WebAssembly kernel off (MLOPS_WASM=0) compared with the kernel's.
//
//   node scripts/bench.mjs [--quick]   (--quick: skip the 1 GB file, 5 seeds instead of 20 for the sweep)
//
// Then register-model (bench/register-model.mjs: packing beside tar + sha256sum, a 3 GiB model in parts) and train-and-sweep (bench/sweep-protocol.mjs): sampler quality on Branin and Hartmann-6 and the
// per-trial overhead, through the real trial protocol; and sweeps in parallel (bench/sweep-batch.mjs): our
// TPE at 1/4/8/16 trials at once and over a 4x3 job matrix beside Optuna 5's batch TPE (median best over
// 45 seeds; MLOPS_BENCH_SWEEP="--objectives training --trials 40 --seeds 9" picks a subset; --quick runs
// Branin and the training objective at 40 trials; about 4 minutes in full). Then evaluate-gate (bench/gate-bootstrap.mjs): the
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
// DuckDB and validate alternate, round after round: the host's speed drifts over minutes (other
// machines' load), and runs of one taken after all runs of the other would carry that drift.
const rounds = 5;
mkdirSync(out, { recursive: true });

async function generate(file, rows, extra = []) {
  if (existsSync(file)) return;
  console.error(`generating ${path.relative(root, file)} (${rows.toLocaleString('en-US')} rows)…`);
  const result = await measureCommand('node', ['bench/generate-csv.mjs', '--rows', String(rows), '--out', file, '--quiet', ...extra], { cwd: root });
  if (result.exitCode !== 0) throw new Error(`generator failed: ${result.stderr}`);
}

async function timed(label, cmd, args, count = runs) {
  const [result] = await alternating([{ label, cmd, args }], count);
  return result;
}

/**
 * Runs each command once per round, in turn, for `count` rounds: median wall time and peak RSS of
 * each, and `ratios`: per round, each one's time over the first one's (the reference's).
 */
async function alternating(commands, count) {
  const walls = commands.map(() => []);
  const rss = commands.map(() => 0);
  for (let round = 0; round < count; round++) {
    for (const [k, { label, cmd, args }] of commands.entries()) {
      const r = await measureCommand(cmd, args, { cwd: root });
      if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
      walls[k].push(r.wallMs);
      rss[k] = Math.max(rss[k], r.maxRssMb);
    }
  }
  return commands.map(({ label }, k) => ({ label, wallMs: median(walls[k]), maxRssMb: rss[k], ratios: walls[k].map((wall, round) => wall / walls[0][round]) }));
}

/** "0.44-0.51": the range of per-round ratios. */
const spread = (ratios) => `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}`;

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
const [duck, ours] = await alternating(
  [
    { label: 'DuckDB SUMMARIZE', cmd: 'node', args: ['bench/reference-duckdb.mjs', data, '--runs', '1'] },
    { label: 'mlops validate (schema + profile + drift)', cmd: 'node', args: validateArgs(data, baseline) },
  ],
  rounds,
);
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
console.log(`\nvalidate-data on ${path.relative(root, data)}: ${num(mb, 1)} MB, 3,000,000 rows x 12 columns (2 cores, warm page cache; DuckDB and validate: median of ${rounds} alternating rounds, others of ${runs})\n`);
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
console.log(`\ntarget: at most half of DuckDB's time -> ${target ? 'met' : 'NOT met'} (${num(ours.wallMs / duck.wallMs)}x; per round ${spread(ours.ratios)}); peak RSS under 256 MB -> ${ours.maxRssMb < 256 ? 'met' : 'NOT met'}${large ? `; 1 GB peak ${num(large.result.maxRssMb, 0)} MB` : ''}`);

// validate-data on UTF-8 text: bench/generate-csv.mjs --utf8 (two more text columns; one row in
// three carries UTF-8), its schema bench/schema-utf8.yml, a drifted copy's profile as the baseline.
// The kernel must take UTF-8 text at the ASCII file's pace, and give the JS path's report exactly.
{
  const utf8 = path.join(out, 'data-utf8.csv');
  const utf8Shifted = path.join(out, 'data-utf8-shift.csv');
  const utf8Baseline = path.join(out, 'baseline-utf8-profile.json');
  const schema = ['--schema', 'bench/schema-utf8.yml'];
  await generate(utf8, 3_000_000, ['--utf8']);
  await generate(utf8Shifted, 3_000_000, ['--utf8', '--seed', '2', '--shift', '1']);
  if (!existsSync(utf8Baseline)) {
    const r = await measureCommand('node', [cli, 'validate', '--data', utf8Shifted, ...schema, '--fail-on', 'never', '--quiet', '--profile-out', utf8Baseline, '--report', path.join(out, 'baseline-utf8-report.json')], { cwd: root });
    if (r.exitCode !== 0) throw new Error(`UTF-8 baseline profile failed: ${r.stderr}`);
  }
  const args = (tag) => [cli, 'validate', '--data', utf8, ...schema, '--baseline', utf8Baseline, '--fail-on', 'never', '--quiet', '--profile-out', path.join(out, `profile-utf8${tag}.json`), '--report', path.join(out, `report-utf8${tag}.json`)];
  const [utf8Duck, utf8Ours] = await alternating(
    [
      { label: 'DuckDB SUMMARIZE', cmd: 'node', args: ['bench/reference-duckdb.mjs', utf8, '--runs', '1'] },
      { label: 'mlops validate (schema + profile + drift)', cmd: 'node', args: args('') },
    ],
    rounds,
  );
  // the JS path, once: its report and profile must be the kernel's, but for the run's seconds and dates
  const js = await measureCommand('node', args('-js'), { cwd: root, env: { ...process.env, MLOPS_WASM: '0' } });
  if (js.exitCode !== 0) throw new Error(`validate with MLOPS_WASM=0 failed: ${js.stderr}`);
  const { readFileSync } = await import('node:fs');
  const read = (name) => readFileSync(path.join(out, name), 'utf8');
  const report = (tag) => JSON.stringify({ ...JSON.parse(read(`report-utf8${tag}.json`)), seconds: 0, profilePath: '' });
  const profile = (tag) => JSON.stringify({ ...JSON.parse(read(`profile-utf8${tag}.json`)), createdAt: '' });
  const same = report('') === report('-js') && profile('') === profile('-js');
  const utf8Mb = statSync(utf8).size / 1e6;
  console.log(`\nvalidate-data on ${path.relative(root, utf8)}: ${num(utf8Mb, 1)} MB, 3,000,000 rows x 14 columns, a third of the rows with UTF-8 text (median of ${rounds} alternating rounds)\n`);
  console.log(`${pad('', 44)}${pad('wall s', 9)}${pad('MB/s', 8)}${pad('peak RSS MB', 13)}x DuckDB`);
  for (const r of [utf8Duck, utf8Ours, { label: 'mlops validate, kernel off (MLOPS_WASM=0)', wallMs: js.wallMs, maxRssMb: js.maxRssMb }]) {
    console.log(`${pad(r.label, 44)}${pad(num(r.wallMs / 1000), 9)}${pad(num(utf8Mb / (r.wallMs / 1000), 0), 8)}${pad(num(r.maxRssMb, 0), 13)}${num(r.wallMs / utf8Duck.wallMs)}`);
  }
  const met = utf8Ours.wallMs <= utf8Duck.wallMs / 2;
  console.log(`\ntarget: at most half of DuckDB's time -> ${met ? 'met' : 'NOT met'} (${num(utf8Ours.wallMs / utf8Duck.wallMs)}x; per round ${spread(utf8Ours.ratios)}); report and profile the same with the kernel off -> ${same ? 'yes' : 'NO (compare bench/out/report-utf8.json and report-utf8-js.json)'}`);
}

// register-model (bench/register-model.mjs): a 256 MiB model of random weights beside `tar cf` +
// `sha256sum`, a compressible one, and (not with --quick) a 3 GiB model registered and downloaded in parts.
spawnSync(process.execPath, [path.join(root, 'bench', 'register-model.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });

// train-and-sweep: search quality and overhead through the real trial protocol.
spawnSync(process.execPath, [path.join(root, 'bench', 'sweep-protocol.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
const sweepBatchArgs = [...(quick ? ['--quick'] : []), ...(process.env.MLOPS_BENCH_SWEEP ?? '').split(/\s+/).filter(Boolean)];
spawnSync(process.execPath, [path.join(root, 'bench', 'sweep-batch.mjs'), ...sweepBatchArgs], { stdio: 'inherit' });

// evaluate-gate: 2,000 paired resamples of 200,000 examples for five metrics, end to end, beside scipy.
spawnSync(process.execPath, [path.join(root, 'bench', 'gate-bootstrap.mjs'), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
