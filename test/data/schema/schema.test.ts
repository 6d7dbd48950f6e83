import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSchemaFile } from '../../../src/data/schema/load-schema.js';
import { ConfigError } from '../../../src/shared/errors.js';

async function schemaFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-schema-'));
  const file = path.join(dir, 'schema.yml');
  await writeFile(file, text);
  return file;
}

async function errorOf(text: string): Promise<ConfigError> {
  const error = await loadSchemaFile(await schemaFile(text)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('data schema', () => {
  test('the penguins schema resolves every check', async () => {
    const { resolved } = await loadSchemaFile('examples/penguins/schema.yml', { label: 'species', hasEval: true });
    expect(resolved.columns.map((c) => c.name)).toEqual(['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year']);
    const year = resolved.byName.get('year')!;
    expect(year.allowed?.values.has(2008)).toBe(true);
    expect(resolved.byName.get('sex')!.notNull).toEqual({ severity: 'warning', mostly: 0.9 });
    expect(resolved.dataset).toMatchObject({ duplicateRows: 'error', conflictingLabels: 'warning', trainEvalLeakage: 'error', label: 'species' });
  });

  test('an unknown column type is located and lists the types', async () => {
    const error = await errorOf('columns:\n  age:\n    type: integer\n');
    expect(error.location).toMatchObject({ line: 3, key: 'columns.age.type' });
    expect(error.message).toContain('"int"');
  });

  test('min above max is refused at the column', async () => {
    const error = await errorOf('columns:\n  age:\n    type: int\n    min: 10\n    max: 1\n');
    expect(error.message).toContain('min (10) is above max (1)');
    expect(error.location?.line).toBe(4);
  });

  test('a regex that does not compile is refused with the reason', async () => {
    const error = await errorOf('columns:\n  code:\n    type: string\n    regex: "([a-z]"\n');
    expect(error.message).toMatch(/regex of "code" does not compile/);
    expect(error.location).toMatchObject({ line: 4, key: 'columns.code.regex' });
  });

  test('a date bound that is not a date in the format is refused', async () => {
    const error = await errorOf('columns:\n  day:\n    type: date\n    format: "%d/%m/%Y"\n    min: "2024-01-01"\n');
    expect(error.message).toContain('is not a date in its format');
    expect(error.hint).toContain('31/01/2024');
  });

  test('an allowed value of the wrong type is refused', async () => {
    const error = await errorOf('columns:\n  n:\n    type: int\n    allowed: [1, 2, three]\n');
    expect(error.message).toContain('"three" is not a valid int');
    expect(error.location?.key).toBe('columns.n.allowed.2');
  });

  test('a check on a column of the wrong type is refused', async () => {
    const error = await errorOf('columns:\n  name:\n    type: string\n    mean: { min: 1 }\n');
    expect(error.message).toContain('mean applies to numeric and date columns');
  });

  test('a dataset check naming an unknown column is refused', async () => {
    const error = await errorOf('columns:\n  a:\n    type: int\ndataset:\n  unique: [[a, b]]\n');
    expect(error.message).toContain('"b", which the schema does not define');
  });

  test('an unknown date directive is refused', async () => {
    const error = await errorOf('columns:\n  day:\n    type: date\n    format: "%Y-%q"\n');
    expect(error.message).toContain('Unknown date directive "%q"');
  });
});
