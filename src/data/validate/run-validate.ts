import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../shared/logger.js';
import { orderChecks } from '../checks/order-checks.js';
import { planValidation, type ValidateRequest } from './build-settings.js';
import type { ValidationOutcome } from './report.js';
import { validateData } from './validate.js';
import { standbyWorkersFor, type StandbyWorkers } from '../parallel/standby.js';

export interface ValidateRun extends ValidationOutcome {
  profilePath: string;
  reportPath: string;
}

/**
 * validate-data end to end, shared by the action and the CLI: plan, validate, write the profile and
 * the JSON report, annotate the first offending rows. The profile and report are written even when
 * checks fail (they say why); nothing else is published. `early` are range workers the caller
 * started (standby.ts); they are closed here either way.
 */
export async function runValidate(request: ValidateRequest, logger: Logger, early?: StandbyWorkers): Promise<ValidateRun> {
  // range workers boot while this thread plans (the CLI starts them even earlier: `early`)
  const standby = early ?? standbyWorkersFor(request);
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
