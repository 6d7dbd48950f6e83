/** Deployment, status and environment answers of the REST API, narrowed to the seam's types. */
import type { Deployment, DeploymentState, DeploymentStatus, EnvironmentProtection, EnvironmentReviewer } from '../seams.js';
import { Fields, UnexpectedAnswerError } from './answers.js';
import { isRecord } from '../../shared/json.js';

const STATES: readonly string[] = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'] satisfies DeploymentState[];

function isState(value: string): value is DeploymentState {
  return STATES.includes(value);
}

/** GitHub hands payloads back as an object or as a JSON string of one. */
function toPayload(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  if (typeof value === 'string' && value !== '') {
    const parsed: unknown = JSON.parse(value);
    if (isRecord(parsed)) return parsed;
  }
  return {};
}

export function toDeployment(value: unknown): Deployment {
  const f = new Fields(value, 'a deployment');
  return {
    id: f.number('id'),
    ref: f.string('ref'),
    sha: f.string('sha'),
    task: f.string('task'),
    environment: f.string('environment'),
    payload: toPayload(f.raw('payload')),
    description: f.nullableString('description'),
    productionEnvironment: f.boolean('production_environment', false),
    transientEnvironment: f.boolean('transient_environment', false),
    createdAt: f.string('created_at'),
  };
}

export function toDeploymentStatus(value: unknown, deploymentId: number): DeploymentStatus {
  const f = new Fields(value, 'a deployment status');
  const state = f.string('state');
  if (!isState(state)) throw new UnexpectedAnswerError('a deployment status', `unknown state "${state}"`);
  return {
    id: f.number('id'),
    deploymentId,
    state,
    description: f.optionalString('description', ''),
    environmentUrl: f.optionalString('environment_url', ''),
    logUrl: f.optionalString('log_url', f.optionalString('target_url', '')),
    createdAt: f.string('created_at'),
  };
}

function toReviewer(value: unknown): EnvironmentReviewer {
  const f = new Fields(value, 'an environment reviewer');
  const who = new Fields(f.raw('reviewer'), 'an environment reviewer');
  return f.string('type') === 'Team' ? { type: 'Team', name: who.string('slug') } : { type: 'User', name: who.string('login') };
}

export function toEnvironment(value: unknown): EnvironmentProtection {
  const f = new Fields(value, 'an environment');
  const protection: EnvironmentProtection = { name: f.string('name'), waitTimerMinutes: 0, reviewers: [], preventSelfReview: false, branchPolicy: false };
  for (const rule of f.array('protection_rules')) {
    const r = new Fields(rule, 'a protection rule');
    const type = r.string('type');
    if (type === 'wait_timer') protection.waitTimerMinutes = r.number('wait_timer');
    if (type === 'required_reviewers') {
      protection.reviewers = r.array('reviewers').map(toReviewer);
      protection.preventSelfReview = r.boolean('prevent_self_review', false);
    }
    if (type === 'branch_policy') protection.branchPolicy = true;
  }
  return protection;
}
