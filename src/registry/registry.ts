/**
 * The model registry, written once on top of the ReleaseStore seam (docs/architecture.md "Seams"). A model
 * version is a published release with tag `<name>/v<N>`; everything else is git refs under
 * `refs/tags/<name>/` (names.ts lists them). Design:
 *
 * Versions. N is allocated by creating the ref `tags/<name>/v<N>` (atomic create-if-absent, 422 when
 * taken). The first guess is the `latest` pointer + 1 (1 request); if that number is taken (in-flight
 * or dead registrations, or a stale pointer) the registry lists the version refs once
 * (`tags/<name>/v`, 1 request) and probes upwards from the highest, at most `maxAttempts` times.
 * Then: draft release on that tag (make_latest false), index refs, manifest.json and the files
 * uploaded to the draft, publish. A run that dies midway leaves a draft and a version ref, never a
 * published half-version. The number is burned: its ref stays, so N is never reused, also after
 * cleanupStaleDrafts deleted the draft (releases are immutable once published, and a number that
 * meant something in a log must not come to mean something else).
 *
 * Latest. Pointer refs `tags/<name>/latest/v<N>`, created after publishing; lower pointers are then
 * deleted (best effort; readers take the highest, so leftovers are harmless and the highest is never
 * deleted). get 'latest' = list pointers + getByTag = 2 requests. If a run dies between publish and
 * pointer, 'latest' lags one version until the next registration or `repairLatest`.
 *
 * Aliases. Pointer refs `tags/<name>/alias/<alias>/<seq>-v<N>`; the highest seq wins, older ones are
 * kept. A move claims seq atomically with the ref `tags/<name>/alias-log/<alias>/<seq>`, publishes a
 * small prerelease on that tag whose body records alias/from/to/actor/at (immutable: the history is
 * append-only by construction), then creates the pointer. get by alias = list pointers + getByTag =
 * 2 requests. ReleaseStore has no "update release" method, so an alias cannot be one release that is
 * edited; the price of this design is one (pre)release per alias move on the releases page.
 *
 * Idempotency. Before publishing, the registry creates index refs `tags/<name>/run/<hash(key)>/v<N>`
 * (and `content/<hash(digest)>/v<N>` with dedupeByContent). A later call with the same key lists that
 * prefix (1 request, few refs) and returns the first published version whose manifest carries the
 * key (1 more request): created false. Two calls with the same key running at the same moment can
 * still both register; keys are meant for retries of one run (`run:<id>:<attempt>`), not for races.
 *
 * Manifests are embedded in the release body (and uploaded as manifest.json), so reading a version
 * is one request; a body too large to embed costs one download more.
 *
 * Immutable releases. On a repository with GitHub's immutable releases on, a published release
 * keeps its assets and tag (uploads answer 422 "Cannot upload assets to an immutable release"; the
 * release and its tag cannot be deleted) and GitHub attests it. Nothing here changes a published
 * release: a version is filled while a draft and then published, alias moves and deprecations are
 * new (pre)releases, the refs that move or go away (latest pointers, index refs) carry no release,
 * and cleanupStaleDrafts deletes drafts only. So the registry works the same on both kinds of
 * repository; a store that is asked to change an immutable release anyway fails with
 * ImmutableReleaseError. A version as read records `immutable` (from the release) in its manifest.
 */
import { Readable, Writable } from 'node:stream';
import { AlreadyExistsError, NotFoundError, SeamError, describeAssetNameRule, isSafeAssetName, type Release, type ReleaseStore } from '../backends/seams.js';
import { UserError } from '../shared/errors.js';
import { isRecord } from '../shared/json.js';
import type { Logger } from '../shared/logger.js';
import { parseJsonBounded } from '../shared/safe-read.js';
import {
  MANIFEST_MAX_DEPTH,
  MANIFEST_SCHEMA_VERSION,
  ManifestError,
  contentDigestOf,
  manifestFromBody,
  parseManifest,
  releaseBody,
  type Manifest,
  type ManifestGate,
  type ManifestRun,
  type ManifestSignature,
  type ManifestSweep,
  type ParamValue,
} from './manifest.js';
import {
  RegistryError,
  RegistryNameError,
  parseAliasPointer,
  parseAliasRemoval,
  parseSeq,
  parseVersionTag,
  refs,
  trailingVersion,
  validateAlias,
  validateModelName,
  validateVersion,
  versionTag,
} from './names.js';

/** The largest manifest.json read back (a manifest embeds at most 100,000 characters in a body; the asset holds the rest). */
const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;

