/**
 * The seams (docs/architecture.md "Seams"): every side effect on GitHub sits behind one of these small
 * interfaces, implemented once over Octokit (src/backends/github) and once over the filesystem
 * (src/backends/local). Domain code receives them as arguments and never learns which one it has.
 *
 * Asset content travels as file paths or Node streams, never as whole buffers, because model files
 * can be gigabytes.
 */
import type { Readable, Writable } from 'node:stream';

// ---------------------------------------------------------------------------------------------
// Errors that are part of the contracts. Both implementations throw exactly these for the cases
// documented below; anything else is an infrastructure failure (network, permissions, a bug).

/** Base class of the errors a seam promises to throw for documented cases. */
export class SeamError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The thing addressed (release, asset, ref, deployment) does not exist. */
export class NotFoundError extends SeamError {}

/** Creating something whose name must be unique (asset name, artifact name) found it taken. */
export class AlreadyExistsError extends SeamError {}

/** The operation is not allowed in the current state (e.g. deleting a published release). */
export class ConflictError extends SeamError {}

/**
 * The release is immutable (GitHub's immutable releases, a repository setting): once published its
 * assets and tag are locked and only its name and body change (GitHub's 422 "Cannot upload assets
 * to an immutable release").
 */
export class ImmutableReleaseError extends ConflictError {}

/**
 * The credentials may not do this (GitHub's 403 "Resource not accessible by integration": a fork
 * pull request's read-only token, a workflow without `pull-requests: write` or `checks: write`).
 */
export class PermissionError extends SeamError {}

// ---------------------------------------------------------------------------------------------
// ReleaseStore: the model registry is written once on top of it.

/**
 * Where asset bytes come from. A path is preferred: a retried upload can read the file again.
 * `move`: the file is the caller's to give away (a packed model in a scratch folder); a store may
 * take it by renaming it instead of copying it (the local store does), and it may be gone after.
 */
export type AssetSource = { path: string; move?: boolean } | { stream: Readable };

/** Where downloaded asset bytes go. A stream target is ended when the download completes. */
export type AssetTarget = { path: string } | { stream: Writable };

/** A git ref without the leading `refs/`, e.g. `tags/churn-model/v3` or `heads/main`. */
export interface Ref {
  ref: string;
  sha: string;
}

/**
 * Asset names a ReleaseStore keeps: GitHub's own character set (it renames anything else to `.`),
 * letters, digits, `.`, `_` and `-`, not starting or ending with `.`, at most 255 characters. Every
 * name is checked on the way in (upload) and on the way out (a release read back, a manifest), in
 * both backends, because a name read back becomes a file name on download: `../x` or `/etc/x` would
 * write outside the destination.
 */
const ASSET_NAME_PATTERN = /^[A-Za-z0-9_-](?:[A-Za-z0-9._-]{0,253}[A-Za-z0-9_-])?$/;

/** Whether `name` is an asset name a store may hold (see {@link ASSET_NAME_PATTERN}). */
export function isSafeAssetName(name: unknown): name is string {
  return typeof name === 'string' && ASSET_NAME_PATTERN.test(name);
}

/** Why an asset name is refused, for messages: `"../x" (an asset name is letters, ...)`. */
export function describeAssetNameRule(name: unknown): string {
  return `${JSON.stringify(name)?.slice(0, 80)} (an asset name is 1-255 letters, digits, ".", "_" or "-", not starting or ending with ".")`;
}

export interface ReleaseAsset {
  id: number;
  /** Always {@link isSafeAssetName}: stores refuse other names on upload and on read. */
  name: string;
  size: number;
  contentType: string;
}

export interface Release {
  id: number;
  tag: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  /** The branch or commit the tag is created from at publish time when the tag does not exist. */
  targetCommitish: string;
  createdAt: string;
  /** ISO time of publication; null while a draft. */
  publishedAt: string | null;
  assets: ReleaseAsset[];
  /**
   * GitHub's immutable releases: true for a release published while the repository had the setting
   * on (GitHub attests it; its assets and tag are locked, only name and body change). Absent or
   * false otherwise, and always for the local store. A draft is never immutable.
   */
  immutable?: boolean;
}

export interface NewRelease {
  tag: string;
  name?: string;
  body?: string;
  /** Branch name or commit sha; defaults to the default branch (GitHub) / `main` (local). */
  targetCommitish?: string;
  prerelease?: boolean;
}

