/**
 * DeploymentLog over the Deployments API (docs/platform.md "Deployments and environments"): deployments
 * are created with auto_merge false and no required contexts, so recording a deployment never
 * merges branches or waits on commit statuses; the environment gate itself is the job's business.
 */
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
import { asArray, UnexpectedAnswerError } from './answers.js';
import { toDeployment, toDeploymentStatus, toEnvironment } from './deployment-answers.js';
import type { GitHubRepoOptions } from './github-release-store.js';
import { errorMessage, httpStatus, orUndefined } from './request-errors.js';

export class GitHubDeploymentLog implements DeploymentLog {
  constructor(private readonly options: GitHubRepoOptions) {}

  private get params() {
    return { owner: this.options.owner, repo: this.options.repo };
  }

  private get octokit() {
    return this.options.octokit;
  }

  async create(deployment: NewDeployment): Promise<Deployment> {
    try {
      const response = await this.octokit.rest.repos.createDeployment({
        ...this.params,
        ref: deployment.ref,
        environment: deployment.environment,
        task: deployment.task ?? 'deploy',
        payload: deployment.payload ?? {},
        description: deployment.description,
        auto_merge: false,
        required_contexts: [],
        production_environment: deployment.productionEnvironment,
        transient_environment: deployment.transientEnvironment,
      });
      // 202 means GitHub merged the default branch instead of deploying; auto_merge false rules it out.
      if (response.status !== 201) throw new UnexpectedAnswerError('a new deployment', `status ${response.status}`);
      return toDeployment(response.data);
    } catch (error) {
      if (httpStatus(error) === 422 && /no ref found/i.test(errorMessage(error))) {
        throw new NotFoundError(`No commit found for the ref ${deployment.ref}`, { cause: error });
      }
      throw error;
    }
  }

  async addStatus(deploymentId: number, status: NewDeploymentStatus): Promise<DeploymentStatus> {
    try {
      const response = await this.octokit.rest.repos.createDeploymentStatus({
        ...this.params,
        deployment_id: deploymentId,
        state: status.state,
        description: status.description?.slice(0, 140),
        environment_url: status.environmentUrl,
        log_url: status.logUrl,
        auto_inactive: status.autoInactive ?? true,
      });
      return toDeploymentStatus(response.data, deploymentId);
    } catch (error) {
      throw this.notFound(error, deploymentId);
    }
  }

  async list(filter: DeploymentFilter = {}): Promise<Deployment[]> {
    const deployments = await this.octokit.paginate(this.octokit.rest.repos.listDeployments, { ...this.params, ...filter, per_page: 100 });
    return asArray(deployments, 'deployments').map(toDeployment);
  }

  async listStatuses(deploymentId: number): Promise<DeploymentStatus[]> {
    try {
      const statuses = await this.octokit.paginate(this.octokit.rest.repos.listDeploymentStatuses, {
        ...this.params,
        deployment_id: deploymentId,
        per_page: 100,
      });
      return asArray(statuses, 'deployment statuses').map((status) => toDeploymentStatus(status, deploymentId));
    } catch (error) {
      throw this.notFound(error, deploymentId);
    }
  }

  async getEnvironment(name: string): Promise<EnvironmentProtection | undefined> {
    const response = await orUndefined(this.octokit.rest.repos.getEnvironment({ ...this.params, environment_name: name }));
    return response && toEnvironment(response.data);
  }

  private notFound(error: unknown, deploymentId: number): unknown {
    return httpStatus(error) === 404 ? new NotFoundError(`Deployment ${deploymentId} does not exist`, { cause: error }) : error;
  }
}
