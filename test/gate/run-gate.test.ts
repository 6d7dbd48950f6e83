/**
 * runGate end to end in-process, over a local registry: every bad input is a located UserError
 * thrown before any report or record part is written (so nothing can post a verdict it did not
 * reach); a baseline evaluated on other eval data is flagged as not like for like.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import { loadConfig } from '../../src/config/config.js';
import { parseBaselineSpec } from '../../src/gate/baseline.js';
import { runGate, type GateRequest } from '../../src/gate/run-gate.js';
import { readRecord, writePart } from '../../src/record/index.js';
import { ModelRegistry } from '../../src/registry/registry.js';
import { UserError } from '../../src/shared/errors.js';

const SHA = 'a'.repeat(64);
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-run-gate-'));
  await fs.writeFile(path.join(dir, 'mlops.yml'), 'name: iris\ndata: { train: train.csv }\ngate:\n  rules:\n    - { metric: accuracy, min: 0.5 }\n    - { metric: accuracy, max_drop: 0.1 }\n');
  await fs.writeFile(path.join(dir, 'metrics.json'), '{"accuracy": 0.9, "model": "rf"}');
  await writePart(path.join(dir, 'record.json'), 'data', { writtenAt: 'now', passed: true, failOn: 'error', errors: 0, warnings: 0, dataDigest: SHA, files: [{ path: 'train.csv', sha256: SHA }], evalFiles: [{ path: 'eval.csv', sha256: SHA }], profile: 'profile.json' });
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

async function request(overrides: Partial<GateRequest> = {}, config = 'mlops.yml'): Promise<GateRequest> {
  const loaded = await loadConfig(path.join(dir, config));
  const store = new LocalReleaseStore(path.join(dir, 'registry'));
  return {
    cwd: dir,
    model: 'iris',
    workflow: 'ci.yml',
    gate: loaded.config.gate,
    locate: (keys) => loaded.source.locate(['gate', ...keys]),
    record: path.join(dir, 'record.json'),
    metrics: 'metrics.json',
    baseline: parseBaselineSpec(undefined),
    registry: new ModelRegistry(store, { sha: 'c'.repeat(40) }),
    store,
    reportFile: path.join(dir, 'gate-report.md'),
    env: {},
    ...overrides,
  };
}

/** The error runGate threw, after checking that it wrote neither the report nor the gate part. */
async function failure(req: GateRequest): Promise<UserError> {
  const error = await runGate(req).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect(existsSync(req.reportFile)).toBe(false);
  expect((await readRecord(req.record))?.gate).toBeUndefined();
  return error as UserError;
}

const write = (name: string, text: string) => fs.writeFile(path.join(dir, name), text);

describe('runGate: bad inputs are located errors and write nothing', () => {
  test('a missing metrics file', async () => {
    const error = await failure(await request({ metrics: 'out/metrics.json' }));
    expect(error.location?.file).toBe(path.join(dir, 'out/metrics.json'));
  });

  test('a missing metric, named with a did-you-mean at the rule in mlops.yml', async () => {
    await write('typo.yml', 'name: iris\ndata: { train: train.csv }\ngate:\n  rules:\n    - { metric: acuracy, min: 0.5 }\n');
    const error = await failure(await request({}, 'typo.yml'));
    expect(error.message).toMatch(/`acuracy`.*did you mean `accuracy`/i);
    expect(error.location).toMatchObject({ file: path.join(dir, 'typo.yml'), line: 5 });
  });

  test('a non-numeric metric a rule judges', async () => {
    await write('metrics.json', '{"accuracy": "0.9"}');
    const error = await failure(await request());
    expect(error.message).toMatch(/`accuracy`.*not a number/);
    expect(error.location).toMatchObject({ file: path.join(dir, 'metrics.json'), key: 'accuracy' });
  });

  test('a NaN metric', async () => {
    await write('metrics.yml', 'accuracy: .nan\n');
    const error = await failure(await request({ metrics: 'metrics.yml' }));
    expect(error.location).toMatchObject({ file: path.join(dir, 'metrics.yml'), line: 1 });
  });

  test('a baseline alias that does not exist, with the aliases there are', async () => {
    const error = await failure(await request({ baseline: parseBaselineSpec('staging') }));
    expect(error.message).toMatch(/alias "staging" of model iris is not set/);
    expect(error.hint).toMatch(/Aliases of iris: none yet/);
  });

  test('per-example outputs with unknown ids, and with duplicate ids', async () => {
    await write('prod.json', '{"accuracy": 0.85}');
    await write('cand.csv', 'id,label,prediction\na,1,1\nb,0,0\nc,1,0\n');
    await write('prod.csv', 'id,label,prediction\na,1,1\nb,0,0\nzz,1,1\n');
    const unknown = await failure(await request({ outputs: 'cand.csv', baseline: parseBaselineSpec('prod.json', 'prod.csv') }));
    expect(unknown.message).toMatch(/zz|c\b/);
    expect(unknown.location?.file).toMatch(/\.csv$/);
    await write('dup.csv', 'id,label,prediction\na,1,1\na,0,0\n');
    const duplicate = await failure(await request({ outputs: 'dup.csv', baseline: parseBaselineSpec('prod.json', 'prod.csv') }));
    expect(duplicate.message).toMatch(/duplicate|twice|more than once/i);
    expect(duplicate.location).toMatchObject({ file: path.join(dir, 'dup.csv'), line: 3 });
  });

  test('no candidate metrics at all: no metrics file and no sweep part', async () => {
    const error = await failure(await request({ metrics: undefined }));
    expect(error.location).toMatchObject({ file: path.join(dir, 'record.json'), key: 'sweep' });
  });
});

