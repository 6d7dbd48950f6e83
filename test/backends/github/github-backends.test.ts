/** The seam contracts against the GitHub backends (src/backends/github), over the REST emulator. */
import { Readable } from 'node:stream';
import { GitHubCheckRunSink } from '../../../src/backends/github/github-check-run-sink.js';
import { GitHubCommentSink } from '../../../src/backends/github/github-comment-sink.js';
import { GitHubDeploymentLog } from '../../../src/backends/github/github-deployment-log.js';
import { GitHubReleaseStore } from '../../../src/backends/github/github-release-store.js';
import { ImmutableReleaseError, type RepositoryEvent } from '../../../src/backends/seams.js';
import { createOctokit } from '../../../src/backends/github/octokit.js';
import { dispatchesOf, startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { commentSinkContract, deploymentLogContract } from '../comment-deployment-contract.js';
import { releaseStoreContract } from '../release-store-contract.js';
import { checkRunSinkContract } from '../check-run-contract.js';
import { eventSinkContract } from '../event-sink-contract.js';
import { GitHubEventSink } from '../../../src/backends/github/github-event-sink.js';
import { PermissionError } from '../../../src/backends/seams.js';

let github: GitHubEmulator;
let repos = 0;

beforeAll(async () => {
  github = await startGitHubEmulator();
});
afterAll(() => github.stop());

/** Each test gets its own repository, so tests cannot see each other's releases. */
function freshRepo() {
  const name = `models-${++repos}`;
  const repo = github.state.addRepo(`octo/${name}`);
  // The contract's refs point at these commits.
  repo.addCommit('a'.repeat(40));
  repo.addCommit('b'.repeat(40));
  const octokit = createOctokit(github.octokitOptions());
  return { repo, options: { octokit, owner: 'octo', repo: name, recovery: { backoffMs: 1 } } };
}

releaseStoreContract('github', async () => {
  const { repo, options } = freshRepo();
  return { store: new GitHubReleaseStore(options), mainSha: repo.refs.get('heads/main') ?? '' };
});

releaseStoreContract('github (immutable releases)', async () => {
  const { repo, options } = freshRepo();
  repo.immutableReleases = true;
  return { store: new GitHubReleaseStore(options), mainSha: repo.refs.get('heads/main') ?? '' };
});

describe('GitHubReleaseStore on a repository with immutable releases', () => {
  it('reads immutable from the release; refuses to change a published one with ImmutableReleaseError; drafts stay open', async () => {
    const { repo, options } = freshRepo();
    repo.immutableReleases = true;
    const store = new GitHubReleaseStore(options);
    const draft = await store.createDraft({ tag: 'm/v1' });
    expect(draft.immutable).toBe(false);
    const first = await store.uploadAsset(draft.id, 'a.txt', { stream: Readable.from(['one']) });
    await store.deleteAsset(first.id);
    const kept = await store.uploadAsset(draft.id, 'a.txt', { stream: Readable.from(['two']) });
    const published = await store.publish(draft.id);
    expect(published.immutable).toBe(true);
    expect((await store.getByTag('m/v1'))?.immutable).toBe(true);
    expect((await store.getRelease(draft.id))?.immutable).toBe(true);
    await expect(store.uploadAsset(draft.id, 'b.txt', { stream: Readable.from(['x']) })).rejects.toThrow(ImmutableReleaseError);
    await expect(store.deleteAsset(kept.id)).rejects.toThrow(/immutable/);
    // A publish retried after a lost answer is no change.
    expect((await store.publish(draft.id)).immutable).toBe(true);
    // The race: published between the store's look and the upload; GitHub's 422 is the same error.
    const racing = await store.createDraft({ tag: 'm/v2' });
    const fetchRelease = store as unknown as { fetchRelease: (id: number) => Promise<unknown> };
    const seenAsDraft = await fetchRelease.fetchRelease(racing.id);
    const look = fetchRelease.fetchRelease;
    fetchRelease.fetchRelease = async () => {
      fetchRelease.fetchRelease = look;
      return seenAsDraft;
    };
    repo.releases.set(racing.id, { ...repo.releases.get(racing.id)!, draft: false, immutable: true, publishedAt: racing.createdAt });
    repo.refs.set('tags/m/v2', repo.refs.get('heads/main') ?? '');
    await expect(store.uploadAsset(racing.id, 'c.txt', { stream: Readable.from(['y']) })).rejects.toThrow(ImmutableReleaseError);
  });

  it('answers immutable false on a repository without the setting', async () => {
    const { options } = freshRepo();
    const store = new GitHubReleaseStore(options);
    const draft = await store.createDraft({ tag: 'm/v1' });
    expect((await store.publish(draft.id)).immutable).toBe(false);
  });
});

commentSinkContract('github', async () => {
  const { repo, options } = freshRepo();
  const pull = repo.addPull();
  // Someone else's comment first: the sink must find its own by the marker, not take the first.
  repo.comments.set(github.state.nextId(), {
    id: github.state.nextId(), issueNumber: pull.number, body: 'LGTM', user: { login: 'alice', id: 7, type: 'User' }, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
  });
  return new GitHubCommentSink({ ...options, issueNumber: pull.number });
});

checkRunSinkContract('github', async () => {
  const { repo, options } = freshRepo();
  return { sink: new GitHubCheckRunSink(options), sha: repo.refs.get('heads/main') ?? '' };
});

eventSinkContract('github', async () => {
  const { repo, options } = freshRepo();
  return {
    sink: new GitHubEventSink(options),
    received: async () => dispatchesOf(repo).map((d) => ({ type: d.eventType, payload: d.clientPayload }) as RepositoryEvent),
  };
});

test('a repository_dispatch needs contents: write: a read-only token gets a PermissionError and nothing is sent', async () => {
  const { repo, options } = freshRepo();
  github.state.tokenPermissions.set('contents-read', { contents: 'read', deployments: 'write' });
  const sink = new GitHubEventSink({ ...options, octokit: createOctokit(github.octokitOptions('contents-read')) });
  const error = await sink.send({ type: 'mlops-model-deployed', payload: { model: 'm' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PermissionError);
  expect((error as Error).message).toMatch(/may not send the repository_dispatch event mlops-model-deployed \(it needs contents: write\)/);
  expect(dispatchesOf(repo)).toEqual([]);
});

deploymentLogContract('github', async () => {
  const { repo, options } = freshRepo();
  return {
    log: new GitHubDeploymentLog(options),
    mainSha: repo.refs.get('heads/main') ?? '',
    defineEnvironment: async (p) => {
      repo.addEnvironment(p.name, { waitTimer: p.waitTimerMinutes, reviewers: p.reviewers, preventSelfReview: p.preventSelfReview, branchPolicy: p.branchPolicy });
    },
  };
});

describe('GitHubCommentSink: racing runs leave one comment', () => {
  const markerOf = (body: string) => body.split('\n')[0];

  test('two upserts that both find none and both create converge on the oldest comment', async () => {
    const { repo, options } = freshRepo();
    const pull = repo.addPull();
    // Both creates are held back, so both runs list before either comment exists.
    const hold = github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'latency', ms: 150, times: 2 });
    const [a, b] = await Promise.all([
      new GitHubCommentSink({ ...options, issueNumber: pull.number }).upsert('gate', 'run A'),
      new GitHubCommentSink({ ...options, issueNumber: pull.number }).upsert('gate', 'run B'),
    ]);
    hold.remove();
    const left = [...repo.comments.values()].filter((c) => c.issueNumber === pull.number);
    expect(left).toHaveLength(1);
    expect(markerOf(left[0].body)).toBe('<!-- mlops:gate -->');
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
    expect(a.location).toBe(b.location);
  });

  test('duplicates left by an interrupted race are removed by the next upsert', async () => {
    const { repo, options } = freshRepo();
    const pull = repo.addPull();
    const at = '2024-01-01T00:00:00Z';
    for (const body of ['<!-- mlops:gate -->\nold 1', '<!-- mlops:gate -->\nold 2', 'quoting <!-- mlops:gate --> is not the marker']) {
      const id = github.state.nextId();
      repo.comments.set(id, { id, issueNumber: pull.number, body, user: { login: 'bot', id: 1, type: 'Bot' }, createdAt: at, updatedAt: at });
    }
    const sink = new GitHubCommentSink({ ...options, issueNumber: pull.number });
    expect((await sink.upsert('gate', 'new')).created).toBe(false);
    expect([...repo.comments.values()].map((c) => c.body)).toEqual(['<!-- mlops:gate -->\nnew', 'quoting <!-- mlops:gate --> is not the marker']);
  });
});
