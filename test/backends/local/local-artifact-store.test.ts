/** LocalArtifactStore: files handed between jobs through a folder, names unique and immutable. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalArtifactStore } from '../../../src/backends/local/local-artifact-store.js';
import { AlreadyExistsError, NotFoundError } from '../../../src/backends/seams.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'artifacts-'));
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

it('uploads files under a name, lists and downloads them with their relative paths', async () => {
  const src = path.join(dir, 'src');
  await fs.mkdir(path.join(src, 'trials'), { recursive: true });
  await fs.writeFile(path.join(src, 'run.json'), '{"ok":true}');
  await fs.writeFile(path.join(src, 'trials', '1.json'), '{}');
  const store = new LocalArtifactStore(path.join(dir, 'store'));
  const info = await store.upload('shard-1', [path.join(src, 'run.json'), path.join(src, 'trials', '1.json')], src);
  expect(info).toEqual({ name: 'shard-1', size: 13 });
  expect(await store.list()).toEqual([info]);
  const out = path.join(dir, 'out');
  const files = await store.download('shard-1', out);
  expect(files.map((f) => path.relative(out, f))).toEqual(['run.json', path.join('trials', '1.json')]);
  expect(await fs.readFile(path.join(out, 'run.json'), 'utf8')).toBe('{"ok":true}');
});

it('refuses a taken name, a file outside the root and an unknown artifact', async () => {
  const store = new LocalArtifactStore(path.join(dir, 'store'));
  const file = path.join(dir, 'a.txt');
  await fs.writeFile(file, 'a');
  await store.upload('same', [file], dir);
  await expect(store.upload('same', [file], dir)).rejects.toBeInstanceOf(AlreadyExistsError);
  await expect(store.upload('outside', [file], path.join(dir, 'sub'))).rejects.toBeInstanceOf(RangeError);
  await expect(store.download('missing', dir)).rejects.toBeInstanceOf(NotFoundError);
  expect((await store.list()).map((a) => a.name)).toEqual(['same']);
});
