import path from 'node:path';
import { createOctokit } from '../../backends/github/octokit.js';
import { GitHubReleaseStore } from '../../backends/github/github-release-store.js';
import { LocalReleaseStore } from '../../backends/local/local-release-store.js';
import { InputError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { ModelRegistry } from '../registry.js';
import type { ReleaseStore } from '../../backends/seams.js';

/** Where the registry lives: a folder (local runs, `.mlops/registry`) or a GitHub repository's releases. */
export type RegistryBackend = { kind: 'local'; dir: string } | { kind: 'github'; repository: string; token: string; apiUrl?: string };

export const DEFAULT_LOCAL_REGISTRY = '.mlops/registry';

/** A commit sha for tags when there is none (local registries do not check it). */
const NO_COMMIT = '0'.repeat(40);

export function openRegistry(backend: RegistryBackend, options: { sha?: string; logger?: Logger }): { registry: ModelRegistry; store: ReleaseStore; repository?: string } {
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
  const store = new GitHubReleaseStore({ octokit, owner, repo });
  const serverUrl = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
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
