/**
 * The one place validation touches the readers: which files, their batches, and byte ranges for
 * worker threads. Paths are shown relative to the working directory when inside it, so messages and
 * annotations name files as a user (and GitHub) knows them.
 */
import path from 'node:path';
import { expandDataPaths, readBatches } from '../readers/index.js';
import { planCsvRanges } from '../readers/csv-plan.js';
import { readCsvRange, type CsvRange } from '../readers/csv-range.js';
import { detectFormat } from '../readers/format.js';
import type { Batch, DataFormat } from '../readers/types.js';

/** A byte range of a CSV file, as planned for one worker. */
export type SourceRange = CsvRange;

/** Expands files and globs (absolute, or relative to cwd) into files, shown relative to the process's cwd. */
export async function expandPaths(patterns: string[], cwd: string): Promise<string[]> {
  const files = await expandDataPaths(patterns, cwd);
  return files.map(displayPath);
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function fileBatches(file: string, format: DataFormat | undefined, batchRows: number): AsyncIterable<Batch> {
  return readBatches(file, { format, batchRows });
}

/** Byte ranges for `parts` workers, or undefined when the file is not CSV/TSV (not splittable). */
export async function planRanges(file: string, parts: number, format: DataFormat | undefined): Promise<SourceRange[] | undefined> {
  const kind = detectFormat(file, format);
  if (kind !== 'csv' && kind !== 'tsv') return undefined;
  return planCsvRanges(file, parts, kind === 'tsv' ? { delimiter: '\t' } : {});
}

/** Reads of 2 MiB: with one reader per core, smaller chunks keep memory down at no measured cost. */
const RANGE_CHUNK_BYTES = 2 * 1024 * 1024;

/** Batches of one range with absolute line numbers (rows stay relative to the range). */
export function rangeBatches(file: string, range: SourceRange, batchRows: number): AsyncIterable<Batch> {
  return readCsvRange(file, range, { absoluteLines: true, batchRows, chunkBytes: RANGE_CHUNK_BYTES });
}
