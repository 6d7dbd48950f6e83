/**
 * Issue #16: a local registry edited by someone else. Asset names are checked on read as on write,
 * so `models download` never writes outside --out; a corrupt record is an error naming the file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-registry-hostile-');
afterAll(() => temps.cleanup());

/** A project with toy v1 registered (a single file model.bin) in .mlops/registry. */
async function registered(): Promise<{ dir: string; releaseDir: string; assetMeta: string }> {
  const dir = await temps.make();
  await writeFile(path.join(dir, 'model.bin'), 'weights');
  const result = await runCli(['register', '--name', 'toy', '--model', 'model.bin'], { cwd: dir });
  expect(result.exitCode).toBe(0);
  const registry = path.join(dir, '.mlops/registry');
  const releaseDir = readdirSync(path.join(registry, 'releases'))
    .map((id) => path.join(registry, 'releases', id))
    .find((d) => JSON.parse(readFileSync(path.join(d, 'release.json'), 'utf8')).tag === 'toy/v1')!;
  const assetMeta = readdirSync(path.join(registry, 'assets'))
    .map((id) => path.join(registry, 'assets', id, 'meta.json'))
    .find((f) => JSON.parse(readFileSync(f, 'utf8')).name === 'model.bin')!;
  return { dir, releaseDir, assetMeta };
}

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

test('an asset named ../x in the manifest and the asset metadata: download refuses, nothing outside --out is touched', async () => {
  const { dir, releaseDir, assetMeta } = await registered();
  edit(path.join(releaseDir, 'release.json'), (text) => text.replace(/\\"name\\": \\"model\.bin\\"/, '\\"name\\": \\"../precious.txt\\"'));
  edit(assetMeta, (text) => text.replace('"name":"model.bin"', '"name":"../precious.txt"'));
  writeFileSync(path.join(dir, 'precious.txt'), 'do not overwrite');
  const result = await runCli(['models', 'download', 'toy', '--out', 'out'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  // The local store refuses the metadata first; a GitHub release cannot hold such a name, and its
  // manifest is checked the same way (test/registry/asset-names.test.ts).
  expect(result.stderr).toContain(`error: ${assetMeta}: corrupt registry record: it is not a valid record`);
  expect(readFileSync(path.join(dir, 'precious.txt'), 'utf8')).toBe('do not overwrite');
  expect(existsSync(path.join(dir, 'out', 'precious.txt'))).toBe(false);
  expect(readdirSync(dir).filter((name) => name.startsWith('.mlops-download-'))).toEqual([]);
});

test('an asset metadata file with a ../ name is a corrupt record, named', async () => {
  const { dir, assetMeta } = await registered();
  edit(assetMeta, (text) => text.replace('"name":"model.bin"', '"name":"../../x.bin"'));
  const result = await runCli(['models', 'download', 'toy', '--out', 'out'], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).toContain(`error: ${assetMeta}: corrupt registry record: it is not a valid record\n  How to fix: restore it from a backup, or delete its folder`);
  expect(existsSync(path.join(dir, 'x.bin'))).toBe(false);
});

test('a corrupt release.json is a clear error naming the file, not a bug', async () => {
  const { dir, releaseDir } = await registered();
  const file = path.join(releaseDir, 'release.json');
  writeFileSync(file, '{"id": 1, "tag": "toy/v1", ');
  for (const args of [['models', 'list', 'toy'], ['models', 'show', 'toy:1']]) {
    const result = await runCli(args, { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/a bug/);
    expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: corrupt registry record: it is not JSON \\(.*\\)\\n  How to fix: restore it from a backup, or delete its folder`));
  }
});

test('a model of 3,000 files downloads with 200 open files allowed (one file open at a time)', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdirSync } = await import('node:fs');
  const { CLI_BUNDLE } = await import('../support/cli.js');
  const dir = await temps.make();
  for (let shard = 0; shard < 30; shard++) {
    mkdirSync(path.join(dir, 'model', `s${shard}`), { recursive: true });
    for (let i = 0; i < 100; i++) writeFileSync(path.join(dir, 'model', `s${shard}`, `w${i}.bin`), `shard ${shard} part ${i}`);
  }
  expect((await runCli(['register', '--name', 'big', '--model', 'model'], { cwd: dir })).exitCode).toBe(0);
  const download = spawnSync('sh', ['-c', `ulimit -n 200 && exec "${process.execPath}" "${CLI_BUNDLE}" models download big --out out`], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  expect(download.stderr).toBe('');
  expect(download.status).toBe(0);
  expect(readFileSync(path.join(dir, 'out', 'model', 's29', 'w99.bin'), 'utf8')).toBe('shard 29 part 99');
  expect(readdirSync(path.join(dir, 'out', 'model'))).toHaveLength(30);
}, 60000);
