import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../shared/logger.js';
import { orderChecks } from '../../report/validate-summary.js';
import { detectFormat } from '../readers/format.js';
import { defaultParallelism, planValidation, type ValidateRequest } from './build-settings.js';
import type { ValidationOutcome } from './report.js';
import { PARALLEL_MIN_BYTES, validateData } from './validate.js';
import { StandbyWorkers } from './worker.js';

export interface ValidateRun extends ValidationOutcome {
  profilePath: string;
  reportPath: string;
}

/**
 * validate-data end to end, shared by the action and the CLI: plan, validate, write the profile and
 * the JSON report, annotate the first offending rows. The profile and report are written even when
 * checks fail (they say why); nothing else is published.
 */
export async function runValidate(request: ValidateRequest, logger: Logger): Promise<ValidateRun> {
  const standby = standbyWorkersFor(request);
  try {
    const plan = await planValidation(request);
    const outcome = await validateData({ ...plan.settings, standby }, logger);
    outcome.report.profilePath = plan.profileOut;
    await writeJson(plan.profileOut, outcome.profile);
    await writeJson(plan.reportOut, outcome.report);
    annotate(outcome, logger);
    return { ...outcome, profilePath: plan.profileOut, reportPath: plan.reportOut };
  } finally {
    standby?.close();
  }
}

/**
 * Range workers started before the config and schema are loaded, when a data path given directly
 * is a CSV/TSV file large enough to be read in parallel: they boot on the otherwise idle cores.
 */
function standbyWorkersFor(request: ValidateRequest): StandbyWorkers | undefined {
  const threads = request.parallelism ?? defaultParallelism();
  if (!request.workerScript || threads < 2) return undefined;
  const large = [...(request.data ?? []), ...(request.eval ?? [])].some((file) => {
    try {
      const format = detectFormat(file, request.format);
      return (format === 'csv' || format === 'tsv') && statSync(path.resolve(request.cwd, file)).size >= PARALLEL_MIN_BYTES;
    } catch {
      return false; // a glob, a missing file or an unknown format: planning says what is wrong
    }
  });
  return large ? new StandbyWorkers(request.workerScript, threads - 1) : undefined;
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value, null, 2) + '\n');
}

/** One annotation per failed check, at the first offending row (the logger caps them at 10 per level). */
function annotate(outcome: ValidationOutcome, logger: Logger): void {
  for (const dataset of outcome.report.datasets) {
    for (const check of orderChecks(dataset.checks)) {
      if (check.success) continue;
      const first = check.examples[0];
      const what = check.column ? `column "${check.column}"` : `${dataset.name} data`;
      const count = check.observed !== undefined ? `observed ${check.observed}` : `${check.unexpectedCount} unexpected (${check.unexpectedPercent.toFixed(2)}%)`;
      const example = first ? `; first at row ${first.row}: ${JSON.stringify(first.value)}` : '';
      const message = `${check.check}: ${what} expected ${check.expectation}, ${count}${example}`;
      const location = first ? { file: first.file, line: first.line > 0 ? first.line : undefined, title: `validate-data: ${check.id}` } : undefined;
      if (check.severity === 'error') logger.error(message, location);
      else logger.warning(message, location);
    }
  }
  const drift = outcome.report.drift;
  for (const column of drift?.columns ?? []) {
    if (column.status === 'ok') continue;
    const message = `drift: column "${column.column}" ${column.reason ?? column.status}`;
    if (column.status === 'fail') logger.error(message);
    else logger.warning(message);
  }
}
