/**
 * Number columns the kernel parsed are profiled and bound-checked by it (summarizeNumbers), text
 * columns' known values counted by it (summarizeTexts) and free-text columns' cells added by it to
 * their frequent values (summarizeFreeTexts): the part's state - counts, tallies with their
 * examples, moments, quantile sketch, frequent values, HyperLogLog registers, row hashes - must be
 * exactly the one the JS loop gives, whatever mix of missing, invalid, out-of-bounds, escaped and
 * JS-parsed cells a batch holds, and when the kernel runs out of registers or room.
 */
import { isDeepStrictEqual } from 'node:util';
import { readCsv } from '../../../src/data/readers/csv/csv-reader.js';
import { analyzePart } from '../../../src/data/parts/read-part.js';
import { loadSchemaFromRaw } from '../../../src/data/schema/load-schema.js';
import type { RawDataSchema } from '../../../src/data/schema/raw-schema.js';
import type { PartOptions, PartState } from '../../../src/data/checks/part-analyzer.js';
import { CsvKernel } from '../../../src/data/kernel/csv-kernel.js';
import { KernelText } from '../../../src/data/kernel/kernel-text.js';
import { tempDir } from '../readers/helpers.js';
import { rng } from '../profile/helpers.js';

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
    u: { type: 'int', unique: true },
  },
  dataset: { duplicate_rows: 'warning' },
};

