import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../shared/errors.js';
import { makeScratchDir } from '../../shared/scratch-dir.js';
import { describeJson, readJsonObject, type JsonObject } from '../../shared/json.js';
import type { Logger } from '../../shared/logger.js';
import { RecordError, readPartIfPresent, readProfileFiles, readSweepFolder, writeRegisterPart, type LocatedPart, type RecordDataFile, type SweepPart } from '../../record/index.js';
import { packModel } from '../archive/pack.js';
import { digestFile } from '../archive/digest.js';
import type { ManifestGate, ManifestRun, ManifestSweep, ParamValue } from '../manifest.js';
import type { ModelRegistry, RegisterFile, RegisterResult } from '../registry.js';
import { validateModelName } from '../names.js';
import { lineageOfModel, notFromThisSweep } from './trial-lineage.js';

/** What register-model needs, from action inputs or CLI options. */
export interface RegisterRequest {
  cwd: string;
  name: string;
  /**
   * The model: a folder (packed as one .tar.gz) or a file (kept as it is), stored in parts when
   * larger than a release asset may be (docs/architecture.md "Registry storage"). Default: the best
   * trial's output folder of the sweep part (of `fromSweep`, else of the run record).
   */
  model?: string;
  /** A sweep's output folder: its sweep-record.json gives the best trial, params, metrics and the sweep summary. */
  fromSweep?: string;
  metrics?: string;
  params?: string;
  /** validate-data's profile: the data digests become the version's lineage; the profile is attached. */
  profile?: string;
  /**
   * The run record (absolute path). Its sweep and data parts give the lineage when `fromSweep` and
   * `profile` are not given; the register part is written into it once the version exists.
   */
  record: string;
  aliases: string[];
  tags: string[];
  parentVersion?: number;
  dedupeByContent?: boolean;
  /** Same key, same version. Default inside Actions: the run id and attempt. */
  idempotencyKey?: string;
  /** The registry to register in (src/backends/open.ts opens it). */
  registry: ModelRegistry;
  /** GITHUB_* variables of a workflow run, for the manifest's lineage and the idempotency key. */
  env: NodeJS.ProcessEnv;
  /** Largest release asset; a larger model is stored in parts (default: GitHub's limit). Tests lower it. */
  partBytes?: number;
}

/** A user's metrics file: numbers, nested sections skipped; anything else names the metric and the file. */
function numbers(values: JsonObject, file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (value !== null && typeof value === 'object') continue; // nested sections are not metrics
    else throw new InputError(`Metric "${key}" in ${file} is ${describeJson(value)}, not a finite number.`, { location: { file, key }, hint: 'Metrics are numbers; leave others out.' });
  }
  return out;
}

function scalars(values: JsonObject): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  return out;
}

/** Where the version's data lineage comes from: the digests, and the profile file to attach. */
interface DataLineage {
  files: RecordDataFile[];
  /** The eval files (recorded as `eval:<path>`: the gate compares them to tell like-for-like comparisons). */
  evalFiles?: RecordDataFile[];
  profilePath: string;
}

/**
 * The sweep part: of the folder the user named, else of the run record (undefined when it has none),
 * describing the model registered: a model from another trial of that sweep gets that trial's
 * lineage (trial-lineage.ts). A model from no trial of the named sweep is refused; one from no trial
 * of the record's sweep gets no sweep lineage (with a warning), never another model's.
 */
async function sweepSource(request: RegisterRequest, logger: Logger): Promise<LocatedPart<SweepPart> | undefined> {
  if (request.fromSweep) {
    const sweepDir = path.resolve(request.cwd, request.fromSweep);
    const part = await readSweepFolder(sweepDir);
    if (!request.model) return part;
    const model = path.resolve(request.cwd, request.model);
    const lineage = await lineageOfModel(part, sweepDir, model);
    if (!lineage) throw notFromThisSweep(sweepDir, model);
    return lineage;
  }
  const part = await readPartIfPresent(request.record, 'sweep');
  if (!part || !request.model) return part;
  const model = path.resolve(request.cwd, request.model);
  const sweepDir = part.value.trialsJson ? path.dirname(part.resolve(part.value.trialsJson)) : path.dirname(part.file);
  const lineage = await lineageOfModel(part, sweepDir, model);
  if (lineage) return lineage;
  logger.warning(
    `The run record's sweep part (${part.file}) describes the trials of the sweep in ${sweepDir}, and the model ${model} is none of them: its params, metrics and sweep summary are not attached. Pass from-sweep (--from-sweep) to attach a sweep's lineage to this model.`,
  );
  return undefined;
}

/** The data lineage: of the profile the user named, else of the run record's data part. */
async function dataSource(request: RegisterRequest): Promise<DataLineage | undefined> {
  if (request.profile) {
    const profilePath = path.resolve(request.cwd, request.profile);
    return { files: await readProfileFiles(profilePath), profilePath };
  }
  const part = await readPartIfPresent(request.record, 'data');
  if (!part) return undefined;
  const profilePath = part.resolve(part.value.profile);
  if (!existsSync(profilePath)) {
    throw new RecordError(`The run record ${part.file} names the profile ${profilePath} (field data.profile), which does not exist.`, {
      location: { file: part.file, key: 'data.profile' },
      hint: "Download validate-data's artifact beside the record (the profile travels with it), or pass the profile input (--profile).",
    });
  }
  return { files: part.value.files, evalFiles: part.value.evalFiles, profilePath };
}

/**
 * The gate's verdict on this model, from the record's gate part: only when the model is the
 * record's own candidate (no model named), since the part judged that one. A warning is a pass.
 */
