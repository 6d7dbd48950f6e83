import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PARTITIONS, RecordLog } from '../../../src/data/hash/record-log.js';
import { PartitionReader } from '../../../src/data/hash/partition-reader.js';

describe('PartitionReader', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'partition-reader-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A part's log of `rows` records [a, b, position, c, d], spilled every `budget` words. */
  function part(rows: number, budget: number, seed: number) {
    const log = new RecordLog(5, { dir, budgetWords: budget }, `p${seed}`);
    const records: number[][] = [];
    let s = seed;
    for (let r = 0; r < rows; r++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const record = [s, (s ^ 0x5bd1e995) >>> 0, r, seed, r ^ seed];
      log.push5(record[0], record[1], record[2], record[3], record[4]);
      records.push(record);
    }
    return { state: log.toState(), records };
  }

  it('gives every partition of several spilled parts, in part and row order, whatever the group size', () => {
    const parts = [part(60000, 640, 1), part(3000, 1 << 22, 2), part(40000, 256, 3), part(20000, 1 << 22, 4)];
    const offsets = [0, 60000, 63000, 103000];
    const stream = parts.map(({ state }, i) => ({ state, offset: offsets[i] }));
    expect(parts[0].state.spilled.length).toBeGreaterThan(PARTITIONS); // spilled several chunks
    expect(parts[1].state.spilled.length).toBe(0); // held in memory
    // under its budget, but more than a finished part keeps in memory: written out as one chunk
    expect(parts[3].state.spilled.length).toBe(PARTITIONS);
    expect(parts[3].state.tails.every((tail) => tail.length === 0)).toBe(true);
    const expected = (p: number) =>
      parts.flatMap(({ records }, i) => records.filter((r) => r[0] >>> 26 === p).map((r) => [r[0], r[1], r[2] + offsets[i], r[3], r[4]]));
    for (const groupBytes of [1, 4096, 1 << 30]) {
      for (const [from, to] of [[0, PARTITIONS], [10, 29]]) {
        const reader = new PartitionReader(stream, to, groupBytes);
        for (let p = from; p < to; p++) {
          const { records, count } = reader.read(p);
          const got = Array.from({ length: count }, (_, k) => Array.from(records.subarray(k * 5, k * 5 + 5)));
          expect([groupBytes, p, got]).toEqual([groupBytes, p, expected(p)]);
        }
      }
    }
  });
});
