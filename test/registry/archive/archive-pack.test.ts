import { createHash, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { list } from 'tar';
import { UserError } from '../../../src/shared/errors.js';
import { packModel } from '../../../src/registry/archive/pack.js';
import { extractModel } from '../../../src/registry/archive/extract.js';
import { IntegrityError, verifyAsset } from '../../../src/registry/archive/verify.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlops-pack-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function makeModel(dir: string): Promise<void> {
  await mkdir(join(dir, 'weights', 'empty'), { recursive: true });
  await writeFile(join(dir, 'config.json'), '{"layers": 3}\n');
  await writeFile(join(dir, 'weights', 'w.bin'), Buffer.alloc(300_000, 7));
  await writeFile(join(dir, 'tokenizer.txt'), 'a b c\n');
  await writeFile(join(dir, 'run.sh'), '#!/bin/sh\n');
  await chmod(join(dir, 'run.sh'), 0o755);
}

async function entriesOf(archive: string): Promise<{ path: string; type: string }[]> {
  const entries: { path: string; type: string }[] = [];
  await list({ file: archive, onReadEntry: (e) => entries.push({ path: e.path, type: e.type }) });
  return entries;
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('packModel', () => {
  test('a folder packs into one deterministic tar.gz: same folder twice, same digest', async () => {
    await makeModel(join(root, 'model'));
    const a = await packModel(join(root, 'model'), join(root, 'out-a'));
    // Touch mtimes and pack again from a second, identical folder created later.
    await new Promise((r) => setTimeout(r, 20));
    await makeModel(join(root, 'copy', 'model'));
    const b = await packModel(join(root, 'copy', 'model'), join(root, 'out-b'));

    expect(a.files).toHaveLength(1);
    const [fa] = a.files;
    expect(fa.name).toBe('model.tar.gz');
    expect(fa.contentType).toBe('application/gzip');
    expect(fa.path).toBe(join(root, 'out-a', 'model.tar.gz'));
    expect(fa.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.files[0].sha256).toBe(fa.sha256);
    expect(b.files[0].size).toBe(fa.size);

    const bytes = await readFile(fa.path);
    expect(bytes.length).toBe(fa.size);
    expect(sha(bytes)).toBe(fa.sha256);

    const entries = await entriesOf(fa.path);
    expect(entries.map((e) => e.path)).toEqual(['config.json', 'run.sh', 'tokenizer.txt', 'weights/', 'weights/empty/', 'weights/w.bin']);
  });

  test('the archive round-trips through extractModel', async () => {
    await makeModel(join(root, 'model'));
    const { files } = await packModel(join(root, 'model'), join(root, 'out'));
    await extractModel(files[0].path, join(root, 'dest'), files[0]);
    expect(await readFile(join(root, 'dest', 'weights', 'w.bin'))).toEqual(Buffer.alloc(300_000, 7));
    expect((await readdir(join(root, 'dest'))).sort()).toEqual(['config.json', 'run.sh', 'tokenizer.txt', 'weights']);
    expect(await readdir(join(root, 'dest', 'weights', 'empty'))).toEqual([]);
    expect(await readdir(root)).toEqual(expect.not.arrayContaining([expect.stringContaining('extracting')]));
  });

  test('a single file is kept as it is, with its size and sha256', async () => {
    const file = join(root, 'model.onnx');
    const data = Buffer.from('not really onnx');
    await writeFile(file, data);
    const { files } = await packModel(file, join(root, 'out'));
    expect(files).toEqual([{ name: 'model.onnx', path: file, size: data.length, sha256: sha(data), contentType: 'application/octet-stream', written: false }]);
  });

  test('a file over the part size is stored in ordered parts, each with its digest beside the whole\'s', async () => {
    const file = join(root, 'big.bin');
    const data = randomBytes(2500);
    await writeFile(file, data);
    const { files } = await packModel(file, join(root, 'out'), { partBytes: 1024 });
    const [packed] = files;
    expect(packed).toMatchObject({ name: 'big.bin', size: 2500, sha256: sha(data) });
    expect(packed.parts?.map((p) => [p.name, p.size])).toEqual([['big.bin.part-001', 1024], ['big.bin.part-002', 1024], ['big.bin.part-003', 452]]);
    for (const part of packed.parts!) expect(sha(await readFile(part.path))).toBe(part.sha256);
    const verified = await verifyAsset(packed.parts!.map((p) => p.path), packed);
    await verified.joinInto(join(root, 'joined.bin'));
    expect(await readFile(join(root, 'joined.bin'))).toEqual(data);
  });

  test('a folder whose archive is over the part size is written in parts and extracts from them once verified', async () => {
    await makeModel(join(root, 'model'));
    await writeFile(join(root, 'model', 'noise.bin'), randomBytes(200_000));
    const { files } = await packModel(join(root, 'model'), join(root, 'out'), { partBytes: 64 * 1024 });
    const [packed] = files;
    expect(packed.name).toBe('model.tar.gz');
    expect(packed.parts!.length).toBeGreaterThanOrEqual(4);
    expect(packed.parts!.every((p) => p.size <= 64 * 1024)).toBe(true);
    expect(await readdir(join(root, 'out'))).toEqual(packed.parts!.map((p) => p.name));
    const paths = packed.parts!.map((p) => p.path);
    await extractModel(await verifyAsset(paths, packed), join(root, 'dest'), packed);
    expect(await readFile(join(root, 'dest', 'noise.bin'))).toEqual(await readFile(join(root, 'model', 'noise.bin')));

    // One corrupt part: the error names it, and nothing is extracted.
    const bytes = await readFile(paths[1]);
    bytes[100] ^= 1;
    await writeFile(paths[1], bytes);
    const error = await verifyAsset(paths, packed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect((error as IntegrityError).message).toMatch(/^Integrity check failed for part 2 of \d+ \(model\.tar\.gz\.part-002\) of asset model\.tar\.gz/);
  });

  test('files that do not compress are stored, files that do are deflated: one ordinary tar.gz', async () => {
    await mkdir(join(root, 'model'));
    const noise = randomBytes(1024 * 1024);
    const text = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `token_${i % 977},${(i * 0.37).toFixed(3)}\n`).join(''));
    await writeFile(join(root, 'model', 'weights.bin'), noise);
    await writeFile(join(root, 'model', 'vocab.csv'), text);
    const { files } = await packModel(join(root, 'model'), join(root, 'out'));
    // Stored weights: within 0.1% of their size; the text shrinks to under half.
    expect(files[0].size).toBeGreaterThan(noise.length);
    expect(files[0].size).toBeLessThan(noise.length * 1.001 + text.length / 2);
    // gunzip (zlib) reads it as one stream.
    const tarBytes = gunzipSync(await readFile(files[0].path));
    expect(tarBytes.includes(noise.subarray(0, 4096))).toBe(true);
    await extractModel(files[0].path, join(root, 'dest'), files[0]);
    expect(await readFile(join(root, 'dest', 'vocab.csv'))).toEqual(text);
    expect(await readFile(join(root, 'dest', 'weights.bin'))).toEqual(noise);
  });

  test('a symlink pointing outside the folder is refused at pack time', async () => {
    await makeModel(join(root, 'model'));
    await writeFile(join(root, 'secret.txt'), 'secret');
    await symlink(join(root, 'secret.txt'), join(root, 'model', 'leak.txt'));
    const error = await packModel(join(root, 'model'), join(root, 'out')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/leak\.txt.*outside the model folder/);

    await rm(join(root, 'model', 'leak.txt'));
    await symlink('..', join(root, 'model', 'up'));
    const up = await packModel(join(root, 'model'), join(root, 'out')).catch((e: unknown) => e);
    expect((up as UserError).message).toMatch(/up.*outside the model folder/);
  });

  test('in-folder symlinks and hard links are stored as regular files (archives hold no links)', async () => {
    await makeModel(join(root, 'model'));
    await symlink('config.json', join(root, 'model', 'alias.json'));
    await link(join(root, 'model', 'tokenizer.txt'), join(root, 'model', 'tokenizer-copy.txt'));
    const { files } = await packModel(join(root, 'model'), join(root, 'out'));
    const entries = await entriesOf(files[0].path);
    expect(entries.filter((e) => e.type !== 'File' && e.type !== 'Directory')).toEqual([]);
    await extractModel(files[0].path, join(root, 'dest'), files[0]);
    expect(await readFile(join(root, 'dest', 'alias.json'), 'utf8')).toBe('{"layers": 3}\n');
    expect(await readFile(join(root, 'dest', 'tokenizer-copy.txt'), 'utf8')).toBe('a b c\n');
  });

  test('an output folder inside the model folder is refused', async () => {
    await makeModel(join(root, 'model'));
    await expect(packModel(join(root, 'model'), join(root, 'model', 'dist'))).rejects.toThrow(/inside the model folder/);
  });

  test('a missing path is a UserError', async () => {
    await expect(packModel(join(root, 'nope'), join(root, 'out'))).rejects.toBeInstanceOf(UserError);
  });
});
