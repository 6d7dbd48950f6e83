/** Alias removal and deprecation (src/registry/registry.ts "housekeeping"), over a local registry. */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import { ModelRegistry } from '../../src/registry/registry.js';

async function registryWithVersions(n: number): Promise<ModelRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-housekeeping-'));
  const registry = new ModelRegistry(new LocalReleaseStore(path.join(dir, 'registry')), { sha: 'b'.repeat(40), backoffMs: 1 });
  for (let i = 1; i <= n; i++) {
    const file = path.join(dir, `m${i}.bin`);
    await writeFile(file, `model ${i}`);
    await registry.register({ name: 'm', files: [{ name: 'model.bin', path: file, size: `model ${i}`.length, sha256: createHash('sha256').update(`model ${i}`).digest('hex') }] });
  }
  return registry;
}

test('an alias can be removed and set again; the history shows every move, the removal as to: null', async () => {
  const registry = await registryWithVersions(2);
  await registry.setAlias('m', 'production', 1, { actor: 'ann' });
  const removed = await registry.removeAlias('m', 'production', { actor: 'bob' });
  expect(removed).toMatchObject({ from: 1, to: null, actor: 'bob', seq: 2 });
  expect(await registry.aliasTarget('m', 'production')).toBeUndefined();
  await expect(registry.get('m', { alias: 'production' })).rejects.toThrow(/is not set/);
  await expect(registry.removeAlias('m', 'production', { actor: 'bob' })).rejects.toThrow(/nothing to remove/);
  await registry.setAlias('m', 'production', 2, { actor: 'cy' });
  expect(await registry.aliasTarget('m', 'production')).toBe(2);
  expect((await registry.aliasHistory('m', 'production')).map((m) => [m.from, m.to, m.actor, m.applied])).toEqual([
    [null, 1, 'ann', true],
    [1, null, 'bob', true],
    [null, 2, 'cy', true],
  ]);
});

test('a deprecated version is kept and listed with who, when and why; deprecating twice keeps the first', async () => {
  const registry = await registryWithVersions(2);
  await registry.deprecate('m', 1, { actor: 'ann', reason: 'leaks labels' });
  await registry.deprecate('m', 1, { actor: 'bob', reason: 'again' });
  expect(await registry.deprecations('m')).toEqual([{ version: 1, actor: 'ann', at: expect.any(String), reason: 'leaks labels' }]);
  expect((await registry.get('m', { version: 1 })).version).toBe(1);
  await expect(registry.deprecate('m', 9, { actor: 'ann', reason: 'x' })).rejects.toThrow(/no such published version/);
});
