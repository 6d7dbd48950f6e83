import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../shared/logger.js';
import { UnsafeInputError, formatBytes, readTextBounded } from '../../shared/safe-read.js';
import type { FrozenTrial, Intermediate, Objective, Params } from '../types.js';
import { renderCommand, type SpawnSpec, type TrialCommand } from './command.js';
import { METRIC_LINE_PREFIX, nestParams, objectiveProblem, parseIntermediate, parseMetricsText } from './metrics.js';
import { signalTree, spawnTree, treeAlive } from './process-tree.js';
import { failureReason } from './reason.js';

/**
 * The trial protocol: how train-and-sweep runs the user's training command, in any language, once
 * per trial.
 *
 * The command (see {@link TrialCommand} for placeholders and quoting) runs in `cwd` with the caller's
 * environment as a `run:` step would see it (no ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
 * ACTIONS_CACHE_URL, ACTIONS_ID_TOKEN_REQUEST_* or INPUT_*: see shared/child-env.ts) plus:
 *
 * | variable              | value                                                                  |
 * |-----------------------|------------------------------------------------------------------------|
 * | MLOPS_PARAMS          | the trial's parameters as JSON, nested by dotted names: `{"model": {"depth": 3}, "lr": 0.01}` |
 * | MLOPS_PARAMS_FILE     | a file holding the same JSON                                           |
 * | MLOPS_OUTPUT_DIR      | an empty folder for this trial: save the model here                   |
 * | MLOPS_METRICS_FILE    | where to write the final metrics, JSON or YAML (see metrics.ts)       |
 * | MLOPS_METRICS_STREAM  | optional: append one JSON object per line for intermediate metrics    |
 * | MLOPS_TRIAL_NUMBER    | the trial's number, 0-based                                            |
 * | MLOPS_SEED            | a seed for this trial (from the sweep's seed and the number, < 2^31)   |
 * | PYTHONUNBUFFERED      | `1` unless already set, so Python's prints arrive as they happen      |
 *
 * Intermediate metrics, for pruning: print a line `mlops:metric {"step": 3, "loss": 0.41}` on stdout
 * (flush it), or append `{"step": 3, "loss": 0.41}` lines to $MLOPS_METRICS_STREAM (read every
 * 250 ms). A line with bad JSON is a warning, never a crash. Each report goes to `onIntermediate`; if
 * it answers true, the trial's whole process tree is stopped and the trial is `pruned`, its value the
 * last reported objective value.
 *
 * Everything printed (stdout and stderr, as it arrives) goes to `<dir>/trial.log`; the last 20 lines
 * of stderr go into a failed trial's reason.
 *
 * Limits (a trial's output can fail that trial, never the sweep): the metrics file must be a regular
 * file of at most {@link METRICS_MAX_BYTES} nested at most METRICS_MAX_DEPTH deep (else the trial
 * fails, saying which limit); intermediate lines longer than {@link METRIC_LINE_MAX_BYTES}, reports
 * past {@link MAX_INTERMEDIATES} steps, values past {@link MAX_INTERMEDIATE_VALUES} per report, the
 * stream past {@link MAX_STREAM_BYTES} and a stream that is not a regular file are skipped with a note.
 *
 * Outcome:
 * - `complete`: exit code 0 and a metrics file whose objective metric is a finite number.
 * - `failed`, with a reason: a non-zero exit code (`exited with code 2`) or a signal (`killed by
 *   SIGKILL`), each with the stderr tail; `timed out after 600s`; a program that does not exist
 *   (exit code 127 from the shell, ENOENT in the argv form); no metrics file (`wrote no metrics file
 *   at ...`); a file that is neither JSON nor YAML; an objective that is missing (the reason names the
 *   keys that were written) or not a finite number (NaN, Infinity, a string, null).
 * - `pruned`: `onIntermediate` said so.
 * Only crashes (a non-zero exit other than 126/127, or a signal nobody here sent) are retried, up to
 * `retries` times, each attempt in fresh output and metrics files; `attempts` counts them.
 *
 * Stopping (timeout, prune): SIGTERM to the process group, then SIGKILL `killGraceMs` later if
 * anything is left. Processes a trial leaves behind after exiting normally get the same treatment.
 */

