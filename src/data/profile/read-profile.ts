import { readFile } from 'node:fs/promises';
import { DataError } from '../../shared/errors.js';
import { PROFILE_SCHEMA_VERSION, QUANTILE_KEYS, type DatasetProfile } from './types.js';

const KINDS = new Set(['numeric', 'string', 'boolean', 'datetime']);
const HINT = 'Use a profile written by validate-data (profile.json), or regenerate the baseline.';

/** Reads and validates a profile JSON file written by validate-data. Throws DataError if invalid. */
export async function readProfile(path: string): Promise<DatasetProfile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new DataError(`cannot read profile ${path}: ${(error as Error).message}`, {
      location: { file: path },
      hint: 'Check the path of the baseline profile.',
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = jsonErrorPosition(text, (error as Error).message);
    throw new DataError(`profile is not valid JSON: ${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, {
      location: { file: path, line, column },
      hint: HINT,
    });
  }
  return parseProfile(json, path);
}

/** Line and column of a JSON.parse error: from its "position N", or the end of the text when it ran out. */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const match = / at position (\d+)/.exec(message);
  const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Checks that `json` is a {@link DatasetProfile} and returns it typed. Checks the shape and the
 * invariants drift relies on (ascending quantile tables, histogram sizes), naming the first
 * offending key.
 */
export function parseProfile(json: unknown, file: string): DatasetProfile {
  const v = new Validator(file);
  const root = v.object(json, '');
  if (root.schemaVersion !== PROFILE_SCHEMA_VERSION) {
    v.fail('schemaVersion', `unsupported profile schemaVersion ${JSON.stringify(root.schemaVersion)} (this version reads ${PROFILE_SCHEMA_VERSION})`);
  }
  v.string(root.createdAt, 'createdAt');
  v.array(root.files, 'files').forEach((f, i) => {
    const key = `files[${i}]`;
    const file = v.object(f, key);
    v.string(file.path, `${key}.path`);
    v.string(file.sha256, `${key}.sha256`);
    v.count(file.bytes, `${key}.bytes`);
    v.count(file.rows, `${key}.rows`);
  });
  v.count(root.rowCount, 'rowCount');
  const columns = v.object(root.columns, 'columns');
  for (const [name, column] of Object.entries(columns)) checkColumn(v, column, `columns.${name}`);
  return json as DatasetProfile;
}

function checkColumn(v: Validator, json: unknown, key: string): void {
  const c = v.object(json, key);
  if (typeof c.kind !== 'string' || !KINDS.has(c.kind)) v.fail(`${key}.kind`, `unknown column kind ${JSON.stringify(c.kind)}`);
  for (const field of ['count', 'nulls', 'nan', 'valid', 'distinctApprox', 'topMaxError']) v.count(c[field], `${key}.${field}`);
  v.number(c.nullFraction, `${key}.nullFraction`);
  const inf = v.object(c.inf, `${key}.inf`);
  v.count(inf.positive, `${key}.inf.positive`);
  v.count(inf.negative, `${key}.inf.negative`);
  for (const field of ['min', 'max', 'mean', 'std']) if (c[field] !== null) v.number(c[field], `${key}.${field}`);
  if (typeof c.distinctExact !== 'boolean') v.fail(`${key}.distinctExact`, 'must be a boolean');
  if (c.quantiles !== null) {
    const q = v.object(c.quantiles, `${key}.quantiles`);
    for (const k of QUANTILE_KEYS) v.number(q[k], `${key}.quantiles.${k}`);
  }
  if (c.top !== null) checkValueCounts(v, c.top, `${key}.top`);
  if (c.histogram !== null) {
    const h = v.object(c.histogram, `${key}.histogram`);
    const edges = v.numbers(h.edges, `${key}.histogram.edges`);
    const counts = v.numbers(h.counts, `${key}.histogram.counts`);
    if (edges.length !== counts.length + 1) v.fail(`${key}.histogram`, 'must have one more edge than counts');
  }
  if (c.quantileTable !== null) {
    const t = v.object(c.quantileTable, `${key}.quantileTable`);
    const points = v.numbers(t.points, `${key}.quantileTable.points`);
    if (points.length < 2) v.fail(`${key}.quantileTable.points`, 'must hold at least 2 points');
    v.ascending(points, `${key}.quantileTable.points`);
    v.number(t.rankError, `${key}.quantileTable.rankError`);
  }
  if (c.exactValues !== null) v.ascending(v.numbers(c.exactValues, `${key}.exactValues`), `${key}.exactValues`);
  if (c.categories !== null) {
    const cat = v.object(c.categories, `${key}.categories`);
    checkValueCounts(v, cat.values, `${key}.categories.values`);
    v.count(cat.other, `${key}.categories.other`);
    if (typeof cat.exact !== 'boolean') v.fail(`${key}.categories.exact`, 'must be a boolean');
  }
  // What drift needs: a distribution for every column that has values.
  const numeric = c.kind === 'numeric' || c.kind === 'datetime';
  if ((c.valid as number) > 0 && numeric && c.quantileTable === null) v.fail(`${key}.quantileTable`, 'is missing for a numeric column with values');
  if ((c.valid as number) > 0 && !numeric && c.categories === null) v.fail(`${key}.categories`, 'is missing for a categorical column with values');
}

function checkValueCounts(v: Validator, json: unknown, key: string): void {
  v.array(json, key).forEach((e, i) => {
    const entry = v.object(e, `${key}[${i}]`);
    v.string(entry.value, `${key}[${i}].value`);
    v.count(entry.count, `${key}[${i}].count`);
  });
}

/** Type checks that throw a DataError naming the key. */
class Validator {
  constructor(private readonly file: string) {}

  fail(key: string, message: string): never {
    throw new DataError(`invalid profile: ${key || 'root'} ${message}`, { location: { file: this.file, key: key || undefined }, hint: HINT });
  }

  object(json: unknown, key: string): Record<string, unknown> {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) this.fail(key, 'must be an object');
    return json as Record<string, unknown>;
  }

  array(json: unknown, key: string): unknown[] {
    if (!Array.isArray(json)) this.fail(key, 'must be an array');
    return json as unknown[];
  }

  string(json: unknown, key: string): string {
    if (typeof json !== 'string') this.fail(key, 'must be a string');
    return json;
  }

  number(json: unknown, key: string): number {
    if (typeof json !== 'number' || !Number.isFinite(json)) this.fail(key, 'must be a finite number');
    return json;
  }

  count(json: unknown, key: string): number {
    const n = this.number(json, key);
    if (n < 0) this.fail(key, 'must not be negative');
    return n;
  }

  numbers(json: unknown, key: string): number[] {
    const a = this.array(json, key);
    a.forEach((x, i) => this.number(x, `${key}[${i}]`));
    return a as number[];
  }

  ascending(a: number[], key: string): void {
    for (let i = 1; i < a.length; i++) if (a[i] < a[i - 1]) this.fail(`${key}[${i}]`, 'must not be smaller than the previous point');
  }
}
