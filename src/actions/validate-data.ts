/**
 * validate-data: checks the data before training (schema, quality, drift against a baseline profile),
 * writes the profile a model version will carry, and fails the step when a check at the fail-on level
 * fails. Thin entry: inputs -> one call into src/data/validate -> outputs and summary.
 */
import { workerScriptBeside } from '../data/parallel/worker-script.js';
import { runValidate } from '../data/validate/run-validate.js';
import type { ValidateRequest } from '../data/validate/build-settings.js';
import type { DataFormat } from '../data/readers/types.js';
import type { FailOn } from '../data/validate/report.js';
import { validationSummary } from '../report/validate-summary.js';
import { UserError } from '../shared/errors.js';
import { recordPath, writeDataPart } from '../record/index.js';
import { appendSummary, getChoiceInput, getListInput, getNumberInput, getOptionalInput, runAction, setOutputs } from './runtime/index.js';

/** Input names, as in actions/validate-data/action.yml. */
const enum Input {
  Config = 'config',
  Data = 'data',
  Eval = 'eval',
  Format = 'format',
  Schema = 'schema',
  Baseline = 'baseline',
  FailOn = 'fail-on',
  ProfileOut = 'profile-out',
  Report = 'report',
  Parallelism = 'parallelism',
  Record = 'record',
}

/** The step failed because the data did (not a bug, not a bad input): the report says why. */
class DataValidationFailed extends UserError {}

await runAction('validate-data', async ({ logger, workspace, env }) => {
  const config = getOptionalInput(Input.Config);
  const request: ValidateRequest = {
    cwd: workspace,
    config: config ?? 'mlops.yml',
    configIsDefault: config === undefined || config === 'mlops.yml',
    data: getListInput(Input.Data),
    eval: getListInput(Input.Eval),
    format: getOptionalInput(Input.Format) === undefined ? undefined : getChoiceInput<DataFormat>(Input.Format, ['csv', 'tsv', 'jsonl', 'parquet'], 'csv'),
    schema: getOptionalInput(Input.Schema),
    baseline: getOptionalInput(Input.Baseline),
    failOn: getOptionalInput(Input.FailOn) === undefined ? undefined : getChoiceInput<FailOn>(Input.FailOn, ['error', 'warning', 'never'], 'error'),
    profileOut: getOptionalInput(Input.ProfileOut),
    reportOut: getOptionalInput(Input.Report),
    parallelism: getOptionalInput(Input.Parallelism) === undefined ? undefined : getNumberInput(Input.Parallelism, 2, { min: 1, max: 64, integer: true }),
    workerScript: workerScriptBeside(import.meta.url),
  };
  const run = await runValidate(request, logger);
  const { report } = run;
  // The data part is written whatever the verdict: the record says what the latest validation found.
  const recordFile = recordPath(workspace, getOptionalInput(Input.Record));
  await writeDataPart(recordFile, run, env);
  setOutputs({
    passed: String(report.passed),
    errors: report.errors,
    warnings: report.warnings,
    profile: run.profilePath,
    report: run.reportPath,
    'data-digest': report.dataDigest,
    record: recordFile,
  });
  await appendSummary(validationSummary(report));
  if (!report.passed) {
    throw new DataValidationFailed(`Data validation failed: ${report.errors} error(s), ${report.warnings} warning(s) at fail-on "${report.failOn}".`, {
      hint: `Read the job summary or ${run.reportPath}; fix the data, or adjust the schema if the data is right.`,
    });
  }
});
