// register-model (issue #14): packing at disk speed, and models over GitHub's 2 GiB asset limit.
//
//   node bench/register-model.mjs [--quick] [--mb 256] [--big-gib 3] [--runs 3]
//
// Through the CLI bundle (dist/cli/index.js) into a local registry, as a user runs it:
// 1. a model of random weights (--mb MiB, one file plus a config), registered beside the reference
//    `tar cf` + `sha256sum` of the same folder, interleaved in the same run, medians of --runs;
//    goal: at most 1.5x the reference;
// 2. a compressible model (half random weights, half text): it still shrinks;
// 3. a model of --big-gib GiB of random bytes (skipped with --quick), registered in parts (GitHub's
//    limit per asset is under 2 GiB) and downloaded back, verified part by part; goal: flat memory
//    (peak RSS under 200 MB).
// Everything it writes goes to bench/out/register/ and is deleted at the end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCommand, median } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'bench', 'out', 'register');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
};
const quick = process.argv.includes('--quick');
const mb = arg('--mb', 256);
const bigGib = arg('--big-gib', 3);
const runs = arg('--runs', 3);
const MiB = 1024 * 1024;

function sh(script) {
  const r = spawnSync('sh', ['-c', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`failed: ${script}`);
}

/** `count` MiB of random bytes into `file` (in 1 MiB blocks, so the generator uses no memory). */
function randomFile(file, count) {
  sh(`head -c ${count * MiB} /dev/urandom > '${file}'`);
}

/** About `count` MiB of text that compresses (a vocabulary with scores, like a tokenizer's). */
function textFile(file, count) {
  sh(`awk 'BEGIN { srand(7); while (n < ${count * MiB}) { s = sprintf("{\\"token\\": \\"tok_%d\\", \\"id\\": %d, \\"score\\": %.6f}\\n", int(rand() * 50000), i++, rand() - 0.5); printf "%s", s; n += length(s) } }' > '${file}'`);
}

async function run(label, cmd, args) {
  const r = await measureCommand(cmd, args, { cwd: root });
  if (r.exitCode !== 0) throw new Error(`${label} failed (exit ${r.exitCode}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const register = (name, model, registry) => run(`register ${name}`, 'node', [cli, 'register', '--name', name, '--model', model, '--registry', registry, '--record', path.join(work, `${name}-record.json`)]);
const reference = (model) => run('tar cf + sha256sum', 'sh', ['-c', `tar cf '${path.join(work, 'ref.tar')}' -C '${path.dirname(model)}' '${path.basename(model)}' && sha256sum '${path.join(work, 'ref.tar')}' > /dev/null`]);

function manifestOf(name, registry) {
  const r = spawnSync('node', [cli, 'models', 'show', name, '--registry', registry], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`models show failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Reference and ours interleaved `runs` times on one model folder; medians. */
async function compare(name, model) {
  const refs = [];
  const ours = [];
  let manifest;
  for (let i = 0; i < runs; i++) {
    const registry = path.join(work, `registry-${name}`);
    rmSync(registry, { recursive: true, force: true });
    refs.push(await reference(model));
    ours.push(await register(name, model, registry));
    manifest = manifestOf(name, registry);
    rmSync(registry, { recursive: true, force: true });
    rmSync(path.join(work, 'ref.tar'), { force: true });
  }
  return { ref: median(refs.map((r) => r.wallMs)), ours: median(ours.map((r) => r.wallMs)), rss: Math.max(...ours.map((r) => r.maxRssMb)), archive: manifest.assets[0].size };
}

const pad = (s, n) => String(s).padEnd(n);
const s = (ms) => (ms / 1000).toFixed(2);
const sizeOf = (model) => Number(spawnSync('du', ['-sb', model], { encoding: 'utf8' }).stdout.split('\t')[0]);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
try {
  const random = path.join(work, 'model-random');
  mkdirSync(random);
  randomFile(path.join(random, 'weights.bin'), mb);
  writeFileSync(path.join(random, 'config.json'), '{"layers": 12, "hidden": 768}\n');
  const mixed = path.join(work, 'model-mixed');
  mkdirSync(mixed);
  randomFile(path.join(mixed, 'weights.bin'), mb / 2);
  textFile(path.join(mixed, 'vocab.jsonl'), mb / 2);

  const rows = [];
  for (const [label, name, model] of [[`random weights, ${mb} MiB`, 'bench-random', random], [`half weights, half text, ${mb} MiB`, 'bench-mixed', mixed]]) {
    rows.push({ label, bytes: sizeOf(model), ...(await compare(name, model)) });
  }
  console.log(`\nregister-model into a local registry, through the CLI (median of ${runs}, reference interleaved in the same run)\n`);
  console.log(`${pad('model', 34)}${pad('tar cf + sha256sum s', 22)}${pad('mlops register s', 18)}${pad('ratio', 8)}${pad('peak RSS MB', 13)}archive / model`);
  for (const r of rows) {
    console.log(`${pad(r.label, 34)}${pad(s(r.ref), 22)}${pad(s(r.ours), 18)}${pad((r.ours / r.ref).toFixed(2), 8)}${pad(r.rss.toFixed(0), 13)}${(r.archive / r.bytes).toFixed(3)}`);
  }
  const ratio = rows[0].ours / rows[0].ref;
  console.log(`\ntarget: random weights at most 1.5x tar cf + sha256sum -> ${ratio <= 1.5 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x); compressible model shrinks -> ${rows[1].archive < rows[1].bytes * 0.9 ? 'yes' : 'NO'} (${(rows[1].archive / rows[1].bytes).toFixed(3)}); peak RSS under 200 MB -> ${Math.max(...rows.map((r) => r.rss)) < 200 ? 'met' : 'NOT met'}`);
  rmSync(random, { recursive: true, force: true });
  rmSync(mixed, { recursive: true, force: true });

  if (!quick) {
    const big = path.join(work, 'model-big');
    mkdirSync(big);
    for (let i = 0; i < bigGib; i++) randomFile(path.join(big, `shard-${i}.bin`), 1024);
    const registry = path.join(work, 'registry-big');
    const up = await register('bench-big', big, registry);
    const manifest = manifestOf('bench-big', registry);
    rmSync(big, { recursive: true, force: true });
    const down = await run('download', 'node', [cli, 'models', 'download', 'bench-big', '--out', path.join(work, 'download'), '--registry', registry]);
    const parts = manifest.assets[0].parts ?? [];
    console.log(`\nregister-model, ${bigGib} GiB of random bytes, in ${parts.length} parts (largest ${Math.max(...parts.map((p) => p.size))} bytes), into a local registry and back`);
    console.log(`${pad('', 44)}${pad('wall s', 10)}${pad('MB/s', 8)}peak RSS MB`);
    for (const [label, r] of [['mlops register (pack, digest, store)', up], ['mlops models download (verify, extract)', down]]) {
      console.log(`${pad(label, 44)}${pad(s(r.wallMs), 10)}${pad((manifest.assets[0].size / 1e6 / (r.wallMs / 1000)).toFixed(0), 8)}${r.maxRssMb.toFixed(0)}`);
    }
    const peak = Math.max(up.maxRssMb, down.maxRssMb);
    console.log(`\ntarget: stored in parts under 2 GiB -> ${parts.length >= 2 && parts.every((p) => p.size < 2 * 1024 ** 3) ? 'met' : 'NOT met'}; flat memory (peak RSS under 200 MB) -> ${peak < 200 ? 'met' : 'NOT met'} (${peak.toFixed(0)} MB)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
