/**
 * Where the gate's report goes once runGate returned a verdict: the sticky PR comment (one per
 * model and workflow, gateCommentKey) and the check run `mlops gate: <model>` (success, failure,
 * or neutral for warnings), through the seams the entry opened. The job summary and the report
 * file are the entry's (they never need a token).
 *
 * A token that may not write (a fork pull request's read-only token, a workflow without
 * `pull-requests: write` / `checks: write`) is a warning, never a failure: the report is still in
 * the job summary and the report file. Afterwards `failIfFailed` fails the step with the first
 * failing rule located at its line of mlops.yml.
 */
import { PermissionError, type CheckConclusion, type CheckRunSink, type CommentSink } from '../backends/seams.js';
import { gateCommentKey } from '../report/gate-markdown.js';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import type { GateRun } from './run-gate.js';
import type { Verdict } from './types.js';

/** The gate failed: an error rule failed. Thrown after the report was written and posted. */
class GateFailedError extends UserError {}

export interface PublishTargets {
  model: string;
  workflow: string;
  /** The pull request's comments; undefined when the run is not for a pull request. */
  comments?: CommentSink;
  /** The check run and the commit it is on; undefined to skip it. */
  checks?: { sink: CheckRunSink; headSha: string; detailsUrl?: string };
  /** Why nothing may be posted (a fork pull request), said once instead of trying. */
  readOnly?: string;
}

export interface Published {
  comment?: string;
  check?: string;
  /** What was not posted and why. */
  skipped: string[];
}

const CONCLUSION: Record<Verdict, CheckConclusion> = { pass: 'success', warn: 'neutral', fail: 'failure' };

/** The check run's name: branch protection requires it by this name. */
export function gateCheckName(model: string): string {
  return `mlops gate: ${model}`;
}

export async function publishGate(run: Pick<GateRun, 'comment' | 'result' | 'reportFile'>, targets: PublishTargets, logger: Logger): Promise<Published> {
  const published: Published = { skipped: [] };
  if (targets.readOnly) {
    published.skipped.push(targets.readOnly);
    return published;
  }
  const tolerate = async (what: string, post: () => Promise<string>): Promise<string | undefined> => {
    try {
      return await post();
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      const line = `${what} not posted: ${error.message}. The report is in the job summary and ${run.reportFile}.`;
      logger.warning(line);
      published.skipped.push(line);
      return undefined;
    }
  };
  if (targets.comments) {
    const sink = targets.comments;
    published.comment = await tolerate('The PR comment was', async () => (await sink.upsert(gateCommentKey(targets.model, targets.workflow), run.comment)).location);
  }
  if (targets.checks) {
    const { sink, headSha, detailsUrl } = targets.checks;
    const check = { name: gateCheckName(targets.model), headSha, conclusion: CONCLUSION[run.result.verdict], title: run.result.headline, summary: run.comment, detailsUrl };
    published.check = await tolerate('The check run was', async () => (await sink.complete(check)).location);
  }
  return published;
}

/** Fails the step when an error rule failed, located at the first failing rule in mlops.yml. */
export function failIfFailed(run: GateRun): void {
  if (run.result.passed) return;
  throw new GateFailedError(run.result.headline, {
    location: run.failedAt,
    hint: `The table in ${run.reportFile} (and the job summary) shows every metric against its rule.`,
  });
}
