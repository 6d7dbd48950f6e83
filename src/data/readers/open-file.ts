/** Opening a data file with errors a user can act on. */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { fileAccessError, isDirectoryError, notRegularFileError } from './errors.js';

/** Read-only and non-blocking: opening a FIFO must not wait for a writer (regular files read as usual). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** An open data file and its size. */
export interface OpenDataFile {
  handle: FileHandle;
  size: number;
}

/**
 * Opens `file` for reading. A missing, unreadable or directory path, or one that is not a regular
 * file (a FIFO, a device), becomes a DataError (on Linux opening a directory succeeds and only the
 * first read fails, hence the explicit check).
 */
export async function openDataFile(file: string): Promise<OpenDataFile> {
  let handle: FileHandle;
  try {
    handle = await open(file, READ_FLAGS);
  } catch (error) {
    throw fileAccessError(file, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw isDirectoryError(file);
    if (!stats.isFile()) throw notRegularFileError(file, stats);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw fileAccessError(file, error);
  }
}
