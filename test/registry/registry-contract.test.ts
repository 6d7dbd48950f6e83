/**
 * The registry's contract, run against both ReleaseStores: the filesystem one and the GitHub one
 * over the REST emulator, on a repository without and with immutable releases (GitHub's repository
 * setting: published releases keep their assets and tag). Same scenarios, same answers.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImmutableReleaseError, type ReleaseStore } from '../../src/backends/seams.js';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { createOctokit } from '../../src/backends/github/octokit.js';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import { ModelRegistry, RegistryError, RegistryNameError, type RegisterFile, type RegistryOptions } from '../../src/registry/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

const SHA = 'a'.repeat(40);
let github: GitHubEmulator;
let tmp: string;
let repos = 0;

beforeAll(async () => {
  github = await startGitHubEmulator();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-registry-'));
});
afterAll(async () => {
  await github.stop();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<RegisterFile> {
  const dir = await fs.mkdtemp(path.join(tmp, 'f-'));
  const p = path.join(dir, name);
  await fs.writeFile(p, content);
  return { name, path: p, size: Buffer.byteLength(content), sha256: createHash('sha256').update(content).digest('hex') };
}

interface Backend {
  store: ReleaseStore;
  sha: string;
  /** Published releases are immutable (a GitHub repository with immutable releases on). */
  immutable: boolean;
  /** The emulated repository, for the GitHub backends. */
  repo?: ReturnType<GitHubEmulator['state']['addRepo']>;
}

function githubBackend(immutableReleases: boolean): () => Promise<Backend> {
  return async () => {
    const name = `models-${++repos}`;
    const repo = github.state.addRepo(`octo/${name}`);
    repo.immutableReleases = immutableReleases;
    const octokit = createOctokit(github.octokitOptions());
    return { store: new GitHubReleaseStore({ octokit, owner: 'octo', repo: name, recovery: { backoffMs: 1 } }), sha: repo.refs.get('heads/main') ?? '', immutable: immutableReleases, repo };
  };
}

const backends: [string, () => Promise<Backend>][] = [
  ['local', async () => ({ store: new LocalReleaseStore(await fs.mkdtemp(path.join(tmp, 'store-'))), sha: SHA, immutable: false })],
  ['github', githubBackend(false)],
  ['github (immutable releases)', githubBackend(true)],
];

