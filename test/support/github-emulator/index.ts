/**
 * The GitHub REST emulator for tests:
 *
 *   const github = await startGitHubEmulator();          // 127.0.0.1, random port
 *   const repo = github.state.addRepo('octo/models');     // seed
 *   const octokit = createOctokit(github.octokitOptions()); // real Octokit, real HTTP
 *   github.faults.add({ path: /releases/, times: 2, kind: 'status', status: 502 });
 *   ...
 *   await github.stop();
 */
import { GitHubEmulator } from './emulator.js';

export { GitHubEmulator, ROUTES } from './emulator.js';
export { fakeSha, type RepoState } from './state.js';
export { checkRunsOf } from './routes/check-runs.js';
export { dispatchesOf } from './routes/dispatches.js';

export async function startGitHubEmulator(): Promise<GitHubEmulator> {
  return new GitHubEmulator().start();
}