export interface ReleaseStore {
  /**
   * Creates `ref` pointing at `sha` if and only if it does not exist. Atomic: of any number of
   * concurrent callers (processes, jobs) for the same ref, at most one gets `true`. `false` means
   * the ref exists, possibly created by an earlier attempt of this very call whose answer was lost
   * (so a caller allocating version numbers may skip one, but never shares one).
   */
  createRef(ref: string, sha: string): Promise<boolean>;
  /** The ref, or undefined when it does not exist. */
  getRef(ref: string): Promise<Ref | undefined>;
  /** Points an existing ref at `sha` (forced, like an alias move). NotFoundError if absent. */
  moveRef(ref: string, sha: string): Promise<void>;
  /** Deletes a ref; false when it did not exist. */
  deleteRef(ref: string): Promise<boolean>;
  /** Refs whose name starts with `prefix` (e.g. `tags/churn-model/`), in name order. */
  listRefs(prefix: string): Promise<Ref[]>;

  /** Creates a draft release: invisible to getByTag until published; its tag is not created yet. */
  createDraft(release: NewRelease): Promise<Release>;
  /** A release by id, drafts included; undefined when absent. */
  getRelease(releaseId: number): Promise<Release | undefined>;
  /**
   * Uploads one asset to a release (normally a draft). AlreadyExistsError when the release already
   * has an asset of that name; NotFoundError when the release does not exist; ImmutableReleaseError
   * when it is a published immutable release. The asset appears complete or not at all.
   */
  uploadAsset(releaseId: number, name: string, source: AssetSource, contentType?: string): Promise<ReleaseAsset>;
  /** Streams an asset's bytes into `target`. NotFoundError when the asset does not exist. */
  downloadAsset(assetId: number, target: AssetTarget): Promise<void>;
  /**
   * Publishes a draft: it becomes visible to getByTag and its tag is created at targetCommitish when
   * absent. Never marks the release as the repository's "Latest". NotFoundError when absent.
   */
  publish(releaseId: number): Promise<Release>;
  /** The published release with this tag; undefined for an unknown tag or a draft. */
  getByTag(tag: string): Promise<Release | undefined>;
  /** All releases, drafts included, newest first; fetched page by page as the caller iterates. */
  list(): AsyncIterable<Release>;
  /** Deletes a draft release and its assets. NotFoundError if absent, ConflictError if published. */
  deleteDraft(releaseId: number): Promise<void>;
  /** Deletes one asset (e.g. a half-uploaded one). NotFoundError if absent, ImmutableReleaseError if its release is immutable. */
  deleteAsset(assetId: number): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// CommentSink: the sticky PR report.

export interface CommentResult {
  /** True when no comment with this key existed and one was created. */
  created: boolean;
  /** Where the comment lives: its html_url on GitHub, a file path locally. */
  location: string;
}

export interface CommentSink {
  /**
   * Creates or replaces the one comment identified by `key` (a hidden `<!-- mlops:KEY -->` marker on
   * GitHub; a file name locally). Keys are `[A-Za-z0-9._-]+`. Repeated calls never make a second
   * comment with the same key, also when a request is retried after a lost answer, or when two
   * callers race (they converge on one comment). PermissionError when the token may not comment.
   */
  upsert(key: string, body: string): Promise<CommentResult>;
  /** The body last written for `key` (without the marker), or undefined. */
  read(key: string): Promise<string | undefined>;
}

/** The hidden marker that identifies a comment by key. */
export function commentMarker(key: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(key)) throw new RangeError(`Invalid comment key "${key}": use letters, digits, ".", "_" and "-"`);
  return `<!-- mlops:${key} -->`;
}

// ---------------------------------------------------------------------------------------------
// CheckRunSink: a named check on a commit (the gate's "mlops gate: <model>"), so branch protection
// can require it by name and reviewers find it in the Checks tab.

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** GitHub's limit on a check run's output summary and text, in characters. */
export const CHECK_OUTPUT_LIMIT = 65535;

export interface NewCheckRun {
  /** The name branch protection requires, e.g. `mlops gate: penguins`. */
  name: string;
  /** The commit the check is on (the pull request's head). */
  headSha: string;
  conclusion: CheckConclusion;
  /** One line. */
  title: string;
  /** Markdown; longer than CHECK_OUTPUT_LIMIT characters is cut (with a note) by the sink. */
  summary: string;
  /** A link back (the workflow run). */
  detailsUrl?: string;
}

export interface CheckRun extends NewCheckRun {
  id: number;
  /** Its html_url on GitHub, a file path locally. */
  location: string;
}

