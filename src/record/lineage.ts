/**
 * Checked readers of the stage files a user can name directly, outside the record: a sweep's output
 * folder (`--from-sweep`, its sweep-record.json holds the sweep part) and validate-data's profile
 * (`--profile`, its files and their digests). They check with the same schema as the record's parts,
 * and fail the same way: a RecordError naming the file and the field.
 */
import path from 'node:path';
import { describeJson, isRecord, readJsonFile } from '../shared/json.js';
import { checkAgainst, RecordError, resolveFrom, type LocatedPart, type SchemaValidator } from './record-file.js';
import { sweepPartValidator } from './schema-validators.js';
import type { RecordDataFile, SweepPart } from './types.js';

/** The file of a sweep folder that holds its sweep part (with `schemaVersion: 1` beside it). */
export const SWEEP_RECORD_FILE = 'sweep-record.json';

/** The sweep part a sweep folder holds (`<dir>/sweep-record.json`), checked. */
export async function readSweepFolder(dir: string): Promise<LocatedPart<SweepPart>> {
  const file = path.join(dir, SWEEP_RECORD_FILE);
  const hint = `Pass the out folder of a finished train-and-sweep (default .mlops/sweep): it holds ${SWEEP_RECORD_FILE}. Run the sweep again to rewrite the file.`;
  const value = await readJsonFile(file, { what: 'sweep record', hint });
  if (!isRecord(value)) throw new RecordError(`The sweep record ${file} is malformed: (top level) must be an object, not ${describeJson(value)}.`, { location: { file }, hint });
  const { schemaVersion, ...part } = value;
  if (schemaVersion !== 1) {
    throw new RecordError(`The sweep record ${file} is malformed: schemaVersion must be 1 (${describeJson(schemaVersion)}).`, { location: { file, key: 'schemaVersion' }, hint });
  }
  checkAgainst(sweepPartValidator as SchemaValidator, part, file, 'sweep record', hint);
  return { value: part as unknown as SweepPart, file, resolve: (stored) => resolveFrom(file, stored) }; // checked just above
}

/**
 * The data files and digests of a validate-data profile (`files: [{path, sha256}, ...]`): the
 * lineage a model version carries. Only these fields are checked; the rest is the profile's own.
 */
export async function readProfileFiles(file: string): Promise<RecordDataFile[]> {
  const hint = "Pass the profile validate-data wrote (its profile output, default .mlops/profile.json).";
  const value = await readJsonFile(file, { what: 'data profile', hint });
  const fail = (field: string, what: string, got: unknown): never => {
    throw new RecordError(`The data profile ${file} is malformed: ${field} must be ${what}, not ${describeJson(got)}.`, { location: { file, key: field }, hint });
  };
  if (!isRecord(value)) return fail('(top level)', 'an object', value);
  if (!Array.isArray(value.files)) return fail('files', 'a list of {path, sha256}', value.files);
  return value.files.map((entry: unknown, i): RecordDataFile => {
    if (!isRecord(entry)) return fail(`files[${i}]`, 'an object {path, sha256}', entry);
    if (typeof entry.path !== 'string' || entry.path === '') return fail(`files[${i}].path`, 'a file path', entry.path);
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) return fail(`files[${i}].sha256`, 'a hex sha256', entry.sha256);
    return { path: entry.path, sha256: entry.sha256 };
  });
}
