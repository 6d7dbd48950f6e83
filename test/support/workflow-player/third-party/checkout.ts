/**
 * actions/checkout, emulated: the test's repository fixture copied into the job's workspace (or
 * `path` inside it), or this suite's actions when a workflow checks the suite out a second time
 * (the GHES fallback): its actions/ copied and its dist/ linked (read-only bundles, 36 MB).
 * `repository`, `ref` and `path` are honoured; any other repository, or a commit of the suite
 * other than the one the play has, is a clear error.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { JobLeg } from '../job-leg.js';
import { doneStep, type StepResult } from '../steps/step-result.js';
import { PlayerError } from '../types.js';

const SHA = /^[0-9a-f]{40}$/;

export async function checkout(leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  const { options, suite } = leg.run;
  const repository = inputs.repository || String(leg.github.repository);
  const destination = path.resolve(leg.machine.workspace, inputs.path || '.');
  if (path.relative(leg.machine.workspace, destination).startsWith('..')) throw new PlayerError(`actions/checkout: path ${inputs.path} is outside the workspace`);
  await clean(destination);
  if (repository.toLowerCase() === options.repository.name.toLowerCase()) {
    await fs.cp(options.repository.root, destination, { recursive: true });
    return doneStep({ ref: inputs.ref || String(leg.github.ref), commit: options.repository.sha });
  }
  if (repository.toLowerCase() === suite.name.toLowerCase()) {
    if (SHA.test(inputs.ref ?? '') && inputs.ref !== suite.sha) {
      throw new PlayerError(`actions/checkout: ${repository}@${inputs.ref} asked for, but the play has this suite at ${suite.sha} only`);
    }
    await fs.cp(path.join(suite.root, 'actions'), path.join(destination, 'actions'), { recursive: true });
    await fs.symlink(path.join(suite.root, 'dist'), path.join(destination, 'dist'));
    return doneStep({ ref: inputs.ref || suite.sha, commit: suite.sha });
  }
  throw new PlayerError(`actions/checkout: repository ${repository} is neither the test's repository (${options.repository.name}) nor this suite (${suite.name})`);
}

/** checkout's `clean: true`: the destination emptied first (the workspace itself stays). */
async function clean(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const entry of await fs.readdir(dir)) await fs.rm(path.join(dir, entry), { recursive: true, force: true });
}
