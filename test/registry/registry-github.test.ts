/**
 * The registry over GitHub (REST emulator) at scale and under faults: constant request counts with
 * 1,000 versions, concurrent registrations, and 20% seeded 5xx / lost answers / rate limits. Every
 * scenario runs on a repository without and with immutable releases (GitHub's repository setting).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { createOctokit } from '../../src/backends/github/octokit.js';
import { MANIFEST_SCHEMA_VERSION, ModelRegistry, releaseBody, type Manifest, type RegisterFile } from '../../src/registry/index.js';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';

let github: GitHubEmulator;
let tmp: string;
let model: RegisterFile;
let repos = 0;

beforeAll(async () => {
  github = await startGitHubEmulator();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-registry-gh-'));
  const p = path.join(tmp, 'model.bin');
  await fs.writeFile(p, 'tiny weights');
  model = { name: 'model.bin', path: p, size: 12, sha256: createHash('sha256').update('tiny weights').digest('hex') };
});
afterAll(async () => {
  await github.stop();
  await fs.rm(tmp, { recursive: true, force: true });
});
afterEach(() => github.faults.clear());

function freshRepo(immutableReleases: boolean) {
  const name = `models-${++repos}`;
  const repo = github.state.addRepo(`octo/${name}`);
  repo.immutableReleases = immutableReleases;
  const octokit = createOctokit(github.octokitOptions());
  const store = new GitHubReleaseStore({ octokit, owner: 'octo', repo: name, recovery: { backoffMs: 1 } });
  const sha = repo.refs.get('heads/main') ?? '';
  return { repo, store, sha, registry: new ModelRegistry(store, { sha, backoffMs: 1 }) };
}

/** Writes `count` published versions straight into the emulator's state, as the registry lays them out. */
function seedVersions(repo: ReturnType<typeof freshRepo>['repo'], sha: string, name: string, count: number): void {
  const immutable = repo.immutableReleases;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (let version = 1; version <= count; version++) {
    const manifest: Manifest = {
      schemaVersion: MANIFEST_SCHEMA_VERSION, name, version, createdAt: now, commit: sha, ref: 'refs/heads/main',
      run: { url: null, actor: 'seed', id: version, attempt: 1 }, params: {}, metrics: { auc: version / count }, data: {}, sweep: null, gate: null,
      parentVersion: null, tags: [], signature: null, attestationUrl: null, idempotencyKey: `run:${version}:1`,
      contentDigest: `sha256:${'0'.repeat(64)}`, assets: [],
    };
    const tag = `${name}/v${version}`;
    repo.refs.set(`tags/${tag}`, sha);
    const id = github.state.nextId();
    repo.releases.set(id, {
      id, tagName: tag, targetCommitish: sha, name: tag, body: releaseBody(manifest), draft: false, prerelease: false, makeLatest: 'false',
      createdAt: now, updatedAt: now, publishedAt: now, author: github.state.actor, immutable,
    });
  }
  repo.refs.set(`tags/${name}/latest/v${count}`, sha);
}

