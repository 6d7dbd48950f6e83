import { ConfigError, type SourceLocation } from '../../shared/errors.js';
import { parseBool, parseFloat64, parseInt64 } from '../values/parse-number.js';
import { compileDateParser } from '../values/parse-date.js';
import type { Bound, RawColumn, RawDataSchema, Severity } from './raw-schema.js';
import { DEFAULT_NA_VALUES, type CheckRule, type ResolvedColumn, type ResolvedSchema, type ValueRule } from './resolved.js';
import { VALUE_CHECKS, type ValueCheckDescriptor } from '../checks/value-checks.js';

/** Finds where a key of the schema is written, for located errors. */
export type Locator = (path: (string | number)[]) => SourceLocation;

export interface ResolveOptions {
  /** The label column named in mlops.yml (data.label), used when the schema's dataset.label is absent. */
  label?: string;
  /** Whether eval data is validated with this schema (turns on the leakage check by default). */
  hasEval?: boolean;
}

/**
 * Turns a schema-valid raw schema into runnable checks, catching what JSON Schema cannot express
 * (min above max, a bad regex, a date bound that is not a date, a bound on a column of the wrong type).
 */
export function resolveSchema(raw: RawDataSchema, locate: Locator, file: string, options: ResolveOptions = {}): ResolvedSchema {
  const columns = Object.entries(raw.columns).map(([name, column]) => resolveColumn(name, column, locate));
  const byName = new Map(columns.map((c) => [c.name, c]));
  const dataset = raw.dataset ?? {};
  const label = dataset.label ?? options.label;
  const checkColumnsExist = (names: string[], path: (string | number)[]) => {
    for (const name of names) {
      if (!byName.has(name)) {
        throw new ConfigError(`dataset check names the column "${name}", which the schema does not define.`, {
          location: locate(path),
          hint: `Add "${name}" under columns, or fix the name (columns: ${[...byName.keys()].join(', ')}).`,
        });
      }
    }
  };
  const unique = (dataset.unique ?? []).map((entry, index) => {
    const spec = Array.isArray(entry) ? { columns: entry } : entry;
    checkColumnsExist(spec.columns, ['dataset', 'unique', index]);
    return { columns: spec.columns, severity: spec.severity ?? 'error' };
  });
  if (dataset.label !== undefined) checkColumnsExist([dataset.label], ['dataset', 'label']);
  const range = dataset.row_count;
  if (range) checkRange(range.min, range.max, locate(['dataset', 'row_count']));
  const labelKnown = label !== undefined && byName.has(label);
  return {
    columns,
    byName,
    file,
    naValues: new Set(raw.na_values ?? DEFAULT_NA_VALUES),
    dataset: {
      unexpectedColumns: dataset.unexpected_columns ?? 'error',
      rowCount: range ? { min: range.min, max: range.max, severity: range.severity ?? 'error' } : undefined,
      unique,
      duplicateRows: integrity(dataset.duplicate_rows, 'warning'),
      label: labelKnown ? label : undefined,
      conflictingLabels: labelKnown ? integrity(dataset.conflicting_labels, 'warning') : undefined,
      trainEvalLeakage: options.hasEval ? integrity(dataset.train_eval_leakage, 'error') : undefined,
    },
  };
}

function integrity(value: false | Severity | undefined, fallback: Severity): Severity | undefined {
  if (value === false) return undefined;
  return value ?? fallback;
}

function checkRange(min: number | undefined, max: number | undefined, location: SourceLocation): void {
  if (min !== undefined && max !== undefined && min > max) {
    throw new ConfigError(`min (${min}) is above max (${max}).`, { location, hint: 'Swap the bounds or correct one of them.' });
  }
}

