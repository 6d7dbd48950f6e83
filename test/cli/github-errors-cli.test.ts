/**
 * Issue #16, as a user sees it: `mlops models ...` against GitHub that refuses, rate-limits or
 * answers a web page prints what happened and what to check, without a stack trace and without
 * the token; `--version` after a command does not print the CLI's version.
 */
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const TOKEN = 'ghp_doNotPrintThisToken0123456789';
const temps = tempDirs('mlops-gh-errors-cli-');
let github: GitHubEmulator;
beforeAll(async () => {
  github = await startGitHubEmulator();
  github.state.addRepo('octo/models');
});
afterAll(async () => {
  await github.stop();
  await temps.cleanup();
});
afterEach(() => {
  github.faults.clear();
  github.validTokens = undefined;
});

async function models(args: string[]) {
  const dir = await temps.make();
  const result = await runCli(['models', ...args, '--github', 'octo/models'], { cwd: dir, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url } });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(/a bug/);
  expect(result.stderr + result.stdout).not.toContain(TOKEN);
  return result.stderr;
}

test('401: the token was refused', async () => {
  github.validTokens = new Set(['another-token']);
  const stderr = await models(['show', 'toy:1']);
  expect(stderr).toMatch(/^error: GitHub answered 401 to GET http:\/\/127\.0\.0\.1:\d+\/repos\/octo\/models\/releases\/tags\/toy%2Fv1: Bad credentials\.\n {2}How to fix: The token was refused/);
});

test('403 without the permission: which permission to grant', async () => {
  github.faults.add({ path: /\/releases\/tags\//, kind: 'status', status: 403, message: 'Resource not accessible by integration' });
  const stderr = await models(['show', 'toy:1']);
  expect(stderr).toMatch(/GitHub answered 403 .*Resource not accessible by integration\.\n {2}How to fix: The token lacks a permission/);
});

test('403 rate limit: when it resets', async () => {
  github.faults.add({ path: /\/releases\/tags\//, kind: 'rate-limit', status: 403, retryAfter: 100000 });
  const stderr = await models(['show', 'toy:1']);
  expect(stderr).toMatch(/API rate limit exceeded .*\n {2}How to fix: The token's rate limit is used up \(it resets at \d\d:\d\d UTC\)/);
});

test('a web page instead of the API: check GITHUB_API_URL', async () => {
  github.faults.add({ path: /\/releases\/tags\//, kind: 'html', status: 200 });
  const stderr = await models(['show', 'toy:1']);
  expect(stderr).toMatch(/with a web page \(status 200\), not the REST API's JSON\.\n {2}How to fix: .*check GITHUB_API_URL \(now http:\/\/127\.0\.0\.1:\d+\)/);
});

test('`models download m1 --version 1` (the old model card command) is an error, not the CLI version', async () => {
  const dir = await temps.make();
  const result = await runCli(['models', 'download', 'm1', '--version', '1', '--out', 'm1'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stdout).not.toMatch(/^0\.1\.0/);
  expect(result.stderr).toMatch(/unknown option '--version'/);
  // The program's own flag still works in its place.
  const version = await runCli(['--version'], { cwd: dir });
  expect(version).toMatchObject({ exitCode: 0, stdout: '0.1.0\n' });
});
