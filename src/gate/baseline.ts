/**
 * The gate's baseline: what the candidate is compared with.
 *
 * - an alias of the registry (`production`, the default; any alias name),
 * - `base`: the newest version registered from the pull request's base branch (manifest ref),
 * - a version (`3` or `v3`),
 * - a metrics file (a path ending .json, .yaml, .yml or .csv), with optional per-example outputs,
 * - `none`: a first model; rules that need a baseline are skipped and the report says so.
 *
 * The default (`production` not asked for explicitly) that finds no alias is a first model, not an
 * error; an alias the user named that does not exist is an error that lists the aliases there are.
 * A registry version's per-example outputs come from the registered model itself: its files are
 * downloaded with every digest verified (downloadVersion) and searched for the outputs file name.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ReleaseStore } from '../backends/seams.js';
import { InputError } from '../shared/errors.js';
import type { Manifest } from '../registry/manifest.js';
import type { ModelRegistry, ModelVersion } from '../registry/registry.js';
import { downloadVersion } from '../registry/service/models.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { evaluateBaseline, type EvaluateSettings } from './evaluate-command.js';
import { readMetricFile, type MetricSet } from './metric-file.js';
import { readPredictionsFile, type PredictionTable } from './predictions.js';

/** What the user asked to compare with. */
export type BaselineSpec =
  | { kind: 'alias'; alias: string; explicit: boolean }
  | { kind: 'base' }
  | { kind: 'version'; version: number }
  | { kind: 'file'; file: string; outputs?: string }
  | { kind: 'none' };

/** Parses the `baseline` input / `--baseline` option (undefined: production, if set). */
export function parseBaselineSpec(text: string | undefined, outputs?: string): BaselineSpec {
  const value = text?.trim();
  if (value === undefined || value === '') return { kind: 'alias', alias: 'production', explicit: false };
  if (value === 'none') return { kind: 'none' };
  if (value === 'base') return { kind: 'base' };
  if (/^v?\d+$/.test(value)) return { kind: 'version', version: Number(value.replace(/^v/, '')) };
  if (/\.(json|ya?ml|csv)$/i.test(value)) return { kind: 'file', file: value, outputs };
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    throw new InputError(`The baseline "${value}" is neither an alias, a version, a metrics file nor none/base.`, {
      hint: 'Write an alias (production), base, a version (3 or v3), a metrics file (production-metrics.json) or none.',
    });
  }
  return { kind: 'alias', alias: value, explicit: true };
}

/** The resolved baseline: its metrics, and its per-example outputs when found. */
interface Baseline {
  label: string;
  metrics: MetricSet;
  outputs?: PredictionTable;
  /** The registry version, when the baseline is one. */
  version?: ModelVersion;
  /** True when gate.evaluate measured it on the candidate's eval data (its registered metrics were not used). */
  reevaluated?: boolean;
}

export interface ResolveBaselineRequest {
  spec: BaselineSpec;
  cwd: string;
  model: string;
  /** The registry and its store; needed for every kind but file and none. */
  registry?: ModelRegistry;
  store?: ReleaseStore;
  /** The pull request's base branch, for `base`. */
  baseRef?: string;
  /** The candidate's outputs file name (e.g. eval-outputs.csv): the same name is looked for in the baseline model. */
  outputsName?: string;
  /** gate.evaluate: re-evaluate a registry baseline on these eval files, in mlops.yml's folder. */
  evaluate?: { settings: EvaluateSettings; cwd: string; evalFiles: string[]; env: NodeJS.ProcessEnv };
}

/** The baseline, or a one-line reason why there is none (a first model). */
export type Resolved = { baseline: Baseline } | { none: string };