/** Names of the variables a trial receives, in one place. */
enum TrialEnv {
  Params = 'MLOPS_PARAMS',
  ParamsFile = 'MLOPS_PARAMS_FILE',
  OutputDir = 'MLOPS_OUTPUT_DIR',
  MetricsFile = 'MLOPS_METRICS_FILE',
  MetricsStream = 'MLOPS_METRICS_STREAM',
  TrialNumber = 'MLOPS_TRIAL_NUMBER',
  Seed = 'MLOPS_SEED',
}

/** Files inside a trial's folder. */
const TRIAL_FILES = {
  output: 'output',
  params: 'params.json',
  metrics: 'metrics.json',
  stream: 'metrics-stream.jsonl',
  log: 'trial.log',
} as const;

export interface RunTrialOptions {
  /** The sweep's command; validate it once with checkCommand before the sweep. */
  command: TrialCommand;
  number: number;
  params: Params;
  /** Only `metric` is used here: it picks the trial's value. */
  objective: Pick<Objective, 'metric'>;
  /** The trial's own folder; emptied and created. Holds output/, params.json, metrics.json, trial.log. */
  dir: string;
  /** Order of `{args}`: the space's parameter names. */
  paramOrder?: readonly string[];
  /** MLOPS_SEED; default {@link trialSeed}(0, number). */
  seed?: number;
  /** Where the command runs; default the current folder. */
  cwd?: string;
  /** The environment the trial's variables are added to; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Stop the trial (failed) after this long; default: no limit. */
  timeoutSeconds?: number;
  /** How many times a crashed trial is run again; default 0. */
  retries?: number;
  /** Between SIGTERM and SIGKILL; default 5000. */
  killGraceMs?: number;
  /** Interval of reading $MLOPS_METRICS_STREAM; default 250. */
  streamPollMs?: number;
  /** Largest metrics file read; default {@link METRICS_MAX_BYTES}. */
  maxMetricsBytes?: number;
  /** Longest intermediate-metrics line (stdout or stream); default {@link METRIC_LINE_MAX_BYTES}. */
  maxMetricLineBytes?: number;
  /** Called for each intermediate report, one at a time; answer true to prune the trial. */
  onIntermediate?: (step: number, values: Record<string, number>) => boolean | void | Promise<boolean | void>;
  logger?: Logger;
}

/** A finished trial, plus where its log is and the notes made while running it. */
export interface TrialOutcome extends FrozenTrial {
  logFile: string;
  /** Warnings: bad metric lines, dropped metrics, retries (also sent to the logger). */
  notes: string[];
  /** Every name a readable metrics file held (numbers or not); absent when no metrics file was read. */
  written?: string[];
}

const STDERR_TAIL_LINES = 20;
const STDERR_TAIL_BYTES = 16 * 1024;
const MAX_LINE = 2000;

/**
 * Limits on what a trial hands back, so that no trial output can take the sweep down with it (a
 * 400 MB metrics file, a stream that grows forever, a metrics file linked to /dev/zero): what exceeds
 * them fails that trial, or is skipped with a note, and the sweep goes on.
 */
/** The largest metrics file: metrics are a few numbers, a few MiB is thousands of them. */
export const METRICS_MAX_BYTES = 4 * 1024 * 1024;
/** The longest intermediate-metrics line; a longer one is skipped with a note. */
const METRIC_LINE_MAX_BYTES = 64 * 1024;
/** Intermediate reports (distinct steps) kept per trial; later steps are ignored with a note. */
export const MAX_INTERMEDIATES = 10_000;
/** Values kept per intermediate report. */
const MAX_INTERMEDIATE_VALUES = 100;
/** What one poll of $MLOPS_METRICS_STREAM reads at most; the rest waits for the next poll. */
const STREAM_READ_BYTES = 1024 * 1024;
/** How much of $MLOPS_METRICS_STREAM is read in all (far more than MAX_INTERMEDIATES lines). */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;

