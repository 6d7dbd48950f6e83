import type { TextCells } from './csv/text-cells.js';

/** The formats validate-data reads. TSV is CSV with a tab delimiter. */
export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/**
 * A block of rows read from one data file, stored column by column so that per-column work (type
 * checks, profiles) runs over plain arrays.
 */
export interface Batch {
  /** The file this batch comes from, as the user named it (used in messages and annotations). */
  file: string;
  /** Column names in file order; the same for every batch of one file. */
  columns: string[];
  /** Number of rows in this batch. */
  rowCount: number;
  /**
   * 0-based index of this batch's first row among the data rows (header excluded) of the part being
   * read: the whole file, or one byte range of it when read in parallel.
   */
  rowOffset: number;
  /**
   * For each row, the 1-based line of the file (or of the range, in range mode) where the row starts;
   * CSV rows can span several lines when a quoted field holds a newline. JSONL: one row per line.
   * Parquet has no lines: the row's 1-based number.
   */
  lines: Int32Array;
  /**
   * cells[c][r] is the value of column c in row r. CSV/TSV give strings exactly as written after
   * unquoting ('' for an empty cell). JSONL and Parquet give JS values: number, bigint, boolean,
   * string, Date, null (missing keys are null), or an object/array for nested values.
   */
  cells: unknown[][];
  /**
   * CSV/TSV only: the same cells as positions in the decoded text (see text-cells.ts), for readers
   * that can work without a string per cell; `cells` is then made from it on first access.
   */
  readonly text?: TextCells;
  /** Tells the reader the batch is no longer used, so it may reuse its buffers (optional). */
  release?(): void;
}
