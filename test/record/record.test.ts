import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import recordSchema from '../../schema/run-record.schema.json' with { type: 'json' };
import { readPart, readPartIfPresent, readProfileFiles, readRecord, readSweepFolder, recordPath, writeDataPart, writePart, writeRegisterPart, writeSweepPart, type SweepPart } from '../../src/record/index.js';
import { UserError } from '../../src/shared/errors.js';
import { tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-record-');
afterAll(() => temps.cleanup());

const HEX = 'a'.repeat(64);

/** A sweep part as the sweep builds it: absolute paths. */
function sweepPart(dir: string, overrides: Partial<SweepPart> = {}): SweepPart {
  return {
    method: 'tpe',
    seed: 1,
    objective: { metric: 'loss', goal: 'minimize' },
    trials: { total: 4, complete: 3, failed: 1, pruned: 0 },
    best: { trial: 2, value: 0.1, params: { lr: 0.01, optimizer: 'adam' }, metrics: { loss: 0.1, accuracy: 0.9 }, outputDir: path.join(dir, 'sweep', 'trials', '2', 'output') },
    trialsTable: path.join(dir, 'sweep', 'trials.csv'),
    ...overrides,
  };
}

const validateRun = (dir: string) => ({
  report: {
    passed: true,
    failOn: 'error' as const,
    errors: 0,
    warnings: 1,
    dataDigest: HEX,
    datasets: [
      { name: 'train', files: [{ path: 'data/train.csv', sha256: HEX, bytes: 10, rows: 2 }] },
      { name: 'eval', files: [{ path: 'data/eval.csv', sha256: 'b'.repeat(64), bytes: 5, rows: 1 }] },
    ],
  },
  profilePath: path.join(dir, '.mlops', 'profile.json'),
  reportPath: path.join(dir, '.mlops', 'validate-report.json'),
});

/** The user's error a promise rejects with (fails the test when it resolves or throws a bug). */
async function recordError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('the run record schema', () => {
  test('is valid draft-07 JSON Schema with a version and a slot per stage', () => {
    const ajv = new Ajv({ strict: false, validateSchema: true });
    expect(ajv.validateSchema(recordSchema)).toBe(true);
    expect(recordSchema.properties.version).toEqual({ description: expect.any(String), const: 1 });
    expect(Object.keys(recordSchema.properties)).toEqual(['$schema', 'version', 'data', 'sweep', 'gate', 'register', 'deploy']);
  });
});

describe('writing parts', () => {
  test('each stage merges its part; the other parts stay, an earlier part of the same stage is replaced', async () => {
    const dir = await temps.make();
    const file = recordPath(dir);
    expect(file).toBe(path.join(dir, '.mlops', 'record.json'));
    await writeDataPart(file, validateRun(dir), { GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' });
    await writeSweepPart(file, sweepPart(path.join(dir, '.mlops')), {});
    await writeSweepPart(file, sweepPart(path.join(dir, '.mlops'), { seed: 9 }), {});
    const record = JSON.parse(await readFile(file, 'utf8'));
    expect(record.version).toBe(1);
    // Paths are stored relative to the record's folder: the record and its files travel together.
    expect(record.data).toMatchObject({ profile: 'profile.json', report: 'validate-report.json', files: [{ path: 'data/train.csv' }], evalFiles: [{ path: 'data/eval.csv' }], run: { id: 7, attempt: 2 } });
    expect(record.sweep).toMatchObject({ seed: 9, trialsTable: 'sweep/trials.csv', best: { outputDir: 'sweep/trials/2/output' } });
    // Written by rename: no temp file is left beside it.
    expect(await readdir(path.dirname(file))).toEqual(['record.json']);
  });

  test('a part that does not match the schema is a bug: nothing is written', async () => {
    const dir = await temps.make();
    const file = recordPath(dir);
    await writeSweepPart(file, sweepPart(dir), {});
    const before = await readFile(file, 'utf8');
    await expect(writePart(file, 'sweep', { ...sweepPart(dir), seed: -1 })).rejects.toThrow(/Bug: the sweep part .* sweep\.seed must be >= 0/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  test('the register part carries version, tag, release and file digests', async () => {
    const dir = await temps.make();
    const file = recordPath(dir);
    await writeRegisterPart(
      file,
      { version: 3, tag: 'toy/v3', htmlUrl: 'https://github.com/o/r/releases/tag/toy%2Fv3', created: true, manifest: { name: 'toy', contentDigest: `sha256:${HEX}`, assets: [{ name: 'model.bin', size: 7, sha256: HEX }] } },
      ['staging'],
      {},
    );
    const part = await readPart(file, 'register');
    expect(part.value).toMatchObject({ name: 'toy', version: 3, tag: 'toy/v3', releaseUrl: expect.stringContaining('releases'), files: [{ name: 'model.bin', size: 7, sha256: HEX }], aliases: ['staging'] });
  });
});

describe('reading parts: a missing or malformed one names the file and the field', () => {
  test('no record, or a record without the part', async () => {
    const dir = await temps.make();
    const file = recordPath(dir);
    expect(await readRecord(file)).toBeUndefined();
    expect(await readPartIfPresent(file, 'sweep')).toBeUndefined();
    let error = await recordError(readPart(file, 'sweep'));
    expect(error.message).toBe(`There is no run record at ${file}: field "sweep" is missing.`);
    expect(error.hint).toMatch(/Run train-and-sweep \(mlops sweep\) first/);
    await writeDataPart(file, validateRun(dir), {});
    error = await recordError(readPart(file, 'sweep'));
    expect(error.message).toBe(`The run record ${file} has no sweep part: field "sweep" is missing.`);
    expect(error.location).toEqual({ file, key: 'sweep' });
  });

  test.each([
    ['not JSON', '{"version": 1,', /is not valid JSON/, undefined],
    ['another version', '{"version": 2}', /malformed: version must be 1\./, 'version'],
    ['an unknown part', '{"version": 1, "train": {}}', /malformed: train is not a known field\./, 'train'],
    ['a metric that is not a number', JSON.stringify({ version: 1, sweep: { method: 'tpe', seed: 0, objective: { metric: 'loss', goal: 'minimize' }, trials: { total: 1, complete: 1 }, best: { trial: 0, value: 1, params: {}, metrics: { loss: 'low' } } } }), /malformed: sweep\.best\.metrics\.loss must be number\./, 'sweep.best.metrics.loss'],
    ['a missing field', JSON.stringify({ version: 1, data: { writtenAt: 'x', passed: true, failOn: 'error', errors: 0, warnings: 0, dataDigest: HEX, files: [] } }), /malformed: data\.profile is missing\./, 'data.profile'],
    ['a bad digest', JSON.stringify({ version: 1, data: { writtenAt: 'x', passed: true, failOn: 'error', errors: 0, warnings: 0, dataDigest: 'abc', files: [], profile: 'p.json' } }), /malformed: data\.dataDigest must match pattern/, 'data.dataDigest'],
  ])('%s', async (_name, text, message, key) => {
    const dir = await temps.make();
    const file = recordPath(dir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    const error = await recordError(readPartIfPresent(file, 'sweep'));
    expect(error.message).toContain(file);
    expect(error.message).toMatch(message);
    expect(error.location?.key).toBe(key);
    expect(error.hint).toBeTruthy();
    // A writer refuses to overwrite it: the other stages' parts would be lost.
    await expect(writeSweepPart(file, sweepPart(dir), {})).rejects.toBeInstanceOf(UserError);
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('files a user names directly', () => {
  test('a sweep folder: its sweep-record.json is checked as a sweep part', async () => {
    const dir = await temps.make();
    let error = await recordError(readSweepFolder(dir));
    expect(error.message).toBe(`The sweep record ${path.join(dir, 'sweep-record.json')} does not exist.`);
    await writeFile(path.join(dir, 'sweep-record.json'), JSON.stringify({ schemaVersion: 1, ...sweepPart(dir), best: { trial: 2, value: 0.1, params: { lr: [1] }, metrics: {} } }));
    error = await recordError(readSweepFolder(dir));
    expect(error.message).toMatch(/sweep-record\.json is malformed: best\.params\.lr must be string,number,boolean\./);
    await writeFile(path.join(dir, 'sweep-record.json'), JSON.stringify({ ...sweepPart(dir) }));
    error = await recordError(readSweepFolder(dir));
    expect(error.message).toMatch(/schemaVersion must be 1 \(missing\)/);
    await writeFile(path.join(dir, 'sweep-record.json'), JSON.stringify({ schemaVersion: 1, ...sweepPart(dir), best: { ...sweepPart(dir).best, outputDir: 'trials/2/output' } }));
    const part = await readSweepFolder(dir);
    expect(part.resolve(part.value.best!.outputDir!)).toBe(path.join(dir, 'trials', '2', 'output'));
  });

  test('a profile: its files and digests are checked', async () => {
    const dir = await temps.make();
    const file = path.join(dir, 'profile.json');
    await writeFile(file, JSON.stringify({ files: [{ path: 'a.csv', sha256: HEX }, { path: 'b.csv', sha256: 'xyz' }] }));
    const error = await recordError(readProfileFiles(file));
    expect(error.message).toBe(`The data profile ${file} is malformed: files[1].sha256 must be a hex sha256, not a string ("xyz").`);
    expect(error.location).toEqual({ file, key: 'files[1].sha256' });
    await writeFile(file, JSON.stringify({ files: [{ path: 'a.csv', sha256: HEX, rows: 3 }] }));
    expect(await readProfileFiles(file)).toEqual([{ path: 'a.csv', sha256: HEX }]);
  });
});
