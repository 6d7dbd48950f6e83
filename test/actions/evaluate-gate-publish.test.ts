/**
 * evaluate-gate's fork-safe path, as the runner runs it against the GitHub emulator: the pull
 * request's run writes pr-report.json (data, never markdown), and a workflow_run run posts it with
 * `mode: publish`, treating the file as untrusted: a valid one gives the very comment and check run
 * evaluate mode posts; a forged pull request or commit, an oversized, malformed or off-schema file is
 * refused with nothing posted; markdown and HTML in a metric name arrive escaped.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkRunsOf, startGitHubEmulator, type GitHubEmulator, type RepoState } from '../support/github-emulator/index.js';
import { runActionBundle } from '../support/runner.js';

let github: GitHubEmulator;
let repo: RepoState;

beforeAll(async () => {
  github = await startGitHubEmulator();
  repo = github.state.addRepo('octo-org/octo-repo');
});
afterAll(() => github.stop());

const ENV = () => ({ GITHUB_API_URL: github.url, GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/ci.yml@refs/pull/1/merge' });
const INPUTS = { token: 'test-token', repository: 'octo-org/octo-repo' };
/** The pull request run's page, as the runner harness's GITHUB_RUN_ID makes it. */
const RUN_URL = 'https://github.com/octo-org/octo-repo/actions/runs/1234567890';

/** A model gated on a metrics file alone: no sweep, no registry baseline (a first model). */
async function workspace(metrics: Record<string, number> = { accuracy: 0.93 }): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-gate-publish-'));
  await writeFile(path.join(dir, 'mlops.yml'), 'name: toy\ndata: { train: train.csv }\ngate:\n  rules:\n    - { metric: accuracy, min: 0.9 }\n');
  await writeFile(path.join(dir, 'metrics.json'), JSON.stringify(metrics));
  return dir;
}

async function evaluate(dir: string, number: number, fork = false) {
  const pull = repo.pulls.get(number)!;
  const event = { pull_request: { number, head: { sha: pull.head.sha, ref: pull.head.ref, repo: { full_name: fork ? 'fork/octo-repo' : 'octo-org/octo-repo' } }, base: { sha: pull.base.sha, ref: pull.base.ref, repo: { full_name: 'octo-org/octo-repo' } } } };
  return runActionBundle('evaluate-gate', { workspace: dir, inputs: { ...INPUTS, metrics: 'metrics.json' }, env: ENV(), event, eventName: 'pull_request' });
}

/** The workflow_run run: `pullRequests` as GitHub lists them (none for a fork's pull request). */
function publish(dir: string, file: string, run: { headSha: string; pullRequests: number[] }) {
  const event = { workflow_run: { head_sha: run.headSha, html_url: RUN_URL, pull_requests: run.pullRequests.map((number) => ({ number })) } };
  return runActionBundle('evaluate-gate', { workspace: dir, inputs: { ...INPUTS, mode: 'publish', 'report-data': file }, env: ENV(), event, eventName: 'workflow_run' });
}

const commentsOf = (number: number) => [...repo.comments.values()].filter((c) => c.issueNumber === number);
const checksOf = (sha: string) => checkRunsOf(repo).filter((c) => c.headSha === sha);