export async function resolveBaseline(request: ResolveBaselineRequest): Promise<Resolved> {
  const { spec, model } = request;
  if (spec.kind === 'none') return { none: 'No baseline was asked for (baseline: none).' };
  if (spec.kind === 'file') {
    const file = path.resolve(request.cwd, spec.file);
    const metrics = await readMetricFile(file);
    const outputs = spec.outputs ? await readPredictionsFile(path.resolve(request.cwd, spec.outputs)) : undefined;
    return { baseline: { label: spec.file, metrics, outputs } };
  }
  const registry = request.registry;
  if (!registry || !request.store) throw new InputError('The baseline is a registry version, but no registry was given.', { hint: 'Pass a metrics file as baseline, or baseline: none.' });

  let version: number | undefined;
  // How the report heads the column: `production (v3)`, `production (staging v3)`, `production (main v3)`.
  let label: string;
  if (spec.kind === 'alias') {
    version = await registry.aliasTarget(model, spec.alias);
    label = spec.alias === 'production' ? '' : `${spec.alias} `;
    if (version === undefined) {
      if (!spec.explicit) return { none: `No production model to compare with (${model}@production is not set): relative rules are skipped.` };
      const known = await aliasesOf(request.store, model);
      throw new InputError(`The baseline alias "${spec.alias}" of model ${model} is not set.${didYouMean(spec.alias, known)}`, {
        hint: `Aliases of ${model}: ${known.join(', ') || 'none yet'}. Name one of them, a version (3), base, a metrics file, or none for a first model.`,
      });
    }
  } else if (spec.kind === 'base') {
    if (!request.baseRef) throw new InputError('The baseline is base, but this run is not for a pull request (no base branch).', { hint: 'Use base on pull_request events only, or name an alias or version.' });
    const found = await newestFromRef(registry, model, `refs/heads/${request.baseRef}`);
    if (!found) return { none: `No version of ${model} was registered from the base branch ${request.baseRef}: relative rules are skipped.` };
    version = found.version;
    label = `${request.baseRef} `;
  } else {
    version = spec.version;
    label = '';
  }
  const found = await registry.get(model, { version });
  const baseline: Baseline = { label: `${label}v${found.version}`, metrics: manifestMetrics(found.manifest, `${model} v${found.version}`), version: found };
  if (!request.outputsName && !request.evaluate) return { baseline };
  // The model's files are needed: for its registered outputs, or to evaluate it.
  const store = request.store;
  const evaluate = request.evaluate;
  await withDownload(found, store, async (dir, paths) => {
    const registered = request.outputsName ? await findFile(dir, request.outputsName) : undefined;
    baseline.outputs = registered ? await readPredictionsFile(registered) : undefined;
    if (!evaluate) return;
    // An archived folder model is its extracted folder; a single-file model, the folder holding it.
    const modelDir = paths.find((p) => statSync(p).isDirectory()) ?? path.join(dir, 'model');
    const evaluated = await evaluateBaseline({ ...evaluate, modelDir, workDir: await mkdtemp(path.join(dir, 'evaluate-')) });
    // What the command measured replaces the registered values; the others (train metrics) stay.
    baseline.metrics = { ...evaluated.metrics, values: { ...found.manifest.metrics, ...evaluated.metrics.values }, file: `${model} v${found.version} (re-evaluated)` };
    baseline.outputs = evaluated.outputs ?? baseline.outputs;
    baseline.reevaluated = true;
  });
  return { baseline };
}

/** The aliases a model has, from the registry's alias refs (`tags/<name>/alias/<alias>/<seq>-v<n>`, src/registry/names.ts). */
async function aliasesOf(store: ReleaseStore, model: string): Promise<string[]> {
  const prefix = `tags/${model}/alias/`;
  const names = (await store.listRefs(prefix)).map((ref) => ref.ref.slice(prefix.length).split('/')[0]);
  return [...new Set(names)];
}

async function newestFromRef(registry: ModelRegistry, model: string, ref: string): Promise<ModelVersion | undefined> {
  for await (const version of registry.list(model)) if (version.manifest.ref === ref) return version;
  return undefined;
}

/** A version's metrics, as the gate reads a metrics file (located at the manifest's key). */
function manifestMetrics(manifest: Manifest, file: string): MetricSet {
  return { file, values: { ...manifest.metrics }, nonNumeric: {}, locate: (key) => ({ file, key: `metrics.${key}` }) };
}

/** Runs `use` on a version's files, downloaded with every digest verified into a scratch folder removed afterwards. */
async function withDownload(version: ModelVersion, store: ReleaseStore, use: (dir: string, paths: string[]) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-baseline-'));
  try {
    await use(dir, await downloadVersion(version, path.join(dir, 'model'), store));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function findFile(dir: string, name: string): Promise<string | undefined> {
  const direct = path.join(dir, name);
  if (existsSync(direct)) return direct;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const found = await findFile(path.join(dir, entry.name), name);
    if (found) return found;
  }
  return undefined;
}
