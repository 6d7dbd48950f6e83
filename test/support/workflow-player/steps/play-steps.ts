/**
 * A job's steps in order, as the runner plays them: each step's `if:` (success() by default: no
 * step failed so far), its env (workflow, job, GITHUB_ENV of earlier steps, its own), `with:`,
 * `continue-on-error`, `timeout-minutes` within the job's, and the `steps` context that later
 * steps and the job's outputs read.
 */
import path from 'node:path';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Contexts } from '../expressions.js';
import type { JobLeg } from '../job-leg.js';
import { evaluateCondition, evaluateStrings, evaluateToken, child, where, type Scope } from '../template.js';
import { PlayerError, type StepRecord } from '../types.js';
import { stepToken, type Step } from '../workflow-file.js';
import { runScript } from './run-step.js';
import { failedStep, type StepResult } from './step-result.js';
import { runUses } from './uses-step.js';

export interface StepsInput {
  steps: Step[];
  jobId: string;
  /** Contexts every step sees (github, needs, matrix, strategy, inputs, secrets, vars, runner, job). */
  contexts: Contexts;
  /** The job's env, evaluated (workflow env included). */
  env: Record<string, string>;
  /** The runner's GITHUB_* / RUNNER_* variables. */
  runnerEnv: Record<string, string>;
  /** `defaults.run` of the job or workflow. */
  defaults: { shell?: string; 'working-directory'?: string };
  /** When the job's time is up (ms since the epoch). */
  deadline: number;
}

export interface StepsOutcome {
  records: StepRecord[];
  /** The `steps` context after the last step. */
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  failed: boolean;
  timedOut: boolean;
}

export async function playSteps(leg: JobLeg, input: StepsInput): Promise<StepsOutcome> {
  const records: StepRecord[] = [];
  const steps: StepsOutcome['steps'] = {};
  const exported: Record<string, string> = {};
  const extraPath: string[] = [];
  let failed = false;
  let timedOut = false;
  for (const [index, step] of input.steps.entries()) {
    const raw = stepToken(leg.call.workflow, input.jobId, index);
    const env = { ...input.env, ...exported };
    const scope: Scope = {
      contexts: { ...input.contexts, env, steps, job: { ...(input.contexts.job as object), status: failed ? 'failure' : 'success' } },
      status: { success: !failed, failure: failed, cancelled: false },
      file: leg.call.workflow.file,
    };
    const name = nameOf(step, scope);
    const kind = 'run' in step ? 'run' : 'uses';
    const uses = 'uses' in step ? step.uses.value : undefined;
    let result: StepResult & { inputs?: Record<string, string> };
    let continueOnError = false;
    try {
      if (!('run' in step) && !('uses' in step)) throw new PlayerError(`${where(raw, scope.file)}: only run and uses steps are emulated by the workflow player`);
      if (timedOut || !evaluateCondition(step.if, scope)) {
        records.push({ id: step.id, name, kind, uses, outcome: 'skipped', conclusion: 'skipped', outputs: {}, summary: '', annotations: [], log: '' });
        steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
        continue;
      }
      continueOnError = evaluateToken(step['continue-on-error'] as TemplateToken | undefined, scope) === true || step['continue-on-error'] === true;
      Object.assign(env, evaluateStrings(step.env, { ...scope, contexts: { ...scope.contexts, env } }));
      const stepEnv = { ...env, ...input.runnerEnv, GITHUB_ACTION: step.id, PATH: [...extraPath, process.env.PATH ?? ''].join(path.delimiter) };
      const timeoutMs = stepTimeout(raw, scope, leg.run.minuteMs, input.deadline);
      if ('run' in step) {
        const shell = evaluateToken(child(raw, 'shell'), scope) ?? input.defaults.shell;
        const dir = evaluateToken(child(raw, 'working-directory'), scope) ?? input.defaults['working-directory'] ?? '.';
        result = await runScript({ script: String(evaluateToken(step.run, scope)), shell: shell === undefined ? undefined : String(shell), cwd: path.resolve(leg.machine.workspace, String(dir)), runnerTemp: leg.machine.runnerTemp, env: stepEnv, timeoutMs });
      } else {
        const inputs = evaluateStrings(child(raw, 'with'), scope);
        result = await runUses(leg, { uses: step.uses.value, inputs, env: stepEnv, contexts: scope.contexts, timeoutMs });
      }
    } catch (error) {
      result = failedStep(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (Date.now() >= input.deadline && result.exitCode !== 0) timedOut = true;
    const outcome = result.exitCode === 0 ? 'success' : 'failure';
    const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    if (conclusion === 'failure') failed = true;
    Object.assign(exported, result.env);
    extraPath.unshift(...result.path.reverse());
    records.push({ id: step.id, name, kind, uses, inputs: result.inputs, outcome, conclusion, outputs: result.outputs, summary: result.summary, annotations: result.annotations, log: result.log });
    steps[step.id] = { outputs: result.outputs, outcome, conclusion };
  }
  return { records, steps, failed, timedOut };
}

function nameOf(step: Step, scope: Scope): string {
  try {
    const name = step.name === undefined ? undefined : evaluateToken(step.name, scope);
    if (typeof name === 'string' && name !== '') return name;
  } catch {
    // a name that does not evaluate falls back to what the step does
  }
  return 'run' in step ? `Run ${String((step.run as { value?: unknown }).value ?? step.id).split('\n')[0]}` : 'uses' in step ? `Run ${step.uses.value}` : step.id;
}

/** The step's timeout-minutes, never past the job's deadline. */
function stepTimeout(raw: TemplateToken | undefined, scope: Scope, minuteMs: number, deadline: number): number {
  const minutes = evaluateToken(child(raw, 'timeout-minutes'), scope);
  const own = minutes === undefined ? Infinity : Number(minutes) * minuteMs;
  return Math.max(1, Math.min(own, deadline - Date.now()));
}
