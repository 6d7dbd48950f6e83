/**
 * A job-level `uses:` of a reusable workflow, as GitHub plays it (docs/platform.md "Actions and
 * workflows"): the file resolved (`./` and `$/` to the calling workflow's own repository and
 * commit, `owner/name/.github/workflows/x.yml@ref` to this suite or the test's repository), its
 * typed inputs and explicit secrets checked against its `on: workflow_call`, its jobs played with
 * the caller's `github` context, `job.workflow_*` describing the called file, tokens never more
 * permissive than the calling job's, and its outputs evaluated from its jobs.
 */
import type { Contexts } from './expressions.js';
import { capPermissions, exceeding, parsePermissions } from './permissions.js';
import { workflowFacts, type Run, type WorkflowCall } from './run-state.js';
import { child, evaluateStrings, evaluateToken, where, type Scope } from './template.js';
import { PlayerError, type RepositorySource } from './types.js';
import { jobToken, loadWorkflow, type ReusableWorkflowJob, type WorkflowFile } from './workflow-file.js';

export interface CalledOutcome {
  result: 'success' | 'failure';
  outputs: Record<string, string>;
}

/** Plays jobs of a workflow file; passed in to keep this file free of the job graph (no import circle). */
export type PlayJobs = (run: Run, call: WorkflowCall) => Promise<Map<string, { result: string; outputs: Record<string, string> }>>;

export async function playCalledWorkflow(run: Run, call: WorkflowCall, job: ReusableWorkflowJob, key: string, contexts: Contexts, playJobs: PlayJobs): Promise<CalledOutcome> {
  const scope: Scope = { contexts: { ...contexts, env: call.env }, status: { success: true, failure: false, cancelled: false }, file: call.workflow.file };
  const { source, file, ref } = resolveWorkflow(run, call, job.ref.value, where(job.ref, call.workflow.file));
  const workflow = await loadWorkflow(source, file);
  const definitions = workflow.template.events.workflow_call;
  if (!definitions) throw new PlayerError(`${where(job.ref, call.workflow.file)}: ${job.ref.value} has no on: workflow_call, so it cannot be called`);
  const given = (evaluateToken(job['input-values'], scope) ?? {}) as Record<string, unknown>;
  const inputs = typedInputs(workflow, given, job.ref.value, { ...scope, file });
  const secrets = calledSecrets(job, call, scope, workflow);
  const raw = jobToken(call.workflow, job.id.value);
  const callerPermissions = capPermissions(parsePermissions(evaluateToken(child(raw, 'permissions') ?? child(call.workflow.root, 'permissions'), scope), where(raw, call.workflow.file)), call.callerPermissions);
  const inner: WorkflowCall = {
    workflow,
    github: call.github,
    inputs,
    secrets,
    env: {},
    callerPermissions,
    prefix: `${key} / `,
    workflowFacts: workflowFacts(workflow, ref),
  };
  const innerScope: Scope = { contexts: { github: call.github, inputs, secrets, vars: contexts.vars }, status: scope.status, file };
  for (const nested of workflow.template.jobs) {
    const own = parsePermissions(evaluateToken(child(jobToken(workflow, nested.id.value), 'permissions') ?? child(workflow.root, 'permissions'), innerScope), file);
    const refused = exceeding(nested.id.value, own, callerPermissions);
    if (refused) throw new PlayerError(`${where(job.ref, call.workflow.file)}: ${refused}`);
  }
  inner.env = evaluateStrings(child(workflow.root, 'env'), innerScope);
  const outcomes = await playJobs(run, inner);
  const jobs = Object.fromEntries([...outcomes].map(([id, outcome]) => [id, outcome]));
  const outputDefinitions = child(child(child(workflow.root, 'on'), 'workflow_call'), 'outputs');
  const outputs: Record<string, string> = {};
  const values = evaluateToken(outputDefinitions, { ...innerScope, contexts: { ...innerScope.contexts, jobs } }) as Record<string, { value?: unknown }> | undefined;
  for (const [name, definition] of Object.entries(values ?? {})) outputs[name] = definition?.value === undefined || definition.value === null ? '' : String(definition.value);
  const failed = [...outcomes.values()].some((outcome) => outcome.result === 'failure' || outcome.result === 'cancelled');
  return { result: failed ? 'failure' : 'success', outputs };
}

