/**
 * The environment the runner gives a job's steps: GITHUB_* describing the run, RUNNER_* describing
 * the machine, the file-command files per step, and, for JavaScript actions only, the runtime
 * token and results service URL (docs/platform.md "Actions and workflows": `run:` steps never see
 * ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL).
 */
import path from 'node:path';
import { artifactEnv } from '../artifact-emulator/index.js';
import type { Run } from './run-state.js';

/** One job leg's runner facts. */
export interface JobMachine {
  /** GITHUB_JOB: the job's id. */
  jobId: string;
  /** The artifact service's job id for this leg (`[A-Za-z0-9._-]`). */
  backendJobId: string;
  workspace: string;
  runnerTemp: string;
  eventPath: string;
  token: string;
}

/** GITHUB_* and RUNNER_* from the `github` context and the machine. */
export function runnerEnv(run: Run, github: Record<string, unknown>, machine: JobMachine): Record<string, string> {
  const text = (key: string) => (typeof github[key] === 'string' || typeof github[key] === 'number' ? String(github[key]) : '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKFLOW: text('workflow'),
    GITHUB_WORKFLOW_REF: text('workflow_ref'),
    GITHUB_WORKFLOW_SHA: text('workflow_sha'),
    GITHUB_RUN_ID: run.runId,
    GITHUB_RUN_NUMBER: text('run_number'),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: machine.jobId,
    GITHUB_ACTOR: text('actor'),
    GITHUB_TRIGGERING_ACTOR: text('actor'),
    GITHUB_REPOSITORY: text('repository'),
    GITHUB_REPOSITORY_OWNER: text('repository_owner'),
    GITHUB_EVENT_NAME: text('event_name'),
    GITHUB_EVENT_PATH: machine.eventPath,
    GITHUB_WORKSPACE: machine.workspace,
    GITHUB_SHA: text('sha'),
    GITHUB_REF: text('ref'),
    GITHUB_REF_NAME: text('ref_name'),
    GITHUB_REF_TYPE: text('ref_type'),
    GITHUB_HEAD_REF: text('head_ref'),
    GITHUB_BASE_REF: text('base_ref'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: run.options.github.url,
    GITHUB_GRAPHQL_URL: `${run.options.github.url}/graphql`,
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'workflow-player',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: machine.runnerTemp,
    RUNNER_TOOL_CACHE: path.join(machine.runnerTemp, '_tool'),
  };
}

/** What JavaScript actions get on top: the artifact service of this run, scoped to this leg. */
export function javascriptActionEnv(run: Run, machine: JobMachine): Record<string, string> {
  const { ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL } = artifactEnv(run.options.artifacts, { runId: run.runId, jobId: machine.backendJobId, workspace: machine.workspace });
  return { ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL };
}

/** The `runner` context. */
export function runnerContext(machine: JobMachine): Record<string, string> {
  return { os: 'Linux', arch: 'X64', name: 'workflow-player', environment: 'github-hosted', temp: machine.runnerTemp, tool_cache: path.join(machine.runnerTemp, '_tool') };
}
