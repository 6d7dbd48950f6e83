/**
 * The jobs of one workflow file played in `needs` order, each as soon as what it needs has
 * finished. A job's `if:` (success() by default) sees its ancestors: success() only when all of
 * them succeeded (a skipped one counts as not succeeded, so its dependents skip), failure() when
 * one failed. Its strategy is evaluated only when it runs (so `fromJSON` of an empty plan in a
 * skipped round is never read); legs run max-parallel at a time; with fail-fast, legs not yet
 * started are cancelled after a failure. `needs.<job>.outputs` of a matrix job merge its legs'
 * outputs in the order they finished, as on GitHub.
 */
import type { Contexts } from './expressions.js';
import { playJobLeg } from './job-leg-run.js';
import { expandStrategy, legName, type Leg } from './matrix.js';
import { playCalledWorkflow } from './reusable.js';
import type { Run, WorkflowCall } from './run-state.js';
import { evaluateCondition, evaluateToken, where, type Scope } from './template.js';
import { PlayerError, type JobRecord, type Result } from './types.js';
import { isReusable, type WorkflowJob } from './workflow-file.js';

export interface JobOutcome {
  result: Result;
  outputs: Record<string, string>;
}

export async function playJobs(run: Run, call: WorkflowCall): Promise<Map<string, JobOutcome>> {
  const jobs = call.workflow.template.jobs;
  const outcomes = new Map<string, JobOutcome>();
  const running = new Map<string, Promise<void>>();
  while (outcomes.size < jobs.length) {
    for (const job of jobs) {
      const id = job.id.value;
      const needs = (job.needs ?? []).map((need) => need.value);
      if (outcomes.has(id) || running.has(id) || !needs.every((need) => outcomes.has(need))) continue;
      running.set(
        id,
        playJob(run, call, job, outcomes).then((outcome) => {
          outcomes.set(id, outcome);
          running.delete(id);
        }),
      );
    }
    if (running.size === 0) throw new PlayerError(`${call.workflow.file}: jobs ${jobs.filter((j) => !outcomes.has(j.id.value)).map((j) => j.id.value).join(', ')} wait for each other`);
    await Promise.race(running.values());
  }
  return outcomes;
}

/** Every job the given job needs, directly or not. */
function ancestors(job: WorkflowJob, all: WorkflowJob[]): string[] {
  const seen = new Set<string>();
  const visit = (current: WorkflowJob) => {
    for (const need of current.needs ?? []) {
      if (seen.has(need.value)) continue;
      seen.add(need.value);
      const next = all.find((candidate) => candidate.id.value === need.value);
      if (next) visit(next);
    }
  };
  visit(job);
  return [...seen];
}

async function playJob(run: Run, call: WorkflowCall, job: WorkflowJob, outcomes: Map<string, JobOutcome>): Promise<JobOutcome> {
  const id = job.id.value;
  const key = `${call.prefix}${id}`;
  const results = ancestors(job, call.workflow.template.jobs).map((need) => outcomes.get(need)!.result);
  const needs = Object.fromEntries((job.needs ?? []).map((need) => [need.value, outcomes.get(need.value)!]));
  const contexts: Contexts = { github: call.github, needs, inputs: call.inputs, vars: run.options.vars ?? {}, secrets: call.secrets };
  const scope: Scope = {
    contexts,
    status: { success: results.every((result) => result === 'success'), failure: results.includes('failure'), cancelled: false },
    file: call.workflow.file,
  };
  const finish = (record: JobRecord): JobRecord => {
    run.record.jobs.push(record);
    return record;
  };
  const base: JobRecord = { key, id, workflow: call.workflow.file, result: 'skipped', outputs: {}, steps: [], errors: [], ms: 0, runsOn: undefined };
  let legs: (Leg | undefined)[];
  let failFast: boolean;
  let maxParallel: number;
  try {
    if (!evaluateCondition(job.if, scope)) return finish(base);
    ({ legs, failFast, maxParallel } = expandStrategy(evaluateToken(job.strategy, scope), where(job.strategy, call.workflow.file)));
  } catch (error) {
    return finish({ ...base, result: 'failure', errors: [error instanceof Error ? error.message : String(error)] });
  }
  const records: JobRecord[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < legs.length) {
      const index = next++;
      const leg = legs[index];
      const legKey = legName(key, leg);
      if (failed && failFast) {
        records.push(finish({ ...base, key: legKey, matrix: leg, result: 'cancelled' }));
        continue;
      }
      if (leg !== undefined && run.options.playLegs && !run.options.playLegs(key, leg)) {
        records.push(finish({ ...base, key: legKey, matrix: leg, result: 'cancelled', errors: ['left out by the test (playLegs)'] }));
        continue;
      }
      const legContexts = { ...contexts, matrix: leg ?? {}, strategy: { 'fail-fast': failFast, 'max-parallel': maxParallel, 'job-index': index, 'job-total': legs.length } };
      const record = isReusable(job) ? await playCalledLeg(run, call, job, legKey, leg, legContexts) : await playJobLeg({ run, call, job, key: legKey, matrix: leg, contexts: legContexts });
      if (record.result === 'failure') failed = true;
      records.push(finish(record));
    }
  };
  await Promise.all(Array.from({ length: Math.min(maxParallel, legs.length) }, worker));
  const result: Result = records.some((r) => r.result === 'failure') ? 'failure' : records.some((r) => r.result === 'cancelled') ? 'cancelled' : 'success';
  const outputs: Record<string, string> = {};
  for (const record of records) for (const [name, value] of Object.entries(record.outputs)) if (value !== '') outputs[name] = value;
  return { result, outputs };
}

async function playCalledLeg(run: Run, call: WorkflowCall, job: Parameters<typeof playCalledWorkflow>[2], key: string, leg: Leg | undefined, contexts: Contexts): Promise<JobRecord> {
  const record: JobRecord = { key, id: job.id.value, workflow: call.workflow.file, matrix: leg, result: 'success', outputs: {}, steps: [], errors: [], ms: 0, runsOn: undefined };
  const started = Date.now();
  try {
    const outcome = await playCalledWorkflow(run, call, job, key, contexts, playJobs);
    record.result = outcome.result;
    record.outputs = outcome.outputs;
    if (outcome.result === 'failure') record.errors.push(`jobs of ${job.ref.value} failed (their records are under ${key} / ...)`);
  } catch (error) {
    record.result = 'failure';
    record.errors.push(error instanceof Error ? error.message : String(error));
  }
  record.ms = Date.now() - started;
  return record;
}
