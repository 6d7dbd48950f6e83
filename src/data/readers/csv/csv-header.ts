/** Reading and checking the header row of a CSV/TSV file. */
import {
  duplicateColumnsError,
  emptyColumnNameError,
  emptyFileError,
  fieldTooLargeError,
  invalidUtf8Error,
  noHeaderError,
  nulByteError,
  unterminatedQuoteError,
} from './csv-errors.js';
import { columnAt, countLineFeeds, parseRecord } from './csv-record.js';
import type { ResolvedCsvOptions } from './csv-options.js';
import { openDataFile } from '../open-file.js';
import { TextReader } from '../text-reader.js';

/** The header of a CSV file and where its data starts. */
export interface CsvHeader {
  columns: string[];
  /** Byte offset of the first data line (after the header's line break); = size if there is none. */
  dataStart: number;
  /** 1-based line number of the first data line. */
  dataStartLine: number;
  /** File size in bytes. */
  size: number;
}

/** First read for the header: most headers are far smaller; the reader grows if needed. */
const HEADER_CHUNK_BYTES = 64 * 1024;

/**
 * Reads the first non-blank record of `file` as the header and checks the column names: none
 * empty, none repeated. Errors: empty file, no header, unterminated quote, invalid UTF-8, a NUL byte.
 */
export async function readCsvHeader(file: string, options: ResolvedCsvOptions): Promise<CsvHeader> {
  const { handle, size } = await openDataFile(file);
  try {
    if (size === 0) throw emptyFileError(file);
    const reader = new TextReader(handle, 0, size, Math.min(HEADER_CHUNK_BYTES, options.chunkBytes));
    // The reader keeps the text from the file's start; parsing it again on every block would be
    // quadratic in the header's length. A record ends only at a line break or at the file's end, so
    // it is parsed only when a block brought a new line break; and the fields of a header still
    // waiting for its end are held to maxFieldBytes at doubling lengths (linear in all).
    let searchFrom = 0;
    let sizeCheckAt = options.maxFieldBytes;
    for (;;) {
      const block = await reader.next(0);
      if (!block) throw noHeaderError(file, 1);
      const { text, final } = block;
      let pos = 0;
      let line = 1;
      while (pos < text.length && (text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) {
        if (text.charCodeAt(pos) === 10) line++;
        pos++;
      }
      const lineBreak = text.indexOf('\n', Math.max(pos, searchFrom));
      searchFrom = text.length;
      if (text.length - pos > sizeCheckAt) {
        throwIfHeaderFieldTooLarge(file, line, text, pos, options);
        sizeCheckAt *= 2;
      }
      if ((pos < text.length && lineBreak !== -1) || final) {
        const record = pos < text.length ? parseRecord(text, pos, final, options.delimiterCode) : null;
        if (record === null) throw noHeaderError(file, line);
        if (record.kind === 'unterminated') {
          throw unterminatedQuoteError(file, line + countLineFeeds(text, pos, record.quoteAt), columnAt(text, record.quoteAt));
        }
        if (record.kind === 'record') {
          checkColumnNames(file, line, text, record.fields, record.starts);
          const atEnd = record.next >= text.length && final;
          return {
            columns: record.fields,
            dataStart: atEnd ? size : reader.offsetOf(record.next),
            dataStartLine: line + record.newlines + 1,
            size,
          };
        }
      }
      const bad = block.invalidUtf8 ?? block.nulByte;
      if (bad) {
        const badLine = line + countLineFeeds(text, pos, text.length);
        if (block.invalidUtf8) throw invalidUtf8Error(file, badLine, columnAt(text, text.length), bad.byteOffset);
        const record = parseRecord(text, pos, false, options.delimiterCode);
        const field = record.kind === 'unterminated' ? 1 : record.fields.length;
        throw nulByteError(file, badLine, columnAt(text, text.length), bad.byteOffset, `#${field} (header)`);
      }
    }
  } finally {
    await handle.close();
  }
}

/** A header not yet ended whose fields so far include one over maxFieldBytes: the field limit applies to names too. */
function throwIfHeaderFieldTooLarge(file: string, line: number, text: string, pos: number, options: ResolvedCsvOptions): void {
  const max = options.maxFieldBytes;
  const record = parseRecord(text, pos, true, options.delimiterCode);
  if (record.kind === 'unterminated') {
    if (text.length - record.quoteAt > max) {
      throw fieldTooLargeError(file, line + countLineFeeds(text, pos, record.quoteAt), columnAt(text, record.quoteAt), 'header', text.length - record.quoteAt, max);
    }
    return;
  }
  if (record.kind !== 'record') return;
  record.fields.forEach((field, i) => {
    if (field.length > max) throw fieldTooLargeError(file, line + countLineFeeds(text, pos, record.starts[i]), columnAt(text, record.starts[i]), `#${i + 1} (header)`, field.length, max);
  });
}

function checkColumnNames(file: string, line: number, text: string, names: string[], starts: number[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  names.forEach((name, i) => {
    if (name.trim() === '') throw emptyColumnNameError(file, line, columnAt(text, starts[i]), i + 1);
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  });
  if (repeated.size > 0) throw duplicateColumnsError(file, line, [...repeated]);
}
