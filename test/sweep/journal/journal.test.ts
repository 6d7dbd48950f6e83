import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { JournalError, JournalWriter, mergeJournals, readJournal, studyDigest, type NewJournalHeader } from '../../../src/sweep/journal/index.js';
import type { FrozenTrial, Params } from '../../../src/sweep/types.js';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-journal-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SPACE = { lr: { type: 'loguniform', low: 1e-4, high: 1 }, 'model.depth': { type: 'int', low: 1, high: 8 } } as const;
const HEADER: NewJournalHeader = {
  sweepId: 'sweep-1',
  configDigest: 'sha256:abc',
  space: SPACE,
  objective: { metric: 'accuracy', goal: 'maximize' },
  seed: 7,
  method: 'random',
  createdAt: '2025-01-01T00:00:00.000Z',
};
const STUDY = { space: SPACE, objective: HEADER.objective };

function trial(number: number, overrides: Partial<FrozenTrial> = {}): FrozenTrial {
  return {
    number,
    params: { lr: 0.01 * (number + 1), 'model.depth': number + 1 },
    state: 'complete',
    value: 0.5 + number / 100,
    metrics: { accuracy: 0.5 + number / 100 },
    intermediates: [{ step: 0, values: { accuracy: 0.4 } }],
    attempts: 1,
    exitCode: 0,
    startedAt: `2025-01-01T00:00:0${number}.000Z`,
    seconds: 1.5,
    outputDir: `/tmp/trials/${number}/output`,
    ...overrides,
  };
}

/** A journal with trials 0..n-1 started and those in `finish` finished. */
function journal(name: string, started: number[], finish: number[], header: NewJournalHeader = HEADER): string {
  const file = path.join(tmp, name);
  const writer = JournalWriter.create(file, header);
  for (const n of started) writer.started(n, trial(n).params, `2025-01-01T00:00:0${n}.000Z`);
  for (const n of finish) writer.finished(trial(n));
  return file;
}

