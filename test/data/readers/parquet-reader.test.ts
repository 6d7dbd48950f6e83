import { parquetWriteBuffer } from 'hyparquet-writer';
import { DataError } from '../../../src/shared/errors.js';
import { NoRowsError } from '../../../src/data/readers/errors.js';
import { readParquet } from '../../../src/data/readers/parquet-reader.js';
import { readBatches } from '../../../src/data/readers/read-batches.js';
import { collect, failure, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function writeParquet(name: string, rows: number, rowGroupSize?: number): string {
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: Array.from({ length: rows }, (_, i) => BigInt(i)), type: 'INT64' },
      { name: 'score', data: Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? null : i / 2)), type: 'DOUBLE' },
      { name: 'city', data: Array.from({ length: rows }, (_, i) => ['Oslo', 'Lima', null][i % 3]), type: 'STRING' },
      { name: 'ok', data: Array.from({ length: rows }, (_, i) => i % 2 === 0), type: 'BOOLEAN' },
      { name: 'at', data: Array.from({ length: rows }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i))), type: 'TIMESTAMP' },
    ],
    rowGroupSize,
  });
  return tmp.file(name, new Uint8Array(buffer));
}

describe('readParquet', () => {
  test('reads every row group into column-major batches with JS values', async () => {
    const file = writeParquet('a.parquet', 25, 10);
    const out = await collect(readBatches(file, { batchRows: 4 }));
    expect(out.columns).toEqual(['id', 'score', 'city', 'ok', 'at']);
    expect(out.rows).toHaveLength(25);
    expect(out.rows[0]).toEqual([0n, null, 'Oslo', true, new Date(Date.UTC(2024, 0, 1))]);
    expect(out.rows[11]).toEqual([11n, 5.5, null, false, new Date(Date.UTC(2024, 0, 12))]);
    expect(out.lines).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // batches never straddle row groups: 4+4+2 per group of 10
    expect(out.batches.map((b) => b.rowCount)).toEqual([4, 4, 2, 4, 4, 2, 4, 1]);
    for (const batch of out.batches) for (const column of batch.cells) expect(Array.isArray(column)).toBe(true);
  });

  test('a truncated file is a DataError with the file and a hint', async () => {
    const good = writeParquet('good.parquet', 50);
    const bytes = (await import('node:fs')).readFileSync(good);
    const file = tmp.file('truncated.parquet', bytes.subarray(0, bytes.length - 20));
    const error = await failure(() => collect(readParquet(file)));
    expect(error).toBeInstanceOf(DataError);
    expect(error.location?.file).toBe(file);
    expect(error.message).toMatch(/truncated\.parquet is not a readable Parquet file/);
    expect(error.hint).toMatch(/truncated or not Parquet/);
  });

  test('a CSV named .parquet, an empty file, a file with no rows', async () => {
    const csv = await failure(() => collect(readParquet(tmp.file('fake.parquet', 'a,b\n1,2\n'))));
    expect(csv).toBeInstanceOf(DataError);
    expect(csv.hint).toMatch(/set the format option/);
    const empty = await failure(() => collect(readParquet(tmp.file('empty.parquet', ''))));
    expect(empty.message).toMatch(/is empty/);
    const none = await failure(() => collect(readParquet(writeParquet('none.parquet', 0))));
    expect(none).toBeInstanceOf(NoRowsError);
    expect((none as unknown as NoRowsError).columns).toEqual(['id', 'score', 'city', 'ok', 'at']);
  });
});
