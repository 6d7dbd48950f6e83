/**
 * Deployments, their statuses and environments. A `success` status with auto_inactive (default)
 * marks earlier successful non-transient, non-production deployments of the environment inactive.
 */
import { ApiError, isObject, notFound, optionalBoolean, optionalString, requiredString, validationFailed, type Ctx } from '../http.js';
import { paginate } from '../pagination.js';
import { api, type Route } from '../router.js';
import { deploymentJson, deploymentStatusJson, environmentJson } from '../shapes.js';
import { timestamp, type DeploymentRecord, type DeploymentStatusRecord, type DeploymentStatusState, type RepoState } from '../state.js';

const STATES: readonly DeploymentStatusState[] = ['error', 'failure', 'inactive', 'pending', 'success', 'queued', 'in_progress'];

function isState(value: string): value is DeploymentStatusState {
  return (STATES as readonly string[]).includes(value);
}

function payloadOf(value: unknown): Record<string, unknown> | string {
  if (value === undefined) return {};
  if (isObject(value)) return value;
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (isObject(parsed)) return parsed;
    } catch {
      // fall through: GitHub rejects a payload that is not a JSON object
    }
  }
  throw validationFailed({ resource: 'Deployment', field: 'payload', code: 'invalid' });
}

function findDeployment(ctx: Ctx): { repo: RepoState; deployment: DeploymentRecord } {
  const repo = ctx.repo();
  const deployment = repo.deployments.get(ctx.id('deployment_id'));
  if (!deployment) throw notFound();
  return { repo, deployment };
}

function addStatus(repo: RepoState, ctx: Ctx, deployment: DeploymentRecord, fields: Partial<DeploymentStatusRecord> & { state: DeploymentStatusState }) {
  const now = timestamp();
  const status: DeploymentStatusRecord = {
    id: ctx.state.nextId(),
    deploymentId: deployment.id,
    description: '',
    environment: deployment.environment,
    environmentUrl: '',
    logUrl: '',
    creator: ctx.state.actor,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  repo.statuses.set(status.id, status);
  deployment.updatedAt = now;
  return status;
}

function latestState(repo: RepoState, deploymentId: number): DeploymentStatusState | undefined {
  const statuses = [...repo.statuses.values()].filter((s) => s.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
  return statuses[0]?.state;
}

export const deploymentRoutes: Route[] = [
  api('POST', '/repos/{owner}/{repo}/deployments', (ctx) => {
    const repo = ctx.repo();
    const body = ctx.json();
    const ref = requiredString(body, 'ref');
    const sha = repo.resolveCommit(ref);
    if (sha === undefined) throw new ApiError(422, `No ref found for: ${ref}`);
    const environment = optionalString(body, 'environment') ?? 'production';
    const now = timestamp();
    const deployment: DeploymentRecord = {
      id: ctx.state.nextId(),
      sha,
      ref,
      task: optionalString(body, 'task') ?? 'deploy',
      environment,
      payload: payloadOf(body.payload),
      description: optionalString(body, 'description') ?? null,
      creator: ctx.state.actor,
      productionEnvironment: optionalBoolean(body, 'production_environment') ?? environment === 'production',
      transientEnvironment: optionalBoolean(body, 'transient_environment') ?? false,
      createdAt: now,
      updatedAt: now,
    };
    repo.deployments.set(deployment.id, deployment);
    return { status: 201, body: deploymentJson(repo, deployment, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/deployments', (ctx) => {
    const repo = ctx.repo();
    const query = ctx.url.searchParams;
    const keep = (deployment: DeploymentRecord) =>
      (['sha', 'ref', 'task', 'environment'] as const).every((field) => !query.has(field) || query.get(field) === deployment[field]);
    const deployments = [...repo.deployments.values()].filter(keep).sort((a, b) => b.id - a.id);
    return paginate(ctx, deployments.map((deployment) => deploymentJson(repo, deployment, ctx.links)));
  }),

  api('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (ctx) => {
    const { repo, deployment } = findDeployment(ctx);
    const body = ctx.json();
    const state = requiredString(body, 'state');
    if (!isState(state)) throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'invalid' });
    const description = optionalString(body, 'description') ?? '';
    if (description.length > 140) {
      throw validationFailed({ resource: 'DeploymentStatus', field: 'description', code: 'custom', message: 'description is too long (maximum is 140 characters)' });
    }
    const status = addStatus(repo, ctx, deployment, {
      state,
      description,
      logUrl: optionalString(body, 'log_url') ?? optionalString(body, 'target_url') ?? '',
      environmentUrl: optionalString(body, 'environment_url') ?? '',
      environment: optionalString(body, 'environment') ?? deployment.environment,
    });
    if (state === 'success' && (optionalBoolean(body, 'auto_inactive') ?? true)) {
      for (const other of repo.deployments.values()) {
        if (other.id === deployment.id || other.environment !== deployment.environment) continue;
        if (other.transientEnvironment || other.productionEnvironment) continue;
        if (latestState(repo, other.id) === 'success') addStatus(repo, ctx, other, { state: 'inactive' });
      }
    }
    return { status: 201, body: deploymentStatusJson(repo, status, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (ctx) => {
    const { repo, deployment } = findDeployment(ctx);
    const statuses = [...repo.statuses.values()].filter((s) => s.deploymentId === deployment.id).sort((a, b) => b.id - a.id);
    return paginate(ctx, statuses.map((status) => deploymentStatusJson(repo, status, ctx.links)));
  }),

  api('GET', '/repos/{owner}/{repo}/environments/{environment_name}', (ctx) => {
    const repo = ctx.repo();
    const environment = repo.environments.get(ctx.params.environment_name);
    if (!environment) throw notFound();
    return { status: 200, body: environmentJson(repo, environment, ctx.links) };
  }),
];
