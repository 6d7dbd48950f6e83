/** Options of the CSV/TSV reader, and their defaults. */
import { InputError } from '../../../shared/errors.js';
import { DEFAULT_CHUNK_BYTES } from '../text-reader.js';

/** Options for reading CSV or TSV. */
export interface CsvOptions {
  /** Field separator, one ASCII character other than a quote, CR or LF. Default ',' (TSV: tab). */
  delimiter?: string;
  /**
   * Rows per batch. Default 2048: a batch's per-column scratch (positions, parsed values, hashes)
   * then stays in the CPU caches while each column is analyzed.
   */
  batchRows?: number;
  /**
   * Largest field accepted, default 1 MiB. A bigger field almost always means a stray quote that
   * swallowed the rest of the file, so it is reported instead of buffering gigabytes. Measured in
   * UTF-16 code units (= bytes for ASCII; multi-byte text may be up to 3x larger in bytes).
   */
  maxFieldBytes?: number;
  /** Bytes read and decoded at a time. Default 120 KiB (text-reader.ts says why). */
  chunkBytes?: number;
  /**
   * Let the WebAssembly kernel tokenize the text (kernel/csv-kernel.ts). Default true; the
   * result is the same either way, so false is for tests and A/B runs.
   */
  kernel?: boolean;
}

/** CsvOptions with every default filled in and the delimiter as a char code. */
export interface ResolvedCsvOptions {
  delimiter: string;
  delimiterCode: number;
  batchRows: number;
  maxFieldBytes: number;
  chunkBytes: number;
  kernel: boolean;
}

export const DEFAULT_BATCH_ROWS = 2048;
const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;

/** Fills in defaults and rejects a delimiter the parser cannot honour. */
export function resolveCsvOptions(options: CsvOptions = {}, defaultDelimiter = ','): ResolvedCsvOptions {
  const delimiter = options.delimiter ?? defaultDelimiter;
  const code = delimiter.charCodeAt(0);
  if (delimiter.length !== 1 || code > 0x7f || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new InputError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
      hint: 'Use a single ASCII character other than a quote or a line break, for example "," ";" "|" or "\\t".',
    });
  }
  return {
    delimiter,
    delimiterCode: code,
    batchRows: positiveInteger(options.batchRows, DEFAULT_BATCH_ROWS, 'batchRows'),
    maxFieldBytes: positiveInteger(options.maxFieldBytes, DEFAULT_MAX_FIELD_BYTES, 'maxFieldBytes'),
    chunkBytes: positiveInteger(options.chunkBytes, DEFAULT_CHUNK_BYTES, 'chunkBytes'),
    kernel: options.kernel ?? true,
  };
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new InputError(`${name} must be a positive integer, got ${value}`, { hint: `Pass a whole number >= 1 as ${name}.` });
  }
  return value;
}
