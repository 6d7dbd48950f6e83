/**
 * Issue #16: GitHub answering 500, 401, 403, a web page, a dropped or refused connection, or cutting
 * a download off: each is a GitHubApiError (a UserError: no stack) saying the status, the request and
 * what to check, never the token; a download cut off mid-body is downloaded again and verified.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubApiError } from '../../../src/backends/github/api-errors.js';
import { GitHubReleaseStore } from '../../../src/backends/github/github-release-store.js';
import { createOctokit } from '../../../src/backends/github/octokit.js';
import { ModelRegistry } from '../../../src/registry/index.js';
import { downloadVersion } from '../../../src/registry/service/models.js';
import { formatUserError, isUserError } from '../../../src/shared/errors.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';

const TOKEN = 'ghs_secretTOKEN1234567890';
let github: GitHubEmulator;
let tmp: string;
let repos = 0;

beforeAll(async () => {
  github = await startGitHubEmulator();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-gh-errors-'));
});
afterAll(async () => {
  await github.stop();
  await fs.rm(tmp, { recursive: true, force: true });
});
afterEach(() => github.faults.clear());

function setup(baseUrl = github.url) {
  const name = `models-${++repos}`;
  const repo = github.state.addRepo(`octo/${name}`);
  const octokit = createOctokit({ ...github.octokitOptions(TOKEN), baseUrl });
  const store = new GitHubReleaseStore({ octokit, owner: 'octo', repo: name, recovery: { backoffMs: 1 } });
  const sha = repo.refs.get('heads/main') ?? '';
  return { name, store, registry: new ModelRegistry(store, { sha, backoffMs: 1 }) };
}

async function failure(run: () => Promise<unknown>): Promise<GitHubApiError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitHubApiError);
  expect(isUserError(error)).toBe(true);
  const text = formatUserError(error as GitHubApiError);
  expect(text).not.toContain(TOKEN);
  expect(text).not.toMatch(/^\s+at /m);
  return error as GitHubApiError;
}

test.each([
  [{ kind: 'status', status: 500 } as const, /^GitHub answered 500 to GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo\/models-\d+\/releases\/tags\/toy%2Fv1: Server Error\.$/, /server error and retries did not help: run again later/],
  [{ kind: 'status', status: 401, message: 'Bad credentials' } as const, /^GitHub answered 401 to GET .*\/releases\/tags\/toy%2Fv1: Bad credentials\.$/, /The token was refused .*check the token input or GITHUB_TOKEN/],
  [{ kind: 'status', status: 403, message: 'Resource not accessible by integration' } as const, /^GitHub answered 403 to GET .*: Resource not accessible by integration\.$/, /lacks a permission .*permissions: contents: write/],
  [{ kind: 'rate-limit', status: 403, retryAfter: 100000 } as const, /^GitHub answered 403 to GET .*: API rate limit exceeded for installation ID 1\.$/, /rate limit is used up \(it resets at \d\d:\d\d UTC\)/],
  [{ kind: 'html', status: 200 } as const, /^GitHub answered GET .*\/releases\/tags\/toy%2Fv1 with a web page \(status 200\), not the REST API's JSON\.$/, /check GITHUB_API_URL \(now http:\/\/127\.0\.0\.1:\d+\)/],
  [{ kind: 'html', status: 502 } as const, /with a web page \(status 502\)/, /GITHUB_API_URL/],
  [{ kind: 'drop' } as const, /^Could not reach GitHub for GET .*\/releases\/tags\/toy%2Fv1: /, /The connection failed .*check the network, and check GITHUB_API_URL/],
])('%o: what happened, to which request, what to check; no stack, no token', async (fault, message, hint) => {
  const { registry } = setup();
  github.faults.add({ path: /\/releases\/tags\//, ...fault });
  const error = await failure(() => registry.get('toy', { version: 1 }));
  expect(error.message).toMatch(message);
  expect(error.hint).toMatch(hint);
});

test('connection refused: the API URL is named', async () => {
  // A port nobody listens on: bind one, note it, close it.
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
  const { registry } = setup(`http://127.0.0.1:${port}`);
  const error = await failure(() => registry.get('toy', 'latest'));
  expect(error.message).toMatch(new RegExp(`^Could not reach GitHub for GET http://127\\.0\\.0\\.1:${port}/repos/octo/models-\\d+/git/matching-refs/.*ECONNREFUSED 127\\.0\\.0\\.1:${port}`));
  expect(error.hint).toContain(`check GITHUB_API_URL (now http://127.0.0.1:${port})`);
});

test('answers the stores expect (404 absent, 422 taken) still work through the hook', async () => {
  const { store, registry } = setup();
  expect(await store.getByTag('nothing/v1')).toBeUndefined();
  expect(await store.createRef('tags/x', github.state.repo(`octo/models-${repos}`)!.refs.get('heads/main')!)).toBe(true);
  expect(await store.createRef('tags/x', github.state.repo(`octo/models-${repos}`)!.refs.get('heads/main')!)).toBe(false);
  // 5xx is still retried by the registry's steps on top of Octokit's retries.
  github.faults.add({ path: /\/git\/matching-refs\//, times: 5, kind: 'status', status: 502 });
  await expect(registry.get('toy', 'latest')).rejects.toThrow(/no version|not found|has no/i);
});

test('a download cut off mid-body is downloaded again, then verified', async () => {
  const { registry, store } = setup();
  const data = Buffer.alloc(256 * 1024, 7);
  const file = path.join(tmp, 'weights.bin');
  await fs.writeFile(file, data);
  await registry.register({ name: 'toy', files: [{ name: 'weights.bin', path: file, size: data.length, sha256: createHash('sha256').update(data).digest('hex') }] });
  const cut = github.faults.add({ path: /^\/_objects\/assets\//, times: 2, kind: 'cut', afterBytes: 1000 });
  const version = await registry.get('toy', 'latest');
  const out = path.join(tmp, 'out');
  const files = await downloadVersion(version, out, store);
  expect(cut.hits).toBe(2);
  expect(await fs.readFile(files[0])).toEqual(data);
});

test('a download cut off on every attempt is a GitHubApiError, and nothing is left in --out', async () => {
  const { registry, store } = setup();
  const data = Buffer.alloc(64 * 1024, 3);
  const file = path.join(tmp, 'w2.bin');
  await fs.writeFile(file, data);
  await registry.register({ name: 'toy', files: [{ name: 'w2.bin', path: file, size: data.length, sha256: createHash('sha256').update(data).digest('hex') }] });
  github.faults.add({ path: /^\/_objects\/assets\//, kind: 'cut', afterBytes: 100 });
  const version = await registry.get('toy', 'latest');
  const out = path.join(tmp, 'out2');
  const error = await failure(() => downloadVersion(version, out, store));
  expect(error.message).toMatch(/^Could not reach GitHub for GET .*\/releases\/assets\/\d+: terminated/);
  expect(await fs.readdir(tmp)).not.toContain('out2');
});
