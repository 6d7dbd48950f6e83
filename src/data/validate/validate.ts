import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatasetAccumulator, type DatasetOutcome } from '../checks/dataset-accumulator.js';
import { countResult } from '../checks/check-results.js';
import { findLeakage } from '../checks/hash-checks.js';
import { needsRowHashes, type PartOptions } from '../checks/part-analyzer.js';
import type { CheckResult } from '../checks/result.js';
import { computeDrift, type DriftOptions, type DriftReport } from '../drift/index.js';
import { InlineDigest, PROFILE_SCHEMA_VERSION, firstRangeWeight, readProfile, sha256File, sha256FileInThread, type DatasetProfile, type ProfiledFile } from '../profile/index.js';
import type { DataFormat } from '../readers/types.js';
import type { LoadedSchema } from '../schema/load-schema.js';
import type { Logger } from '../../shared/logger.js';
import { analyzePart } from '../parts/read-part.js';
import type { DatasetReport, FailOn, ValidationOutcome, ValidationReport } from './report.js';
import { analyzeRanges, type PlacedPart } from '../parallel/parse-ranges.js';
import { shareHashJobs } from '../parallel/hash-share.js';
import type { RangeHelper } from '../parallel/worker.js';
import { PARALLEL_MIN_BYTES, type StandbyWorkers } from '../parallel/standby.js';
import { expandPaths, fileBatches, planRanges, type PlannedRanges } from '../parts/sources.js';
import { DEFAULT_BUDGET_WORDS } from '../hash/spill.js';
import { groupDigits } from '../../shared/format.js';
import { isDirectoryError, notRegularFileError } from '../readers/errors.js';

/** Everything validate-data needs, built once from inputs or CLI options and mlops.yml. */
export interface ValidateSettings {
  /** Folder that relative data paths and globs are resolved against. */
  cwd: string;
  train: string[];
  eval: string[];
  format?: DataFormat;
  schema: LoadedSchema;
  /** A baseline profile to measure drift against. */
  baseline?: string;
  drift: Partial<DriftOptions>;
  failOn: FailOn;
  /** Worker threads for large CSV files (default: cores); 1 reads everything in this thread. */
  parallelism: number;
  /** The script a worker runs: the running bundle. Without it, files are read in this thread. */
  workerScript?: string;
  /** Workers already booting for the byte ranges (runValidate starts them early); the caller closes them. */
  standby?: StandbyWorkers;
  /** Words of hash records one log keeps in memory before spilling to disk (tests make it small). */
  spillBudgetWords?: number;
  /** Rows per batch (default 2048, see CsvOptions.batchRows). */
  batchRows?: number;
}

/** Validates the training (and eval) data: checks, profile, drift, one report. Publishes nothing. */
export async function validateData(settings: ValidateSettings, logger: Logger): Promise<ValidationOutcome> {
  const started = performance.now();
  const schema = settings.schema.resolved;
  const hasEval = settings.eval.length > 0;
  // Hash records past their budget go to a temp folder that lives exactly as long as this call.
  const spillDir = await mkdtemp(path.join(os.tmpdir(), 'mlops-validate-'));
  try {
    const spill = { dir: spillDir, budgetWords: settings.spillBudgetWords ?? DEFAULT_BUDGET_WORDS };
    return await validateWith(settings, { batchRows: settings.batchRows ?? 2048, rowHashes: needsRowHashes(schema, hasEval), spill }, logger, started);
  } finally {
    await rm(spillDir, { recursive: true, force: true });
  }
}

async function validateWith(settings: ValidateSettings, partOptions: PartOptions, logger: Logger, started: number): Promise<ValidationOutcome> {
  const schema = settings.schema.resolved;
  const hasEval = settings.eval.length > 0;
  // The baseline profile is read while the training data is, and drift measured as soon as the
  // training profile is final (validateDataset). Should anything go wrong there, drift is measured
  // again below, where errors belong.
  const baseline = settings.baseline ? readProfile(path.resolve(settings.cwd, settings.baseline)) : undefined;
  baseline?.catch(() => undefined); // awaited below
  const train = await logger.group('Validate training data', () => validateDataset('train', settings.train, settings, partOptions, logger, baseline));
  const evaluation = hasEval ? await logger.group('Validate eval data', () => validateDataset('eval', settings.eval, settings, partOptions, logger)) : undefined;

  if (evaluation && schema.dataset.trainEvalLeakage && train.outcome.rows && evaluation.outcome.rows) {
    const tally = findLeakage(train.outcome.rows.rows, train.outcome.rows.places, evaluation.outcome.rows.rows, evaluation.outcome.rows.places);
    evaluation.report.checks.push(countResult('train_eval_leakage', 'dataset.train_eval_leakage', schema.dataset.trainEvalLeakage, 'no eval row also in the training data', evaluation.report.rowCount, tally));
  }

  const profile = toProfile(train);
  let drift: DriftReport | undefined;
  if (baseline) {
    drift = await logger.group('Measure drift against the baseline', async () => train.drift ?? computeDrift(await baseline, profile, settings.drift));
  }

  const datasets = [train.report, ...(evaluation ? [evaluation.report] : [])];
  const failed = datasets.flatMap((d) => d.checks).filter((c) => !c.success);
  // Each drifted column counts at its level; a dataset that drifted as a whole is one more error.
  const driftFailed = drift ? drift.columns.filter((c) => c.status === 'fail').length + (drift.dataset.status === 'fail' ? 1 : 0) : 0;
  const driftWarned = drift ? drift.columns.filter((c) => c.status === 'warning').length : 0;
  const errors = failed.filter((c) => c.severity === 'error').length + driftFailed;
  const warnings = failed.filter((c) => c.severity === 'warning').length + driftWarned;
  const passed = settings.failOn === 'never' || (errors === 0 && (settings.failOn === 'error' || warnings === 0));
  const report: ValidationReport = {
    schemaVersion: 1,
    passed,
    failOn: settings.failOn,
    errors,
    warnings,
    dataDigest: digestOf(datasets.flatMap((d) => d.files)),
    datasets,
    drift,
    seconds: (performance.now() - started) / 1000,
  };
  return { report, profile, evalProfile: evaluation ? toProfile(evaluation) : undefined };
}

