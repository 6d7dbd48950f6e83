/**
 * DeploymentLog over a folder (docs/architecture.md: locally "deployments are a log"), keeping GitHub's
 * semantics: refs resolve through the registry's `refs/` folder, a `success` status retires earlier
 * successful deployments of the environment (auto_inactive), lists are newest first.
 *
 *   deployments/<id>/deployment.json   statuses/<id>/status.json   environments/<name>.json
 */
import path from 'node:path';
import {
  NotFoundError,
  type Deployment,
  type DeploymentFilter,
  type DeploymentLog,
  type DeploymentStatus,
  type EnvironmentProtection,
  type NewDeployment,
  type NewDeploymentStatus,
} from '../seams.js';
import { allocateId, encodeSegment, listDir, nowIso, writeFileAtomic } from './atomic-fs.js';
import { readDeployment, readEnvironment, readStatus } from './local-deployment-records.js';
import { LocalReleaseStore } from './local-release-store.js';

const SHA = /^[0-9a-f]{40}$/;

export class LocalDeploymentLog implements DeploymentLog {
  private readonly refs: LocalReleaseStore;

  /** `root` is the same folder the LocalReleaseStore uses, so deployments see its refs. */
  constructor(private readonly root: string) {
    this.refs = new LocalReleaseStore(root);
  }

  /** Declares an environment's protection rules (locally they come from config, not from GitHub). */
  async defineEnvironment(protection: EnvironmentProtection): Promise<void> {
    await writeFileAtomic(path.join(this.root, 'environments', `${encodeSegment(protection.name)}.json`), JSON.stringify(protection, null, 2));
  }

  async create(input: NewDeployment): Promise<Deployment> {
    const sha = await this.resolve(input.ref);
    const id = await allocateId(path.join(this.root, 'deployments'));
    const deployment: Deployment = {
      id,
      ref: input.ref,
      sha,
      task: input.task ?? 'deploy',
      environment: input.environment,
      payload: input.payload ?? {},
      description: input.description ?? null,
      productionEnvironment: input.productionEnvironment ?? input.environment === 'production',
      transientEnvironment: input.transientEnvironment ?? false,
      createdAt: nowIso(),
    };
    await writeFileAtomic(path.join(this.root, 'deployments', String(id), 'deployment.json'), JSON.stringify(deployment, null, 2));
    return deployment;
  }

  async addStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
    const deployment = await this.get(deploymentId);
    const status = await this.writeStatus(deploymentId, input);
    if (input.state === 'success' && input.autoInactive !== false) {
      for (const other of await this.list({ environment: deployment.environment })) {
        if (other.id === deploymentId || other.transientEnvironment || other.productionEnvironment) continue;
        const [latest] = await this.listStatuses(other.id);
        if (latest?.state === 'success') await this.writeStatus(other.id, { state: 'inactive' });
      }
    }
    return status;
  }

  async list(filter: DeploymentFilter = {}): Promise<Deployment[]> {
    const all = await Promise.all(
      (await this.ids('deployments')).map((id) => readDeployment(path.join(this.root, 'deployments', String(id), 'deployment.json'))),
    );
    return all
      .filter((d): d is Deployment => d !== undefined)
      .filter((d) => (filter.environment ?? d.environment) === d.environment && (filter.ref ?? d.ref) === d.ref)
      .filter((d) => (filter.sha ?? d.sha) === d.sha && (filter.task ?? d.task) === d.task)
      .sort((a, b) => b.id - a.id);
  }

  async listStatuses(deploymentId: number): Promise<DeploymentStatus[]> {
    await this.get(deploymentId);
    const all = await Promise.all(
      (await this.ids('statuses')).map((id) => readStatus(path.join(this.root, 'statuses', String(id), 'status.json'))),
    );
    return all.filter((s): s is DeploymentStatus => s?.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
  }

  getEnvironment(name: string): Promise<EnvironmentProtection | undefined> {
    return readEnvironment(path.join(this.root, 'environments', `${encodeSegment(name)}.json`));
  }

  private async get(deploymentId: number): Promise<Deployment> {
    const deployment = await readDeployment(path.join(this.root, 'deployments', String(deploymentId), 'deployment.json'));
    if (deployment === undefined) throw new NotFoundError(`Deployment ${deploymentId} does not exist`);
    return deployment;
  }

  private async writeStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
    const id = await allocateId(path.join(this.root, 'statuses'));
    const status: DeploymentStatus = {
      id,
      deploymentId,
      state: input.state,
      description: (input.description ?? '').slice(0, 140),
      environmentUrl: input.environmentUrl ?? '',
      logUrl: input.logUrl ?? '',
      createdAt: nowIso(),
    };
    await writeFileAtomic(path.join(this.root, 'statuses', String(id), 'status.json'), JSON.stringify(status, null, 2));
    return status;
  }

  private async ids(folder: string): Promise<number[]> {
    return (await listDir(path.join(this.root, folder))).map(Number).filter(Number.isInteger);
  }

  private async resolve(ref: string): Promise<string> {
    if (SHA.test(ref)) return ref;
    for (const candidate of [`heads/${ref}`, `tags/${ref}`, ref]) {
      const found = await this.refs.getRef(candidate);
      if (found) return found.sha;
    }
    throw new NotFoundError(`No commit found for the ref ${ref}`);
  }
}