/** A per-trial seed: a hash of the sweep's seed and the trial number, in [0, 2^31). */
export function trialSeed(sweepSeed: number, number: number): number {
  // splitmix32-style mixing: neighbouring trials get unrelated seeds, every language can take them.
  let h = (Math.imul(sweepSeed | 0, 0x9e3779b1) ^ Math.imul(number + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) & 0x7fffffff;
}

/** Runs one trial to its end (see the protocol above). Never throws for the trial's own failures. */
export async function runTrial(options: RunTrialOptions): Promise<TrialOutcome> {
  const started = Date.now();
  const dir = path.resolve(options.dir);
  const files = {
    output: path.join(dir, TRIAL_FILES.output),
    params: path.join(dir, TRIAL_FILES.params),
    metrics: path.join(dir, TRIAL_FILES.metrics),
    stream: path.join(dir, TRIAL_FILES.stream),
    log: path.join(dir, TRIAL_FILES.log),
  };
  const notes: string[] = [];
  const note = (message: string) => {
    notes.push(message);
    options.logger?.warning(`trial ${options.number}: ${message}`);
  };

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(files.output, { recursive: true });
  const paramsJson = JSON.stringify(nestParams(options.params));
  fs.writeFileSync(files.params, paramsJson);
  const spec = renderCommand(options.command, options.params, options.paramOrder);
  const baseEnv = options.env ?? process.env;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    PYTHONUNBUFFERED: baseEnv.PYTHONUNBUFFERED ?? '1',
    [TrialEnv.Params]: paramsJson,
    [TrialEnv.ParamsFile]: files.params,
    [TrialEnv.OutputDir]: files.output,
    [TrialEnv.MetricsFile]: files.metrics,
    [TrialEnv.MetricsStream]: files.stream,
    [TrialEnv.TrialNumber]: String(options.number),
    [TrialEnv.Seed]: String(options.seed ?? trialSeed(0, options.number)),
  };
  const cwd = options.cwd ?? process.cwd();
  const maxAttempts = 1 + Math.max(0, Math.floor(options.retries ?? 0));
  const log = fs.openSync(files.log, 'w');
  const base = { number: options.number, params: options.params, startedAt: new Date(started).toISOString(), outputDir: files.output, logFile: files.log, notes };
  try {
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) {
        // Every attempt starts clean: no model or metrics of the crashed one can leak into the result.
        fs.rmSync(files.output, { recursive: true, force: true });
        fs.mkdirSync(files.output);
        fs.rmSync(files.metrics, { force: true });
        fs.rmSync(files.stream, { force: true });
        fs.writeSync(log, `\n--- attempt ${attempt} of ${maxAttempts} ---\n`);
      }
      const result = await runAttempt(spec, cwd, env, files.stream, log, options, note);
      const seconds = (Date.now() - started) / 1000;
      const common = { ...base, intermediates: result.intermediates, attempts: attempt, seconds, exitCode: result.exitCode };
      if (result.pruned) {
        // Reports that came in after the pruned one, before the command stopped, depend on how fast
        // it was stopped (the machine's load): the trial ends at the step it was pruned at.
        const step = result.pruned.step;
        const intermediates = result.intermediates.filter((i) => i.step <= step);
        const value = lastValue(intermediates, options.objective.metric);
        return { ...common, intermediates, state: 'pruned', value, metrics: {}, reason: `pruned at step ${step}` };
      }
      const failure = attemptFailure(result, options, spec, cwd);
      if (failure) {
        if (failure.retry && attempt < maxAttempts) {
          const lastLine = result.stderrTail.split('\n').pop()?.trim();
          note(`${failure.summary}${lastLine ? ` (${lastLine})` : ''}; retrying (attempt ${attempt + 1} of ${maxAttempts})`);
          continue;
        }
        return { ...common, state: 'failed', metrics: {}, reason: failure.reason };
      }
      return { ...common, ...readMetrics(files.metrics, options.objective.metric, options.maxMetricsBytes ?? METRICS_MAX_BYTES, note) };
    }
  } finally {
    fs.closeSync(log);
  }
}

interface AttemptResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  spawnError?: NodeJS.ErrnoException;
  timedOut: boolean;
  pruned?: { step: number };
  intermediates: Intermediate[];
  stderrTail: string;
}

