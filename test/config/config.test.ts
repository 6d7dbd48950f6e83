import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError, formatUserError } from '../../src/shared/errors.js';

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-config-'));
  const file = path.join(dir, 'mlops.yml');
  await writeFile(file, text);
  return file;
}

async function errorOf(text: string): Promise<ConfigError> {
  const file = await configFile(text);
  const error = await loadConfig(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}

describe('mlops.yml loading', () => {
  test('the penguins example config loads', async () => {
    const loaded = await loadConfig('examples/penguins/mlops.yml');
    expect(loaded.config.name).toBe('penguins');
    expect(loaded.config.data.label).toBe('species');
    expect(loaded.dir).toBe(path.resolve('examples/penguins'));
  });

  test('an unknown key is reported at its line and column, with the key path', async () => {
    const error = await errorOf('name: m\ndata:\n  train: a.csv\n  trian: b.csv\n');
    expect(error.location).toMatchObject({ line: 4, column: 3, key: 'data.trian' });
    expect(error.message).toContain('data.trian is not a known key');
    // The hint speaks of the user's file (its allowed keys), not of this repository's schema files.
    expect(error.hint).toContain('the keys allowed under data are train, eval, format, label, schema. Did you mean `train`?');
    expect(error.hint).not.toMatch(/schema\/[\w-]+\.schema\.json/);
  });

  test('a wrong enum value names the allowed values and points at the value', async () => {
    const error = await errorOf('name: m\ndata:\n  train: a.csv\nvalidate:\n  fail_on: sometimes\n');
    expect(error.location).toMatchObject({ line: 5, column: 12, key: 'validate.fail_on' });
    expect(error.message).toMatch(/"error", "warning", "never"/);
  });

  test('a missing required key points at its parent', async () => {
    const error = await errorOf('name: m\ndata:\n  eval: a.csv\n');
    expect(error.message).toContain('missing the required key "train"');
    expect(error.location?.line).toBe(2);
  });

  test('YAML syntax errors carry line and column', async () => {
    const error = await errorOf('name: m\ndata:\n  train: [a.csv\n');
    expect(error.message).toContain('not valid YAML');
    expect(error.location?.line).toBeGreaterThanOrEqual(3);
  });

  test('a missing file is a clear user error', async () => {
    const error = await loadConfig('/nonexistent/mlops.yml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(formatUserError(error as ConfigError)).toMatch(/\/nonexistent\/mlops.yml does not exist[\s\S]*How to fix/);
  });

  test('a document that is not a mapping is refused', async () => {
    const error = await errorOf('- just\n- a list\n');
    expect(error.message).toContain('must be a YAML mapping');
  });

  test('an invalid model name is refused with the pattern', async () => {
    const error = await errorOf('name: "my model!"\ndata:\n  train: a.csv\n');
    expect(error.location).toMatchObject({ line: 1, key: 'name' });
  });
});

describe('drift thresholds', () => {
  test('warn above fail is refused where it is written', async () => {
    const { planValidation } = await import('../../src/data/validate/build-settings.js');
    const file = await configFile('name: m\ndata:\n  train: a.csv\nvalidate:\n  drift:\n    columns:\n      age:\n        psi: { warn: 0.5, fail: 0.1 }\n');
    const error = await planValidation({ cwd: path.dirname(file), config: file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('warn (0.5) is above fail (0.1)');
    expect((error as ConfigError).location).toMatchObject({ line: 8, key: 'validate.drift.columns.age.psi' });
  });
});
