/**
 * The workflow player: plays a workflow file for an event the way GitHub Actions would, against
 * the GitHub and artifact emulators, so tests see what a user would see on GitHub.
 *
 *   const play = playWorkflow({ workflow: '.github/workflows/ci.yml', repository, event: { name: 'push' },
 *                               github, artifacts });
 *   await play.waitingFor('production');   // a job under a protected environment waits
 *   play.approve('production');
 *   const record = await play.done;         // jobs, results, step outputs, emulated actions called
 *
 * What it plays: jobs in `needs` order; `if:` with success/failure/always/cancelled; strategy.matrix
 * (fromJSON, include/exclude, max-parallel, fail-fast); job and step outputs; env and GITHUB_ENV /
 * GITHUB_PATH / GITHUB_OUTPUT / GITHUB_STEP_SUMMARY; `${{ }}` through @actions/expressions; `run:`
 * steps in bash (or sh, python); JavaScript actions from `$/...`, `./...` or this suite by name,
 * run through the runner harness (test/support/runner.ts); reusable workflows (`./`, `$/`, this
 * suite `@sha`) with typed inputs, secrets, outputs and `job.workflow_*`; tokens with the job's
 * `permissions:` applied by the GitHub emulator; `environment:` with required reviewers (seeded in
 * the emulator's state) waiting for approve(); `timeout-minutes`; and the third-party actions of
 * third-party/index.ts. What it refuses, with a clear error: other actions, docker and composite
 * actions, `${{ insert }}`, hashFiles(), other shells. Not emulated: concurrency groups (evaluated,
 * never cancel), services and containers, the deployment record GitHub makes for `environment:`,
 * caches.
 */
import { randomBytes } from 'node:crypto';
import { REPO_ROOT } from '../runner.js';
import { EnvironmentGates } from './environment-gate.js';
import { NO_FAILURE } from './expressions.js';
import { playJobs } from './job-graph.js';
import { typedInputs } from './reusable.js';
import { workflowFacts, type Run, type WorkflowCall } from './run-state.js';
import { child, evaluateStrings, evaluateToken } from './template.js';
import { PlayerError, type JobRecord, type PlayOptions, type PlayRecord } from './types.js';
import { loadWorkflow } from './workflow-file.js';

export type { PlayOptions } from './types.js';

/** This suite's repository name as workflows and templates spell it. */
export const SUITE_REPOSITORY = 'mlops-actions/mlops';

export interface Play {
  /** Settles when every job has finished (rejects only when the workflow file itself is invalid). */
  done: Promise<PlayResult>;
  /** Resolves with the job's key once a job waits for the environment's reviewers. */
  waitingFor(environment: string): Promise<string>;
  approve(environment: string): void;
  reject(environment: string): void;
  /** Jobs waiting now, by environment. */
  pending(): Record<string, string[]>;
}

export interface PlayResult extends PlayRecord {
  /** The record of one job by key (`build`, `legs (2)`, `pipeline / gate`); throws with the keys there are. */
  job(key: string): JobRecord;
  /** Keys of the jobs with this result. */
  keys(result: JobRecord['result']): string[];
  /** Every error of every failed job, for a test's failure message. */
  failures(): string;
}

/** Run ids like GitHub's (whole numbers, about 10 digits: records store them as numbers), unique per play. */
let nextRunId = 9_000_000_000 + randomBytes(3).readUIntBE(0, 3) * 100;