async function gateSource(request: RegisterRequest): Promise<ManifestGate | null> {
  if (request.model || request.fromSweep) return null;
  const part = await readPartIfPresent(request.record, 'gate');
  if (!part) return null;
  const { verdict, baselineVersion, reasons } = part.value;
  return { verdict: verdict === 'warn' ? 'pass' : verdict, baselineVersion, reasons };
}

/** The model to register: the one the user named, else the sweep part's best output. */
function modelOf(request: RegisterRequest, sweep: LocatedPart<SweepPart> | undefined): string {
  if (request.model) return path.resolve(request.cwd, request.model);
  const hint = 'Pass the model input (--model), or run train-and-sweep first: its sweep part names the best trial\'s output.';
  if (!sweep) throw new RecordError(`No model to register: no model input, and the run record ${request.record} has no sweep part (field "sweep" is missing).`, { location: { file: request.record, key: 'sweep' }, hint });
  const outputDir = sweep.value.best?.outputDir;
  if (outputDir === undefined) {
    const field = sweep.value.best === undefined ? 'sweep.best' : 'sweep.best.outputDir';
    throw new RecordError(`No model to register: ${sweep.file} has no best trial output (field ${field} is missing).`, { location: { file: sweep.file, key: field }, hint });
  }
  return sweep.resolve(outputDir);
}

/** The commit checked out in `cwd`, for lineage outside Actions; undefined outside a git checkout. */
function gitHead(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
  const sha = result.status === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}

/** The run a version comes from, from the runner's variables (nothing outside Actions). */
function runFromEnv(env: NodeJS.ProcessEnv): ManifestRun {
  const id = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : null;
  return {
    url: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
    actor: env.GITHUB_ACTOR ?? null,
    id,
    attempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : null,
  };
}

/**
 * register-model end to end: pack the model, gather its lineage (params, metrics, data digests, sweep
 * summary, the run), register it (draft, upload, publish: never a half-version), set its aliases and
 * add the register part to the run record. The lineage comes from the files the user names
 * (`fromSweep`, `profile`), else from the record's sweep and data parts; all of them are read through
 * src/record's checked readers, so a malformed one fails before anything is published. Inside Actions the run id and attempt make registration idempotent: re-running the same job returns
 * the version it registered.
 */
export async function registerModel(request: RegisterRequest, logger: Logger): Promise<RegisterResult> {
  validateModelName(request.name);
  // Named by pid, removed on exit; a run killed before it could clean up is swept by the next one.
  const scratch = await makeScratchDir('mlops-register-');
  const staging = scratch.path;
  try {
    const resolve = (p: string) => path.resolve(request.cwd, p);
    // Every file another stage wrote is read through src/record's checked readers, before anything is packed.
    const sweepPart = await sweepSource(request, logger);
    const data = await dataSource(request);
    const model = modelOf(request, sweepPart);
    let params: Record<string, ParamValue> = {};
    let metrics: Record<string, number> = {};
    let sweep: ManifestSweep | null = null;
    if (sweepPart) {
      const { best, trials, objective } = sweepPart.value;
      params = { ...(best?.params ?? {}) };
      metrics = { ...(best?.metrics ?? {}) };
      sweep = {
        trials: trials.total,
        completed: trials.complete,
        bestTrial: best === undefined ? null : String(best.trial),
        objective: { metric: objective.metric, direction: objective.goal },
      };
      logger.info(`Lineage: the sweep part of ${sweepPart.file}${best ? ` (best trial ${best.trial})` : ' (no complete trial)'}.`);
    }
    if (request.params) params = { ...params, ...scalars(await readJsonObject(resolve(request.params), { what: 'params' })) };
    if (request.metrics) metrics = { ...metrics, ...numbers(await readJsonObject(resolve(request.metrics), { what: 'metrics' }), request.metrics) };

    const packed = await logger.group('Pack the model', () => packModel(model, staging, { partBytes: request.partBytes }));
    const files: RegisterFile[] = packed.files.map((f) => ({ name: f.name, path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType, unpacked: f.unpacked, parts: f.parts, move: f.written }));
    const digests: Record<string, string> = {};
    if (data) {
      for (const file of data.files) digests[file.path] = `sha256:${file.sha256}`;
      for (const file of data.evalFiles ?? []) digests[`eval:${file.path}`] = `sha256:${file.sha256}`;
      const digest = await digestFile(data.profilePath);
      files.push({ name: 'data-profile.json', path: data.profilePath, size: digest.size, sha256: digest.sha256, contentType: 'application/json' });
      logger.info(`Lineage: ${data.files.length} data file(s) and the profile ${data.profilePath}.`);
    }
    const run = runFromEnv(request.env);
    const gate = await gateSource(request);
    const result = await logger.group(`Register ${request.name}`, () =>
      request.registry.register({
        name: request.name,
        files,
        ref: request.env.GITHUB_REF ?? null,
        run,
        params,
        metrics,
        data: digests,
        sweep,
        gate,
        parentVersion: request.parentVersion ?? null,
        tags: request.tags,
        idempotencyKey: request.idempotencyKey ?? (run.id !== null ? `run:${run.id}:${run.attempt ?? 1}` : undefined),
        dedupeByContent: request.dedupeByContent,
        aliases: request.aliases,
        actor: run.actor ?? os.userInfo().username,
      }),
    );
    await writeRegisterPart(request.record, result, request.aliases, request.env);
    return result;
  } finally {
    await scratch.dispose();
  }
}

/** The commit a new version's tag points at: GITHUB_SHA inside Actions, else the checkout's HEAD. */
export function commitOf(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_SHA ?? gitHead(cwd);
}
