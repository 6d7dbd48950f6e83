/** One entry point for every format: pick the reader from the extension (or an explicit format). */
import type { CsvOptions } from './csv/csv-options.js';
import { readCsv } from './csv/csv-reader.js';
import { detectFormat } from './format.js';
import { readJsonl } from './jsonl-reader.js';
import type { Batch, DataFormat } from './types.js';

/** Options of readBatches; the CSV ones are ignored for JSONL and Parquet. */
export interface ReadOptions extends CsvOptions {
  /** Read as this format whatever the extension says. */
  format?: DataFormat;
}

/**
 * Reads `file` batch by batch. The format comes from `options.format` or else the extension
 * (.csv; .tsv/.tab; .jsonl/.ndjson; .parquet/.pq); an unknown extension is a DataError listing the
 * formats. Every problem with the file is a DataError; a file with no data rows ends with a
 * NoRowsError (after zero batches), which callers that accept empty files may catch.
 */
export function readBatches(file: string, options: ReadOptions = {}): AsyncIterable<Batch> {
  const format = detectFormat(file, options.format);
  switch (format) {
    case 'csv':
      return readCsv(file, options);
    case 'tsv':
      return readCsv(file, { ...options, delimiter: options.delimiter ?? '\t' });
    case 'jsonl':
      return readJsonl(file, options);
    case 'parquet':
      return readParquetLazily(file, options);
  }
}

/**
 * The Parquet reader and hyparquet are loaded only when a Parquet file is read: for CSV they were
 * ~200 KB of code loaded and compiled at every start.
 */
async function* readParquetLazily(file: string, options: ReadOptions): AsyncGenerator<Batch> {
  const { readParquet } = await import('./parquet-reader.js');
  yield* readParquet(file, options);
}

