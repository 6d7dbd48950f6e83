/**
 * Issue #16: mlops.yml files that used to print as a bug, take quadratic time, exhaust memory or
 * hang: each is a ConfigError saying which limit, quickly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError, formatUserError } from '../../src/shared/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-config-hostile-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function errorOf(text: string | ((file: string) => void)): Promise<{ error: ConfigError; file: string; ms: number }> {
  const file = path.join(dir, 'mlops.yml');
  if (typeof text === 'string') await writeFile(file, text);
  else text(file);
  const started = Date.now();
  const error = await loadConfig(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return { error: error as ConfigError, file, ms: Date.now() - started };
}

test('billion laughs: a ConfigError naming the alias limit, not a bug', async () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  const { error, file } = await errorOf(`name: x\n${laughs.join('\n')}\n`);
  expect(formatUserError(error)).toBe(
    `${file}: ${file} expands its aliases (*name) more than 100 times.\n  How to fix: Write the values out instead of nesting aliases of aliases (a "billion laughs" file expands to billions of values).`,
  );
});

test('80,000 keys in one mapping: duplicate keys are found in linear time, at their line', async () => {
  const lines = ['name: x', 'data:', '  train: t.csv', 'many:'];
  for (let i = 0; i < 80_000; i++) lines.push(`  key${i}: ${i}`);
  lines.push('  key17: again');
  const { error, ms } = await errorOf(lines.join('\n') + '\n');
  expect(error.message).toMatch(/Map keys must be unique; "key17" appears twice/);
  expect(error.location).toMatchObject({ line: lines.length, column: 3 });
  expect(ms).toBeLessThan(8000);
});

test('a file over 4 MiB is refused before it is parsed', async () => {
  const { error, ms } = await errorOf(`name: x\npad: "${'x'.repeat(5 * 1024 * 1024)}"\n`);
  expect(error.message).toMatch(/^The config file .*mlops\.yml is larger than the 4 MiB limit\.$/);
  expect(error.hint).toBe('Keep the config file under 4 MiB.');
  expect(ms).toBeLessThan(2000);
});

test('a FIFO as mlops.yml is refused at once instead of hanging', async () => {
  const { error, ms } = await errorOf((file) => execFileSync('mkfifo', [file]));
  expect(error.message).toMatch(/^The config file .*mlops\.yml is a FIFO \(named pipe\), not a regular file\.$/);
  expect(ms).toBeLessThan(2000);
});

test('a link to /dev/zero as mlops.yml is refused', async () => {
  const { error } = await errorOf((file) => execFileSync('ln', ['-s', '/dev/zero', file]));
  expect(error.message).toMatch(/is a character device, not a regular file/);
});

test.each([
  ['flow lists 10,000 deep', `name: x\ndeep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
  ['mappings 1,000 deep', `name: x\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`],
])('%s: a ConfigError, not a crash', async (_what, text) => {
  const { error } = await errorOf(text);
  expect(error.message).toMatch(/mlops\.yml is nested more than 100 levels deep\.$/);
});
