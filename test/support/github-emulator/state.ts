/**
 * The emulator's in-memory world. Tests seed it (repos, branches, pull requests, environments) and
 * inspect it directly; routes change it. Ids come from one counter, as unique as GitHub's.
 */
import { createHash } from 'node:crypto';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  author: UserRecord;
  /** Published while the repository had immutable releases on: tag and assets are locked, only name and body change. */
  immutable?: boolean;
}

/** GitHub's attestation of an immutable release: the tag, its commit and the assets' digests at publish time. */
export interface ReleaseAttestationRecord {
  id: number;
  releaseId: number;
  tagName: string;
  sha: string;
  assets: { name: string; sha256: string }[];
  createdAt: string;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  state: 'uploaded' | 'open';
  downloadCount: number;
  uploader: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface PullRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: UserRecord;
  draft: boolean;
  merged: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  creator: UserRecord;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentStatusState = 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';

export interface DeploymentStatusRecord {
  id: number;
  deploymentId: number;
  state: DeploymentStatusState;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  waitTimer?: number;
  reviewers?: { type: 'User' | 'Team'; name: string }[];
  preventSelfReview?: boolean;
  /** Deployments limited to protected branches (true) or to custom branch policies ('custom'). */
  branchPolicy?: boolean | 'custom';
  createdAt: string;
  updatedAt: string;
}

export interface RepoRecord {
  id: number;
  owner: UserRecord;
  name: string;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
}

export function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A stable fake commit sha for a name, for seeding branches. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export class RepoState {
  /** Keyed without the `refs/` prefix: `heads/main`, `tags/v1`. */
  readonly refs = new Map<string, string>();
  readonly releases = new Map<number, ReleaseRecord>();
  readonly assets = new Map<number, AssetRecord>();
  /** Issue numbers that exist (pull requests are issues too). */
  readonly issues = new Set<number>();
  readonly comments = new Map<number, CommentRecord>();
  readonly pulls = new Map<number, PullRecord>();
  readonly deployments = new Map<number, DeploymentRecord>();
  readonly statuses = new Map<number, DeploymentStatusRecord>();
  readonly environments = new Map<string, EnvironmentRecord>();
  /** Commits that exist: refs may only point at these (422 "Object does not exist" otherwise). */
  readonly commits = new Set<string>();
  /**
   * The repository setting "immutable releases": a release published while it is on is immutable
   * (assets and tag locked, the release and its tag cannot be deleted, only name and body change)
   * and GitHub attests it. Drafts are not affected. Off by default, as on GitHub.
   */
  immutableReleases = false;
  /** Attestations GitHub made of immutable releases, in publish order. */
  readonly releaseAttestations: ReleaseAttestationRecord[] = [];

  constructor(
    readonly record: RepoRecord,
    private readonly world: EmulatorState,
  ) {
    this.addBranch(record.defaultBranch, fakeSha(`${record.name}/${record.defaultBranch}`));
  }

  /** Seeds a commit, so refs may point at it; returns its sha. */
  addCommit(sha = fakeSha(`${this.fullName}/commit/${this.commits.size}`)): string {
    this.commits.add(sha);
    return sha;
  }

  get fullName(): string {
    return `${this.record.owner.login}/${this.record.name}`;
  }

  /** Seeds a branch; returns its sha. */
  addBranch(name: string, sha = fakeSha(`${this.fullName}/${name}`)): string {
    this.refs.set(`heads/${name}`, sha);
    this.commits.add(sha);
    return sha;
  }

  addIssue(number = this.nextIssueNumber()): number {
    this.issues.add(number);
    return number;
  }

  addPull(options: { title?: string; body?: string; head?: string; base?: string; number?: number } = {}): PullRecord {
    const number = this.addIssue(options.number);
    const head = options.head ?? `feature-${number}`;
    const base = options.base ?? this.record.defaultBranch;
    const now = timestamp();
    const pull: PullRecord = {
      id: this.world.nextId(),
      number,
      title: options.title ?? `Pull request ${number}`,
      body: options.body ?? null,
      state: 'open',
      head: { ref: head, sha: this.refs.get(`heads/${head}`) ?? this.addBranch(head) },
      base: { ref: base, sha: this.refs.get(`heads/${base}`) ?? this.addBranch(base) },
      user: this.world.actor,
      draft: false,
      merged: false,
      createdAt: now,
      updatedAt: now,
    };
    this.pulls.set(number, pull);
    return pull;
  }

  addEnvironment(name: string, rules: Omit<EnvironmentRecord, 'id' | 'name' | 'createdAt' | 'updatedAt'> = {}): EnvironmentRecord {
    const now = timestamp();
    const environment: EnvironmentRecord = { id: this.world.nextId(), name, createdAt: now, updatedAt: now, ...rules };
    this.environments.set(name, environment);
    return environment;
  }

  /** Resolves a branch, tag or sha the way the deployments API does. */
  resolveCommit(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return this.commits.has(ref) ? ref : undefined;
    return this.refs.get(`heads/${ref}`) ?? this.refs.get(`tags/${ref}`) ?? this.refs.get(ref.replace(/^refs\//, ''));
  }

  /** The immutable release whose tag is `tags/<tag>` (a ref key), if any: that ref is locked. */
  immutableReleaseOfRef(key: string): ReleaseRecord | undefined {
    if (!key.startsWith('tags/')) return undefined;
    const tag = key.slice('tags/'.length);
    return [...this.releases.values()].find((release) => release.immutable === true && !release.draft && release.tagName === tag);
  }

  private nextIssueNumber(): number {
    return Math.max(0, ...this.issues) + 1;
  }
}

/** The GITHUB_TOKEN permissions the emulated routes need. */
export type Permission = 'contents' | 'pull-requests' | 'issues' | 'deployments' | 'checks' | 'actions' | 'metadata';

export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  /** The token's user: GITHUB_TOKEN acts as this bot. */
  actor: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
  /**
   * Permissions of tokens, as a GITHUB_TOKEN's `permissions:` block gives them
   * (`{ contents: 'read', 'pull-requests': 'write' }`). A token not listed here may do everything;
   * a listed one is answered 403 "Resource not accessible by integration" beyond its permissions.
   */
  readonly tokenPermissions = new Map<string, Partial<Record<Permission, 'read' | 'write'>>>();
  /**
   * The largest release asset accepted, in bytes (docs/platform.md "Limits"); a larger upload is
   * answered 422 as GitHub answers it. Tests lower it to prove large models go up in parts.
   */
  maxAssetBytes = 2 * 1024 ** 3;
  /** The rate-limit budget reported in x-ratelimit-* headers. */
  readonly rateLimit = { limit: 5000, used: 0, reset: Math.floor(Date.now() / 1000) + 3600 };
  private lastId = 1000;

  nextId(): number {
    return ++this.lastId;
  }

  addRepo(fullName: string, options: { private?: boolean; defaultBranch?: string } = {}): RepoState {
    const [login, name] = fullName.split('/');
    const owner: UserRecord = { login, id: this.nextId(), type: 'Organization' };
    const repo = new RepoState(
      { id: this.nextId(), owner, name, private: options.private ?? false, defaultBranch: options.defaultBranch ?? 'main', createdAt: timestamp() },
      this,
    );
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** Finds an asset in any repository (signed download URLs carry no repository). */
  findAsset(id: number): { repo: RepoState; asset: AssetRecord } | undefined {
    for (const repo of this.repos.values()) {
      const asset = repo.assets.get(id);
      if (asset) return { repo, asset };
    }
    return undefined;
  }
}
