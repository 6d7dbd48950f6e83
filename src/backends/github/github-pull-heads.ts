/**
 * The head commit of a pull request (`GET /repos/{owner}/{repo}/pulls/{number}`, `pull-requests:
 * read`, or public), for evaluate-gate's publish mode: a workflow_run event lists no pull request
 * when it came from a fork, so the pull request an untrusted report names is checked by asking GitHub
 * for its head (src/gate/pr-report.ts checkAgainstRun).
 */
import { Fields } from './answers.js';
import type { GitHubRepoOptions } from './github-release-store.js';
import { httpStatus } from './request-errors.js';

/** The pull request's head commit sha; undefined when there is no such pull request. */
export async function pullRequestHead(options: GitHubRepoOptions, number: number): Promise<string | undefined> {
  const { octokit, owner, repo } = options;
  try {
    const response = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    return new Fields(new Fields(response.data, 'a pull request').raw('head'), 'a pull request head').string('sha');
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
