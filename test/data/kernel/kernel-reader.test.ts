/**
 * The WebAssembly kernel tokenizes CSV exactly as the JS parser does: same batches, rows, lines,
 * cell values and errors, on random files full of the cases it leaves to JS (quotes, `""`, line
 * breaks in fields, CRLF, blank lines, ragged rows) and on the benchmark's kind of data.
 */
import { openSync, readSync, closeSync, existsSync } from 'node:fs';
import { csvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { readCsv } from '../../../src/data/readers/csv/csv-reader.js';
import type { CsvOptions } from '../../../src/data/readers/csv/csv-options.js';
import type { TextBatch } from '../../../src/data/readers/csv/text-batch.js';
import { tempDir } from '../readers/helpers.js';
import { rng } from '../profile/helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function randomField(rand: () => number): string {
  const k = rand();
  if (k < 0.3) return String(Math.floor(rand() * 100000) - 5000);
  if (k < 0.45) return (rand() * 1000 - 500).toFixed(Math.floor(rand() * 4));
  if (k < 0.55) return '';
  if (k < 0.62) return `"a, ${Math.floor(rand() * 10)}"`;
  if (k < 0.66) return '"say ""hi"""';
  if (k < 0.69) return '"two\nlines"';
  if (k < 0.72) return '5" disk';
  if (k < 0.74) return '"a"b';
  if (k < 0.76) return '""';
  if (k < 0.78) return '"x"\r';
  return ['red', 'green', 'blue', 'NA', 'x y z'][Math.floor(rand() * 5)];
}

function randomCsv(seed: number, rows: number, cols: number): string {
  const rand = rng(seed);
  const lines = [Array.from({ length: cols }, (_, c) => `c${c}`).join(',')];
  for (let r = 0; r < rows; r++) {
    const k = rand();
    if (k < 0.02) lines.push('');
    else if (k < 0.03) lines.push(Array.from({ length: cols + 1 }, () => 'x').join(',')); // ragged
    else lines.push(Array.from({ length: cols }, () => randomField(rand)).join(','));
  }
  const eol = seed % 2 === 0 ? '\n' : '\r\n';
  return lines.join(eol) + (seed % 3 === 0 ? '' : eol);
}

/**
 * Text whose UTF-16 code units test the kernel's one byte per code unit: Latin-1 letters (ÿ is
 * U+00FF, the byte wider code units narrow to), code units whose low byte is a comma, a quote or a
 * line feed (U+012C, U+0122, U+010A), some at U+8000 and above (Hangul, a full-width comma), CJK
 * and emoji (surrogate pairs: four bytes of UTF-8).
 */
const UTF8_TEXT = ['é', 'ÿ', 'Zürich', 'Ĭ', 'Ģ', 'Ċ', '한국', '，', '東京', '😀', 'naïve 👍🏽', 'São Paulo'];

