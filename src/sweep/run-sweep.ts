import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, type ConfigError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { JournalError, JournalWriter, canonicalJson, readJournal, resumeSettings } from './journal/index.js';
import { prunerFor, samplerFor, type SweepPlan } from './plan-sweep.js';
import { createRandom } from './random.js';
import { runStudy, type StudyEvent, type StudyHistory, type StudyResult, type StudySettings, type TrialExecutor } from './study.js';
import { missingMetricError, reasonLine, runTrial, trialSeed } from './trial/index.js';
import { sweepTables, type SweepRecord } from './sweep-report.js';
import { SWEEP_RECORD_FILE, sweepPartFor, writeSweepPart } from '../record/index.js';
import type { FrozenTrial, Intermediate } from './types.js';

/** The sweep failed as a whole (every trial, or more than the allowed share, failed). */
class SweepFailedError extends UserError {}

/** Where a sweep writes: the journal, one folder per trial, and the result tables. */
export function sweepFiles(outDir: string) {
  return {
    journal: path.join(outDir, 'journal.jsonl'),
    trials: path.join(outDir, 'trials'),
    trialsCsv: path.join(outDir, 'trials.csv'),
    trialsJson: path.join(outDir, 'trials.json'),
    best: path.join(outDir, 'best.json'),
    record: path.join(outDir, SWEEP_RECORD_FILE),
  };
}

export interface SweepOutcome {
  result: StudyResult;
  record: SweepRecord;
  files: ReturnType<typeof sweepFiles>;
}

/** Digest of everything in the plan that defines the sweep (informational, in the journal header). */
function configDigest(plan: SweepPlan): string {
  const defining = { command: plan.command, space: plan.space, objective: plan.objective, method: plan.method, seed: plan.seed };
  return `sha256:${createHash('sha256').update(canonicalJson(defining)).digest('hex')}`;
}

/**
 * A local sweep: trials of the user's command, `parallel` at a time, recorded in the journal before
 * and after each one, so a crashed or cancelled sweep resumes where it stopped (`plan.resume`, the
 * default when a journal of the same study exists). Writes the trials table, the best trial and the
 * run record's sweep part; fails only when too many trials failed.
 */
export async function runSweep(asked: SweepPlan, logger: Logger): Promise<SweepOutcome> {
  const files = sweepFiles(asked.outDir);
  const { plan, history, writer } = await openJournal(asked, files, logger);

  const { result, halted } = await study(plan, files.trials, writer, plan.trials, history, logger);

  const record = await writeOutputs(plan, result, files);
  // The sweep part tells the later stages about this sweep, failed or not (then without a best trial to register).
  await writeSweepPart(plan.recordFile, record, process.env);
  if (halted) throw halted;
  checkFailures(plan, result, files.trials);
  return { result, record, files };
}

/**
 * The journal to go on with (`plan.resume` and one exists) or a new one. A resumed sweep keeps its
 * journal's method and seed (resume.ts refuses to change them, so the record never disagrees with the
 * journal); its trial budget may grow (the new trials run) or shrink (no new trial runs; the finished
 * ones all stay in the results).
 */
async function openJournal(plan: SweepPlan, files: ReturnType<typeof sweepFiles>, logger: Logger): Promise<{ plan: SweepPlan; history: StudyHistory; writer: JournalWriter }> {
  if (!existsSync(files.journal) || !plan.resume) {
    if (existsSync(files.journal)) await rm(plan.outDir, { recursive: true, force: true });
    await mkdir(plan.outDir, { recursive: true });
    return { plan, history: { finished: [], unfinished: [] }, writer: createJournal(plan, files.journal, `${plan.name}-${Date.now().toString(36)}`, configDigest(plan)) };
  }
  let journal: ReturnType<typeof readJournal>;
  try {
    journal = readJournal(files.journal, { expect: { space: plan.space, objective: plan.objective }, logger });
  } catch (error) {
    if (!(error instanceof JournalError)) throw error;
    throw new JournalError(error.message, {
      location: error.location,
      hint: `${(error.hint ?? 'Start a new sweep').replace(/\.?$/, '.')} To start over, run \`mlops sweep --fresh\` (action input resume: false); to keep this sweep, pass another --out (action input out).`,
    });
  }
  const resumed = { ...plan, ...resumeSettings(journal.header, plan, files.journal) };
  const done = journal.finished.length;
  const budget =
    done >= resumed.trials
      ? `it already holds ${done} finished trials, at least the ${resumed.trials} asked for: no trial runs, and the results keep all ${done}`
      : `${done} finished, ${journal.unfinished.length} to run again, ${resumed.trials} in all`;
  logger.info(`Resuming the sweep in ${files.journal} (method ${resumed.method}, seed ${resumed.seed}): ${budget}.`);
  return {
    plan: resumed,
    history: { finished: journal.finished, unfinished: journal.unfinished.map(({ number, params }) => ({ number, params })) },
    writer: JournalWriter.resume(files.journal),
  };
}

