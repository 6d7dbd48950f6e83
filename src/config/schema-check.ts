import type { ErrorObject } from 'ajv';
import { ConfigError } from '../shared/errors.js';
import { configValidator, dataSchemaValidator } from './schema-validators.js';
import { schemaHint } from './schema-hints.js';
import type { YamlSource } from './yaml-source.js';

/**
 * The JSON Schemas in schema/ are the one source of truth: editors use the same files for completion.
 * Their validators are compiled at build time (scripts/build-validators.mjs, ajv standalone): at run
 * time ajv's compiler cost each `mlops validate` ~20 ms and ~300 KB of code to load.
 */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Throws a located ConfigError for the first schema violation of an mlops.yml. */
export function checkConfigSchema(source: YamlSource): void {
  check(configValidator as ValidateFunction, source, 'mlops.yml');
}

/** Throws a located ConfigError for the first violation of a data schema (file or inline at `base`). */
export function checkDataSchema(source: YamlSource, base: (string | number)[] = []): void {
  check(dataSchemaValidator as ValidateFunction, source, 'data schema', base);
}

function check(validate: ValidateFunction, source: YamlSource, what: string, base: (string | number)[] = []): void {
  const value = base.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], source.value);
  if (validate(value)) return;
  const error = pickError(validate.errors ?? []);
  const path = [...base, ...pointerToPath(error.instancePath)];
  const { message, keyOf, extra } = describe(error);
  const location = source.locate(extra === undefined ? path : [...path, extra], { keyOf });
  const key = [...path, ...(extra === undefined ? [] : [extra])].join('.') || '(top level)';
  throw new ConfigError(`Invalid ${what}: ${key} ${message}.`, {
    location: { ...location, key },
    hint: schemaHint(error, what, key),
  });
}

/**
 * ajv reports every branch of a oneOf; the most useful error is the deepest one that is not a
 * oneOf/anyOf summary, because it points at the actual bad value.
 */
function pickError(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = concrete.length > 0 ? concrete : errors;
  return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]);
}

function depth(error: ErrorObject): number {
  return error.instancePath.split('/').length + (error.keyword === 'additionalProperties' ? 1 : 0);
}

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function describe(error: ErrorObject): { message: string; keyOf: boolean; extra?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return { message: `is not a known key`, keyOf: true, extra: String(params.additionalProperty) };
    case 'required':
      return { message: `is missing the required key "${String(params.missingProperty)}"`, keyOf: true };
    case 'enum':
      return { message: `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, keyOf: false };
    case 'const':
      return { message: `must be ${JSON.stringify(params.allowedValue)}`, keyOf: false };
    default:
      return { message: error.message ?? 'is invalid', keyOf: false };
  }
}
