/**
 * A JavaScript action from a folder (ours through `$/actions/<name>`, a checkout's `./...`): its
 * action.yml read, expression defaults (`${{ github.token }}`) evaluated as the runner does, and
 * its `runs.main` run through the runner harness (test/support/runner.ts) with the job's
 * environment plus the runtime token and results URL JavaScript actions get.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runActionBundle } from '../../runner.js';
import { interpolate, type Contexts } from '../expressions.js';
import type { JobLeg } from '../job-leg.js';
import { javascriptActionEnv } from '../runner-env.js';
import { PlayerError } from '../types.js';
import { tail, type StepResult } from './step-result.js';

/** Linux's cap on one environment variable (MAX_ARG_STRLEN; docs/platform.md "Actions and workflows"). */
const MAX_VARIABLE_BYTES = 128 * 1024;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface NodeActionStep {
  /** The folder holding action.yml. */
  dir: string;
  /** How the workflow named it, for errors. */
  uses: string;
  inputs: Record<string, string>;
  /** The step's env (workflow, job, GITHUB_ENV, step) and the runner's variables. */
  env: Record<string, string>;
  contexts: Contexts;
  timeoutMs: number;
}

export async function runNodeAction(leg: JobLeg, step: NodeActionStep): Promise<StepResult & { inputs: Record<string, string> }> {
  const metadataFile = ['action.yml', 'action.yaml'].map((name) => path.join(step.dir, name)).find((file) => existsSync(file));
  if (!metadataFile) throw new PlayerError(`${step.uses}: no action.yml in ${step.dir}`);
  const metadata: unknown = parseYaml(readFileSync(metadataFile, 'utf8'));
  const runs = isObject(metadata) && isObject(metadata.runs) ? metadata.runs : {};
  if (typeof runs.using !== 'string' || !/^node\d+$/.test(runs.using) || typeof runs.main !== 'string') {
    throw new PlayerError(`${step.uses}: runs.using ${String(runs.using)} is not emulated by the workflow player (JavaScript actions only)`);
  }
  const declared = isObject(metadata) && isObject(metadata.inputs) ? metadata.inputs : {};
  const inputs = { ...step.inputs };
  for (const [name, spec] of Object.entries(declared)) {
    if (name in inputs || !isObject(spec) || typeof spec.default !== 'string' || !spec.default.includes('${{')) continue;
    inputs[name] = interpolate(spec.default, step.contexts, `${metadataFile} inputs.${name}.default`);
  }
  for (const [name, value] of Object.entries(inputs)) {
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_VARIABLE_BYTES) {
      throw new PlayerError(`${step.uses}: input ${name} is ${bytes} bytes; the runner passes it as one environment variable, which Linux caps at ${MAX_VARIABLE_BYTES} bytes: the step cannot start`);
    }
  }
  const result = await runActionBundle(path.resolve(step.dir, runs.main), {
    inputs,
    actionYml: metadataFile,
    env: { ...step.env, ...javascriptActionEnv(leg.run, leg.machine) },
    event: leg.github.event as object,
    eventName: String(leg.github.event_name),
    workspace: leg.machine.workspace,
    timeoutMs: step.timeoutMs,
  });
  return {
    exitCode: result.exitCode,
    outputs: result.outputs,
    env: result.env,
    path: result.path,
    summary: result.summary,
    annotations: result.annotations.map((a) => ({ level: a.level, message: a.message })),
    log: tail(`${result.stdout}\n${result.stderr}`),
    inputs,
  };
}
