/**
 * The kernel parses and hashes cells exactly as the JS code it stands in for: the same value,
 * state and hash pair for every cell of random columns full of near-misses (signs, dots, exponents,
 * 16+ digits, bad dates, leap days, NA spellings), and the same text hashes.
 */
import { readCsv } from '../../../src/data/readers/csv/csv-reader.js';
import type { TextBatch } from '../../../src/data/readers/csv/text-batch.js';
import type { TextCells } from '../../../src/data/readers/csv/text-cells.js';
import { NaMatcher } from '../../../src/data/values/na-matcher.js';
import { parseBool, parseFloat64, parseInt64 } from '../../../src/data/values/parse-number.js';
import { parseIsoDate } from '../../../src/data/values/parse-date.js';
import { VALID_HASHED, parseTextColumn } from '../../../src/data/values/parse-text.js';
import { VALID } from '../../../src/data/values/parse-column.js';
import { DEFAULT_NA_VALUES } from '../../../src/data/schema/resolved.js';
import { SEED_A, SEED_B, fmix, hashNumberPair, hashTextInto, pair, step } from '../../../src/data/hash/cell-hash.js';
import { csvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { tempDir } from '../readers/helpers.js';
import { rng } from '../profile/helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}

function numberText(rand: () => number): string {
  const k = rand();
  const sign = rand() < 0.2 ? '-' : rand() < 0.05 ? '+' : '';
  if (k < 0.3) return sign + digits(rand, 1 + Math.floor(rand() * 18));
  if (k < 0.6) return `${sign}${digits(rand, Math.floor(rand() * 9))}.${digits(rand, Math.floor(rand() * 9))}`;
  const odd = ['', '-', '+', '.', '-0', '0.0', '-0.0', '1e5', '2.5E-3', '1.2.3', ' 7', '7 ', 'NaN', 'inf', '-Infinity', 'NA', 'null', '0x1f', '1_000', '12a', '-.5', '5.', '-999', '999999999999999', '9999999999999999', '0.1234567890123456789012', '１２', '−5', '5€', '٣', '1ĭ'];
  return odd[Math.floor(rand() * odd.length)];
}

function dateText(rand: () => number): string {
  const k = rand();
  if (k < 0.7) {
    const y = [1899, 1900, 1970, 2000, 2024, 2100, 2199, 2200, 99, 1][Math.floor(rand() * 10)];
    const m = Math.floor(rand() * 14);
    const d = Math.floor(rand() * 33);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2024-1-05', '2024/01/05', '', 'NA', '20240105', '2024-01-05T00:00:00Z', '2024-01-0a', '2024‐01‐05', '２024-01-05'][Math.floor(rand() * 13)];
}

function boolText(rand: () => number): string {
  return ['true', 'false', '1', '0', 'True', 'FALSE', 'yes', 'n', '', 'NA', 'tru', '2'][Math.floor(rand() * 12)];
}

function textValue(rand: () => number): string {
  const n = Math.floor(rand() * 20);
  let s = '';
  // printable ASCII, and in one value in three UTF-8 text: Latin-1 (up to ÿ, U+00FF), code units
  // whose low byte is a comma or a line feed (U+012C, U+010A), Hangul, CJK, emoji (surrogate pairs)
  const wide = rand() < 0.3 ? ['é', 'ÿ', 'Ĭ', 'Ċ', '한', '東京', '😀', '👍🏽'] : [];
  for (let i = 0; i < n; i++) s += wide.length > 0 && rand() < 0.3 ? wide[Math.floor(rand() * wide.length)] : String.fromCharCode(32 + Math.floor(rand() * 95));
  if (rand() < 0.9) return s.replace(/[",]/g, ''); // plain
  return `"${s.replace(/"/g, '""')}"`; // quoted, maybe escaped
}

const KINDS = [
  { name: 'float', parse: parseFloat64, make: numberText },
  { name: 'int', parse: parseInt64, make: numberText },
  { name: 'date', parse: parseIsoDate, make: dateText },
  { name: 'bool', parse: parseBool, make: boolText },
];

async function compareFile(seed: number, naValues: string[]): Promise<{ kernelCells: number }> {
  const rand = rng(seed);
  const lines = ['f,i,d,b,t'];
  for (let r = 0; r < 3000; r++) lines.push([numberText(rand), numberText(rand), dateText(rand), boolText(rand), textValue(rand)].join(','));
  const file = tmp.file(`v${seed}.csv`, `${lines.join('\n')}\n`);
  const na = new NaMatcher(new Set(naValues));
  let kernelCells = 0;
  const problems: string[] = [];
  for await (const batch of readCsv(file, { chunkBytes: 4096, batchRows: 100 })) {
    const t = (batch as TextBatch).text;
    const n = batch.rowCount;
    const inJs: TextCells = { ...t, kernelGeneration: undefined };
    for (const [c, kind] of KINDS.entries()) {
      const values = new Float64Array(n);
      const states = new Uint8Array(n);
      const hashA = new Uint32Array(n);
      const hashB = new Uint32Array(n);
      parseTextColumn(kind.parse, t, c, n, na, values, states, hashA, hashB);
      const jsValues = new Float64Array(n);
      const jsStates = new Uint8Array(n);
      parseTextColumn(kind.parse, inJs, c, n, na, jsValues, jsStates, new Uint32Array(n), new Uint32Array(n));
      for (let i = 0; i < n; i++) {
        const state = states[i] === VALID_HASHED ? VALID : states[i];
        const where = () => `${kind.name} ${JSON.stringify(batch.cells[c][i])}`;
        if (state !== jsStates[i]) problems.push(`${where()}: state ${states[i]}, JS ${jsStates[i]}`);
        else if (state === VALID && !Object.is(values[i], jsValues[i])) problems.push(`${where()}: ${values[i]}, JS ${jsValues[i]}`);
        if (states[i] === VALID_HASHED) {
          kernelCells++;
          const a = hashNumberPair(values[i]);
          if (hashA[i] !== a || hashB[i] !== pair.b) problems.push(`${where()}: hash ${hashA[i]}/${hashB[i]}, JS ${a}/${pair.b}`);
        }
      }
    }
    // text hashes of the quoted, escaped and plain cells of the last column
    if (t.kernelGeneration === undefined) continue;
    const kernel = csvKernel()!;
    const outA = new Uint32Array(n);
    const outB = new Uint32Array(n);
    expect(kernel.hashTexts(t.kernelGeneration, t.starts[4], t.ends[4], n, outA, outB)).toBe(true);
    const oneA = new Uint32Array(1);
    const oneB = new Uint32Array(1);
    for (let i = 0; i < n; i++) {
      if (t.ends[4][i] < 0) continue; // escaped cells are JS's
      hashTextInto(t.text, t.starts[4][i], t.ends[4][i], oneA, oneB, 0);
      if (outA[i] !== oneA[0] || outB[i] !== oneB[0]) problems.push(`text ${JSON.stringify(batch.cells[4][i])}: hash differs`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
  return { kernelCells };
}

describe('CSV kernel: same values and hashes as the JS parsers', () => {
  test('random numbers, dates and booleans with the default NA spellings', async () => {
    let kernelCells = 0;
    for (let seed = 1; seed <= 4; seed++) kernelCells += (await compareFile(seed, [...DEFAULT_NA_VALUES])).kernelCells;
    // the kernel did parse most cells (otherwise this test would compare JS with itself)
    expect(kernelCells).toBeGreaterThan(20000);
  });

  test('an NA spelling that is a number keeps the column on the JS path, so it stays missing', async () => {
    const { kernelCells } = await compareFile(9, ['', 'NA', '-999', '1', 'true', '2024-02-29']);
    // ints, floats, bools and dates all have an NA spelling of their kind: the kernel parses none
    expect(kernelCells).toBe(0);
  });

  test('a text is no longer the kernel\'s once another is loaded: the caller is told to use JS', async () => {
    const kernel = csvKernel()!;
    const generation = kernel.loadText(Buffer.from('1,2\n'));
    kernel.loadText(Buffer.from('3,4\n'));
    const values = new Float64Array(1);
    expect(kernel.parseNumbers(generation, 1, Int32Array.of(0), Int32Array.of(1), 1, values, new Uint8Array(1))).toBe(false);
    expect(kernel.hashTexts(generation, Int32Array.of(0), Int32Array.of(1), 1, new Uint32Array(1), new Uint32Array(1))).toBe(false);
  });
});

describe('CSV kernel: row hashes', () => {
  test('foldRows gives the JS fold (step per column, then fmix) for 0, 1 and 12 columns and any row count', () => {
    const kernel = csvKernel()!;
    kernel.reserve(0, 64);
    const rand = rng(5);
    for (const columns of [0, 1, 12]) {
      for (const n of [1, 3, 4, 5, 63]) {
        const cellsA = Array.from({ length: columns }, () => Uint32Array.from({ length: 64 }, () => (rand() * 2 ** 32) >>> 0));
        const cellsB = Array.from({ length: columns }, () => Uint32Array.from({ length: 64 }, () => (rand() * 2 ** 32) >>> 0));
        const outA = new Uint32Array(64);
        const outB = new Uint32Array(64);
        expect(kernel.foldRows(cellsA, cellsB, n, outA, outB)).toBe(true);
        for (let i = 0; i < n; i++) {
          let a = SEED_A;
          let b = SEED_B;
          for (let c = 0; c < columns; c++) {
            a = step(a, cellsA[c][i]);
            b = step(b, cellsB[c][i]);
          }
          expect([columns, n, i, outA[i], outB[i]]).toEqual([columns, n, i, fmix(a), fmix(b)]);
        }
        expect(outA[n]).toBe(0); // nothing written past the rows asked for
      }
    }
    // more rows than reserved: the caller is told to fold in JS
    expect(kernel.foldRows([], [], 1 << 20, new Uint32Array(1), new Uint32Array(1))).toBe(false);
  });
});
