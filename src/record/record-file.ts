/**
 * Reading and writing the run record file. Every reader of another stage's output goes through here
 * (or through the sweep-folder and profile readers in lineage.ts): the file is checked against
 * schema/run-record.schema.json before any field is used, and a missing or malformed part is a
 * RecordError that names the file and the field.
 *
 * Writing merges one part into the file: the other parts are kept, the same part from an earlier
 * run of the stage is replaced, and the file is replaced in one step (a temp file renamed over it),
 * so a reader sees the old record or the new one, never half of one. Two stages writing the same
 * file at the same instant can lose one part (last writer wins); the pipeline runs them in order.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { UserError } from '../shared/errors.js';
import { readJsonFile } from '../shared/json.js';
import { recordValidator } from './schema-validators.js';
import { DEFAULT_RECORD_FILE, PART_WRITER, RECORD_VERSION, type PartName, type RecordParts, type RecordRun, type RunRecord } from './types.js';

/** The run record, or a file it names, is missing or malformed. */
export class RecordError extends UserError {}

/** The generated validators' shape (ajv standalone). */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Where a stage finds the record: the `record` input or `--record` option when given, else
 * `.mlops/record.json`; relative paths are resolved against the working directory.
 */
export function recordPath(cwd: string, given?: string): string {
  return path.resolve(cwd, given ?? DEFAULT_RECORD_FILE);
}

/** A path as a part stores it: relative to the folder of `file` (the record), `/` separators. */
export function relativeTo(file: string, target: string): string {
  const relative = path.relative(path.dirname(file), target);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** A path of a part, resolved against the folder of the file that holds it. */
export function resolveFrom(file: string, stored: string): string {
  return path.resolve(path.dirname(file), stored);
}

/** The workflow run a part is written in, from the runner's variables (nulls outside Actions). */
export function runOf(env: NodeJS.ProcessEnv): RecordRun {
  const int = (text: string | undefined) => (text && /^\d+$/.test(text) ? Number(text) : null);
  return { id: int(env.GITHUB_RUN_ID), attempt: int(env.GITHUB_RUN_ATTEMPT), sha: env.GITHUB_SHA ?? null };
}

/**
 * Throws a RecordError for the first violation of `validate`, naming `file` and the field
 * (`sweep.best.metrics.accuracy`); `base` prefixes the field when the value is part of a larger file.
 */
export function checkAgainst(validate: SchemaValidator, value: unknown, file: string, what: string, hint: string, base = ''): void {
  if (validate(value)) return;
  const error = firstError(validate.errors ?? []);
  const params = error.params as Record<string, unknown>;
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'required') {
    segments.push(String(params.missingProperty));
    message = 'is missing';
  } else if (error.keyword === 'additionalProperties') {
    segments.push(String(params.additionalProperty));
    message = 'is not a known field';
  } else if (error.keyword === 'enum') {
    message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (error.keyword === 'const') {
    message = `must be ${JSON.stringify(params.allowedValue)}`;
  }
  const field = [base, ...segments].filter(Boolean).join('.') || '(top level)';
  throw new RecordError(`The ${what} ${file} is malformed: ${field} ${message}.`, { location: { file, key: field }, hint });
}

/** The deepest error is the one that points at the bad value (ajv also reports its parents' oneOf). */
function firstError(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const pool = concrete.length > 0 ? concrete : errors;
  const depth = (e: ErrorObject) => e.instancePath.split('/').length + (e.keyword === 'required' || e.keyword === 'additionalProperties' ? 1 : 0);
  return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]);
}

const FIX_RECORD = 'Delete the file to start a new record (the stages write their parts again), or pass another record path.';

/**
 * Reads and checks the whole record; undefined when the file does not exist. A file that is not
 * JSON or does not match the schema is a RecordError naming the file and the field.
 */
export async function readRecord(file: string): Promise<RunRecord | undefined> {
  if (!existsSync(file)) return undefined;
  const value = await readJsonFile(file, { what: 'run record', hint: FIX_RECORD });
  checkAgainst(recordValidator as SchemaValidator, value, file, 'run record', FIX_RECORD);
  return value as RunRecord; // checked against the schema just above
}

/** A part as read, with the file it came from (its relative paths resolve against that file's folder). */
export interface LocatedPart<P> {
  value: P;
  file: string;
  /** A path stored in the part, made absolute. */
  resolve(stored: string): string;
}

/**
 * One part of the record at `file`, checked. A missing file or a missing part is a RecordError that
 * names the file, the field and the stage that writes it.
 */
export async function readPart<N extends PartName>(file: string, name: N): Promise<LocatedPart<RecordParts[N]>> {
  const record = await readRecord(file);
  const value = record?.[name] as RecordParts[N] | undefined;
  if (record === undefined || value === undefined) {
    throw new RecordError(
      `${record === undefined ? `There is no run record at ${file}` : `The run record ${file} has no ${name} part`}: field "${name}" is missing.`,
      { location: { file, key: name }, hint: `Run ${PART_WRITER[name]} first (it writes the ${name} part), or pass the record it wrote (input record, option --record).` },
    );
  }
  return { value, file, resolve: (stored) => resolveFrom(file, stored) };
}

/** readPart, but undefined (not an error) when the file or the part is absent; a malformed file still fails. */
export async function readPartIfPresent<N extends PartName>(file: string, name: N): Promise<LocatedPart<RecordParts[N]> | undefined> {
  const record = await readRecord(file);
  const value = record?.[name] as RecordParts[N] | undefined;
  return value === undefined ? undefined : { value, file, resolve: (stored) => resolveFrom(file, stored) };
}

/**
 * Merges one part into the record at `file` (created when absent), keeping the other parts and
 * replacing an earlier run's part of the same stage; checks the result against the schema before it
 * replaces the file. Returns the record as written.
 */
export async function writePart<N extends PartName>(file: string, name: N, part: RecordParts[N]): Promise<RunRecord> {
  const current = (await readRecord(file)) ?? { version: RECORD_VERSION };
  const next: RunRecord = { ...current, version: RECORD_VERSION, [name]: part };
  // A writer's bug must not leave a record that the next stage rejects: check before replacing.
  try {
    checkAgainst(recordValidator as SchemaValidator, next, file, 'run record', '');
  } catch (error) {
    throw new Error(`Bug: the ${name} part written to the run record does not match schema/run-record.schema.json. ${(error as Error).message}`, { cause: error });
  }
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, JSON.stringify(next, null, 2) + '\n');
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
  return next;
}
