/**
 * A step's `uses:` resolved the way docs/platform.md "Actions and workflows" says GitHub does:
 * - `$/path`: the repository of the workflow that defines the job, at the commit running;
 * - `./path`: the job's workspace (what a checkout put there);
 * - `owner/name/path@ref` of this suite: the suite's folder (the play has one commit of it);
 * - the emulated third-party actions by `owner/name` (third-party/index.ts);
 * anything else (another repository, docker://) is refused with a clear error.
 */
import path from 'node:path';
import type { JobLeg } from '../job-leg.js';
import { EMULATED_ACTIONS } from '../third-party/index.js';
import { PlayerError } from '../types.js';
import { runNodeAction, type NodeActionStep } from './node-action.js';
import type { StepResult } from './step-result.js';

/** A `uses:` step: what a JavaScript action step needs, but the folder, which is resolved here. */
export type UsesStep = Omit<NodeActionStep, 'dir'>;

export async function runUses(leg: JobLeg, step: UsesStep): Promise<StepResult & { inputs: Record<string, string> }> {
  const { uses } = step;
  if (uses.startsWith('$/')) return runNodeAction(leg, { ...step, dir: inside(leg.call.workflow.source.root, uses.slice(2), uses) });
  if (uses.startsWith('./')) return runNodeAction(leg, { ...step, dir: inside(leg.machine.workspace, uses, uses) });
  const match = /^([^/@]+)\/([^/@]+)(\/[^@]*)?@(.+)$/.exec(uses);
  if (!match) throw new PlayerError(`uses: ${uses} is not emulated by the workflow player (expected $/path, ./path or owner/name[/path]@ref)`);
  const [, owner, name, subpath = '', ref] = match;
  const repository = `${owner}/${name}`;
  const { suite } = leg.run;
  if (repository.toLowerCase() === suite.name.toLowerCase()) {
    if (/^[0-9a-f]{40}$/.test(ref) && ref !== suite.sha) throw new PlayerError(`uses: ${uses}: the play has ${suite.name} at ${suite.sha} only`);
    return runNodeAction(leg, { ...step, dir: inside(suite.root, subpath.slice(1), uses) });
  }
  const emulated = subpath === '' ? EMULATED_ACTIONS[repository] : undefined;
  if (!emulated) {
    throw new PlayerError(`uses: ${uses} is a third-party action the workflow player does not emulate; it emulates ${Object.keys(EMULATED_ACTIONS).join(', ')} (test/support/workflow-player/third-party/index.ts)`);
  }
  leg.run.record.calls.push({ job: leg.key, uses, inputs: step.inputs });
  return { ...(await emulated(leg, step.inputs)), inputs: step.inputs };
}

function inside(root: string, relative: string, uses: string): string {
  const dir = path.resolve(root, relative);
  if (path.relative(root, dir).startsWith('..')) throw new PlayerError(`uses: ${uses} points outside ${root}`);
  return dir;
}
