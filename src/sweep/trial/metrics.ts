import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../../shared/errors.js';
import { jsonDepth, yamlDepth } from '../../shared/safe-read.js';
import type { Intermediate, Params } from '../types.js';

/**
 * What a trial reports, and how it is read:
 *
 * Final metrics: the trial writes one mapping of metric names to numbers to $MLOPS_METRICS_FILE, as
 * JSON or YAML (`{"accuracy": 0.93, "loss": 0.21}` or `accuracy: 0.93`). Nested mappings flatten to
 * dotted names (`{"val": {"acc": 0.9}}` is `val.acc`). Non-finite values are read from every spelling a
 * trainer produces: YAML `.nan` / `.inf` / `-.inf`, and in JSON the strings `"NaN"`, `"Infinity"`,
 * `"-Infinity"` (also `"nan"`, `"inf"`) as well as the bare `NaN` / `Infinity` tokens Python's
 * `json.dump` writes. They are recognised only to say so precisely: a trial whose objective is NaN or
 * infinite fails ("objective metric loss is NaN"), because it cannot be ranked. Other metrics that are
 * not finite numbers (NaN, strings, booleans, null, lists) are dropped with a note: the journal keeps
 * numbers only. A numeric string ("0.93") is not a number: write numbers as numbers.
 *
 * Intermediate metrics: a line on stdout `mlops:metric {"step": 3, "loss": 0.41}` (or the same JSON
 * object, without the prefix, as a line appended to $MLOPS_METRICS_STREAM). `step` is an integer >= 0;
 * if absent, it is the previous step + 1 (0 first). The other finite numeric values are the
 * intermediate's values.
 */

/** The stdout prefix of an intermediate-metrics line. */
export const METRIC_LINE_PREFIX = 'mlops:metric';

/**
 * The deepest nesting of mappings a metrics file or an intermediate report may have. Metric names
 * nest a few levels (`val.acc`); deeper text is refused before it is parsed, because the parsers and
 * the flattening below recurse (the `yaml` package even aborts the process at 10,000 levels).
 */
const METRICS_MAX_DEPTH = 100;

/** The outcome of reading a metrics file: numbers, plus what was dropped and why. */
export type MetricsRead =
  | { ok: true; metrics: Record<string, number>; /** name -> why dropped */ dropped: Record<string, string>; raw: Record<string, unknown> }
  | { ok: false; reason: string };

/** Parses a metrics file's text (JSON first, then YAML). `file` names it in messages. */
export function parseMetricsText(text: string, file: string): MetricsRead {
  if (text.trim() === '') return { ok: false, reason: `metrics file ${file} is empty; write a mapping of metric names to numbers` };
  const tooDeep = { ok: false, reason: `metrics file ${file} is nested more than ${METRICS_MAX_DEPTH} levels deep; write a flat mapping of metric names to numbers` } as const;
  if (jsonDepth(text, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH) return tooDeep;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (jsonError) {
    if (yamlDepth(text, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH) return tooDeep;
    try {
      data = parseYaml(text, { prettyErrors: false });
    } catch (yamlError) {
      return { ok: false, reason: `metrics file is not JSON or YAML: ${file}: ${firstLine(jsonError)}; as YAML: ${firstLine(yamlError)}` };
    }
    // A scalar that YAML happily takes (a lone word, a Python repr) is garbage, not metrics.
    if (!isMapping(data)) {
      return { ok: false, reason: `metrics file is not JSON or YAML: ${file}: ${firstLine(jsonError)}; starts with ${JSON.stringify(text.slice(0, 40))}` };
    }
  }
  if (!isMapping(data)) {
    return { ok: false, reason: `metrics file ${file} holds ${describe(data)}, not a mapping of metric names to numbers` };
  }
  const raw: Record<string, unknown> = {};
  flatten(data, '', raw);
  const metrics: Record<string, number> = {};
  const dropped: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const number = finiteNumber(value);
    if (number !== undefined) metrics[name] = number;
    else dropped[name] = describe(value);
  }
  return { ok: true, metrics, dropped, raw };
}

/**
 * Why a raw metric value cannot be an objective, or undefined when it is a finite number. Says which
 * non-number it is: `is NaN`, `is Infinity`, `is a string ("high")`, `is null`.
 */
export function objectiveProblem(value: unknown): string | undefined {
  if (finiteNumber(value) !== undefined) return undefined;
  return `is ${describe(value)}`;
}

/** A finite number, or undefined for everything else (NaN, infinities, strings, ...). */
function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Parses one intermediate report (the JSON after the prefix); a string says why it is not one. */
export function parseIntermediate(json: string, previousStep: number | undefined): Intermediate | string {
  if (jsonDepth(json, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH) return `nested more than ${METRICS_MAX_DEPTH} levels deep`;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return `not JSON (${firstLine(error)})`;
  }
  if (!isMapping(data)) return `not a JSON object but ${describe(data)}`;
  let step: number;
  if (data.step === undefined) step = previousStep === undefined ? 0 : previousStep + 1;
  else if (typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 0) step = data.step;
  else return `"step" must be an integer >= 0, not ${JSON.stringify(data.step)}`;
  const flat: Record<string, unknown> = {};
  flatten(data, '', flat);
  const values: Record<string, number> = {};
  for (const [name, value] of Object.entries(flat)) {
    if (name === 'step') continue;
    const number = finiteNumber(value);
    if (number !== undefined) values[name] = number;
  }
  return { step, values };
}

/**
 * Parameters as the trial's MLOPS_PARAMS sees them: nested by dotted names
 * (`{"model.depth": 3, "lr": 0.1}` is `{"model": {"depth": 3}, "lr": 0.1}`). A name that is both a
 * value and a prefix (`model` and `model.depth`) cannot nest: throws.
 */
export function nestParams(params: Params): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const name of Object.keys(params)) {
    const keys = name.split('.');
    let node = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const next = node[keys[i]];
      if (next === undefined) node = node[keys[i]] = {};
      else if (isMapping(next)) node = next;
      else throw new ConfigError(`parameter ${name} nests under ${keys.slice(0, i + 1).join('.')}, which is itself a parameter`);
    }
    const last = keys[keys.length - 1];
    if (node[last] !== undefined) throw new ConfigError(`parameter ${keys.slice(0, -1).join('.') || name} is both a value and a group of parameters`);
    node[last] = params[name];
  }
  return root;
}

/** The non-finite numbers trainers write as text, recognised so reasons can name them. */
const NON_FINITE: Record<string, number> = {
  nan: NaN,
  infinity: Infinity,
  '+infinity': Infinity,
  '-infinity': -Infinity,
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
};

function flatten(value: Record<string, unknown>, prefix: string, out: Record<string, unknown>): void {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix + key;
    if (isMapping(inner)) flatten(inner, `${name}.`, out);
    else if (typeof inner === 'string' && Object.hasOwn(NON_FINITE, inner.toLowerCase())) out[name] = NON_FINITE[inner.toLowerCase()];
    else out[name] = inner;
  }
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return `a number (${value})`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value)})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
