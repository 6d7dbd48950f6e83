/**
 * The ReleaseStore contract (src/backends/seams.ts), run against every implementation so the local
 * registry and the GitHub one cannot behave differently.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { AlreadyExistsError, ConflictError, NotFoundError, type ReleaseStore } from '../../src/backends/seams.js';

export interface ReleaseStoreHarness {
  store: ReleaseStore;
  /** The sha the backend knows as the branch `main`. */
  mainSha: string;
}

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

async function collect(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export function releaseStoreContract(name: string, make: () => Promise<ReleaseStoreHarness>): void {
  describe(`ReleaseStore contract: ${name}`, () => {
    let h: ReleaseStoreHarness;
    let dir: string;
    beforeEach(async () => {
      h = await make();
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'release-contract-'));
    });
    afterEach(() => fs.rm(dir, { recursive: true, force: true }));

    it('creates a ref only if absent, moves, lists by prefix and deletes it', async () => {
      expect(await h.store.createRef('tags/m/v1', SHA_A)).toBe(true);
      expect(await h.store.createRef('tags/m/v1', SHA_B)).toBe(false);
      expect(await h.store.getRef('tags/m/v1')).toEqual({ ref: 'tags/m/v1', sha: SHA_A });
      await h.store.createRef('tags/m/v2', SHA_A);
      await h.store.createRef('tags/other/v1', SHA_A);
      expect((await h.store.listRefs('tags/m/')).map((r) => r.ref)).toEqual(['tags/m/v1', 'tags/m/v2']);
      await h.store.moveRef('tags/m/v1', SHA_B);
      expect((await h.store.getRef('tags/m/v1'))?.sha).toBe(SHA_B);
      await expect(h.store.moveRef('tags/m/none', SHA_B)).rejects.toBeInstanceOf(NotFoundError);
      expect(await h.store.deleteRef('tags/m/v1')).toBe(true);
      expect(await h.store.deleteRef('tags/m/v1')).toBe(false);
      expect(await h.store.getRef('tags/m/v1')).toBeUndefined();
    });

    it('gives a contested ref to exactly one of many concurrent creators', async () => {
      const results = await Promise.all(Array.from({ length: 8 }, () => h.store.createRef('tags/race/v1', SHA_A)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('gives concurrent drafts distinct ids', async () => {
      const drafts = await Promise.all(['c1', 'c2', 'c3', 'c4', 'c5'].map((tag) => h.store.createDraft({ tag })));
      expect(new Set(drafts.map((d) => d.id)).size).toBe(5);
    });

    it('keeps drafts invisible to getByTag until published, then creates the tag', async () => {
      const draft = await h.store.createDraft({ tag: 'model-v1', body: 'metrics' });
      expect(draft).toMatchObject({ tag: 'model-v1', name: 'model-v1', body: 'metrics', draft: true, publishedAt: null, assets: [] });
      expect(await h.store.getByTag('model-v1')).toBeUndefined();
      expect((await h.store.getRelease(draft.id))?.draft).toBe(true);
      const published = await h.store.publish(draft.id);
      expect(published.draft).toBe(false);
      expect(published.publishedAt).not.toBeNull();
      expect((await h.store.getByTag('model-v1'))?.id).toBe(draft.id);
      expect((await h.store.getRef('tags/model-v1'))?.sha).toBe(h.mainSha);
    });

    it('uploads assets from a file and a stream, downloads them to a file and a stream', async () => {
      const draft = await h.store.createDraft({ tag: 'model-v2' });
      const file = path.join(dir, 'model.bin');
      const content = Buffer.alloc(3 * 1024 * 1024, 7); // big enough to span many chunks
      await fs.writeFile(file, content);
      const fromFile = await h.store.uploadAsset(draft.id, 'model.bin', { path: file });
      expect(fromFile).toMatchObject({ name: 'model.bin', size: content.length, contentType: 'application/octet-stream' });
      const fromStream = await h.store.uploadAsset(draft.id, 'card.json', { stream: Readable.from([Buffer.from('{"a":1}')]) }, 'application/json');
      expect(fromStream).toMatchObject({ name: 'card.json', size: 7, contentType: 'application/json' });

      const target = path.join(dir, 'back.bin');
      await h.store.downloadAsset(fromFile.id, { path: target });
      expect((await fs.readFile(target)).equals(content)).toBe(true);
      const sink = new PassThrough();
      const [, bytes] = await Promise.all([h.store.downloadAsset(fromStream.id, { stream: sink }), collect(sink)]);
      expect(bytes.toString()).toBe('{"a":1}');

      const release = await h.store.getRelease(draft.id);
      expect(release?.assets.map((a) => a.name)).toEqual(['model.bin', 'card.json']);
    });

    it('takes a file given away (move) with the same bytes, and leaves a file not given away in place', async () => {
      const draft = await h.store.createDraft({ tag: 'model-v2-move' });
      const given = path.join(dir, 'given.bin');
      const kept = path.join(dir, 'kept.bin');
      await fs.writeFile(given, 'packed model');
      await fs.writeFile(kept, 'user model');
      const moved = await h.store.uploadAsset(draft.id, 'given.bin', { path: given, move: true });
      await h.store.uploadAsset(draft.id, 'kept.bin', { path: kept });
      expect(await fs.readFile(kept, 'utf8')).toBe('user model');
      // A duplicate name is refused and a file given away stays where it was.
      await fs.writeFile(given, 'another model');
      await expect(h.store.uploadAsset(draft.id, 'kept.bin', { path: given, move: true })).rejects.toBeInstanceOf(AlreadyExistsError);
      expect(await fs.readFile(given, 'utf8')).toBe('another model');
      const target = path.join(dir, 'given-back.bin');
      await h.store.downloadAsset(moved.id, { path: target });
      expect(await fs.readFile(target, 'utf8')).toBe('packed model');
    });

    it('refuses a second asset of the same name and unknown releases and assets', async () => {
      const draft = await h.store.createDraft({ tag: 'model-v3' });
      await h.store.uploadAsset(draft.id, 'a.txt', { stream: Readable.from(['one']) });
      await expect(h.store.uploadAsset(draft.id, 'a.txt', { stream: Readable.from(['two']) })).rejects.toBeInstanceOf(AlreadyExistsError);
      await expect(h.store.uploadAsset(987654, 'a.txt', { stream: Readable.from(['x']) })).rejects.toBeInstanceOf(NotFoundError);
      await expect(h.store.downloadAsset(987654, { path: path.join(dir, 'x') })).rejects.toBeInstanceOf(NotFoundError);
      await expect(h.store.deleteAsset(987654)).rejects.toBeInstanceOf(NotFoundError);
      await expect(h.store.publish(987654)).rejects.toBeInstanceOf(NotFoundError);
      expect(await h.store.getRelease(987654)).toBeUndefined();
    });

    it('lists releases newest first, drafts included', async () => {
      const ids: number[] = [];
      for (const tag of ['l1', 'l2', 'l3']) ids.push((await h.store.createDraft({ tag })).id);
      await h.store.publish(ids[1]);
      const listed: { id: number; draft: boolean }[] = [];
      for await (const release of h.store.list()) listed.push(release);
      expect(listed.map((r) => r.id)).toEqual([...ids].reverse());
      expect(listed.map((r) => r.draft)).toEqual([true, false, true]);
    });

    it('deletes drafts and assets but never a published release', async () => {
      const draft = await h.store.createDraft({ tag: 'd1' });
      const asset = await h.store.uploadAsset(draft.id, 'x.bin', { stream: Readable.from(['x']) });
      await h.store.deleteAsset(asset.id);
      expect((await h.store.getRelease(draft.id))?.assets).toEqual([]);
      await h.store.deleteDraft(draft.id);
      expect(await h.store.getRelease(draft.id)).toBeUndefined();
      await expect(h.store.deleteDraft(draft.id)).rejects.toBeInstanceOf(NotFoundError);
      const published = await h.store.createDraft({ tag: 'd2' });
      await h.store.publish(published.id);
      await expect(h.store.deleteDraft(published.id)).rejects.toBeInstanceOf(ConflictError);
    });
  });
}
