/** Issue comments (the sticky PR report lives in one) and pull requests. */
import { notFound, requiredString, validationFailed, type Ctx } from '../http.js';
import { paginate } from '../pagination.js';
import { api, type Route } from '../router.js';
import { pullJson, pullSimpleJson } from '../shapes-pull.js';
import { commentJson } from '../shapes.js';
import { timestamp, type CommentRecord } from '../state.js';

const MAX_COMMENT = 65_536;

function commentBody(ctx: Ctx): string {
  const body = requiredString(ctx.json(), 'body');
  if (body.length > MAX_COMMENT) {
    throw validationFailed({ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT} characters)` });
  }
  return body;
}

function findComment(ctx: Ctx): CommentRecord {
  const comment = ctx.repo().comments.get(ctx.id('comment_id'));
  if (!comment) throw notFound();
  return comment;
}

function issueNumber(ctx: Ctx): number {
  const number = ctx.id('issue_number');
  if (!ctx.repo().issues.has(number)) throw notFound();
  return number;
}

export const issueRoutes: Route[] = [
  api('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const repo = ctx.repo();
    const number = issueNumber(ctx);
    const comments = [...repo.comments.values()].filter((comment) => comment.issueNumber === number).sort((a, b) => a.id - b.id);
    return paginate(ctx, comments.map((comment) => commentJson(repo, comment, ctx.links)));
  }),

  api('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
    const repo = ctx.repo();
    const number = issueNumber(ctx);
    const now = timestamp();
    const comment: CommentRecord = { id: ctx.state.nextId(), issueNumber: number, body: commentBody(ctx), user: ctx.state.actor, createdAt: now, updatedAt: now };
    repo.comments.set(comment.id, comment);
    return { status: 201, body: commentJson(repo, comment, ctx.links) };
  }),

  api('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    const comment = findComment(ctx);
    comment.body = commentBody(ctx);
    comment.updatedAt = timestamp();
    return { status: 200, body: commentJson(ctx.repo(), comment, ctx.links) };
  }),

  api('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
    ctx.repo().comments.delete(findComment(ctx).id);
    return { status: 204 };
  }),

  api('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (ctx) => {
    const repo = ctx.repo();
    const pull = repo.pulls.get(ctx.id('pull_number'));
    if (!pull) throw notFound();
    return { status: 200, body: pullJson(repo, pull, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/pulls', (ctx) => {
    const repo = ctx.repo();
    const state = ctx.url.searchParams.get('state') ?? 'open';
    if (!['open', 'closed', 'all'].includes(state)) throw validationFailed({ resource: 'Search', field: 'state', code: 'invalid' });
    const head = ctx.url.searchParams.get('head');
    const pulls = [...repo.pulls.values()]
      .filter((pull) => state === 'all' || pull.state === state)
      .filter((pull) => head === null || `${repo.record.owner.login}:${pull.head.ref}` === head)
      .sort((a, b) => b.number - a.number);
    return paginate(ctx, pulls.map((pull) => pullSimpleJson(repo, pull, ctx.links)));
  }),
];