/** A store whose uploads of one asset name fail, like a runner that dies midway. */
function failingUploads(store: ReleaseStore, assetName: string): ReleaseStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'uploadAsset') {
        return (async (id: number, name: string, ...rest: never[]) => {
          if (name === assetName) throw new Error('the runner lost its disk');
          return (target.uploadAsset as (...a: unknown[]) => unknown)(id, name, ...rest);
        }) as ReleaseStore['uploadAsset'];
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe.each(backends)('ModelRegistry over the %s ReleaseStore', (_label, make) => {
  let backend: Backend;
  let registry: ModelRegistry;
  const options = (extra: Partial<RegistryOptions> = {}): RegistryOptions => ({ sha: backend.sha, backoffMs: 1, ...extra });

  beforeEach(async () => {
    backend = await make();
    registry = new ModelRegistry(backend.store, options());
  });

  test('registers versions 1, 2, 3 and reads them by version and latest', async () => {
    const model = await file('model.bin', 'weights-1');
    const first = await registry.register({ name: 'churn', files: [model], metrics: { auc: 0.8 }, params: { depth: 3 }, run: { id: 7, attempt: 1, actor: 'alice' } });
    expect(first).toMatchObject({ version: 1, tag: 'churn/v1', created: true });
    expect(first.manifest).toMatchObject({ name: 'churn', version: 1, commit: backend.sha, metrics: { auc: 0.8 }, params: { depth: 3 }, run: { id: 7, attempt: 1, actor: 'alice' } });
    expect(first.manifest.assets).toEqual([{ name: 'model.bin', size: model.size, sha256: model.sha256 }]);
    const second = await registry.register({ name: 'churn', files: [await file('model.bin', 'weights-2')] });
    const third = await registry.register({ name: 'churn', files: [await file('model.bin', 'weights-3')] });
    expect([second.version, third.version]).toEqual([2, 3]);

    const v1 = await registry.get('churn', { version: 1 });
    expect(v1.manifest).toEqual(first.manifest);
    expect(v1.release.draft).toBe(false);
    expect(first.manifest.immutable).toBe(backend.immutable);
    expect(v1.immutable).toBe(backend.immutable);
    expect(v1.release.assets.map((a) => a.name).sort()).toEqual(['manifest.json', 'model.bin']);
    expect((await registry.get('churn', 'latest')).version).toBe(3);
    await expect(registry.get('churn', { version: 9 })).rejects.toThrow(RegistryError);
    await expect(registry.get('other', 'latest')).rejects.toThrow(/no registered version/);
    // Another model's numbering is its own.
    expect((await registry.register({ name: 'churn-2', files: [model] })).version).toBe(1);
  });

  test('rejects bad names, aliases and files with user errors', async () => {
    const model = await file('model.bin', 'x');
    await expect(registry.register({ name: 'bad/name', files: [model] })).rejects.toThrow(RegistryNameError);
    await expect(registry.register({ name: 'ok', files: [model], aliases: ['latest'] })).rejects.toThrow(/reserved/);
    await expect(registry.register({ name: 'ok', files: [model, model] })).rejects.toThrow(/used twice/);
    await expect(registry.register({ name: 'ok', files: [{ ...model, name: 'manifest.json' }] })).rejects.toThrow(/reserved/);
    await expect(registry.setAlias('ok', 'prod', 1, { actor: 'a' })).rejects.toThrow(/no such published version/);
  });

  test('the same idempotency key gives the same version, created false', async () => {
    const model = await file('model.bin', 'w');
    const first = await registry.register({ name: 'm', files: [model], idempotencyKey: 'run:42:1' });
    const again = await registry.register({ name: 'm', files: [model], idempotencyKey: 'run:42:1' });
    expect(again).toMatchObject({ version: first.version, created: false, releaseId: first.releaseId });
    const other = await registry.register({ name: 'm', files: [model], idempotencyKey: 'run:42:2' });
    expect(other).toMatchObject({ version: 2, created: true });
    // Dedupe by content: the same files return the version that has them.
    const deduped = await registry.register({ name: 'm', files: [await file('model.bin', 'fresh')], dedupeByContent: true });
    expect(deduped).toMatchObject({ version: 3, created: true });
    const same = await registry.register({ name: 'm', files: [await file('model.bin', 'fresh')], dedupeByContent: true });
    expect(same).toMatchObject({ version: 3, created: false });
  });

  test('a registration that dies midway leaves a draft; its number is never reused; cleanup removes the draft', async () => {
    const good = await file('model.bin', 'good');
    const bad = await file('extra.bin', 'bad');
    await registry.register({ name: 'm', files: [good] });
    const dying = new ModelRegistry(failingUploads(backend.store, 'extra.bin'), options());
    await expect(dying.register({ name: 'm', files: [good, bad], idempotencyKey: 'run:1:1' })).rejects.toThrow(/lost its disk/);
    await expect(registry.get('m', { version: 2 })).rejects.toThrow(/no published version 2/);
    expect((await registry.get('m', 'latest')).version).toBe(1);

    // The retry of that run (same key) does not pick up the half-made draft: it registers v3.
    const retried = await registry.register({ name: 'm', files: [good, bad], idempotencyKey: 'run:1:1' });
    expect(retried).toMatchObject({ version: 3, created: true });
    expect(await registry.cleanupStaleDrafts('m', 3_600_000)).toEqual([]); // too young to be stale
    const removed = await registry.cleanupStaleDrafts('m', 0);
    expect(removed.map((d) => d.tag)).toEqual(['m/v2']);
    const drafts = [];
    for await (const release of backend.store.list()) if (release.draft) drafts.push(release.tag);
    expect(drafts).toEqual([]);
    // Still burned after the cleanup.
    expect((await registry.register({ name: 'm', files: [good] })).version).toBe(4);
    expect((await registry.listAll('m')).map((v) => v.version)).toEqual([4, 3, 1]);
  });

  test('aliases: set, move, read by alias, history with who/when/from/to', async () => {
    const model = await file('model.bin', 'w');
    for (let i = 0; i < 3; i++) await registry.register({ name: 'm', files: [model] });
    await expect(registry.get('m', { alias: 'production' })).rejects.toThrow(/not set/);
    const set = await registry.setAlias('m', 'production', 1, { actor: 'alice' });
    expect(set).toMatchObject({ alias: 'production', seq: 1, from: null, to: 1, actor: 'alice', applied: true });
    expect((await registry.get('m', { alias: 'production' })).version).toBe(1);
    await registry.setAlias('m', 'production', 3, { actor: 'bob' });
    await registry.setAlias('m', 'staging', 2, { actor: 'carol' });
    expect((await registry.get('m', { alias: 'production' })).version).toBe(3);
    expect((await registry.get('m', { alias: 'staging' })).version).toBe(2);
    // register with aliases moves them to the new version.
    const v4 = await registry.register({ name: 'm', files: [model], aliases: ['staging'], actor: 'ci' });
    expect((await registry.get('m', { alias: 'staging' })).version).toBe(v4.version);

    const history = await registry.aliasHistory('m', 'production');
    expect(history.map(({ seq, from, to, actor, applied }) => ({ seq, from, to, actor, applied }))).toEqual([
      { seq: 1, from: null, to: 1, actor: 'alice', applied: true },
      { seq: 2, from: 1, to: 3, actor: 'bob', applied: true },
    ]);
    expect(Number.isNaN(Date.parse(history[0].at))).toBe(false);
    expect((await registry.aliasHistory('m', 'staging')).map((h) => [h.from, h.to, h.actor])).toEqual([
      [null, 2, 'carol'],
      [2, 4, 'ci'],
    ]);
    // Alias moves are not versions.
    expect((await registry.listAll('m')).map((v) => v.version)).toEqual([4, 3, 2, 1]);
    await expect(registry.setAlias('m', 'v2', 1, { actor: 'x' })).rejects.toThrow(/reserved/);
  });

  test('list filters by tag, metric range and alias', async () => {
    const model = await file('model.bin', 'w');
    const specs = [
      { auc: 0.7, tags: ['baseline'] },
      { auc: 0.9, tags: ['candidate'] },
      { auc: 0.85, tags: ['candidate', 'gpu'] },
      { auc: undefined, tags: [] },
    ];
    for (const spec of specs) await registry.register({ name: 'm', files: [model], metrics: spec.auc === undefined ? {} : { auc: spec.auc }, tags: spec.tags });
    await registry.register({ name: 'other', files: [model], tags: ['candidate'] });
    await registry.setAlias('m', 'production', 2, { actor: 'a' });
    const versions = async (filter: Parameters<ModelRegistry['listAll']>[1]) => (await registry.listAll('m', filter)).map((v) => v.version);
    expect(await versions({})).toEqual([4, 3, 2, 1]);
    expect(await versions({ tag: 'candidate' })).toEqual([3, 2]);
    expect(await versions({ metric: { name: 'auc', min: 0.8 } })).toEqual([3, 2]);
    expect(await versions({ metric: { name: 'auc', max: 0.86 } })).toEqual([3, 1]);
    expect(await versions({ metric: { name: 'auc', min: 0.8, max: 0.86 }, tag: 'gpu' })).toEqual([3]);
    expect(await versions({ alias: 'production' })).toEqual([2]);
    expect(await versions({ alias: 'staging' })).toEqual([]);
  });

  test('housekeeping never changes a published release: deprecation, alias removal, cleanup, idempotent retries', async () => {
    const model = await file('model.bin', 'w');
    const v1 = await registry.register({ name: 'm', files: [model], idempotencyKey: 'run:1:1', aliases: ['production'], actor: 'ann' });
    await registry.register({ name: 'm', files: [await file('model.bin', 'w2')], dedupeByContent: true });
    expect(await registry.register({ name: 'm', files: [model], idempotencyKey: 'run:1:1', aliases: ['staging'], actor: 'ann' })).toMatchObject({ version: 1, created: false });
    await registry.setAlias('m', 'production', 2, { actor: 'bob' });
    await registry.removeAlias('m', 'staging', { actor: 'cy' });
    await registry.deprecate('m', 1, { actor: 'dee', reason: 'leaks labels' });
    expect(await registry.cleanupStaleDrafts('m', 0)).toEqual([]);
    expect(await registry.repairLatest('m')).toBe(2);
    expect((await registry.deprecations('m')).map((d) => [d.version, d.actor])).toEqual([[1, 'dee']]);
    expect((await registry.aliasHistory('m', 'production')).map((h) => [h.from, h.to])).toEqual([[null, 1], [1, 2]]);
    expect((await registry.aliasHistory('m', 'staging')).map((h) => [h.from, h.to])).toEqual([[null, 1], [1, null]]);
    const versions = await registry.listAll('m');
    expect(versions.map((v) => [v.version, v.immutable, v.manifest.immutable])).toEqual([[2, backend.immutable, backend.immutable], [1, backend.immutable, backend.immutable]]);

    if (backend.immutable) {
      // Every release the registry published (versions, alias moves, deprecation records) is locked and attested.
      const published = [...(backend.repo?.releases.values() ?? [])].filter((r) => !r.draft);
      expect(published.length).toBe(7);
      expect(published.every((r) => r.immutable)).toBe(true);
      expect(backend.repo?.releaseAttestations.map((a) => a.tagName).sort()).toEqual(published.map((r) => r.tagName).sort());
      // A store asked to change one fails clearly, and the version keeps its files.
      await expect(backend.store.uploadAsset(v1.releaseId, 'extra.bin', { path: model.path })).rejects.toThrow(ImmutableReleaseError);
      await expect(backend.store.uploadAsset(v1.releaseId, 'extra.bin', { path: model.path })).rejects.toThrow(/immutable/);
      const asset = (await registry.get('m', { version: 1 })).release.assets[0];
      await expect(backend.store.deleteAsset(asset.id)).rejects.toThrow(ImmutableReleaseError);
      expect((await registry.get('m', { version: 1 })).release.assets.map((a) => a.name).sort()).toEqual(['manifest.json', 'model.bin']);
    }
  });

  test('concurrent registrations in one process get distinct versions', async () => {
    const model = await file('model.bin', 'w');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => registry.register({ name: 'm', files: [model], idempotencyKey: `run:${i}:1` })));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await registry.get('m', 'latest')).version).toBe(10);
  });
});
