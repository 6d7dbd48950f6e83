import { stringify } from 'yaml';
import type { Logger } from '../../shared/logger.js';
import { parseBool, parseFloat64, parseInt64 } from '../values/parse-number.js';
import { parseIsoDate, parseIsoDateTime } from '../values/parse-date.js';
import { planValidation, type ValidateRequest } from '../validate/build-settings.js';
import { expandPaths, fileBatches } from '../validate/sources.js';
import { validateData } from '../validate/validate.js';
import type { ColumnProfile } from '../profile/index.js';
import { loadSchemaFromRaw } from './load-schema.js';
import type { ColumnType, RawColumn, RawDataSchema } from './raw-schema.js';
import { DEFAULT_NA_VALUES } from './resolved.js';

/** A categorical column has at most this many distinct values (and repeats them). */
const MAX_CATEGORIES = 20;

/** Which types every non-missing value of a column still fits. */
class TypeCandidates {
  int = true;
  float = true;
  bool = true;
  date = true;
  datetime = true;
  values = 0;
  private readonly distinct = new Set<string>();
  overflow = false;

  see(value: unknown): void {
    this.values++;
    if (this.int && parseInt64(value) === undefined) this.int = false;
    if (this.float && parseFloat64(value) === undefined) this.float = false;
    if (this.bool && parseBool(value) === undefined) this.bool = false;
    if (this.date && parseIsoDate(value) === undefined) this.date = false;
    if (this.datetime && parseIsoDateTime(value) === undefined) this.datetime = false;
    if (!this.overflow) {
      this.distinct.add(String(value));
      if (this.distinct.size > MAX_CATEGORIES) this.overflow = true;
    }
  }

  /** The narrowest type that fits: int before bool so 0/1 columns stay numbers. */
  type(): ColumnType {
    if (this.values === 0) return 'string';
    if (this.int) return 'int';
    if (this.bool) return 'bool';
    if (this.float) return 'float';
    if (this.date) return 'date';
    if (this.datetime) return 'datetime';
    return !this.overflow && this.distinct.size < this.values ? 'categorical' : 'string';
  }
}

/**
 * Writes a starter schema for the data: types from every value, nullability, observed ranges, small
 * categorical domains. Two passes: one to find the types, one (the ordinary validation) to profile
 * with those types. The result is a draft for a person to review, and says so.
 */
export async function inferSchemaFile(request: Pick<ValidateRequest, 'cwd' | 'config' | 'data' | 'format'>, logger: Logger): Promise<string> {
  const plan = await planValidation({ ...request, configIsDefault: request.config === 'mlops.yml' || request.config === undefined });
  const candidates = new Map<string, TypeCandidates>();
  const na = new Set(DEFAULT_NA_VALUES);
  await logger.group('Infer column types', async () => {
    for (const file of await expandPaths(plan.settings.train, plan.settings.cwd)) {
      for await (const batch of fileBatches(file, plan.settings.format, 32768)) {
        batch.columns.forEach((name: string, c: number) => {
          let candidate = candidates.get(name);
          if (!candidate) candidates.set(name, (candidate = new TypeCandidates()));
          for (const v of batch.cells[c]) {
            if (v === null || v === undefined || (typeof v === 'string' && na.has(v))) continue;
            candidate.see(v);
          }
        });
      }
    }
  });
  const typed: RawDataSchema = { columns: {}, dataset: { unexpected_columns: 'error' } };
  for (const [name, candidate] of candidates) typed.columns[name] = { type: candidate.type() };
  const settings = { ...plan.settings, eval: [], baseline: undefined, failOn: 'never' as const, schema: loadSchemaFromRaw(typed, {}) };
  const { profile } = await validateData(settings, logger);
  const schema: RawDataSchema = { columns: {}, dataset: { unexpected_columns: 'error', row_count: { min: 1 }, duplicate_rows: 'warning' } };
  for (const [name, column] of Object.entries(typed.columns)) schema.columns[name] = describeColumn(column.type, profile.columns[name]);
  const header = [
    '# Data schema inferred by `mlops validate --infer-schema` from:',
    ...profile.files.map((f) => `#   ${f.path} (${f.rows} rows, sha256 ${f.sha256.slice(0, 12)})`),
    '# A draft: review every type and bound, widen ranges that only reflect this sample,',
    '# and add the checks you know should hold (regex, unique, mean/std bounds).',
    '# Reference: schema/data-schema.schema.json',
  ].join('\n');
  return `${header}\n${stringify(schema, { lineWidth: 0 })}`;
}

function describeColumn(type: ColumnType, profile: ColumnProfile | undefined): RawColumn {
  const column: RawColumn = { type };
  if (!profile) return column;
  column.not_null = profile.nulls === 0 ? true : { mostly: Math.floor((1 - profile.nullFraction) * 100) / 100 };
  if ((type === 'int' || type === 'float') && profile.min !== null && profile.max !== null) {
    column.min = profile.min;
    column.max = profile.max;
  }
  if ((type === 'date' || type === 'datetime') && profile.iso) {
    column.min = type === 'date' ? profile.iso.min.slice(0, 10) : profile.iso.min;
    column.max = type === 'date' ? profile.iso.max.slice(0, 10) : profile.iso.max;
  }
  if (type === 'categorical' && profile.categories?.exact) column.allowed = profile.categories.values.map((v) => v.value).sort();
  if (type === 'float' && profile.nan > 0) column.allow_nan = true;
  if (type === 'float' && profile.inf.positive + profile.inf.negative > 0) column.allow_inf = true;
  return column;
}
