/**
 * A bounded read of a user's file with a located error for each way it can go wrong. Private to
 * src/gate: the shared bounded reader (src/shared/safe-read.ts) is being written at the same time and
 * replaces this at merge.
 */
import { open } from 'node:fs/promises';
import { DataError } from '../shared/errors.js';

/** Reads `file` as UTF-8, refusing files larger than `maxBytes` (`what` names the file in messages). */
export async function readBounded(file: string, maxBytes: number, what: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})`;
    throw new DataError(`The ${what} ${file} ${reason}.`, {
      location: { file },
      hint: code === 'ENOENT' ? `Check the path, or make the training command write this file.` : 'Check the path and its permissions.',
    });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new DataError(`The ${what} ${file} is a folder.`, { location: { file }, hint: 'Pass the path of the file inside it.' });
    if (stat.size > maxBytes) {
      throw new DataError(`The ${what} ${file} is ${stat.size} bytes, more than the ${maxBytes} this reader accepts.`, {
        location: { file },
        hint: 'Check that it is the right file; write fewer rows or a smaller file.',
      });
    }
    const buffer = await handle.readFile();
    if (buffer.length > maxBytes) throw new DataError(`The ${what} ${file} grew past ${maxBytes} bytes while being read.`, { location: { file } });
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}
