/**
 * deploy-env's protocol over the GitHub backends while the emulator injects API faults: transient
 * ones (5xx, 429, a dropped connection) are retried and the deploy ends as if nothing happened; a
 * lasting one ends in a clear error with nothing deployed and no alias moved.
 */
import { createOctokit } from '../../src/backends/github/octokit.js';
import { GitHubDeploymentLog } from '../../src/backends/github/github-deployment-log.js';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { deployVersion } from '../../src/deploy/deploy.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { makeWorld, statesOf, type World } from './fixtures.js';

let github: GitHubEmulator;
let repos = 0;
beforeAll(async () => {
  github = await startGitHubEmulator();
});
afterAll(() => github.stop());
afterEach(() => github.faults.clear());

async function githubWorld(): Promise<World> {
  const name = `faults-${++repos}`;
  const repo = github.state.addRepo(`octo/${name}`);
  const options = { octokit: createOctokit(github.octokitOptions()), owner: 'octo', repo: name, recovery: { backoffMs: 1 } };
  return makeWorld({ store: new GitHubReleaseStore(options), log: new GitHubDeploymentLog(options), sha: repo.refs.get('heads/main')! });
}

const seams = (w: World) => ({ registry: w.registry, store: w.store, log: w.log, logger: w.logger });

test('5xx, 429 and a dropped connection on the deployments API are retried; the deploy is recorded once', async () => {
  const w = await githubWorld();
  await w.register({ answer: 'a' });
  github.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}/deployments', times: 1, kind: 'rate-limit', status: 429, retryAfter: 1 });
  github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', times: 1, kind: 'status', status: 502 });
  github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', times: 1, kind: 'drop' });
  const result = await deployVersion(w.settings({}), seams(w));
  expect(result.version).toBe(1);
  const deployments = await w.log.list({ environment: 'staging' });
  expect(deployments).toHaveLength(1);
  expect(await statesOf(w.log, deployments[0].id)).toEqual(['in_progress', 'success']);
  expect(await w.registry.aliasTarget('m', 'staging')).toBe(1);
}, 30000);

test('a lasting 503 on creating the deployment: a clear error, nothing deployed, no alias moved', async () => {
  const w = await githubWorld();
  await w.register({ answer: 'a' });
  github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/deployments', kind: 'status', status: 503 });
  await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(/503|Service Unavailable|GitHub/i);
  github.faults.clear();
  expect(w.server.deploys).toEqual([]);
  expect(await w.log.list({})).toEqual([]);
  expect(await w.registry.aliasTarget('m', 'staging')).toBeUndefined();
}, 30000);
