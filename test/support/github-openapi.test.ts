/**
 * Every route the emulator implements answers, in success and in error, with the status codes and
 * JSON bodies of GitHub's OpenAPI description (@octokit/openapi). A scenario drives each route
 * through a real Octokit; every recorded answer is then validated.
 */
import { createOctokit } from '../../src/backends/github/octokit.js';
import { ROUTES, startGitHubEmulator, fakeSha, type GitHubEmulator } from './github-emulator/index.js';
import { GitHubOpenApi } from './github-emulator/openapi.js';

let github: GitHubEmulator;
let openapi: GitHubOpenApi;

beforeAll(async () => {
  openapi = new GitHubOpenApi();
  github = await startGitHubEmulator();
  await runScenario(github);
});
afterAll(() => github.stop());

/** Calls every route at least once, including the error answers domain code relies on. */
async function runScenario(emulator: GitHubEmulator): Promise<void> {
  const repo = emulator.state.addRepo('octo/models');
  const octokit = createOctokit(emulator.octokitOptions());
  const p = { owner: 'octo', repo: 'models' };
  const fails = async (request: Promise<unknown>) => {
    await request.then(
      () => {
        throw new Error('expected a failure');
      },
      () => undefined,
    );
  };
  const sha = repo.addCommit(fakeSha('x'));
  repo.addCommit(fakeSha('y'));

  await octokit.rest.repos.get(p);
  await fails(octokit.rest.repos.get({ owner: 'octo', repo: 'none' }));

  await octokit.rest.git.createRef({ ...p, ref: 'refs/tags/m/v1', sha });
  await fails(octokit.rest.git.createRef({ ...p, ref: 'refs/tags/m/v1', sha }));
  await octokit.rest.git.getRef({ ...p, ref: 'tags/m/v1' });
  await fails(octokit.rest.git.getRef({ ...p, ref: 'tags/none' }));
  await octokit.rest.git.listMatchingRefs({ ...p, ref: 'tags/m' });
  await octokit.rest.git.updateRef({ ...p, ref: 'tags/m/v1', sha: fakeSha('y'), force: true });
  await fails(octokit.rest.git.updateRef({ ...p, ref: 'tags/none', sha }));
  await octokit.rest.git.deleteRef({ ...p, ref: 'tags/m/v1' });
  await fails(octokit.rest.git.deleteRef({ ...p, ref: 'tags/m/v1' }));

  const draft = await octokit.rest.repos.createRelease({ ...p, tag_name: 'r1', draft: true, make_latest: 'false', body: 'notes' });
  await fails(octokit.rest.repos.createRelease({ ...p, tag_name: 'r2', body: 'x'.repeat(125_001) }));
  const upload = (name: string) =>
    octokit.request({ method: 'POST', url: draft.data.upload_url, name, data: 'bytes', headers: { 'content-type': 'application/octet-stream' } });
  const asset = await upload('model.bin');
  await fails(upload('model.bin'));
  await octokit.rest.repos.listReleaseAssets({ ...p, release_id: draft.data.id });
  await octokit.rest.repos.getReleaseAsset({ ...p, asset_id: asset.data.id });
  await octokit.rest.repos.getReleaseAsset({ ...p, asset_id: asset.data.id, headers: { accept: 'application/octet-stream' } });
  await fails(octokit.rest.repos.getReleaseAsset({ ...p, asset_id: 1 }));
  await fails(octokit.rest.repos.getReleaseByTag({ ...p, tag: 'r1' }));
  await octokit.rest.repos.getRelease({ ...p, release_id: draft.data.id });
  await fails(octokit.rest.repos.getRelease({ ...p, release_id: 1 }));
  await octokit.rest.repos.updateRelease({ ...p, release_id: draft.data.id, draft: false, make_latest: 'false' });
  await fails(octokit.rest.repos.updateRelease({ ...p, release_id: 1, draft: false }));
  await octokit.rest.repos.getReleaseByTag({ ...p, tag: 'r1' });
  await octokit.rest.repos.listReleases({ ...p, per_page: 1 });
  await octokit.rest.repos.deleteReleaseAsset({ ...p, asset_id: asset.data.id });
  await fails(octokit.rest.repos.deleteReleaseAsset({ ...p, asset_id: asset.data.id }));
  await octokit.rest.repos.deleteRelease({ ...p, release_id: draft.data.id });
  await fails(octokit.rest.repos.deleteRelease({ ...p, release_id: draft.data.id }));

  const headSha = repo.refs.get('heads/main')!;
  const check = await octokit.rest.checks.create({ ...p, name: 'mlops gate: m', head_sha: headSha, status: 'completed', conclusion: 'success', output: { title: 'passed', summary: 'all rules passed' } });
  // A summary over the description's maxLength: the emulator answers 422, as GitHub does, and notes
  // the request as one the description refuses (which stop() would fail on: this one is expected).
  await fails(octokit.rest.checks.create({ ...p, name: 'x', head_sha: headSha, conclusion: 'success', output: { title: 't', summary: 'x'.repeat(70_000) } }));
  expect(github.violations.splice(0)).toEqual([expect.stringMatching(/^POST \/repos\/\{owner\}\/\{repo\}\/check-runs: request body .*"instancePath":"\/output\/summary".*maxLength/)]);
  await octokit.rest.checks.get({ ...p, check_run_id: check.data.id });
  await fails(octokit.rest.checks.get({ ...p, check_run_id: 1 }));
  await octokit.rest.checks.listForRef({ ...p, ref: headSha, check_name: 'mlops gate: m' });

  const pull = repo.addPull({ body: 'a change' });
  const issue = { ...p, issue_number: pull.number };
  const comment = await octokit.rest.issues.createComment({ ...issue, body: 'hi' });
  await fails(octokit.rest.issues.createComment({ ...issue, body: 'x'.repeat(70_000) }));
  await fails(octokit.rest.issues.createComment({ ...p, issue_number: 999, body: 'hi' }));
  await octokit.rest.issues.listComments(issue);
  await fails(octokit.rest.issues.listComments({ ...p, issue_number: 999 }));
  await octokit.rest.issues.updateComment({ ...p, comment_id: comment.data.id, body: 'edited' });
  await fails(octokit.rest.issues.updateComment({ ...p, comment_id: comment.data.id, body: 'x'.repeat(70_000) }));
  await octokit.rest.issues.deleteComment({ ...p, comment_id: comment.data.id });
  await octokit.rest.pulls.get({ ...p, pull_number: pull.number });
  await fails(octokit.rest.pulls.get({ ...p, pull_number: 999 }));
  await octokit.rest.pulls.list(p);
  await fails(octokit.rest.pulls.list({ ...p, state: 'bogus' as 'all' }));

  const deployment = await octokit.rest.repos.createDeployment({ ...p, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [], payload: { model: 'v1' } });
  await fails(octokit.rest.repos.createDeployment({ ...p, ref: 'none' }));
  if (deployment.status !== 201) throw new Error('expected a deployment');
  await octokit.rest.repos.createDeploymentStatus({ ...p, deployment_id: deployment.data.id, state: 'success', environment_url: 'https://example.com', log_url: 'https://example.com/log' });
  await fails(octokit.rest.repos.createDeploymentStatus({ ...p, deployment_id: deployment.data.id, state: 'success', description: 'x'.repeat(141) }));
  await octokit.rest.repos.listDeployments(p);
  await octokit.rest.repos.listDeploymentStatuses({ ...p, deployment_id: deployment.data.id });
  await fails(octokit.rest.repos.listDeploymentStatuses({ ...p, deployment_id: 1 }));
  repo.addEnvironment('production', { waitTimer: 30, reviewers: [{ type: 'User', name: 'alice' }, { type: 'Team', name: 'ml-team' }], preventSelfReview: true, branchPolicy: 'custom' });
  await octokit.rest.repos.getEnvironment({ ...p, environment_name: 'production' });
  await fails(octokit.rest.repos.getEnvironment({ ...p, environment_name: 'none' }));
  await octokit.rest.repos.createDispatchEvent({ ...p, event_type: 'mlops-model-deployed', client_payload: { model: 'm', version: 1 } });
}

