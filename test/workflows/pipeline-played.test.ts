/**
 * The pipeline played end to end (issue #19 "Played end to end"): the starter template
 * action-templates/mlops-pipeline.yml, copied into a tiny project (test/fixtures/played-project)
 * as a user would, calls this suite's workflows/pipeline.yml pinned to a commit; the workflow
 * player (test/support/workflow-player) plays it against the GitHub and artifact emulators with
 * our actions' bundles (run `npm run build` first).
 * - a pull request: validate, sweep, gate; the gate's comment is on the pull request; nothing is
 *   registered or deployed;
 * - a push to main: the same, then registered, deployed to staging, production waits for its
 *   reviewer and is deployed once approved;
 * - a 10,000-trial matrix sweep: the plan's outputs stay small and its legs and collect start.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startArtifactEmulator, type ArtifactEmulator } from '../support/artifact-emulator/index.js';
import { captureActionsLog } from '../support/artifact-emulator/quiet.js';
import { startGitHubEmulator, type GitHubEmulator, type RepoState } from '../support/github-emulator/index.js';
import { REPO_ROOT } from '../support/runner.js';
import { playWorkflow, SUITE_REPOSITORY, type PlayOptions, type PlayResult } from '../support/workflow-player/index.js';

// upload/download-artifact run the artifact client in this process; it logs to stdout.
captureActionsLog();

const REPOSITORY = 'octo-org/tiny-model';
const TEMPLATE = 'action-templates/mlops-pipeline.yml';

let github: GitHubEmulator;
let artifacts: ArtifactEmulator;
let repo: RepoState;
let project: string;
/** The commit of the suite the template pins: the pipeline and every action run at it. */
let pinned: string;

beforeAll(async () => {
  [github, artifacts] = await Promise.all([startGitHubEmulator(), startArtifactEmulator()]);
  repo = github.state.addRepo(REPOSITORY);
  repo.addEnvironment('staging');
  repo.addEnvironment('production', { reviewers: [{ type: 'User', name: 'octocat' }] });
  // The user's repository: the project plus the starter template, copied as the README says.
  project = await mkdtemp(path.join(os.tmpdir(), 'played-project-'));
  await cp(path.join(REPO_ROOT, 'test/fixtures/played-project'), project, { recursive: true });
  const template = await readFile(path.join(REPO_ROOT, TEMPLATE), 'utf8');
  pinned = /pipeline\.yml@([0-9a-f]{40})/.exec(template)?.[1] ?? '';
  expect(pinned).toMatch(/^[0-9a-f]{40}$/);
  await mkdir(path.join(project, '.github/workflows'), { recursive: true });
  await writeFile(path.join(project, '.github/workflows/mlops.yml'), template.replaceAll('$default-branch', 'main'));
});

afterAll(async () => {
  await Promise.all([github.stop(), artifacts.stop(), rm(project, { recursive: true, force: true })]);
});

function play(event: PlayOptions['event'], extra: Partial<PlayOptions> = {}) {
  return playWorkflow({
    workflow: '.github/workflows/mlops.yml',
    repository: { name: REPOSITORY, root: project, sha: repo.refs.get('heads/main')! },
    suite: { name: SUITE_REPOSITORY, root: REPO_ROOT, sha: pinned },
    event,
    github,
    artifacts,
    ...extra,
  });
}

const repositoryPayload = { full_name: REPOSITORY, default_branch: 'main', name: 'tiny-model', owner: { login: 'octo-org' } };

/** Every job succeeded or was skipped on purpose; the failures' errors otherwise. */
function expectNoFailure(result: PlayResult): void {
  expect(result.failures()).toBe('');
}

/** A played pipeline takes seconds; a loaded 2-core machine makes it tens of seconds. */
const PLAYED = 180_000;

const dispatches = () => github.exchanges.filter((e) => e.method === 'POST' && /\/dispatches$/.test(e.path) && e.status === 204).length;

