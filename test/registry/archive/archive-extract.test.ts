import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header } from 'tar';
import { extractModel, UnsafeArchiveError } from '../../../src/registry/archive/extract.js';
import { IntegrityError } from '../../../src/registry/archive/verify.js';

/** Hand-made tar entries, so the archive can hold what no honest packer writes. */
interface Entry {
  path: string;
  type?: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'FIFO';
  body?: string;
  linkpath?: string;
}

function tarball(entries: Entry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '');
    const header = new Header({ path: e.path, type: e.type ?? 'File', size: body.length, linkpath: e.linkpath, mode: 0o644, uid: 0, gid: 0, mtime: new Date(0) });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

let root: string;
let dest: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlops-extract-'));
  dest = join(root, 'a', 'b', 'dest');
  await mkdir(dest, { recursive: true });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(entries: Entry[]): Promise<{ path: string; size: number; sha256: string }> {
  const data = tarball(entries);
  const path = join(root, 'model.tar.gz');
  await writeFile(path, data);
  return { path, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** Nothing in destDir, no temporary folder left beside it, none of the outside paths written. */
async function expectNothingWritten(outside: string[]): Promise<void> {
  expect(await readdir(dest)).toEqual([]);
  expect(await readdir(join(root, 'a', 'b'))).toEqual(['dest']);
  for (const path of outside) expect(existsSync(path)).toBe(false);
}

async function refusal(entries: Entry[]): Promise<UnsafeArchiveError> {
  const archive = await write(entries);
  const error = await extractModel(archive.path, dest, archive).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnsafeArchiveError);
  return error as UnsafeArchiveError;
}

describe('extractModel', () => {
  test('a clean archive is extracted into destDir', async () => {
    const archive = await write([
      { path: 'weights/', type: 'Directory' },
      { path: 'weights/w.bin', body: 'w' },
      { path: './config.json', body: '{}' },
    ]);
    await extractModel(archive.path, dest, archive);
    expect(await readFile(join(dest, 'weights', 'w.bin'), 'utf8')).toBe('w');
    expect(await readFile(join(dest, 'config.json'), 'utf8')).toBe('{}');
    expect(await readdir(join(root, 'a', 'b'))).toEqual(['dest']);
  });

  test('a digest mismatch extracts nothing', async () => {
    const archive = await write([{ path: 'w.bin', body: 'w' }]);
    const error = await extractModel(archive.path, dest, { size: archive.size, sha256: '0'.repeat(64) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as Error).message).toContain('model.tar.gz');
    await expectNothingWritten([]);
  });

  test('an absolute path entry is refused', async () => {
    const outside = join(root, 'abs-evil.txt');
    const error = await refusal([{ path: 'ok.txt', body: 'fine' }, { path: outside, body: 'evil' }]);
    expect(error.message).toContain(outside);
    expect(error.message).toContain('absolute path');
    await expectNothingWritten([outside]);
  });

  test('a ../evil entry is refused', async () => {
    const error = await refusal([{ path: 'ok.txt', body: 'fine' }, { path: '../evil', body: 'evil' }]);
    expect(error.entry).toBe('../evil');
    expect(error.message).toContain('".."');
    await expectNothingWritten([join(dest, '..', 'evil'), join(root, 'a', 'b', 'evil')]);
  });

  test('a nested a/../../evil entry is refused', async () => {
    await refusal([{ path: 'a/../../evil', body: 'evil' }]);
    await expectNothingWritten([join(root, 'a', 'b', 'evil')]);
  });

  test('a symlink to /etc/passwd is refused', async () => {
    const error = await refusal([{ path: 'passwd', type: 'SymbolicLink', linkpath: '/etc/passwd' }]);
    expect(error.message).toMatch(/"passwd" is a symbolic link to "\/etc\/passwd"/);
    await expectNothingWritten([]);
  });

  test('a symlink to .. followed by a file written through it is refused', async () => {
    const error = await refusal([
      { path: 'up', type: 'SymbolicLink', linkpath: '..' },
      { path: 'up/evil.txt', body: 'evil' },
    ]);
    expect(error.entry).toBe('up');
    await expectNothingWritten([join(root, 'a', 'b', 'evil.txt')]);
  });

  test('a hard link to a file outside is refused', async () => {
    const target = join(root, 'outside.txt');
    await writeFile(target, 'precious');
    const error = await refusal([
      { path: 'ok.txt', body: 'fine' },
      { path: 'hl', type: 'Link', linkpath: target },
      { path: 'hl', body: 'overwritten' },
    ]);
    expect(error.message).toContain('hard link');
    expect(error.entry).toBe('hl');
    await expectNothingWritten([]);
    expect(await readFile(target, 'utf8')).toBe('precious');
  });

  test('a relative hard link leaving destDir is refused', async () => {
    await refusal([{ path: 'hl', type: 'Link', linkpath: '../../../outside.txt' }]);
    await expectNothingWritten([]);
  });

  test('device files and FIFOs are refused', async () => {
    expect((await refusal([{ path: 'null', type: 'CharacterDevice' }])).message).toContain('device file');
    await expectNothingWritten([]);
    expect((await refusal([{ path: 'pipe', type: 'FIFO' }])).message).toContain('FIFO');
    await expectNothingWritten([]);
  });

  test('the same path twice is refused (no overwrite tricks)', async () => {
    await refusal([
      { path: 'w.bin', body: 'one' },
      { path: 'w.bin', body: 'two' },
    ]);
    await expectNothingWritten([]);
  });

  test('a destDir that does not exist stays absent on refusal', async () => {
    await rm(dest, { recursive: true });
    await refusal([{ path: '../evil', body: 'evil' }]);
    expect(await readdir(join(root, 'a', 'b'))).toEqual([]);
  });

  test('a non-empty destDir is refused before anything is written', async () => {
    await writeFile(join(dest, 'keep.txt'), 'keep');
    const archive = await write([{ path: 'keep.txt', body: 'replaced' }]);
    await expect(extractModel(archive.path, dest, archive)).rejects.toThrow(/not empty/);
    expect(await readFile(join(dest, 'keep.txt'), 'utf8')).toBe('keep');
  });

  test('a truncated archive with a matching digest fails and leaves nothing', async () => {
    const whole = tarball([{ path: 'ok.txt', body: 'fine' }, { path: 'w.bin', body: 'x'.repeat(5000) }]);
    const { gunzipSync } = await import('node:zlib');
    const data = gzipSync(gunzipSync(whole).subarray(0, 2048));
    const path = join(root, 'model.tar.gz');
    await writeFile(path, data);
    await expect(extractModel(path, dest, { size: data.length, sha256: createHash('sha256').update(data).digest('hex') })).rejects.toThrow(/model\.tar\.gz/);
    await expectNothingWritten([]);
  });

  test('a corrupt (non-tar) archive with a matching digest fails and leaves nothing', async () => {
    const data = gzipSync(Buffer.from('this is not a tar archive at all'.repeat(40)));
    const path = join(root, 'model.tar.gz');
    await writeFile(path, data);
    await expect(extractModel(path, dest, { size: data.length, sha256: createHash('sha256').update(data).digest('hex') })).rejects.toThrow(/model\.tar\.gz/);
    await expectNothingWritten([]);
  });
});
