/**
 * pr-report.json: the gate's result as data (never markdown), written by evaluate-gate beside its
 * report so a workflow can upload it as an artifact, and read back by `mode: publish` in a
 * workflow_run workflow that has the write token a fork's pull request lacks (docs/platform.md
 * "Security").
 *
 * On the way back the file is untrusted: anyone who opens a pull request controls the job that wrote
 * it. So it is read with a size cap (src/shared/safe-read.ts), checked against
 * schema/pr-report.schema.json (every field typed, every string and list bounded, nothing extra),
 * rendered by the same renderer as evaluate mode (which escapes every string it did not write), and
 * posted only for the pull request and head commit the workflow_run event names. Links are never
 * taken from the file: the run's address comes from the event.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkAgainst, type SchemaValidator } from '../record/record-file.js';
import { renderGateReport, type GateReportInput } from '../report/gate-report.js';
import { SUMMARY_REPORT_LIMIT } from './run-gate.js';
import { InputError, UserError } from '../shared/errors.js';
import { isRecord } from '../shared/json.js';
import { formatBytes, parseJsonBounded, readTextBoundedAsync, UnsafeInputError } from '../shared/safe-read.js';
import { prReportValidator } from './pr-report-validators.js';

/** The file's name beside the report. */
const PR_REPORT_FILE = 'pr-report.json';

/** Far above a real report (a full one is tens of KiB; a 10,000-trial curve under 1 MiB), far below memory trouble. */
const PR_REPORT_MAX_BYTES = 4 * 1024 * 1024;

/** The report's input, without what publish must not take from the file (links, sizes). */
type PrReportBody = Omit<GateReportInput, 'model' | 'workflow' | 'summaryUrl' | 'maxLength' | 'lineage'> & {
  lineage?: Omit<NonNullable<GateReportInput['lineage']>, 'runUrl' | 'registryUrl'>;
};

export interface PrReport {
  schemaVersion: 1;
  model: string;
  workflow: string;
  /** null when the gate did not run for a pull request. */
  pullRequest: { number: number; headSha: string } | null;
  report: PrReportBody;
}

/** The pull request a workflow_run event is for, as the event says. */
export interface WorkflowRunFacts {
  /** `workflow_run.pull_requests[].number`: empty for a fork's pull request (GitHub leaves it out). */
  pullRequests: number[];
  headSha: string;
  /** The run's page, linked from the comment. */
  runUrl?: string;
}

const PUBLISH_HINT = 'Pass the pr-report.json that evaluate-gate wrote in the pull request\'s run (its report-data output), downloaded from that run\'s artifact.';

/** Writes pr-report.json beside `reportFile`; returns its path. */
export async function writePrReport(reportFile: string, input: GateReportInput, pullRequest: PrReport['pullRequest']): Promise<string> {
  const { model, workflow, summaryUrl: _summaryUrl, maxLength: _maxLength, lineage, ...body } = input;
  const { runUrl: _runUrl, registryUrl: _registryUrl, ...keptLineage } = lineage ?? {};
  // JSON drops undefined fields; the schema has no place for them either.
  const report: PrReport = { schemaVersion: 1, model, workflow, pullRequest, report: { ...body, ...(lineage ? { lineage: keptLineage } : {}) } };
  const file = path.join(path.dirname(reportFile), PR_REPORT_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(report) + '\n');
  return file;
}

/** Reads and checks an untrusted pr-report.json: size, nesting, JSON, schema; each refusal names the file and the field. */
export async function readPrReport(file: string): Promise<PrReport> {
  let text: string;
  try {
    text = await readTextBoundedAsync(file, { maxBytes: PR_REPORT_MAX_BYTES, what: 'gate report data', hint: `a real one is far smaller than ${formatBytes(PR_REPORT_MAX_BYTES)}` });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw error;
    throw new InputError(`The gate report data ${file} cannot be read: ${(error as Error).message}`, { location: { file }, hint: PUBLISH_HINT });
  }
  let value: unknown;
  try {
    value = parseJsonBounded(text, { what: `gate report data ${file}`, file, maxDepth: 20 });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw error;
    throw new InputError(`The gate report data ${file} is not valid JSON: ${(error as Error).message}.`, { location: { file }, hint: PUBLISH_HINT });
  }
  checkAgainst(prReportValidator as SchemaValidator, value, file, 'gate report data', PUBLISH_HINT);
  return value as PrReport;
}

/** The facts of the workflow_run event at GITHUB_EVENT_PATH (already parsed); a clear error for any other event. */
export function workflowRunFacts(event: unknown, eventName: string | undefined): WorkflowRunFacts {
  const run = isRecord(event) ? event.workflow_run : undefined;
  if (!isRecord(run) || typeof run.head_sha !== 'string') {
    throw new InputError(`mode: publish runs in a workflow triggered by workflow_run; this one was triggered by ${eventName ?? 'an unknown event'}.`, {
      hint: 'Post from a workflow with `on: workflow_run` (action-templates/mlops-pr-report.yml); in the pull request\'s own run use the default mode.',
    });
  }
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  return {
    pullRequests: pulls.flatMap((p) => (isRecord(p) && typeof p.number === 'number' ? [p.number] : [])),
    headSha: run.head_sha,
    runUrl: typeof run.html_url === 'string' ? run.html_url : undefined,
  };
}

/** The report is for another pull request or commit than the run that uploaded it: nothing is posted. */
class ReportMismatchError extends UserError {}

/**
 * Checks the file's pull request and head commit against the event. A fork's pull request is not
 * listed in the event (GitHub leaves `pull_requests` empty then), so `headOf` asks GitHub for the
 * pull request's head commit, which must be the run's.
 */
export async function checkAgainstRun(report: PrReport, run: WorkflowRunFacts, file: string, headOf: (number: number) => Promise<string | undefined>): Promise<void> {
  const mismatch = (what: string) =>
    new ReportMismatchError(`${file} is refused: ${what}. Nothing was posted.`, {
      location: { file, key: 'pullRequest' },
      hint: 'The report data must come from the artifact of the very run that triggered this workflow (download it with run-id: github.event.workflow_run.id).',
    });
  if (report.pullRequest === null) throw mismatch('it was written by a run for no pull request');
  const { number, headSha } = report.pullRequest;
  if (headSha !== run.headSha) throw mismatch(`it names head commit ${headSha}, but the workflow run that triggered this one ran on ${run.headSha}`);
  if (run.pullRequests.length > 0) {
    if (!run.pullRequests.includes(number)) throw mismatch(`it names pull request #${number}, but the workflow run was for ${run.pullRequests.map((n) => `#${n}`).join(', ')}`);
    return;
  }
  const head = await headOf(number);
  if (head !== run.headSha) throw mismatch(`it names pull request #${number}, whose head commit is ${head ?? 'unknown (no such pull request)'}, not the run's ${run.headSha}`);
}

/**
 * The comment and the job summary of a checked report, rendered exactly as evaluate mode renders
 * them; the only links are the run's, from the event.
 */
export function renderFromData(data: PrReport, run: WorkflowRunFacts): { comment: string; full: string } {
  const input: GateReportInput = { ...data.report, model: data.model, workflow: data.workflow, lineage: { ...data.report.lineage, runUrl: run.runUrl }, summaryUrl: run.runUrl };
  return { comment: renderGateReport(input), full: renderGateReport({ ...input, maxLength: SUMMARY_REPORT_LIMIT }) };
}
