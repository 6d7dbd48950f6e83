/**
 * A GitHub REST emulator: a real HTTP server on 127.0.0.1 with a random port, so Octokit, its
 * plugins and undici run exactly as against api.github.com. See docs/architecture.md "Testing against real
 * things" for the semantics it keeps; test/support/github-openapi.test.ts checks its answers against
 * GitHub's published OpenAPI description.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults, type FaultRule } from './faults.js';
import { sharedOpenApi, type GitHubOpenApi } from './openapi.js';
import { grants, requirementOf } from './permissions.js';
import { ApiError, isObject, notFound, type Ctx, type Links, type Reply } from './http.js';
import { Router, type Route } from './router.js';
import { assetRoutes } from './routes/assets.js';
import { checkRunRoutes } from './routes/check-runs.js';
import { deploymentRoutes } from './routes/deployments.js';
import { dispatchRoutes } from './routes/dispatches.js';
import { issueRoutes } from './routes/issues.js';
import { releaseRoutes } from './routes/releases.js';
import { repoRoutes } from './routes/repos.js';
import { EmulatorState } from './state.js';

/** One answered request, kept for tests (the OpenAPI check validates each of them). */
export interface Exchange {
  operation: string | undefined;
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export const ROUTES: Route[] = [...repoRoutes, ...releaseRoutes, ...assetRoutes, ...issueRoutes, ...deploymentRoutes, ...checkRunRoutes, ...dispatchRoutes];

export class GitHubEmulator {
  readonly state = new EmulatorState();
  readonly faults = new Faults();
  readonly exchanges: Exchange[] = [];
  /** Requests per operation (`GET /repos/{owner}/{repo}/releases/tags/{tag}`), faulted ones included. */
  readonly counts = new Map<string, number>();
  /** Exceptions thrown by routes (not ApiErrors): a test can assert there were none. */
  readonly bugs: unknown[] = [];
  /** When set, only these tokens are accepted (401 Bad credentials otherwise). */
  validTokens: Set<string> | undefined;
  /**
   * Requests and answers that GitHub's OpenAPI description does not allow (openapi.ts), checked on
   * every exchange; `stop()` throws when there are any, so every test that uses the emulator fails
   * on a mismatch. Off with `new GitHubEmulator({ validate: false })`.
   */
  readonly violations: string[] = [];
  private readonly openapi: GitHubOpenApi | undefined;
  private readonly router = new Router(ROUTES);

  constructor(options: { validate?: boolean } = {}) {
    this.openapi = options.validate === false ? undefined : sharedOpenApi();
  }
  private server: Server | undefined;
  private base = '';

  get url(): string {
    if (!this.server) throw new Error('The emulator is not started');
    return this.base;
  }

  get uploadsUrl(): string {
    return `${this.url}/api/uploads`;
  }

  get links(): Links {
    return { api: this.url, uploads: this.uploadsUrl, web: this.url };
  }

  /** Requests made to one operation, or to all of them. */
  count(operation?: string): number {
    if (operation !== undefined) return this.counts.get(operation) ?? 0;
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }

  resetCounts(): void {
    this.counts.clear();
  }

  /**
   * Options for createOctokit aimed at this emulator: waits scaled to milliseconds and GitHub's
   * write pacing off, so fault tests run in milliseconds through the real retry code.
   */
  octokitOptions(token = 'test-token') {
    return { token, baseUrl: this.url, waitScale: 1, pacing: false };
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (this.violations.length > 0) {
      throw new Error(`The GitHub emulator saw ${this.violations.length} request(s) or answer(s) that GitHub's OpenAPI description does not allow:\n${this.violations.slice(0, 20).join('\n')}`);
    }
  }

