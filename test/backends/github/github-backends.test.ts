/** The seam contracts against the GitHub backends (src/backends/github), over the REST emulator. */
import { GitHubCommentSink } from '../../../src/backends/github/github-comment-sink.js';
import { GitHubDeploymentLog } from '../../../src/backends/github/github-deployment-log.js';
import { GitHubReleaseStore } from '../../../src/backends/github/github-release-store.js';
import { createOctokit } from '../../../src/backends/github/octokit.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/index.js';
import { commentSinkContract, deploymentLogContract } from '../comment-deployment-contract.js';
import { releaseStoreContract } from '../release-store-contract.js';

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

commentSinkContract('github', async () => {
  const { repo, options } = freshRepo();
  const pull = repo.addPull();
  // Someone else's comment first: the sink must find its own by the marker, not take the first.
  repo.comments.set(github.state.nextId(), {
    id: github.state.nextId(), issueNumber: pull.number, body: 'LGTM', user: { login: 'alice', id: 7, type: 'User' }, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
  });
  return new GitHubCommentSink({ ...options, issueNumber: pull.number });
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
