import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { DataError } from '../../../src/shared/errors.js';
import { InlineDigest, firstRangeWeight, sha256File, sha256FileInThread } from '../../../src/data/profile/digest.js';
import { splitCsvRanges } from '../../../src/data/readers/csv/csv-plan.js';
import { readProfile } from '../../../src/data/profile/read-profile.js';
import { profileOf } from './helpers.js';

describe('readProfile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'profile-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function write(name: string, content: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  const good = profileOf({ x: { kind: 'numeric', values: [1, 2, 3, null] }, s: { kind: 'string', values: ['a', 'b'] } });

  it('reads a valid profile', async () => {
    const path = await write('good.json', JSON.stringify(good));
    await expect(readProfile(path)).resolves.toEqual(good);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /not valid JSON/, undefined],
    ['a future version', JSON.stringify({ ...good, schemaVersion: 2 }), /unsupported profile schemaVersion 2/, 'schemaVersion'],
    ['a missing column kind', JSON.stringify({ ...good, columns: { x: { ...good.columns.x, kind: 'blob' } } }), /unknown column kind "blob"/, 'columns.x.kind'],
    [
      'an unsorted quantile table',
      JSON.stringify({ ...good, columns: { x: { ...good.columns.x, quantileTable: { points: [3, 1], rankError: 0 } } } }),
      /must not be smaller/,
      'columns.x.quantileTable.points[1]',
    ],
    ['a string count', JSON.stringify({ ...good, rowCount: '4' }), /rowCount must be a finite number/, 'rowCount'],
    ['an array', '[]', /root must be an object/, undefined],
  ])('rejects %s with a DataError naming the key', async (_name, content, message, key) => {
    const path = await write('bad.json', content);
    const error = await readProfile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(message);
    expect((error as DataError).location).toMatchObject(key === undefined ? { file: path } : { file: path, key });
    expect((error as DataError).hint).toBeTruthy();
  });

  it('reports a missing file as a DataError', async () => {
    await expect(readProfile(join(dir, 'nope.json'))).rejects.toThrow(DataError);
  });

  it('hashes a file with sha256File', async () => {
    const content = 'a,b\n'.repeat(100_000);
    const path = await write('data.csv', content);
    await expect(sha256File(path)).resolves.toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('hashes a file on a thread of its own with sha256FileInThread, and names a missing file', async () => {
    const content = 'x,y\n'.repeat(700_000);
    const path = await write('big.csv', content);
    await expect(sha256FileInThread(path)).resolves.toBe(createHash('sha256').update(content).digest('hex'));
    await expect(sha256FileInThread(join(dir, 'gone.csv'))).rejects.toThrow(/gone\.csv/);
  });

  it('hashes a file inline: a prefix read, a range fed as read (even cut short), the rest read', async () => {
    const content = Buffer.from('p,q\n'.repeat(600_000));
    const path = await write('inline.csv', content.toString());
    const expected = createHash('sha256').update(content).digest('hex');
    for (const [start, fedTo] of [[4, 1_200_000], [4, 4], [0, content.length], [100, 700]]) {
      const digest = new InlineDigest(path, content.length);
      digest.readTo(start);
      for (let at = start; at < fedTo; at += 65536) digest.update(content.subarray(at, Math.min(fedTo, at + 65536)));
      expect(digest.finish()).toBe(expected);
    }
  });

  it('cuts the first range smaller when its thread also hashes the file', async () => {
    const path = await write('split.csv', `a,b\n${'1,2\n'.repeat(4_000_000)}`);
    const { ranges } = await splitCsvRanges(path, 2, { firstWeight: firstRangeWeight });
    const [first, second] = ranges.map((r) => r.end - r.start);
    expect(first / (first + second)).toBeCloseTo(firstRangeWeight(2) / (firstRangeWeight(2) + 1), 2);
    expect(firstRangeWeight(2)).toBeGreaterThan(0.75);
    expect(firstRangeWeight(2)).toBeLessThan(0.9);
    expect(firstRangeWeight(8)).toBeLessThan(firstRangeWeight(2));
  });
});
