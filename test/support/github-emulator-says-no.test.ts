/**
 * Issue #16: the emulator refuses what GitHub refuses, so code that would fail against GitHub fails
 * in tests: refs to commits the repository does not have, invalid ref and tag names, and tokens
 * without the permission a request needs.
 */
import { createOctokit } from '../../src/backends/github/octokit.js';
import { GitHubApiError } from '../../src/backends/github/api-errors.js';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { ModelRegistry } from '../../src/registry/index.js';
import { fakeSha, startGitHubEmulator, type GitHubEmulator, type RepoState } from './github-emulator/index.js';

let github: GitHubEmulator;
let repo: RepoState;
const p = { owner: 'octo', repo: 'models' };

beforeAll(async () => {
  github = await startGitHubEmulator();
  repo = github.state.addRepo('octo/models');
});
afterAll(() => github.stop());

async function answer(request: Promise<unknown>): Promise<{ status: number; message: string; codes: string[] }> {
  const error = await request.then(
    () => {
      throw new Error('GitHub would refuse this, the emulator accepted it');
    },
    (e: unknown) => e as GitHubApiError,
  );
  const data = error.response?.data as { message?: string; errors?: { code?: string; field?: string }[] } | undefined;
  return { status: error.status, message: data?.message ?? '', codes: (data?.errors ?? []).map((e) => `${e.field}:${e.code}`) };
}

describe('422 where GitHub answers 422', () => {
  const octokit = () => createOctokit(github.octokitOptions());
  test('createRef or updateRef to a sha the repository does not have', async () => {
    expect(await answer(octokit().rest.git.createRef({ ...p, ref: 'refs/tags/m/v1', sha: fakeSha('nowhere') }))).toMatchObject({ status: 422, message: 'Object does not exist' });
    await octokit().rest.git.createRef({ ...p, ref: 'refs/tags/m/v1', sha: repo.refs.get('heads/main')! });
    expect(await answer(octokit().rest.git.updateRef({ ...p, ref: 'tags/m/v1', sha: fakeSha('nowhere'), force: true }))).toMatchObject({ status: 422, message: 'Object does not exist' });
    expect(repo.refs.has('tags/m/v1')).toBe(true);
  });

  test.each(['refs/tags/bad tag name', 'refs/tags/a..b', 'refs/tags/x.lock', 'refs/tags/.hidden', 'refs/tags/end.', 'refs/tags/a~1', 'refs/tags/a:b', 'refs/tags/q?', 'refs/tags/a@{1}', 'refs/tags/'])(
    'createRef with the invalid name %j',
    async (ref) => {
      expect(await answer(octokit().rest.git.createRef({ ...p, ref, sha: repo.refs.get('heads/main')! }))).toMatchObject({ status: 422, message: 'Reference name is invalid' });
    },
  );

  test('createRelease with tag "bad tag name"', async () => {
    expect(await answer(octokit().rest.repos.createRelease({ ...p, tag_name: 'bad tag name', draft: true }))).toMatchObject({ status: 422, codes: ['tag_name:invalid'] });
    expect([...repo.releases.values()].some((r) => r.tagName === 'bad tag name')).toBe(false);
  });
});

describe('token permissions', () => {
  test('a contents: read token reads releases but cannot register: 403 "Resource not accessible by integration", nothing created', async () => {
    github.state.tokenPermissions.set('read-only', { contents: 'read' });
    const octokit = createOctokit(github.octokitOptions('read-only'));
    expect((await octokit.rest.repos.listReleases(p)).status).toBe(200);
    const refsBefore = repo.refs.size;
    const registry = new ModelRegistry(new GitHubReleaseStore({ octokit, ...p, recovery: { backoffMs: 1 } }), { sha: repo.refs.get('heads/main')!, backoffMs: 1 });
    const error = (await registry.register({ name: 'toy', files: [] }).catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.message).toMatch(/^GitHub answered 403 to POST .*\/git\/refs: Resource not accessible by integration\.$/);
    expect(error.hint).toMatch(/permissions: contents: write/);
    expect(repo.refs.size).toBe(refsBefore);
  });

  test('comments need pull-requests or issues write; deployments need deployments write', async () => {
    const pull = repo.addPull();
    github.state.tokenPermissions.set('contents-only', { contents: 'write' });
    github.state.tokenPermissions.set('pr-writer', { 'pull-requests': 'write' });
    const contentsOnly = createOctokit(github.octokitOptions('contents-only'));
    const prWriter = createOctokit(github.octokitOptions('pr-writer'));
    expect(await answer(contentsOnly.rest.issues.createComment({ ...p, issue_number: pull.number, body: 'hi' }))).toMatchObject({ status: 403, message: 'Resource not accessible by integration' });
    expect((await prWriter.rest.issues.createComment({ ...p, issue_number: pull.number, body: 'hi' })).status).toBe(201);
    expect(await answer(prWriter.rest.repos.createDeployment({ ...p, ref: 'main', environment: 'production', auto_merge: false, required_contexts: [] }))).toMatchObject({ status: 403 });
    expect(await answer(prWriter.rest.repos.listReleases(p))).toMatchObject({ status: 403 });
    // Reading the repository needs only metadata, which every token has.
    expect((await prWriter.rest.repos.get(p)).status).toBe(200);
  });
});

describe('every exchange is checked against the OpenAPI description', () => {
  test('a request body or an answer the description does not allow fails the test that made it (at stop)', async () => {
    const emulator = await startGitHubEmulator();
    const own = emulator.state.addRepo('octo/checked');
    const octokit = createOctokit(emulator.octokitOptions());
    // A request GitHub's schema refuses (draft must be a boolean): the emulator answers 422 and notes it.
    await octokit.request('POST /repos/{owner}/{repo}/releases', { owner: 'octo', repo: 'checked', tag_name: 'v1', draft: 'yes' as unknown as boolean }).catch(() => undefined);
    // An answer that drifted from GitHub's: a release whose tag_name is not a string.
    const draft = await octokit.rest.repos.createRelease({ owner: 'octo', repo: 'checked', tag_name: 'v2', draft: true });
    (own.releases.get(draft.data.id) as unknown as { tagName: unknown }).tagName = 2;
    await octokit.rest.repos.getRelease({ owner: 'octo', repo: 'checked', release_id: draft.data.id });
    expect(emulator.violations).toEqual([
      expect.stringMatching(/^POST \/repos\/\{owner\}\/\{repo\}\/releases: request body .*"instancePath":"\/draft"/),
      expect.stringMatching(/^GET \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\} -> 200: .*"instancePath":"\/tag_name"/),
    ]);
    await expect(emulator.stop()).rejects.toThrow(/saw 2 request\(s\) or answer\(s\) that GitHub's OpenAPI description does not allow/);
  });
});
