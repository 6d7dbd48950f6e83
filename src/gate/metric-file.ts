/**
 * Metric files: what a trainer wrote about a model, for the candidate and for the production
 * baseline.
 *
 * Formats (by extension, JSON for anything else):
 * - JSON or YAML: an object; nested objects are flattened with dots (`{"eval": {"f1": 0.8}}` gives
 *   `eval.f1`). Numbers are metrics; strings, booleans, nulls and lists are kept as non-numeric
 *   values, an error only when a rule names them (metric files often carry a model name or a date).
 * - CSV: either rows of `name,value` (optionally under a `name,value` or `metric,value` header), or
 *   one header row of names with one row of values under it.
 *
 * A NaN or infinite value is always an error, located at its key (YAML line or CSV row): a metric
 * that is not a number never passes or fails a rule by accident.
 */
import { DataError, type SourceLocation } from '../shared/errors.js';
import { parseYamlText } from '../config/yaml-source.js';
import { isRecord } from '../shared/json.js';
import { readBounded } from './read-bounded.js';

/** How NaN and infinities are spelled in files (Python, R, YAML, spreadsheets). */
const NON_FINITE = /^[+-]?(\.?nan|\.?inf|infinity)$/i;

/** The value a NON_FINITE spelling stands for. */
function nonFinite(text: string): number {
  if (/nan/i.test(text)) return NaN;
  return text.startsWith('-') ? -Infinity : Infinity;
}

/** Metric files are small; anything larger is the wrong file. */
const MAX_METRIC_FILE_BYTES = 8 * 1024 * 1024;

/** The metrics of one model, as read from its file. */
export interface MetricSet {
  /** The file they came from (for messages). */
  file: string;
  /** Numeric metrics by dotted name. */
  values: Record<string, number>;
  /** Values that are not numbers, as text, by dotted name: an error only if a rule names them. */
  nonNumeric: Record<string, string>;
  /** Where `key` is in the file, as precisely as the format allows. */
  locate(key: string): SourceLocation;
}

/** Reads a metric file (JSON, YAML or CSV by extension). */
export async function readMetricFile(file: string): Promise<MetricSet> {
  const text = await readBounded(file, MAX_METRIC_FILE_BYTES, 'metrics file');
  return parseMetricText(text, file);
}

/** Parses a metric file's text; the format follows `file`'s extension. */
export function parseMetricText(text: string, file: string): MetricSet {
  return /\.csv$/i.test(file) ? parseCsvMetrics(text, file) : parseTreeMetrics(text, file);
}

function parseTreeMetrics(text: string, file: string): MetricSet {
  let source;
  try {
    source = parseYamlText(text, file);
  } catch (error) {
    // A syntax error in a metrics file is a data problem of the trainer, not of mlops.yml.
    const e = error as DataError;
    throw new DataError(e.message, { location: e.location, hint: 'The training command must write a JSON or YAML object of metrics, e.g. {"accuracy": 0.93}.' });
  }
  if (!isRecord(source.value)) {
    throw new DataError(`The metrics file ${file} holds ${describeType(source.value)}, not an object of metrics.`, {
      location: { file },
      hint: 'Write an object such as {"accuracy": 0.93, "loss": 0.21}; nested objects are flattened with dots.',
    });
  }
  const values: Record<string, number> = {};
  const nonNumeric: Record<string, string> = {};
  const locate = (key: string) => source.locate(splitKey(source.value, key));
  const walk = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const name = prefix + key;
      if (isRecord(value)) walk(value, `${name}.`);
      else if (typeof value === 'number') values[name] = checkFinite(value, name, () => locate(name));
      // Python's json.dump writes NaN and Infinity bare; YAML reads them as text: still not a metric.
      else if (typeof value === 'string' && NON_FINITE.test(value)) checkFinite(nonFinite(value), name, () => locate(name));
      else nonNumeric[name] = value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value);
    }
  };
  walk(source.value, '');
  return { file, values, nonNumeric, locate };
}

