/**
 * evaluate-gate as the runner runs it (dist/evaluate-gate/index.js) against the GitHub emulator: the
 * sticky comment (created, updated in place, one left when two runs race), the check run, a failing
 * rule failing the step after reporting, a fork's read-only token, a bad input posting nothing, and a
 * registered production baseline downloaded from its release (digests verified) and re-evaluated by
 * the example's gate.evaluate command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkRunsOf, startGitHubEmulator, type GitHubEmulator, type RepoState } from '../support/github-emulator/index.js';
import { runActionBundle } from '../support/runner.js';
import { createOctokit } from '../../src/backends/github/octokit.js';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { ModelRegistry } from '../../src/registry/registry.js';
import { registerModel } from '../../src/registry/service/register-model.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import { runCli } from '../support/cli.js';
import { exampleWorkspace } from '../support/workspace.js';

let github: GitHubEmulator;
let repo: RepoState;
/** The penguins example after validate and a 3-trial sweep: the record has data and sweep parts. */
let prepared: string;

beforeAll(async () => {
  github = await startGitHubEmulator();
  repo = github.state.addRepo('octo-org/octo-repo');
  prepared = await exampleWorkspace();
  expect((await runCli(['validate', '--config', 'mlops.yml', '--quiet'], { cwd: prepared })).exitCode).toBe(0);
  expect((await runCli(['sweep', '--trials', '3', '--parallel', '2'], { cwd: prepared })).exitCode).toBe(0);
}, 60000);
afterAll(() => github.stop());

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-gate-'));
  await cp(prepared, dir, { recursive: true });
  return dir;
}

function pullEvent(number: number, options: { fork?: boolean } = {}) {
  const pull = repo.pulls.get(number)!;
  return {
    pull_request: {
      number,
      head: { sha: pull.head.sha, ref: pull.head.ref, repo: { full_name: options.fork ? 'fork-owner/octo-repo' : 'octo-org/octo-repo' } },
      base: { sha: pull.base.sha, ref: pull.base.ref, repo: { full_name: 'octo-org/octo-repo' } },
    },
  };
}

