/**
 * The checks that come before a deploy touches anything (mlops.yml `deploy:`):
 *
 * - Protection: by default a `production` deploy through GitHub needs the environment to exist with
 *   a protection rule (required reviewers or a wait timer), so a human gate stands between a merge
 *   and production. Locally there are no reviewers: the rule applies to the GitHub backend only.
 * - Promotion: with `deploy.environments: [staging, production]`, a version reaches an environment
 *   only after a successful deploy to each environment listed before it, and (past the first)
 *   only with a passing gate verdict. A version whose verdict is `fail` is never deployed.
 * - No races: when the newest deployment of the environment is still queued or in progress, a
 *   second deploy is refused; one older than `staleAfterMs` is taken for dead and marked `error`.
 *
 * Each refusal can be overridden (an input), and the override is recorded in the payload.
 */
import type { DeploymentLog, DeploymentState, EnvironmentProtection } from '../backends/seams.js';
import type { Logger } from '../shared/logger.js';
import { DeployError } from './types.js';

/** Payload keys of our deployments (the Deployments API keeps any JSON). */
export interface DeployPayload {
  model: string;
  version: number;
  previousVersion: number | null;
  target: string;
  /** Set on the deployment that puts the previous version back after a failure (or on demand). */
  rollbackOf?: number | null;
  /** Checks skipped on purpose, with the reason. */
  overrides?: string[];
  [key: string]: unknown;
}

/** The model and version a deployment's payload names, if it is one of ours. */
export function payloadVersion(payload: Record<string, unknown>, name: string): number | undefined {
  return payload.model === name && typeof payload.version === 'number' ? payload.version : undefined;
}

const ACTIVE: DeploymentState[] = ['queued', 'pending', 'in_progress'];

function describeProtection(protection: EnvironmentProtection | undefined): string {
  if (!protection) return 'the environment does not exist';
  const parts = [];
  if (protection.reviewers.length > 0) parts.push(`${protection.reviewers.length} required reviewer(s)`);
  if (protection.waitTimerMinutes > 0) parts.push(`a ${protection.waitTimerMinutes}-minute wait timer`);
  return parts.length > 0 ? parts.join(' and ') : 'no protection rule';
}

/** Refuses an unprotected environment (see the header); returns what it found. */
export async function checkProtection(log: DeploymentLog, environment: string, repository: string | undefined): Promise<string> {
  const protection = await log.getEnvironment(environment);
  if (protection && (protection.reviewers.length > 0 || protection.waitTimerMinutes > 0)) return describeProtection(protection);
  const where = repository ? `https://github.com/${repository}/settings/environments` : 'Settings > Environments';
  throw new DeployError(`Refusing to deploy to ${environment}: ${describeProtection(protection)}, so nobody approves what reaches it.`, {
    hint: `Add a required reviewer to the "${environment}" environment (${where} > ${environment} > Required reviewers) and run the deploy job with \`environment: ${environment}\`; or set require-protection: false to deploy without (recorded in the deployment).`,
  });
}

/** Whether `version` of `name` has a successful deployment in `environment`. */
async function succeededIn(log: DeploymentLog, name: string, version: number, environment: string): Promise<boolean> {
  for (const deployment of await log.list({ environment })) {
    if (payloadVersion(deployment.payload, name) !== version) continue;
    const statuses = await log.listStatuses(deployment.id);
    if (statuses.some((s) => s.state === 'success')) return true;
  }
  return false;
}

export interface PromotionInput {
  log: DeploymentLog;
  name: string;
  version: number;
  environment: string;
  /** deploy.environments of mlops.yml, in promotion order; empty: no promotion rule. */
  order: readonly string[];
  /** The version's gate verdict, when it has one. */
  verdict?: 'pass' | 'fail' | 'skipped';
}

/** Refuses a promotion that skips an environment or lacks a passing gate (see the header). */
export async function checkPromotion(input: PromotionInput): Promise<void> {
  const { name, version, environment } = input;
  if (input.verdict === 'fail') {
    throw new DeployError(`Refusing to deploy ${name} v${version} to ${environment}: its gate verdict is fail.`, { hint: 'Deploy a version that passed evaluate-gate, or pass override-policy: true (recorded in the deployment).' });
  }
  const index = input.order.indexOf(environment);
  if (index <= 0) return;
  if (input.verdict !== 'pass') {
    throw new DeployError(`Refusing to promote ${name} v${version} to ${environment}: it carries no passing gate verdict (${input.verdict ?? 'none recorded'}).`, {
      hint: 'Run evaluate-gate before register-model so the version records its verdict, or pass override-policy: true (recorded in the deployment).',
    });
  }
  for (const before of input.order.slice(0, index)) {
    if (!(await succeededIn(input.log, name, version, before))) {
      throw new DeployError(`Refusing to promote ${name} v${version} to ${environment}: it has not been deployed successfully to ${before} yet (deploy.environments: ${input.order.join(' -> ')}).`, {
        hint: `Deploy v${version} to ${before} first, or pass override-policy: true (recorded in the deployment).`,
      });
    }
  }
}

/** Refuses to start while the newest deployment of the environment is still running. */
export async function checkNoRace(log: DeploymentLog, environment: string, staleAfterMs: number, now: Date, logger: Logger): Promise<void> {
  const [newest] = await log.list({ environment });
  if (!newest) return;
  const [status] = await log.listStatuses(newest.id);
  const state = status?.state ?? 'pending';
  if (!ACTIVE.includes(state)) return;
  const since = Date.parse(status?.createdAt ?? newest.createdAt);
  if (now.getTime() - since > staleAfterMs) {
    logger.warning(`Deployment ${newest.id} to ${environment} has been ${state} since ${new Date(since).toISOString()}; taking it for abandoned and marking it error`);
    await log.addStatus(newest.id, { state: 'error', description: 'Abandoned: no status for too long; a later deploy took over', autoInactive: false });
    return;
  }
  throw new DeployError(`Refusing to deploy to ${environment}: deployment ${newest.id} (${JSON.stringify(newest.payload.model ?? null)} v${JSON.stringify(newest.payload.version ?? null)}) is ${state} since ${new Date(since).toISOString()}.`, {
    hint: 'Wait for it to finish (workflows: give deploy jobs `concurrency: deploy-<environment>`); a deployment left in progress by a dead run is taken over after stale-after minutes.',
  });
}
