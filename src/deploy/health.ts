/**
 * Health checks (types.ts `HealthCheck`): an HTTP URL that must answer 2xx (and, optionally, carry a
 * JSON field with an expected value), or a command that must exit 0. Both are tried until they pass
 * or their attempts run out, with a growing wait in between: a freshly started server needs a moment.
 */
import type { Logger } from '../shared/logger.js';
import { childEnv, describeOutcome, runShellCommand, tail } from './run-process.js';
import { checkUrl, DeployFailure, type Deployed, type HealthCheck } from './types.js';

interface RetryOptions {
  /** Tries in all; default 10. */
  attempts?: number;
  /** Wait before try n+1: min(intervalMs * 1.5^(n-1), 10 s); default 500. */
  intervalMs?: number;
  /** Per try; default 5000. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function retry(what: string, options: RetryOptions, logger: Logger, once: () => Promise<string | undefined>): Promise<void> {
  const attempts = options.attempts ?? 10;
  let problem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(Math.min((options.intervalMs ?? 500) * 1.5 ** (attempt - 2), 10_000));
    const failed = await once();
    if (failed === undefined) {
      logger.info(`Health check passed (${what}, try ${attempt})`);
      return;
    }
    problem = failed;
    logger.debug(`Health check try ${attempt} of ${attempts}: ${failed}`);
  }
  throw new DeployFailure('health', `The health check (${what}) did not pass in ${attempts} tries: ${problem}`);
}

export interface HttpHealthCheckOptions extends RetryOptions {
  url: string;
  /** A dotted path into the JSON answer (`status`, `model.version`) ... */
  jsonField?: string;
  /**
   * ... and the value it must have, compared as text; `{version}` stands for the version deployed
   * (so a server still running the old version does not pass). Default: the field only has to exist.
   */
  expect?: string;
  fetch?: typeof fetch;
}

/** The value at a dotted path of a JSON value, or undefined. */
function at(value: unknown, dotted: string): unknown {
  let current = value;
  for (const key of dotted.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export class HttpHealthCheck implements HealthCheck {
  constructor(private readonly options: HttpHealthCheckOptions) {}

  get description(): string {
    return `GET ${this.options.url}${this.options.jsonField ? ` (${this.options.jsonField}${this.options.expect !== undefined ? ` = ${this.options.expect}` : ''})` : ''}`;
  }

  check(logger: Logger, deployed: Deployed): Promise<void> {
    const o = this.options;
    const doFetch = o.fetch ?? fetch;
    const url = checkUrl(o.url, deployed);
    const expected = o.expect?.replaceAll('{version}', String(deployed.version));
    return retry(this.description, o, logger, async () => {
      try {
        const response = await doFetch(url, { signal: AbortSignal.timeout(o.timeoutMs ?? 5000) });
        const text = await response.text();
        if (!response.ok) return `answered ${response.status}`;
        if (o.jsonField === undefined) return undefined;
        let value: unknown;
        try {
          value = at(JSON.parse(text), o.jsonField);
        } catch {
          return 'answered something that is not JSON';
        }
        if (value === undefined) return `the answer has no field ${o.jsonField}`;
        if (expected !== undefined && (typeof value === 'string' ? value : JSON.stringify(value)) !== expected) return `${o.jsonField} is ${JSON.stringify(value)}, expected ${expected}`;
        return undefined;
      } catch (error) {
        return `no answer (${(error as Error).message})`;
      }
    });
  }
}

export interface CommandHealthCheckOptions extends RetryOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  secrets?: readonly string[];
}

export class CommandHealthCheck implements HealthCheck {
  constructor(private readonly options: CommandHealthCheckOptions) {}

  get description(): string {
    return `command: ${this.options.command}`;
  }

  /** The command gets MLOPS_MODEL_VERSION and MLOPS_ENVIRONMENT_URL of the deploy. */
  check(logger: Logger, deployed: Deployed): Promise<void> {
    const o = this.options;
    const timeoutMs = o.timeoutMs ?? 5000;
    const env = childEnv(o.env, { MLOPS_MODEL_VERSION: String(deployed.version), MLOPS_ENVIRONMENT_URL: deployed.environmentUrl ?? '' });
    return retry(this.description, o, logger, async () => {
      const outcome = await runShellCommand(o.command, { cwd: o.cwd, env, timeoutMs, secrets: o.secrets, graceMs: 500 });
      return outcome.exitCode === 0 && !outcome.timedOut ? undefined : `${describeOutcome('the command', outcome, timeoutMs)}${tail(outcome.log, 3)}`;
    });
  }
}
