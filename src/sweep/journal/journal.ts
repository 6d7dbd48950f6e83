import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { UserError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { UnsafeInputError, formatBytes, jsonDepth, readTextBounded } from '../../shared/safe-read.js';
import type { FrozenTrial, Objective, Params, SearchSpace } from '../types.js';
import { isRecord } from '../../shared/json.js';
import { isFrozenTrial, isParams } from './guards.js';

/**
 * The journal of a sweep: an append-only JSON Lines file, the sweep's only state. Resume and the
 * matrix collect step read it; nothing ever rewrites a line.
 *
 *     {"kind":"header","version":1,"sweepId":"...","configDigest":"...","studyDigest":"sha256:...","space":{...},"objective":{...},"seed":7,"method":"tpe","createdAt":"..."}
 *     {"kind":"started","number":0,"params":{"lr":0.01},"at":"..."}
 *     {"kind":"finished","trial":{...FrozenTrial...}}
 *
 * Writing: each line (JSON + "\n") is one `fs.appendFileSync` call, which opens the file with O_APPEND
 * and writes the line in one write(2). O_APPEND makes concurrent appenders never overwrite each other,
 * but POSIX promises no atomicity for regular files (PIPE_BUF is about pipes) and a crash or a full disk
 * can cut a line short. So readers treat the last line specially: a torn (or otherwise unreadable)
 * final line is ignored with a warning, and the trial it described counts as not finished. An
 * unreadable line anywhere else is corruption and an error naming the line. Before appending to an
 * existing journal, {@link JournalWriter.resume} cuts a torn final line off, so it never ends up in
 * the middle.
 *
 * Resume: `readJournal` returns the finished trials and the trials started but never finished, with
 * their numbers and params, so a resumed sweep re-runs exactly those before sampling new ones.
 */

const JOURNAL_VERSION = 1;

/**
 * The largest journal read. Journals also arrive as other jobs' artifacts, so they are read like any
 * untrusted file: a regular file, at most this big (far beyond 10,000 trials with their intermediate
 * metrics, well below the longest string V8 can make), lines nested at most {@link JOURNAL_MAX_DEPTH}.
 */
const JOURNAL_MAX_BYTES = 256 * 1024 * 1024;
/** The deepest nesting of a journal line (its space and trials nest a few levels). */
const JOURNAL_MAX_DEPTH = 64;

/** A journal's text, bounded; a refused or unreadable file is a JournalError naming it. */
function readJournalText(path: string, maxBytes: number): string {
  try {
    return readTextBounded(path, {
      maxBytes,
      what: 'sweep journal',
      hint: `a sweep journal is an ordinary file of at most ${formatBytes(maxBytes)}; point the sweep at its own journal, or remove this file to start a new sweep`,
    });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw new JournalError(error.message, { location: { file: path }, hint: error.hint });
    throw new JournalError(`cannot read the sweep journal ${path}: ${(error as Error).message}`, { location: { file: path }, cause: error });
  }
}

/** The first line of a journal: what sweep it is. */
export interface JournalHeader {
  kind: 'header';
  version: number;
  sweepId: string;
  /** Digest of the whole sweep config as the caller sees it (informational: the command may change). */
  configDigest: string;
  /** {@link studyDigest} of space and objective: what must match to resume or merge. */
  studyDigest: string;
  space: SearchSpace;
  /** Metric and goal (a target only stops the sweep and may change between runs). */
  objective: Pick<Objective, 'metric' | 'goal'>;
  seed: number;
  /** The sampler's name. */
  method: string;
  createdAt: string;
}

/** What a caller provides to start a journal; the rest is computed. */
export type NewJournalHeader = Omit<JournalHeader, 'kind' | 'version' | 'studyDigest' | 'createdAt'> & { createdAt?: string };

interface StartedEvent {
  kind: 'started';
  number: number;
  params: Params;
  at: string;
}

interface FinishedEvent {
  kind: 'finished';
  trial: FrozenTrial;
}

export type JournalEvent = StartedEvent | FinishedEvent;

/** A trial the journal saw start but never finish: resume runs it again with the same number and params. */
export interface UnfinishedTrial {
  number: number;
  params: Params;
  startedAt: string;
}

/** What a journal holds, as resume needs it. */
export interface JournalContents {
  header: JournalHeader;
  /** By number; one per number (see {@link preferTrial} for duplicates). */
  finished: FrozenTrial[];
  /** Started, never finished, by number. */
  unfinished: UnfinishedTrial[];
  /** One more than the highest trial number seen (0 for a new sweep). */
  nextNumber: number;
  /** Lines ignored (a torn final line), as messages. */
  warnings: string[];
}

/** A journal that cannot be used: corrupt, of another sweep, or not a journal at all. */
export class JournalError extends UserError {}

/** The space and objective a journal must match. */
export interface StudyIdentity {
  space: SearchSpace;
  objective: Pick<Objective, 'metric' | 'goal'>;
}

/** Digest of what makes two runs the same study: the space and the objective's metric and goal. */
export function studyDigest(study: StudyIdentity): string {
  const identity = { space: study.space, objective: { metric: study.objective.metric, goal: study.objective.goal } };
  return `sha256:${createHash('sha256').update(canonicalJson(identity)).digest('hex')}`;
}

/** JSON with object keys sorted at every level, so equal values have equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner,
  );
}

/** Appends events to a journal, one line per call. */
export class JournalWriter {
  private constructor(readonly path: string) {}

  /** Starts a new journal; fails if the file exists (resume it, or remove it to start over). */
  static create(path: string, header: NewJournalHeader): JournalWriter {
    const full: JournalHeader = {
      kind: 'header',
      version: JOURNAL_VERSION,
      sweepId: header.sweepId,
      configDigest: header.configDigest,
      studyDigest: studyDigest(header),
      space: header.space,
      objective: { metric: header.objective.metric, goal: header.objective.goal },
      seed: header.seed,
      method: header.method,
      createdAt: header.createdAt ?? new Date().toISOString(),
    };
    try {
      fs.writeFileSync(path, JSON.stringify(full) + '\n', { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new JournalError(`the sweep journal ${path} already exists`, { hint: 'resume the sweep, or remove the file to start a new one' });
      }
      throw error;
    }
    return new JournalWriter(path);
  }

  /**
   * Appends to an existing journal (after {@link readJournal} accepted it). A torn final line is cut
   * off first; a complete final line missing only its newline gets one.
   */
  static resume(path: string): JournalWriter {
    const text = readJournalText(path, JOURNAL_MAX_BYTES);
    if (text.length > 0 && !text.endsWith('\n')) {
      const cut = text.lastIndexOf('\n') + 1;
      if (parseLine(text.slice(cut)) !== undefined) fs.appendFileSync(path, '\n');
      else fs.truncateSync(path, Buffer.byteLength(text.slice(0, cut)));
    }
    return new JournalWriter(path);
  }

  started(number: number, params: Params, at: string = new Date().toISOString()): void {
    this.append({ kind: 'started', number, params, at });
  }

  /** Records a finished trial; only FrozenTrial's own fields are kept (a TrialOutcome's log path is not). */
  finished(trial: FrozenTrial): void {
    this.append({ kind: 'finished', trial: freeze(trial) });
  }

  private append(event: JournalEvent): void {
    fs.appendFileSync(this.path, JSON.stringify(event) + '\n');
  }
}

/** Options of {@link readJournal}. */
export interface ReadJournalOptions {
  /** The config's space and objective: a journal of another study is an error. */
  expect?: StudyIdentity;
  /** Receives the warning about an ignored final line. */
  logger?: Logger;
  /** The largest journal accepted; default {@link JOURNAL_MAX_BYTES}. */
  maxBytes?: number;
}

/** Reads a journal for resume or collect (see the module comment for what is tolerated). */
export function readJournal(path: string, options: ReadJournalOptions = {}): JournalContents {
  const text = readJournalText(path, options.maxBytes ?? JOURNAL_MAX_BYTES);
  const lines = text.split('\n');
  // A final "\n" leaves one empty string, which is not a line.
  if (lines[lines.length - 1] === '') lines.pop();
  const warnings: string[] = [];
  const events: JournalEvent[] = [];
  let header: JournalHeader | undefined;
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseLine(lines[i]);
    const last = i === lines.length - 1;
    if (i === 0) {
      if (!isHeader(parsed)) {
        throw new JournalError(`${path} is not a sweep journal: its first line is not a journal header`, {
          location: { file: path, line: 1 },
          hint: 'point the sweep at its own journal file, or remove this file to start a new sweep',
        });
      }
      header = parsed;
      if (header.version > JOURNAL_VERSION) {
        throw new JournalError(`the sweep journal ${path} has version ${header.version}; this version of the action reads version ${JOURNAL_VERSION}`, {
          location: { file: path, line: 1 },
          hint: 'use a newer version of the action',
        });
      }
      continue;
    }
    if (parsed === undefined || !isEvent(parsed)) {
      if (last) {
        const message = `ignored the unreadable last line ${i + 1} of the sweep journal ${path} (probably cut short by a crash)`;
        warnings.push(message);
        options.logger?.warning(message, { file: path, line: i + 1 });
        continue;
      }
      throw new JournalError(`line ${i + 1} of the sweep journal ${path} is not a journal event: ${JSON.stringify(lines[i].slice(0, 80))}`, {
        location: { file: path, line: i + 1 },
        hint: 'the journal is corrupt; restore it, or remove it to start a new sweep',
      });
    }
    events.push(parsed);
  }
  if (!header) {
    throw new JournalError(`the sweep journal ${path} is empty`, { location: { file: path }, hint: 'remove it to start a new sweep' });
  }
  if (options.expect) checkStudy(header, options.expect, path);
  return { header, ...replay(events), warnings };
}

/** Finished and unfinished trials from events in journal order. */
function replay(events: JournalEvent[]): Omit<JournalContents, 'header' | 'warnings'> {
  const started = new Map<number, UnfinishedTrial>();
  const finished = new Map<number, FrozenTrial>();
  let nextNumber = 0;
  for (const event of events) {
    const number = event.kind === 'started' ? event.number : event.trial.number;
    nextNumber = Math.max(nextNumber, number + 1);
    if (event.kind === 'started') {
      // A trial re-run on resume is started twice with the same params; the first start is kept.
      if (!started.has(number)) started.set(number, { number, params: event.params, startedAt: event.at });
    } else {
      const other = finished.get(number);
      finished.set(number, other ? preferTrial(other, event.trial) : event.trial);
    }
  }
  const unfinished = [...started.values()].filter((t) => !finished.has(t.number)).sort((a, b) => a.number - b.number);
  return { finished: [...finished.values()].sort((a, b) => a.number - b.number), unfinished, nextNumber };
}

/** Errors unless the journal's study is the config's, saying what differs. */
function checkStudy(header: JournalHeader, expect: StudyIdentity, path: string): void {
  if (header.studyDigest === studyDigest(expect)) return;
  const differences: string[] = [];
  const journalObjective = `${header.objective.goal} ${header.objective.metric}`;
  const configObjective = `${expect.objective.goal} ${expect.objective.metric}`;
  if (journalObjective !== configObjective) differences.push(`the objective is "${journalObjective}" in the journal but "${configObjective}" in the config`);
  const names = new Set([...Object.keys(header.space), ...Object.keys(expect.space)]);
  const changed = [...names].filter((name) => canonicalJson(header.space[name]) !== canonicalJson(expect.space[name]));
  if (changed.length > 0) differences.push(`the search space differs in ${changed.join(', ')}`);
  if (differences.length === 0) differences.push('its study digest does not match the config');
  throw new JournalError(`the sweep journal ${path} belongs to a different sweep: ${differences.join('; ')}`, {
    location: { file: path, line: 1 },
    hint: 'start a new sweep (a new journal file), or resume with the config this journal was made with',
  });
}

/**
 * Which of two records of the same trial number to keep, independent of the order they are given:
 * complete over pruned over failed, then the earlier start, then the smaller canonical JSON text.
 * Shards of one plan own disjoint numbers, so this only settles a trial run twice (a re-run leg).
 */
export function preferTrial(a: FrozenTrial, b: FrozenTrial): FrozenTrial {
  const rank = { complete: 0, pruned: 1, failed: 2 } as const;
  if (rank[a.state] !== rank[b.state]) return rank[a.state] < rank[b.state] ? a : b;
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? a : b;
  return canonicalJson(a) <= canonicalJson(b) ? a : b;
}

/** FrozenTrial's own fields only, in a fixed order. */
function freeze(trial: FrozenTrial): FrozenTrial {
  const frozen: FrozenTrial = {
    number: trial.number,
    params: trial.params,
    state: trial.state,
    value: trial.value,
    metrics: trial.metrics,
    intermediates: trial.intermediates,
    reason: trial.reason,
    exitCode: trial.exitCode,
    attempts: trial.attempts,
    startedAt: trial.startedAt,
    seconds: trial.seconds,
    outputDir: trial.outputDir,
  };
  for (const key of Object.keys(frozen) as (keyof FrozenTrial)[]) if (frozen[key] === undefined) delete frozen[key];
  return frozen;
}

/** A line's JSON, or undefined when it is not JSON or nested deeper than any journal line is. */
function parseLine(line: string): unknown {
  // canonicalJson and the guards recurse: deeper text is a corrupt line, not a stack overflow.
  if (jsonDepth(line, JOURNAL_MAX_DEPTH) > JOURNAL_MAX_DEPTH) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isHeader(value: unknown): value is JournalHeader {
  return (
    isRecord(value) &&
    value.kind === 'header' &&
    typeof value.version === 'number' &&
    typeof value.sweepId === 'string' &&
    typeof value.configDigest === 'string' &&
    typeof value.studyDigest === 'string' &&
    isRecord(value.space) &&
    isRecord(value.objective) &&
    typeof value.objective.metric === 'string' &&
    (value.objective.goal === 'maximize' || value.objective.goal === 'minimize') &&
    typeof value.seed === 'number' &&
    typeof value.method === 'string' &&
    typeof value.createdAt === 'string'
  );
}

function isEvent(value: unknown): value is JournalEvent {
  if (!isRecord(value)) return false;
  if (value.kind === 'started') return Number.isInteger(value.number) && isParams(value.params) && typeof value.at === 'string';
  if (value.kind === 'finished') return isFrozenTrial(value.trial);
  return false;
}
