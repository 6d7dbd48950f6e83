import { stringify } from 'yaml';
import type { Logger } from '../../shared/logger.js';
import { planValidation, type ValidateRequest } from './build-settings.js';
import { validateData } from './validate.js';
import { inferColumnTypes } from './infer-types.js';
import type { ColumnProfile } from '../profile/index.js';
import { loadSchemaFromRaw } from '../schema/load-schema.js';
import type { ColumnType, RawColumn, RawDataSchema } from '../schema/raw-schema.js';

/**
 * Writes a starter schema for the data: types from every value, nullability, observed ranges, small
 * categorical domains. Two passes: one to find the types, one (the ordinary validation) to profile
 * with those types. The result is a draft for a person to review, and says so.
 */
export async function inferSchemaFile(request: Pick<ValidateRequest, 'cwd' | 'config' | 'data' | 'format'>, logger: Logger): Promise<string> {
  const plan = await planValidation({ ...request, configIsDefault: request.config === 'mlops.yml' || request.config === undefined });
  const typed = await logger.group('Infer column types', () => inferColumnTypes(plan.settings.train, plan.settings.cwd, plan.settings.format));
  const settings = { ...plan.settings, eval: [], baseline: undefined, failOn: 'never' as const, schema: loadSchemaFromRaw({ ...typed, dataset: { unexpected_columns: 'error' } }, {}) };
  const { profile } = await validateData(settings, logger);
  const schema: RawDataSchema = { columns: {}, dataset: { unexpected_columns: 'error', row_count: { min: 1 }, duplicate_rows: 'warning' } };
  for (const [name, column] of Object.entries(typed.columns)) schema.columns[name] = describeColumn(column.type, profile.columns[name]);
  const header = [
    '# Data schema inferred by `mlops validate --infer-schema` from:',
    ...profile.files.map((f) => `#   ${f.path} (${f.rows} rows, sha256 ${f.sha256.slice(0, 12)})`),
    '# A draft: review every type and bound, widen ranges that only reflect this sample,',
    '# and add the checks you know should hold (regex, unique, mean/std bounds).',
    // Not a path: the schema files are the suite's, not the user's project's.
    '# Every key is described in the mlops-actions README, section "The data schema".',
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
