/** The repository and git refs: POST git/refs is the atomic create-if-absent of docs/platform.md. */
import { ApiError, notFound, requiredString, type Ctx } from '../http.js';
import { api, type Route } from '../router.js';
import { fullRepositoryJson } from '../shapes-repo.js';
import { refJson } from '../shapes.js';

const SHA = /^[0-9a-f]{40}$/;

function refJsonFor(ctx: Ctx, ref: string) {
  const repo = ctx.repo();
  const sha = repo.refs.get(ref);
  if (sha === undefined) throw notFound();
  return refJson(repo, ref, sha, ctx.links);
}

/**
 * git check-ref-format's rules, as GitHub applies them to ref and tag names: no component starts
 * with `.` or ends with `.lock`, no `..`, `@{`, control characters, space, `~ ^ : ? * [ \`, no
 * empty component, not ending with `/` or `.`, not `@`.
 */
export function isValidRefName(ref: string): boolean {
  if (ref === '@' || ref.endsWith('/') || ref.endsWith('.') || ref.includes('..') || ref.includes('@{')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(ref)) return false;
  return ref.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

/** `refs/tags/x` in request bodies, `tags/x` in paths; both are stored as `tags/x`. */
function stripRefs(ref: string): string {
  return ref.replace(/^refs\//, '');
}

export const repoRoutes: Route[] = [
  api('GET', '/repos/{owner}/{repo}', (ctx) => {
    const repo = ctx.repo();
    const openIssues = [...repo.pulls.values()].filter((pull) => pull.state === 'open').length;
    return { status: 200, body: fullRepositoryJson(repo.record, ctx.links, openIssues) };
  }),

  api('POST', '/repos/{owner}/{repo}/git/refs', (ctx) => {
    const repo = ctx.repo();
    const body = ctx.json();
    const ref = requiredString(body, 'ref');
    const sha = requiredString(body, 'sha');
    if (!/^refs\/[^/]+\/.+/.test(ref) || !isValidRefName(ref)) throw new ApiError(422, 'Reference name is invalid');
    if (!SHA.test(sha) || !repo.commits.has(sha)) throw new ApiError(422, 'Object does not exist');
    const key = stripRefs(ref);
    if (repo.refs.has(key)) throw new ApiError(422, 'Reference already exists');
    repo.refs.set(key, sha);
    return { status: 201, body: refJson(repo, key, sha, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/git/ref/{ref}', (ctx) => ({ status: 200, body: refJsonFor(ctx, stripRefs(ctx.params.ref)) })),

  api('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (ctx) => {
    const repo = ctx.repo();
    const prefix = stripRefs(ctx.params.ref);
    const refs = [...repo.refs.keys()].filter((ref) => ref.startsWith(prefix)).sort();
    return { status: 200, body: refs.map((ref) => refJsonFor(ctx, ref)) };
  }),

  api('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', (ctx) => {
    const repo = ctx.repo();
    const sha = requiredString(ctx.json(), 'sha');
    const key = stripRefs(ctx.params.ref);
    if (!repo.refs.has(key)) throw new ApiError(422, 'Reference does not exist');
    if (repo.immutableReleaseOfRef(key)) throw new ApiError(422, 'Cannot update a tag of an immutable release');
    if (!SHA.test(sha) || !repo.commits.has(sha)) throw new ApiError(422, 'Object does not exist');
    repo.refs.set(key, sha);
    return { status: 200, body: refJson(repo, key, sha, ctx.links) };
  }),

  api('DELETE', '/repos/{owner}/{repo}/git/refs/{ref}', (ctx) => {
    const repo = ctx.repo();
    if (repo.immutableReleaseOfRef(stripRefs(ctx.params.ref))) throw new ApiError(422, 'Cannot delete a tag of an immutable release');
    if (!repo.refs.delete(stripRefs(ctx.params.ref))) throw new ApiError(422, 'Reference does not exist');
    return { status: 204 };
  }),
];
