/** Registry names and the manifest schema: pure functions, no store. */
import { createHash } from 'node:crypto';
import {
  MANIFEST_SCHEMA_VERSION,
  ManifestError,
  RegistryNameError,
  contentDigestOf,
  isReservedAlias,
  manifestFromBody,
  parseManifest,
  parseVersionTag,
  releaseBody,
  validateAlias,
  validateModelName,
  versionTag,
  type Manifest,
} from '../../src/registry/index.js';
import { isUserError } from '../../src/shared/errors.js';

const hex = (s: string) => createHash('sha256').update(s).digest('hex');

function manifest(extra: Partial<Manifest> = {}): Manifest {
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION, name: 'churn', version: 3, createdAt: '2026-01-02T03:04:05.678Z', commit: 'b'.repeat(40), ref: 'refs/heads/main',
    run: { url: 'https://github.com/o/r/actions/runs/9', actor: 'alice', id: 9, attempt: 2 }, params: { depth: 3, kernel: 'rbf', scale: null, fast: true },
    metrics: { auc: 0.91 }, data: { train: `sha256:${hex('d')}` }, sweep: { trials: 20, completed: 18, bestTrial: '7', objective: { metric: 'auc', direction: 'maximize' } },
    gate: { verdict: 'pass', baselineVersion: 2, reasons: [] }, parentVersion: 2, tags: ['candidate'],
    signature: { inputs: [{ name: 'age', type: 'number' }], outputs: [{ name: 'churn', type: 'number' }] }, attestationUrl: null,
    idempotencyKey: 'run:9:2', contentDigest: contentDigestOf([{ name: 'model.bin', sha256: hex('w') }]), assets: [{ name: 'model.bin', size: 1, sha256: hex('w') }],
    ...extra,
  };
}

describe('names', () => {
  test.each(['churn', 'churn-model', 'a', 'A.b_c-1', 'x'.repeat(100)])('accepts model name %s', (name) => {
    expect(validateModelName(name)).toBe(name);
  });
  test.each(['', '-lead', '.hidden', 'has/slash', 'sp ace', 'x'.repeat(101), 'a..b', 'model.lock', 'ends.', 'colon:x'])('rejects model name %j with a user error', (name) => {
    expect(() => validateModelName(name)).toThrow(RegistryNameError);
    try {
      validateModelName(name);
    } catch (error) {
      expect(isUserError(error)).toBe(true);
      expect((error as RegistryNameError).describe()).toContain(name === '' ? '""' : name);
    }
  });
  test('version tags', () => {
    expect(versionTag('churn', 12)).toBe('churn/v12');
    expect(parseVersionTag('churn', 'churn/v12')).toBe(12);
    expect(parseVersionTag('churn', 'churn/v0')).toBeUndefined();
    expect(parseVersionTag('churn', 'churn/v012')).toBeUndefined();
    expect(parseVersionTag('churn', 'churn-2/v1')).toBeUndefined();
    expect(parseVersionTag('churn', 'churn/alias-log/prod/000001')).toBeUndefined();
    expect(() => versionTag('churn', 0)).toThrow(RegistryNameError);
    expect(() => versionTag('churn', 1.5)).toThrow(RegistryNameError);
  });
  test('aliases: like names, latest and v<digits> reserved', () => {
    expect(validateAlias('production')).toBe('production');
    for (const reserved of ['latest', 'LATEST', 'v1', 'V22']) {
      expect(isReservedAlias(reserved)).toBe(true);
      expect(() => validateAlias(reserved)).toThrow(/reserved/);
    }
    expect(isReservedAlias('v1beta')).toBe(false);
    expect(() => validateAlias('pro/d')).toThrow(RegistryNameError);
  });
});

describe('manifest', () => {
  test('round-trips through JSON and the release body', () => {
    const m = manifest();
    expect(parseManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);
    const body = releaseBody(m);
    expect(body).toContain('churn');
    expect(manifestFromBody(body)).toEqual(m);
    expect(manifestFromBody('hand-written notes')).toBeUndefined();
  });

  test('optional parts default to empty', () => {
    const { sweep: _s, gate: _g, signature: _sig, tags: _t, params: _p, ...rest } = manifest();
    const parsed = parseManifest(JSON.parse(JSON.stringify(rest)));
    expect(parsed).toMatchObject({ sweep: null, gate: null, signature: null, tags: [], params: {} });
  });

  test.each([
    [{ schemaVersion: 2 }, 'schemaVersion'],
    [{ version: 0 }, 'version'],
    [{ createdAt: 'yesterday' }, 'createdAt'],
    [{ commit: 'abc' }, 'commit'],
    [{ metrics: { auc: 'high' } }, 'metrics.auc'],
    [{ params: { depth: [1] } }, 'params.depth'],
    [{ gate: { verdict: 'maybe', reasons: [] } }, 'gate.verdict'],
    [{ sweep: { trials: -1 } }, 'sweep.trials'],
    [{ signature: { inputs: [{ name: 'a' }], outputs: [] } }, 'signature.inputs[0].type'],
    [{ assets: [{ name: 'x', size: 1, sha256: 'nothex' }] }, 'assets[0].sha256'],
    [{ contentDigest: 'md5:1' }, 'contentDigest'],
    [{ tags: 'a' }, 'tags'],
    [{ run: { attempt: 0 } }, 'run.attempt'],
    [{ immutable: 'yes' }, 'immutable'],
  ])('rejects %j naming the key %s', (patch, key) => {
    const bad = { ...JSON.parse(JSON.stringify(manifest())), ...patch };
    expect(() => parseManifest(bad)).toThrow(ManifestError);
    expect(() => parseManifest(bad)).toThrow(`"${key}"`);
  });

  test('immutable (whether the release is immutable) is optional: manifests without it still read', () => {
    const m = manifest();
    expect('immutable' in parseManifest(JSON.parse(JSON.stringify(m)))).toBe(false);
    expect(parseManifest({ ...JSON.parse(JSON.stringify(m)), immutable: true })).toEqual({ ...m, immutable: true });
    expect(parseManifest({ ...JSON.parse(JSON.stringify(m)), immutable: false }).immutable).toBe(false);
  });

  test('rejects non-objects and bad JSON in a release body', () => {
    expect(() => parseManifest(null)).toThrow(ManifestError);
    expect(() => parseManifest([])).toThrow(ManifestError);
    expect(() => manifestFromBody('<!-- mlops:manifest -->\n```json\n{nope\n```\n<!-- /mlops:manifest -->')).toThrow(/not JSON/);
  });

  test('content digest depends on names and bytes, not order', () => {
    const a = { name: 'a', sha256: hex('1') };
    const b = { name: 'b', sha256: hex('2') };
    expect(contentDigestOf([a, b])).toBe(contentDigestOf([b, a]));
    expect(contentDigestOf([a, b])).not.toBe(contentDigestOf([a, { ...b, sha256: hex('3') }]));
    expect(contentDigestOf([a])).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