/** The path of keys under which a flattened name sits (keys may contain dots themselves). */
function splitKey(root: unknown, name: string): string[] {
  const path: string[] = [];
  let node = root;
  let rest = name;
  while (isRecord(node) && rest !== '') {
    if (rest in node) return [...path, rest];
    const key = Object.keys(node).find((k) => rest.startsWith(`${k}.`));
    if (key === undefined) break;
    path.push(key);
    node = node[key];
    rest = rest.slice(key.length + 1);
  }
  return [...path, rest];
}

function parseCsvMetrics(text: string, file: string): MetricSet {
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ line: i + 1, cells: line.split(',').map(unquote) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) {
    throw new DataError(`The metrics file ${file} is empty.`, { location: { file }, hint: 'Write rows of name,value, or a header row of names and one row of values.' });
  }
  const lines: Record<string, number> = {};
  const entries: { name: string; text: string; line: number }[] = [];
  const first = rows[0].cells;
  const nameValueHeader = first.length === 2 && /^(name|metric)$/i.test(first[0]) && /^value$/i.test(first[1]);
  if (nameValueHeader || (first.length === 2 && looksNumeric(first[1]))) {
    for (const row of nameValueHeader ? rows.slice(1) : rows) {
      if (row.cells.length !== 2) {
        throw new DataError(`Row ${row.line} of ${file} has ${row.cells.length} cells; a name,value metrics file has 2 per row.`, {
          location: { file, line: row.line },
          hint: 'Write one metric per row as name,value.',
        });
      }
      entries.push({ name: row.cells[0], text: row.cells[1], line: row.line });
    }
  } else {
    if (rows.length !== 2 || rows[1].cells.length !== first.length) {
      throw new DataError(`The metrics file ${file} has a header row of ${first.length} names, so it needs exactly one row of ${first.length} values under it (it has ${rows.length - 1} rows).`, {
        location: { file, line: rows.length > 2 ? rows[2].line : rows[rows.length - 1].line },
        hint: 'Write either rows of name,value, or one header row of names and one row of values.',
      });
    }
    first.forEach((name, i) => entries.push({ name, text: rows[1].cells[i], line: rows[1].line }));
  }
  const values: Record<string, number> = {};
  const nonNumeric: Record<string, string> = {};
  for (const { name, text: cell, line } of entries) {
    if (name === '') throw new DataError(`Row ${line} of ${file} has a metric without a name.`, { location: { file, line }, hint: 'Give every metric a name.' });
    if (name in values || name in nonNumeric) {
      throw new DataError(`The metric \`${name}\` appears twice in ${file} (again at row ${line}).`, { location: { file, line, key: name }, hint: 'Keep one value per metric.' });
    }
    lines[name] = line;
    if (looksNumeric(cell) || NON_FINITE.test(cell)) values[name] = checkFinite(looksNumeric(cell) ? Number(cell) : nonFinite(cell), name, () => ({ file, line, key: name }));
    else nonNumeric[name] = JSON.stringify(cell);
  }
  return { file, values, nonNumeric, locate: (key) => ({ file, line: lines[key], key }) };
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

function looksNumeric(text: string): boolean {
  return text.trim() !== '' && Number.isFinite(Number(text));
}

/** `value` when finite; `where` is asked only for the error (locating a YAML key walks the document). */
function checkFinite(value: number, name: string, where: () => SourceLocation): number {
  if (Number.isFinite(value)) return value;
  const location = where();
  throw new DataError(`The metric \`${name}\` in ${location.file} is ${Number.isNaN(value) ? 'NaN' : value > 0 ? 'infinite' : 'negative infinite'}.`, {
    location: { ...location, key: name },
    hint: 'A metric must be a finite number: check the evaluation that computed it (an empty eval set, a division by zero).',
  });
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