export interface RegistryOptions {
  /** The commit every tag the registry creates points at. */
  sha: string;
  logger?: Logger;
  /** Version numbers (and alias sequence numbers) tried before giving up; default 50. */
  maxAttempts?: number;
  /** Attempts of one step after transient failures (5xx, exhausted rate-limit waits); default 4. */
  stepAttempts?: number;
  /** Backoff unit between step attempts, ms (waits 1, 2, 3... units); default 500. Tests use 1. */
  backoffMs?: number;
  /** The web page of a release, e.g. tag => `https://github.com/o/r/releases/tag/${tag}`. */
  releaseUrl?: (tag: string) => string;
  /** Clock, for tests. */
  now?: () => Date;
}

export interface RegisterFile {
  /** Asset name; unique, not `manifest.json`. For a file in parts, the whole's name (no asset has it). */
  name: string;
  /** The file to upload (ignored when `parts` are given). */
  path: string;
  /** The file (or its parts) may be moved into the store rather than copied: a packed model in a scratch folder. */
  move?: boolean;
  size: number;
  /** Lowercase hex sha256 of the file. */
  sha256: string;
  contentType?: string;
  /** A model archive's unpacked size and entries (PackedFile.unpacked): recorded in the manifest, enforced on extraction. */
  unpacked?: { bytes: number; entries: number };
  /** A file too large for one asset (PackedFile.parts): these are uploaded in its place, in order; size and sha256 above are the whole's. */
  parts?: { name: string; path: string; size: number; sha256: string }[];
}

export interface RegisterInput {
  name: string;
  files: RegisterFile[];
  ref?: string | null;
  run?: Partial<ManifestRun>;
  params?: Record<string, ParamValue>;
  metrics?: Record<string, number>;
  data?: Record<string, string>;
  sweep?: ManifestSweep | null;
  gate?: ManifestGate | null;
  parentVersion?: number | null;
  tags?: string[];
  signature?: ManifestSignature | null;
  attestationUrl?: string | null;
  /** Same key => same version (created false), e.g. `run:<id>:<attempt>`. */
  idempotencyKey?: string;
  /** Return an existing version with exactly the same files instead of registering a new one. */
  dedupeByContent?: boolean;
  /** Aliases to point at the new (or found) version. */
  aliases?: string[];
  /** Who moves the aliases; default run.actor, then "unknown". */
  actor?: string;
}

export interface RegisterResult {
  version: number;
  tag: string;
  releaseId: number;
  htmlUrl?: string;
  manifest: Manifest;
  /** False when an existing version was returned (same idempotency key or content). */
  created: boolean;
}

export interface ModelVersion {
  version: number;
  tag: string;
  release: Release;
  manifest: Manifest;
  htmlUrl?: string;
  /** The release is immutable (GitHub's immutable releases): its assets and tag cannot change. Also in manifest.immutable. */
  immutable: boolean;
}

export type VersionSelector = { version: number } | { alias: string } | 'latest';

export interface AliasMove {
  alias: string;
  seq: number;
  from: number | null;
  /** null: the alias was removed. */
  to: number | null;
  actor: string;
  at: string;
  /** False when the move was recorded but its pointer was never created (the run died in between). */
  applied: boolean;
}

export interface ListFilter {
  /** Only versions whose manifest `tags` include this tag. */
  tag?: string;
  /** Only versions with this metric, within [min, max]. */
  metric?: { name: string; min?: number; max?: number };
  /** Only the version this alias points at. */
  alias?: string;
}

/** A deprecated version: who, when, why. */
export interface Deprecation {
  version: number;
  actor: string;
  at: string;
  reason: string;
}

/** The JSON in an alias-log release body. */
interface AliasRecord {
  alias: string;
  seq: number;
  from: number | null;
  to: number | null;
  actor: string;
  at: string;
}

const MANIFEST_ASSET = 'manifest.json';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * A failure worth another attempt: an answer lost to a 5xx or a dropped connection, or a rate limit
 * Octokit stopped waiting for. Seam errors and user errors are answers, not failures.
 */
function isTransientFailure(error: unknown): boolean {
  if (error instanceof SeamError) return false;
  if (typeof error !== 'object' || error === null) return false;
  const { status, code } = error as { status?: unknown; code?: unknown };
  // A failed request keeps its status when it is reported as a UserError (GitHubApiError).
  if (error instanceof UserError && typeof status !== 'number') return false;
  if (typeof status === 'number') {
    if (status >= 500 || status === 429) return true;
    if (status === 403) {
      const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
      return headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0';
    }
    return false;
  }
  return typeof code === 'string' && ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET'].includes(code);
}

