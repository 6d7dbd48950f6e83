import path from 'node:path';
import { checkDataSchema } from '../../config/schema-check.js';
import { readYamlFile, type YamlSource } from '../../config/yaml-source.js';
import { ConfigError } from '../../shared/errors.js';
import type { RawDataSchema } from './raw-schema.js';
import { resolveSchema, type ResolveOptions } from './resolve-schema.js';
import type { ResolvedSchema } from './resolved.js';

/** A schema ready to run, plus what a worker thread needs to resolve the same schema again. */
export interface LoadedSchema {
  resolved: ResolvedSchema;
  raw: RawDataSchema;
  options: ResolveOptions;
}

/** Loads a data schema file (YAML or JSON), validates it and resolves its checks. */
export async function loadSchemaFile(file: string, options: ResolveOptions = {}): Promise<LoadedSchema> {
  const source = await readYamlFile(file, 'schema file');
  return fromSource(source, [], file, options);
}

/** Resolves a schema written inline in mlops.yml under `data.schema`. */
function loadInlineSchema(config: YamlSource, options: ResolveOptions = {}): LoadedSchema {
  return fromSource(config, ['data', 'schema'], config.file, options);
}

/** The schema `data.schema` of mlops.yml names: a path relative to mlops.yml, or the inline schema. */
export async function loadConfiguredSchema(config: YamlSource, configDir: string, value: unknown, options: ResolveOptions): Promise<LoadedSchema> {
  if (typeof value === 'string') return loadSchemaFile(path.resolve(configDir, value), options);
  return loadInlineSchema(config, options);
}

function fromSource(source: YamlSource, base: (string | number)[], file: string, options: ResolveOptions): LoadedSchema {
  const value = base.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], source.value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`The data schema in ${file} must be a mapping with a "columns" key.`, {
      location: source.locate(base),
      hint: 'Write `columns:` with one entry per column, or run `mlops validate --infer-schema schema.yml` to start one.',
    });
  }
  checkDataSchema(source, base);
  const raw = value as RawDataSchema;
  const resolved = resolveSchema(raw, (p) => source.locate([...base, ...p]), file, options);
  return { resolved, raw, options };
}

/** A schema built in code (already valid): checks run, locations point at the code's purpose. */
export function loadSchemaFromRaw(raw: RawDataSchema, options: ResolveOptions): LoadedSchema {
  return { raw, options, resolved: resolveSchema(raw, () => ({ file: '(inferred schema)' }), '(inferred schema)', options) };
}
