/**
 * The model version's manifest (docs/architecture.md "The run record"): versioned JSON with a schema,
 * never ad-hoc keys. It is uploaded as `manifest.json` and also embedded in the release body, so
 * reading a version costs one request. Whatever is read back is validated with `parseManifest`
 * before anything trusts it: a release body can be edited by anyone with write access.
 */
import { MAX_RELEASE_BODY, renderModelCard } from './model-card.js';
import { createHash } from 'node:crypto';
import { describeAssetNameRule, isSafeAssetName } from '../backends/seams.js';
import { UserError } from '../shared/errors.js';
import { parseJsonBounded } from '../shared/safe-read.js';
import { isRecord } from '../shared/json.js';

export const MANIFEST_SCHEMA_VERSION = 1;

/** The deepest nesting a manifest's JSON may have (it nests four levels). */
export const MANIFEST_MAX_DEPTH = 64;

/** A manifest (or a part of one) that does not have the required shape. */
export class ManifestError extends UserError {}

export type ParamValue = string | number | boolean | null;

export interface ManifestRun {
  /** Workflow run URL (html). */
  url: string | null;
  actor: string | null;
  id: number | null;
  attempt: number | null;
}

export interface ManifestSweep {
  trials: number;
  completed: number;
  bestTrial: string | null;
  objective: { metric: string; direction: 'minimize' | 'maximize' } | null;
}

export interface ManifestGate {
  verdict: 'pass' | 'fail' | 'skipped';
  /** The version compared against, when there was one. */
  baselineVersion: number | null;
  reasons: string[];
}

interface SignatureField {
  name: string;
  type: string;
}

export interface ManifestSignature {
  inputs: SignatureField[];
  outputs: SignatureField[];
}

interface ManifestAsset {
  /** A file name in GitHub's asset character set (`isSafeAssetName`): it becomes a file name on download. */
  name: string;
  size: number;
  /** Lowercase hex sha256 of the file's bytes. */
  sha256: string;
  /**
   * For a model archive (`.tar.gz`): what it unpacks to, as packModel counted it. Extraction refuses
   * an archive whose entries exceed either number, before writing them. Absent in manifests written
   * before it existed (extraction then applies its default caps).
   */
  unpacked?: ManifestUnpacked;
  /**
   * An asset of 2 GiB or more (GitHub's limit per asset, docs/platform.md "Limits") is stored as
   * these release assets, in order; `name`, `size` and `sha256` above describe them joined. Each
   * part is verified as it is downloaded, then the whole. Absent for an asset stored whole.
   */
  parts?: ManifestPart[];
}

/** One part of an asset stored in parts: a release asset of its own. */
interface ManifestPart {
  name: string;
  size: number;
  sha256: string;
}

/** What a model archive unpacks to: total bytes of its files, and its entries (files and folders). */
interface ManifestUnpacked {
  bytes: number;
  entries: number;
}

export interface Manifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION;
  name: string;
  version: number;
  /** ISO 8601 time of registration. */
  createdAt: string;
  /** The commit the version's tag points at. */
  commit: string;
  /** The git ref the run was for (e.g. refs/heads/main), when known. */
  ref: string | null;
  run: ManifestRun;
  params: Record<string, ParamValue>;
  metrics: Record<string, number>;
  /** Data profile digests by dataset name (e.g. { train: "sha256:..." }). */
  data: Record<string, string>;
  sweep: ManifestSweep | null;
  gate: ManifestGate | null;
  parentVersion: number | null;
  tags: string[];
  signature: ManifestSignature | null;
  attestationUrl: string | null;
  /** The idempotency key the version was registered with (e.g. `run:123:1`). */
  idempotencyKey: string | null;
  /** `sha256:<hex>` over the sorted asset names and digests: equal files give equal digests. */
  contentDigest: string;
  assets: ManifestAsset[];
  /**
   * Whether the release that holds this version is immutable (GitHub's immutable releases, a
   * repository setting: GitHub attests the release and locks its assets and tag). Set from the
   * release when a version is read or registered; not in the manifest written into the release at
   * registration (the release is not published yet then). Absent in manifests read by older versions
   * of the registry; the local store's versions are never immutable (false).
   */
  immutable?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Type guards: every key is checked; errors name the key.

type Obj = Record<string, unknown>;

function fail(key: string, expected: string, value: unknown): never {
  const shown = value === undefined ? 'missing' : `got ${JSON.stringify(value)?.slice(0, 60)}`;
  throw new ManifestError(`Invalid model manifest: "${key}" must be ${expected} (${shown})`, { location: { file: 'manifest.json', key } });
}