function resolveColumn(name: string, raw: RawColumn, locate: Locator): ResolvedColumn {
  const at = (...keys: (string | number)[]) => locate(['columns', name, ...keys]);
  const severity: Severity = raw.severity ?? 'error';
  const rule = (spec: { mostly?: number; severity?: Severity } | undefined): CheckRule => ({
    severity: spec?.severity ?? severity,
    mostly: spec?.mostly ?? 1,
  });
  const isDate = raw.type === 'date' || raw.type === 'datetime';
  const numeric = raw.type === 'int' || raw.type === 'float' || raw.type === 'bool' || isDate;
  if (raw.format !== undefined && !isDate) {
    throw new ConfigError(`format only applies to date and datetime columns; "${name}" is ${raw.type}.`, {
      location: at('format'),
      hint: 'Remove format, or change the type to date or datetime.',
    });
  }
  const parse = isDate
    ? compileDateParser(raw.type as 'date' | 'datetime', raw.format, at('format'))
    : raw.type === 'int'
      ? parseInt64
      : raw.type === 'float'
        ? parseFloat64
        : raw.type === 'bool'
          ? parseBool
          : undefined;

  const bound = (value: Bound | undefined, key: (string | number)[]): number | undefined => {
    if (value === undefined) return undefined;
    if (isDate) {
      const t = typeof value === 'string' ? parse!(value) : undefined;
      if (t === undefined) {
        throw new ConfigError(`The bound ${JSON.stringify(value)} of date column "${name}" is not a date in its format.`, {
          location: at(...key),
          hint: `Write it like the data, e.g. "${raw.format ? raw.format.replace('%Y', '2024').replace('%m', '01').replace('%d', '31') : '2024-01-31'}".`,
        });
      }
      return t;
    }
    if (typeof value !== 'number' || !(raw.type === 'int' || raw.type === 'float')) {
      throw new ConfigError(`min/max of "${name}" must be ${raw.type === 'int' || raw.type === 'float' ? 'a number' : 'absent: the column is ' + raw.type}.`, {
        location: at(...key),
        hint: raw.type === 'string' || raw.type === 'categorical' ? 'Use length for string lengths or allowed for a set of values.' : 'Write the bound as a number.',
      });
    }
    return value;
  };

  let between: ResolvedColumn['between'];
  const spec = raw.between ?? (raw.min !== undefined || raw.max !== undefined ? { min: raw.min, max: raw.max } : undefined);
  if (spec) {
    const key = raw.between ? ['between'] : [];
    const min = bound(spec.min, [...key, raw.between ? 'min' : 'min']);
    const max = bound(spec.max, [...key, 'max']);
    checkRange(min, max, at(...(raw.between ? ['between'] : raw.min !== undefined ? ['min'] : ['max'])));
    between = { ...rule(raw.between), min, max, shown: { min: spec.min, max: spec.max } };
  }

  let allowed: ResolvedColumn['allowed'];
  if (raw.allowed !== undefined) {
    const list = Array.isArray(raw.allowed) ? raw.allowed : raw.allowed.values;
    const values = new Set<string | number>();
    list.forEach((value, index) => {
      if (numeric) {
        const parsed = parse!(typeof value === 'boolean' ? String(value) : value);
        if (parsed === undefined) {
          throw new ConfigError(`The allowed value ${JSON.stringify(value)} is not a valid ${raw.type}.`, {
            location: at('allowed', ...(Array.isArray(raw.allowed) ? [index] : ['values', index])),
            hint: `Every allowed value of "${name}" must be of its type.`,
          });
        }
        values.add(parsed);
      } else {
        values.add(String(value));
      }
    });
    allowed = { ...rule(Array.isArray(raw.allowed) ? undefined : raw.allowed), values, shown: list };
  }

  let regex: ResolvedColumn['regex'];
  if (raw.regex !== undefined) {
    const source = typeof raw.regex === 'string' ? raw.regex : raw.regex.pattern;
    try {
      regex = { ...rule(typeof raw.regex === 'string' ? undefined : raw.regex), pattern: new RegExp(source, 'u') };
    } catch (error) {
      throw new ConfigError(`The regex of "${name}" does not compile: ${(error as Error).message}.`, {
        location: at('regex'),
        hint: 'Write a JavaScript regular expression; escape backslashes in YAML double quotes or use single quotes.',
      });
    }
  }

  const onlyFor = (key: string, ok: boolean, what: string) => {
    if (!ok) {
      throw new ConfigError(`${key} applies to ${what} columns; "${name}" is ${raw.type}.`, {
        location: at(key),
        hint: `Remove ${key}, or change the column's type.`,
      });
    }
  };
  const stringLike = raw.type === 'string' || raw.type === 'categorical';
  if (raw.length) onlyFor('length', stringLike, 'string and categorical');
  if (raw.mean) onlyFor('mean', numeric, 'numeric and date');
  if (raw.std) onlyFor('std', numeric, 'numeric and date');
  if (raw.quantiles) onlyFor('quantiles', numeric, 'numeric and date');
  if (raw.regex !== undefined) onlyFor('regex', stringLike, 'string and categorical');
  if (raw.allow_nan !== undefined) onlyFor('allow_nan', raw.type === 'float', 'float');
  if (raw.allow_inf !== undefined) onlyFor('allow_inf', raw.type === 'float', 'float');
  for (const key of ['length', 'mean', 'std'] as const) {
    const r = raw[key];
    if (r) checkRange(r.min, r.max, at(key));
  }
  raw.quantiles?.forEach((q, index) => checkRange(q.min, q.max, at('quantiles', index)));

  // checks resolved by their descriptor alone, from their schema key
  const valueRules: Record<string, ValueRule> = {};
  for (const check of VALUE_CHECKS as readonly ValueCheckDescriptor[]) {
    const value = check.resolve ? (raw as unknown as Record<string, unknown>)[check.schemaKeys[0]] : undefined;
    if (value !== undefined) valueRules[check.kind] = check.resolve!(value, { name, type: raw.type, severity, at });
  }

  const notNull = raw.not_null === true ? rule(undefined) : raw.not_null ? rule(raw.not_null) : undefined;
  const uniqueSpec = raw.unique === true ? {} : raw.unique || undefined;
  const range = (r: { min?: number; max?: number; severity?: Severity } | undefined) =>
    r ? { min: r.min, max: r.max, severity: r.severity ?? severity } : undefined;
  return {
    name,
    type: raw.type,
    format: raw.format,
    representation: numeric ? 'number' : 'string',
    parse,
    required: raw.required ?? true,
    severity,
    notNull,
    between,
    allowed,
    regex,
    unique: uniqueSpec ? { severity: uniqueSpec.severity ?? severity } : undefined,
    length: range(raw.length),
    mean: range(raw.mean),
    std: range(raw.std),
    quantiles: (raw.quantiles ?? []).map((q) => ({ q: q.q, min: q.min, max: q.max, severity: q.severity ?? severity })),
    nan: raw.type === 'float' && !raw.allow_nan ? severity : undefined,
    inf: raw.type === 'float' && !raw.allow_inf ? severity : undefined,
    valueRules,
    location: at(),
  };
}
