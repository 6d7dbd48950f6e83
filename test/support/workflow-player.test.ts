/**
 * The workflow player on small fixture workflows (test/fixtures/workflows/repo/.github/workflows):
 * needs and if, matrices, reusable workflows, a protected environment, run steps beside a
 * JavaScript action, artifacts between jobs, and what it refuses.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { startArtifactEmulator, type ArtifactEmulator } from './artifact-emulator/index.js';
import { captureActionsLog } from './artifact-emulator/quiet.js';
import { fakeSha, startGitHubEmulator, type GitHubEmulator } from './github-emulator/index.js';
import { REPO_ROOT } from './runner.js';
import { playWorkflow, type PlayOptions } from './workflow-player/index.js';

const REPOSITORY = 'octo-org/octo-repo';
// The artifact client (run in this process for upload/download-artifact) logs to stdout.
captureActionsLog();
let github: GitHubEmulator;
let artifacts: ArtifactEmulator;

beforeAll(async () => {
  [github, artifacts] = await Promise.all([startGitHubEmulator(), startArtifactEmulator()]);
  const repo = github.state.addRepo(REPOSITORY);
  repo.addIssue(1);
  repo.addEnvironment('staging');
  repo.addEnvironment('production', { reviewers: [{ type: 'User', name: 'octocat' }] });
});

afterAll(async () => {
  await Promise.all([github.stop(), artifacts.stop()]);
});

function play(workflow: string, extra: Partial<PlayOptions> = {}) {
  return playWorkflow({
    workflow: `.github/workflows/${workflow}`,
    repository: { name: REPOSITORY, root: path.join(REPO_ROOT, 'test/fixtures/workflows/repo'), sha: fakeSha('player') },
    event: { name: 'push', payload: { ref: 'refs/heads/main' } },
    github,
    artifacts,
    ...extra,
  });
}

describe('workflow player', () => {
  test('needs and if: outputs flow through needs, status functions decide, failures propagate', async () => {
    const result = await play('needs-and-if.yml').done;
    expect(result.job('reads-first').outputs).toEqual({ heard: 'hello from first (success)' });
    expect(result.job('breaks')).toMatchObject({ result: 'failure' });
    expect(result.job('breaks').steps.map((s) => [s.id, s.outcome, s.conclusion])).toEqual([
      ['tolerated', 'failure', 'success'],
      ['fails', 'failure', 'failure'],
      ['after-failure', 'skipped', 'skipped'],
      ['cleanup', 'success', 'success'],
    ]);
    expect(result.job('breaks').steps[3].outputs).toEqual({ outcome: 'failure tolerated=failure/success' });
    expect(result.keys('skipped').sort()).toEqual(['after-breaks', 'only-on-failure']);
    // failure() sees every ancestor: the grandparent `breaks` failed, its parent was skipped.
    expect(result.job('after-breaks-failure').result).toBe('success');
    expect(result.job('after-breaks-always').result).toBe('success');
    // Jobs are recorded in the order they ended: a job never ends before what it needs.
    const order = result.jobs.map((job) => job.key);
    expect(order.indexOf('first')).toBeLessThan(order.indexOf('reads-first'));
    expect(order.indexOf('breaks')).toBeLessThan(order.indexOf('after-breaks-always'));
  });

  test('matrix: fromJSON of a job output, include and exclude, max-parallel, merged outputs, an empty vector', async () => {
    const result = await play('matrix.yml').done;
    const legs = result.jobs.filter((job) => job.id === 'legs');
    expect(legs.map((job) => [job.key, job.outputs.last])).toEqual([
      ['legs (0)', '0 of 3'],
      ['legs (1)', '1 of 3'],
      ['legs (2)', '2 of 3'],
    ]);
    expect(result.job('collect').outputs.seen).toBe('2 of 3 success');
    const statics = result.jobs.filter((job) => job.id === 'static').map((job) => job.matrix);
    expect(statics).toEqual(
      expect.arrayContaining([
        { os: 'linux', n: 1, extra: 'x' },
        { os: 'linux', n: 2, extra: 'x' },
        { os: 'mac', n: 1 },
        { os: 'windows' },
      ]),
    );
    expect(statics).toHaveLength(4);
    // Legs a test leaves out (playLegs) are cancelled, never run; what needs them skips by default.
    const some = await play('matrix.yml', { playLegs: (job, leg) => job !== 'legs' || leg.shard === 1 }).done;
    expect(some.jobs.filter((job) => job.id === 'legs').map((job) => [job.key, job.result])).toEqual([
      ['legs (0)', 'cancelled'],
      ['legs (1)', 'success'],
      ['legs (2)', 'cancelled'],
    ]);
    expect(some.job('collect').result).toBe('skipped');
    expect(result.job('empty')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/matrix\.yml \(Line: \d+, Col: \d+\): Matrix vector 'shard' does not contain any values/)] });
  });

  test('reusable workflow: typed inputs, explicit secrets, outputs, job.workflow_*; an undeclared input fails the call', async () => {
    const result = await play('caller.yml', { secrets: { API_KEY: 'k-123' } }).done;
    expect(result.job('call / work').outputs.summary).toBe(`3 shard-main false key=k-123 ${REPOSITORY}@${fakeSha('player')} .github/workflows/called.yml event=push`);
    expect(result.job('call').outputs).toEqual({ summary: expect.stringMatching(/^3 shard-main/) });
    expect(result.job('use-outputs').result).toBe('success');
    // The called workflow's jobs get no more than the calling workflow's `permissions:`.
    expect(result.job('call / work').permissions).toEqual({ contents: 'read' });
    expect(result.job('typo')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/Invalid input, lable is not defined in the referenced workflow/)] });
    // A called job asking for more than the caller grants stops the call before anything runs, even a job that would skip.
    expect(result.job('greedy')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/The nested job 'release' is requesting 'contents: write', but is only allowed 'contents: read'/)] });
    expect(result.jobs.some((job) => job.key.startsWith('greedy /'))).toBe(false);
  });

  test('a protected environment holds its job until approved; a rejection fails it', async () => {
    const approved = play('deploy.yml');
    expect(await approved.waitingFor('production')).toBe('production');
    expect(approved.pending()).toEqual({ production: ['production'] });
    approved.approve('production');
    const result = await approved.done;
    expect(result.jobs.map((job) => [job.key, job.result])).toEqual([
      ['staging', 'success'],
      ['production', 'success'],
      ['announce', 'success'],
    ]);
    expect(result.job('production').environment).toBe('production');

    const rejected = play('deploy.yml');
    await rejected.waitingFor('production');
    rejected.reject('production');
    const after = await rejected.done;
    expect(after.job('production')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/rejected/)] });
    expect(after.job('announce').result).toBe('skipped');
  });

  test('run steps and a JavaScript action: env layers, file commands, runtime token for actions only, permissions enforced', async () => {
    const result = await play('runner.yml', { minuteMs: 300 }).done;
    const probe = result.job('probe');
    const outputs = Object.fromEntries(probe.steps.map((step) => [step.id, step.outputs]));
    expect(outputs.shell).toEqual({ 'runtime-token': 'absent', 'results-url': 'absent', levels: 'workflow/job' });
    expect(outputs.next).toEqual({ seen: 'from-step-one tool-on-path from-step-one' });
    expect(outputs.action).toEqual({ seen: 'hi token runtime-token from-step-one' });
    // permissions: contents: read - the emulator refuses the comment, as GitHub would.
    expect(outputs.write).toEqual({ status: '403' });
    expect(probe.steps[1].summary).toBe('## summary line\n');
    expect(result.calls).toContainEqual({ job: 'probe', uses: expect.stringMatching(/^actions\/checkout@/), inputs: { 'persist-credentials': 'false' } });
    // timeout-minutes: 1 (a minute is 300 ms here) stops `sleep 30`; the always() step is not run.
    expect(result.job('slow')).toMatchObject({ result: 'failure', errors: expect.arrayContaining([expect.stringMatching(/exceeded the maximum execution time of 1 minutes/)]) });
    expect(result.job('slow').steps.map((step) => step.outcome)).toEqual(['failure', 'skipped']);
  });

  test('artifacts: uploaded by one job, downloaded by the next, scoped to the run; a missing one fails the step', async () => {
    const first = play('artifacts.yml', { runId: 'run-artifacts-1' });
    const result = await first.done;
    const use = result.job('use').steps;
    expect(use[1].outputs).toEqual({ weights: 'weights metrics={}' });
    // Hidden files stay out unless include-hidden-files; `!path` takes a folder away.
    expect(use[3].outputs.files).toBe('./model/metrics.json ./model/model/weights.txt ./state/s.txt ./trimmed/metrics.json ');
    expect(result.job('make').steps[3].annotations).toEqual([{ level: 'warning', message: expect.stringMatching(/^No files were found with the provided path: \.state\//) }]);
    expect(use[4]).toMatchObject({ conclusion: 'failure', log: expect.stringMatching(/No artifact named no-such-artifact/) });
    expect(artifacts.state.listed('run-artifacts-1').map((a) => a.name)).toEqual(['model', 'trimmed', 'state']);
    // A second run uploads its own `model`: names are unique per run, not across runs.
    const second = await play('artifacts.yml', { runId: 'run-artifacts-2' }).done;
    expect(second.job('make').result).toBe('success');
  });

  test('refused: a third-party action it does not emulate, an expression error at run time, an invalid workflow', async () => {
    const refused = await play('refused.yml').done;
    expect(refused.job('lint')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/some-org\/some-action@0123.* is a third-party action the workflow player does not emulate; it emulates actions\/checkout/)] });
    expect(refused.job('lint').steps[1].outcome).toBe('skipped');

    const runtime = await play('expression-error.yml').done;
    expect(runtime.job('bad')).toMatchObject({ result: 'failure', errors: [expect.stringMatching(/expression-error\.yml \(Line: 8, Col: 15\): Error when evaluating 'fromJSON\('not json'\)'/)] });
    expect(runtime.job('fine').result).toBe('success');

    await expect(play('invalid.yml').done).rejects.toThrow(/The workflow is not valid[\s\S]*invalid\.yml \(Line: 7, Col: 9\): Unrecognized named-value: 'nosuch'/);
    await expect(play('needs-and-if.yml', { event: { name: 'pull_request' } }).done).rejects.toThrow(/does not run on pull_request \(on: push\)/);
  });
});
