import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataError } from '../../../src/shared/errors.js';
import { detectFormat } from '../../../src/data/readers/format.js';
import { expandDataPaths } from '../../../src/data/readers/paths.js';
import { failure, tempDir } from './helpers.js';

const tmp = tempDir();
beforeAll(() => {
  mkdirSync(path.join(tmp.dir, 'data/sub'), { recursive: true });
  for (const name of ['data/b.csv', 'data/a.csv', 'data/c.jsonl', 'data/sub/d.csv', 'single.parquet']) {
    writeFileSync(path.join(tmp.dir, name), 'x\n1\n');
  }
});
afterAll(() => tmp.cleanup());

describe('expandDataPaths', () => {
  test('files and globs, each glob sorted, duplicates dropped, relative to cwd', async () => {
    expect(await expandDataPaths(['single.parquet'], tmp.dir)).toEqual(['single.parquet']);
    expect(await expandDataPaths(['data/*.csv'], tmp.dir)).toEqual(['data/a.csv', 'data/b.csv']);
    expect(await expandDataPaths(['data/**/*.csv', 'data/a.csv', 'single.parquet'], tmp.dir)).toEqual([
      'data/a.csv',
      'data/b.csv',
      'data/sub/d.csv',
      'single.parquet',
    ]);
    const absolute = path.join(tmp.dir, 'data/*.jsonl');
    expect(await expandDataPaths([absolute], tmp.dir)).toEqual([path.join(tmp.dir, 'data/c.jsonl')]);
  });

  test('a glob matching nothing, a missing file, a directory', async () => {
    const none = await failure(() => expandDataPaths(['data/*.parquet'], tmp.dir));
    expect(none).toBeInstanceOf(DataError);
    expect(none.message).toBe('no file matches "data/*.parquet"');
    expect(none.hint).toContain(tmp.dir);
    const missing = await failure(() => expandDataPaths(['data/a.csv', 'data/zzz.csv'], tmp.dir));
    expect(missing.message).toBe('data/zzz.csv does not exist');
    expect(missing.location?.file).toBe('data/zzz.csv');
    const dir = await failure(() => expandDataPaths(['data'], tmp.dir));
    expect(dir.message).toBe('data is a directory, not a data file');
    expect(dir.hint).toContain('"data/*.csv"');
  });
});

describe('detectFormat', () => {
  test('by extension, case-insensitive; an explicit format wins', () => {
    expect(detectFormat('x/y.CSV')).toBe('csv');
    expect(detectFormat('y.tab')).toBe('tsv');
    expect(detectFormat('y.ndjson')).toBe('jsonl');
    expect(detectFormat('y.pq')).toBe('parquet');
    expect(detectFormat('y.txt', 'tsv')).toBe('tsv');
    expect(() => detectFormat('y.csv', 'xls')).toThrow(/unknown data format "xls"/);
  });
});