export function playWorkflow(options: PlayOptions): Play {
  const runId = options.runId ?? String(nextRunId++);
  const minuteMs = options.minuteMs ?? 60_000;
  const suite = { name: SUITE_REPOSITORY, root: REPO_ROOT, sha: '5a17e5a17e5a17e5a17e5a17e5a17e5a17e5a17', ...options.suite };
  const record: PlayRecord = { runId, jobs: [], calls: [], outputs: {} };
  const gates = new EnvironmentGates(options.github, options.repository.name, minuteMs);
  const run: Run = { options, runId, minuteMs, suite, record, gates };
  const done = play(run).then(() => withLookups(record));
  const ended = (error?: unknown) => () => new Error(`The play ended with no job waiting for that environment${error ? `: ${String(error)}` : ''}\n${withLookups(record).failures()}`);
  done.then(
    () => gates.close(ended()),
    (error: unknown) => gates.close(ended(error)),
  );
  return {
    done,
    waitingFor: (environment) => gates.waitingFor(environment),
    approve: (environment) => gates.decide(environment, 'approved'),
    reject: (environment) => gates.decide(environment, 'rejected'),
    pending: () => gates.pending(),
  };
}

async function play(run: Run): Promise<void> {
  const { options } = run;
  const workflow = await loadWorkflow(options.repository, options.workflow);
  const github = githubContext(run, workflow.file);
  const secrets = { ...options.secrets };
  const called = workflow.template.events.workflow_call !== undefined && !(options.event.name in workflow.template.events);
  if (!called && !(options.event.name in workflow.template.events)) throw new PlayerError(`${workflow.file} does not run on ${options.event.name} (on: ${Object.keys(workflow.template.events).join(', ')})`);
  // A workflow_call workflow played directly stands for a call from the event's workflow: typed inputs, defaults filled.
  const inputs = called ? typedInputs(workflow, options.inputs ?? {}, workflow.file, { contexts: { github, vars: options.vars ?? {} }, status: NO_FAILURE, file: workflow.file }) : { ...options.inputs };
  const env = evaluateStrings(child(workflow.root, 'env'), { contexts: { github, inputs, secrets, vars: options.vars ?? {} }, status: NO_FAILURE, file: workflow.file });
  const call: WorkflowCall = { workflow, github, inputs, secrets, env, callerPermissions: undefined, prefix: '', workflowFacts: workflowFacts(workflow, String(github.ref)) };
  const outcomes = await playJobs(run, call);
  const jobs = Object.fromEntries(outcomes);
  const definitions = evaluateToken(child(child(child(workflow.root, 'on'), 'workflow_call'), 'outputs'), { contexts: { github, inputs, vars: options.vars ?? {}, jobs }, status: NO_FAILURE, file: workflow.file });
  for (const [name, definition] of Object.entries((definitions ?? {}) as Record<string, { value?: unknown }>)) run.record.outputs[name] = String(definition?.value ?? '');
}

/** `github` for the event: the repository, its sha and ref, the run, the event payload. */
function githubContext(run: Run, workflowFile: string): Record<string, unknown> {
  const { options } = run;
  const ref = options.ref ?? 'refs/heads/main';
  const [owner] = options.repository.name.split('/');
  const pull = options.event.payload?.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  return {
    event_name: options.event.name,
    event: options.event.payload ?? {},
    repository: options.repository.name,
    repository_owner: owner,
    sha: options.repository.sha,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: pull?.head?.ref ?? '',
    base_ref: pull?.base?.ref ?? '',
    run_id: run.runId,
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    triggering_actor: 'octocat',
    workflow: workflowFile,
    workflow_ref: `${options.repository.name}/${workflowFile}@${ref}`,
    workflow_sha: options.repository.sha,
    server_url: 'https://github.com',
    api_url: options.github.url,
    graphql_url: `${options.github.url}/graphql`,
    retention_days: '90',
  };
}

function withLookups(record: PlayRecord): PlayResult {
  return {
    ...record,
    job(key) {
      const found = record.jobs.find((job) => job.key === key);
      if (!found) throw new Error(`No job ${key} was played; jobs: ${record.jobs.map((job) => job.key).join(', ')}`);
      return found;
    },
    keys: (result) => record.jobs.filter((job) => job.result === result).map((job) => job.key),
    failures: () =>
      record.jobs
        .filter((job) => job.result === 'failure')
        .map((job) => `${job.key}:\n  ${job.errors.join('\n  ')}`)
        .join('\n'),
  };
}