  addFault(rule: FaultRule) {
    return this.faults.add(rule);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.base);
    const raw = await readBody(req);
    const matched = this.router.match(method, url.pathname);
    const operation = matched?.route.operation;
    const key = operation ?? `${method} ${matched?.route.path ?? url.pathname}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);

    const fired = this.faults.fire(method, url.pathname, matched?.route.path);
    for (const rule of fired) if (rule.kind === 'latency') await sleep(rule.ms);
    const terminal = fired.find((rule) => rule.kind !== 'latency');

    if (terminal && terminal.phase !== 'after' && terminal.kind !== 'cut') return this.fault(terminal, req, res);
    let reply: Reply;
    try {
      if (!matched) throw notFound();
      if (!matched.route.public) this.authorize(this.authenticate(req), matched.route);
      reply = await matched.route.handle(this.context(req, url, raw, matched.params));
    } catch (error) {
      if (error instanceof ApiError) {
        reply = { status: error.status, body: error.body };
      } else {
        // A bug in the emulator: answer 500 so the client sees it, and keep it for the test to show.
        this.bugs.push(error);
        reply = { status: 500, body: { message: `Emulator bug: ${String(error)}` } };
      }
    }
    if (terminal?.kind === 'cut') return this.cut(terminal.afterBytes, reply, res);
    if (terminal) return this.fault(terminal, req, res);
    if (this.openapi && operation) {
      let request: unknown;
      if (raw.length > 0 && /json/.test(req.headers['content-type'] ?? '')) {
        try {
          request = JSON.parse(raw.toString('utf8'));
        } catch {
          request = undefined;
        }
      }
      this.violations.push(...this.openapi.check(operation, request, reply.status, reply.body));
    }
    this.exchanges.push({ operation, method, path: url.pathname, status: reply.status, body: reply.body });
    this.send(res, reply);
  }

  private authenticate(req: IncomingMessage): string {
    const header = req.headers.authorization;
    if (!header) throw new ApiError(401, 'Requires authentication');
    const token = header.replace(/^(token|bearer)\s+/i, '');
    if (this.validTokens && !this.validTokens.has(token)) throw new ApiError(401, 'Bad credentials');
    return token;
  }

  /** 403 when the token's permissions (state.tokenPermissions) do not cover the route (permissions.ts). */
  private authorize(token: string, route: Route): void {
    if (!grants(this.state.tokenPermissions.get(token), requirementOf(route.method, route.path))) {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
  }

  private context(req: IncomingMessage, url: URL, raw: Buffer, params: Record<string, string>): Ctx {
    return {
      method: req.method ?? 'GET',
      url,
      params,
      headers: req.headers,
      raw,
      state: this.state,
      links: this.links,
      repo: () => {
        const repo = this.state.repo(`${params.owner}/${params.repo}`);
        if (!repo) throw notFound();
        return repo;
      },
      json: () => {
        let value: unknown;
        try {
          value = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
        } catch {
          throw new ApiError(400, 'Problems parsing JSON');
        }
        if (!isObject(value)) throw new ApiError(400, 'Problems parsing JSON');
        return value;
      },
      id: (name) => {
        const value = Number(params[name]);
        if (!Number.isSafeInteger(value)) throw notFound();
        return value;
      },
    };
  }

  private rateLimitHeaders(): Record<string, string> {
    const limit = this.state.rateLimit;
    limit.used++;
    return {
      'x-ratelimit-limit': String(limit.limit),
      'x-ratelimit-remaining': String(Math.max(0, limit.limit - limit.used)),
      'x-ratelimit-reset': String(limit.reset),
      'x-ratelimit-used': String(limit.used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `EMU:${limit.used.toString(16).toUpperCase()}`,
    };
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...this.rateLimitHeaders(), ...reply.headers };
    let payload: Buffer | undefined = reply.raw;
    if (payload === undefined && reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body));
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (payload) headers['content-length'] = String(payload.length);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  /** Sends the headers of `reply` (full content-length) and `afterBytes` of its body, then drops the connection. */
  private cut(afterBytes: number, reply: Reply, res: ServerResponse): void {
    const headers: Record<string, string> = { ...this.rateLimitHeaders(), ...reply.headers };
    const payload = reply.raw ?? Buffer.from(JSON.stringify(reply.body ?? null));
    if (reply.raw === undefined) headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(payload.length);
    res.writeHead(reply.status, headers);
    res.write(payload.subarray(0, Math.min(afterBytes, payload.length)), () => res.socket?.destroy());
  }

  private fault(rule: FaultRule, req: IncomingMessage, res: ServerResponse): void {
    if (rule.kind === 'html') {
      const page = Buffer.from('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in</body></html>\n');
      res.writeHead(rule.status, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(page.length) });
      res.end(page);
      return;
    }
    if (rule.kind === 'drop') {
      // No answer at all: the client sees a reset connection ("fetch failed"), as on a network fault.
      req.socket.destroy();
      return;
    }
    if (rule.kind === 'status') {
      this.send(res, { status: rule.status, body: { message: rule.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest', status: String(rule.status) } });
      return;
    }
    if (rule.kind !== 'rate-limit') return;
    if (rule.secondary) {
      this.send(res, {
        status: rule.status,
        headers: { 'retry-after': String(rule.retryAfter) },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      });
      return;
    }
    // A primary limit: the budget is spent until x-ratelimit-reset.
    const reset = Math.floor(Date.now() / 1000) + rule.retryAfter;
    this.send(res, {
      status: rule.status,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    });
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
