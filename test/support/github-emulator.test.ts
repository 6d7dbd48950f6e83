/**
 * The emulator keeps GitHub's semantics (docs/architecture.md "Testing against real things"), exercised through
 * a real Octokit from createOctokit over real HTTP.
 */
import { createOctokit, type Octokit } from '../../src/backends/github/octokit.js';
import { fakeSha, startGitHubEmulator, type GitHubEmulator, type RepoState } from './github-emulator/index.js';

let github: GitHubEmulator;
let octokit: Octokit;
let repo: RepoState;
const params = { owner: 'octo', repo: 'models' };
const sha = fakeSha('commit');

beforeAll(async () => {
  github = await startGitHubEmulator();
  repo = github.state.addRepo('octo/models');
  repo.addCommit(sha);
  repo.addCommit(fakeSha('other'));
  octokit = createOctokit(github.octokitOptions());
});
afterAll(() => github.stop());

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

async function failure(promise: Promise<unknown>): Promise<{ status: number | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    return { status: statusOf(error), message: error instanceof Error ? error.message : String(error) };
  }
  throw new Error('expected the request to fail');
}

describe('repository, auth and rate-limit headers', () => {
  it('answers GET /repos/{owner}/{repo} with rate-limit headers', async () => {
    const response = await octokit.rest.repos.get(params);
    expect(response.data.full_name).toBe('octo/models');
    expect(response.data.default_branch).toBe('main');
    for (const header of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-ratelimit-used', 'x-ratelimit-resource']) {
      expect(response.headers[header]).toBeDefined();
    }
  });

  it('answers 401 without an Authorization header and 404 for an unknown repository', async () => {
    const response = await fetch(`${github.url}/repos/octo/models`);
    expect(response.status).toBe(401);
    expect(response.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect((await failure(octokit.rest.repos.get({ owner: 'octo', repo: 'nope' }))).status).toBe(404);
  });
});

describe('git refs', () => {
  it('creates a ref once: the second create is 422 "Reference already exists"', async () => {
    const created = await octokit.rest.git.createRef({ ...params, ref: 'refs/tags/model/v1', sha });
    expect(created.status).toBe(201);
    expect(created.data.ref).toBe('refs/tags/model/v1');
    const again = await failure(octokit.rest.git.createRef({ ...params, ref: 'refs/tags/model/v1', sha }));
    expect(again.status).toBe(422);
    expect(again.message).toMatch(/Reference already exists/);
  });

  it('gets, lists by prefix, moves and deletes refs (names with slashes)', async () => {
    await octokit.rest.git.createRef({ ...params, ref: 'refs/tags/model/v2', sha });
    expect((await octokit.rest.git.getRef({ ...params, ref: 'tags/model/v2' })).data.object.sha).toBe(sha);
    const matching = await octokit.rest.git.listMatchingRefs({ ...params, ref: 'tags/model/' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/tags/model/v1', 'refs/tags/model/v2']);
    const other = fakeSha('other');
    await octokit.rest.git.updateRef({ ...params, ref: 'tags/model/v2', sha: other, force: true });
    expect(repo.refs.get('tags/model/v2')).toBe(other);
    expect((await octokit.rest.git.deleteRef({ ...params, ref: 'tags/model/v2' })).status).toBe(204);
    expect((await failure(octokit.rest.git.getRef({ ...params, ref: 'tags/model/v2' }))).status).toBe(404);
    expect((await failure(octokit.rest.git.deleteRef({ ...params, ref: 'tags/model/v2' }))).status).toBe(422);
  });
});

describe('releases and assets', () => {
  it('hides drafts from get-by-tag until published, then creates the tag', async () => {
    const draft = await octokit.rest.repos.createRelease({ ...params, tag_name: 'rel-1', draft: true, make_latest: 'false' });
    expect(draft.data.draft).toBe(true);
    expect(draft.data.published_at).toBeNull();
    expect((await failure(octokit.rest.repos.getReleaseByTag({ ...params, tag: 'rel-1' }))).status).toBe(404);
    expect(repo.refs.has('tags/rel-1')).toBe(false);
    await octokit.rest.repos.updateRelease({ ...params, release_id: draft.data.id, draft: false });
    const published = await octokit.rest.repos.getReleaseByTag({ ...params, tag: 'rel-1' });
    expect(published.data.id).toBe(draft.data.id);
    expect(repo.refs.get('tags/rel-1')).toBe(repo.refs.get('heads/main'));
    expect(repo.releases.get(draft.data.id)?.makeLatest).toBe('false');
  });

  it('uploads to the separate uploads path; a taken name is 422 already_exists', async () => {
    const release = await octokit.rest.repos.createRelease({ ...params, tag_name: 'rel-assets', draft: true });
    expect(release.data.upload_url.startsWith(`${github.uploadsUrl}/repos/octo/models/releases/`)).toBe(true);
    const upload = (name: string) =>
      octokit.request({ method: 'POST', url: release.data.upload_url, name, data: 'hello', headers: { 'content-type': 'text/plain' } });
    const asset = await upload('a.txt');
    expect(asset.status).toBe(201);
    const duplicate = await failure(upload('a.txt'));
    expect(duplicate.status).toBe(422);
    expect(duplicate.message).toMatch(/Validation Failed/);
    expect(github.count('POST /repos/{owner}/{repo}/releases/{release_id}/assets')).toBeGreaterThanOrEqual(2);

    const listed = await octokit.rest.repos.listReleaseAssets({ ...params, release_id: release.data.id });
    expect(listed.data.map((a) => a.name)).toEqual(['a.txt']);
    const id = listed.data[0].id;
    expect((await octokit.rest.repos.getReleaseAsset({ ...params, asset_id: id })).data.size).toBe(5);

    // Accept: octet-stream answers 302 to a download URL the emulator serves without auth.
    const raw = await fetch(`${github.url}/repos/octo/models/releases/assets/${id}`, {
      headers: { authorization: 'token t', accept: 'application/octet-stream' },
      redirect: 'manual',
    });
    expect(raw.status).toBe(302);
    const download = await fetch(raw.headers.get('location') ?? '');
    expect(await download.text()).toBe('hello');

    expect((await octokit.rest.repos.deleteReleaseAsset({ ...params, asset_id: id })).status).toBe(204);
    expect((await failure(octokit.rest.repos.getReleaseAsset({ ...params, asset_id: id }))).status).toBe(404);
  });

  it('paginates releases with Link headers, per_page at most 100', async () => {
    for (let i = 0; i < 105; i++) {
      const id = github.state.nextId();
      repo.releases.set(id, {
      id, tagName: `bulk-${i}`, targetCommitish: 'main', name: null, body: null, draft: true, prerelease: false,
      makeLatest: 'false', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', publishedAt: null, author: github.state.actor,
      });
    }
    const first = await octokit.rest.repos.listReleases({ ...params, per_page: 500 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toMatch(/rel="next"/);
    const small = await octokit.rest.repos.listReleases({ ...params, per_page: 2, page: 2 });
    expect(small.data).toHaveLength(2);
    expect(small.headers.link).toMatch(/rel="prev".*rel="next".*rel="last".*rel="first"/);
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { ...params, per_page: 100 });
    expect(all).toHaveLength(repo.releases.size);
    // Newest first, like GitHub.
    expect(all[0].id).toBeGreaterThan(all[all.length - 1].id);
  });
});

describe('immutable releases', () => {
  it('locks a release published with the setting on: assets, tag and deletion 422; name and body still change; attested', async () => {
    const locked = github.state.addRepo('octo/locked');
    locked.immutableReleases = true;
    const p = { owner: 'octo', repo: 'locked' };
    const draft = await octokit.rest.repos.createRelease({ ...p, tag_name: 'm/v1', draft: true, make_latest: 'false' });
    expect(draft.data.immutable).toBe(false);
    const upload = (name: string) => octokit.request({ method: 'POST', url: draft.data.upload_url, name, data: 'hello', headers: { 'content-type': 'text/plain' } });
    // A draft is not locked: upload, delete, upload again.
    const first = await upload('a.txt');
    await octokit.rest.repos.deleteReleaseAsset({ ...p, asset_id: (first.data as { id: number }).id });
    const asset = (await upload('a.txt')).data as { id: number };

    const published = await octokit.rest.repos.updateRelease({ ...p, release_id: draft.data.id, draft: false, make_latest: 'false' });
    expect(published.data.immutable).toBe(true);
    expect((await octokit.rest.repos.getReleaseByTag({ ...p, tag: 'm/v1' })).data.immutable).toBe(true);
    expect(locked.releaseAttestations).toEqual([
      expect.objectContaining({ releaseId: draft.data.id, tagName: 'm/v1', sha: locked.refs.get('heads/main'), assets: [{ name: 'a.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }] }),
    ]);

    const refused = await failure(upload('b.txt'));
    expect(refused).toMatchObject({ status: 422, message: expect.stringMatching(/Cannot upload assets to an immutable release/) });
    expect((await failure(octokit.rest.repos.deleteReleaseAsset({ ...p, asset_id: asset.id }))).status).toBe(422);
    for (const change of [{ tag_name: 'm/v2' }, { target_commitish: fakeSha('other') }, { prerelease: true }, { draft: true }]) {
      expect((await failure(octokit.rest.repos.updateRelease({ ...p, release_id: draft.data.id, ...change }))).status).toBe(422);
    }
    expect((await failure(octokit.rest.repos.deleteRelease({ ...p, release_id: draft.data.id }))).status).toBe(422);
    expect((await failure(octokit.rest.git.deleteRef({ ...p, ref: 'tags/m/v1' }))).status).toBe(422);
    locked.addCommit(sha);
    expect((await failure(octokit.rest.git.updateRef({ ...p, ref: 'tags/m/v1', sha, force: true }))).status).toBe(422);

    // Title and notes change; sending the locked fields unchanged (a retried publish) is no change.
    const edited = await octokit.rest.repos.updateRelease({ ...p, release_id: draft.data.id, name: 'renamed', body: 'notes', draft: false, make_latest: 'false' });
    expect(edited.data).toMatchObject({ name: 'renamed', body: 'notes', tag_name: 'm/v1', immutable: true });
    expect(locked.refs.has('tags/m/v1')).toBe(true);
    expect(locked.releaseAttestations).toHaveLength(1);
  });

  it('leaves releases of a repository without the setting mutable (immutable false)', async () => {
    const release = await octokit.rest.repos.createRelease({ ...params, tag_name: 'free-1', make_latest: 'false' });
    expect(release.data.immutable).toBe(false);
    await octokit.rest.repos.updateRelease({ ...params, release_id: release.data.id, prerelease: true });
    expect((await octokit.rest.repos.deleteRelease({ ...params, release_id: release.data.id })).status).toBe(204);
    expect((await octokit.rest.git.deleteRef({ ...params, ref: 'tags/free-1' })).status).toBe(204);
  });
});

describe('issue comments and pulls', () => {
  it('creates, lists (paginated), updates and deletes comments; refuses bodies over 65536', async () => {
    const pull = repo.addPull({ title: 'Better model' });
    const issue = { ...params, issue_number: pull.number };
    for (let i = 0; i < 3; i++) await octokit.rest.issues.createComment({ ...issue, body: `comment ${i}` });
    const page = await octokit.rest.issues.listComments({ ...issue, per_page: 2 });
    expect(page.data.map((c) => c.body)).toEqual(['comment 0', 'comment 1']);
    expect(page.headers.link).toMatch(/rel="next"/);
    const updated = await octokit.rest.issues.updateComment({ ...params, comment_id: page.data[0].id, body: 'edited' });
    expect(updated.data.body).toBe('edited');
    expect((await octokit.rest.issues.deleteComment({ ...params, comment_id: page.data[1].id })).status).toBe(204);
    expect(await octokit.paginate(octokit.rest.issues.listComments, issue)).toHaveLength(2);
    expect((await failure(octokit.rest.issues.createComment({ ...issue, body: 'x'.repeat(65_537) }))).status).toBe(422);
    expect((await failure(octokit.rest.issues.listComments({ ...params, issue_number: 999 }))).status).toBe(404);
  });

  it('gets and lists pull requests', async () => {
    const pull = repo.addPull({ head: 'topic' });
    const one = await octokit.rest.pulls.get({ ...params, pull_number: pull.number });
    expect(one.data.head.ref).toBe('topic');
    expect(one.data.base.ref).toBe('main');
    const listed = await octokit.rest.pulls.list({ ...params, state: 'open' });
    expect(listed.data.map((p) => p.number)).toContain(pull.number);
  });
});

describe('deployments and environments', () => {
  it('records deployments and statuses; success retires the previous successful deployment', async () => {
    const create = () =>
      octokit.rest.repos.createDeployment({ ...params, ref: 'main', environment: 'staging', auto_merge: false, required_contexts: [], payload: { v: 1 } });
    const first = await create();
    expect(first.status).toBe(201);
    if (first.status !== 201) return;
    await octokit.rest.repos.createDeploymentStatus({ ...params, deployment_id: first.data.id, state: 'success' });
    const second = await create();
    if (second.status !== 201) throw new Error('expected 201');
    await octokit.rest.repos.createDeploymentStatus({ ...params, deployment_id: second.data.id, state: 'success' });
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ ...params, deployment_id: first.data.id });
    expect(statuses.data.map((s) => s.state)).toEqual(['inactive', 'success']);
    const listed = await octokit.rest.repos.listDeployments({ ...params, environment: 'staging' });
    expect(listed.data.map((d) => d.id)).toEqual([second.data.id, first.data.id]);
    expect((await failure(octokit.rest.repos.createDeployment({ ...params, ref: 'no-such-branch' }))).status).toBe(422);
  });

  it('answers environments with their protection rules, 404 for unknown ones', async () => {
    repo.addEnvironment('production', { waitTimer: 5, reviewers: [{ type: 'User', name: 'alice' }, { type: 'Team', name: 'ml' }], branchPolicy: true });
    const env = await octokit.rest.repos.getEnvironment({ ...params, environment_name: 'production' });
    expect(env.data.protection_rules?.map((r) => r.type)).toEqual(['wait_timer', 'required_reviewers', 'branch_policy']);
    expect((await failure(octokit.rest.repos.getEnvironment({ ...params, environment_name: 'nope' }))).status).toBe(404);
  });
});

it('counts requests per operation', async () => {
  github.resetCounts();
  await octokit.rest.repos.get(params);
  await octokit.rest.repos.get(params);
  expect(github.count('GET /repos/{owner}/{repo}')).toBe(2);
  expect(github.count()).toBe(2);
});

it('createOctokit honours GITHUB_API_URL when no baseUrl is given (GHES, runners, tests)', async () => {
  const saved = process.env.GITHUB_API_URL;
  process.env.GITHUB_API_URL = github.url;
  try {
    const fromEnv = createOctokit({ token: 't', pacing: false });
    expect((await fromEnv.rest.repos.get(params)).data.full_name).toBe('octo/models');
  } finally {
    if (saved === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = saved;
  }
});

it('met no emulator bug along the way', () => {
  expect(github.bugs).toEqual([]);
});
