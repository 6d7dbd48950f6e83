/**
 * Issue #16: asset names are checked on read as on write, whatever the backend. A name read back
 * from a release (its manifest, an asset's metadata) becomes a file name on download.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isSafeAssetName } from '../../src/backends/seams.js';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import { assetName } from '../../src/registry/archive/pack.js';
import { ManifestError, ModelRegistry, RegistryError, parseManifest } from '../../src/registry/index.js';

const SHA = 'a'.repeat(64);
function manifestWith(assets: unknown[]): unknown {
  return {
    schemaVersion: 1,
    name: 'm',
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    commit: 'c'.repeat(40),
    contentDigest: `sha256:${SHA}`,
    assets,
  };
}

test.each(['../evil.bin', '../../etc/cron.d/x', '/etc/passwd', 'a/b.bin', '.hidden', 'trailing.', '..', 'a\\b', 'name with space', 'x'.repeat(256), ''])(
  'a manifest naming an asset %j is refused, naming the key and what to do',
  (name) => {
    try {
      parseManifest(manifestWith([{ name, size: 1, sha256: SHA }]));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).message).toMatch(/^Invalid model manifest: "assets\[0\]\.name" is not a safe asset name: /);
      expect((error as ManifestError).location).toEqual({ file: 'manifest.json', key: 'assets[0].name' });
      expect((error as ManifestError).hint).toMatch(/do not download it/);
    }
  },
);

test('a manifest naming one asset twice is refused', () => {
  expect(() => parseManifest(manifestWith([{ name: 'a.bin', size: 1, sha256: SHA }, { name: 'a.bin', size: 2, sha256: SHA }]))).toThrow(/"assets\[1\]\.name" must be an asset name used once/);
});

test('names packModel makes are safe names; GitHub-style names pass', () => {
  for (const name of ['model.onnx', 'my_model-v2.tar.gz', 'data-profile.json', 'manifest.json', 'A', '_x', 'x'.repeat(255)]) expect(isSafeAssetName(name)).toBe(true);
  for (const raw of ['..', '...weights...', 'a b/c', 'x.'.repeat(200), '-.-']) expect(isSafeAssetName(`${assetName(raw)}.tar.gz`)).toBe(true);
});

test('register refuses an unsafe asset name before anything is created (the same rule as on read)', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-asset-names-'));
  try {
    const file = path.join(root, 'w.bin');
    await fs.writeFile(file, 'w');
    const store = new LocalReleaseStore(path.join(root, 'registry'));
    const registry = new ModelRegistry(store, { sha: 'c'.repeat(40), backoffMs: 1 });
    const sha256 = createHash('sha256').update('w').digest('hex');
    await expect(registry.register({ name: 'm', files: [{ name: '../w.bin', path: file, size: 1, sha256 }] })).rejects.toThrow(RegistryError);
    await expect(registry.register({ name: 'm', files: [{ name: '../w.bin', path: file, size: 1, sha256 }] })).rejects.toThrow(/^Invalid asset name "\.\.\/w\.bin" \(an asset name is/);
    expect(await fs.readdir(path.join(root))).toEqual(['w.bin']);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('both stores refuse an unsafe name on upload; the GitHub store refuses one in an answer', async () => {
  const { startGitHubEmulator } = await import('../support/github-emulator/index.js');
  const { createOctokit } = await import('../../src/backends/github/octokit.js');
  const { GitHubReleaseStore } = await import('../../src/backends/github/github-release-store.js');
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-asset-names-'));
  const github = await startGitHubEmulator();
  try {
    const file = path.join(root, 'x.bin');
    await fs.writeFile(file, 'x');
    const local = new LocalReleaseStore(path.join(root, 'registry'));
    const localDraft = await local.createDraft({ tag: 'm/v1' });
    await expect(local.uploadAsset(localDraft.id, '../x.bin', { path: file })).rejects.toThrow(/^Invalid asset name "\.\.\/x\.bin"/);
    const repo = github.state.addRepo('octo/names');
    const store = new GitHubReleaseStore({ octokit: createOctokit(github.octokitOptions()), owner: 'octo', repo: 'names', recovery: { backoffMs: 1 } });
    const draft = await store.createDraft({ tag: 'm/v1' });
    await expect(store.uploadAsset(draft.id, '../x.bin', { path: file })).rejects.toThrow(/^Invalid asset name/);
    // An answer naming an asset ../x (a proxy, a forged server): a located user error, not a file outside --out.
    await store.uploadAsset(draft.id, 'ok.bin', { stream: (await import('node:stream')).Readable.from([Buffer.from('x')]) });
    for (const asset of repo.assets.values()) asset.name = '../x.bin';
    await expect(store.getRelease(draft.id)).rejects.toThrow(/^Unexpected answer from GitHub for a release asset: field "name" is not an asset name GitHub keeps: "\.\.\/x\.bin"/);
  } finally {
    await github.stop().catch(() => undefined);
    await fs.rm(root, { recursive: true, force: true });
  }
});
