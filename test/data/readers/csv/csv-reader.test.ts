import { readCsv } from '../../../../src/data/readers/csv/csv-reader.js';
import { readBatches } from '../../../../src/data/readers/read-batches.js';
import { collect, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
async function parse(content: string | Uint8Array, options: Parameters<typeof readCsv>[1] = {}, ext = 'csv') {
  return collect(readCsv(tmp.file(`t${n++}.${ext}`, content), options));
}

describe('readCsv: RFC 4180 and real-world dialect', () => {
  test('plain rows, column-major cells, file line numbers', async () => {
    const out = await parse('a,b,c\n1,2,3\n4,5,6\n');
    expect(out.columns).toEqual(['a', 'b', 'c']);
    expect(out.rows).toEqual([['1', '2', '3'], ['4', '5', '6']]);
    expect(out.lines).toEqual([2, 3]);
    expect(out.batches[0].cells).toEqual([['1', '4'], ['2', '5'], ['3', '6']]);
  });

  test('quoted fields with delimiters, escaped quotes and line breaks', async () => {
    const out = await parse('id,text,n\n1,"a, b",x\n2,"say ""hi""",y\n3,"two\nlines",z\n4,"three\r\nlines\nhere",w\n5,"",v\n');
    expect(out.rows).toEqual([
      ['1', 'a, b', 'x'],
      ['2', 'say "hi"', 'y'],
      ['3', 'two\nlines', 'z'],
      ['4', 'three\r\nlines\nhere', 'w'],
      ['5', '', 'v'],
    ]);
    expect(out.lines).toEqual([2, 3, 4, 6, 9]);
  });

  test('quoted last field, quoted header', async () => {
    const out = await parse('"a","b"\r\n"1","x"\r\n"2","y\ny"');
    expect(out.columns).toEqual(['a', 'b']);
    expect(out.rows).toEqual([['1', 'x'], ['2', 'y\ny']]);
  });

  test('CRLF line endings, final line without a line break, lone CR at the end', async () => {
    expect((await parse('a,b\r\n1,2\r\n3,4\r\n')).rows).toEqual([['1', '2'], ['3', '4']]);
    expect((await parse('a,b\n1,2\n3,4')).rows).toEqual([['1', '2'], ['3', '4']]);
    expect((await parse('a,b\r\n1,2\r\n3,4\r')).rows).toEqual([['1', '2'], ['3', '4']]);
    expect((await parse('a,b\n1,"2"\r')).rows).toEqual([['1', '2']]);
  });

  test('empty cells are empty strings', async () => {
    const out = await parse('a,b,c\n,,\n1,,3\n,2,\n');
    expect(out.rows).toEqual([['', '', ''], ['1', '', '3'], ['', '2', '']]);
  });

  test('a UTF-8 BOM is stripped from the first column name', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const out = await parse(Buffer.concat([bom, Buffer.from('name,city\nÅsa,Zürich\n')]));
    expect(out.columns).toEqual(['name', 'city']);
    expect(out.rows).toEqual([['Åsa', 'Zürich']]);
  });

  test('lenient: a quote inside an unquoted field is kept; text after a closing quote is kept', async () => {
    const out = await parse('a,b\n5" disk,x"y\n"ab"cd,"q"\n');
    expect(out.rows).toEqual([['5" disk', 'x"y'], ['abcd', 'q']]);
  });

  test('blank lines are skipped but counted', async () => {
    const out = await parse('\n\na,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(out.rows).toEqual([['1', '2'], ['3', '4']]);
    expect(out.lines).toEqual([5, 7]);
  });

  test('one-column file', async () => {
    const out = await parse('x\n1\n\n2\n"3"\n');
    expect(out.rows).toEqual([['1'], ['2'], ['3']]);
  });

  test('TSV by extension, custom delimiter by option', async () => {
    const tsv = await collect(readBatches(tmp.file('t.tsv', 'a\tb\n1,5\t"x\ty"\n')));
    expect(tsv.rows).toEqual([['1,5', 'x\ty']]);
    const tab = await collect(readBatches(tmp.file('t.tab', 'a\tb\n1\t2\n')));
    expect(tab.rows).toEqual([['1', '2']]);
    const semi = await parse('a;b\n1,5;2\n', { delimiter: ';' });
    expect(semi.rows).toEqual([['1,5', '2']]);
    const forced = await collect(readBatches(tmp.file('t.txt', 'a|b\n1|2\n'), { format: 'csv', delimiter: '|' }));
    expect(forced.rows).toEqual([['1', '2']]);
  });

  test('batches: batchRows rows each, rowOffset continues, lines follow', async () => {
    const body = Array.from({ length: 10 }, (_, i) => `${i},v${i}`).join('\n');
    const out = await parse(`k,v\n${body}\n`, { batchRows: 3 });
    expect(out.batches.map((b) => b.rowCount)).toEqual([3, 3, 3, 1]);
    expect(out.batches.map((b) => b.rowOffset)).toEqual([0, 3, 6, 9]);
    expect(out.lines).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(out.rows[9]).toEqual(['9', 'v9']);
  });

  test('multi-byte UTF-8 split across chunk boundaries, any chunk size', async () => {
    const content = 'name,word\n1,日本語\n2,"é, ü\n😀"\n3,ok\n';
    const expected = [['1', '日本語'], ['2', 'é, ü\n😀'], ['3', 'ok']];
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
      const out = await parse(content, { chunkBytes });
      expect(out.rows).toEqual(expected);
      expect(out.lines).toEqual([2, 3, 5]);
    }
  });

  test('UTF-8 text in default chunks, decoded in smaller blocks, and a row longer than a chunk', async () => {
    // ~1 MB: every 120 KiB chunk holds UTF-8, so it is decoded in blocks; one field of 300 KB
    const words = ['Zürich', '東京', 'São Paulo', '😀 ok', 'plain', 'Łódź, PL'];
    const rows = Array.from({ length: 40_000 }, (_, i) => [String(i), words[i % words.length]]);
    rows[20_000][1] = '東京😀é'.repeat(50_000);
    const out = await parse(`id,city\n${writeCsv(rows, '\n', false)}`, { kernel: false });
    expect(out.rows).toEqual(rows);
    expect(out.lines[39_999]).toBe(40_001);
  });
});