/** Runs the command once: streams output, feeds intermediates, enforces the timeout. */
function runAttempt(
  spec: SpawnSpec,
  cwd: string,
  env: NodeJS.ProcessEnv,
  streamFile: string,
  log: number,
  options: RunTrialOptions,
  note: (message: string) => void,
): Promise<AttemptResult> {
  const grace = options.killGraceMs ?? 5000;
  const intermediates: Intermediate[] = [];
  let previousStep: number | undefined;
  let stderrTail = '';
  let stdoutPartial = '';
  let skippingStdout = false;
  let stopping: 'timeout' | 'prune' | undefined;
  let exited = false;
  let pruned: { step: number } | undefined;
  let callbacks: Promise<void> = Promise.resolve();
  let callbackError: Error | undefined;
  const maxLine = options.maxMetricLineBytes ?? METRIC_LINE_MAX_BYTES;
  const noted = new Set<string>();
  /** A limit's note, once per attempt: a runaway trainer must not flood the log. */
  const noteOnce = (key: string, message: string) => {
    if (noted.has(key)) return;
    noted.add(key);
    note(message);
  };

  const report = (json: string, source: string) => {
    const parsed = parseIntermediate(json, previousStep);
    if (typeof parsed === 'string') {
      note(`ignored an intermediate metrics line (${source}): ${parsed}: ${json.slice(0, 200)}`);
      return;
    }
    previousStep = parsed.step;
    const names = Object.keys(parsed.values);
    if (names.length > MAX_INTERMEDIATE_VALUES) {
      noteOnce('values', `kept the first ${MAX_INTERMEDIATE_VALUES} values of intermediate reports with more (step ${parsed.step} had ${names.length})`);
      parsed.values = Object.fromEntries(names.slice(0, MAX_INTERMEDIATE_VALUES).map((name) => [name, parsed.values[name]]));
    }
    const same = intermediates.find((i) => i.step === parsed.step);
    if (same) Object.assign(same.values, parsed.values);
    else if (intermediates.length >= MAX_INTERMEDIATES) {
      noteOnce('steps', `ignored intermediate reports after the first ${MAX_INTERMEDIATES} steps (from step ${parsed.step} on)`);
      return;
    } else intermediates.push(parsed);
    const onIntermediate = options.onIntermediate;
    if (!onIntermediate) return;
    // One decision at a time, in order: a pruner sees the reports as the trial made them.
    callbacks = callbacks.then(async () => {
      if (stopping || callbackError !== undefined) return;
      try {
        const prune = (await onIntermediate(parsed.step, { ...parsed.values })) === true;
        // A verdict that arrives after the command has ended cannot stop it any more: it completed.
        if (prune && !stopping && !exited) {
          pruned = { step: parsed.step };
          stop('prune');
        }
      } catch (error) {
        callbackError = error instanceof Error ? error : new Error(String(error));
        stop('prune');
      }
    });
  };

  const onStdoutLine = (line: string) => {
    const trimmed = line.trimStart();
    if (trimmed.length > maxLine) {
      if (trimmed.startsWith(METRIC_LINE_PREFIX)) noteOnce('stdout-line', `skipped an intermediate metrics line on stdout longer than ${formatBytes(maxLine)}`);
      return;
    }
    if (trimmed.startsWith(METRIC_LINE_PREFIX)) report(trimmed.slice(METRIC_LINE_PREFIX.length).trim(), 'stdout');
  };

  // $MLOPS_METRICS_STREAM: read what was appended since last time, complete lines only, a bounded
  // amount per poll. The trial owns the file: it may be huge, endless (a link to /dev/zero) or a FIFO
  // (whose read would block the event loop, signals included), so it is opened without blocking,
  // read only while it is a regular file, and never more than MAX_STREAM_BYTES of it.
  let streamOffset = 0;
  let streamPartial = '';
  let skippingLine = false;
  let streamClosed = false;
  const streamLine = (raw: string) => {
    let line = raw.trim();
    if (line.startsWith(METRIC_LINE_PREFIX)) line = line.slice(METRIC_LINE_PREFIX.length).trim();
    if (line) report(line, path.basename(streamFile));
  };
  const readStream = (final: boolean) => {
    if (streamClosed) return;
    let fd: number;
    try {
      fd = fs.openSync(streamFile, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    } catch {
      return;
    }
    try {
      const stats = fs.fstatSync(fd);
      if (!stats.isFile()) {
        streamClosed = true;
        note(`ignored $${TrialEnv.MetricsStream} (${streamFile}): it is not a regular file; append lines to an ordinary file`);
        return;
      }
      const buffer = Buffer.allocUnsafe(STREAM_READ_BYTES);
      do {
        if (streamOffset >= MAX_STREAM_BYTES) {
          streamClosed = true;
          note(`stopped reading $${TrialEnv.MetricsStream} after ${formatBytes(MAX_STREAM_BYTES)}; report fewer intermediate metrics`);
          return;
        }
        const read = fs.readSync(fd, buffer, 0, Math.min(buffer.length, MAX_STREAM_BYTES - streamOffset), streamOffset);
        if (read === 0) break;
        streamOffset += read;
        const lines = (streamPartial + buffer.subarray(0, read).toString('utf8')).split('\n');
        streamPartial = lines.pop() ?? '';
        for (const line of lines) {
          // The end of a line too long to keep: skipped, like its beginning.
          if (skippingLine) skippingLine = false;
          else if (line.length > maxLine) noteOnce('stream-line', `skipped a line of $${TrialEnv.MetricsStream} longer than ${formatBytes(maxLine)}`);
          else streamLine(line);
        }
        if (streamPartial.length > maxLine) {
          noteOnce('stream-line', `skipped a line of $${TrialEnv.MetricsStream} longer than ${formatBytes(maxLine)}`);
          streamPartial = '';
          skippingLine = true;
        }
      } while (final);
      if (final && streamPartial.trim() && !skippingLine) streamLine(streamPartial);
    } finally {
      fs.closeSync(fd);
    }
  };

  const child = spawnTree(spec, cwd, env);
  let killTimer: NodeJS.Timeout | undefined;
  let pipeTimer: NodeJS.Timeout | undefined;
  let timeoutTimer: NodeJS.Timeout | undefined;
  /** SIGTERM to the tree now, SIGKILL after the grace period. */
  const terminate = () => {
    if (killTimer) return;
    signalTree(child, 'SIGTERM');
    killTimer = setTimeout(() => signalTree(child, 'SIGKILL'), grace);
    // A process outside the group holding our pipes would keep 'close' away forever.
    pipeTimer = setTimeout(() => {
      child.stdout?.destroy();
      child.stderr?.destroy();
    }, grace + 2000);
  };
  const stop = (why: 'timeout' | 'prune') => {
    if (stopping) return;
    stopping = why;
    terminate();
  };

  return new Promise<AttemptResult>((resolve, reject) => {
    let spawnError: NodeJS.ErrnoException | undefined;
    let exit: { code: number | null; signal: NodeJS.Signals | null } = { code: null, signal: null };
    if (options.timeoutSeconds !== undefined && options.timeoutSeconds > 0) {
      timeoutTimer = setTimeout(() => stop('timeout'), options.timeoutSeconds * 1000);
    }
    const poll = setInterval(() => readStream(false), options.streamPollMs ?? 250);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      fs.writeSync(log, chunk);
      const lines = (stdoutPartial + chunk).split('\n');
      stdoutPartial = lines.pop() ?? '';
      for (const line of lines) {
        if (skippingStdout) skippingStdout = false;
        else onStdoutLine(line);
      }
      // A runaway line with no newline must not grow without bound; metric lines are short.
      if (stdoutPartial.length > maxLine) {
        if (!skippingStdout) onStdoutLine(stdoutPartial);
        stdoutPartial = '';
        skippingStdout = true;
      }
    });
    child.stderr?.on('data', (chunk: string) => {
      fs.writeSync(log, chunk);
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      spawnError = error;
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      exited = true;
      clearTimeout(timeoutTimer);
      if (!stopping && treeAlive(child)) {
        // The command is done but left processes behind (a background job): they go too.
        note('the command left processes running after it exited; stopping them');
        terminate();
      }
    });
    child.on('close', () => {
      clearInterval(poll);
      clearTimeout(timeoutTimer);
      clearTimeout(pipeTimer);
      if (stdoutPartial && !skippingStdout) onStdoutLine(stdoutPartial);
      readStream(true);
      const finish = async () => {
        await callbacks;
        if (stopping) {
          // A stopped trial's tree is gone before its result is: wait out the grace, then SIGKILL.
          const deadline = Date.now() + grace;
          while (treeAlive(child) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
          clearTimeout(killTimer);
          signalTree(child, 'SIGKILL');
        } else if (killTimer) {
          // Leftovers of a finished trial get their grace without holding up the result.
          killTimer.unref();
        }
        if (callbackError !== undefined) throw callbackError;
        return {
          exitCode: exit.code,
          signal: exit.signal,
          spawnError,
          timedOut: stopping === 'timeout',
          pruned,
          intermediates,
          stderrTail: tailLines(stderrTail),
        };
      };
      finish().then(resolve, reject);
    });
  });
}

