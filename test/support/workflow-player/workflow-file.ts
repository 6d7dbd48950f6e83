/**
 * A workflow file read as GitHub reads it: parsed and checked against GitHub's schema by
 * @actions/workflow-parser, then converted to its job model. The model leaves out a few keys the
 * runner uses (a job's permissions and timeout-minutes, a step's with, shell, working-directory and
 * timeout-minutes, workflow_call outputs): those are read from the parsed document beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { Job, ReusableWorkflowJob, Step, WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import { isSequence } from '@actions/workflow-parser';
import { child } from './template.js';
import { PlayerError, type RepositorySource } from './types.js';

export type { Job, ReusableWorkflowJob, Step, WorkflowJob };

export interface WorkflowFile {
  /** Repository-relative path (`.github/workflows/ci.yml`), as errors name it. */
  file: string;
  source: RepositorySource;
  template: WorkflowTemplate;
  /** The parsed document. */
  root: TemplateToken;
}

export async function loadWorkflow(source: RepositorySource, file: string): Promise<WorkflowFile> {
  const absolute = path.join(source.root, file);
  if (!existsSync(absolute)) throw new PlayerError(`No workflow ${file} in ${source.name} (looked at ${absolute})`);
  const parsed = parseWorkflow({ name: file, content: readFileSync(absolute, 'utf8') }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || parsed.value === undefined) throw new PlayerError(`The workflow is not valid (${source.name}):\n${errors.join('\n')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length) throw new PlayerError(`The workflow is not valid (${source.name}):\n${template.errors.map((e) => e.Message).join('\n')}`);
  return { file, source, template, root: parsed.value };
}

/** The parsed document of one job. */
export function jobToken(workflow: WorkflowFile, jobId: string): TemplateToken | undefined {
  return child(child(workflow.root, 'jobs'), jobId);
}

/** The parsed document of a job's step, by position. */
export function stepToken(workflow: WorkflowFile, jobId: string, index: number): TemplateToken | undefined {
  const steps = child(jobToken(workflow, jobId), 'steps');
  return steps !== undefined && isSequence(steps) ? steps.get(index) : undefined;
}

export function isReusable(job: WorkflowJob): job is ReusableWorkflowJob {
  return job.type === 'reusableWorkflowJob';
}
