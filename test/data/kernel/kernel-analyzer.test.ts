/**
 * Number columns the kernel parsed are profiled and bound-checked by it (summarizeNumbers): the
 * part's state - counts, tallies with their examples, moments, quantile sketch, HyperLogLog
 * registers, row hashes - must be exactly the one the JS loop gives, whatever mix of missing,
 * invalid, out-of-bounds and JS-parsed cells a batch holds, and when the kernel runs out of
 * HyperLogLog registers.
 */
import { isDeepStrictEqual } from 'node:util';
import { readCsv } from '../../../src/data/readers/csv-reader.js';
import { analyzePart } from '../../../src/data/validate/read-part.js';
import { loadSchemaFromRaw } from '../../../src/data/schema/load-schema.js';
import type { RawDataSchema } from '../../../src/data/schema/raw-schema.js';
import type { PartOptions, PartState } from '../../../src/data/checks/part-analyzer.js';
import { CsvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { tempDir } from '../readers/helpers.js';
import { rng } from '../profile-helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Mostly plain values in bounds; `odd` of the cells missing, invalid, out of bounds or spelled for the JS parser. */
function cell(rand: () => number, kind: 'float' | 'int' | 'date' | 'bool', odd: number): string {
  if (rand() < odd) {
    const oddities = {
      float: ['', 'NA', 'abc', '999.5', '-1000', '1e1', 'NaN', '-0', '0.0'],
      int: ['', 'null', '12a', '500', '-3', '2e1', '7.0'],
      date: ['', 'NA', '2024-13-01', '1999-12-31', '2031-01-01', '2024/01/05', '2024-02-30'],
      bool: ['', 'NA', 'yes', 'True', 'maybe'],
    }[kind];
    return oddities[Math.floor(rand() * oddities.length)];
  }
  if (kind === 'float') return (rand() * 100 - 50).toFixed(Math.floor(rand() * 4));
  if (kind === 'int') return String(Math.floor(rand() * 101));
  if (kind === 'date') return `20${String(10 + Math.floor(rand() * 20))}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`;
  return rand() < 0.3 ? 'true' : 'false';
}

const SCHEMA: RawDataSchema = {
  columns: {
    f: { type: 'float', not_null: true, between: { min: -50, max: 50 } },
    g: { type: 'float' },
    i: { type: 'int', min: 0, max: 100 },
    d: { type: 'date', format: '%Y-%m-%d', min: '2010-01-01', max: '2029-12-31' },
    b: { type: 'bool', not_null: true },
    s: { type: 'string' },
  },
  dataset: { duplicate_rows: 'warning' },
};

/** Rows where every `oddEvery`-th block of 200 rows has odd cells (the rest: batches the kernel does alone). */
function csv(seed: number, rows: number): string {
  const rand = rng(seed);
  const lines = ['f,g,i,d,b,s'];
  for (let r = 0; r < rows; r++) {
    const odd = Math.floor(r / 200) % 3 === 0 ? 0 : Math.floor(r / 200) % 3 === 1 ? 0.02 : 0.3;
    lines.push([cell(rand, 'float', odd), cell(rand, 'float', odd), cell(rand, 'int', odd), cell(rand, 'date', odd), cell(rand, 'bool', odd), `s${Math.floor(rand() * 50)}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function part(file: string, raw: RawDataSchema, kernel: boolean, rowHashes: boolean): Promise<PartState> {
  const schema = loadSchemaFromRaw(raw, {}).resolved;
  // a budget no test file reaches: nothing spills, so logs compare by content
  const options: PartOptions = { batchRows: 128, rowHashes, spill: { dir: tmp.dir, budgetWords: 1 << 24 } };
  return analyzePart(file, readCsv(file, { batchRows: 128, chunkBytes: 8192, kernel }), schema, options);
}

/** toEqual, fast for large typed arrays (jest's own comparison is then only for the message). */
function expectSame(actual: PartState, expected: PartState): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** Calls of the kernel's summary, and how many it answered. */
function countSummaries(): { calls: number; answered: number; restore(): void } {
  const original = CsvKernel.prototype.summarizeNumbers;
  const counts = { calls: 0, answered: 0, restore: () => (CsvKernel.prototype.summarizeNumbers = original) };
  CsvKernel.prototype.summarizeNumbers = function (this: CsvKernel, ...args: Parameters<CsvKernel['summarizeNumbers']>) {
    counts.calls++;
    const summary = original.apply(this, args);
    if (summary) counts.answered++;
    return summary;
  };
  return counts;
}

describe('CSV kernel: number columns profiled and checked by the kernel', () => {
  test.each([true, false])('the same part state as the JS loop (row hashes %s)', async (rowHashes) => {
    for (const seed of [1, 2, 3]) {
      const file = tmp.file(`a${seed}.csv`, csv(seed, 3000));
      const counts = countSummaries();
      let withKernel: PartState;
      try {
        withKernel = await part(file, SCHEMA, true, rowHashes);
      } finally {
        counts.restore();
      }
      const inJs = await part(file, SCHEMA, false, rowHashes);
      expectSame(withKernel, inJs);
      // the kernel did summarize (batches with JS-parsed values fall back to the loop)
      expect(counts.answered).toBeGreaterThan(50);
      const f = inJs.analyzers.find((a) => a.name === 'f')!;
      expect(f.tallies.between!.unexpected).toBeGreaterThan(0);
      expect(f.tallies.not_null!.unexpected).toBeGreaterThan(0);
      expect(f.tallies.type!.unexpected).toBeGreaterThan(0);
    }
  });

  test('more number columns than the kernel has HyperLogLog registers for: the rest take the JS loop, same state', async () => {
    const columns: RawDataSchema['columns'] = {};
    const names = Array.from({ length: 66 }, (_, k) => `x${k}`);
    for (const name of names) columns[name] = { type: 'int', between: { min: 0, max: 90 } };
    const rand = rng(9);
    const lines = [names.join(',')];
    for (let r = 0; r < 300; r++) lines.push(names.map(() => cell(rand, 'int', 0.01)).join(','));
    const file = tmp.file('wide.csv', `${lines.join('\n')}\n`);
    const raw: RawDataSchema = { columns };
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const counts = countSummaries();
      try {
        expectSame(await part(file, raw, true, true), await part(file, raw, false, true));
      } finally {
        counts.restore();
      }
      runs.push(counts.answered);
    }
    // the registers are given back when a part ends: every run summarizes as much as the first
    expect(runs[0]).toBeGreaterThan(0);
    expect(runs).toEqual([runs[0], runs[0], runs[0]]);
  });

  test('a part that fails gives its registers back', async () => {
    const columns: RawDataSchema['columns'] = {};
    const names = Array.from({ length: 40 }, (_, k) => `x${k}`);
    for (const name of names) columns[name] = { type: 'int' };
    const rows = Array.from({ length: 300 }, (_, r) => names.map((_, k) => String(r + k)).join(','));
    const good = tmp.file('good.csv', `${names.join(',')}\n${rows.join('\n')}\n`);
    const bad = tmp.file('bad.csv', `${names.join(',')}\n${rows.join('\n')}\n1,2,3\n`);
    const raw: RawDataSchema = { columns };
    const answered = async (): Promise<number> => {
      const counts = countSummaries();
      try {
        await part(good, raw, true, false);
      } finally {
        counts.restore();
      }
      return counts.answered;
    };
    const before = await answered();
    // 40 columns of 64 registers: if the failed part kept its 40, the next one would get 24
    await expect(part(bad, raw, true, false)).rejects.toThrow(/column|field|row/i);
    await expect(part(bad, raw, true, false)).rejects.toThrow(/column|field|row/i);
    expect(await answered()).toBe(before);
  });
});
