/** One running job leg as its steps see it: the run, the workflow, the machine, the token. */
import type { Permissions } from './permissions.js';
import type { Run, WorkflowCall } from './run-state.js';
import type { JobMachine } from './runner-env.js';

export interface JobLeg {
  run: Run;
  call: WorkflowCall;
  /** The job's display key (`legs (2)`). */
  key: string;
  machine: JobMachine;
  permissions: Permissions;
  /** The `github` context as this job sees it (token, job, workspace filled in). */
  github: Record<string, unknown>;
}
