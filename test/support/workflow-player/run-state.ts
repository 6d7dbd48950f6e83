/**
 * What one play shares across its jobs (the run: options, record, environment gates) and what one
 * played workflow file shares across its jobs (the call: its file, `github`, inputs, secrets,
 * workflow env, the caller's permissions and the `job.workflow_*` facts of docs/platform.md
 * "Actions and workflows").
 */
import type { EnvironmentGates } from './environment-gate.js';
import type { Permissions } from './permissions.js';
import type { PlayOptions, PlayRecord, RepositorySource } from './types.js';
import type { WorkflowFile } from './workflow-file.js';

export interface Run {
  options: PlayOptions;
  runId: string;
  minuteMs: number;
  suite: RepositorySource;
  record: PlayRecord;
  gates: EnvironmentGates;
}

export interface WorkflowCall {
  workflow: WorkflowFile;
  /** The `github` context: the caller's event, repository, sha and ref, also inside called workflows. */
  github: Record<string, unknown>;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** The workflow's `env:`, evaluated. */
  env: Record<string, string>;
  /** The calling job's token permissions (undefined for the workflow the event started). */
  callerPermissions: Permissions;
  /** Prefix of job keys (`pipeline / `) inside a called workflow. */
  prefix: string;
  /** `job.workflow_repository`, `workflow_sha`, `workflow_ref`, `workflow_file_path`: the file being played. */
  workflowFacts: Record<string, string>;
}

/** The facts `job.workflow_*` give about a workflow file at a commit. */
export function workflowFacts(workflow: WorkflowFile, ref: string): Record<string, string> {
  const { source, file } = workflow;
  return { workflow_repository: source.name, workflow_sha: source.sha, workflow_ref: `${source.name}/${file}@${ref}`, workflow_file_path: file };
}