function obj(value: unknown, key: string): Obj {
  return isRecord(value) ? value : fail(key, 'an object', value);
}
function str(value: unknown, key: string): string {
  return typeof value === 'string' ? value : fail(key, 'a string', value);
}
function bool(value: unknown, key: string): boolean {
  return typeof value === 'boolean' ? value : fail(key, 'true or false', value);
}
function strOrNull(value: unknown, key: string): string | null {
  return value === null || value === undefined ? null : str(value, key);
}
function num(value: unknown, key: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(key, 'a finite number', value);
}
function int(value: unknown, key: string, min = 0): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : fail(key, `a whole number >= ${min}`, value);
}
function intOrNull(value: unknown, key: string, min = 0): number | null {
  return value === null || value === undefined ? null : int(value, key, min);
}
function arr(value: unknown, key: string): unknown[] {
  return Array.isArray(value) ? value : fail(key, 'an array', value);
}
function record<T>(value: unknown, key: string, item: (v: unknown, k: string) => T): Record<string, T> {
  const input = value === undefined ? {} : obj(value, key);
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(input)) out[k] = item(v, `${key}.${k}`);
  return out;
}
function param(value: unknown, key: string): ParamValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  return num(value, key);
}
function oneOf<T extends string>(value: unknown, key: string, options: readonly T[]): T {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fail(key, `one of ${options.join(', ')}`, value);
}

const SHA256 = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parseRun(value: unknown, key: string): ManifestRun {
  const o = value === undefined ? {} : obj(value, key);
  return {
    url: strOrNull(o.url, `${key}.url`),
    actor: strOrNull(o.actor, `${key}.actor`),
    id: intOrNull(o.id, `${key}.id`),
    attempt: intOrNull(o.attempt, `${key}.attempt`, 1),
  };
}

function parseSweep(value: unknown, key = 'sweep'): ManifestSweep | null {
  if (value === null || value === undefined) return null;
  const o = obj(value, key);
  const objective = o.objective === null || o.objective === undefined ? null : obj(o.objective, `${key}.objective`);
  return {
    trials: int(o.trials, `${key}.trials`),
    completed: int(o.completed ?? o.trials, `${key}.completed`),
    bestTrial: strOrNull(o.bestTrial, `${key}.bestTrial`),
    objective: objective && {
      metric: str(objective.metric, `${key}.objective.metric`),
      direction: oneOf(objective.direction, `${key}.objective.direction`, ['minimize', 'maximize'] as const),
    },
  };
}

function parseGate(value: unknown, key = 'gate'): ManifestGate | null {
  if (value === null || value === undefined) return null;
  const o = obj(value, key);
  return {
    verdict: oneOf(o.verdict, `${key}.verdict`, ['pass', 'fail', 'skipped'] as const),
    baselineVersion: intOrNull(o.baselineVersion, `${key}.baselineVersion`, 1),
    reasons: arr(o.reasons ?? [], `${key}.reasons`).map((r, i) => str(r, `${key}.reasons[${i}]`)),
  };
}

function parseFields(value: unknown, key: string): SignatureField[] {
  return arr(value, key).map((f, i) => {
    const o = obj(f, `${key}[${i}]`);
    return { name: str(o.name, `${key}[${i}].name`), type: str(o.type, `${key}[${i}].type`) };
  });
}

function parseSignature(value: unknown, key = 'signature'): ManifestSignature | null {
  if (value === null || value === undefined) return null;
  const o = obj(value, key);
  return { inputs: parseFields(o.inputs, `${key}.inputs`), outputs: parseFields(o.outputs, `${key}.outputs`) };
}

/**
 * The assets of a manifest. Names are checked as on upload (GitHub's character set, no `/`, no
 * `..`, unique): a manifest is read back from a release anyone with write access can edit, and each
 * name becomes a file name when the version is downloaded.
 */
function parseAssets(value: unknown, key = 'assets'): ManifestAsset[] {
  // Asset and part names share one namespace: each becomes a release asset and a file name.
  const seen = new Set<string>();
  const file = (o: Obj, k: string): ManifestPart => {
    const name = str(o.name, `${k}.name`);
    if (!isSafeAssetName(name)) {
      throw new ManifestError(`Invalid model manifest: "${k}.name" is not a safe asset name: ${describeAssetNameRule(name)}`, {
        location: { file: 'manifest.json', key: `${k}.name` },
        hint: 'The release was edited after registration, or not made by `mlops`: do not download it; register the model again.',
      });
    }
    if (seen.has(name)) fail(`${k}.name`, 'an asset name used once', name);
    seen.add(name);
    const sha256 = str(o.sha256, `${k}.sha256`);
    if (!SHA256.test(sha256)) fail(`${k}.sha256`, '64 lowercase hex digits', sha256);
    return { name, size: int(o.size, `${k}.size`), sha256 };
  };
  return arr(value, key).map((a, i) => {
    const k = `${key}[${i}]`;
    const o = obj(a, k);
    const asset: ManifestAsset = file(o, k);
    if (o.unpacked !== undefined && o.unpacked !== null) {
      const u = obj(o.unpacked, `${k}.unpacked`);
      asset.unpacked = { bytes: int(u.bytes, `${k}.unpacked.bytes`), entries: int(u.entries, `${k}.unpacked.entries`) };
    }
    if (o.parts !== undefined && o.parts !== null) {
      const parts = arr(o.parts, `${k}.parts`).map((p, j) => file(obj(p, `${k}.parts[${j}]`), `${k}.parts[${j}]`));
      if (parts.length < 2) fail(`${k}.parts`, 'at least 2 parts', o.parts);
      const sum = parts.reduce((total, p) => total + p.size, 0);
      if (sum !== asset.size) fail(`${k}.parts`, `parts whose sizes add up to the asset's size ${asset.size}`, `${sum} bytes`);
      asset.parts = parts;
    }
    return asset;
  });
}

