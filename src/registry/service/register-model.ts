import { spawnSync } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { packModel } from '../archive/pack.js';
import { digestFile } from '../archive/digest.js';
import type { ManifestRun, ManifestSweep, ParamValue } from '../manifest.js';
import type { RegisterFile, RegisterResult } from '../registry.js';
import { validateModelName } from '../names.js';
import { openRegistry, type RegistryBackend } from './open-registry.js';

/** What register-model needs, from action inputs or CLI options. */
export interface RegisterRequest {
  cwd: string;
  name: string;
  /** The model: a folder (packed as one .tar.gz) or a file (kept as it is). */
  model: string;
  /** A sweep's output folder: best.json gives params and metrics, sweep-record.json the sweep summary. */
  fromSweep?: string;
  metrics?: string;
  params?: string;
  /** validate-data's profile: the data digests become the version's lineage; the profile is attached. */
  profile?: string;
  aliases: string[];
  tags: string[];
  parentVersion?: number;
  dedupeByContent?: boolean;
  /** Same key, same version. Default inside Actions: the run id and attempt. */
  idempotencyKey?: string;
  backend: RegistryBackend;
  /** GITHUB_* variables of a workflow run, for the manifest's lineage and the idempotency key. */
  env: NodeJS.ProcessEnv;
}

async function readJsonObject(file: string, what: string): Promise<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(`Cannot read the ${what} ${file}: ${(error as Error).message}`, { hint: `Pass a JSON file with the ${what}.` });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`The ${what} ${file} must be a JSON object.`, { hint: `Write the ${what} as {"name": value, ...}.` });
  }
  return value as Record<string, unknown>;
}

function numbers(values: Record<string, unknown>, file: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (value !== null && typeof value === 'object') continue; // nested sections are not metrics
    else throw new InputError(`Metric "${key}" in ${file} is ${JSON.stringify(value)}, not a finite number.`, { hint: 'Metrics are numbers; leave others out.' });
  }
  return out;
}

function scalars(values: Record<string, unknown>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  return out;
}

/** The commit checked out in `cwd`, for lineage outside Actions; undefined outside a git checkout. */
function gitHead(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
  const sha = result.status === 0 ? result.stdout.trim() : '';
  return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}

/** The run a version comes from, from the runner's variables (nothing outside Actions). */
export function runFromEnv(env: NodeJS.ProcessEnv): ManifestRun {
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
 * summary, the run), register it (draft, upload, publish: never a half-version) and set its aliases.
 * Inside Actions the run id and attempt make registration idempotent: re-running the same job returns
 * the version it registered.
 */
export async function registerModel(request: RegisterRequest, logger: Logger): Promise<RegisterResult> {
  validateModelName(request.name);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'mlops-register-'));
  try {
    const resolve = (p: string) => path.resolve(request.cwd, p);
    let params: Record<string, ParamValue> = {};
    let metrics: Record<string, number> = {};
    let sweep: ManifestSweep | null = null;
    if (request.fromSweep) {
      const best = await readJsonObject(path.join(resolve(request.fromSweep), 'best.json'), 'best trial');
      params = scalars((best.params as Record<string, unknown>) ?? {});
      metrics = numbers((best.metrics as Record<string, unknown>) ?? {}, 'best.json');
      const record = await readJsonObject(path.join(resolve(request.fromSweep), 'sweep-record.json'), 'sweep record');
      const trials = record.trials as { total?: number; complete?: number } | undefined;
      const objective = record.objective as { metric?: string; goal?: 'minimize' | 'maximize' } | undefined;
      sweep = {
        trials: trials?.total ?? 0,
        completed: trials?.complete ?? 0,
        bestTrial: best.trial === undefined ? null : String(best.trial),
        objective: objective?.metric && objective.goal ? { metric: objective.metric, direction: objective.goal } : null,
      };
    }
    if (request.params) params = { ...params, ...scalars(await readJsonObject(resolve(request.params), 'params')) };
    if (request.metrics) metrics = { ...metrics, ...numbers(await readJsonObject(resolve(request.metrics), 'metrics'), request.metrics) };

    const packed = await logger.group('Pack the model', () => packModel(resolve(request.model), staging));
    const files: RegisterFile[] = packed.files.map((f) => ({ name: f.name, path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType }));
    const data: Record<string, string> = {};
    if (request.profile) {
      const profilePath = resolve(request.profile);
      const profile = await readJsonObject(profilePath, 'data profile');
      for (const file of (profile.files as { path?: string; sha256?: string }[] | undefined) ?? []) {
        if (typeof file.path === 'string' && typeof file.sha256 === 'string') data[file.path] = `sha256:${file.sha256}`;
      }
      const digest = await digestFile(profilePath);
      files.push({ name: 'data-profile.json', path: profilePath, size: digest.size, sha256: digest.sha256, contentType: 'application/json' });
    }
    const run = runFromEnv(request.env);
    const { registry } = openRegistry(request.backend, { sha: request.env.GITHUB_SHA ?? gitHead(request.cwd), logger });
    return await logger.group(`Register ${request.name}`, () =>
      registry.register({
        name: request.name,
        files,
        ref: request.env.GITHUB_REF ?? null,
        run,
        params,
        metrics,
        data,
        sweep,
        parentVersion: request.parentVersion ?? null,
        tags: request.tags,
        idempotencyKey: request.idempotencyKey ?? (run.id !== null ? `run:${run.id}:${run.attempt ?? 1}` : undefined),
        dedupeByContent: request.dedupeByContent,
        aliases: request.aliases,
        actor: run.actor ?? os.userInfo().username,
      }),
    );
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