/** A new journal for the plan's study. */
export function createJournal(plan: SweepPlan, file: string, sweepId: string, digest: string): JournalWriter {
  return JournalWriter.create(file, {
    sweepId,
    configDigest: digest,
    space: plan.space,
    objective: { metric: plan.objective.metric, goal: plan.objective.goal },
    seed: plan.seed,
    method: plan.method,
  });
}

/** The study of a plan (see {@link study}); a metric name of mlops.yml that trials do not write is a located error. */
export async function runTrials(plan: SweepPlan, trialsDir: string, writer: JournalWriter, trials: number, history: StudyHistory, logger: Logger): Promise<StudyResult> {
  const { result, halted } = await study(plan, trialsDir, writer, trials, history, logger);
  if (halted) throw halted;
  return result;
}

/**
 * The study of a plan: its sampler, pruner and seeded streams, trials run with the protocol, progress
 * logged. It halts (no new trial starts, running ones finish) after the first trial that wrote
 * metrics without one that mlops.yml names: the error comes back with the trials run so far.
 */
async function study(plan: SweepPlan, trialsDir: string, writer: JournalWriter, trials: number, history: StudyHistory, logger: Logger): Promise<{ result: StudyResult; halted?: ConfigError }> {
  const started = Date.now();
  const base = createRandom(plan.seed);
  const halt: { error?: ConfigError } = {};
  const settings: StudySettings = {
    space: plan.space,
    objective: plan.objective,
    parallel: plan.parallel,
    maxFailedShare: plan.maxFailedShare,
    trials,
    // A halted study starts no new trial; the record says why it ended short of its budget.
    stop: () => (halt.error ? `${halt.error.location?.key ?? 'a metric name of mlops.yml'} names a metric the trials do not write` : undefined),
  };
  const result = await runStudy(
    settings,
    samplerFor(plan),
    prunerFor(plan),
    trialExecutor(plan, trialsDir, logger, halt),
    writer,
    (number) => base.fork(number),
    history,
    (event) => progress(event, plan, trials, started, logger),
  );
  return { result, halted: halt.error };
}

/**
 * Runs each trial of the sweep with the trial protocol, in `trialsDir/<number>`; the first trial that
 * misses a metric name of mlops.yml sets `halt.error`.
 */
function trialExecutor(plan: SweepPlan, trialsDir: string, logger: Logger, halt: { error?: ConfigError }): TrialExecutor {
  const expected = {
    objective: { name: plan.objective.metric, location: plan.metricKeys.objective },
    pruner: plan.metricKeys.pruner && plan.pruner?.metric !== undefined ? { name: plan.pruner.metric, location: plan.metricKeys.pruner } : undefined,
  };
  let warned = false;
  return async ({ number, params }, shouldPrune) => {
    const intermediates: Intermediate[] = [];
    const outcome = await runTrial({
      command: plan.command,
      number,
      params,
      objective: plan.objective,
      dir: path.join(trialsDir, String(number)),
      paramOrder: Object.keys(plan.space),
      seed: trialSeed(plan.seed, number),
      cwd: plan.workdir,
      env: { ...process.env, ...plan.env },
      timeoutSeconds: plan.timeoutSeconds,
      retries: plan.retries,
      logger,
      onIntermediate: (step, values) => {
        intermediates.push({ step, values });
        return shouldPrune(intermediates);
      },
    });
    halt.error ??= missingMetricError(outcome, expected);
    if (plan.pruner && plan.pruner.type !== 'none' && outcome.state === 'complete' && outcome.intermediates.length === 0 && !warned) {
      warned = true;
      logger.warning(`trial ${number} reported no intermediate metrics: the pruner (sweep.pruner) has nothing to judge; print \`mlops:metric {"step": 1, "${expected.pruner?.name ?? plan.objective.metric}": ...}\` lines to use it`);
    }
    const { logFile: _log, notes: _notes, written: _written, ...trial } = outcome;
    return trial;
  };
}

