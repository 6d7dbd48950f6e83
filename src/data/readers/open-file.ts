/** Opening a data file with errors a user can act on. */
import { open, type FileHandle } from 'node:fs/promises';
import { fileAccessError, isDirectoryError } from './errors.js';

/** An open data file and its size. */
export interface OpenDataFile {
  handle: FileHandle;
  size: number;
}

/**
 * Opens `file` for reading. A missing, unreadable or directory path becomes a DataError (on Linux
 * opening a directory succeeds and only the first read fails, hence the explicit check).
 */
export async function openDataFile(file: string): Promise<OpenDataFile> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw fileAccessError(file, error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw isDirectoryError(file);
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close();
    throw fileAccessError(file, error);
  }
}