function maxOf(values: (number | undefined)[]): number | undefined {
  const numbers = values.filter((v): v is number => v !== undefined);
  return numbers.length === 0 ? undefined : Math.max(...numbers);
}

export class ModelRegistry {
  private readonly sha: string;
  private readonly logger?: Logger;
  private readonly maxAttempts: number;
  private readonly stepAttempts: number;
  private readonly backoffMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly store: ReleaseStore,
    private readonly options: RegistryOptions,
  ) {
    if (!/^[0-9a-f]{40}$/.test(options.sha)) throw new RegistryError(`The registry needs the full 40-digit commit sha to tag, got "${options.sha}"`);
    this.sha = options.sha;
    this.logger = options.logger;
    this.maxAttempts = options.maxAttempts ?? 50;
    this.stepAttempts = options.stepAttempts ?? 4;
    this.backoffMs = options.backoffMs ?? 500;
    this.now = options.now ?? (() => new Date());
  }

  // -------------------------------------------------------------------------------------------
  // register

  async register(input: RegisterInput): Promise<RegisterResult> {
    const name = validateModelName(input.name);
    const aliases = (input.aliases ?? []).map(validateAlias);
    const files = this.checkFiles(input.files);
    const contentDigest = contentDigestOf(files);
    const actor = input.actor ?? input.run?.actor ?? 'unknown';

    const existing =
      (input.idempotencyKey !== undefined
        ? await this.findIndexed(name, refs.runPrefix(name, input.idempotencyKey), (m) => m.idempotencyKey === input.idempotencyKey)
        : undefined) ??
      (input.dedupeByContent ? await this.findIndexed(name, refs.contentPrefix(name, contentDigest), (m) => m.contentDigest === contentDigest) : undefined);
    if (existing) {
      this.logger?.info(`${existing.tag} is already registered (${input.idempotencyKey !== undefined ? `key ${input.idempotencyKey}` : 'same content'})`);
      for (const alias of aliases) await this.setAliasIfNeeded(name, alias, existing.version, actor);
      return { version: existing.version, tag: existing.tag, releaseId: existing.release.id, htmlUrl: existing.htmlUrl, manifest: existing.manifest, created: false };
    }

    const version = await this.allocate(name);
    const tag = versionTag(name, version);
    const manifest: Manifest = parseManifest({
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      name,
      version,
      createdAt: this.now().toISOString(),
      commit: this.sha,
      ref: input.ref ?? null,
      run: { url: null, actor: null, id: null, attempt: null, ...input.run },
      params: input.params ?? {},
      metrics: input.metrics ?? {},
      data: input.data ?? {},
      sweep: input.sweep ?? null,
      gate: input.gate ?? null,
      parentVersion: input.parentVersion ?? null,
      tags: input.tags ?? [],
      signature: input.signature ?? null,
      attestationUrl: input.attestationUrl ?? null,
      idempotencyKey: input.idempotencyKey ?? null,
      contentDigest,
      assets: files.map((f) => ({
        name: f.name,
        size: f.size,
        sha256: f.sha256,
        ...(f.unpacked ? { unpacked: { bytes: f.unpacked.bytes, entries: f.unpacked.entries } } : {}),
        ...(f.parts ? { parts: f.parts.map((p) => ({ name: p.name, size: p.size, sha256: p.sha256 })) } : {}),
      })),
    } satisfies Manifest);

    // A lost answer here leaves an extra draft on the same tag: it is never published (the tag takes
    // one published release) and cleanupStaleDrafts removes it.
    const draft = await this.step(`create the draft of ${tag}`, () =>
      this.store.createDraft({ tag, name: tag, body: releaseBody(manifest), targetCommitish: this.sha }),
    );
    // Index refs before publishing: a retry after a lost publish answer still finds the version.
    if (input.idempotencyKey !== undefined) await this.step('index the idempotency key', () => this.store.createRef(`${refs.runPrefix(name, input.idempotencyKey!)}v${version}`, this.sha));
    if (input.dedupeByContent) await this.step('index the content digest', () => this.store.createRef(`${refs.contentPrefix(name, contentDigest)}v${version}`, this.sha));

    const manifestJson = JSON.stringify(manifest, null, 2);
    await this.upload(draft.id, MANIFEST_ASSET, () => ({ stream: Readable.from([Buffer.from(manifestJson)]) }), Buffer.byteLength(manifestJson), 'application/json');
    for (const file of files) {
      for (const one of file.parts ?? [file]) await this.upload(draft.id, one.name, () => ({ path: one.path, move: file.move }), one.size, file.contentType);
    }

    const release = await this.step(`publish ${tag}`, () => this.store.publish(draft.id));
    this.logger?.info(`Registered ${tag}${release.immutable ? ' (an immutable release)' : ''}`);
    await this.pointLatest(name, version);
    for (const alias of aliases) await this.setAlias(name, alias, version, { actor });
    return { version, tag, releaseId: release.id, htmlUrl: this.options.releaseUrl?.(tag), manifest: { ...manifest, immutable: release.immutable ?? false }, created: true };
  }

  private checkFiles(files: RegisterFile[]): RegisterFile[] {
    if (!Array.isArray(files)) throw new RegistryError('register needs `files`: the packed model files');
    const seen = new Set<string>([MANIFEST_ASSET]);
    const check = (file: { name: string; size: number; sha256: string }) => {
      if (!isSafeAssetName(file.name)) throw new RegistryError(`Invalid asset name ${describeAssetNameRule(file.name)}`, { hint: 'Name model files with letters, digits, ".", "_" and "-" only (packModel does).' });
      if (seen.has(file.name)) throw new RegistryError(`Asset name "${file.name}" is used twice (or is reserved: manifest.json)`);
      seen.add(file.name);
      if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new RegistryError(`Asset "${file.name}": sha256 must be 64 lowercase hex digits`);
      if (!Number.isSafeInteger(file.size) || file.size < 0) throw new RegistryError(`Asset "${file.name}": size must be a whole number of bytes`);
    };
    for (const file of files) {
      check(file);
      if (file.parts === undefined) continue;
      for (const part of file.parts) check(part);
      if (file.parts.length < 2 || file.parts.reduce((sum, p) => sum + p.size, 0) !== file.size) {
        throw new RegistryError(`Asset "${file.name}": its parts must be two or more, their sizes adding up to its size ${file.size}`);
      }
    }
    return files;
  }

  /** Allocates the next free version number by creating its tag ref. */
  private async allocate(name: string): Promise<number> {
    const pointers = await this.step('read the latest pointer', () => this.store.listRefs(refs.latestPrefix(name)));
    let next = (maxOf(pointers.map((r) => trailingVersion(r.ref))) ?? 0) + 1;
    let repaired = false;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const n = next;
      if (await this.step(`allocate ${name}/v${n}`, () => this.store.createRef(refs.version(name, n), this.sha))) return n;
      if (!repaired) {
        // The pointer is behind (drafts in flight, dead runs, a lost pointer): one listing of the
        // version refs gives the true highest number.
        repaired = true;
        const taken = await this.step('list version refs', () => this.store.listRefs(refs.versionPrefix(name)));
        next = Math.max(n, maxOf(taken.map((r) => parseVersionTag(name, r.ref.replace(/^tags\//, '')))) ?? 0) + 1;
      } else {
        next = n + 1;
      }
    }
    throw new RegistryError(`Could not allocate a version number for ${name} after ${this.maxAttempts} attempts: too many registrations at once`, {
      hint: 'Run the registration again; if it keeps failing, fewer jobs should register the same model at the same time.',
    });
  }

  private async upload(releaseId: number, name: string, source: () => { path: string } | { stream: Readable }, size: number, contentType?: string): Promise<void> {
    let attempt = 0;
    await this.step(`upload ${name}`, async () => {
      attempt++;
      try {
        await this.store.uploadAsset(releaseId, name, source(), contentType);
      } catch (error) {
        // After a failed attempt of ours, "already exists" can mean our own upload went through.
        if (attempt > 1 && error instanceof AlreadyExistsError) {
          const release = await this.store.getRelease(releaseId);
          if (release?.assets.some((a) => a.name === name && a.size === size)) return;
        }
        throw error;
      }
    });
  }

  private async pointLatest(name: string, version: number): Promise<void> {
    try {
      await this.step('move the latest pointer', () => this.store.createRef(refs.latest(name, version), this.sha));
      const pointers = await this.step('list latest pointers', () => this.store.listRefs(refs.latestPrefix(name)));
      const highest = maxOf(pointers.map((r) => trailingVersion(r.ref))) ?? version;
      for (const pointer of pointers) {
        const v = trailingVersion(pointer.ref);
        if (v !== undefined && v < highest) await this.step('delete an old latest pointer', () => this.store.deleteRef(pointer.ref));
      }
    } catch (error) {
      if (!isTransientFailure(error)) throw error;
      this.logger?.warning(`The version is registered but the "latest" pointer of ${name} was not moved (${(error as Error).message}); the next registration or repairLatest fixes it`);
    }
  }

  /** Points `latest` at the highest published version (after a run died between publish and pointer). */
  async repairLatest(name: string): Promise<number | undefined> {
    validateModelName(name);
    const taken = await this.step('list version refs', () => this.store.listRefs(refs.versionPrefix(name)));
    const versions = taken.map((r) => parseVersionTag(name, r.ref.replace(/^tags\//, ''))).filter((v): v is number => v !== undefined).sort((a, b) => b - a);
    for (const version of versions) {
      if (await this.step('read a version', () => this.store.getByTag(versionTag(name, version)))) {
        await this.pointLatest(name, version);
        return version;
      }
    }
    return undefined;
  }

  /** The newest published version under an index prefix whose manifest passes `check`. */
  private async findIndexed(name: string, prefix: string, check: (manifest: Manifest) => boolean): Promise<ModelVersion | undefined> {
    const indexed = await this.step('read the index', () => this.store.listRefs(prefix));
    const versions = indexed.map((r) => trailingVersion(r.ref)).filter((v): v is number => v !== undefined).sort((a, b) => b - a);
    for (const version of versions) {
      const found = await this.byVersion(name, version);
      if (found && check(found.manifest)) return found;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // reading

  /** One version, by number, alias or 'latest': at most 3 requests (2 unless the manifest is too big to embed). */
  async get(name: string, selector: VersionSelector): Promise<ModelVersion> {
    validateModelName(name);
    let version: number;
    if (selector === 'latest') {
      const latest = await this.latestVersion(name);
      if (latest === undefined) throw new RegistryError(`Model ${name} has no registered version yet`, { hint: 'Register a version first.' });
      version = latest;
    } else if ('alias' in selector) {
      const target = await this.aliasTarget(name, selector.alias);
      if (target === undefined) throw new RegistryError(`Alias "${selector.alias}" of model ${name} is not set`, { hint: `Set it with setAlias, e.g. to the latest version.` });
      version = target;
    } else {
      version = validateVersion(selector.version);
    }
    const found = await this.byVersion(name, version);
    if (!found) throw new RegistryError(`Model ${name} has no published version ${version}`, { hint: 'List the versions to see which exist.' });
    return found;
  }

  /** The version `latest` points at, or undefined before the first registration. 1 request. */
  async latestVersion(name: string): Promise<number | undefined> {
    const pointers = await this.step('read the latest pointer', () => this.store.listRefs(refs.latestPrefix(validateModelName(name))));
    return maxOf(pointers.map((r) => trailingVersion(r.ref)));
  }

  /** The version an alias points at, or undefined when unset. 1 request. */
  async aliasTarget(name: string, alias: string): Promise<number | undefined> {
    if (alias === 'latest') return this.latestVersion(name);
    validateAlias(alias);
    const pointers = await this.step(`read alias ${alias}`, () => this.store.listRefs(refs.aliasPrefix(validateModelName(name), alias)));
    let best: { seq: number; version?: number } | undefined;
    for (const pointer of pointers) {
      const removed = parseAliasRemoval(pointer.ref);
      const parsed = removed === undefined ? parseAliasPointer(pointer.ref) : { seq: removed };
      if (parsed && (!best || parsed.seq > best.seq)) best = parsed;
    }
    return best?.version;
  }

  private async byVersion(name: string, version: number): Promise<ModelVersion | undefined> {
    const tag = versionTag(name, version);
    const release = await this.step(`read ${tag}`, () => this.store.getByTag(tag));
    return release && this.toVersion(name, version, release);
  }

  private async toVersion(name: string, version: number, release: Release): Promise<ModelVersion> {
    let manifest = manifestFromBody(release.body);
    if (manifest === undefined) {
      const asset = release.assets.find((a) => a.name === MANIFEST_ASSET);
      if (!asset) throw new ManifestError(`Release ${release.tag} has no manifest (neither in its body nor as ${MANIFEST_ASSET})`);
      const text = await this.step(`download ${release.tag} manifest`, () => this.readAsset(asset.id));
      let json: unknown;
      try {
        json = parseJsonBounded(text, { what: `${MANIFEST_ASSET} of ${release.tag}`, maxDepth: MANIFEST_MAX_DEPTH });
      } catch (error) {
        throw new ManifestError(`Invalid model manifest: ${MANIFEST_ASSET} of ${release.tag} is not JSON (${(error as Error).message})`, { location: { file: MANIFEST_ASSET } });
      }
      manifest = parseManifest(json);
    }
    if (manifest.name !== name || manifest.version !== version) {
      throw new ManifestError(`Release ${release.tag} carries the manifest of ${manifest.name} v${manifest.version}`, { location: { file: MANIFEST_ASSET, key: 'version' } });
    }
    const immutable = release.immutable ?? false;
    return { version, tag: release.tag, release, manifest: { ...manifest, immutable }, htmlUrl: this.options.releaseUrl?.(release.tag), immutable };
  }

  /** A small asset (manifest.json) as text; more than MANIFEST_MAX_BYTES is a ManifestError, not a full memory. */
  private async readAsset(assetId: number): Promise<string> {
    const chunks: Buffer[] = [];
    let total = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        total += chunk.length;
        if (total > MANIFEST_MAX_BYTES) {
          callback(new ManifestError(`Invalid model manifest: ${MANIFEST_ASSET} is larger than ${MANIFEST_MAX_BYTES / (1024 * 1024)} MiB`, { location: { file: MANIFEST_ASSET } }));
          return;
        }
        chunks.push(Buffer.from(chunk));
        callback();
      },
    });
    await this.store.downloadAsset(assetId, { stream: sink });
    return Buffer.concat(chunks).toString('utf8');
  }

  /**
   * Published versions of `name`, newest first, read page by page as the caller iterates (the store
   * lists every release of the repository; filters run on the manifests embedded in the bodies).
   * With an alias filter it costs 2 requests: the alias's version or nothing.
   */
  async *list(name: string, filter: ListFilter = {}): AsyncIterable<ModelVersion> {
    validateModelName(name);
    if (filter.alias !== undefined) {
      const only = await this.aliasTarget(name, filter.alias);
      const found = only === undefined ? undefined : await this.byVersion(name, only);
      if (found && matches(found.manifest, filter)) yield found;
      return;
    }
    for await (const release of this.store.list()) {
      if (release.draft) continue;
      const version = parseVersionTag(name, release.tag);
      if (version === undefined) continue;
      const found = await this.toVersion(name, version, release);
      if (matches(found.manifest, filter)) yield found;
    }
  }

  /** All of list() in an array. */
  async listAll(name: string, filter: ListFilter = {}): Promise<ModelVersion[]> {
    const out: ModelVersion[] = [];
    for await (const version of this.list(name, filter)) out.push(version);
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // aliases

  /** Points `alias` at a published version, recording who moved it from where, when. */
  async setAlias(name: string, alias: string, version: number, options: { actor: string }): Promise<AliasMove> {
    validateModelName(name);
    validateAlias(alias);
    validateVersion(version);
    if (typeof options.actor !== 'string' || options.actor === '') throw new RegistryNameError('setAlias needs the actor who moves the alias');
    if (!(await this.byVersion(name, version))) {
      throw new RegistryError(`Cannot point alias "${alias}" at ${name} v${version}: no such published version`, { hint: 'List the versions to see which exist.' });
    }
    const from = (await this.aliasTarget(name, alias)) ?? null;
    const logs = await this.step('list the alias log', () => this.store.listRefs(refs.aliasLogPrefix(name, alias)));
    let seq = (maxOf(logs.map((r) => parseSeq(r.ref))) ?? 0) + 1;
    let claimed = false;
    for (let attempt = 1; attempt <= this.maxAttempts && !claimed; attempt++) {
      const s = seq;
      claimed = await this.step(`claim alias move ${s}`, () => this.store.createRef(refs.aliasLog(name, alias, s), this.sha));
      if (!claimed) seq++;
    }
    if (!claimed) throw new RegistryError(`Could not move alias "${alias}" of ${name} after ${this.maxAttempts} attempts: too many moves at once`);

    const record: AliasRecord = { alias, seq, from, to: version, actor: options.actor, at: this.now().toISOString() };
    const tag = refs.aliasLog(name, alias, seq).replace(/^tags\//, '');
    const draft = await this.step('record the alias move', () =>
      this.store.createDraft({
        tag,
        name: `${name}: ${alias} -> v${version}`,
        body: `Alias **${alias}** of ${name} moved from ${from === null ? 'nothing' : `v${from}`} to v${version} by ${options.actor}.\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
        targetCommitish: this.sha,
        prerelease: true,
      }),
    );
    await this.step('publish the alias move', () => this.store.publish(draft.id));
    await this.step(`move alias ${alias}`, () => this.store.createRef(refs.alias(name, alias, seq, version), this.sha));
    this.logger?.info(`Alias ${alias} of ${name}: ${from === null ? '(unset)' : `v${from}`} -> v${version}`);
    return { ...record, applied: true };
  }

  private async setAliasIfNeeded(name: string, alias: string, version: number, actor: string): Promise<void> {
    if ((await this.aliasTarget(name, alias)) !== version) await this.setAlias(name, alias, version, { actor });
  }

  /** Every recorded move of an alias, oldest first. 2 requests + 1 per move. */
  async aliasHistory(name: string, alias: string): Promise<AliasMove[]> {
    validateModelName(name);
    validateAlias(alias);
    const [logs, pointers] = await Promise.all([
      this.step('list the alias log', () => this.store.listRefs(refs.aliasLogPrefix(name, alias))),
      this.step(`read alias ${alias}`, () => this.store.listRefs(refs.aliasPrefix(name, alias))),
    ]);
    const applied = new Set(pointers.map((p) => parseAliasPointer(p.ref)?.seq ?? parseAliasRemoval(p.ref)));
    const seqs = logs.map((r) => parseSeq(r.ref)).filter((s): s is number => s !== undefined).sort((a, b) => a - b);
    const moves: AliasMove[] = [];
    for (const seq of seqs) {
      const release = await this.step('read an alias move', () => this.store.getByTag(refs.aliasLog(name, alias, seq).replace(/^tags\//, '')));
      if (!release) continue; // claimed by a run that died before recording it
      const record = parseAliasRecord(release.body, release.tag);
      if (record.seq !== seq || record.alias !== alias) throw new ManifestError(`Alias log ${release.tag} records move ${record.seq} of "${record.alias}"`);
      moves.push({ ...record, applied: applied.has(seq) });
    }
    return moves;
  }

  // -------------------------------------------------------------------------------------------
  // housekeeping: alias removal and deprecation (deploy-env's promotion needs both)

  /**
   * Unassigns an alias: a move to nothing, claimed and recorded like setAlias's (the history shows
   * `to: null`), then the marker `alias/<alias>/<seq>-none`, which outranks older pointers.
   */
  async removeAlias(name: string, alias: string, options: { actor: string }): Promise<AliasMove> {
    validateModelName(name);
    validateAlias(alias);
    if (typeof options.actor !== 'string' || options.actor === '') throw new RegistryNameError('removeAlias needs the actor who removes the alias');
    const from = (await this.aliasTarget(name, alias)) ?? null;
    if (from === null) throw new RegistryError(`Alias "${alias}" of ${name} is not set: nothing to remove`);
    const logs = await this.step('list the alias log', () => this.store.listRefs(refs.aliasLogPrefix(name, alias)));
    let seq = (maxOf(logs.map((r) => parseSeq(r.ref))) ?? 0) + 1;
    while (!(await this.step(`claim alias move ${seq}`, () => this.store.createRef(refs.aliasLog(name, alias, seq), this.sha)))) {
      if (++seq > (maxOf(logs.map((r) => parseSeq(r.ref))) ?? 0) + this.maxAttempts) throw new RegistryError(`Could not remove alias "${alias}" of ${name}: too many moves at once`);
    }
    const record: AliasRecord = { alias, seq, from, to: null, actor: options.actor, at: this.now().toISOString() };
    const draft = await this.step('record the alias removal', () =>
      this.store.createDraft({
        tag: refs.aliasLog(name, alias, seq).replace(/^tags\//, ''),
        name: `${name}: ${alias} removed`,
        body: `Alias **${alias}** of ${name} removed (was v${from}) by ${options.actor}.\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
        targetCommitish: this.sha,
        prerelease: true,
      }),
    );
    await this.step('publish the alias removal', () => this.store.publish(draft.id));
    await this.step(`remove alias ${alias}`, () => this.store.createRef(refs.aliasRemoved(name, alias, seq), this.sha));
    this.logger?.info(`Alias ${alias} of ${name}: v${from} -> (removed)`);
    return { ...record, applied: true };
  }

  /**
   * Deprecates a version: it stays (nothing published is ever deleted) but deploy-env refuses it
   * without an override. The ref `deprecated/v<N>` marks it; a prerelease on that tag records who,
   * when and why. Deprecating twice keeps the first record.
   */
  async deprecate(name: string, version: number, options: { actor: string; reason: string }): Promise<Deprecation> {
    validateModelName(name);
    validateVersion(version);
    if (!(await this.byVersion(name, version))) throw new RegistryError(`Cannot deprecate ${name} v${version}: no such published version`, { hint: 'List the versions to see which exist.' });
    const record: Deprecation = { version, actor: options.actor, at: this.now().toISOString(), reason: options.reason };
    if (!(await this.step('mark the version deprecated', () => this.store.createRef(refs.deprecated(name, version), this.sha)))) {
      return (await this.deprecations(name)).find((d) => d.version === version) ?? record;
    }
    const draft = await this.step('record the deprecation', () =>
      this.store.createDraft({
        tag: refs.deprecated(name, version).replace(/^tags\//, ''),
        name: `${name}: v${version} deprecated`,
        body: `${name} v${version} deprecated by ${options.actor}: ${options.reason}\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
        targetCommitish: this.sha,
        prerelease: true,
      }),
    );
    await this.step('publish the deprecation', () => this.store.publish(draft.id));
    this.logger?.info(`${name} v${version} is deprecated: ${options.reason}`);
    return record;
  }

  /** Deprecated versions, by version. 1 request + 1 per deprecation. */
  async deprecations(name: string): Promise<Deprecation[]> {
    validateModelName(name);
    const marked = await this.step('list deprecations', () => this.store.listRefs(refs.deprecatedPrefix(name)));
    const out: Deprecation[] = [];
    for (const version of marked.map((r) => trailingVersion(r.ref)).filter((v): v is number => v !== undefined).sort((a, b) => a - b)) {
      const release = await this.step('read a deprecation', () => this.store.getByTag(refs.deprecated(name, version).replace(/^tags\//, '')));
      const json = release && /```json\n([\s\S]*?)\n```/.exec(release.body)?.[1];
      const value: unknown = json ? JSON.parse(json) : undefined;
      out.push(isRecord(value) && typeof value.actor === 'string' && typeof value.at === 'string' && typeof value.reason === 'string'
        ? { version, actor: value.actor, at: value.at, reason: value.reason }
        : { version, actor: 'unknown', at: '', reason: '(record not published: the run died midway)' });
    }
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // maintenance

  /**
   * Deletes drafts of this model (versions and alias moves) older than `olderThanMs`: what runs that
   * died midway left. Their refs stay, so the numbers stay burned. Pick an age above the longest
   * registration (a live run's draft must not be taken away). Reads every release (paginated).
   */
  async cleanupStaleDrafts(name: string, olderThanMs: number): Promise<{ tag: string; releaseId: number }[]> {
    validateModelName(name);
    const cutoff = this.now().getTime() - olderThanMs;
    const deleted: { tag: string; releaseId: number }[] = [];
    for await (const release of this.store.list()) {
      if (!release.draft) continue;
      const ours = parseVersionTag(name, release.tag) !== undefined || release.tag.startsWith(`${name}/alias-log/`);
      if (!ours || Date.parse(release.createdAt) > cutoff) continue;
      try {
        await this.step(`delete draft ${release.tag}`, () => this.store.deleteDraft(release.id));
        deleted.push({ tag: release.tag, releaseId: release.id });
        this.logger?.info(`Deleted the stale draft ${release.tag} (release ${release.id})`);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    return deleted;
  }

  // -------------------------------------------------------------------------------------------

  /** Runs one idempotent-enough step, again after transient failures. */
  private async step<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isTransientFailure(error) || attempt >= this.stepAttempts) throw error;
        this.logger?.debug(`Could not ${what} (${(error as Error).message}); attempt ${attempt + 1} of ${this.stepAttempts}`);
        await sleep(this.backoffMs * attempt);
      }
    }
  }
}

function matches(manifest: Manifest, filter: ListFilter): boolean {
  if (filter.tag !== undefined && !manifest.tags.includes(filter.tag)) return false;
  if (filter.metric) {
    const value = manifest.metrics[filter.metric.name];
    if (value === undefined) return false;
    if (filter.metric.min !== undefined && value < filter.metric.min) return false;
    if (filter.metric.max !== undefined && value > filter.metric.max) return false;
  }
  return true;
}

function parseAliasRecord(body: string, tag: string): AliasRecord {
  const match = /```json\n([\s\S]*?)\n```/.exec(body);
  let value: unknown;
  try {
    value = match ? JSON.parse(match[1]) : undefined;
  } catch {
    value = undefined;
  }
  const isAliasRecord = (o: unknown): o is AliasRecord =>
    isRecord(o) &&
    typeof o.alias === 'string' &&
    Number.isSafeInteger(o.seq) &&
    (o.from === null || Number.isSafeInteger(o.from)) &&
    (o.to === null || Number.isSafeInteger(o.to)) &&
    typeof o.actor === 'string' &&
    typeof o.at === 'string';
  if (!isAliasRecord(value)) throw new ManifestError(`Alias log ${tag} does not hold a valid record`, { location: { file: tag } });
  return { alias: value.alias, seq: value.seq, from: value.from, to: value.to, actor: value.actor, at: value.at };
}
