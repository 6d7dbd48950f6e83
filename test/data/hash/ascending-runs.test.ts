import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AscendingRuns } from '../../../src/data/hash/ascending-runs.js';
import { hashNumberPair, pair } from '../../../src/data/hash/cell-hash.js';
import { RecordLog } from '../../../src/data/hash/record-log.js';

describe('AscendingRuns', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'ascending-runs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The log of `values` at their positions, each pushed as a record. */
  function pushedOneByOne(values: [number, number][]) {
    const log = new RecordLog(3, { dir, budgetWords: 1 << 20 }, 'direct');
    for (const [x, position] of values) log.push(hashNumberPair(x), pair.b, position);
    return log.toState();
  }

  it('stands for exactly the records of the values it took: ids with gaps in rows and in values', () => {
    const values: [number, number][] = [];
    for (let position = 0, id = 1000; position < 5000; position++) {
      if (position % 700 === 3) continue; // a missing cell: the next id sits one row further
      id += position % 1100 === 9 ? 5 : 1; // a gap in the ids
      values.push([id, position]);
    }
    values.push([1e9 + 0.5, 6000], [1e9 + 1.5, 6001]); // not integers, still consecutive
    const runs = new AscendingRuns();
    for (const [x, position] of values) expect(runs.add(x, position)).toBe(true);
    expect(runs.toArray().length / 3).toBeLessThan(30); // a few runs, not 5000 records
    const log = new RecordLog(3, { dir, budgetWords: 1 << 20 }, 'runs');
    runs.writeTo(log);
    expect(log.toState().tails).toEqual(pushedOneByOne(values).tails);
  });

  it('refuses a value that does not ascend, a repeat, NaN, an infinity and a run past its limit', () => {
    const runs = new AscendingRuns();
    expect(runs.add(5, 0)).toBe(true);
    expect(runs.add(6, 1)).toBe(true);
    expect(runs.add(6, 2)).toBe(false); // a repeat of the last value
    expect(runs.add(4, 2)).toBe(false);
    expect(runs.add(Number.NaN, 2)).toBe(false);
    expect(runs.add(Number.POSITIVE_INFINITY, 2)).toBe(false);
    expect(runs.add(-Infinity, 0)).toBe(false);
    // past 2^53, x + 1 === x: a repeat there must not extend the run
    const big = new AscendingRuns();
    expect(big.add(2 ** 53, 0)).toBe(true);
    expect(big.add(2 ** 53, 1)).toBe(false);
    expect(Array.from(runs.toArray())).toEqual([5, 0, 2]);
    const sparse = new AscendingRuns();
    let kept = 0;
    while (sparse.add(kept * 10, kept)) kept++; // timestamps: each value its own run
    expect(kept).toBe(4097);
  });
});