function resolveWorkflow(run: Run, call: WorkflowCall, uses: string, at: string): { source: RepositorySource; file: string; ref: string } {
  const own = call.workflow.source;
  const local = /^(?:\.\/|\$\/)(\.github\/workflows\/[^/]+\.ya?ml)$/.exec(uses);
  if (local) return { source: own, file: local[1], ref: own.sha };
  const remote = /^([^/@]+\/[^/@]+)\/(\.github\/workflows\/[^/@]+\.ya?ml)@(.+)$/.exec(uses);
  if (!remote) throw new PlayerError(`${at}: uses: ${uses} is not a reusable workflow reference (./.github/workflows/x.yml, $/.github/workflows/x.yml or owner/name/.github/workflows/x.yml@ref)`);
  const [, repository, file, ref] = remote;
  const known = [run.suite, run.options.repository].find((source) => source.name.toLowerCase() === repository.toLowerCase());
  if (!known) throw new PlayerError(`${at}: uses: ${uses}: the play knows only ${run.suite.name} and ${run.options.repository.name}`);
  if (/^[0-9a-f]{40}$/.test(ref) && ref !== known.sha) throw new PlayerError(`${at}: uses: ${uses}: the play has ${known.name} at ${known.sha} only`);
  return { source: known, file, ref };
}

/**
 * Inputs typed per `on.workflow_call.inputs` (boolean, number, string), defaults filled (read from
 * the document: the parser's model keeps neither number types nor expression defaults), unknown or
 * missing required ones refused.
 */
export function typedInputs(workflow: WorkflowFile, given: Record<string, unknown>, uses: string, scope: Scope): Record<string, unknown> {
  const definitions = (evaluateToken(child(child(child(workflow.root, 'on'), 'workflow_call'), 'inputs'), { ...scope, contexts: { ...scope.contexts, inputs: {} } }) ?? {}) as Record<string, { type?: string; required?: boolean; default?: unknown }>;
  const unknown = Object.keys(given).filter((name) => !(name in definitions));
  if (unknown.length > 0) throw new PlayerError(`${uses}: Invalid input, ${unknown.join(', ')} is not defined in the referenced workflow (it defines ${Object.keys(definitions).join(', ') || 'none'})`);
  const inputs: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(definitions)) {
    let value = given[name];
    if (value === undefined) {
      if (definition?.required === true) throw new PlayerError(`${uses}: Input ${name} is required, but not provided while calling.`);
      value = definition?.default;
    }
    inputs[name] = coerce(value, definition?.type ?? 'string', `${uses}: input ${name}`);
  }
  return inputs;
}

function coerce(value: unknown, type: string, at: string): unknown {
  if (value === undefined || value === null) return type === 'boolean' ? false : type === 'number' ? 0 : '';
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new PlayerError(`${at}: expected a boolean, got ${JSON.stringify(value)}`);
  }
  if (type === 'number') {
    const number = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'boolean' || value === '' || Number.isNaN(number)) throw new PlayerError(`${at}: expected a number, got ${JSON.stringify(value)}`);
    return number;
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function calledSecrets(job: ReusableWorkflowJob, call: WorkflowCall, scope: Scope, workflow: WorkflowFile): Record<string, string> {
  const declared = workflow.template.events.workflow_call?.secrets ?? {};
  if (job['inherit-secrets']) return { ...call.secrets };
  const given = evaluateStrings(job['secret-values'], { ...scope, contexts: { ...scope.contexts, secrets: call.secrets } });
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new PlayerError(`${job.ref.value}: Invalid secret, ${unknown.join(', ')} is not defined in the referenced workflow`);
  for (const [name, definition] of Object.entries(declared)) {
    if (definition.required && !given[name]) throw new PlayerError(`${job.ref.value}: Secret ${name} is required, but not provided while calling.`);
  }
  return given;
}
