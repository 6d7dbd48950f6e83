/**
 * Errors shared by the readers. Every problem with a user's file becomes a DataError naming the
 * file, the line (or row) when there is one, and how to fix it, so the CLI prints one readable line
 * and the Action annotates the spot instead of dumping a stack trace.
 */
import type { Stats } from 'node:fs';
import { DataError } from '../../shared/errors.js';
import { describeFileKind } from '../../shared/safe-read.js';

/**
 * The file has a header (or a schema) but no data rows. It is a DataError so that an unhandled one
 * still reads well, and a subclass so that a caller that accepts empty datasets can catch it and
 * carry on: `columns` holds the header (CSV/TSV), the schema's columns (Parquet) or [] (JSONL).
 */
export class NoRowsError extends DataError {
  /** The column names the file declares, for a caller that downgrades this error. */
  readonly columns: string[];

  constructor(file: string, columns: string[], line?: number) {
    super(`${file} has no data rows${columns.length ? ` (only a header with ${columns.length} column${columns.length === 1 ? '' : 's'})` : ''}`, {
      location: { file, line },
      hint: 'Add data rows to the file, or remove it from the dataset paths.',
    });
    this.columns = columns;
  }
}

/** Node's error code of a failed fs call, if it has one. */
function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * Turns a failed open/stat/read of a data file into a DataError with a fix. Errors that are not
 * about the file (no `code`) are returned unchanged: they are bugs and keep their stack.
 */
export function fileAccessError(file: string, error: unknown): unknown {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new DataError(`${file} does not exist`, {
        location: { file },
        hint: `Check the path; relative paths are resolved from ${process.cwd()}.`,
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
      return new DataError(`${file} cannot be read: permission denied`, {
        location: { file },
        hint: 'Make the file readable by the user running the action (for example `chmod a+r`).',
        cause: error,
      });
    case 'EISDIR':
      return isDirectoryError(file);
    default:
      if (errorCode(error) !== undefined) {
        return new DataError(`${file} cannot be read: ${(error as Error).message}`, {
          location: { file },
          hint: 'Check that the file exists, is a regular file and is readable.',
          cause: error,
        });
      }
      return error;
  }
}

/** A directory was given where a data file was expected. */
export function isDirectoryError(file: string): DataError {
  return new DataError(`${file} is a directory, not a data file`, {
    location: { file },
    hint: `Name the files, or use a glob such as ${JSON.stringify(`${file.replace(/\/+$/, '')}/*.csv`)}.`,
  });
}

/** A path that is neither a directory nor a regular file (a FIFO, a device, a socket): reading it could block forever. */
export function notRegularFileError(file: string, stats: Stats): DataError {
  return new DataError(`${file} is ${describeFileKind(stats)}, not a data file`, {
    location: { file },
    hint: 'Write the data to an ordinary file first (a pipe or a device cannot be read twice, and validate-data reads a file more than once).',
  });
}
