/**
 * Deploy targets (types.ts `DeployTarget`): a command, for anything a shell can reach (a container
 * registry push, a Kubernetes image roll, a serverless function update, a local server), and a
 * webhook, for a service that deploys on request.
 */
import { createHmac } from 'node:crypto';
import type { Logger } from '../shared/logger.js';
import { childEnv, describeOutcome, runShellCommand, tail } from './run-process.js';
import { DeployFailure, type DeployTarget, type TargetRequest, type TargetResult } from './types.js';

/** Variables a command target (and a command health check) reads. */
const TargetEnv = {
  /** The verified model folder. */
  ModelDir: 'MLOPS_MODEL_DIR',
  ModelName: 'MLOPS_MODEL_NAME',
  ModelVersion: 'MLOPS_MODEL_VERSION',
  Environment: 'MLOPS_ENVIRONMENT',
  /** The version the environment served before ('' when none). */
  PreviousVersion: 'MLOPS_PREVIOUS_VERSION',
  /** A folder kept across deploys of the environment, for state such as a pid file. */
  StateDir: 'MLOPS_DEPLOY_DIR',
} as const;

/** A line of a target's output that names where the deployed model answers. */
const URL_LINE = /^mlops:environment-url\s+(\S+)\s*$/m;

export interface CommandTargetOptions {
  command: string;
  cwd: string;
  /** The environment to start from (scrubbed of credentials before use). */
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Values masked in the log. */
  secrets?: readonly string[];
  graceMs?: number;
}

/**
 * Runs the user's command with the model in environment variables (TargetEnv). Exit code 0 is a
 * deploy; anything else, or no exit within the timeout (the process tree is stopped), a failure.
 */
export class CommandTarget implements DeployTarget {
  readonly kind = 'command';
  constructor(private readonly options: CommandTargetOptions) {}

  get description(): string {
    return `command: ${this.options.command}`;
  }

  async deploy(request: TargetRequest): Promise<TargetResult> {
    const o = this.options;
    const env = childEnv(o.env, {
      [TargetEnv.ModelDir]: request.modelDir,
      [TargetEnv.ModelName]: request.name,
      [TargetEnv.ModelVersion]: String(request.version),
      [TargetEnv.Environment]: request.environment,
      [TargetEnv.PreviousVersion]: request.previousVersion === null ? '' : String(request.previousVersion),
      [TargetEnv.StateDir]: request.stateDir,
    });
    const outcome = await runShellCommand(o.command, { cwd: o.cwd, env, timeoutMs: o.timeoutMs, secrets: o.secrets, graceMs: o.graceMs });
    for (const line of outcome.log.trimEnd().split('\n')) if (line !== '') request.logger.info(`  | ${line}`);
    if (outcome.timedOut || outcome.exitCode !== 0) {
      throw new DeployFailure('target', `${describeOutcome('The deploy command', outcome, o.timeoutMs)}${tail(outcome.log)}`);
    }
    return { log: outcome.log, environmentUrl: URL_LINE.exec(outcome.stdout)?.[1] };
  }
}

export interface WebhookTargetOptions {
  url: string;
  /** Signs the body: header `X-Mlops-Signature-256: sha256=<hex HMAC-SHA256>`. */
  secret?: string;
  /** Attempts in all (5xx and lost connections are tried again, 4xx never); default 4. */
  attempts?: number;
  /** Wait before attempt n+1: backoffMs * 2^(n-1); default 1000. */
  backoffMs?: number;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The header that carries the body's signature (GitHub's webhook convention, our name). */
export const SIGNATURE_HEADER = 'X-Mlops-Signature-256';

/** `sha256=<hex>` of `body` under `secret`: what a receiver recomputes to trust the request. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * POSTs the deploy as JSON (model, version, environment, previous version, release page) to a
 * service that does the deploying. A 2xx answer is a deploy; 4xx is a refusal (not retried: the same
 * request would be refused again); 5xx and lost connections are tried again with backoff.
 */
export class WebhookTarget implements DeployTarget {
  readonly kind = 'webhook';
  constructor(private readonly options: WebhookTargetOptions) {}

  get description(): string {
    return `webhook: ${new URL(this.options.url).origin}${new URL(this.options.url).pathname}`;
  }

  async deploy(request: TargetRequest): Promise<TargetResult> {
    const body = JSON.stringify({
      model: request.name,
      version: request.version,
      environment: request.environment,
      previousVersion: request.previousVersion,
      releaseUrl: request.releaseUrl ?? null,
    });
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'mlops-deploy-env' };
    if (this.options.secret) headers[SIGNATURE_HEADER] = signBody(body, this.options.secret);
    const answer = await postWithRetries(this.options, body, headers, request.logger);
    return { log: `${answer.status} ${answer.text.slice(0, 2000)}`, environmentUrl: environmentUrlOf(answer.text) };
  }
}

function environmentUrlOf(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && typeof (value as { environmentUrl?: unknown }).environmentUrl === 'string') return (value as { environmentUrl: string }).environmentUrl;
  } catch {
    // Not JSON: no URL.
  }
  return undefined;
}

async function postWithRetries(options: WebhookTargetOptions, body: string, headers: Record<string, string>, logger: Logger): Promise<{ status: number; text: string }> {
  const attempts = options.attempts ?? 4;
  const doFetch = options.fetch ?? fetch;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, (options.backoffMs ?? 1000) * 2 ** (attempt - 2)));
    try {
      const response = await doFetch(options.url, { method: 'POST', body, headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      const text = await response.text();
      if (response.ok) return { status: response.status, text };
      last = `answered ${response.status}: ${text.slice(0, 300)}`;
      if (response.status < 500) throw new DeployFailure('target', `The deploy webhook ${last} (a 4xx is a refusal: not retried)`);
    } catch (error) {
      if (error instanceof DeployFailure) throw error;
      last = `failed: ${(error as Error).message}`;
    }
    logger.warning(`Deploy webhook attempt ${attempt} of ${attempts} ${last}`);
  }
  throw new DeployFailure('target', `The deploy webhook ${last} after ${attempts} attempts`);
}
