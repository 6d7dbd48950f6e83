#!/usr/bin/env node
/**
 * Rebuilds everything the repository commits as generated output (`npm run build`):
 *
 *   src/actions/<name>.ts  ->  dist/<name>/index.js   (one ncc bundle per action entry)
 *   src/cli/main.ts        ->  dist/cli/index.js
 *   src/data/parallel/worker-main.ts -> dist/validate-worker/index.js (validation worker threads)
 *   wasm/csv-kernel.ts     ->  src/data/kernel/kernel-binary.ts (WebAssembly as base64)
 *   schema/*.schema.json   ->  src/config/schema-validators.ts (ajv standalone validators)
 *   (these two first: the bundles import them)
 *   workflows/*.yml        ->  .github/workflows/*.yml (GitHub only calls reusable workflows there)
 *   actions/<name>/action.yml, schema/mlops.schema.json -> README.md's generated sections (readme-sections.mjs)
 *
 * ncc 0.45 compiles an ESM TypeScript entry to an ES module (`import ... from "module"` at the top,
 * `createRequire` for CommonJS dependencies) and adds a `package.json` asset `{"type":"module"}`
 * beside it. We keep that file: with it `node dist/<name>/index.js` runs as ESM even when the bundle
 * is copied out of this repository (whose root package.json also says "module"). Should ncc ever
 * emit CommonJS, the same file says "commonjs" instead, so the `.js` name always works.
 *
 * One bundle:  node scripts/build.mjs --entry <file.ts> --out <dir>   (used by the parallel workers
 * and by tests that bundle fixtures).
 * Workflows only:  node scripts/build.mjs --workflows   (the sync step alone, in a second).
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWasm } from './build-wasm.mjs';
import { buildValidators } from './build-validators.mjs';
import { updateReadme } from './readme-sections.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const SYNC_HEADER = (file) => `# Synced from workflows/${file} by npm run build; edit the canonical copy.`;
const SYNC_HEADER_PREFIX = '# Synced from workflows/';

/** Bundles one entry into `outDir`, replacing whatever was there (stale chunks included). */
export async function bundle(entry, outDir) {
  const { default: ncc } = await import('@vercel/ncc');
  const { code, assets } = await ncc(path.resolve(entry), {
    minify: false,
    license: 'licenses.txt',
    // Source maps would double the size of every committed bundle; unminified code reads well enough.
    sourceMap: false,
    // No webpack cache: parallel workers would share it, and a clean build is what CI checks.
    cache: false,
    // ncc's ts-loader would otherwise type-check the whole tsconfig project (src, test, bench) and
    // fail every bundle over an error in any file; `tsc --noEmit` in .ci/run does the checking.
    transpileOnly: true,
    quiet: true,
  });
  checkUnresolved(entry, code);
  checkNoRelocatedPaths(entry, [code, ...Object.values(assets).map((asset) => String(asset.source))]);
  await fs.rm(outDir, { recursive: true, force: true });
  await fs.mkdir(outDir, { recursive: true });
  await fs.writeFile(path.join(outDir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    const target = path.join(outDir, name);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, asset.source, asset.permissions ? { mode: asset.permissions } : undefined);
  }
  if (!assets['package.json']) {
    const type = looksLikeEsm(code) ? 'module' : 'commonjs';
    await fs.writeFile(path.join(outDir, 'package.json'), `${JSON.stringify({ type })}\n`);
  }
}

/**
 * ncc does not fail on an import it cannot resolve: it emits `eval("require")("./x.js")` and stays
 * quiet. In an ESM bundle that throws "require is not defined" when reached, so a missing file of
 * ours (a relative request) fails the build here. A bare package name may be an optional dependency
 * its package guards with try/catch, so it is only reported.
 */