export interface CheckRunSink {
  /**
   * Records a completed check run. A second call with the same name and sha adds a newer run, which
   * GitHub shows in place of the older. PermissionError when the token may not write checks.
   */
  complete(check: NewCheckRun): Promise<CheckRun>;
  /** The newest check run of that name on the commit, or undefined. */
  latest(name: string, headSha: string): Promise<CheckRun | undefined>;
}

/** `text` cut to the check output limit, with a note saying so. */
export function checkOutputText(text: string): string {
  if (text.length <= CHECK_OUTPUT_LIMIT) return text;
  const note = '\n\n… cut to fit a check run; the whole report is in the job summary.\n';
  return text.slice(0, CHECK_OUTPUT_LIMIT - note.length) + note;
}

// ---------------------------------------------------------------------------------------------
// DeploymentLog: deployments, their statuses and the environment's protection rules.

export type DeploymentState = 'queued' | 'pending' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface NewDeployment {
  /** Branch, tag or sha being deployed. */
  ref: string;
  environment: string;
  task?: string;
  payload?: Record<string, unknown>;
  description?: string;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface Deployment {
  id: number;
  ref: string;
  sha: string;
  task: string;
  environment: string;
  payload: Record<string, unknown>;
  description: string | null;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  createdAt: string;
}

export interface NewDeploymentStatus {
  state: DeploymentState;
  /** At most 140 characters (GitHub's limit); longer text is cut. */
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /**
   * Default true: a `success` status marks earlier successful deployments of the same environment
   * `inactive` (GitHub's auto_inactive semantics).
   */
  autoInactive?: boolean;
}

export interface DeploymentStatus {
  id: number;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

export interface DeploymentFilter {
  environment?: string;
  ref?: string;
  sha?: string;
  task?: string;
}

export interface EnvironmentReviewer {
  type: 'User' | 'Team';
  /** User login or team slug. */
  name: string;
}

export interface EnvironmentProtection {
  name: string;
  waitTimerMinutes: number;
  reviewers: EnvironmentReviewer[];
  preventSelfReview: boolean;
  /** True when deployments are limited to protected or selected branches. */
  branchPolicy: boolean;
}

export interface DeploymentLog {
  /** Records a new deployment of `ref`. NotFoundError when the ref cannot be resolved. */
  create(deployment: NewDeployment): Promise<Deployment>;
  /** Appends a status. NotFoundError when the deployment does not exist. */
  addStatus(deploymentId: number, status: NewDeploymentStatus): Promise<DeploymentStatus>;
  /** Deployments matching the filter, newest first. */
  list(filter?: DeploymentFilter): Promise<Deployment[]>;
  /** Statuses of one deployment, newest first. NotFoundError when the deployment does not exist. */
  listStatuses(deploymentId: number): Promise<DeploymentStatus[]>;
  /** The environment's protection rules; undefined when the environment does not exist. */
  getEnvironment(name: string): Promise<EnvironmentProtection | undefined>;
}

// ---------------------------------------------------------------------------------------------
// ArtifactStore: hands files between jobs of one run.

export interface ArtifactInfo {
  name: string;
  /** Total bytes of the files. */
  size: number;
}

export interface ArtifactStore {
  /**
   * Uploads `files` (paths inside `rootDirectory`, which is stripped from their names) as one
   * artifact. Names are unique and immutable per run: AlreadyExistsError when taken. The artifact
   * becomes visible complete or not at all.
   */
  upload(name: string, files: string[], rootDirectory: string): Promise<ArtifactInfo>;
  /** Writes the artifact's files under `destination`; returns their paths. NotFoundError if absent. */
  download(name: string, destination: string): Promise<string[]>;
  /** Complete artifacts, by name. */
  list(): Promise<ArtifactInfo[]>;
}

// ---------------------------------------------------------------------------------------------
// EventSink: tells other workflows what happened, so they react without polling.

/** The events the suite sends (README "Events"); GitHub allows 1-100 characters of event type. */
type RepositoryEventType = 'mlops-model-registered' | 'mlops-model-deployed';

/** One event: its type and a flat payload (GitHub takes at most 10 top-level payload keys). */
export interface RepositoryEvent {
  type: RepositoryEventType;
  payload: Record<string, string | number | string[] | null>;
}

export interface EventSink {
  /**
   * Sends one event: on GitHub a `repository_dispatch` (`contents: write`; PermissionError without
   * it), which starts every workflow `on: repository_dispatch` with that type; locally a line
   * appended to a log file. A request retried after a lost answer may deliver an event twice:
   * receivers key on model and version.
   */
  send(event: RepositoryEvent): Promise<void>;
}
