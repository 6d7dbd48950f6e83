/**
 * The gate's read of a user's file (metrics, per-example outputs): the shared bounded read
 * (src/shared/safe-read.ts: regular files only, a size cap, never blocking on a FIFO), with the
 * errors of opening it worded for the gate's inputs.
 */
import { DataError } from '../shared/errors.js';
import { UnsafeInputError, readTextBoundedAsync } from '../shared/safe-read.js';

/** Reads `file` as UTF-8, refusing other kinds of files and files larger than `maxBytes` (`what` names it). */
export async function readBounded(file: string, maxBytes: number, what: string): Promise<string> {
  try {
    return await readTextBoundedAsync(file, { maxBytes, what });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
    throw new DataError(`The ${what} ${file} ${reason}.`, {
      location: { file },
      hint: code === 'ENOENT' ? 'Check the path, or make the training command write this file.' : 'Check the path and its permissions.',
      cause: error,
    });
  }
}
