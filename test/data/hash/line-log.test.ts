import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LineLog, lineAt } from '../../../src/data/hash/line-log.js';

describe('LineLog', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'line-log-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Lines of `rows` rows: mostly consecutive, with blank lines and multi-line rows now and then. */
  function lines(rows: number, breakEvery: number): Int32Array {
    const out = new Int32Array(rows);
    let line = 2;
    for (let r = 0; r < rows; r++) {
      out[r] = line;
      line += r % breakEvery === breakEvery - 1 ? 3 : 1;
    }
    return out;
  }

  it.each([
    ['kept in memory', 1 << 16, 7],
    ['spilled to disk (4-word budget)', 4, 5],
    ['a break on every row, spilled', 4, 1],
  ])('gives back the line of every row when %s', (_, budgetWords, breakEvery) => {
    const all = lines(1000, breakEvery);
    const log = new LineLog({ dir, budgetWords });
    // batches of uneven sizes, as a reader hands them over
    for (let at = 0, size = 1; at < all.length; at += size, size = (size * 7) % 61 || 1) log.pushMany(all.subarray(at, Math.min(all.length, at + size)), Math.min(size, all.length - at));
    const state = log.toState();
    for (let r = 0; r < all.length; r++) expect(lineAt(state, r)).toBe(all[r]);
    if (budgetWords === 4) expect(state.spilled).toBeGreaterThan(0);
  });

  it('writes nothing to disk for a file whose rows follow line by line', () => {
    const log = new LineLog({ dir, budgetWords: 4 });
    for (let k = 0; k < 100; k++) log.pushMany(Int32Array.from({ length: 50 }, (_, i) => 2 + k * 50 + i), 50);
    const state = log.toState();
    expect(state.tail).toEqual(Int32Array.from([0, 2]));
    expect(readdirSync(dir)).toEqual([]);
    expect(lineAt(state, 4999)).toBe(5001);
  });
});
