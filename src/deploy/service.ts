/**
 * deploy-env as the entries call it (the action, `mlops deploy`, the last step of `mlops run`): the
 * strategies built from mlops.yml `deploy:` (with the entries' overrides), the version taken from the
 * run record's register part when none is given, its gate verdict from the gate part, one deploy or
 * rollback, and the deploy part written to the record.
 */
import path from 'node:path';
import type { DeployConfig } from '../config/config.js';
import { readPartIfPresent, writeDeployPart } from '../record/index.js';
import type { VersionSelector } from '../registry/registry.js';
import { InputError } from '../shared/errors.js';
import { deployVersion, DeployFailedError, type DeployResult, type DeploySeams, type DeploySettings } from './deploy.js';
import { CommandHealthCheck, HttpHealthCheck } from './health.js';
import { rollbackEnvironment } from './rollback.js';
import { CommandPredictor, HttpPredictor } from './smoke.js';
import { CommandTarget, WebhookTarget } from './targets.js';
import type { DeployTarget, HealthCheck } from './types.js';

export interface DeployRequest {
  /** Where commands run and relative paths of `deploy:` resolve (the folder of mlops.yml). */
  configDir: string;
  name: string;
  /** Default: the version of the record's register part. */
  selector?: VersionSelector;
  environment: string;
  ref: string;
  actor: string;
  deploy: DeployConfig;
  /** The eval data for the smoke check when deploy.smoke.data is not set (data.eval). */
  evalData?: string;
  /** The run record: register and gate parts read, deploy part written. */
  record?: string;
  rollback: boolean;
  overridePolicy: boolean;
  requireProtection: boolean;
  workDir: string;
  env: NodeJS.ProcessEnv;
  /** Masked in every log (webhook secret, tokens). */
  secrets: string[];
  logUrl?: string;
  repository?: string;
  /** Webhook backoff and similar waits, for tests (ms). */
  backoffMs?: number;
}

const seconds = (value: number | undefined, fallback: number) => Math.round((value ?? fallback) * 1000);

/** The target of `deploy.target`: exactly one of command and webhook. */
function buildTarget(config: DeployConfig, request: Pick<DeployRequest, 'configDir' | 'env' | 'secrets' | 'backoffMs'>): DeployTarget {
  const t = config.target ?? {};
  if ((t.command === undefined) === (t.webhook === undefined)) {
    throw new InputError(`deploy.target needs exactly one of command and webhook (got ${t.command === undefined ? 'neither' : 'both'}).`, {
      location: { file: 'mlops.yml', key: 'deploy.target' },
      hint: 'e.g. deploy: { target: { command: ./deploy.sh } } or the target-command / webhook-url inputs.',
    });
  }
  if (t.command !== undefined) return new CommandTarget({ command: t.command, cwd: request.configDir, env: request.env, timeoutMs: seconds(t.timeout, 300), secrets: request.secrets });
  const secret = t.secret_env ? request.env[t.secret_env] : undefined;
  if (t.secret_env && !secret) throw new InputError(`deploy.target.secret_env names ${t.secret_env}, which is not set.`, { hint: `Pass the secret as an environment variable: env: { ${t.secret_env}: \${{ secrets.${t.secret_env} }} }.` });
  return new WebhookTarget({ url: t.webhook!, secret, backoffMs: request.backoffMs, timeoutMs: seconds(t.timeout, 30) });
}

function buildHealth(config: DeployConfig, request: Pick<DeployRequest, 'configDir' | 'env' | 'secrets'>): HealthCheck | undefined {
  const h = config.health;
  if (!h || (h.url === undefined && h.command === undefined)) return undefined;
  const retry = { attempts: h.attempts, intervalMs: h.interval === undefined ? undefined : seconds(h.interval, 0.5), timeoutMs: h.timeout === undefined ? undefined : seconds(h.timeout, 5) };
  if (h.url !== undefined) return new HttpHealthCheck({ url: h.url, jsonField: h.json_field, expect: h.expect === undefined ? undefined : String(h.expect), ...retry });
  return new CommandHealthCheck({ command: h.command!, cwd: request.configDir, env: request.env, secrets: request.secrets, ...retry });
}

function buildSmoke(request: DeployRequest): DeploySettings['smoke'] {
  const s = request.deploy.smoke;
  if (!s || (s.url === undefined && s.command === undefined)) return undefined;
  const data = s.data ?? request.evalData;
  if (!data) throw new InputError('deploy.smoke needs eval rows: set deploy.smoke.data or data.eval in mlops.yml.', { location: { file: 'mlops.yml', key: 'deploy.smoke' } });
  const predictor = s.url !== undefined ? new HttpPredictor({ url: s.url }) : new CommandPredictor({ command: s.command!, cwd: request.configDir, env: request.env, timeoutMs: 60_000, secrets: request.secrets });
  return { predictor, evalFile: path.resolve(request.configDir, data), rows: s.rows ?? 10 };
}

/** Deploys (or rolls back) as the request says and records the deployments in the run record. */
export async function runDeploy(request: DeployRequest, seams: DeploySeams): Promise<DeployResult> {
  const registerPart = request.record ? await readPartIfPresent(request.record, 'register') : undefined;
  const gatePart = request.record ? await readPartIfPresent(request.record, 'gate') : undefined;
  let selector = request.selector;
  if (selector === undefined && !request.rollback) {
    if (!registerPart || registerPart.value.name !== request.name) {
      throw new InputError(`No version to deploy: give a version or alias, or run register-model first (the run record has no register part for ${request.name}).`, { hint: 'e.g. mlops deploy penguins:3 --env staging, or the version / alias inputs.' });
    }
    selector = { version: registerPart.value.version };
  }
  // The record's gate verdict speaks for the version the same record registered, and only for it.
  const sameVersion = registerPart && selector !== undefined && selector !== 'latest' && 'version' in selector && selector.version === registerPart.value.version;
  const settings: Omit<DeploySettings, 'selector'> = {
    name: request.name,
    environment: request.environment,
    ref: request.ref,
    actor: request.actor,
    target: buildTarget(request.deploy, request),
    health: buildHealth(request.deploy, request),
    smoke: buildSmoke(request),
    order: request.deploy.environments ?? [],
    requireProtection: request.requireProtection,
    overridePolicy: request.overridePolicy,
    // A gate that passed with warnings passed: the manifest keeps it as pass too.
    recordVerdict: sameVersion && gatePart ? (gatePart.value.verdict === 'warn' ? 'pass' : gatePart.value.verdict) : undefined,
    workDir: request.workDir,
    logUrl: request.logUrl,
    environmentUrl: request.deploy.environment_url,
    repository: request.repository,
  };
  try {
    const result = request.rollback ? await rollbackEnvironment(settings, seams) : await deployVersion({ ...settings, selector: selector! }, seams);
    if (request.record) await writeDeployPart(request.record, result.deployments.map(partEntry), request.env);
    return result;
  } catch (error) {
    if (error instanceof DeployFailedError && request.record) await writeDeployPart(request.record, error.deployments.map(partEntry), request.env);
    throw error;
  }
}

function partEntry(d: { environment: string; version: number; deploymentId: number; status: 'success' | 'failure'; url: string | null }) {
  return { environment: d.environment, version: d.version, deploymentId: d.deploymentId, status: d.status, url: d.url };
}