describe('runGate: baselines', () => {
  test('a first model: relative rules skipped, the report says so once, the gate part is written', async () => {
    const run = await runGate(await request());
    expect(run.result.rules.map((r) => r.status)).toEqual(['pass', 'skipped']);
    expect(run.noBaseline).toMatch(/iris@production is not set/);
    expect(run.full.match(/No production model to compare with/g)).toHaveLength(1);
    expect((await readRecord(path.join(dir, 'record.json')))?.gate).toMatchObject({ verdict: 'pass', baselineVersion: null, report: 'gate-report.md' });
  });

  test('a production version measured on other eval data: the report warns that it is not like for like', async () => {
    const req = await request();
    await write('model.bin', 'weights');
    const sha256 = createHash('sha256').update('weights').digest('hex');
    // The production model's manifest records another eval file digest than the candidate's data part.
    await req.registry!.register({ name: 'iris', files: [{ name: 'model.bin', path: path.join(dir, 'model.bin'), size: 7, sha256 }], metrics: { accuracy: 0.88 }, data: { 'eval:eval.csv': `sha256:${'b'.repeat(64)}` }, aliases: ['production'] });
    const run = await runGate(req);
    expect(run.baselineVersion).toBe(1);
    expect(run.result.rules.map((r) => r.status)).toEqual(['pass', 'pass']);
    expect(run.full).toContain('production (v1)');
    expect(run.full).toMatch(/Not like for like: the candidate was evaluated on other eval data/);
  });

  test('gate.evaluate re-evaluates the production model on this run\'s eval data; a failing command is a located error', async () => {
    const evaluator = "require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ accuracy: require('fs').readFileSync(process.env.MLOPS_MODEL_DIR + '/model.bin', 'utf8').length / 10 }))";
    await write('evaluate.js', evaluator);
    await write('eval.yml', 'name: iris\ndata: { train: train.csv }\ngate:\n  rules:\n    - { metric: accuracy, max_drop: 0.5 }\n  evaluate: { command: node evaluate.js }\n');
    const req = await request({ configDir: dir }, 'eval.yml');
    await write('model.bin', 'weights');
    const sha256 = createHash('sha256').update('weights').digest('hex');
    await req.registry!.register({ name: 'iris', files: [{ name: 'model.bin', path: path.join(dir, 'model.bin'), size: 7, sha256 }], metrics: { accuracy: 0.88 }, data: { 'eval:eval.csv': `sha256:${'b'.repeat(64)}` }, aliases: ['production'] });
    const run = await runGate(req);
    // The command measured 0.7 ("weights" has 7 characters), not the registered 0.88.
    expect(run.result.metrics.find((m) => m.name === 'accuracy')).toMatchObject({ baseline: 0.7, candidate: 0.9 });
    expect(run.full).toMatch(/re-evaluated on this run's eval data/);
    expect(run.full).not.toMatch(/Not like for like/);

    await write('evaluate.js', "console.error('no GPU here'); process.exit(3)");
    await fs.rm(path.join(dir, 'gate-report.md'));
    // A fresh start: the passing run above wrote the report and the gate part.
    const record = JSON.parse(await fs.readFile(path.join(dir, 'record.json'), 'utf8'));
    delete record.gate;
    await fs.writeFile(path.join(dir, 'record.json'), JSON.stringify(record));
    const error = await failure(await request({ configDir: dir }, 'eval.yml'));
    expect(error.message).toMatch(/`node evaluate\.js` exited with code 3.*no verdict[\s\S]*no GPU here/);
    expect(error.location).toMatchObject({ file: path.join(dir, 'eval.yml'), line: 6 });
  });

  test('the data section: validation summary and the drift table by distance, worst first; drifted_share feeds the data rule', async () => {
    const drift = {
      dataset: { share: 0.5 },
      columns: [
        { column: 'age', decidedBy: ['pValue'], metrics: { ks: 0.31, pValue: 0.001 }, status: 'fail' },
        { column: 'city', decidedBy: ['psi'], metrics: { psi: 0.05, js: 0.02 }, status: 'ok' },
      ],
    };
    await write('validate-report.json', JSON.stringify({ drift }));
    const record = JSON.parse(await fs.readFile(path.join(dir, 'record.json'), 'utf8'));
    record.data.report = 'validate-report.json';
    await fs.writeFile(path.join(dir, 'record.json'), JSON.stringify(record));
    await write('drift.yml', 'name: iris\ndata: { train: train.csv }\ngate:\n  rules:\n    - { data: drifted_share, max: 0.3, severity: warning }\n');
    const run = await runGate(await request({}, 'drift.yml'));
    expect(run.result.verdict).toBe('warn');
    expect(run.full).toMatch(/\| `age` \| ks \| 0\.31 \| fail \|[\s\S]*\| `city` \| psi \| 0\.05 \| ok \|/);
  });
});
