/**
 * Releases. Drafts are invisible to GET /releases/tags/{tag}; the tag is created when a release is
 * published (at creation for a non-draft), from target_commitish; a published tag is unique.
 *
 * Immutable releases (repo.immutableReleases): a release published while the setting is on becomes
 * immutable and is attested. Its name and body still change; a change of tag_name,
 * target_commitish, prerelease or back to draft is 422, and so is deleting it (assets.ts and
 * repos.ts lock its assets and its tag). Sending a locked field with its current value is no change.
 */
import { paginate } from '../pagination.js';
import { api, type Route } from '../router.js';
import { isValidRefName } from './repos.js';
import { releaseJson } from '../shapes.js';
import { createHash } from 'node:crypto';
import { ApiError, notFound, optionalBoolean, optionalString, requiredString, validationFailed, type Ctx } from '../http.js';
import { timestamp, type ReleaseRecord, type RepoState } from '../state.js';

const MAX_BODY = 125_000;

function findRelease(ctx: Ctx): { repo: RepoState; release: ReleaseRecord } {
  const repo = ctx.repo();
  const release = repo.releases.get(ctx.id('release_id'));
  if (!release) throw notFound();
  return { repo, release };
}

function checkBody(body: string | undefined): void {
  if (body !== undefined && body.length > MAX_BODY) {
    throw validationFailed({ resource: 'Release', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` });
  }
}

/** What publishing does to the repository: the tag must be free of other published releases, and exists afterwards. */
function publishTag(repo: RepoState, release: ReleaseRecord): void {
  const taken = [...repo.releases.values()].some((other) => other.id !== release.id && !other.draft && other.tagName === release.tagName);
  if (taken) throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  if (!repo.refs.has(`tags/${release.tagName}`)) {
    const sha = repo.resolveCommit(release.targetCommitish);
    if (sha === undefined) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    repo.refs.set(`tags/${release.tagName}`, sha);
  }
}

/** What publishing does on a repository with immutable releases: the release is locked and attested. */
function lockIfImmutable(repo: RepoState, release: ReleaseRecord, nextId: () => number): void {
  if (!repo.immutableReleases) return;
  release.immutable = true;
  const assets = [...repo.assets.values()].filter((asset) => asset.releaseId === release.id).sort((a, b) => a.id - b.id);
  repo.releaseAttestations.push({
    id: nextId(),
    releaseId: release.id,
    tagName: release.tagName,
    sha: repo.refs.get(`tags/${release.tagName}`) ?? '',
    assets: assets.map((asset) => ({ name: asset.name, sha256: createHash('sha256').update(asset.data).digest('hex') })),
    createdAt: timestamp(),
  });
}

/** 422 for a change of what an immutable release locks. */
function checkImmutableChange(release: ReleaseRecord, next: ReleaseRecord): void {
  if (!release.immutable) return;
  const locked = (['tagName', 'targetCommitish', 'prerelease', 'draft'] as const).filter((field) => release[field] !== next[field]);
  if (locked.length > 0) throw new ApiError(422, `Cannot modify ${locked.join(', ')} of an immutable release`);
}

function makeLatest(value: string | undefined): ReleaseRecord['makeLatest'] {
  if (value === undefined) return 'true';
  if (value === 'true' || value === 'false' || value === 'legacy') return value;
  throw validationFailed({ resource: 'Release', code: 'invalid', field: 'make_latest' });
}

export const releaseRoutes: Route[] = [
  api('GET', '/repos/{owner}/{repo}/releases/tags/{tag}', (ctx) => {
    const repo = ctx.repo();
    const release = [...repo.releases.values()].find((r) => !r.draft && r.tagName === ctx.params.tag);
    if (!release) throw notFound();
    return { status: 200, body: releaseJson(repo, release, ctx.links) };
  }),

  api('POST', '/repos/{owner}/{repo}/releases', (ctx) => {
    const repo = ctx.repo();
    const body = ctx.json();
    const tagName = requiredString(body, 'tag_name');
    if (!isValidRefName(`refs/tags/${tagName}`)) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'tag_name' });
    const text = optionalString(body, 'body');
    checkBody(text);
    const now = timestamp();
    const draft = optionalBoolean(body, 'draft') ?? false;
    const release: ReleaseRecord = {
      id: ctx.state.nextId(),
      tagName,
      targetCommitish: optionalString(body, 'target_commitish') ?? repo.record.defaultBranch,
      name: optionalString(body, 'name') ?? null,
      body: text ?? null,
      draft,
      prerelease: optionalBoolean(body, 'prerelease') ?? false,
      makeLatest: makeLatest(optionalString(body, 'make_latest')),
      createdAt: now,
      updatedAt: now,
      publishedAt: draft ? null : now,
      author: ctx.state.actor,
    };
    if (!draft) publishTag(repo, release);
    repo.releases.set(release.id, release);
    if (!draft) lockIfImmutable(repo, release, () => ctx.state.nextId());
    return { status: 201, body: releaseJson(repo, release, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/releases', (ctx) => {
    const repo = ctx.repo();
    const releases = [...repo.releases.values()].sort((a, b) => b.id - a.id);
    return paginate(ctx, releases.map((release) => releaseJson(repo, release, ctx.links)));
  }),

  api('GET', '/repos/{owner}/{repo}/releases/{release_id}', (ctx) => {
    const { repo, release } = findRelease(ctx);
    return { status: 200, body: releaseJson(repo, release, ctx.links) };
  }),

  api('PATCH', '/repos/{owner}/{repo}/releases/{release_id}', (ctx) => {
    const { repo, release } = findRelease(ctx);
    const body = ctx.json();
    const text = optionalString(body, 'body');
    checkBody(text);
    const next: ReleaseRecord = {
      ...release,
      tagName: optionalString(body, 'tag_name') ?? release.tagName,
      targetCommitish: optionalString(body, 'target_commitish') ?? release.targetCommitish,
      name: optionalString(body, 'name') ?? release.name,
      body: text ?? release.body,
      prerelease: optionalBoolean(body, 'prerelease') ?? release.prerelease,
      draft: optionalBoolean(body, 'draft') ?? release.draft,
      makeLatest: body.make_latest === undefined ? release.makeLatest : makeLatest(optionalString(body, 'make_latest')),
      updatedAt: timestamp(),
    };
    checkImmutableChange(release, next);
    if (release.draft && !next.draft) {
      publishTag(repo, next);
      next.publishedAt = timestamp();
    }
    if (next.draft) next.publishedAt = null;
    repo.releases.set(release.id, next);
    if (release.draft && !next.draft) lockIfImmutable(repo, next, () => ctx.state.nextId());
    return { status: 200, body: releaseJson(repo, next, ctx.links) };
  }),

  api('DELETE', '/repos/{owner}/{repo}/releases/{release_id}', (ctx) => {
    const { repo, release } = findRelease(ctx);
    if (release.immutable) throw new ApiError(422, 'Cannot delete an immutable release');
    for (const asset of repo.assets.values()) if (asset.releaseId === release.id) repo.assets.delete(asset.id);
    repo.releases.delete(release.id);
    return { status: 204 };
  }),
];