interface ValidatedDataset {
  report: DatasetReport;
  outcome: DatasetOutcome;
  /** Drift against the baseline given to validateDataset, unless measuring it failed. */
  drift?: DriftReport;
}

async function validateDataset(
  name: 'train' | 'eval',
  patterns: string[],
  settings: ValidateSettings,
  partOptions: PartOptions,
  logger: Logger,
  baseline?: Promise<DatasetProfile>,
): Promise<ValidatedDataset> {
  const files = await expandPaths(patterns, settings.cwd);
  const accumulator = new DatasetAccumulator(settings.schema.resolved, partOptions.spill);
  const profiled: ProfiledFile[] = [];
  // Workers of the last parallel file stay to share the hash checks; older ones go (memory).
  let helpers: RangeHelper[] = [];
  try {
    for (const shown of files) {
      const file = shown;
      const started = performance.now();
      const stats = await stat(file);
      if (!stats.isFile()) throw stats.isDirectory() ? isDirectoryError(file) : notRegularFileError(file, stats);
      const bytes = stats.size;
      const parallel = settings.workerScript !== undefined && settings.parallelism > 1 && bytes >= PARALLEL_MIN_BYTES;
      // In parallel, this thread hashes the file while reading the first range (InlineDigest),
      // which is cut smaller for it. Otherwise a large file is hashed on a thread of its own
      // (the cores are idle but this one), a small one on the event loop.
      const planned = parallel ? await planRanges(file, settings.parallelism, settings.format, firstRangeWeight) : undefined;
      const inline = planned && planned.ranges.length >= 2 ? new InlineDigest(file, bytes) : undefined;
      const analyzed = analyzeFile(file, planned, bytes, settings, partOptions, inline);
      const digest = inline ? undefined : bytes >= PARALLEL_MIN_BYTES ? sha256FileInThread(file) : sha256File(file);
      digest?.catch(() => undefined); // awaited below unless the parse fails first
      const parts = await analyzed;
      const fresh = parts.flatMap((part) => (part.helper ? [part.helper] : []));
      if (fresh.length > 0) {
        helpers.forEach((helper) => helper.close());
        helpers = fresh;
      }
      let rows = 0;
      for (const { state, shift, rereadFrom } of parts) {
        accumulator.add(state, shift);
        rows += state.rowCount;
        // only a file that is not valid CSV there, or a quoted line break right at a cut, is read twice
        if (rereadFrom !== undefined) logger.info(`${shown}: a cut between ranges fell inside a quoted field; read from byte ${rereadFrom} on in one thread`);
      }
      const sha256 = inline ? inline.finish() : await digest!;
      profiled.push({ path: shown, sha256, bytes, rows });
      const seconds = (performance.now() - started) / 1000;
      logger.info(`${shown}: ${groupDigits(rows)} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${(bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(0)} MB/s, ${parts.length} part${parts.length === 1 ? '' : 's'})`);
    }
    accumulator.startHashChecks(helpers.length > 0 ? shareHashJobs(helpers) : undefined);
    // this thread's work while helpers run their share of the hash checks: the profiles, and drift
    const columns = accumulator.profileColumns();
    const drift = baseline ? await baseline.then((profile) => computeDrift(profile, { columns }, settings.drift)).catch(() => undefined) : undefined;
    const outcome = await accumulator.finish();
    const checks: CheckResult[] = outcome.checks;
    return { report: { name, files: profiled, rowCount: outcome.rowCount, checks }, outcome, drift };
  } finally {
    helpers.forEach((helper) => helper.close());
  }
}

/** One file's parts in order: the whole file, or byte ranges analyzed by worker threads in parallel. */
async function analyzeFile(file: string, planned: PlannedRanges | undefined, bytes: number, settings: ValidateSettings, partOptions: PartOptions, digest?: InlineDigest): Promise<PlacedPart[]> {
  const schema = settings.schema;
  if (!planned || planned.ranges.length < 2) {
    const state = await analyzePart(file, fileBatches(file, settings.format, partOptions.batchRows), schema.resolved, partOptions);
    return [{ state, shift: { rows: 0, lines: 0 } }];
  }
  return analyzeRanges(file, bytes, planned, schema, partOptions, settings.workerScript!, settings.standby, digest);
}

function toProfile(dataset: ValidatedDataset): DatasetProfile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    files: dataset.report.files,
    rowCount: dataset.report.rowCount,
    columns: dataset.outcome.columns,
  };
}

function digestOf(files: ProfiledFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.sha256}  ${file.path}\n`);
  return hash.digest('hex');
}
