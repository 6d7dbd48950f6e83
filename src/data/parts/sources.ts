/**
 * The one place validation touches the readers: which files, their batches, and byte ranges for
 * worker threads. Paths are shown relative to the working directory when inside it, so messages and
 * annotations name files as a user (and GitHub) knows them.
 */
import path from 'node:path';
import { expandDataPaths } from '../readers/paths.js';
import { readBatches } from '../readers/read-batches.js';
import { splitCsvRanges } from '../readers/csv/csv-plan.js';
import { readCsvRange, type CsvRange } from '../readers/csv/csv-range.js';
import { detectFormat } from '../readers/format.js';
import type { Batch, DataFormat } from '../readers/types.js';

/** A byte range of a CSV file, as planned for one worker. */
export type SourceRange = CsvRange;

/** Expands files and globs (absolute, or relative to cwd) into files, shown relative to the process's cwd. */
export async function expandPaths(patterns: string[], cwd: string): Promise<string[]> {
  const files = await expandDataPaths(patterns, cwd);
  return files.map(displayPath);
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export function fileBatches(file: string, format: DataFormat | undefined, batchRows: number): AsyncIterable<Batch> {
  return readBatches(file, { format, batchRows });
}

/** A CSV file's byte ranges, and the line its data starts on. */
export interface PlannedRanges {
  ranges: SourceRange[];
  dataStartLine: number;
}

/**
 * Byte ranges for `parts` threads (guessed, see splitCsvRanges: parse-ranges.ts confirms them), or
 * undefined when the file is not CSV/TSV (not splittable).
 */
export async function planRanges(file: string, parts: number, format: DataFormat | undefined, firstWeight?: (count: number) => number): Promise<PlannedRanges | undefined> {
  const kind = detectFormat(file, format);
  if (kind !== 'csv' && kind !== 'tsv') return undefined;
  return splitCsvRanges(file, parts, { ...(kind === 'tsv' ? { delimiter: '\t' } : {}), firstWeight });
}

/**
 * Batches of one range, lines counted from the range's first line (rows too); `counts.lines` is
 * filled in with the lines the range spans once it has been read.
 */
export function rangeBatches(file: string, range: SourceRange, batchRows: number, counts?: { lines: number }, onBytes?: (bytes: Uint8Array) => void): AsyncIterable<Batch> {
  return readCsvRange(file, range, { batchRows, counts, onBytes });
}
