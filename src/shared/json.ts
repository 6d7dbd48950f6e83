/**
 * Untrusted JSON (docs/architecture.md "Layers"): files another stage, another
 * job or a user wrote are `unknown` until a guard has checked them. The guards here are the shared
 * ones; a reader that knows a file's shape (src/record, the manifest, the journal) builds on them and
 * says which field is off.
 */
import { UserError } from './errors.js';
import { UnsafeInputError, parseJsonBounded, readTextBoundedAsync } from './safe-read.js';

/** A JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON file that is missing, unreadable, not JSON or not of the expected shape. */
class JsonFileError extends UserError {}

/** What a reader calls the file in messages, and how to fix a missing one. */
export interface JsonFileOptions {
  /** What the file is, for messages: "data profile", "run record". */
  what: string;
  /** How to fix a missing or unreadable file (default: pass a JSON file with the `what`). */
  hint?: string;
}

/** The largest JSON file a stage reads from another (a profile, a trials table, the run record). */
const JSON_FILE_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Reads and parses a JSON file, as `unknown`. A missing file, an unreadable one or one that is not
 * JSON is a JsonFileError that names the file; a FIFO, a device, a file over 256 MiB or JSON nested
 * deeper than the shared bound is refused by src/shared/safe-read.ts (never a hang or a crash).
 */
export async function readJsonFile(file: string, options: JsonFileOptions): Promise<unknown> {
  let text: string;
  try {
    text = await readTextBoundedAsync(file, { maxBytes: JSON_FILE_MAX_BYTES, what: options.what });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw error;
    const code = isRecord(error) ? error.code : undefined;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${(error as Error).message})`;
    throw new JsonFileError(`The ${options.what} ${file} ${why}.`, { location: { file }, hint: options.hint ?? `Pass a JSON file with the ${options.what}.` });
  }
  try {
    return parseJsonBounded(text, { what: `${options.what} ${file}`, file });
  } catch (error) {
    if (error instanceof UnsafeInputError) throw error;
    throw new JsonFileError(`The ${options.what} ${file} is not valid JSON: ${(error as Error).message}.`, {
      location: { file },
      hint: options.hint ?? `Write the ${options.what} as JSON.`,
    });
  }
}

/** readJsonFile, and the top level must be an object. */
export async function readJsonObject(file: string, options: JsonFileOptions): Promise<JsonObject> {
  const value = await readJsonFile(file, options);
  if (!isRecord(value)) {
    throw new JsonFileError(`The ${options.what} ${file} must be a JSON object, not ${describeJson(value)}.`, {
      location: { file },
      hint: `Write the ${options.what} as {"key": value, ...}.`,
    });
  }
  return value;
}

/** A short description of a JSON value for messages: `a string ("abc")`, `a list`, `null`. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  return `an ${typeof value}`;
}
