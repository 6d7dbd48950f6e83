import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runHashJobs, type HashJob } from '../../../src/data/checks/hash-checks.js';
import { RecordLog } from '../../../src/data/hash/record-log.js';
import { shareHashJobs } from '../../../src/data/parallel/hash-share.js';
import type { RangeHelper } from '../../../src/data/parallel/worker.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-hash-share-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** 3000 records over 1000 values (every value three times), spilled in small chunks. */
function jobs(): HashJob[] {
  const log = new RecordLog(3, { dir, budgetWords: 300 }, 'share');
  for (let position = 0; position < 3000; position++) {
    const value = (position * 7919) % 1000;
    log.push(Math.imul(value + 1, 0x9e3779b1) >>> 0, value, position);
  }
  return [{ kind: 'repeats', stream: [{ state: log.toState(), offset: 0 }] }];
}

/** A helper that runs its share in this thread, as a worker would. */
const inProcess: RangeHelper = { share: async (j, from, to) => runHashJobs(j, from, to), close: () => undefined };
const broken: RangeHelper = { share: async () => Promise.reject(new Error('the helper worker exited with code 1')), close: () => undefined };

describe('shareHashJobs', () => {
  it('gives the findings of one thread: counts add up, the first 20 by position are kept', async () => {
    const expected = runHashJobs(jobs());
    expect(expected[0][0].count).toBe(2000);
    expect(await shareHashJobs([inProcess])(jobs()).finish()).toEqual(expected);
    expect(await shareHashJobs([inProcess, inProcess, inProcess])(jobs()).finish()).toEqual(expected);
  });

  it('runs the share of a helper that fails in this thread instead', async () => {
    expect(await shareHashJobs([broken, inProcess])(jobs()).finish()).toEqual(runHashJobs(jobs()));
  });
});