/** A tiny RFC 4180 writer for round-trip tests. */
function writeCsv(rows: string[][], eol: string, quoteAll: boolean): string {
  const cell = (v: string) => (quoteAll || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((row) => row.map(cell).join(',')).join(eol) + eol;
}

function randomValue(rand: () => number): string {
  const pieces = ['a', 'bc', ',', '"', '\n', '\r\n', ' ', 'é', '😀', '12.5', ''];
  let v = '';
  const len = Math.floor(rand() * 4);
  for (let i = 0; i < len; i++) v += pieces[Math.floor(rand() * pieces.length)];
  return v;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('readCsv: round trip of random RFC 4180 data', () => {
  test.each([1, 2, 3])('seed %i, every chunk size and batch size gives the same rows', async (seed) => {
    const rand = seeded(seed);
    const header = ['c1', 'c2', 'c3', 'c4'];
    const rows = Array.from({ length: 60 }, () => header.map(() => randomValue(rand)));
    // a row of empty strings would be a blank line in a one-line form only if there were one column
    const content = writeCsv([header, ...rows], seed === 2 ? '\r\n' : '\n', seed === 3);
    for (const [chunkBytes, batchRows] of [[8 << 20, 2048], [1, 1], [3, 7], [17, 5], [64, 64]]) {
      const out = await parse(content, { chunkBytes, batchRows });
      expect(out.columns).toEqual(header);
      expect(out.rows).toEqual(rows);
    }
  });
});

describe('readCsv: cells as positions in the text', () => {
  const content = `id,text,n\n${Array.from({ length: 500 }, (_, i) => `${i},"v ""${i}"", x${'\n'.repeat(i % 3)}",${i % 7}\n`).join('')}`;

  test('batches give each cell by position (escaped ones apart) and as strings, the same', async () => {
    const expected = (await parse(content, { batchRows: 64 })).rows;
    const rows: string[][] = [];
    for await (const batch of readCsv(tmp.file(`pos${n++}.csv`, content), { batchRows: 64, chunkBytes: 1000 })) {
      const t = batch.text!;
      for (let r = 0; r < batch.rowCount; r++) {
        rows.push(t.starts.map((starts, c) => (t.ends[c][r] < 0 ? t.escaped[starts[r]] : t.text.slice(starts[r], t.ends[c][r]))));
      }
      // a released batch lends its buffers to the next one: reading it afterwards is a bug, said so
      batch.release?.();
      expect(() => batch.cells).toThrow(/cells read after release/);
    }
    expect(rows).toEqual(expected);
    expect(rows[499]).toEqual(['499', 'v "499", x\n', '2']);
  });
});
