/**
 * The one place that turns "a local folder", "a GitHub repository and a token" or "the Actions
 * runtime" into seam instances (docs/architecture.md "Seams"). The thin entries (src/actions, src/cli) call
 * these and pass the seams into the domain; domain folders import only the seam types of
 * seams.ts, never an implementation (test/architecture/backend-imports.test.ts holds them to it).
 */
import path from 'node:path';
import { InputError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { ModelRegistry } from '../registry/registry.js';
import { createOctokit } from './github/octokit.js';
import { GitHubReleaseStore } from './github/github-release-store.js';
import { GitHubCheckRunSink } from './github/github-check-run-sink.js';
import { GitHubCommentSink } from './github/github-comment-sink.js';
import { LocalCheckRunSink } from './local/local-check-run-sink.js';
import { LocalArtifactStore } from './local/local-artifact-store.js';
import { LocalReleaseStore } from './local/local-release-store.js';
import { GitHubDeploymentLog } from './github/github-deployment-log.js';
import { LocalDeploymentLog } from './local/local-deployment-log.js';
import { GitHubEventSink } from './github/github-event-sink.js';
import { pullRequestHead } from './github/github-pull-heads.js';
import { LocalEventSink } from './local/local-event-sink.js';
import type { ArtifactStore, CheckRunSink, CommentSink, DeploymentLog, EventSink, ReleaseStore } from './seams.js';

/** Where the registry lives: a folder (local runs, `.mlops/registry`) or a GitHub repository's releases. */
export type RegistryBackend = { kind: 'local'; dir: string } | { kind: 'github'; repository: string; token: string; apiUrl?: string };

export const DEFAULT_LOCAL_REGISTRY = '.mlops/registry';

/** A commit sha for tags when there is none (local registries do not check it). */
const NO_COMMIT = '0'.repeat(40);

export interface OpenRegistryOptions {
  /** The commit new version tags point at. */
  sha?: string;
  logger?: Logger;
  /** Variables for the release page's address (GITHUB_SERVER_URL); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** The registry over its release store: a folder, or a repository's releases through Octokit. */
export function openRegistry(backend: RegistryBackend, options: OpenRegistryOptions = {}): { registry: ModelRegistry; store: ReleaseStore; repository?: string } {
  if (backend.kind === 'local') {
    const store = new LocalReleaseStore(path.resolve(backend.dir));
    return { store, registry: new ModelRegistry(store, { sha: options.sha ?? NO_COMMIT, logger: options.logger }) };
  }
  const [owner, repo, extra] = backend.repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new InputError(`The repository "${backend.repository}" is not owner/name.`, { hint: 'Pass it as owner/name, e.g. octo/models.' });
  }
  if (!backend.token) {
    throw new InputError('No token to reach the GitHub registry.', { hint: 'Pass the token input (default github.token) or set GITHUB_TOKEN; it needs contents: write.' });
  }
  const octokit = createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: options.logger });
  const store = new GitHubReleaseStore({ octokit, owner, repo, log: options.logger });
  const serverUrl = (options.env ?? process.env).GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    store,
    registry: new ModelRegistry(store, {
      sha: options.sha ?? NO_COMMIT,
      logger: options.logger,
      releaseUrl: (tag) => `${serverUrl}/${owner}/${repo}/releases/tag/${encodeURIComponent(tag)}`,
    }),
    repository: backend.repository,
  };
}

/**
 * Where the gate posts on GitHub: the pull request's sticky comment (when there is one) and the
 * commit's check runs; locally, check runs are files under `localDir` (the report file stands for
 * the comment).
 */
export function openReviewSinks(backend: RegistryBackend, issueNumber: number | undefined, logger?: Logger): { comments?: CommentSink; checks: CheckRunSink; pulls?: { headSha(number: number): Promise<string | undefined> } } {
  if (backend.kind === 'local') return { checks: new LocalCheckRunSink(path.resolve(backend.dir)) };
  const [owner, repo] = backend.repository.split('/');
  const octokit = createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: logger });
  return {
    comments: issueNumber === undefined ? undefined : new GitHubCommentSink({ octokit, owner, repo, issueNumber }),
    checks: new GitHubCheckRunSink({ octokit, owner, repo }),
    // Pull requests exist only on GitHub: evaluate-gate's publish mode checks a report's pull request by its head.
    pulls: { headSha: (number) => pullRequestHead({ octokit, owner, repo }, number) },
  };
}

/**
 * Where a matrix sweep's legs hand over results: workflow artifacts inside Actions (the runner sets
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript actions), else a local folder, so
 * the same plan/shard/collect steps run on one machine too. `localDir` forces the folder. The
 * artifact client (~5 MB with the Azure SDK) is loaded only when used: `mlops validate` should not
 * pay for parsing it.
 */
export async function openArtifactStore(env: NodeJS.ProcessEnv, localDir: string | undefined, outDir: string): Promise<ArtifactStore> {
  if (!localDir && insideActionsRuntime(env)) {
    const { GitHubArtifactStore } = await import('./github/github-artifact-store.js');
    return new GitHubArtifactStore();
  }
  return new LocalArtifactStore(path.resolve(localDir ?? path.join(outDir, 'artifacts')));
}

/** Whether this process is a JavaScript action with the runtime's artifact credentials. */
export function insideActionsRuntime(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

/**
 * deploy-env's seams: the registry (as openRegistry) and the deployment log beside it: GitHub's
 * Deployments API of the same repository, or a log in the local registry's folder (where it also
 * resolves refs). Locally no environment has reviewers; `isGitHub` tells the protection rule so.
 */
export function openDeployBackends(backend: RegistryBackend, options: OpenRegistryOptions = {}): { registry: ModelRegistry; store: ReleaseStore; log: DeploymentLog; repository?: string; isGitHub: boolean } {
  const opened = openRegistry(backend, options);
  if (backend.kind === 'local') return { ...opened, log: new LocalDeploymentLog(path.resolve(backend.dir)), isGitHub: false };
  const [owner, repo] = backend.repository.split('/');
  const octokit = createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: options.logger });
  return { ...opened, log: new GitHubDeploymentLog({ octokit, owner, repo }), isGitHub: true };
}

/**
 * Where register-model and deploy-env announce what they did: repository_dispatch events of the
 * registry's repository, or `events.jsonl` in the local registry's folder (local-event-sink.ts).
 */
export function openEventSink(backend: RegistryBackend, logger?: Logger): EventSink {
  if (backend.kind === 'local') return new LocalEventSink(path.resolve(backend.dir));
  const [owner, repo] = backend.repository.split('/');
  return new GitHubEventSink({ octokit: createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: logger }), owner, repo });
}