function checkUnresolved(entry, code) {
  const requests = [...new Set([...code.matchAll(/eval\("require"\)\("([^"]+)"\)/g)].map((match) => match[1]))];
  const relative = requests.filter((request) => request.startsWith('.') || request.startsWith('/'));
  const bare = requests.filter((request) => !relative.includes(request));
  if (bare.length > 0) console.warn(`${path.relative(ROOT, entry)}: left unbundled (optional?): ${bare.join(', ')}`);
  if (relative.length > 0) {
    throw new Error(`${path.relative(ROOT, entry)}: cannot resolve ${relative.join(', ')} (a file the bundle imports is missing)`);
  }
}

/**
 * ncc copies a folder that a literal path in the code names into the bundle when that folder exists
 * at build time (`path.resolve(cwd, '.mlops/checks')` after a local run), and rewrites the path to
 * point inside dist/: the bundle would then write there, and the build would differ between a used
 * checkout and a clean one. Paths a command writes must come from options or variables.
 */
function checkNoRelocatedPaths(entry, sources) {
  const relocated = sources.flatMap((source) => [...source.matchAll(/__webpack_require__\.ab \+ "([^"]*)"/g)].map((match) => match[1]));
  if (relocated.length > 0) {
    throw new Error(`${path.relative(ROOT, entry)}: ncc relocated ${relocated.join(', ')} into the bundle (a literal path that exists at build time); take the path from an option or a variable`);
  }
}

/** ncc's ESM output starts with static imports; its CommonJS output with a webpack IIFE. */
function looksLikeEsm(code) {
  return /^(import|export)\s/m.test(code.slice(0, 2000));
}

/** Every bundle to build: one per `src/actions/*.ts`, plus the CLI when it exists. */
async function discoverTargets() {
  const actionsDir = path.join(ROOT, 'src', 'actions');
  const files = existsSync(actionsDir) ? await fs.readdir(actionsDir, { withFileTypes: true }) : [];
  const targets = files
    .filter((file) => file.isFile() && file.name.endsWith('.ts') && !file.name.endsWith('.d.ts'))
    .map((file) => ({ name: file.name.slice(0, -3), entry: path.join(actionsDir, file.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (targets.some((target) => target.name === 'cli')) throw new Error('src/actions/cli.ts would collide with dist/cli');
  const cli = path.join(ROOT, 'src', 'cli', 'main.ts');
  if (existsSync(cli)) targets.push({ name: 'cli', entry: cli });
  else console.log('skip cli: src/cli/main.ts does not exist yet');
  // The validation worker threads' own small bundle: starting a worker from the CLI's bundle would
  // parse megabytes it never runs (the artifact client alone is ~5 MB), in every worker.
  const worker = path.join(ROOT, 'src', 'data', 'parallel', 'worker-main.ts');
  if (existsSync(worker)) targets.push({ name: 'validate-worker', entry: worker });
  return targets;
}

/** Runs one bundle in a child process: ncc is single-threaded, so processes are what use the cores. */
function bundleInChild(target) {
  const outDir = path.join(DIST, target.name);
  const args = [fileURLToPath(import.meta.url), '--entry', target.entry, '--out', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`bundling ${path.relative(ROOT, target.entry)} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Runs `tasks` (functions returning promises) with at most `limit` in flight; rejects after all settle. */
async function inParallel(tasks, limit) {
  const errors = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task().catch((error) => errors.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (errors.length > 0) throw new AggregateError(errors, errors.map((error) => error.message).join('; '));
}

/** Removes dist/<name>/ bundles whose source is gone (only folders that hold a bundle). */
async function removeStaleBundles(targets) {
  if (!existsSync(DIST)) return;
  const wanted = new Set(targets.map((target) => target.name));
  for (const dir of await fs.readdir(DIST, { withFileTypes: true })) {
    if (!dir.isDirectory() || wanted.has(dir.name)) continue;
    if (!existsSync(path.join(DIST, dir.name, 'index.js'))) continue;
    await fs.rm(path.join(DIST, dir.name), { recursive: true, force: true });
    console.log(`removed stale dist/${dir.name}/`);
  }
}

/** Copies workflows/*.yml into .github/workflows/ with a header, and deletes copies whose source is gone. */
async function syncWorkflows() {
  const sourceDir = path.join(ROOT, 'workflows');
  const targetDir = path.join(ROOT, '.github', 'workflows');
  const sources = existsSync(sourceDir)
    ? (await fs.readdir(sourceDir)).filter((file) => /\.ya?ml$/.test(file)).sort()
    : [];
  await fs.mkdir(targetDir, { recursive: true });
  for (const file of sources) {
    const target = path.join(targetDir, file);
    // A hand-written workflow of the same name is not ours to overwrite.
    if (existsSync(target) && !(await isSyncedCopy(target))) {
      throw new Error(`.github/workflows/${file} exists and was not synced from workflows/; rename one of them`);
    }
    const text = await fs.readFile(path.join(sourceDir, file), 'utf8');
    await fs.writeFile(target, `${SYNC_HEADER(file)}\n${text}`);
  }
  for (const file of await fs.readdir(targetDir)) {
    if (!/\.ya?ml$/.test(file) || sources.includes(file)) continue;
    const target = path.join(targetDir, file);
    if (await isSyncedCopy(target)) {
      await fs.rm(target);
      console.log(`removed stale .github/workflows/${file}`);
    }
  }
  console.log(`synced ${sources.length} workflow(s) into .github/workflows/`);
}

async function isSyncedCopy(file) {
  const text = await fs.readFile(file, 'utf8');
  return text.startsWith(SYNC_HEADER_PREFIX);
}

async function buildAll() {
  const started = Date.now();
  await buildWasm();
  await buildValidators();
  const targets = await discoverTargets();
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  console.log(`bundling ${targets.length} entr${targets.length === 1 ? 'y' : 'ies'} with ncc, ${Math.max(1, cores)} at a time`);
  await inParallel(
    targets.map((target) => async () => {
      const t0 = Date.now();
      await bundleInChild(target);
      console.log(`  dist/${target.name}/index.js  (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    }),
    Math.max(1, cores),
  );
  await removeStaleBundles(targets);
  await syncWorkflows();
  updateReadme();
  console.log(`build done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--workflows') {
      options.workflows = true;
      i -= 1;
    } else if (argv[i] === '--entry') options.entry = argv[i + 1];
    else if (argv[i] === '--out') options.out = argv[i + 1];
    else throw new Error(`unknown argument ${argv[i]}; usage: build.mjs [--entry <file.ts> --out <dir> | --workflows]`);
  }
  if (Boolean(options.entry) !== Boolean(options.out)) throw new Error('--entry and --out go together');
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  (options.entry ? bundle(options.entry, options.out) : options.workflows ? syncWorkflows() : buildAll()).catch((error) => {
    // Failed children already printed ncc's full report; here one line per failure is enough.
    const errors = error instanceof AggregateError ? error.errors : [error];
    for (const each of errors) console.error(`build: ${each instanceof Error ? each.message : each}`);
    process.exitCode = 1;
  });
}