function pick<T>(rand: () => number, items: T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** The rows of randomCsv's text but the ragged ones, lines joined by `eol`. */
function withoutRagged(text: string, cols: number, eol: string): string {
  return text.split(/\r?\n/).filter((line, i) => i === 0 || line.split(',').length <= cols || line.includes('"')).join(eol);
}

interface Outcome {
  batches: { rows: number; lines: number[]; cells: string[][] }[];
  error?: string;
  kernelBatches: number;
}

async function read(file: string, options: CsvOptions): Promise<Outcome> {
  const out: Outcome = { batches: [], kernelBatches: 0 };
  try {
    for await (const batch of readCsv(file, options)) {
      const b = batch as TextBatch;
      if (b.text?.kernelGeneration !== undefined) out.kernelBatches++;
      out.batches.push({ rows: b.rowCount, lines: [...b.lines.subarray(0, b.rowCount)], cells: b.cells.map((column) => column.slice(0, b.rowCount)) });
    }
  } catch (error) {
    out.error = (error as Error).message;
  }
  return out;
}

async function expectSameBothWays(file: string, options: CsvOptions): Promise<Outcome> {
  const withKernel = await read(file, { ...options, kernel: true });
  const inJs = await read(file, { ...options, kernel: false });
  expect(inJs.kernelBatches).toBe(0);
  expect(withKernel.error).toEqual(inJs.error);
  expect(withKernel.batches).toEqual(inJs.batches);
  return withKernel;
}

describe('CSV kernel: same batches as the JS parser', () => {
  test('random files without ragged rows, many chunk and batch sizes', async () => {
    let kernelBatches = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const text = withoutRagged(randomCsv(seed, 300, 1 + (seed % 6)), 1 + (seed % 6), seed % 2 === 0 ? '\n' : '\r\n');
      const file = tmp.file(`r${seed}.csv`, text);
      const out = await expectSameBothWays(file, { chunkBytes: 64 + seed * 37, batchRows: 1 + (seed % 9) * 5 });
      kernelBatches += out.kernelBatches;
    }
    // the kernel did take part (otherwise this test would compare the JS parser with itself)
    expect(kernelBatches).toBeGreaterThan(50);
  });

  test('ragged rows and unterminated quotes fail with the same error', async () => {
    for (let seed = 30; seed < 40; seed++) {
      const lines = randomCsv(seed, 200, 4).split('\n');
      lines.splice(20 + seed * 3, 0, seed % 2 === 0 ? '1,2,3,4,5' : '1,2');
      const file = tmp.file(`e${seed}.csv`, lines.join('\n'));
      const out = await expectSameBothWays(file, { chunkBytes: 200, batchRows: 16 });
      expect(out.error).toMatch(/fields|quote/);
    }
    const file = tmp.file('unterminated.csv', 'a,b\n1,2\n3,"open\n4,5\n');
    expect((await expectSameBothWays(file, {})).error).toMatch(/quote/);
  });

  test('a field over maxFieldBytes fails with the same error', async () => {
    const file = tmp.file('big.csv', `a,b\n1,2\n3,${'x'.repeat(500)}\n`);
    expect((await expectSameBothWays(file, { maxFieldBytes: 100 })).error).toMatch(/100/);
  });

  test('TSV and semicolons', async () => {
    const text = 'a\tb\tc\n1\t"x\ty"\t3\n4\t5\t6\n';
    await expectSameBothWays(tmp.file('t.tsv', text), { delimiter: '\t' });
    await expectSameBothWays(tmp.file('s.csv', text.replaceAll('\t', ';')), { delimiter: ';' });
  });

  test('the kernel stops being asked where the rows it leaves to JS are the rule, not where they are rare', async () => {
    // a quoted line break is a row the kernel leaves to JS
    const file = (every: number) => {
      const rows = Array.from({ length: 2000 }, (_, i) => `${i},${i % every === 0 ? '"two\nlines"' : 'one line'},x`);
      return tmp.file(`breaks-${every}.csv`, `a,b,c\n${rows.join('\n')}\n`);
    };
    const rule = await expectSameBothWays(file(1), { chunkBytes: 512, batchRows: 16 });
    const often = await expectSameBothWays(file(3), { chunkBytes: 512, batchRows: 16 });
    const rare = await expectSameBothWays(file(10), { chunkBytes: 512, batchRows: 16 });
    // every row: asked for the first 65 only (5 of 125 batches)
    expect(rule.kernelBatches).toBeGreaterThan(0);
    expect(rule.kernelBatches).toBeLessThan(rule.batches.length / 10);
    // one row in three, half as many as the kernel's own: asked for the first ~200 rows
    expect(often.kernelBatches).toBeLessThan(often.batches.length / 5);
    // one row in ten: never more than a quarter of the kernel's own rows, asked throughout
    expect(rare.kernelBatches).toBeGreaterThan(rare.batches.length * 0.95);
  });

  test('UTF-8 files are tokenized by the kernel too, multi-byte characters split across chunks, with the same result', async () => {
    let kernelBatches = 0;
    let batches = 0;
    for (let seed = 50; seed < 56; seed++) {
      const rand = rng(seed);
      const text = withoutRagged(randomCsv(seed, 300, 3), 3, '\n').replace(/[a-z]/g, (ch) => (rand() < 0.3 ? pick(rand, UTF8_TEXT) : ch));
      // odd chunk sizes cut characters of two, three and four bytes at every offset
      const out = await expectSameBothWays(tmp.file(`utf8-${seed}.csv`, text), { chunkBytes: 61 + seed * 7, batchRows: 1 + (seed % 7) * 4 });
      expect(out.error).toBeUndefined();
      kernelBatches += out.kernelBatches;
      batches += out.batches.length;
    }
    // the kernel took the batches' UTF-8 text (but where it gave up on a file whose rows it
    // mostly leaves to JS: those with quotes and `""`)
    expect(kernelBatches).toBeGreaterThan(batches * 0.9);
  });

  test('UTF-8 batches kept past their block read the same cells: the kernel makes the text a string before replacing it', async () => {
    const rand = rng(57);
    const text = withoutRagged(randomCsv(57, 400, 3), 3, '\n').replace(/[a-z]/g, (ch) => (rand() < 0.3 ? pick(rand, UTF8_TEXT) : ch));
    const file = tmp.file('utf8-kept.csv', text);
    const cellsOf = (batches: TextBatch[]) => batches.map((b) => b.cells.map((column) => column.slice(0, b.rowCount)));
    const kept: TextBatch[] = [];
    let released: TextBatch | undefined;
    for await (const batch of readCsv(file, { chunkBytes: 300, batchRows: 8, kernel: true })) {
      const b = batch as TextBatch;
      if (!released && b.text.lazy) {
        // a released batch gives its text up: it is not kept for it
        released = b;
        b.release();
      } else kept.push(b);
    }
    const inJs: TextBatch[] = [];
    for await (const batch of readCsv(file, { chunkBytes: 300, batchRows: 8, kernel: false })) inJs.push(batch as TextBatch);
    expect(released).toBeDefined();
    expect(kept.filter((b) => b.text.lazy).length).toBeGreaterThan(10);
    expect(cellsOf(kept)).toEqual(cellsOf(inJs.filter((b) => b.rowOffset !== released!.rowOffset)));
    expect(() => released!.cells).toThrow(/after release/);
  });

  test('the kernel decodes UTF-8 to the string Node does (ASCII runs of every length, every sequence length)', () => {
    const kernel = csvKernel();
    expect(kernel).toBeDefined();
    for (let seed = 60; seed < 70; seed++) {
      const rand = rng(seed);
      const parts: string[] = [];
      for (let k = 0; k < 400; k++) parts.push(rand() < 0.5 ? pick(rand, UTF8_TEXT) : 'a,1\n"'.repeat(Math.floor(rand() * 12)).slice(0, Math.floor(rand() * 40)));
      const bytes = Buffer.from(parts.join(''));
      expect(kernel?.decodeUtf8(bytes).string()).toBe(bytes.toString("utf8"));
    }
  });

  test('invalid UTF-8: the same rows before it and the same error, both ways', async () => {
    const good = `a,b\n${Array.from({ length: 300 }, (_, i) => `${i},${i % 3 === 0 ? 'Zürich' : 'x'}`).join('\n')}\n`;
    const bad = Buffer.concat([Buffer.from(good), Buffer.from('301,caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n302,y\n')]);
    const out = await expectSameBothWays(tmp.file('bad-utf8.csv', bad), { chunkBytes: 97, batchRows: 16 });
    expect(out.error).toMatch(/invalid UTF-8 at byte \d+ \(line 302\)/);
    expect(out.batches.reduce((sum, b) => sum + b.rows, 0)).toBe(300);
    expect(out.kernelBatches).toBeGreaterThan(0);
  });

  const bench = 'bench/out/data.csv';
  (existsSync(bench) ? test : test.skip)('the first 4 MB of the benchmark file', async () => {
    const fd = openSync(bench, 'r');
    const buffer = Buffer.alloc(4 << 20);
    const got = readSync(fd, buffer, 0, buffer.length, 0);
    closeSync(fd);
    const text = buffer.subarray(0, buffer.lastIndexOf(10, got - 1) + 1);
    const out = await expectSameBothWays(tmp.file('bench.csv', text), {});
    expect(out.kernelBatches).toBe(out.batches.length);
  });
});

describe('CSV kernel: wide files', () => {
  test('a batch of more than a million cells is tokenized in JS, with the same result', async () => {
    const columns = 600; // x 2048 rows a batch: 1.2 million cells
    const header = Array.from({ length: columns }, (_, c) => `c${c}`).join(',');
    const row = (r: number) => Array.from({ length: columns }, (_, c) => String(r * columns + c)).join(',');
    const file = tmp.file('wide.csv', `${header}\n${Array.from({ length: 50 }, (_, r) => row(r)).join('\n')}\n`);
    const out = await expectSameBothWays(file, {});
    expect(out.kernelBatches).toBe(0);
    expect(out.batches[0].cells[599][0]).toBe('599');
    // the same file read in batches of 100 rows fits: the kernel takes it
    expect((await expectSameBothWays(file, { batchRows: 100 })).kernelBatches).toBeGreaterThan(0);
  });
});