test('a valid report posts the same sticky comment and check run as evaluate mode, also for a fork (pull request looked up by its head)', async () => {
  const pull = repo.addPull();
  const dir = await workspace();
  const evaluated = await evaluate(dir, pull.number);
  expect(evaluated.exitCode).toBe(0);
  expect(evaluated.outputs['report-data']).toBe(path.join(dir, '.mlops/pr-report.json'));
  const data = readFileSync(evaluated.outputs['report-data'], 'utf8');
  expect(JSON.parse(data)).toMatchObject({ schemaVersion: 1, model: 'toy', pullRequest: { number: pull.number, headSha: pull.head.sha }, report: { result: { verdict: 'pass' } } });
  expect(data).not.toMatch(/###|\| ---/); // data, not markdown
  const [comment] = commentsOf(pull.number);
  const check = checksOf(pull.head.sha)[0];

  for (const pullRequests of [[pull.number], []]) {
    const published = await publish(await workspace(), evaluated.outputs['report-data'], { headSha: pull.head.sha, pullRequests });
    expect(published.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(published.exitCode).toBe(0);
    expect(commentsOf(pull.number)).toEqual([expect.objectContaining({ id: comment.id, body: comment.body })]);
    expect(checksOf(pull.head.sha).at(-1)).toMatchObject({ name: check.name, conclusion: check.conclusion, title: check.title, summary: check.summary });
  }
}, 60000);

describe('untrusted report data: refused with a clear error, nothing posted', () => {
  let valid: Record<string, unknown>;
  let pull: ReturnType<RepoState['addPull']>;
  beforeAll(async () => {
    pull = repo.addPull();
    const evaluated = await evaluate(await workspace(), pull.number, true); // a fork: nothing posted by its run
    expect(evaluated.exitCode).toBe(0);
    valid = JSON.parse(readFileSync(evaluated.outputs['report-data'], 'utf8'));
  }, 60000);

  const other = () => repo.addPull();
  test.each([
    ['a forged pull request number', () => ({ ...valid, pullRequest: { ...(valid.pullRequest as object), number: other().number } }), [] as number[], /names pull request #\d+, whose head commit is [0-9a-f]{40}, not the run's/],
    ['a pull request the event does not list', () => ({ ...valid, pullRequest: { ...(valid.pullRequest as object), number: other().number } }), 'listed', /names pull request #\d+, but the workflow run was for #\d+/],
    ['another head commit', () => ({ ...valid, pullRequest: { ...(valid.pullRequest as object), headSha: 'f'.repeat(40) } }), 'listed', /names head commit f{40}, but the workflow run that triggered this one ran on/],
    ['an oversized file', () => ({ ...valid, padding: 'x'.repeat(5 * 1024 * 1024) }), 'listed', /is larger than the 4 MiB limit/],
    ['a field the schema does not know', () => ({ ...valid, html: '<script>' }), 'listed', /is malformed: html is not a known field/],
    ['a verdict that is not one', () => ({ ...valid, report: { ...(valid.report as object), result: { ...(valid.report as { result: object }).result, verdict: 'awesome' } } }), 'listed', /report\.result\.verdict must be one of: "pass", "warn", "fail"/],
    ['text that is not JSON', () => '{"schemaVersion": 1, ', 'listed', /is not valid JSON/],
  ])('%s', async (_name, forge, listed, message) => {
    const dir = await workspace();
    const file = path.join(dir, 'pr-report.json');
    const forged = forge();
    await writeFile(file, typeof forged === 'string' ? forged : JSON.stringify(forged));
    const before = github.exchanges.length;
    const result = await publish(dir, file, { headSha: pull.head.sha, pullRequests: listed === 'listed' ? [pull.number] : (listed as number[]) });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/How to fix: ./);
    // Nothing was posted: no write reached GitHub.
    expect(github.exchanges.slice(before).filter((e) => e.method !== 'GET')).toEqual([]);
    expect(commentsOf(pull.number)).toEqual([]);
  }, 30000);

  test('markdown and HTML in a metric name are posted as text', async () => {
    const name = '<img src=x onerror=alert(1)> **[win](https://evil.example)** @octo-org/admins | ![x](https://evil.example/p.png)';
    const result = (valid.report as { result: { metrics: { name: string }[]; rules: { metric?: string }[] } }).result;
    const forged = { ...valid, report: { ...(valid.report as object), result: { ...result, metrics: result.metrics.map((m) => ({ ...m, name })) } } };
    const dir = await workspace();
    const file = path.join(dir, 'pr-report.json');
    await writeFile(file, JSON.stringify(forged));
    const published = await publish(dir, file, { headSha: pull.head.sha, pullRequests: [pull.number] });
    expect(published.exitCode).toBe(0);
    const [comment] = commentsOf(pull.number);
    // The name is shown exactly, inside a code span; outside code spans nothing of it is live markup.
    expect(comment.body).toContain(`\`${name.replace('|', '\\|')}\``);
    expect(comment.body.replace(/`[^`\n]*`/g, '')).not.toMatch(/<img|evil\.example|@octo-org\/admins/);
  }, 30000);
});

test('mode: publish outside a workflow_run event says where it belongs and posts nothing', async () => {
  const dir = await workspace();
  await writeFile(path.join(dir, 'pr-report.json'), '{}');
  const before = github.exchanges.length;
  const result = await runActionBundle('evaluate-gate', { workspace: dir, inputs: { ...INPUTS, mode: 'publish', 'report-data': 'pr-report.json' }, env: ENV(), event: {}, eventName: 'push' });
  expect(result.exitCode).toBe(1);
  expect(result.annotations[0]?.message).toMatch(/mode: publish runs in a workflow triggered by workflow_run; this one was triggered by push/);
  expect(github.exchanges.length).toBe(before);
});
