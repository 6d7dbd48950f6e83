/** Guards for the deployment log's JSON files (read as unknown: they may be edited by hand). */
import type { Deployment, DeploymentState, DeploymentStatus, EnvironmentProtection } from '../seams.js';
import { isRecord } from '../../shared/json.js';
import { readJsonFile } from './local-records.js';

const STATES: readonly string[] = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'] satisfies DeploymentState[];

function isDeployment(value: unknown): value is Deployment {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.ref === 'string' &&
    typeof value.sha === 'string' &&
    typeof value.task === 'string' &&
    typeof value.environment === 'string' &&
    isRecord(value.payload) &&
    (value.description === null || typeof value.description === 'string') &&
    typeof value.productionEnvironment === 'boolean' &&
    typeof value.transientEnvironment === 'boolean' &&
    typeof value.createdAt === 'string'
  );
}

function isStatus(value: unknown): value is DeploymentStatus {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.deploymentId === 'number' &&
    typeof value.state === 'string' &&
    STATES.includes(value.state) &&
    typeof value.description === 'string' &&
    typeof value.environmentUrl === 'string' &&
    typeof value.logUrl === 'string' &&
    typeof value.createdAt === 'string'
  );
}

function isEnvironment(value: unknown): value is EnvironmentProtection {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.waitTimerMinutes === 'number' &&
    Array.isArray(value.reviewers) &&
    value.reviewers.every((r) => isRecord(r) && (r.type === 'User' || r.type === 'Team') && typeof r.name === 'string') &&
    typeof value.preventSelfReview === 'boolean' &&
    typeof value.branchPolicy === 'boolean'
  );
}

export const readDeployment = (file: string) => readJsonFile(file, isDeployment);
export const readStatus = (file: string) => readJsonFile(file, isStatus);
export const readEnvironment = (file: string) => readJsonFile(file, isEnvironment);