describe('the pipeline played from the starter template', () => {
  test('pull request: validated, swept, gated, the comment on the pull request; nothing registered or deployed', async () => {
    const pull = repo.addPull({ head: 'better-model' });
    const payload = {
      action: 'opened',
      number: pull.number,
      pull_request: { number: pull.number, head: { ref: pull.head.ref, sha: pull.head.sha, repo: { full_name: REPOSITORY } }, base: { ref: 'main', sha: pull.base.sha, repo: { full_name: REPOSITORY } } },
      repository: repositoryPayload,
    };
    const result = await play({ name: 'pull_request', payload }, { ref: `refs/pull/${pull.number}/merge` }).done;
    expectNoFailure(result);
    expect(result.job('mlops / gate / gate').result).toBe('success');
    // The suite ran at the commit the template pins: job.workflow_sha inside the called workflows.
    expect(result.job('mlops / validate / validate').steps.find((s) => s.uses === '$/actions/validate-data')?.outcome).toBe('success');
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/tiny/);
    for (const stage of ['register', 'staging', 'production']) expect(result.job(`mlops / ${stage}`).result).toBe('skipped');
    expect(repo.releases.size).toBe(0);
    expect(repo.deployments.size).toBe(0);
  }, PLAYED);

  test('push to main: registered, staging deployed, production waits for its reviewer, then is deployed', async () => {
    const before = dispatches();
    const running = play({ name: 'push', payload: { ref: 'refs/heads/main', after: repo.refs.get('heads/main'), repository: repositoryPayload } });
    expect(await running.waitingFor('production')).toBe('mlops / production / deploy');
    // While production waits: the version is registered and serves staging; production has no deployment.
    const versions = () => [...repo.releases.values()].filter((r) => !r.draft && /\/v\d+$/.test(r.tagName)).map((r) => r.tagName);
    expect(versions()).toEqual(['tiny/v1']);
    const environments = () => [...repo.deployments.values()].map((d) => d.environment);
    expect(environments()).toEqual(['staging']);
    running.approve('production');
    const result = await running.done;
    expectNoFailure(result);
    expect(environments().sort()).toEqual(['production', 'staging']);
    expect(versions()).toEqual(['tiny/v1']);
    const latest = (environment: string) => [...repo.statuses.values()].filter((s) => s.environment === environment).sort((a, b) => b.id - a.id)[0]?.state;
    expect({ staging: latest('staging'), production: latest('production') }).toEqual({ staging: 'success', production: 'success' });
    expect(result.job('mlops / production / deploy').environmentUrl).toBe('https://tiny.example/production');
    // mlops-model-registered, then mlops-model-deployed for staging and production.
    expect(dispatches() - before).toBe(3);
  }, PLAYED);

  test('GHES fallback: the suite is checked out at job.workflow_sha, the commit the caller pinned', async () => {
    await writeFile(
      path.join(project, '.github/workflows/validate-ghes.yml'),
      ['name: validate on GHES', 'on: push', 'permissions: { contents: read }', 'jobs:', '  validate:', `    uses: ${SUITE_REPOSITORY}/.github/workflows/validate-data.yml@${pinned}`, '    with:', '      actions-source: checkout', ''].join('\n'),
    );
    const result = await play({ name: 'push', payload: { ref: 'refs/heads/main', repository: repositoryPayload } }, { workflow: '.github/workflows/validate-ghes.yml' }).done;
    expectNoFailure(result);
    const checkouts = result.calls.filter((call) => call.uses.startsWith('actions/checkout@')).map((call) => call.inputs);
    expect(checkouts).toContainEqual(expect.objectContaining({ repository: SUITE_REPOSITORY, ref: pinned, 'persist-credentials': 'false' }));
    const steps = result.job('validate / validate').steps;
    expect(steps.find((step) => step.uses === '$/actions/validate-data')?.outcome).toBe('skipped');
    expect(steps.find((step) => step.uses === './.mlops-actions/actions/validate-data')?.outcome).toBe('success');
  }, PLAYED);

  test('a 10,000-trial matrix sweep: the plan outputs stay small, legs and collect start from the plan artifact', async () => {
    await writeFile(
      path.join(project, 'big.yml'),
      [
        'version: 1',
        'name: big',
        'data: { train: data/train.csv }',
        'train:',
        // A trivial trainer ({{ }} are literal braces in a sweep command).
        `  command: [sh, -c, 'echo "{{\\"loss\\": $MLOPS_TRIAL_NUMBER}}" > "$MLOPS_METRICS_FILE"; echo model > "$MLOPS_OUTPUT_DIR/model.txt"']`,
        'sweep:',
        '  method: random',
        '  trials: 10000',
        '  parallel: 8',
        '  metric: { name: loss, goal: minimize }',
        '  space:',
        '    lr: { type: loguniform, low: 0.0001, high: 1 }',
        '    depth: { type: int, low: 1, high: 1000000 }',
        '  matrix: { shards: 256 }',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(project, '.github/workflows/big-sweep.yml'),
      ['name: big sweep', 'on: push', 'permissions: { contents: read }', 'jobs:', '  sweep:', `    uses: ${SUITE_REPOSITORY}/.github/workflows/train-and-sweep.yml@${pinned}`, '    with:', '      config: big.yml', ''].join('\n'),
    );
    // One of the 256 legs runs (its 40 trials); the others are left out to keep this to seconds.
    const result = await play({ name: 'push', payload: { ref: 'refs/heads/main', repository: repositoryPayload } }, { workflow: '.github/workflows/big-sweep.yml', playLegs: (_job, leg) => leg.shard === 0 }).done;
    const plan = result.job('sweep / plan');
    expect(plan).toMatchObject({ result: 'success', errors: [] });
    const planStep = plan.steps.find((s) => s.id === 'self')!;
    const largest = Math.max(...Object.values(planStep.outputs).map((v) => Buffer.byteLength(v)));
    expect(largest).toBeLessThan(8 * 1024);
    expect(JSON.parse(plan.outputs.matrix).shard).toHaveLength(256);
    const legs = result.jobs.filter((job) => job.id === 'legs-1');
    expect(legs).toHaveLength(256);
    expect(legs.filter((job) => job.result === 'success').map((job) => job.matrix)).toEqual([{ shard: 0 }]);
    const collect = result.job('sweep / collect-1');
    expect(collect).toMatchObject({ result: 'success', errors: [] });
    expect(collect.outputs).toMatchObject({ done: 'true', 'model-artifact': 'mlops-best-model', 'model-path': expect.stringMatching(/^model\/?$/) });
    expect(result.job('sweep / legs-2').result).toBe('skipped');
  }, PLAYED);
});
