/** Reading a whole CSV/TSV file in one pass. */
import { NoRowsError } from '../errors.js';
import { readCsvHeader } from './csv-header.js';
import { resolveCsvOptions, type CsvOptions } from './csv-options.js';
import { readCsvRange } from './csv-range.js';
import type { Batch } from '../types.js';

/**
 * Reads `file` as CSV (or TSV with delimiter '\t') into batches of at most `batchRows` rows, with
 * file line numbers in `lines`. Throws NoRowsError (a DataError) after the header if there are no
 * data rows, so a caller that accepts empty files can catch it and still learn the columns.
 */
export async function* readCsv(file: string, options: CsvOptions = {}): AsyncGenerator<Batch> {
  const resolved = resolveCsvOptions(options);
  const header = await readCsvHeader(file, resolved);
  let rows = 0;
  if (header.dataStart < header.size) {
    const range = { index: 0, start: header.dataStart, end: header.size, firstLine: header.dataStartLine, columns: header.columns, delimiter: resolved.delimiter };
    for await (const batch of readCsvRange(file, range, { ...options, absoluteLines: true })) {
      rows += batch.rowCount;
      yield batch;
    }
  }
  if (rows === 0) throw new NoRowsError(file, header.columns, header.dataStartLine - 1);
}
