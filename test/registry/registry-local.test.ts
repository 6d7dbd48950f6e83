/**
 * The registry over the filesystem store when several registries share one folder, as separate
 * processes on one machine would (simulated in one process: Node 20 cannot run TS in child
 * processes here).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import { ModelRegistry } from '../../src/registry/index.js';

let root: string;
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-registry-local-'));
});
afterAll(() => fs.rm(root, { recursive: true, force: true }));

test('10 registrations from 5 registries over one folder get distinct versions; aliases race safely', async () => {
  const p = path.join(root, 'model.bin');
  await fs.writeFile(p, 'w');
  const file = { name: 'model.bin', path: p, size: 1, sha256: createHash('sha256').update('w').digest('hex') };
  const folder = path.join(root, 'registry');
  const registries = Array.from({ length: 5 }, () => new ModelRegistry(new LocalReleaseStore(folder), { sha: 'c'.repeat(40), backoffMs: 1 }));
  const results = await Promise.all(Array.from({ length: 10 }, (_, i) => registries[i % 5].register({ name: 'm', files: [file], idempotencyKey: `run:${i}:1` })));
  expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  expect((await registries[3].get('m', 'latest')).version).toBe(10);

  // Concurrent alias moves: every move gets its own sequence number; the highest wins.
  const moves = await Promise.all([1, 2, 3, 4, 5].map((v) => registries[v - 1].setAlias('m', 'production', v, { actor: `user${v}` })));
  expect(new Set(moves.map((m) => m.seq)).size).toBe(5);
  const winner = moves.reduce((a, b) => (b.seq > a.seq ? b : a));
  expect((await registries[0].get('m', { alias: 'production' })).version).toBe(winner.to);
  expect((await registries[0].aliasHistory('m', 'production')).map((h) => h.seq)).toEqual([1, 2, 3, 4, 5]);
});
