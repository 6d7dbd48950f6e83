/** The DataErrors of the CSV/TSV reader, worded once so every path reports a problem the same way. */
import { DataError } from '../../../shared/errors.js';

export function emptyFileError(file: string): DataError {
  return new DataError(`${file} is empty`, {
    location: { file },
    hint: 'The file has no bytes: check that it was written completely, or remove it from the dataset paths.',
  });
}

export function noHeaderError(file: string, line: number): DataError {
  return new DataError(`${file} has no header row (only blank lines)`, {
    location: { file, line },
    hint: 'Put the column names on the first line, separated by the delimiter.',
  });
}

export function unterminatedQuoteError(file: string, line: number, column: number): DataError {
  return new DataError(`a quoted field opened on line ${line} is never closed`, {
    location: { file, line, column },
    hint: 'Close the quote, or double a quote that is part of the value ("" inside a quoted field).',
  });
}

export function raggedRowError(file: string, line: number, expected: number, got: number): DataError {
  return new DataError(`line ${line} has ${got} field${got === 1 ? '' : 's'}, expected ${expected} like the header`, {
    location: { file, line },
    hint:
      got > expected
        ? 'A value probably contains the delimiter: quote that value ("a, b"), or remove the extra delimiter.'
        : 'A value is missing or a line break splits the row: add the missing fields (empty is fine: a,,c) or quote values that contain line breaks.',
  });
}

export function fieldTooLargeError(file: string, line: number, column: number, name: string, size: number, limit: number): DataError {
  return new DataError(`the field of column ${JSON.stringify(name)} starting on line ${line} is larger than ${limit} bytes (at least ${size})`, {
    location: { file, line, column },
    hint: `Check for a quote that is never closed before this point; if the value really is this large, raise the maxFieldBytes option (now ${limit}).`,
  });
}

export function invalidUtf8Error(file: string, line: number, column: number, byteOffset: number): DataError {
  return new DataError(`invalid UTF-8 at byte ${byteOffset} (line ${line})`, {
    location: { file, line, column },
    hint: 'Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`, or "CSV UTF-8" in Excel).',
  });
}

/**
 * A NUL byte in a text file: a truncated write (a file padded with zeros after a crash) or a
 * binary file. `name` is the column it is in, when the reader knows it (CSV/TSV).
 */
export function nulByteError(file: string, line: number, column: number, byteOffset: number, name?: string): DataError {
  return new DataError(`a NUL byte ${name === undefined ? '' : `in column ${JSON.stringify(name)} `}on line ${line} (byte ${byteOffset}): the file is truncated or binary`, {
    location: { file, line, column },
    hint: 'A text file holds no NUL bytes: re-export or re-copy the file (a write cut short leaves zeros), or check that it is really CSV/JSON Lines text.',
  });
}

export function duplicateColumnsError(file: string, line: number, names: string[]): DataError {
  return new DataError(`the header repeats column name${names.length === 1 ? '' : 's'} ${names.map((n) => JSON.stringify(n)).join(', ')}`, {
    location: { file, line },
    hint: 'Give every column a unique name in the header.',
  });
}

export function emptyColumnNameError(file: string, line: number, column: number, position: number): DataError {
  return new DataError(`column ${position} of the header has no name`, {
    location: { file, line, column },
    hint: 'Name every column. A file written by pandas `to_csv()` without `index=False` starts with an unnamed index column.',
  });
}
