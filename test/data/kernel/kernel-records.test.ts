/**
 * The kernel groups a batch's hash records by partition (partitionRecords) and the log appends
 * them (pushPartitioned): every partition must then hold the records push() one at a time gives,
 * in the same order, whether the log stays in memory or spills in small chunks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PARTITIONS, RecordLog, type RecordLogState } from '../../../src/data/hash/record-log.js';
import { PartitionReader } from '../../../src/data/hash/partition-reader.js';
import { csvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { rng } from '../profile/helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-kernel-records-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every partition's records, in order, as the hash checks read them. */
function partitions(state: RecordLogState): number[][] {
  const reader = new PartitionReader([{ state, offset: 0 }], PARTITIONS);
  return Array.from({ length: PARTITIONS }, (_, p) => {
    const { records, count } = reader.read(p);
    return Array.from(records.subarray(0, count * state.width));
  });
}

const VALID = 3;

describe('CSV kernel: hash records grouped by partition', () => {
  test.each([
    [3, 1 << 20],
    [5, 1 << 20],
    [3, 100],
    [5, 333],
  ])('width %d, budget %d words: the records of push() one by one, partition by partition', (width, budgetWords) => {
    const kernel = csvKernel()!;
    kernel.reserve(0, 2048);
    const rand = rng(width * budgetWords);
    const spill = { dir, budgetWords };
    const bulk = new RecordLog(width, spill, 'bulk');
    const single = new RecordLog(width, spill, 'single');
    let first = 0;
    for (const n of [1, 7, 2048, 100, 0, 2000, 64, 1500, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048, 2048]) {
      const words = () => Uint32Array.from({ length: n }, () => Math.floor(rand() * 2 ** 32));
      const [a, b, c, d] = [words(), words(), words(), words()];
      // some rows logged, some not (a unique check logs only valid cells)
      const filtered = rand() < 0.5;
      const states = Uint8Array.from({ length: n }, () => (rand() < 0.8 ? VALID : 1));
      const records = kernel.partitionRecords(n, first, a, b, width === 5 ? c : undefined, width === 5 ? d : undefined, filtered ? states : undefined, VALID)!;
      bulk.pushPartitioned(records);
      for (let i = 0; i < n; i++) {
        if (filtered && states[i] !== VALID) continue;
        if (width === 5) single.push5(a[i], b[i], first + i, c[i], d[i]);
        else single.push(a[i], b[i], first + i);
      }
      first += n;
    }
    const expected = partitions(single.toState());
    expect(expected.filter((p) => p.length > 0).length).toBe(PARTITIONS);
    const state = bulk.toState();
    expect(partitions(state)).toEqual(expected);
    // a small budget spills in chunks, as push() does; a large one nothing while records come in,
    // and one chunk when the part ends (more than a finished part keeps in memory)
    if (budgetWords < 1000) expect(state.spilled.length).toBeGreaterThanOrEqual(PARTITIONS);
    else expect(state.spilled.length).toBe(PARTITIONS);
  });

  test('a batch larger than the kernel reserved for is left to the caller', () => {
    const kernel = csvKernel()!;
    kernel.reserve(0, 2048);
    const big = new Uint32Array(1 << 20);
    expect(kernel.partitionRecords(1 << 20, 0, big, big)).toBeUndefined();
  });

  test('records of another width are refused', () => {
    const kernel = csvKernel()!;
    kernel.reserve(0, 2048);
    const log = new RecordLog(5, { dir, budgetWords: 1 << 20 }, 'width');
    const a = new Uint32Array(4);
    expect(() => log.pushPartitioned(kernel.partitionRecords(4, 0, a, a)!)).toThrow(/width 3 for a log of width 5/);
  });
});
