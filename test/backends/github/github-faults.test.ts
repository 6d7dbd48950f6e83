/**
 * Fault injection in the emulator, and the factory's retry/throttling recovering from it quickly
 * (waits are scaled to milliseconds by emulator.octokitOptions()).
 */
import { createOctokit, type Octokit } from '../../../src/backends/github/octokit.js';
import { GitHubCommentSink } from '../../../src/backends/github/github-comment-sink.js';
import { GitHubReleaseStore } from '../../../src/backends/github/github-release-store.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { fakeSha, startGitHubEmulator, type GitHubEmulator, type RepoState } from '../../support/github-emulator/index.js';

let github: GitHubEmulator;
let repo: RepoState;
let octokit: Octokit;
let log: RecordingLogger;
const params = { owner: 'octo', repo: 'models' };
const REPO_GET = 'GET /repos/{owner}/{repo}';

beforeAll(async () => {
  github = await startGitHubEmulator();
  repo = github.state.addRepo('octo/models');
  repo.addCommit(fakeSha('a'));
});
afterAll(() => github.stop());
beforeEach(() => {
  github.faults.clear();
  github.resetCounts();
  log = new RecordingLogger();
  octokit = createOctokit({ ...github.octokitOptions(), log });
});

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

it('retries 5xx answers and succeeds', async () => {
  const fault = github.faults.add({ path: '/repos/octo/models', times: 2, kind: 'status', status: 502 });
  const response = await octokit.rest.repos.get(params);
  expect(response.status).toBe(200);
  expect(fault.hits).toBe(2);
  expect(github.count(REPO_GET)).toBe(3);
});

it('gives up after the configured number of retries', async () => {
  github.faults.add({ path: REPO_GET, kind: 'status', status: 503 });
  const error = await octokit.rest.repos.get(params).catch((e: unknown) => e);
  expect(statusOf(error)).toBe(503);
  expect(github.count(REPO_GET)).toBe(4); // 1 + 3 retries
});

it('retries a dropped connection', async () => {
  github.faults.add({ path: /^\/repos\/octo\/models$/, times: 1, kind: 'drop' });
  expect((await octokit.rest.repos.get(params)).status).toBe(200);
  expect(github.count(REPO_GET)).toBe(2);
});

it.each([
  { status: 429 as const, secondary: true },
  { status: 403 as const, secondary: true },
  { status: 403 as const, secondary: false },
  { status: 429 as const, secondary: false },
])('waits out a $status rate limit (secondary: $secondary) and logs a warning', async ({ status, secondary }) => {
  github.faults.add({ path: REPO_GET, times: 1, kind: 'rate-limit', status, retryAfter: 60, secondary });
  const started = Date.now();
  expect((await octokit.rest.repos.get(params)).status).toBe(200);
  expect(Date.now() - started).toBeLessThan(2000); // 60 "seconds" scaled to 60 ms
  expect(github.count(REPO_GET)).toBe(2);
  expect(log.lines.some((line) => line.level === 'warning' && /rate limit/.test(line.message))).toBe(true);
});

it('stops waiting out rate limits after the configured retries', async () => {
  github.faults.add({ path: REPO_GET, kind: 'rate-limit', status: 429, retryAfter: 1, secondary: true });
  const error = await octokit.rest.repos.get(params).catch((e: unknown) => e);
  expect(statusOf(error)).toBe(429);
  expect(github.count(REPO_GET)).toBe(4);
});

it('adds latency without failing the request', async () => {
  github.faults.add({ path: REPO_GET, times: 1, kind: 'latency', ms: 150 });
  const started = Date.now();
  await octokit.rest.repos.get(params);
  expect(Date.now() - started).toBeGreaterThanOrEqual(140);
});

it('fires probabilistic faults deterministically for a seed', async () => {
  const run = async () => {
    github.faults.clear();
    github.faults.add({ method: 'GET', path: REPO_GET, probability: 0.5, seed: 42, kind: 'status', status: 500 });
    const outcomes: number[] = [];
    for (let i = 0; i < 12; i++) {
      outcomes.push(await fetch(`${github.url}/repos/octo/models`, { headers: { authorization: 'token t' } }).then((r) => r.status));
    }
    return outcomes;
  };
  const first = await run();
  expect(await run()).toEqual(first);
  expect(first).toContain(500);
  expect(first).toContain(200);
});

it('createRef does not claim a ref whose creation answer was lost', async () => {
  const store = new GitHubReleaseStore({ octokit, ...params, recovery: { backoffMs: 1 } });
  // The ref is created, then the client sees a 502: retrying blindly would answer 422 "exists".
  github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs', times: 1, phase: 'after', kind: 'status', status: 502 });
  expect(await store.createRef('tags/lost/v1', fakeSha('a'))).toBe(false);
  expect(repo.refs.get('tags/lost/v1')).toBe(fakeSha('a'));
  // A plain 502 before any work is retried and the ref is ours.
  github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs', times: 1, kind: 'status', status: 502 });
  expect(await store.createRef('tags/lost/v2', fakeSha('a'))).toBe(true);
});

it('a comment whose creation answer was lost is not posted twice', async () => {
  const pull = repo.addPull();
  const sink = new GitHubCommentSink({ octokit, ...params, issueNumber: pull.number, recovery: { backoffMs: 1 } });
  github.faults.add({ method: 'POST', path: /\/comments$/, times: 1, phase: 'after', kind: 'drop' });
  const result = await sink.upsert('report', 'all good');
  expect(result.created).toBe(true);
  const bodies = [...repo.comments.values()].filter((c) => c.issueNumber === pull.number).map((c) => c.body);
  expect(bodies).toEqual(['<!-- mlops:report -->\nall good']);
});

it('an upload whose answer was lost is recognised instead of failing on its own name', async () => {
  const store = new GitHubReleaseStore({ octokit, ...params, recovery: { backoffMs: 1 } });
  const draft = await store.createDraft({ tag: 'upload-fault' });
  github.faults.add({ method: 'POST', path: /\/api\/uploads\//, times: 1, phase: 'after', kind: 'status', status: 502 });
  const { Readable } = await import('node:stream');
  const asset = await store.uploadAsset(draft.id, 'model.bin', { stream: Readable.from([Buffer.from('weights')]) });
  expect(asset.size).toBe(7);
  expect((await store.getRelease(draft.id))?.assets.map((a) => a.name)).toEqual(['model.bin']);
});
