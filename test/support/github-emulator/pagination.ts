/**
 * GitHub's page-based pagination: `per_page` (default 30, at most 100) and `page`, with a Link
 * header naming the first, prev, next and last pages. Octokit's paginate() follows rel="next".
 */
import type { Ctx, Reply } from './http.js';

export function paginate(ctx: Ctx, items: unknown[]): Reply {
  const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('per_page')) || 30));
  const page = Math.max(1, Number(ctx.url.searchParams.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const pageUrl = (n: number) => {
    const url = new URL(ctx.url);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
  if (page < last) links.push(`<${pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return {
    status: 200,
    body: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}
