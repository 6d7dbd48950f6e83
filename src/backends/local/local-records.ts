/**
 * The JSON records the local backends keep on disk, with guards: the files can be edited or
 * truncated by hand, so they are read as unknown and checked, not trusted.
 */
import { isSafeAssetName, type Release } from '../seams.js';
import { UserError } from '../../shared/errors.js';
import { UnsafeInputError, readTextBoundedAsync } from '../../shared/safe-read.js';
import { isErrno } from './atomic-fs.js';
import { isRecord } from '../../shared/json.js';

/** A record file of a local backend that cannot be used: not JSON, not the right shape, not a file. */
class LocalRecordError extends UserError {}

/**
 * The largest record read. Records are small (a release body is at most 125,000 characters); a
 * bigger file is not one of ours.
 */
const LOCAL_RECORD_MAX_BYTES = 4 * 1024 * 1024;

export type ReleaseRecord = Omit<Release, 'assets'>;

export interface AssetMeta {
  id: number;
  releaseId: number;
  name: string;
  size: number;
  contentType: string;
}

function isReleaseRecord(value: unknown): value is ReleaseRecord {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.tag === 'string' &&
    typeof value.name === 'string' &&
    typeof value.body === 'string' &&
    typeof value.draft === 'boolean' &&
    typeof value.prerelease === 'boolean' &&
    typeof value.targetCommitish === 'string' &&
    typeof value.createdAt === 'string' &&
    (value.publishedAt === null || typeof value.publishedAt === 'string')
  );
}

function isAssetMeta(value: unknown): value is AssetMeta {
  return (
    isRecord(value) &&
    typeof value.id === 'number' &&
    typeof value.releaseId === 'number' &&
    // The name becomes a file name on download: only names an upload accepts.
    isSafeAssetName(value.name) &&
    typeof value.size === 'number' &&
    typeof value.contentType === 'string'
  );
}

/**
 * Reads and checks a JSON record; undefined when it does not exist. A corrupt one (not JSON, the
 * wrong shape, too large, not a regular file) is a LocalRecordError naming the file.
 */
export async function readJsonFile<T>(file: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const corrupt = (why: string) =>
    // The location names the file: `<file>: corrupt registry record: it is not JSON (...)`.
    new LocalRecordError(`corrupt registry record: ${why}`, {
      location: { file },
      hint: 'restore it from a backup, or delete its folder (that release, asset or deployment is then gone)',
    });
  let text: string;
  try {
    text = await readTextBoundedAsync(file, { maxBytes: LOCAL_RECORD_MAX_BYTES, what: 'record' });
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    if (error instanceof UnsafeInputError) throw corrupt(`it ${error.message.slice(`record ${file} `.length)}`);
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw corrupt(`it is not JSON (${(error as Error).message})`);
  }
  if (!guard(value)) throw corrupt('it is not a valid record');
  return value;
}

export const readReleaseRecord = (file: string) => readJsonFile(file, isReleaseRecord);
export const readAssetMeta = (file: string) => readJsonFile(file, isAssetMeta);
