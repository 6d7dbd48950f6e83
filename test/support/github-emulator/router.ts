/**
 * Routes are written with GitHub's OpenAPI path templates, so the route key doubles as the
 * operation key of the published description (test/support/github-openapi.test.ts) and of the request
 * counters tests read.
 */
import type { Ctx, Reply } from './http.js';

export interface Route {
  method: string;
  /** Template matched against the request path, e.g. `/repos/{owner}/{repo}/git/ref/{ref}`. */
  path: string;
  /** `METHOD /openapi/path` of the operation this route implements; absent for non-API paths. */
  operation?: string;
  /** Served without an Authorization header (signed download URLs). */
  public?: boolean;
  handle(ctx: Ctx): Reply | Promise<Reply>;
}

/** Parameters that may contain slashes (`tags/model/v1`), matched greedily. */
const GREEDY = new Set(['ref', 'tag']);

export function api(method: string, path: string, handle: Route['handle']): Route {
  return { method, path, operation: `${method} ${path}`, handle };
}

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export class Router {
  private readonly compiled: Compiled[];

  constructor(readonly routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = [];
      const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_match, name: string) => {
        names.push(name);
        return GREEDY.has(name) ? '(.+)' : '([^/]+)';
      });
      return { route, regex: new RegExp(`^${source}$`), names };
    });
  }

  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    for (const { route, regex, names } of this.compiled) {
      if (route.method !== method) continue;
      const found = regex.exec(pathname);
      if (!found) continue;
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { route, params };
    }
    return undefined;
  }
}
