import { DataError } from '../../../src/shared/errors.js';
import { NoRowsError } from '../../../src/data/readers/errors.js';
import { readJsonl } from '../../../src/data/readers/jsonl-reader.js';
import { readBatches } from '../../../src/data/readers/read-batches.js';
import { collect, failure, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('readJsonl', () => {
  test('objects become columns; JSON values are kept; blank lines skipped; CRLF ok', async () => {
    const file = tmp.file('a.jsonl', '{"id":1,"name":"Åsa","tags":["x"]}\r\n\n{"id":2,"name":null,"ok":true}\n{"name":"c","id":3.5}');
    const out = await collect(readBatches(file));
    expect(out.columns).toEqual(['id', 'name', 'tags', 'ok']);
    expect(out.rows).toEqual([
      [1, 'Åsa', ['x'], null],
      [2, null, null, true],
      [3.5, 'c', null, null],
    ]);
    expect(out.lines).toEqual([1, 3, 4]);
  });

  test('a key first seen in a later batch is appended; earlier batches keep their columns', async () => {
    const file = tmp.file('grow.ndjson', '{"a":1}\n{"a":2}\n{"a":3,"b":"x"}\n{"b":"y"}\n');
    const out = await collect(readBatches(file, { batchRows: 2 }));
    expect(out.batches.map((b) => b.columns)).toEqual([['a'], ['a', 'b']]);
    expect(out.batches[1].cells).toEqual([[3, null], ['x', 'y']]);
    expect(out.batches[1].rowOffset).toBe(2);
  });

  test('small chunks give the same result', async () => {
    const content = Array.from({ length: 30 }, (_, i) => JSON.stringify({ i, s: `é${i}😀` })).join('\n') + '\n';
    const file = tmp.file('chunks.jsonl', content);
    const big = await collect(readJsonl(file));
    const small = await collect(readJsonl(file, { chunkBytes: 5, batchRows: 7 }));
    expect(small.rows).toEqual(big.rows);
    expect(small.lines).toEqual(big.lines);
    expect(big.rows).toHaveLength(30);
  });

  test('invalid JSON names the line and the parser message', async () => {
    const file = tmp.file('bad.jsonl', '{"a":1}\n\n{"a": 2,}\n');
    const error = await failure(() => collect(readJsonl(file)));
    expect(error).toBeInstanceOf(DataError);
    expect(error.location?.file).toBe(file);
    expect(error.location?.line).toBe(3);
    expect(error.message).toMatch(/^line 3 is not valid JSON: /);
    expect(error.hint).toMatch(/one complete JSON object/);
  });

  test('a line nested 100,000 deep is a located error, not a stack overflow later on', async () => {
    const deep = `{"a":1,"b":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const error = await failure(() => collect(readJsonl(tmp.file('deep.jsonl', `{"a":0,"b":[]}\n${deep}\n`))));
    expect(error).toBeInstanceOf(DataError);
    expect(error.location).toMatchObject({ line: 2 });
    expect(error.message).toBe('line 2 nests lists and objects more than 100 levels deep');
    expect(error.hint).toMatch(/Flatten the row/);
    // A modest nesting is a value like any other.
    const ok = await collect(readJsonl(tmp.file('nested.jsonl', `{"a":1,"b":${'['.repeat(50)}${']'.repeat(50)}}\n`)));
    expect(ok.rows).toHaveLength(1);
  });

  test('a line that is not an object is an error', async () => {
    const error = await failure(() => collect(readJsonl(tmp.file('arr.jsonl', '{"a":1}\n[1,2]\n'))));
    expect(error.location?.line).toBe(2);
    expect(error.message).toBe('line 2 is an array, not a JSON object');
    const scalar = await failure(() => collect(readJsonl(tmp.file('num.jsonl', '42\n'))));
    expect(scalar.message).toBe('line 1 is a number, not a JSON object');
  });

  test('empty file, blank-only file, invalid UTF-8', async () => {
    const empty = await failure(() => collect(readJsonl(tmp.file('empty.jsonl', ''))));
    expect(empty.message).toMatch(/is empty/);
    const blank = await failure(() => collect(readJsonl(tmp.file('blank.jsonl', '\n\n'))));
    expect(blank).toBeInstanceOf(NoRowsError);
    const bytes = Buffer.concat([Buffer.from('{"a":"x"}\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const utf8 = await failure(() => collect(readJsonl(tmp.file('latin.jsonl', bytes))));
    expect(utf8.location?.line).toBe(2);
    expect(utf8.message).toMatch(/invalid UTF-8/);
    const nul = await failure(() => collect(readJsonl(tmp.file('nul.jsonl', '{"a":"x"}\n{"a":"y\0"}\n'))));
    expect(nul.location).toEqual({ file: expect.stringMatching(/nul\.jsonl$/), line: 2, column: 8 });
    expect(nul.message).toBe('a NUL byte on line 2 (byte 17): the file is truncated or binary');
  });
});
