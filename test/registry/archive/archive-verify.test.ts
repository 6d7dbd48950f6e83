import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntegrityError, verifyFile } from '../../../src/registry/archive/verify.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlops-verify-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const data = Buffer.from('model weights');
const good = { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };

describe('verifyFile', () => {
  test('a matching file passes, with or without a sha256: prefix and in any case', async () => {
    await writeFile(join(root, 'm.bin'), data);
    await expect(verifyFile(join(root, 'm.bin'), good)).resolves.toEqual(good);
    await expect(verifyFile(join(root, 'm.bin'), { size: good.size, sha256: `sha256:${good.sha256.toUpperCase()}` })).resolves.toEqual(good);
  });

  test('a digest mismatch names the asset, the expected and the actual digest', async () => {
    const tampered = Buffer.from('model weightZ');
    await writeFile(join(root, 'm.bin'), tampered);
    const error = await verifyFile(join(root, 'm.bin'), good, { name: 'model.tar.gz' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    const message = (error as IntegrityError).message;
    expect(message).toContain('model.tar.gz');
    expect(message).toContain(good.sha256);
    expect(message).toContain(createHash('sha256').update(tampered).digest('hex'));
    expect((error as IntegrityError).hint).toMatch(/Nothing from it was used/);
  });

  test('a size mismatch (truncated download) fails too', async () => {
    await writeFile(join(root, 'm.bin'), data.subarray(0, 5));
    await expect(verifyFile(join(root, 'm.bin'), good)).rejects.toThrow(/expected sha256 .* \(13 bytes\), got sha256 .* \(5 bytes\)/);
  });
});