/** Why an attempt failed, or undefined when it exited 0 (metrics are checked next). */
function attemptFailure(result: AttemptResult, options: RunTrialOptions, spec: SpawnSpec, cwd: string): { reason: string; summary: string; retry: boolean } | undefined {
  const found = failureSummary(result, options, spec, cwd);
  if (!found) return undefined;
  return { summary: found.summary, reason: failureReason(found.summary, found.withStderr ? result.stderrTail : ''), retry: found.retry };
}

/** The one-line why of a failed attempt; `withStderr` when the stderr tail explains it further. */
function failureSummary(result: AttemptResult, options: RunTrialOptions, spec: SpawnSpec, cwd: string): { summary: string; retry: boolean; withStderr: boolean } | undefined {
  const error = result.spawnError;
  if (error) {
    const file = JSON.stringify(spec.file);
    let summary = `could not start ${file}: ${error.message}`;
    if (error.code === 'ENOENT' && !fs.existsSync(cwd)) summary = `the working folder ${cwd} does not exist`;
    else if (error.code === 'ENOENT') summary = `command not found: ${file} (${error.message}); install it, put it on PATH or give its path`;
    else if (error.code === 'EACCES') summary = `command is not executable: ${file} (${error.message}); chmod +x it`;
    return { summary, retry: false, withStderr: false };
  }
  if (result.timedOut) return { summary: `timed out after ${options.timeoutSeconds}s`, retry: false, withStderr: true };
  if (result.signal) return { summary: `killed by ${result.signal}`, retry: true, withStderr: true };
  const code = result.exitCode;
  if (code === 0) return undefined;
  // 126 and 127 are the shell's "not executable" and "not found": running again cannot help.
  if (code === 127) return { summary: 'exited with code 127 (command not found)', retry: false, withStderr: true };
  if (code === 126) return { summary: 'exited with code 126 (command not executable)', retry: false, withStderr: true };
  return { summary: `exited with code ${code}`, retry: true, withStderr: true };
}

