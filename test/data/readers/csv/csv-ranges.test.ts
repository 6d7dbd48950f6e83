import { open } from 'node:fs/promises';
import { findRowBoundaries } from '../../../../src/data/readers/csv/csv-boundaries.js';
import { planCsvRanges } from '../../../../src/data/readers/csv/csv-plan.js';
import { readCsvRange } from '../../../../src/data/readers/csv/csv-range.js';
import { readCsv } from '../../../../src/data/readers/csv/csv-reader.js';
import { NoRowsError } from '../../../../src/data/readers/errors.js';
import { collect, failure, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/**
 * Rows chosen to be hard to split: quoted line breaks (also CRLF inside quotes), quoted delimiters,
 * escaped quotes, literal quotes in unquoted fields, text after a closing quote, blank lines.
 */
const SAMPLES = [
  '1,plain,x\n',
  '2,"multi\nline\n""quoted""",y\n',
  '3,5" disk,"a,b"\n',
  '4,"ab"cd,"\r\n"\r\n',
  '\n',
  '5,"",""\n',
  '6,"x\n\n\ny",z\n',
  '7,"""","\n,\n"\n',
  '8,say "hi",ok\n',
];

function tricky(rows: number): { content: string; rowStarts: number[] } {
  let content = 'id,text,more\n';
  const rowStarts: number[] = [];
  for (let i = 0; i < rows; i++) {
    content += SAMPLES[(i * 7 + (i >> 3)) % SAMPLES.length];
    rowStarts.push(content.length); // every line feed outside quotes starts a row (or a blank line)
  }
  return { content, rowStarts };
}

describe('findRowBoundaries', () => {
  test('every target maps to the first row start after it, never inside quotes', async () => {
    const { content, rowStarts } = tricky(40);
    const file = tmp.file('boundaries.csv', content);
    const dataStart = 'id,text,more\n'.length;
    const targets: number[] = [];
    for (let t = dataStart; t < content.length; t++) targets.push(t);
    const handle = await open(file, 'r');
    try {
      for (const chunkBytes of [2, 3, 16, 1 << 20]) {
        const found = await findRowBoundaries(handle, dataStart, content.length, targets, 44, chunkBytes);
        expect(found).toHaveLength(targets.length);
        found.forEach((boundary, i) => {
          const expected = rowStarts.find((s) => s > targets[i]) ?? content.length;
          expect([targets[i], boundary.offset]).toEqual([targets[i], expected]);
          const lineFeeds = (content.slice(dataStart, boundary.offset).match(/\n/g) ?? []).length;
          expect(boundary.lineFeeds).toBe(lineFeeds);
        });
      }
    } finally {
      await handle.close();
    }
  });
});

describe('planCsvRanges + readCsvRange', () => {
  async function singlePass(file: string) {
    const out = await collect(readCsv(file));
    return { rows: out.rows, lines: out.lines };
  }

  async function inRanges(file: string, parts: number, chunkBytes?: number) {
    const ranges = await planCsvRanges(file, parts, { minRangeBytes: 1, chunkBytes });
    const rows: unknown[][] = [];
    const lines: number[] = [];
    for (const range of ranges) {
      const out = await collect(readCsvRange(file, range, { batchRows: 5 }));
      rows.push(...out.rows);
      lines.push(...out.lines.map((line) => range.firstLine - 1 + line));
    }
    return { ranges, rows, lines };
  }

  test.each([1, 2, 3, 7])('%i ranges give exactly the rows and lines of one pass', async (parts) => {
    const { content } = tricky(200);
    const file = tmp.file(`parts-${parts}.csv`, content);
    const expected = await singlePass(file);
    expect(expected.rows.length).toBeGreaterThan(150);
    for (const chunkBytes of [7, undefined]) {
      const got = await inRanges(file, parts, chunkBytes);
      expect(got.ranges).toHaveLength(parts);
      expect(got.ranges[0].start).toBe('id,text,more\n'.length);
      expect(got.ranges.at(-1)!.end).toBe(Buffer.byteLength(content));
      got.ranges.forEach((range, i) => {
        expect(range.index).toBe(i);
        if (i > 0) expect(range.start).toBe(got.ranges[i - 1].end);
        expect(range.columns).toEqual(['id', 'text', 'more']);
      });
      expect(got.rows).toEqual(expected.rows);
      expect(got.lines).toEqual(expected.lines);
    }
  });

  test('splits that land inside quoted line breaks move to the next row', async () => {
    // one big quoted field in the middle: every split target falls inside it
    const content = `a,b\n1,x\n2,"${'line\n'.repeat(100)}"\n3,y\n4,z\n`;
    const file = tmp.file('quoted-middle.csv', content);
    const got = await inRanges(file, 7);
    expect(got.rows).toEqual((await singlePass(file)).rows);
    expect(got.ranges.length).toBeLessThan(7); // targets inside the field collapse onto one boundary
    for (const range of got.ranges) expect(['1', '2', '3', '4']).toContain(content.slice(range.start, range.start + 1));
  });

  test('BOM, CRLF, TSV and a header spanning lines', async () => {
    const content = '\ufeff"first\nname"\tb\r\n' + Array.from({ length: 50 }, (_, i) => `${i}\t"v\r\n${i}"`).join('\r\n') + '\r\n';
    const file = tmp.file('bom.tsv', content);
    const ranges = await planCsvRanges(file, 4, { minRangeBytes: 1 });
    expect(ranges[0].columns).toEqual(['first\nname', 'b']);
    expect(ranges[0].delimiter).toBe('\t');
    expect(ranges[0].firstLine).toBe(3);
    const rows: unknown[][] = [];
    for (const range of ranges) rows.push(...(await collect(readCsvRange(file, range))).rows);
    expect(rows).toEqual(Array.from({ length: 50 }, (_, i) => [String(i), `v\r\n${i}`]));
  });

  test('small files stay in one range; header-only files are NoRowsError', async () => {
    const file = tmp.file('small.csv', 'a\n1\n2\n');
    expect(await planCsvRanges(file, 8)).toHaveLength(1);
    const empty = tmp.file('header-only.csv', 'a,b\r\n\r\n');
    const error = await failure(() => planCsvRanges(empty, 2));
    expect(error).toBeInstanceOf(NoRowsError);
    expect(error.location?.file).toBe(empty);
  });

  test('errors inside a range use absolute lines', async () => {
    const content = 'a,b\n' + '1,2\n'.repeat(50) + '3,4,5\n' + '6,7\n'.repeat(50);
    const file = tmp.file('ragged-range.csv', content);
    const ranges = await planCsvRanges(file, 3, { minRangeBytes: 1 });
    const messages: string[] = [];
    for (const range of ranges) {
      try {
        await collect(readCsvRange(file, range));
      } catch (error) {
        messages.push((error as Error).message);
      }
    }
    expect(messages).toEqual(['line 52 has 3 fields, expected 2 like the header']);
  });
});