describe.each([false, true])('immutable releases %s', (immutableReleases) => {
  test('with 1,000 versions, get by version, alias and latest each cost at most 3 requests', async () => {
    const { repo, sha, registry } = freshRepo(immutableReleases);
    seedVersions(repo, sha, 'big', 1000);

    // Registering the next version does not scan either.
    github.resetCounts();
    const next = await registry.register({ name: 'big', files: [model] });
    expect(next.version).toBe(1001);
    expect(next.manifest.immutable).toBe(immutableReleases);
    // latest pointer, version ref, draft, 2 x (release lookup + upload), publish, pointer create/list/delete.
    expect(github.count()).toBeLessThanOrEqual(11);
    await registry.setAlias('big', 'production', 500, { actor: 'alice' });

    const cost = async (read: () => Promise<{ version: number }>, expected: number) => {
      github.resetCounts();
      expect((await read()).version).toBe(expected);
      return github.count();
    };
    expect(await cost(() => registry.get('big', { version: 737 }), 737)).toBeLessThanOrEqual(3);
    expect((await registry.get('big', { version: 737 })).immutable).toBe(immutableReleases);
    expect(await cost(() => registry.get('big', { alias: 'production' }), 500)).toBeLessThanOrEqual(3);
    expect(await cost(() => registry.get('big', 'latest'), 1001)).toBeLessThanOrEqual(3);
    // Idempotent re-registration is a constant cost too.
    github.resetCounts();
    await registry.register({ name: 'big', files: [model], idempotencyKey: 'run:321:1' });
    github.resetCounts();
    const again = await registry.register({ name: 'big', files: [model], idempotencyKey: 'run:321:1' });
    expect(again).toMatchObject({ version: 1002, created: false });
    expect(github.count()).toBeLessThanOrEqual(2);
  });

  test('a stale latest pointer is repaired: allocation stays correct and does not reuse numbers', async () => {
    const { repo, sha, registry } = freshRepo(immutableReleases);
    seedVersions(repo, sha, 'm', 30);
    // The pointer lags (a run died between publish and pointer) and v31, v32 are burned drafts.
    repo.refs.delete('tags/m/latest/v30');
    repo.refs.set('tags/m/latest/v12', sha);
    repo.refs.set('tags/m/v31', sha);
    repo.refs.set('tags/m/v32', sha);
    expect((await registry.register({ name: 'm', files: [model] })).version).toBe(33);
    expect((await registry.get('m', 'latest')).version).toBe(33);
    expect([...repo.refs.keys()].filter((r) => r.startsWith('tags/m/latest/'))).toEqual(['tags/m/latest/v33']);
    repo.refs.delete('tags/m/latest/v33');
    expect(await registry.repairLatest('m')).toBe(33);
  });

  test('10 concurrent registrations get 10 distinct versions', async () => {
    const { registry } = freshRepo(immutableReleases);
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => registry.register({ name: 'm', files: [model], idempotencyKey: `run:${i}:1` })));
    expect(new Set(results.map((r) => r.version)).size).toBe(10);
    expect(results.every((r) => r.created)).toBe(true);
    expect((await registry.listAll('m')).length).toBe(10);
  });

  test('under 20% seeded faults every registration completes exactly once', async () => {
    const { repo, registry } = freshRepo(immutableReleases);
    // 5xx before the work, 5xx after it (the answer is lost), and secondary rate limits with
    // retry-after 0-1 s (scaled to ms by octokitOptions). Registrations run one after the other so the
    // seeded faults hit the same requests on every run.
    const handles = [
      github.faults.add({ probability: 0.08, seed: 11, kind: 'status', status: 502 }),
      github.faults.add({ probability: 0.05, seed: 12, kind: 'status', status: 503, phase: 'after' }),
      github.faults.add({ probability: 0.04, seed: 13, kind: 'rate-limit', status: 403, retryAfter: 1, secondary: true }),
      github.faults.add({ probability: 0.03, seed: 14, kind: 'rate-limit', status: 429, retryAfter: 0 }),
    ];
    const results = [];
    for (let i = 0; i < 10; i++) {
      results.push(await registry.register({ name: 'm', files: [model], idempotencyKey: `run:${i}:1`, metrics: { i } }));
    }
    // A retry of each (e.g. the job re-run) finds its version.
    const retries = [];
    for (let i = 0; i < 10; i++) retries.push(await registry.register({ name: 'm', files: [model], idempotencyKey: `run:${i}:1` }));
    github.faults.clear();
    // The faults did fire, of every kind.
    expect(handles.every((h) => h.hits > 0)).toBe(true);
    expect(handles.reduce((sum, h) => sum + h.hits, 0)).toBeGreaterThan(20);

    expect(results.every((r) => r.created)).toBe(true);
    expect(retries.map((r) => [r.version, r.created])).toEqual(results.map((r) => [r.version, false]));
    const published = [...repo.releases.values()].filter((r) => !r.draft && /^m\/v\d+$/.test(r.tagName));
    expect(published.length).toBe(10);
    expect(new Set(published.map((r) => r.tagName)).size).toBe(10);
    const versions = await registry.listAll('m');
    expect(versions.map((v) => v.manifest.idempotencyKey).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `run:${i}:1`).sort());
    for (const v of versions) expect(v.manifest.metrics.i).toBe(Number(v.manifest.idempotencyKey?.split(':')[1]));
    expect(new Set(versions.map((v) => v.version)).size).toBe(10);
    for (const r of results) expect((await registry.get('m', { version: r.version })).release.assets.map((a) => a.name).sort()).toEqual(['manifest.json', 'model.bin']);
    // A publish retried after a lost answer is no change to an immutable release; each is attested once, with its assets.
    expect(published.every((r) => (r.immutable ?? false) === immutableReleases)).toBe(true);
    expect(results.every((r) => r.manifest.immutable === immutableReleases)).toBe(true);
    expect(versions.every((v) => v.immutable === immutableReleases && v.manifest.immutable === immutableReleases)).toBe(true);
    const attested = repo.releaseAttestations.filter((a) => /^m\/v\d+$/.test(a.tagName));
    expect(attested.map((a) => a.tagName).sort()).toEqual(immutableReleases ? published.map((r) => r.tagName).sort() : []);
    for (const a of attested) expect(a.assets.map((x) => x.name).sort()).toEqual(['manifest.json', 'model.bin']);
  });
});
