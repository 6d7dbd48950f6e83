/** Splitting a CSV file into byte ranges that worker threads can parse independently. */
import { NoRowsError } from '../errors.js';
import { findRowBoundaries } from './csv-boundaries.js';
import { readCsvHeader } from './csv-header.js';
import { resolveCsvOptions, type CsvOptions } from './csv-options.js';
import type { CsvRange } from './csv-range.js';
import { formatFromExtension } from '../format.js';
import { openDataFile } from '../open-file.js';

/** Ranges smaller than this are not worth a worker: the file gets fewer ranges. */
const MIN_RANGE_BYTES = 1024 * 1024;

/**
 * Reads the header of `file` once and cuts the data into at most `parts` ranges of similar size,
 * each starting at a row boundary (never inside a quoted field, even one holding line breaks) and
 * knowing its absolute first line. Feed each range to readCsvRange; parsing all ranges in order
 * gives exactly the rows of one pass. The delimiter defaults to a tab for .tsv/.tab files.
 *
 * Cost: one sequential scan up to the last split point that only looks at quotes and line feeds
 * (native Buffer.indexOf). Throws the header's DataErrors, and NoRowsError if there are no rows.
 *
 * @param minRangeBytes ranges are at least this large (default 1 MiB) so small files stay whole
 */
export async function planCsvRanges(
  file: string,
  parts: number,
  options: CsvOptions & { minRangeBytes?: number } = {},
): Promise<CsvRange[]> {
  const { resolved, header, handle, span, count } = await openShares(file, parts, options);
  const { dataStart, size, columns } = header;
  try {
    const targets: number[] = [];
    for (let i = 1; i < count; i++) targets.push(dataStart + Math.floor((span * i) / count));
    const boundaries = await findRowBoundaries(handle, dataStart, size, targets, resolved.delimiterCode, resolved.chunkBytes);

    const ranges: CsvRange[] = [];
    let start = dataStart;
    let firstLine = header.dataStartLine;
    for (const boundary of [...boundaries, { offset: size, lineFeeds: -1 }]) {
      if (boundary.offset <= start) continue;
      ranges.push({ index: ranges.length, start, end: boundary.offset, firstLine, columns, delimiter: resolved.delimiter });
      start = boundary.offset;
      firstLine = header.dataStartLine + boundary.lineFeeds;
    }
    return ranges;
  } finally {
    await handle.close();
  }
}

/**
 * Cuts the data of `file` into at most `parts` ranges without reading it: each range after the
 * first starts right after the first line feed past its share's target. That is a row boundary
 * unless the line feed sits inside a quoted field, which only the text before it can tell; so these
 * ranges are a guess that the caller confirms while parsing them in order (parse-ranges.ts): if
 * every range before range k parsed without an error, range k started on a row boundary (a range
 * that starts inside a quoted field leaves the one before it ending inside that field: an
 * unterminated quote). Lines are unknown too: `firstLine` is 1 and lines count from the range's
 * start. What planCsvRanges pays a scan of the file for, this pays for only when the guess fails.
 */
export async function splitCsvRanges(
  file: string,
  parts: number,
  options: CsvOptions & { minRangeBytes?: number; firstWeight?: (count: number) => number } = {},
): Promise<{ ranges: CsvRange[]; dataStartLine: number }> {
  const { resolved, header, handle, span, count } = await openShares(file, parts, options);
  const { dataStart, size, columns } = header;
  // the first share weighs firstWeight(count) others (its reader may have more to do than parse it)
  const first = options.firstWeight?.(count) ?? 1;
  const share = (i: number) => Math.floor((span * (i === 0 ? 0 : first + i - 1)) / (first + count - 1));
  try {
    const ranges: CsvRange[] = [];
    let start = dataStart;
    for (let i = 1; i <= count; i++) {
      const end = i === count ? size : await lineStartAfter(handle, dataStart + share(i), size);
      if (end <= start) continue;
      ranges.push({ index: ranges.length, start, end, firstLine: ranges.length === 0 ? header.dataStartLine : 1, columns, delimiter: resolved.delimiter });
      start = end;
    }
    return { ranges, dataStartLine: header.dataStartLine };
  } finally {
    await handle.close();
  }
}

/** The offset after the first line feed at or after `from`, or `end` when there is none. */
async function lineStartAfter(handle: import('node:fs/promises').FileHandle, from: number, end: number): Promise<number> {
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (let pos = from; pos < end; ) {
    const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
    if (bytesRead === 0) break;
    const lf = buf.subarray(0, bytesRead).indexOf(10);
    if (lf !== -1) return pos + lf + 1;
    pos += bytesRead;
  }
  return end;
}

/** The header, the open file and how many shares of its data to cut (both planners start so). */
async function openShares(file: string, parts: number, options: CsvOptions & { minRangeBytes?: number }) {
  const resolved = resolveCsvOptions(options, formatFromExtension(file) === 'tsv' ? '\t' : ',');
  const header = await readCsvHeader(file, resolved);
  const { handle } = await openDataFile(file);
  try {
    if (!(await hasNonBlankByte(handle, header.dataStart, header.size))) throw new NoRowsError(file, header.columns, header.dataStartLine - 1);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const span = header.size - header.dataStart;
  const minBytes = options.minRangeBytes ?? MIN_RANGE_BYTES;
  const count = Math.max(1, Math.min(Math.floor(parts), Math.floor(span / Math.max(1, minBytes)) || 1));
  return { resolved, header, handle, span, count };
}

/** True if [from, end) holds a byte other than CR or LF, i.e. the file has something after the header. */
async function hasNonBlankByte(handle: import('node:fs/promises').FileHandle, from: number, end: number): Promise<boolean> {
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (let pos = from; pos < end; ) {
    const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
    if (bytesRead === 0) return false;
    for (let i = 0; i < bytesRead; i++) if (buf[i] !== 10 && buf[i] !== 13) return true;
    pos += bytesRead;
  }
  return false;
}
