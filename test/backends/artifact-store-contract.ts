/**
 * The ArtifactStore contract (src/backends/seams.ts), run against every implementation so a sweep
 * collected from a local folder and one collected from workflow artifacts behave alike.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlreadyExistsError, NotFoundError, type ArtifactStore } from '../../src/backends/seams.js';

export interface ArtifactStoreHarness {
  store: ArtifactStore;
  /**
   * Whether list() reports the files' total bytes. Workflow artifacts only know their zip's size,
   * so for them list() sizes are merely positive.
   */
  listsFileBytes: boolean;
}

async function write(root: string, files: Record<string, string | Buffer>): Promise<string[]> {
  const paths: string[] = [];
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, content);
    paths.push(file);
  }
  return paths;
}

export function artifactStoreContract(name: string, make: () => Promise<ArtifactStoreHarness>): void {
  describe(`ArtifactStore contract: ${name}`, () => {
    let h: ArtifactStoreHarness;
    let dir: string;
    beforeEach(async () => {
      h = await make();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'artifact-contract-'));
    });
    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    it('uploads nested files, lists them and downloads them byte for byte under their relative paths', async () => {
      const src = path.join(dir, 'src');
      const weights = randomBytes(256 * 1024);
      const files = await write(src, { 'summary.json': '{"best":0.93}', 'trials/1/metrics.json': '{"loss":0.2}', 'trials/1/model.bin': weights });
      const info = await h.store.upload('shard-0', files, src);
      expect(info).toEqual({ name: 'shard-0', size: 13 + 12 + weights.length });
      const listed = await h.store.list();
      expect(listed.map((a) => a.name)).toEqual(['shard-0']);
      if (h.listsFileBytes) expect(listed[0].size).toBe(info.size);
      else expect(listed[0].size).toBeGreaterThan(0);

      const out = path.join(dir, 'out');
      await fs.mkdir(out);
      await fs.writeFile(path.join(out, 'unrelated.txt'), 'kept');
      const downloaded = await h.store.download('shard-0', out);
      expect(downloaded.map((f) => path.relative(out, f))).toEqual(['summary.json', path.join('trials', '1', 'metrics.json'), path.join('trials', '1', 'model.bin')]);
      expect((await fs.readFile(path.join(out, 'trials', '1', 'model.bin'))).equals(weights)).toBe(true);
      expect(await fs.readFile(path.join(out, 'summary.json'), 'utf8')).toBe('{"best":0.93}');
      expect(await fs.readFile(path.join(out, 'unrelated.txt'), 'utf8')).toBe('kept');
      expect((await fs.readdir(out)).sort()).toEqual(['summary.json', 'trials', 'unrelated.txt']);
    });

    it('keeps a name immutable: a second upload under it is AlreadyExistsError and changes nothing', async () => {
      const [first] = await write(path.join(dir, 'a'), { 'result.json': 'first' });
      const [second] = await write(path.join(dir, 'b'), { 'result.json': 'second' });
      await h.store.upload('leg-1', [first], path.join(dir, 'a'));
      await expect(h.store.upload('leg-1', [second], path.join(dir, 'b'))).rejects.toBeInstanceOf(AlreadyExistsError);
      const out = path.join(dir, 'out');
      await h.store.download('leg-1', out);
      expect(await fs.readFile(path.join(out, 'result.json'), 'utf8')).toBe('first');
      expect((await h.store.list()).map((a) => a.name)).toEqual(['leg-1']);
    });

    it('gives a contested name to exactly one of several concurrent uploaders', async () => {
      const uploads = [0, 1, 2].map(async (i) => {
        const root = path.join(dir, `racer-${i}`);
        const files = await write(root, { 'who.txt': String(i) });
        return h.store.upload('contested', files, root);
      });
      const results = await Promise.allSettled(uploads);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(AlreadyExistsError);
      expect((await h.store.list()).map((a) => a.name)).toEqual(['contested']);
    });

    it('collects every leg of a fan-out, listed by name', async () => {
      await Promise.all(
        ['leg-2', 'leg-0', 'leg-1'].map(async (leg) => {
          const root = path.join(dir, leg);
          await h.store.upload(leg, await write(root, { [`${leg}.json`]: `{"leg":"${leg}"}` }), root);
        }),
      );
      const legs = await h.store.list();
      expect(legs.map((a) => a.name)).toEqual(['leg-0', 'leg-1', 'leg-2']);
      const out = path.join(dir, 'collected');
      const files = (await Promise.all(legs.map((a) => h.store.download(a.name, out)))).flat();
      expect(files.map((f) => path.basename(f)).sort()).toEqual(['leg-0.json', 'leg-1.json', 'leg-2.json']);
    });

    it('refuses an unknown artifact and a file outside the root, leaving nothing behind', async () => {
      expect(await h.store.list()).toEqual([]);
      await expect(h.store.download('missing', path.join(dir, 'out'))).rejects.toBeInstanceOf(NotFoundError);
      const [file] = await write(dir, { 'a.txt': 'a' });
      await fs.mkdir(path.join(dir, 'sub'));
      await expect(h.store.upload('outside', [file], path.join(dir, 'sub'))).rejects.toBeInstanceOf(RangeError);
      expect(await h.store.list()).toEqual([]);
    });
  });
}
