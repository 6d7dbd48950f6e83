/**
 * One leg of a job with steps, end to end: env, runs-on, the environment's protection gate, a
 * fresh workspace and RUNNER_TEMP, a token with the job's permissions, the steps, the job's
 * outputs, and timeout-minutes (360 by default, as GitHub's).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inheritedEnv } from '../runner.js';
import type { Contexts } from './expressions.js';
import type { JobLeg } from './job-leg.js';
import { capPermissions, mintToken, parsePermissions } from './permissions.js';
import type { Run, WorkflowCall } from './run-state.js';
import { runnerContext, runnerEnv, type JobMachine } from './runner-env.js';
import { playSteps } from './steps/play-steps.js';
import { child, evaluateStrings, evaluateToken, where, type Scope } from './template.js';
import { PlayerError, type JobRecord } from './types.js';
import { jobToken, type Job } from './workflow-file.js';
import { isMapping } from '@actions/workflow-parser';

const DEFAULT_TIMEOUT_MINUTES = 360;

export interface LegInput {
  run: Run;
  call: WorkflowCall;
  job: Job;
  key: string;
  matrix: Record<string, unknown> | undefined;
  /** github, needs, strategy, matrix, inputs, secrets, vars. */
  contexts: Contexts;
}

export async function playJobLeg({ run, call, job, key, matrix, contexts }: LegInput): Promise<JobRecord> {
  const file = call.workflow.file;
  const raw = jobToken(call.workflow, job.id.value);
  const record: JobRecord = { key, id: job.id.value, workflow: file, matrix, result: 'success', outputs: {}, steps: [], errors: [], ms: 0, runsOn: undefined };
  const scope: Scope = { contexts: { ...contexts, env: call.env }, status: { success: true, failure: false, cancelled: false }, file };
  const started = Date.now();
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'workflow-player-'));
  try {
    record.runsOn = evaluateToken(job['runs-on'], scope);
    const env = { ...call.env, ...evaluateStrings(job.env, scope) };
    // Only the name decides the gate; `url` may read steps, so it is not evaluated before they run.
    const environment = environmentName(evaluateToken(job.environment !== undefined && isMapping(job.environment) ? child(job.environment, 'name') : job.environment, { ...scope, contexts: { ...scope.contexts, env } }));
    if (environment !== undefined) {
      record.environment = environment;
      if ((await run.gates.pass(environment, key)) === 'rejected') throw new PlayerError(`The deployment to ${environment} was rejected by a reviewer`);
    }
    const own = parsePermissions(evaluateToken(child(raw, 'permissions') ?? child(call.workflow.root, 'permissions'), scope), where(raw, file));
    const permissions = capPermissions(own, call.callerPermissions);
    record.permissions = permissions;
    const machine: JobMachine = {
      jobId: job.id.value,
      backendJobId: `${job.id.value}-${randomBytes(4).toString('hex')}`,
      workspace: path.join(temp, 'workspace'),
      runnerTemp: path.join(temp, 'runner-temp'),
      eventPath: path.join(temp, 'event.json'),
      token: mintToken(run.options.github, permissions),
    };
    await fs.mkdir(machine.workspace);
    await fs.mkdir(machine.runnerTemp);
    await fs.writeFile(machine.eventPath, JSON.stringify(call.github.event ?? {}));
    const github = { ...call.github, job: job.id.value, token: machine.token, workspace: machine.workspace, event_path: machine.eventPath };
    const leg: JobLeg = { run, call, key, machine, permissions, github };
    const timeoutMinutes = Number(evaluateToken(child(raw, 'timeout-minutes'), scope) ?? DEFAULT_TIMEOUT_MINUTES);
    const defaults = (evaluateToken(child(child(raw, 'defaults') ?? child(call.workflow.root, 'defaults'), 'run'), scope) ?? {}) as { shell?: string };
    const stepContexts = { ...contexts, github, secrets: { ...(contexts.secrets as object), GITHUB_TOKEN: machine.token }, runner: runnerContext(machine), job: { ...call.workflowFacts } };
    const outcome = await playSteps(leg, {
      steps: job.steps,
      jobId: job.id.value,
      contexts: stepContexts,
      env,
      runnerEnv: { ...inheritedEnv(), ...runnerEnv(run, github, machine) },
      defaults,
      deadline: Date.now() + timeoutMinutes * run.minuteMs,
    });
    record.steps = outcome.records;
    if (outcome.timedOut) record.errors.push(`The job ${key} has exceeded the maximum execution time of ${timeoutMinutes} minutes.`);
    record.result = outcome.failed ? 'failure' : 'success';
    const afterSteps: Scope = { ...scope, contexts: { ...stepContexts, env, steps: outcome.steps } };
    record.outputs = evaluateStrings(job.outputs, afterSteps);
    if (environment !== undefined && job.environment !== undefined && isMapping(job.environment)) record.environmentUrl = String(evaluateToken(child(job.environment, 'url'), afterSteps) ?? '');
  } catch (error) {
    record.result = 'failure';
    record.errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
    record.ms = Date.now() - started;
  }
  for (const step of record.steps) if (step.conclusion === 'failure') record.errors.push(`step ${step.name} failed: ${step.log.slice(-1500)}`);
  return record;
}

/** The environment's name, from `environment: name` or `environment: { name, url }`. */
function environmentName(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  throw new PlayerError(`environment must be a name or a mapping with a name, got ${JSON.stringify(value)}`);
}