/** Reads the metrics file of a trial that exited 0: complete, or failed with a precise reason. */
function readMetrics(file: string, objective: string, maxBytes: number, note: (message: string) => void): Pick<TrialOutcome, 'state' | 'value' | 'metrics' | 'reason' | 'written'> {
  let text: string;
  try {
    text = readTextBounded(file, {
      maxBytes,
      what: 'metrics file',
      hint: `write only the final metrics to $${TrialEnv.MetricsFile}, as an ordinary file of at most ${formatBytes(maxBytes)} (metrics are a mapping of names to numbers); save models and other outputs in $${TrialEnv.OutputDir}`,
    });
  } catch (error) {
    const reason = error instanceof UnsafeInputError
      ? `${error.message}; ${error.hint}`
      : (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? `wrote no metrics file at ${file} (write JSON or YAML to $${TrialEnv.MetricsFile})`
        : `could not read the metrics file ${file}: ${(error as Error).message}`;
    return { state: 'failed', metrics: {}, reason };
  }
  const read = parseMetricsText(text, file);
  if (!read.ok) return { state: 'failed', metrics: {}, reason: read.reason };
  const written = Object.keys(read.raw);
  if (!Object.hasOwn(read.raw, objective)) {
    const wrote = written.length === 0 ? 'it wrote no metrics' : `it wrote: ${written.join(', ')}`;
    return { state: 'failed', metrics: read.metrics, written, reason: `metrics file ${file} has no objective metric "${objective}"; ${wrote}` };
  }
  const problem = objectiveProblem(read.raw[objective]);
  if (problem) return { state: 'failed', metrics: read.metrics, written, reason: `objective metric "${objective}" ${problem} in ${file}` };
  const dropped = Object.entries(read.dropped);
  if (dropped.length > 0) note(`dropped metrics that are not finite numbers: ${dropped.map(([name, why]) => `${name} (${why})`).join(', ')}`);
  return { state: 'complete', value: read.metrics[objective], metrics: read.metrics, written };
}

function lastValue(intermediates: Intermediate[], metric: string): number | undefined {
  for (let i = intermediates.length - 1; i >= 0; i--) {
    const value = intermediates[i].values[metric];
    if (value !== undefined) return value;
  }
  return undefined;
}

function tailLines(text: string): string {
  const lines = text.replace(/\r/g, '').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines
    .slice(-STDERR_TAIL_LINES)
    .map((line) => `  ${line.length > MAX_LINE ? line.slice(0, MAX_LINE) + '...' : line}`)
    .join('\n');
}
