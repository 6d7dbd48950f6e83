/**
 * On-demand rollback and the audit view. The version to go back to comes from the alias history of
 * the environment (the alias named after it moves only after a successful deploy): the `from` of the
 * earliest move to the current version, i.e. what ran before the current version first arrived. A
 * rollback is itself recorded as an alias move, so a second rollback walks one more version back.
 */
import type { DeploymentLog, DeploymentState } from '../backends/seams.js';
import type { AliasMove, ModelRegistry } from '../registry/registry.js';
import { deployVersion, type DeployResult, type DeploySeams, type DeploySettings } from './deploy.js';
import { payloadVersion } from './policy.js';
import { DeployError } from './types.js';

/** The version to roll back to from the alias history, or undefined. */
export function rollbackTarget(moves: AliasMove[], current: number): number | undefined {
  const first = moves.find((m) => m.applied && m.to === current);
  return first?.from ?? undefined;
}

/** Deploys the version the environment ran before its current one (see the header). */
export async function rollbackEnvironment(settings: Omit<DeploySettings, 'selector' | 'rollback'>, seams: DeploySeams): Promise<DeployResult> {
  const { registry } = seams;
  const env = settings.environment;
  const current = await registry.aliasTarget(settings.name, env);
  if (current === undefined) throw new DeployError(`Nothing to roll back in ${env}: alias ${env} of ${settings.name} is not set (nothing was deployed there successfully).`);
  const back = rollbackTarget(await registry.aliasHistory(settings.name, env), current);
  if (back === undefined) throw new DeployError(`Nothing to roll back to in ${env}: v${current} is the first version deployed there.`, { hint: 'Deploy a chosen version instead: mlops deploy NAME:<version> --env ' + env });
  seams.logger.info(`Rollback of ${env}: v${current} -> v${back}`);
  return deployVersion({ ...settings, selector: { version: back }, rollback: true }, seams);
}

/** One row of the audit view. */
export interface DeploymentEntry {
  id: number;
  environment: string;
  model: string;
  version: number | null;
  task: string;
  ref: string;
  createdAt: string;
  /** The newest status, and when it was set. */
  state: DeploymentState | 'none';
  stateAt: string;
  description: string;
  environmentUrl: string;
}

/** Deployments of a model (every environment, or one), newest first, with their newest status. */
export async function listDeployments(log: DeploymentLog, name: string, environment?: string, limit = 50): Promise<DeploymentEntry[]> {
  const out: DeploymentEntry[] = [];
  for (const d of await log.list(environment ? { environment } : {})) {
    if (d.payload.model !== name) continue;
    const [status] = await log.listStatuses(d.id);
    out.push({
      id: d.id,
      environment: d.environment,
      model: name,
      version: payloadVersion(d.payload, name) ?? null,
      task: d.task,
      ref: d.ref,
      createdAt: d.createdAt,
      state: status?.state ?? 'none',
      stateAt: status?.createdAt ?? d.createdAt,
      description: status?.description ?? d.description ?? '',
      environmentUrl: status?.environmentUrl ?? '',
    });
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * What ran in `environment` at `at`: the version of the newest alias move (each follows a successful
 * deploy or rollback) at or before that moment.
 */
export async function servingAt(registry: ModelRegistry, name: string, environment: string, at: Date): Promise<AliasMove | undefined> {
  const moves = (await registry.aliasHistory(name, environment)).filter((m) => m.applied && Date.parse(m.at) <= at.getTime());
  return moves.at(-1);
}
