/** Reading CSV rows from one byte range of a file: the whole data part, or one worker's share. */
import { invalidUtf8Error, nulByteError } from './csv-errors.js';
import { CsvBatchParser, type ParsedRows } from './csv-parser.js';
import { columnAt, countLineFeeds, parseRecord } from './csv-record.js';
import { resolveCsvOptions, type CsvOptions } from './csv-options.js';
import { openDataFile } from '../open-file.js';
import { TextReader } from '../text-reader.js';
import type { LazyDecoder } from '../lazy-text.js';
import { TextBatch } from './text-batch.js';
import type { Batch } from '../types.js';

/**
 * A part of a CSV file that starts and ends on row boundaries, with everything needed to parse it
 * on its own (in a worker thread: it is a plain, structured-clonable object).
 */
export interface CsvRange {
  /** 0-based position of this range among the file's ranges. */
  index: number;
  /** First byte of the range (the start of a row). */
  start: number;
  /** Byte after the range (the start of the next range's first row, or the file size). */
  end: number;
  /**
   * Absolute 1-based line number of the range's first line. Batches report lines relative to the
   * range (line 1 = firstLine), as Batch documents; the file's line is `firstLine - 1 + lines[r]`.
   * Errors thrown while reading the range already use absolute lines.
   */
  firstLine: number;
  /** The header, parsed once when planning. */
  columns: string[];
  delimiter: string;
}

/** Options of readCsvRange. */
export interface CsvRangeOptions extends Omit<CsvOptions, 'delimiter'> {
  /**
   * Report absolute file lines in `Batch.lines` instead of range-relative ones. readCsv uses
   * this; workers may too, if the caller prefers absolute lines (rowOffset stays relative).
   */
  absoluteLines?: boolean;
  /** Filled in when the range has been read: the lines it spans (blank and quoted ones included). */
  counts?: { lines: number };
  /** Sees every byte of the range once, in order, as it is read (TextReader's onRead). */
  onBytes?: (bytes: Uint8Array) => void;
}

/**
 * Parses the rows of `range` in `file` into batches. `rowOffset` counts from the range's first row,
 * `lines` from its first line (unless `absoluteLines`). The caller learns each range's row count
 * by summing `rowCount`; ranges yield no rows only if they hold nothing but blank lines.
 */
export async function* readCsvRange(file: string, range: CsvRange, options: CsvRangeOptions = {}): AsyncGenerator<Batch> {
  const resolved = resolveCsvOptions({ ...options, delimiter: range.delimiter });
  const parser = new CsvBatchParser({
    file,
    columns: range.columns,
    delimiterCode: resolved.delimiterCode,
    batchRows: resolved.batchRows,
    maxFieldBytes: resolved.maxFieldBytes,
    firstLine: range.firstLine,
    noKernel: !resolved.kernel,
  });
  const lineShift = options.absoluteLines ? range.firstLine - 1 : 0;
  let rowOffset = 0;
  const toBatch = (rows: ParsedRows): Batch => {
    if (lineShift !== 0) for (let i = 0; i < rows.rowCount; i++) rows.lines[i] += lineShift;
    const batch = new TextBatch(file, range.columns, rows.rowCount, rowOffset, rows.lines, rows.cells);
    rowOffset += rows.rowCount;
    return batch;
  };

  const { handle } = await openDataFile(file);
  try {
    // the parser's kernel decodes UTF-8 blocks (faster than Node) and keeps them loaded for it,
    // while the parser uses it
    const kernel = parser.kernelInUse();
    const decoder: LazyDecoder | undefined = kernel && { active: () => parser.kernelInUse() !== undefined, decode: (bytes) => kernel.decodeUtf8(bytes) };
    const reader = new TextReader(handle, range.start, range.end, resolved.chunkBytes, options.onBytes, decoder);
    let consumed = 0;
    for (;;) {
      const block = await reader.next(consumed);
      if (!block) break;
      // kept while its rows are parsed, whatever a consumer does with the kernel in between
      block.lazy?.pin();
      let pos = 0;
      for (;;) {
        pos = parser.parse(block, pos);
        if (!parser.full) break;
        yield toBatch(parser.takeBatch());
      }
      // positions refer to this block's text: its rows go out before the next block is read
      if (parser.rowCount > 0) yield toBatch(parser.takeBatch());
      const bad = block.invalidUtf8 ?? block.nulByte;
      if (bad) {
        // the rows before the bad byte were delivered; now say where it is: the row the parser
        // left (the text ends in it) holds it, in its last field so far
        const { text } = block;
        const line = range.firstLine - 1 + parser.line + countLineFeeds(text, pos, text.length);
        if (block.invalidUtf8) throw invalidUtf8Error(file, line, columnAt(text, text.length), bad.byteOffset);
        const record = parseRecord(text, pos, false, resolved.delimiterCode);
        const field = record.kind === 'unterminated' ? 0 : record.fields.length - 1;
        throw nulByteError(file, line, columnAt(text, text.length), bad.byteOffset, range.columns[field] ?? `#${field + 1}`);
      }
      block.lazy?.unpin();
      if (block.final) break;
      consumed = pos;
    }
  } finally {
    await handle.close();
  }
  if (options.counts) options.counts.lines = parser.line - 1;
}