/** Validates untrusted JSON as a manifest; a ManifestError names the first bad key. */
export function parseManifest(value: unknown): Manifest {
  const o = obj(value, '(root)');
  if (o.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    fail('schemaVersion', `${MANIFEST_SCHEMA_VERSION} (this version of the registry reads schema ${MANIFEST_SCHEMA_VERSION} only)`, o.schemaVersion);
  }
  const createdAt = str(o.createdAt, 'createdAt');
  if (!ISO.test(createdAt)) fail('createdAt', 'an ISO 8601 time', createdAt);
  const commit = str(o.commit, 'commit');
  if (!/^[0-9a-f]{40}$/.test(commit)) fail('commit', 'a 40-digit commit sha', commit);
  const contentDigest = str(o.contentDigest, 'contentDigest');
  if (!/^sha256:[0-9a-f]{64}$/.test(contentDigest)) fail('contentDigest', '"sha256:" and 64 hex digits', contentDigest);
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    name: str(o.name, 'name'),
    version: int(o.version, 'version', 1),
    createdAt,
    commit,
    ref: strOrNull(o.ref, 'ref'),
    run: parseRun(o.run, 'run'),
    params: record(o.params, 'params', param),
    metrics: record(o.metrics, 'metrics', num),
    data: record(o.data, 'data', str),
    sweep: parseSweep(o.sweep),
    gate: parseGate(o.gate),
    parentVersion: intOrNull(o.parentVersion, 'parentVersion', 1),
    tags: arr(o.tags ?? [], 'tags').map((t, i) => str(t, `tags[${i}]`)),
    signature: parseSignature(o.signature),
    attestationUrl: strOrNull(o.attestationUrl, 'attestationUrl'),
    idempotencyKey: strOrNull(o.idempotencyKey, 'idempotencyKey'),
    contentDigest,
    assets: parseAssets(o.assets),
    ...(o.immutable === undefined ? {} : { immutable: bool(o.immutable, 'immutable') }),
  };
}

/** `sha256:<hex>` over the sorted `name\0sha256\n` lines of the assets: names and bytes, not order. */
export function contentDigestOf(assets: readonly { name: string; sha256: string }[]): string {
  const lines = [...assets].map((a) => `${a.name}\0${a.sha256}\n`).sort();
  return `sha256:${createHash('sha256').update(lines.join('')).digest('hex')}`;
}

// ---------------------------------------------------------------------------------------------
// The release body: a human-readable header and the manifest as fenced JSON between markers.

const BEGIN = '<!-- mlops:manifest -->';
const END = '<!-- /mlops:manifest -->';
/** GitHub's limit on a release body is 125,000 characters; keep well below it. */
const MAX_EMBEDDED_MANIFEST = 100_000;

export function releaseBody(manifest: Manifest, repository?: string): string {
  const json = JSON.stringify(manifest, null, 1);
  const embedded = json.length > MAX_EMBEDDED_MANIFEST ? 'The manifest is in the asset manifest.json.' : `${BEGIN}\n\`\`\`json\n${json}\n\`\`\`\n${END}\n`;
  // The readable model card first; the machine-readable manifest after it, inside the 125,000-character limit.
  const card = renderModelCard(
    {
      name: manifest.name,
      version: manifest.version,
      createdAt: manifest.createdAt,
      repository,
      commit: manifest.commit,
      ref: manifest.ref,
      runUrl: manifest.run.url,
      actor: manifest.run.actor,
      params: manifest.params,
      metrics: manifest.metrics,
      parent: manifest.parentVersion === null ? null : { version: manifest.parentVersion },
      data: Object.keys(manifest.data).length > 0 ? { files: Object.entries(manifest.data).map(([path, sha256]) => ({ path, sha256, rows: null })) } : null,
      sweep: manifest.sweep,
      gate: manifest.gate,
      assets: manifest.assets,
    },
    { maxChars: MAX_RELEASE_BODY - embedded.length - 2 },
  );
  return `${card}\n\n${embedded}`;
}

/** The manifest embedded in a release body: undefined when there is none, ManifestError when it is bad. */
export function manifestFromBody(body: string): Manifest | undefined {
  const start = body.indexOf(BEGIN);
  const end = body.indexOf(END);
  if (start < 0 || end < start) return undefined;
  const fenced = body.slice(start + BEGIN.length, end).trim();
  const json = fenced.replace(/^```json\s*/, '').replace(/```$/, '');
  let value: unknown;
  try {
    value = parseJsonBounded(json, { what: 'the model manifest in the release body', maxDepth: MANIFEST_MAX_DEPTH });
  } catch (error) {
    if (error instanceof UserError) throw new ManifestError(error.message, { hint: error.hint });
    throw new ManifestError(`Invalid model manifest in the release body: not JSON (${(error as Error).message})`, { cause: error });
  }
  return parseManifest(value);
}