const ENV = () => ({ GITHUB_API_URL: github.url, GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/pull/1/merge' });
const INPUTS = { token: 'test-token', repository: 'octo-org/octo-repo' };

function gate(dir: string, number: number, extra: { inputs?: Record<string, string>; fork?: boolean } = {}) {
  return runActionBundle('evaluate-gate', { workspace: dir, inputs: { ...INPUTS, ...extra.inputs }, env: ENV(), event: pullEvent(number, { fork: extra.fork }), eventName: 'pull_request' });
}

const commentsOf = (number: number) => [...repo.comments.values()].filter((c) => c.issueNumber === number);

describe('evaluate-gate bundle against the GitHub emulator', () => {
  test('a pull_request run posts the sticky comment and the check run; a second run updates the same comment', async () => {
    const pull = repo.addPull();
    const dir = await workspace();
    const first = await gate(dir, pull.number);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ passed: 'true', verdict: 'pass', report: path.join(dir, '.mlops/gate-report.md') });
    expect(JSON.parse(first.outputs.table).map((row: { metric: string }) => row.metric)).toContain('accuracy');
    // A first model: the report says so in one line and the relative rule is skipped.
    expect(first.summary).toContain('No production model to compare with: relative rules are skipped.');
    expect(first.summary).toMatch(/⏭️ skipped/);
    const comments = commentsOf(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/^<!-- mlops:gate\.penguins\.ci\.yml\.[0-9a-f]{10} -->\n### ✅ Gate passed/);
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comments[0].id}`);
    const checks = checkRunsOf(repo).filter((c) => c.headSha === pull.head.sha);
    expect(checks).toMatchObject([{ name: 'mlops gate: penguins', status: 'completed', conclusion: 'success' }]);
    expect(checks[0].summary).toContain('| `accuracy` |');
    // The record's gate part holds the verdict and the table.
    const record = JSON.parse(readFileSync(first.outputs.record, 'utf8'));
    expect(record.gate).toMatchObject({ verdict: 'pass', passed: true, baselineVersion: null, report: 'gate-report.md' });

    const second = await gate(dir, pull.number);
    expect(second.exitCode).toBe(0);
    const after = commentsOf(pull.number);
    expect(after.map((c) => c.id)).toEqual([comments[0].id]);
    expect(checkRunsOf(repo).filter((c) => c.headSha === pull.head.sha)).toHaveLength(2);
  }, 60000);

  test('two racing runs leave one comment', async () => {
    const pull = repo.addPull();
    const [a, b] = [await workspace(), await workspace()];
    // Both creates wait, so both runs have listed the comments (none) before either posts.
    const hold = github.faults.add({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'latency', ms: 1500, times: 2 });
    const runs = await Promise.all([gate(a, pull.number), gate(b, pull.number)]);
    hold.remove();
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0]);
    expect(github.count('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBeGreaterThanOrEqual(2);
    expect(commentsOf(pull.number)).toHaveLength(1);
  }, 60000);

  test('a failing rule fails the step after the report: the table says why, the check fails, the annotation points at the rule', async () => {
    const pull = repo.addPull();
    const dir = await workspace();
    const result = await gate(dir, pull.number, { inputs: { rules: '[{ metric: accuracy, min: 0.9999 }]' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', verdict: 'fail' });
    expect(result.summary).toMatch(/### ❌ Gate failed: accuracy &gt;= 0\.9999/);
    expect(result.summary).toMatch(/\| `accuracy` \| – \| 0\.\d+ \|.*❌ fail/);
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/Gate failed: accuracy >= 0\.9999/) })]);
    expect(commentsOf(pull.number)[0].body).toContain('Gate failed');
    expect(checkRunsOf(repo).find((c) => c.headSha === pull.head.sha)?.conclusion).toBe('failure');
  }, 60000);

  test('a fork pull request (read-only token): summary, report file and artifact; nothing posted, nothing fails', async () => {
    const pull = repo.addPull();
    const dir = await workspace();
    const before = github.count();
    const result = await gate(dir, pull.number, { fork: true });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('### ✅ Gate passed');
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/comes from a fork: its token is read-only.*job summary/) })]);
    expect(existsSync(path.join(dir, '.mlops/gate-report.md'))).toBe(true);
    expect(existsSync(path.join(dir, '.mlops/artifacts'))).toBe(true);
    expect(commentsOf(pull.number)).toHaveLength(0);
    expect(checkRunsOf(repo).filter((c) => c.headSha === pull.head.sha)).toHaveLength(0);
    // Only the registry was read (the production alias): no write was tried.
    expect(github.exchanges.slice(-(github.count() - before)).every((e) => e.method === 'GET')).toBe(true);
  }, 60000);

  test('a token GitHub refuses to write with (403 over HTTP): the report is in the summary, nothing is posted, nothing fails', async () => {
    // A same-repository run with a read-only token (Dependabot's, or `permissions:` without
    // pull-requests: write and checks: write): GitHub answers the writes 403.
    github.state.tokenPermissions.set('read-only-token', { contents: 'read', 'pull-requests': 'read', checks: 'read' });
    const pull = repo.addPull();
    const dir = await workspace();
    const result = await gate(dir, pull.number, { inputs: { token: 'read-only-token' } });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain('### ✅ Gate passed');
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/may not/);
    expect(result.stderr).not.toMatch(/read-only-token/);
    expect(commentsOf(pull.number)).toHaveLength(0);
    expect(checkRunsOf(repo).filter((c) => c.headSha === pull.head.sha)).toHaveLength(0);
    expect(existsSync(path.join(dir, '.mlops/gate-report.md'))).toBe(true);
  }, 60000);

  test('a bad input is a located error and posts nothing', async () => {
    const pull = repo.addPull();
    const dir = await workspace();
    const result = await gate(dir, pull.number, { inputs: { metrics: 'nope/metrics.json' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'nope/metrics.json' });
    expect(commentsOf(pull.number)).toHaveLength(0);
    expect(checkRunsOf(repo).filter((c) => c.headSha === pull.head.sha)).toHaveLength(0);
    expect(result.summary).toBe('');
  }, 60000);

  test('against a registered production version: its per-example outputs come from the release, digests verified', async () => {
    const dir = await workspace();
    // Registered in-process with write pacing off (the bundle would wait ~3 s per release write).
    const store = new GitHubReleaseStore({ octokit: createOctokit(github.octokitOptions()), owner: 'octo-org', repo: 'octo-repo' });
    const registry = new ModelRegistry(store, { sha: repo.refs.get('heads/main')! });
    const registered = await registerModel({ cwd: dir, name: 'penguins', record: path.join(dir, '.mlops/record.json'), aliases: ['production'], tags: [], registry, env: {} }, new RecordingLogger());
    const pull = repo.addPull();
    const result = await gate(dir, pull.number);
    expect(result.exitCode).toBe(0);
    expect(result.summary).toContain(`production (v${registered.version})`);
    expect(result.summary).toMatch(/Intervals: 95% paired bootstrap .* over 69 examples/);
    expect(result.summary).toContain('was re-evaluated on this run\'s eval data (gate.evaluate)');
    expect(JSON.parse(result.outputs.table).find((row: { metric: string }) => row.metric === 'accuracy')).toMatchObject({ change: 0, significance: 'within noise' });
    expect(JSON.parse(readFileSync(result.outputs.record, 'utf8')).gate.baselineVersion).toBe(registered.version);
  }, 60000);
});
