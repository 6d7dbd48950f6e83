/** Turning the user's dataset paths (files and globs) into a list of readable files. */
import { access, constants, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DataError } from '../../shared/errors.js';
import { fileAccessError, isDirectoryError } from './errors.js';

/**
 * Expands `patterns` (file paths or globs such as `data/*.csv`, `data/**\/*.parquet`) relative to
 * `cwd`. Each glob's matches are sorted; patterns keep their order; a file named twice is listed
 * once. Paths are returned as the user would write them (relative to cwd unless given absolute),
 * since they appear in messages and annotations.
 *
 * Errors (DataError): a glob matching no file, a missing path, a directory, an unreadable file.
 */
export async function expandDataPaths(patterns: string[], cwd: string = process.cwd()): Promise<string[]> {
  const result: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const matches = isDynamicPattern(pattern) ? await expandGlob(pattern, cwd) : [pattern];
    for (const file of matches) {
      const absolute = path.resolve(cwd, file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      await checkReadableFile(file, absolute);
      result.push(file);
    }
  }
  return result;
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.isAbsolute(pattern);
  const matches = await glob(pattern, { cwd, onlyFiles: true, absolute, dot: false, expandDirectories: false });
  if (matches.length === 0) {
    throw new DataError(`no file matches ${JSON.stringify(pattern)}`, {
      location: { file: pattern },
      hint: `Check the pattern and the directory it is relative to (${cwd}); quote it in YAML so the shell or YAML does not alter it.`,
    });
  }
  return matches.map((m) => m.split(path.sep).join('/')).sort();
}

async function checkReadableFile(file: string, absolute: string): Promise<void> {
  try {
    const stats = await stat(absolute);
    if (stats.isDirectory()) throw isDirectoryError(file);
    await access(absolute, constants.R_OK);
  } catch (error) {
    throw fileAccessError(file, error);
  }
}
