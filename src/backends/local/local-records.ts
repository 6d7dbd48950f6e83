/**
 * The JSON records the local backends keep on disk, with guards: the files can be edited or
 * truncated by hand, so they are read as unknown and checked, not trusted.
 */
import type { Release } from '../seams.js';
import { isRecord } from '../../shared/json.js';
import { readFileIfExists } from './atomic-fs.js';

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
    typeof value.name === 'string' &&
    typeof value.size === 'number' &&
    typeof value.contentType === 'string'
  );
}

/** Reads and checks a JSON file; undefined when it does not exist, an Error when it is corrupt. */
export async function readJsonFile<T>(file: string, guard: (value: unknown) => value is T): Promise<T | undefined> {
  const text = await readFileIfExists(file);
  if (text === undefined) return undefined;
  const value: unknown = JSON.parse(text);
  if (!guard(value)) throw new Error(`${file} is not a valid record; delete it or restore it from a backup`);
  return value;
}

export const readReleaseRecord = (file: string) => readJsonFile(file, isReleaseRecord);
export const readAssetMeta = (file: string) => readJsonFile(file, isAssetMeta);
