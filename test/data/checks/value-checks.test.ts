/**
 * The table of per-value checks (src/data/checks/value-checks.ts) decides what runs: a check added
 * the documented way (schema key, descriptor, test of one value: `multiple_of`) runs on every value
 * of kernel-parsed CSV, because the kernel's number fast path asks the table and stays off for it;
 * and gives the same part state as the JS loop.
 */
import { isDeepStrictEqual } from 'node:util';
import { readCsv } from '../../../src/data/readers/csv/csv-reader.js';
import { analyzePart } from '../../../src/data/parts/read-part.js';
import { loadSchemaFile, loadSchemaFromRaw } from '../../../src/data/schema/load-schema.js';
import type { RawDataSchema } from '../../../src/data/schema/raw-schema.js';
import type { PartOptions, PartState } from '../../../src/data/checks/part-analyzer.js';
import { CsvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { columnCheckResults } from '../../../src/data/checks/check-results.js';
import { VALUE_CHECKS, type ValueCheckDescriptor } from '../../../src/data/checks/value-checks.js';
import { Tally } from '../../../src/data/checks/tally.js';
import { tempDir } from '../readers/helpers.js';
import { rng } from '../profile/helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// `multiple_of` is not in RawColumn's type: a descriptor reads its own key
const SCHEMA = {
  columns: {
    m: { type: 'int', multiple_of: 5 },
    q: { type: 'float', multiple_of: { value: 0.25, mostly: 0.9, severity: 'warning' }, between: { min: -100, max: 100 } },
    c: { type: 'int', min: 0, max: 1000 },
  },
} as unknown as RawDataSchema;

/** 4,000 rows: m and q hold multiples but for about one cell in 50; c is a plain int column. */
function csv(seed: number): { text: string; offM: number; offQ: number } {
  const rand = rng(seed);
  const lines = ['m,q,c'];
  let offM = 0;
  let offQ = 0;
  for (let r = 0; r < 4000; r++) {
    const m = Math.floor(rand() * 200) * 5 + (rand() < 0.02 ? (offM++, 1 + Math.floor(rand() * 4)) : 0);
    const q = (Math.floor(rand() * 400) - 200) / 4 + (rand() < 0.02 ? (offQ++, 0.1) : 0);
    lines.push(`${m},${q.toFixed(2)},${Math.floor(rand() * 1001)}`);
  }
  return { text: `${lines.join('\n')}\n`, offM, offQ };
}

async function part(file: string, kernel: boolean): Promise<PartState> {
  const schema = loadSchemaFromRaw(SCHEMA, {}).resolved;
  const options: PartOptions = { batchRows: 256, rowHashes: false, spill: { dir: tmp.dir, budgetWords: 1 << 24 } };
  return analyzePart(file, readCsv(file, { batchRows: 256, chunkBytes: 256 * 128, kernel }), schema, options);
}

/** Counts the kernel's number summaries. */
function countSummaries(): { answered: number; restore(): void } {
  const prototype = CsvKernel.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = prototype.summarizeNumbers;
  const counts = { answered: 0, restore: () => (prototype.summarizeNumbers = original) };
  prototype.summarizeNumbers = function (this: CsvKernel, ...args: unknown[]) {
    const summary = original.apply(this, args);
    if (summary) counts.answered++;
    return summary;
  };
  return counts;
}

describe('value checks: the table decides what runs', () => {
  test('multiple_of runs on every value of kernel-parsed CSV, as in the JS loop', async () => {
    for (const seed of [1, 2]) {
      const { text, offM, offQ } = csv(seed);
      const file = tmp.file(`m${seed}.csv`, text);
      const counts = countSummaries();
      let withKernel: PartState;
      try {
        withKernel = await part(file, true);
      } finally {
        counts.restore();
      }
      const inJs = await part(file, false);
      // the kernel summarized c's batches (its checks allow it); m and q were looked at value by value
      expect(counts.answered).toBeGreaterThan(10);
      const tally = (state: PartState, column: string) => state.analyzers.find((a) => a.name === column)!.tallies.multiple_of!;
      expect(tally(withKernel, 'm').unexpected).toBe(offM);
      expect(tally(withKernel, 'q').unexpected).toBe(offQ);
      expect(Number(tally(withKernel, 'm').examples[0].value) % 5).not.toBe(0);
      if (!isDeepStrictEqual(withKernel, inJs)) expect(withKernel).toEqual(inJs);
    }
  });

  test('its results: expectation, mostly and severity from the schema key', () => {
    const schema = loadSchemaFromRaw(SCHEMA, {}).resolved;
    const tally = new Tally();
    for (let k = 0; k < 5; k++) tally.record('f.csv', k + 1, k + 2, 0.1);
    const counts = { elementCount: 100, missingCount: 0, validCount: 100, tallies: { multiple_of: tally } };
    const q = columnCheckResults(schema.byName.get('q')!, counts, undefined).find((r) => r.check === 'multiple_of')!;
    expect(q).toMatchObject({ id: 'column.q.multiple_of', severity: 'warning', success: true, expectation: 'a multiple of 0.25 (mostly 0.9)', unexpectedCount: 5, unexpectedPercent: 5 });
  });

  test('the schema says where multiple_of applies', async () => {
    const bad = { columns: { s: { type: 'string', multiple_of: 2 } } } as unknown as RawDataSchema;
    expect(() => loadSchemaFromRaw(bad, {})).toThrow(/multiple_of applies to int and float columns; "s" is string/);
    const file = tmp.file('zero.yml', 'columns:\n  m:\n    type: int\n    multiple_of: 0\n');
    await expect(loadSchemaFile(file)).rejects.toThrow(/multiple_of/);
  });

  test('every descriptor tallied by a rule keeps the number and free-text fast paths off and resolves itself', () => {
    for (const check of VALUE_CHECKS as readonly ValueCheckDescriptor[]) {
      if (check.tally !== 'rule') continue;
      expect([check.kind, check.fastPaths.numbers, check.fastPaths.freeTexts]).toEqual([check.kind, false, false]);
      expect(typeof check.resolve).toBe('function');
    }
  });
});