describe('journal', () => {
  it('round-trips a header and finished trials, keeping only FrozenTrial fields', () => {
    const file = path.join(tmp, 'journal.jsonl');
    const writer = JournalWriter.create(file, HEADER);
    writer.started(0, trial(0).params);
    writer.finished({ ...trial(0), logFile: '/x/trial.log', notes: ['n'] } as FrozenTrial);
    writer.started(1, trial(1).params);
    writer.finished(trial(1, { state: 'failed', value: undefined, metrics: {}, reason: 'exited with code 2', exitCode: 2 }));
    const read = readJournal(file, { expect: STUDY });
    expect(read.header).toEqual({ kind: 'header', version: 1, ...HEADER, studyDigest: studyDigest(STUDY) });
    expect(read.finished).toEqual([trial(0), trial(1, { state: 'failed', value: undefined, metrics: {}, reason: 'exited with code 2', exitCode: 2 })]);
    expect(read.finished[1]).not.toHaveProperty('value');
    expect(read.unfinished).toEqual([]);
    expect(read.nextNumber).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('logFile');
    expect(fs.readFileSync(file, 'utf8').split('\n')).toHaveLength(6);
  });

  it('refuses to overwrite an existing journal', () => {
    const file = journal('j.jsonl', [], []);
    expect(() => JournalWriter.create(file, HEADER)).toThrow(/already exists/);
  });

  it('gives resume the trials started but never finished, with their numbers and params', () => {
    const file = journal('j.jsonl', [0, 1, 2, 3], [0, 2]);
    const read = readJournal(file, { expect: STUDY });
    expect(read.finished.map((t) => t.number)).toEqual([0, 2]);
    expect(read.unfinished).toEqual([
      { number: 1, params: trial(1).params, startedAt: '2025-01-01T00:00:01.000Z' },
      { number: 3, params: trial(3).params, startedAt: '2025-01-01T00:00:03.000Z' },
    ]);
    expect(read.nextNumber).toBe(4);
    // The resumed sweep starts them again and finishes them: nothing is left over.
    const writer = JournalWriter.resume(file);
    for (const t of read.unfinished) writer.started(t.number, t.params);
    writer.finished(trial(1));
    writer.finished(trial(3));
    const again = readJournal(file);
    expect(again.finished.map((t) => t.number)).toEqual([0, 1, 2, 3]);
    expect(again.unfinished).toEqual([]);
  });

  it('ignores a torn final line with a warning, and resume cuts it off', () => {
    const file = journal('j.jsonl', [0, 1], [0]);
    const line = JSON.stringify({ kind: 'finished', trial: trial(1) });
    fs.appendFileSync(file, line.slice(0, 40));
    const logger = new RecordingLogger();
    const read = readJournal(file, { logger });
    expect(read.finished.map((t) => t.number)).toEqual([0]);
    expect(read.unfinished.map((t) => t.number)).toEqual([1]);
    expect(read.warnings[0]).toMatch(/ignored the unreadable last line 5 /);
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warning', location: { file, line: 5 } }));
    JournalWriter.resume(file).finished(trial(1));
    const after = readJournal(file);
    expect(after.warnings).toEqual([]);
    expect(after.finished.map((t) => t.number)).toEqual([0, 1]);
  });

  it('keeps a complete final line that only lacks its newline', () => {
    const file = journal('j.jsonl', [0], []);
    fs.appendFileSync(file, JSON.stringify({ kind: 'finished', trial: trial(0) }));
    expect(readJournal(file).finished).toHaveLength(1);
    JournalWriter.resume(file).started(1, trial(1).params);
    const read = readJournal(file);
    expect(read.finished).toHaveLength(1);
    expect(read.unfinished.map((t) => t.number)).toEqual([1]);
  });

  it('errors on garbage in the middle, naming the line', () => {
    const file = journal('j.jsonl', [0], []);
    fs.appendFileSync(file, 'garbage\n');
    JournalWriter.resume(file).finished(trial(0));
    expect(() => readJournal(file)).toThrow(JournalError);
    expect(() => readJournal(file)).toThrow(/line 3 of the sweep journal .* is not a journal event: "garbage"/);
    // A well-formed JSON line that is no event (a trial missing its state) is garbage too.
    const other = journal('k.jsonl', [0], []);
    fs.appendFileSync(other, JSON.stringify({ kind: 'finished', trial: { ...trial(0), state: 'done' } }) + '\n');
    fs.appendFileSync(other, JSON.stringify({ kind: 'started', number: 1, params: {}, at: 'x' }) + '\n');
    expect(() => readJournal(other)).toThrow(/line 3 /);
  });

  it('errors on a file that is not a journal, or empty', () => {
    const file = path.join(tmp, 'x.jsonl');
    fs.writeFileSync(file, '{"hello": 1}\n');
    expect(() => readJournal(file)).toThrow(/is not a sweep journal/);
    fs.writeFileSync(file, '');
    expect(() => readJournal(file)).toThrow(/is empty/);
    expect(() => readJournal(path.join(tmp, 'missing.jsonl'))).toThrow(/cannot read the sweep journal/);
  });

  it('errors when the config has another space or objective, saying what differs', () => {
    const file = journal('j.jsonl', [0], [0]);
    const changedSpace = { ...SPACE, lr: { type: 'uniform', low: 0, high: 1 } } as const;
    expect(() => readJournal(file, { expect: { space: changedSpace, objective: HEADER.objective } })).toThrow(
      /belongs to a different sweep: the search space differs in lr$/,
    );
    try {
      readJournal(file, { expect: { space: { ...SPACE, batch: { type: 'const', value: 32 } }, objective: { metric: 'loss', goal: 'minimize' } } });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(JournalError);
      expect((error as JournalError).message).toMatch(/objective is "maximize accuracy" in the journal but "minimize loss" in the config; the search space differs in batch/);
      expect((error as JournalError).hint).toMatch(/start a new sweep .* or resume with the config/);
    }
    // Key order and a changed target do not matter.
    const reordered = { 'model.depth': { high: 8, low: 1, type: 'int' }, lr: SPACE.lr } as const;
    expect(() => readJournal(file, { expect: { space: reordered, objective: { goal: 'maximize', metric: 'accuracy', target: 0.99 } as never } })).not.toThrow();
  });

  it('merges shard journals: union by number, duplicates resolved the same whatever the order', () => {
    const a = journal('a.jsonl', [0, 2, 4], [0, 2]);
    const b = journal('b.jsonl', [1, 3, 5], [1, 3, 5]);
    const params: Params = trial(2).params;
    // Shard c re-ran trial 2 (a re-run leg): it failed there.
    const c = path.join(tmp, 'c.jsonl');
    const writer = JournalWriter.create(c, HEADER);
    writer.started(2, params);
    writer.finished(trial(2, { state: 'failed', value: undefined, metrics: {}, reason: 'exited with code 1', exitCode: 1, startedAt: '2024-12-31T00:00:00.000Z' }));
    const logger = new RecordingLogger();
    const merged = mergeJournals([a, b, c], { expect: STUDY, logger });
    expect(merged.finished.map((t) => t.number)).toEqual([0, 1, 2, 3, 5]);
    expect(merged.finished[2].state).toBe('complete');
    expect(merged.unfinished.map((t) => t.number)).toEqual([4]);
    expect(merged.duplicates).toEqual([2]);
    expect(logger.lines.some((l) => l.level === 'warning' && /trial numbers 2 /.test(l.message))).toBe(true);
    expect(mergeJournals([c, b, a]).finished).toEqual(merged.finished);
  });

  it('refuses to merge journals of different sweeps or studies', () => {
    const a = journal('a.jsonl', [0], [0]);
    const b = journal('b.jsonl', [1], [1], { ...HEADER, sweepId: 'sweep-2' });
    expect(() => mergeJournals([a, b])).toThrow(/is of sweep sweep-2, not sweep-1/);
    const c = journal('c.jsonl', [1], [1], { ...HEADER, objective: { metric: 'loss', goal: 'minimize' } });
    expect(() => mergeJournals([a, c])).toThrow(/another space or objective/);
    expect(() => mergeJournals([])).toThrow(/no sweep journals/);
  });
});