/** Fails the sweep when every trial, or more than the allowed share, failed. */
export function checkFailures(plan: SweepPlan, result: StudyResult, trialsDir: string): void {
  const failed = result.trials.filter((t) => t.state === 'failed');
  if (result.trials.length > 0 && (failed.length === result.trials.length || failed.length / result.trials.length > plan.maxFailedShare)) {
    throw new SweepFailedError(
      `${failed.length} of ${result.trials.length} trials failed${failed.length === result.trials.length ? ' (all of them)' : ` (more than the allowed share ${plan.maxFailedShare})`}. First failure, trial ${failed[0].number}: ${failed[0].reason ?? 'no reason recorded'}`,
      { hint: `Read the trial logs under ${trialsDir}; run the command by hand with MLOPS_PARAMS set to see it fail.` },
    );
  }
}

/** The trials table (CSV and JSON), the best trial and the sweep folder's own copy of the sweep part. */
export async function writeOutputs(plan: SweepPlan, result: StudyResult, files: ReturnType<typeof sweepFiles>): Promise<SweepRecord> {
  const tables = sweepTables(plan, result);
  await writeFile(files.trialsCsv, tables.csv);
  await writeFile(files.trialsJson, JSON.stringify(result.trials, null, 2) + '\n');
  await writeFile(files.best, JSON.stringify(tables.record.best ?? null, null, 2) + '\n');
  const record: SweepRecord = { ...tables.record, trialsTable: files.trialsCsv, trialsJson: files.trialsJson };
  // sweep-record.json: the sweep part with its paths relative to the sweep folder (register's --from-sweep reads it).
  await writeFile(files.record, JSON.stringify({ schemaVersion: 1, ...sweepPartFor(files.record, record) }, null, 2) + '\n');
  return record;
}

/** The longest failure reason a progress line shows (cut at a word). */
const REASON_WIDTH = 100;

function describeValue(trial: FrozenTrial, metric: string): string {
  if (trial.state === 'failed') return `failed: ${reasonLine(trial.reason, REASON_WIDTH) || 'no reason recorded'}`;
  if (trial.state === 'pruned') return `pruned at step ${trial.intermediates.at(-1)?.step ?? '?'}`;
  return `${metric} ${format(trial.value)}`;
}

function format(value: number | undefined): string {
  return value === undefined ? '–' : Number(value.toPrecision(5)).toString();
}

function describeParams(params: FrozenTrial['params']): string {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : v}`)
    .join(' ');
}

/**
 * One line per finished trial: the trial (by its number, as in trials/<number> and "best (trial n)"),
 * how many of the budget are done, its params and value, best so far, elapsed and time left.
 */
function progress(event: StudyEvent, plan: SweepPlan, total: number, started: number, logger: Logger): void {
  if (event.kind === 'started') {
    logger.debug(`trial ${event.number} started: ${describeParams(event.params)}`);
    return;
  }
  const elapsed = (Date.now() - started) / 1000;
  const left = event.done < total ? (elapsed / event.done) * (total - event.done) : 0;
  const best = event.best ? `best ${format(event.best.value)} (trial ${event.best.number})` : 'no complete trial yet';
  logger.info(
    `trial ${event.trial.number} (${event.done}/${total} done) ${describeParams(event.trial.params)} -> ${describeValue(event.trial, plan.objective.metric)} · ${best} · ${elapsed.toFixed(1)} s, ~${left.toFixed(0)} s left`,
  );
}
