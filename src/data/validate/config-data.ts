/**
 * What mlops.yml's `data:` section names, checked against the files before a row is validated, so a
 * typo is an error at its line in mlops.yml (docs/architecture.md "Config") rather than a message
 * about some other file, or a check that quietly disappears from the report.
 */
import { asList, type LoadedConfig } from '../../config/config.js';
import { didYouMean } from '../../shared/did-you-mean.js';
import { ConfigError, isUserError } from '../../shared/errors.js';
import { expandPaths, fileBatches } from '../parts/sources.js';
import type { DataFormat } from '../readers/types.js';
import type { LoadedSchema } from '../schema/load-schema.js';

/**
 * Each path or glob of `data.train` / `data.eval` must name at least one readable file: otherwise
 * the error points at the entry in mlops.yml, with the reader's reason.
 */
export async function checkConfiguredPaths(loaded: LoadedConfig, key: 'train' | 'eval', resolved: string[]): Promise<void> {
  const value = loaded.config.data[key];
  const written = asList(value);
  for (const [index, file] of resolved.entries()) {
    try {
      await expandPaths([file], loaded.dir);
    } catch (error) {
      if (!isUserError(error)) throw error;
      const at = Array.isArray(value) ? ['data', key, index] : ['data', key];
      throw new ConfigError(`data.${key} names ${JSON.stringify(written[index])}, which cannot be read: ${error.message}`, {
        location: { ...loaded.source.locate(at), key: at.join('.') },
        hint: `Paths in mlops.yml are relative to its folder (${loaded.dir}): correct data.${key}, or create the file.`,
        cause: error,
      });
    }
  }
}

/**
 * `data.label` must be a column of the data and of the data schema: the conflicting-labels check
 * runs on it, and a label the schema does not know would turn that check off without a word.
 * A label the schema itself names (`dataset.label`) is the schema's to check.
 */
export async function checkConfiguredLabel(loaded: LoadedConfig, schema: LoadedSchema, train: string[], cwd: string, format: DataFormat | undefined): Promise<void> {
  const label = loaded.config.data.label;
  if (label === undefined || schema.raw.dataset?.label !== undefined || schema.resolved.byName.has(label)) return;
  const location = { ...loaded.source.locate(['data', 'label']), key: 'data.label' };
  const [file] = await expandPaths(train.slice(0, 1), cwd);
  const columns = await headerOf(file, format);
  if (columns === undefined) return;
  if (!columns.includes(label)) {
    throw new ConfigError(`data.label names the column "${label}", which ${file} does not have.${didYouMean(label, columns)}`, {
      location,
      hint: `Name the label column as the data writes it (columns: ${columns.join(', ')}).`,
    });
  }
  throw new ConfigError(`data.label names the column "${label}", which the data schema (${schema.resolved.file}) does not define, so the conflicting-labels check could not run.${didYouMean(label, schema.resolved.byName.keys())}`, {
    location,
    hint: `Add "${label}" under columns in ${schema.resolved.file}, or correct data.label.`,
  });
}

/** A data file's column names from its first batch, or undefined when it has no rows (validation says so). */
async function headerOf(file: string, format: DataFormat | undefined): Promise<string[] | undefined> {
  try {
    for await (const batch of fileBatches(file, format, 1)) return batch.columns;
  } catch (error) {
    // The reader's own error comes again, with its location, when the file is validated.
    if (isUserError(error)) return undefined;
    throw error;
  }
  return undefined;
}
