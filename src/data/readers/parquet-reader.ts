/**
 * Reading Parquet with hyparquet (pure JS, no native build to ship inside an Action).
 *
 * The file is never loaded whole: hyparquet reads through an AsyncBuffer that fetches byte slices
 * from the open file, and rows are decoded one row group at a time, column by column (parquetScan),
 * which is already the column-major shape of a Batch. Values are what hyparquet produces: DATE and
 * TIMESTAMP columns become Date, INT64 stays bigint (even when small: converting only the safe ones
 * would give one column two JS types), strings are strings, nulls null, nested columns objects/arrays.
 * Parquet has no lines, so `lines` holds 1-based row numbers of the file.
 */
import { parquetMetadataAsync, parquetScan, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import type { FileHandle } from 'node:fs/promises';
import { DataError } from '../../shared/errors.js';
import { emptyFileError } from './csv/csv-errors.js';
import { DEFAULT_BATCH_ROWS } from './csv/csv-options.js';
import { NoRowsError } from './errors.js';
import { openDataFile } from './open-file.js';
import type { Batch } from './types.js';

/** Options for reading Parquet. */
export interface ParquetOptions {
  /** Rows per batch (default 2048); row groups are cut into batches of this size. */
  batchRows?: number;
}

/** Reads `file` as Parquet, row group by row group. Throws a DataError for a broken file. */
export async function* readParquet(file: string, options: ParquetOptions = {}): AsyncGenerator<Batch> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const { handle, size } = await openDataFile(file);
  try {
    if (size === 0) throw emptyFileError(file);
    const buffer = fileAsyncBuffer(handle, size);
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(buffer);
    } catch (error) {
      throw brokenParquet(file, error, 'its footer (metadata) cannot be read');
    }
    const columns = parquetSchema(metadata).children.map((child) => child.element.name);
    if (Number(metadata.num_rows) === 0) throw new NoRowsError(file, columns);

    let rowOffset = 0;
    let groupStart = 0;
    for (const [groupIndex, group] of metadata.row_groups.entries()) {
      const groupRows = Number(group.num_rows);
      const groupEnd = groupStart + groupRows;
      const data: unknown[][] = [];
      try {
        // one scan per row group keeps at most one group's decoded columns in memory
        const scan = await parquetScan({ file: buffer, metadata, rowStart: groupStart, rowEnd: groupEnd });
        for (const column of columns) {
          data.push(Array.from(await scan.readColumn({ column, rowStart: groupStart, rowEnd: groupEnd }) as ArrayLike<unknown>));
        }
      } catch (error) {
        throw brokenParquet(file, error, `row group ${groupIndex} (rows ${groupStart + 1}-${groupEnd}) cannot be decoded`, groupStart + 1);
      }
      for (let from = 0; from < groupRows; from += batchRows) {
        const to = Math.min(groupRows, from + batchRows);
        const lines = new Int32Array(to - from);
        for (let i = 0; i < lines.length; i++) lines[i] = groupStart + from + i + 1;
        yield {
          file,
          columns,
          rowCount: to - from,
          rowOffset,
          lines,
          cells: data.map((column) => (from === 0 && to === groupRows ? column : column.slice(from, to))),
        };
        rowOffset += to - from;
      }
      groupStart = groupEnd;
    }
  } finally {
    await handle.close();
  }
}

/** An AsyncBuffer that reads slices of an open file on demand. */
function fileAsyncBuffer(handle: FileHandle, size: number): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end: number = size): Promise<ArrayBuffer> {
      const length = Math.max(0, Math.min(end, size) - start);
      const bytes = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await handle.read(bytes, got, length - got, start + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === length ? bytes.buffer : bytes.buffer.slice(0, got);
    },
  };
}

function brokenParquet(file: string, error: unknown, what: string, line?: number): DataError {
  if (error instanceof DataError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new DataError(`${file} is not a readable Parquet file: ${what} (${reason})`, {
    location: { file, line },
    hint: 'The file may be truncated or not Parquet at all: re-export it (e.g. pandas `to_parquet`), or if it is another format, fix its extension or set the format option.',
    cause: error,
  });
}