/** Rows in blocks of 200 (2,500 in a large file): plain, a few odd cells, many (plain ones: batches the kernel does alone). */
function csv(seed: number, rows: number): string {
  const rand = rng(seed);
  const lines = ['f,g,i,d,b,s,u'];
  for (let r = 0; r < rows; r++) {
    const block = Math.floor(r / (rows > 5000 ? 2500 : 200)) % 3;
    const odd = block === 0 ? 0 : block === 1 ? 0.02 : 0.3;
    lines.push([cell(rand, 'float', odd), cell(rand, 'float', odd), cell(rand, 'int', odd), cell(rand, 'date', odd), cell(rand, 'bool', odd), `s${Math.floor(rand() * 50)}`, rand() < odd ? cell(rand, 'int', 0.5) : String(r)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function part(file: string, raw: RawDataSchema, kernel: boolean, rowHashes: boolean, batchRows = 128): Promise<PartState> {
  const schema = loadSchemaFromRaw(raw, {}).resolved;
  // a budget no test file reaches: nothing spills, so logs compare by content
  const options: PartOptions = { batchRows, rowHashes, spill: { dir: tmp.dir, budgetWords: 1 << 24 } };
  // small chunks cut small batches; a batch of 2,048 rows needs ~100 KB of text
  return analyzePart(file, readCsv(file, { batchRows, chunkBytes: batchRows * 128, kernel }), schema, options);
}

/** toEqual, fast for large typed arrays (jest's own comparison is then only for the message). */
function expectSame(actual: PartState, expected: PartState): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** Calls of one of the kernel's summaries, how many it answered, and how many of those stopped short of the cells asked for. */
function countSummaries(which: 'summarizeNumbers' | 'summarizeTexts' | 'summarizeFreeTexts' = 'summarizeNumbers'): { calls: number; answered: number; short: number; restore(): void } {
  const prototype = CsvKernel.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = prototype[which];
  const counts = { calls: 0, answered: 0, short: 0, restore: () => (prototype[which] = original) };
  prototype[which] = function (this: CsvKernel, ...args: unknown[]) {
    counts.calls++;
    const summary = original.apply(this, args) as { consumed?: number } | undefined;
    if (summary) counts.answered++;
    if (summary?.consumed !== undefined && summary.consumed < (args[0] as number)) counts.short++;
    return summary;
  };
  return counts;
}

/** A text file's part state with the kernel and in JS, the same; and how many text summaries (of `which`) the kernel answered, and how many stopped short. */
async function sameBothWays(file: string, raw: RawDataSchema, rowHashes: boolean, which: 'summarizeTexts' | 'summarizeFreeTexts' = 'summarizeTexts'): Promise<{ inJs: PartState; answered: number; short: number }> {
  const counts = countSummaries(which);
  let withKernel: PartState;
  try {
    withKernel = await part(file, raw, true, rowHashes);
  } finally {
    counts.restore();
  }
  const inJs = await part(file, raw, false, rowHashes);
  expectSame(withKernel, inJs);
  return { inJs, answered: counts.answered, short: counts.short };
}

const TEXT_SCHEMA: RawDataSchema = {
  columns: {
    category: { type: 'categorical', not_null: { mostly: 0.9 }, allowed: ['a', 'b', 'c', 'd', 'e', 'x"y'] },
    code: { type: 'string', regex: '^[A-Z]{2}$', length: { min: 2, max: 2 } },
    note: { type: 'string' },
    many: { type: 'string' },
  },
  dataset: { duplicate_rows: 'warning' },
};

/**
 * Text columns: categories with NA spellings, values outside the allowed ones and escaped quotes;
 * codes failing their regex and length; free text (a new value per row: the column stops asking
 * once its table is full); and 20 common values among 5,000 rare ones (its frequent values stop
 * being exact while it still asks: counts by value must then wait for the loop).
 */
function textCsv(seed: number, rows: number): string {
  const rand = rng(seed);
  const lines = ['category,code,note,many'];
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
  for (let r = 0; r < rows; r++) {
    const category = rand() < 0.9 ? pick(['a', 'b', 'c', 'd', 'e']) : pick(['', 'NA', 'z', '"x""y"', '"a"', 'b ']);
    const code = rand() < 0.95 ? pick(['US', 'GB', 'DE', 'FR']) : pick(['usa', 'U', 'X1', '']);
    lines.push([category, code, `note ${Math.floor(rand() * 1e9)}`, rand() < 0.8 ? `c${Math.floor(rand() * 20)}` : `v${Math.floor(rand() * 5000)}`].join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('CSV kernel: number columns profiled and checked by the kernel', () => {
  test.each([
    [true, 128],
    [false, 128],
    [true, 2048],
  ])('the same part state as the JS loop (row hashes %s, batches of %d rows)', async (rowHashes, batchRows) => {
    for (const seed of [1, 2, 3]) {
      // batches of 2,048 rows hand whole blocks of values to the moments and the sketch
      const file = tmp.file(`a${seed}.csv`, csv(seed, batchRows === 128 ? 3000 : 20_000));
      const counts = countSummaries();
      let withKernel: PartState;
      try {
        withKernel = await part(file, SCHEMA, true, rowHashes, batchRows);
      } finally {
        counts.restore();
      }
      const inJs = await part(file, SCHEMA, false, rowHashes, batchRows);
      expectSame(withKernel, inJs);
      // the kernel did summarize (batches with JS-parsed values fall back to the loop)
      expect(counts.answered).toBeGreaterThan(batchRows === 128 ? 50 : 5);
      const f = inJs.analyzers.find((a) => a.name === 'f')!;
      expect(f.tallies.between!.unexpected).toBeGreaterThan(0);
      expect(f.tallies.not_null!.unexpected).toBeGreaterThan(0);
      expect(f.tallies.type!.unexpected).toBeGreaterThan(0);
    }
  });

  test('a unique column logs its values in order: ascending ids, or a repeat of the id before', async () => {
    const raw: RawDataSchema = { columns: { id: { type: 'int', unique: true }, x: { type: 'float' } } };
    for (const repeatAt of [-1, 1500]) {
      const rows = Array.from({ length: 3000 }, (_, r) => `${r === repeatAt ? r - 1 : r},${r / 7}`);
      const file = tmp.file(`u${repeatAt}.csv`, `id,x\n${rows.join('\n')}\n`);
      const withKernel = await part(file, raw, true, false);
      expectSame(withKernel, await part(file, raw, false, false));
      expect(withKernel.analyzers[0].uniqueAscending).toEqual(repeatAt < 0 ? { first: 0, last: 2999 } : false);
      // ascending ids are one run and no record; after a repeat, every value is a record
      const records = (state: PartState) => state.analyzers[0].uniqueHashes!.tails.reduce((sum, tail) => sum + tail.length / 3, 0);
      expect(withKernel.analyzers[0].uniqueRuns && Array.from(withKernel.analyzers[0].uniqueRuns)).toEqual(repeatAt < 0 ? [0, 0, 3000] : undefined);
      expect(records(withKernel)).toBe(repeatAt < 0 ? 0 : 3000);
    }
  });

  test.each([true, false])('text columns: the same part state as the JS loop (row hashes %s)', async (rowHashes) => {
    for (const seed of [1, 2]) {
      const file = tmp.file(`t${seed}.csv`, textCsv(seed, 20000));
      const { inJs, answered } = await sameBothWays(file, TEXT_SCHEMA, rowHashes);
      expect(answered).toBeGreaterThan(50);
      const tallies = (name: string) => inJs.analyzers.find((a) => a.name === name)!.tallies;
      expect(tallies('category').allowed!.unexpected).toBeGreaterThan(0);
      expect(tallies('category').not_null!.unexpected).toBeGreaterThan(0);
      expect(tallies('code').regex!.unexpected).toBeGreaterThan(0);
      expect(tallies('code').length!.unexpected).toBeGreaterThan(0);
      // the rare values make the frequent table inexact
      const many = inJs.analyzers.find((a) => a.name === 'many')!.profile.frequent;
      expect(many.maxError).toBeGreaterThan(0);
    }
  });

  test('UTF-8 text columns (length, allowed values, regex, unique): the same part state as the JS loop', async () => {
    const raw: RawDataSchema = {
      columns: {
        city: { type: 'categorical', not_null: { mostly: 0.9 }, allowed: ['São Paulo', 'Zürich', '東京', 'Kraków', 'Oslo', 'Ĭstanbul'] },
        name: { type: 'string', length: { min: 3, max: 6 }, regex: '^\\p{Lu}' },
        id: { type: 'string', unique: true },
        n: { type: 'int', between: { min: 0, max: 50 } },
      },
      dataset: { duplicate_rows: 'warning' },
    };
    const rand = rng(21);
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
    const lines = ['city,name,id,n'];
    for (let r = 0; r < 6000; r++) {
      // a third of the rows carry UTF-8; some quoted, some escaped, some not allowed, too long or lower case
      const utf8 = r % 3 === 0;
      const city = rand() < 0.95 ? pick(utf8 ? ['São Paulo', 'Zürich', '東京', 'Kraków', 'Ĭstanbul'] : ['Oslo']) : pick(['', 'NA', 'Tōkyō', '"東京"', '"Zü""rich"', 'Ċity']);
      const name = utf8 ? pick(['Zoë', 'José', 'Łukasz', '李伟', 'Ålesund', 'ümit', 'Ana😀', '"Åsa, B"', 'Émilie-Zoé']) : pick(['Ann', 'Bob', 'Cy', 'Dennis', 'eve']);
      lines.push([city, name, `${utf8 ? 'ü' : 'u'}${r % 5900}`, String(Math.floor(rand() * 60))].join(','));
    }
    const file = tmp.file('utf8-text.csv', `${lines.join('\n')}\n`);
    const { inJs, answered } = await sameBothWays(file, raw, true);
    // the kernel counted known UTF-8 values (it took these batches), and every check found something
    expect(answered).toBeGreaterThan(20);
    const tallies = (name: string) => inJs.analyzers.find((a) => a.name === name)!.tallies;
    expect(tallies('city').allowed!.unexpected).toBeGreaterThan(0);
    expect(tallies('name').length!.unexpected).toBeGreaterThan(0);
    expect(tallies('name').regex!.unexpected).toBeGreaterThan(0);
  });

  test('UTF-8 blocks are never made strings on the way to a part state, which is the JS loop\'s: odd numbers, quoted line breaks, `""`', async () => {
    // the kernel holds a UTF-8 block (kernel-text.ts); JS reads what the kernel leaves from
    // strings of their own: number cells it did not parse, a row with a quoted line break (from a
    // window of the text), an escaped cell, a new or failing text value, the last row of the file
    const raw: RawDataSchema = {
      columns: {
        f: { type: 'float', between: { min: -50, max: 50 } },
        d: { type: 'date', format: '%Y-%m-%d', min: '2010-01-01', max: '2029-12-31' },
        city: { type: 'categorical', allowed: ['São Paulo', 'Zürich', '東京', 'Oslo'] },
        comment: { type: 'string', length: { min: 2, max: 40 } },
      },
      dataset: { duplicate_rows: 'warning' },
    };
    const rand = rng(31);
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
    const lines = ['f,d,city,comment'];
    for (let r = 0; r < 6000; r++) {
      const comment = pick(['très bien', 'ok 😀', `東京 ${r % 900}`, '"two\nlines, ünïcode"', '"said ""hé"""', 'x', 'ü'.repeat(50), '']);
      lines.push([cell(rand, 'float', 0.1), cell(rand, 'date', 0.1), pick(['São Paulo', 'Zürich', '東京', 'Oslo', 'Ĭstanbul', '', '"東京"']), comment].join(','));
    }
    const file = tmp.file('utf8-lazy.csv', lines.join('\n'));
    const prototype = KernelText.prototype as unknown as { string(): string };
    const original = prototype.string;
    let made = 0;
    prototype.string = function (this: KernelText) {
      made++;
      return original.call(this);
    };
    const decode = CsvKernel.prototype.decodeUtf8;
    let decoded = 0;
    CsvKernel.prototype.decodeUtf8 = function (this: CsvKernel, bytes: Uint8Array) {
      decoded++;
      return decode.call(this, bytes);
    };
    let withKernel: PartState;
    try {
      withKernel = await part(file, raw, true, true);
    } finally {
      prototype.string = original;
      CsvKernel.prototype.decodeUtf8 = decode;
    }
    expect(decoded).toBeGreaterThan(5);
    expect(made).toBe(0);
    const inJs = await part(file, raw, false, true);
    expectSame(withKernel, inJs);
    const tallies = (name: string) => inJs.analyzers.find((a) => a.name === name)!.tallies;
    expect(tallies('f').type!.unexpected).toBeGreaterThan(0);
    expect(tallies('city').allowed!.unexpected).toBeGreaterThan(0);
    expect(tallies('comment').length!.unexpected).toBeGreaterThan(0);
  });

  test('a text column whose frequent values stop being exact goes back to the loop, which keeps their order', async () => {
    // one value in five new until the frequent table is full (2,048 values), one more to reduce
    // it (the values seen once go, among them known ones), then, in a batch of its own, a known
    // value that went before a new one: counted by value after the loop, it would be put after it
    const rows: string[] = [];
    for (let r = 0; rows.length < 5 * 2047; r++) rows.push(r % 5 === 0 ? `v${r / 5}` : 'c');
    rows.push('v0', ...Array.from({ length: 30 }, (_, k) => `m${k}`));
    while (rows.length % 128 !== 0) rows.push('c');
    rows.push('v1', 'n0', ...Array.from({ length: 126 }, () => 'c'));
    const file = tmp.file('inexact.csv', `w\n${rows.join('\n')}\n`);
    const raw: RawDataSchema = { columns: { w: { type: 'string' } } };
    const withKernel = await part(file, raw, true, true);
    const inJs = await part(file, raw, false, true);
    expectSame(withKernel, inJs);
    const frequent = inJs.analyzers[0].profile.frequent;
    expect(frequent.maxError).toBe(1);
    expect(frequent.keys.indexOf('v1')).toBeLessThan(frequent.keys.indexOf('n0'));
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

describe('CSV kernel: free-text columns added to their frequent values by the kernel', () => {
  /**
   * Comments: many new values (the frequent table reduces many times), values of a skewed pool (its
   * counts differ where a reduction cuts), some repeated often; ASCII and
   * UTF-8 rows (code units above 255, a surrogate pair), quoted ones with a comma, escaped ones
   * with `""` (kept as JS strings), NA spellings, and lengths outside the bounds.
   */
  function commentsCsv(seed: number, rows: number): string {
    const rand = rng(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
    const lines = ['comment,tag'];
    for (let r = 0; r < rows; r++) {
      const x = rand();
      const comment =
        x < 0.3 ? `note ${Math.floor(rand() * 1e9)}`
        : x < 0.55 ? `p${Math.floor(6000 * rand() ** 3)}`
        : x < 0.7 ? pick(['fine', 'great value', 'too small', 'ok'])
        : x < 0.8 ? `${pick(['très bien', 'zu groß', '東京で', 'ok 😀'])} ${Math.floor(rand() * 1e6)}`
        : x < 0.85 ? `"said ""hi"" ${Math.floor(rand() * 50)}"`
        : x < 0.9 ? `"a, b ${Math.floor(rand() * 1e6)}"`
        : x < 0.95 ? pick(['', 'NA', 'null', 'N/A'])
        : pick(['x', 'y'.repeat(70), `long ${'z'.repeat(80)} ${r}`]);
      // ASCII-only stretches, so that both the kernel's ASCII and UTF-8 texts carry the column
      lines.push([Math.floor(r / 1000) % 2 === 0 ? comment.replace(/[^ -~]/g, 'u') : comment, `t${r % 7}`].join(','));
    }
    return `${lines.join('\n')}\n`;
  }

  const COMMENTS: RawDataSchema = {
    columns: {
      comment: { type: 'string', not_null: { mostly: 0.9 }, length: { min: 2, max: 60 } },
      tag: { type: 'categorical' },
    },
    dataset: { duplicate_rows: 'warning' },
  };

  test.each([true, false])('the same part state as the JS loop (row hashes %s)', async (rowHashes) => {
    for (const seed of [1, 2]) {
      const file = tmp.file(`c${seed}.csv`, commentsCsv(seed, 12_000));
      const { inJs, answered, short } = await sameBothWays(file, COMMENTS, rowHashes, 'summarizeFreeTexts');
      expect(answered).toBeGreaterThan(50);
      expect(short).toBe(0);
      const comment = inJs.analyzers.find((a) => a.name === 'comment')!;
      expect(comment.tallies.not_null!.unexpected).toBeGreaterThan(0);
      expect(comment.tallies.length!.unexpected).toBeGreaterThan(0);
      // the table reduced, and kept the repeated values (an escaped one among them)
      expect(comment.profile.frequent.maxError).toBeGreaterThan(0);
      expect(comment.profile.frequent.keys).toEqual(expect.arrayContaining(['fine', 'ok', 'said "hi" 7']));
    }
  });

  test('a reduction subtracts the (k+1)-th largest count: here every count, emptying the table', async () => {
    // 1,025 values seen three times and 1,023 once fill the 2,048 entries; a new value makes the
    // 1,025th largest of the 2,049 counts (3, not the 1 after it) the amount subtracted
    const rows = [...Array.from({ length: 1025 }, (_, k) => [`v${k}`, `v${k}`, `v${k}`]).flat(), ...Array.from({ length: 1023 }, (_, k) => `w${k}`), 'z', 'v0', 'y'];
    const file = tmp.file('cut.csv', `comment\n${rows.join('\n')}\n`);
    const { inJs, answered } = await sameBothWays(file, { columns: { comment: { type: 'string' } } }, true, 'summarizeFreeTexts');
    expect(answered).toBeGreaterThan(10);
    expect(inJs.analyzers[0].profile.frequent).toMatchObject({ keys: ['v0', 'y'], maxError: 3 });
  });

  test('more free-text columns than the kernel has tables for: the rest stay in the loop, holding no registers', async () => {
    // 10 free-text columns; the kernel has 8 free-text tables. The two left without one must not
    // hold HyperLogLog registers (64 for all columns) that number columns could use.
    const names = Array.from({ length: 10 }, (_, k) => `t${k}`);
    const rows = Array.from({ length: 1500 }, (_, r) => names.map((_, k) => `w${r}_${k}`).join(','));
    const file = tmp.file('free-tables.csv', `${names.join(',')}\n${rows.join('\n')}\n`);
    const columns: RawDataSchema['columns'] = Object.fromEntries(names.map((name) => [name, { type: 'string' }]));
    const free = countSummaries('summarizeFreeTexts');
    const prototype = CsvKernel.prototype as unknown as { takeHll(): number };
    const takeHll = prototype.takeHll;
    let registers = 0;
    prototype.takeHll = function (this: CsvKernel) {
      const slot = takeHll.call(this);
      if (slot >= 0) registers++;
      return slot;
    };
    let withKernel: PartState;
    try {
      withKernel = await part(file, { columns }, true, true);
    } finally {
      prototype.takeHll = takeHll;
      free.restore();
    }
    expectSame(withKernel, await part(file, { columns }, false, true));
    expect(free.answered).toBeGreaterThan(8);
    expect(registers).toBe(8);
  });

  test('a column with a check the kernel does not make (regex) stays in the loop', async () => {
    const file = tmp.file('c-regex.csv', commentsCsv(3, 2000));
    const raw: RawDataSchema = { columns: { comment: { type: 'string', regex: '^[a-z]' }, tag: { type: 'categorical' } } };
    const { answered } = await sameBothWays(file, raw, true, 'summarizeFreeTexts');
    expect(answered).toBe(0);
  });

  test('keys too long for the kernel\'s room: the loop takes over at the cell that did not fit, same state', async () => {
    // 2,000 characters a value, all distinct: the kernel's 512K code units of keys fill after ~260
    const rand = rng(5);
    const rows = Array.from({ length: 600 }, (_, r) => `${r}-${'k'.repeat(1990)}${Math.floor(rand() * 1e6)}`);
    const file = tmp.file('long-keys.csv', `comment\n${rows.join('\n')}\n`);
    const raw: RawDataSchema = { columns: { comment: { type: 'string' } } };
    const { inJs, answered, short } = await sameBothWays(file, raw, true, 'summarizeFreeTexts');
    expect(answered).toBeGreaterThan(1);
    // one summary stopped short, and the column stopped asking (the next one would stop short too)
    expect(short).toBe(1);
    expect(inJs.analyzers[0].profile.frequent.keys).toHaveLength(600);
  });
});
