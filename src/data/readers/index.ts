/** Public surface of the data readers (see each module for the details). */
export type { Batch, DataFormat } from './types.js';
export { readBatches, openDataset, type ReadOptions } from './read-batches.js';
export { expandDataPaths } from './paths.js';
export { detectFormat, formatFromExtension, FORMAT_EXTENSIONS } from './format.js';
export { NoRowsError } from './errors.js';
export { readCsv } from './csv/csv-reader.js';
export { planCsvRanges } from './csv/csv-plan.js';
export { readCsvRange, type CsvRange, type CsvRangeOptions } from './csv/csv-range.js';
export { type CsvOptions, DEFAULT_BATCH_ROWS, DEFAULT_MAX_FIELD_BYTES } from './csv/csv-options.js';
export { readJsonl, type JsonlOptions } from './jsonl-reader.js';
export { readParquet, type ParquetOptions } from './parquet-reader.js';