it('met no emulator bug while running the scenario', () => {
  expect(github.bugs).toEqual([]);
});

it('implements only operations that GitHub documents', () => {
  const missing = ROUTES.flatMap((route) => (route.operation && !openapi.hasOperation(route.operation) ? [route.operation] : []));
  expect(missing).toEqual([]);
});

it('exercised every route of the emulator', () => {
  const answered = new Set(github.exchanges.map((exchange) => exchange.operation));
  const unexercised = ROUTES.flatMap((route) => (route.operation && !answered.has(route.operation) ? [route.operation] : []));
  expect(unexercised).toEqual([]);
});

it('answers with documented status codes', () => {
  const undocumented = github.exchanges.flatMap((exchange) => {
    if (!exchange.operation || exchange.status >= 400) return [];
    return openapi.statuses(exchange.operation).includes(String(exchange.status)) ? [] : [`${exchange.operation} -> ${exchange.status}`];
  });
  expect(undocumented).toEqual([]);
});

it('answers with bodies that match the documented schemas', () => {
  const problems: string[] = [];
  let validated = 0;
  for (const exchange of github.exchanges) {
    if (!exchange.operation) continue;
    const validate = openapi.validator(exchange.operation, exchange.status);
    if (validate === null) continue;
    validated++;
    if (!validate(exchange.body)) {
      problems.push(`${exchange.operation} -> ${exchange.status}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  }
  expect(problems).toEqual([]);
  expect(validated).toBeGreaterThan(40);
});

it('catches drift: a release without tag_name or with a string draft flag is rejected', () => {
  const release = github.exchanges.find((e) => e.operation === 'GET /repos/{owner}/{repo}/releases/{release_id}' && e.status === 200);
  const validate = openapi.validator('GET /repos/{owner}/{repo}/releases/{release_id}', 200);
  if (!release || !validate || typeof release.body !== 'object' || release.body === null) throw new Error('no release answer recorded');
  expect(validate(release.body)).toBe(true);
  const { tag_name: _tag, ...withoutTag } = release.body as Record<string, unknown>;
  expect(validate(withoutTag)).toBe(false);
  expect(validate({ ...release.body, draft: 'no' })).toBe(false);
  expect(validate({ ...release.body, created_at: 'yesterday' })).toBe(false);
});
