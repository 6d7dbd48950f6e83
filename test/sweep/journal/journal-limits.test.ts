/**
 * Journals are read back on resume and, in a matrix, arrive as other jobs' artifacts: a hostile or
 * corrupt one is a located JournalError, never a crash or a hang (issue #16).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JournalError, JournalWriter, readJournal, type NewJournalHeader } from '../../../src/sweep/journal/index.js';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-journal-limits-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEADER: NewJournalHeader = {
  sweepId: 'sweep-1',
  configDigest: 'sha256:abc',
  space: { lr: { type: 'uniform', low: 0, high: 1 } },
  objective: { metric: 'accuracy', goal: 'maximize' },
  seed: 7,
  method: 'random',
};

function journalError(run: () => unknown): JournalError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(JournalError);
    return error as JournalError;
  }
  throw new Error('no error');
}

it('a line nested 200,000 deep in the middle is a corrupt line, named; at the end it is a torn line', () => {
  const file = path.join(tmp, 'journal.jsonl');
  JournalWriter.create(file, HEADER);
  const deep = JSON.stringify({ kind: 'started', number: 0, params: { lr: 0.5 }, at: 'now', extra: 0 }).replace('0}', '[' + '['.repeat(200000) + ']'.repeat(200000) + ']}');
  fs.appendFileSync(file, deep + '\n');
  const last = readJournal(file);
  expect(last.warnings).toEqual([expect.stringMatching(/ignored the unreadable last line 2/)]);
  fs.appendFileSync(file, JSON.stringify({ kind: 'started', number: 1, params: { lr: 0.1 }, at: 'now' }) + '\n');
  const error = journalError(() => readJournal(file));
  expect(error.message).toMatch(/^line 2 of the sweep journal .* is not a journal event/);
  expect(error.location).toEqual({ file, line: 2 });
});

it('a header whose space is nested 200,000 deep is not a journal (no stack overflow on its digest)', () => {
  const file = path.join(tmp, 'journal.jsonl');
  const header = JSON.stringify({ kind: 'header', version: 1, sweepId: 's', configDigest: 'c', studyDigest: 'd', space: { x: 'DEEP' }, objective: HEADER.objective, seed: 1, method: 'random', createdAt: 'now' });
  fs.writeFileSync(file, header.replace('"DEEP"', '['.repeat(200000) + ']'.repeat(200000)) + '\n');
  const error = journalError(() => readJournal(file, { expect: { space: HEADER.space, objective: HEADER.objective } }));
  expect(error.message).toMatch(/is not a sweep journal/);
});

it('a journal larger than the cap is refused, naming the limit', () => {
  const file = path.join(tmp, 'journal.jsonl');
  JournalWriter.create(file, HEADER);
  for (let n = 0; n < 50; n++) fs.appendFileSync(file, JSON.stringify({ kind: 'started', number: n, params: { lr: 0.5 }, at: 'now' }) + '\n');
  const error = journalError(() => readJournal(file, { maxBytes: 2000 }));
  expect(error.message).toBe(`sweep journal ${file} is larger than the 2 KiB limit`);
  expect(error.hint).toMatch(/ordinary file of at most 2 KiB/);
});

it.each([
  ['a FIFO', (file: string) => execFileSync('mkfifo', [file])],
  ['a link to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file)],
  ['a folder', (file: string) => fs.mkdirSync(file)],
])('a journal that is %s is refused at once, for reading and for resuming', (_what, make) => {
  const file = path.join(tmp, 'journal.jsonl');
  make(file);
  for (const run of [() => readJournal(file), () => JournalWriter.resume(file)]) {
    const error = journalError(run);
    expect(error.message).toMatch(/^sweep journal .*journal\.jsonl is a .*, not a regular file$/);
    expect(error.location).toEqual({ file });
  }
});
