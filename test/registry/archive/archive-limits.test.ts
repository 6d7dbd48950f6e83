/**
 * Issue #16: extraction has caps on bytes and entries (the manifest's declared sizes, else defaults),
 * refuses before writing, and keeps one file open at a time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { DEFAULT_MAX_ENTRIES, DEFAULT_MIN_MAX_BYTES, extractLimits, extractModel, UnsafeArchiveError } from '../../../src/registry/archive/extract.js';
import { packModel } from '../../../src/registry/archive/pack.js';

/** A tar of `count` files (or of the given headers), gzipped; `size` is what each header declares. */
function tarOf(entries: { path: string; size?: number; body?: Buffer; type?: 'File' | 'Directory' }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = e.body ?? Buffer.alloc(0);
    const header = new Header({ path: e.path, type: e.type ?? 'File', size: e.size ?? body.length, mode: 0o644, uid: 0, gid: 0, mtime: new Date(0) });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks), { level: 1 });
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlops-extract-limits-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function archiveFile(data: Buffer): Promise<{ path: string; size: number; sha256: string }> {
  const path = join(root, 'model.tar.gz');
  await writeFile(path, data);
  return { path, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

async function refusal(run: () => Promise<unknown>): Promise<UnsafeArchiveError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UnsafeArchiveError);
    return error as UnsafeArchiveError;
  }
  throw new Error('no error');
}

describe('extraction limits', () => {
  test('packModel declares what the archive unpacks to, and extraction holds it to exactly that', async () => {
    const model = join(root, 'model');
    await mkdir(join(model, 'weights'), { recursive: true });
    await writeFile(join(model, 'config.json'), '{"a": 1}');
    await writeFile(join(model, 'weights', 'w.bin'), Buffer.alloc(5000, 1));
    const { files } = await packModel(model, join(root, 'out'));
    expect(files[0].unpacked).toEqual({ bytes: 5008, entries: 3 });
    await extractModel(files[0].path, join(root, 'ok'), files[0]);
    expect(await readFile(join(root, 'ok', 'weights', 'w.bin'))).toEqual(Buffer.alloc(5000, 1));
    // The same archive with a manifest that declares less: refused, nothing left behind.
    const fewer = await refusal(() => extractModel(files[0].path, join(root, 'less-bytes'), { ...files[0], unpacked: { bytes: 5007, entries: 3 } }));
    expect(fewer.message).toMatch(/^Refusing to extract model\.tar\.gz: at entry "weights\/w\.bin" it holds more bytes than its manifest declares: 4\.89 KiB \(5007 bytes\)\.$/);
    expect(fewer.hint).toMatch(/Nothing was extracted/);
    const entries = await refusal(() => extractModel(files[0].path, join(root, 'less-entries'), { ...files[0], unpacked: { bytes: 5008, entries: 2 } }));
    expect(entries.message).toMatch(/holds more entries than its manifest declares: 2\./);
    expect((await readdir(root)).sort()).toEqual(['model', 'ok', 'out']);
  });

  test('without declared sizes: at most 100 times the archive (1 GiB at least) and 1,000,000 entries', () => {
    expect(extractLimits({ size: 1000, sha256: '' })).toEqual({ maxBytes: DEFAULT_MIN_MAX_BYTES, maxEntries: DEFAULT_MAX_ENTRIES, declared: false });
    expect(extractLimits({ size: 100 * 1024 ** 2, sha256: '' }).maxBytes).toBe(100 * 100 * 1024 ** 2);
    expect(extractLimits({ size: 1000, sha256: '', unpacked: { bytes: 10, entries: 2 } }, { limits: { maxEntries: 1 } })).toEqual({ maxBytes: 10, maxEntries: 1, declared: true });
  });

  test('a 10 GiB entry in a tiny archive is refused at its header, before a byte is written (real default cap)', async () => {
    // The header claims 10 GiB; a little of it follows (the rest would be zeros compressing ~1000:1).
    const archive = await archiveFile(tarOf([{ path: 'zeros.bin', size: 10 * 1024 ** 3, body: Buffer.alloc(1024 * 1024) }]).subarray(0));
    const dest = join(root, 'dest');
    const started = Date.now();
    const error = await refusal(() => extractModel(archive.path, dest, archive));
    expect(error.message).toMatch(/at entry "zeros\.bin" it holds more bytes than the limit for an archive that declares no size \(100 times its own size, at least 1 GiB\): 1\.00 GiB \(1073741824 bytes\)\.$/);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(existsSync(dest)).toBe(false);
    expect(readdirSync(root)).toEqual(['model.tar.gz']);
  });

  test('more bytes in all than a small cap: refused, nothing extracted', async () => {
    const entries = Array.from({ length: 10 }, (_, i) => ({ path: `f${i}.bin`, body: Buffer.alloc(1000) }));
    const archive = await archiveFile(tarOf(entries));
    const error = await refusal(() => extractModel(archive.path, join(root, 'dest'), archive, { limits: { maxBytes: 9999 } }));
    expect(error.entry).toBe('f9.bin');
    expect(readdirSync(root)).toEqual(['model.tar.gz']);
  });

  test('3,000 files extract with one file open at a time', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({ path: `shards/${i % 10}/s${i}.bin`, body: Buffer.from(`shard ${i}`) }));
    const archive = await archiveFile(tarOf(entries));
    let peak = 0;
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    const timer = setInterval(() => (peak = Math.max(peak, fds() - before)), 1);
    try {
      await extractModel(archive.path, join(root, 'dest'), archive);
    } finally {
      clearInterval(timer);
    }
    expect(peak).toBeLessThan(16);
    expect(await readFile(join(root, 'dest', 'shards', '7', 's2997.bin'), 'utf8')).toBe('shard 2997');
    expect((await readdir(join(root, 'dest', 'shards', '3'))).length).toBe(300);
  });

  // About a minute on a slow disk: the file system's cost of 200,000 files, not the extractor's.
  test('200,000 entries extract', async () => {
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ path: `d${i % 100}/e${i}` }));
    const archive = await archiveFile(tarOf(entries));
    await extractModel(archive.path, join(root, 'dest'), archive);
    expect((await readdir(join(root, 'dest'))).length).toBe(100);
    expect((await readdir(join(root, 'dest', 'd42'))).length).toBe(2000);
  }, 240000);
});
