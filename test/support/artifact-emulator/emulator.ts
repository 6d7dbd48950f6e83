/**
 * An emulator of what @actions/artifact talks to: the Actions results service (Twirp) and the
 * blob storage its signed URLs point at, both served by one real HTTP server on 127.0.0.1 with a
 * random port, so the client, @actions/http-client and the Azure SDK run unchanged. Faults use the
 * REST emulator's rules (test/support/github-emulator/faults.ts); a rule's `path` may name an
 * operation: a Twirp method (`CreateArtifact`, `ListArtifacts`…) or a blob operation (`PutBlock`,
 * `PutBlockList`, `PutBlob`, `GetBlob`).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults, type FaultRule } from '../github-emulator/faults.js';
import { ACCOUNT, BlobError, blobOperation, handleBlob, sasQuery, type BlobReply } from './blob.js';
import { ArtifactEmulatorState } from './state.js';
import { METHODS, SERVICE, TwirpError, type TwirpCode } from './twirp.js';
import { mintRuntimeToken, verifyRuntimeToken, type JobScope } from './token.js';

/** One answered request, kept for tests. */
export interface Exchange {
  operation: string;
  method: string;
  path: string;
  status: number;
}

const TWIRP_PREFIX = `/twirp/${SERVICE}/`;

/** Twirp's code for a status a fault answers with. */
const FAULT_CODE: Record<number, TwirpCode> = { 403: 'permission_denied', 429: 'resource_exhausted', 500: 'internal', 502: 'unavailable', 503: 'unavailable', 504: 'unavailable' };
/** Azure's error code for the same. */
const BLOB_FAULT_CODE: Record<number, string> = { 403: 'AuthorizationFailure', 429: 'ServerBusy', 500: 'InternalError', 502: 'ServerBusy', 503: 'ServerBusy', 504: 'OperationTimedOut' };

export class ArtifactEmulator {
  readonly state = new ArtifactEmulatorState();
  readonly faults = new Faults();
  readonly exchanges: Exchange[] = [];
  /** Requests per operation, faulted ones included. */
  readonly counts = new Map<string, number>();
  /** Exceptions thrown by handlers (not Twirp/blob errors): a test can assert there were none. */
  readonly bugs: unknown[] = [];
  /** How long signed blob URLs stay valid. */
  sasLifetimeMs = 10 * 60_000;
  private server: Server | undefined;
  private base = '';

  get url(): string {
    if (!this.server) throw new Error('The artifact emulator is not started');
    return this.base;
  }

  /** A runtime token for one job of one run, as the runner would hand it. */
  token(scope: JobScope, lifetimeSeconds?: number): string {
    return mintRuntimeToken(this.state.secret, scope, lifetimeSeconds);
  }

  count(operation?: string): number {
    if (operation !== undefined) return this.counts.get(operation) ?? 0;
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }

  resetCounts(): void {
    this.counts.clear();
  }

  addFault(rule: FaultRule) {
    return this.faults.add(rule);
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
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', this.base);
    const twirp = url.pathname.startsWith(TWIRP_PREFIX);
    const operation = twirp ? url.pathname.slice(TWIRP_PREFIX.length) : blobOperation(method, url.searchParams);
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch {
      return; // the client went away mid-request
    }
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);

    const fired = this.faults.fire(method, url.pathname, operation);
    for (const rule of fired) if (rule.kind === 'latency') await sleep(rule.ms);
    const terminal = fired.find((rule) => rule.kind !== 'latency');
    if (terminal && terminal.phase !== 'after') return this.fault(terminal, twirp, req, res);

    let reply: BlobReply;
    try {
      reply = twirp ? this.twirp(method, operation, req, raw) : handleBlob(this.state, method, url, req.headers, raw);
    } catch (error) {
      if (error instanceof TwirpError) reply = json(error.status, error.body);
      else if (error instanceof BlobError) reply = error.reply();
      else {
        // A bug in the emulator: answer 500 so the client sees it, and keep it for the test to show.
        this.bugs.push(error);
        reply = twirp ? json(500, { code: 'internal', msg: `Emulator bug: ${String(error)}` }) : new BlobError(500, 'InternalError', `Emulator bug: ${String(error)}`).reply();
      }
    }
    if (terminal) return this.fault(terminal, twirp, req, res);
    this.exchanges.push({ operation, method, path: url.pathname, status: reply.status });
    this.send(res, reply);
  }

  private twirp(method: string, name: string, req: IncomingMessage, raw: Buffer): BlobReply {
    if (method !== 'POST') throw new TwirpError('bad_route', `unsupported method ${method} (only POST is allowed)`);
    const handler = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
    if (!handler) throw new TwirpError('bad_route', `no handler for path "${TWIRP_PREFIX}${name}"`);
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!bearer) throw new TwirpError('unauthenticated', 'missing bearer token');
    const claims = verifyRuntimeToken(this.state.secret, bearer);
    if ('refused' in claims) throw new TwirpError('unauthenticated', claims.refused);
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new TwirpError('bad_route', `unexpected Content-Type: "${req.headers['content-type'] ?? ''}"`);
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new TwirpError('malformed', 'the json request could not be decoded');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new TwirpError('malformed', 'the json request could not be decoded');
    const answer = handler({
      state: this.state,
      caller: claims,
      body: body as Record<string, unknown>,
      signedUrl: (blobPath, permissions, disposition) =>
        `${this.base}/${ACCOUNT}/${blobPath.split('/').map(encodeURIComponent).join('/')}?${sasQuery(this.state.secret, blobPath, permissions, this.sasLifetimeMs, disposition)}`,
    });
    return json(200, answer);
  }

  private send(res: ServerResponse, reply: BlobReply): void {
    const headers: Record<string, string> = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-05-05',
      date: new Date().toUTCString(),
      ...reply.headers,
    };
    if (reply.body && headers['content-length'] === undefined) headers['content-length'] = String(reply.body.length);
    if (!reply.body && headers['content-length'] === undefined) headers['content-length'] = '0';
    res.writeHead(reply.status, headers);
    res.end(reply.body);
  }

  private fault(rule: FaultRule, twirp: boolean, req: IncomingMessage, res: ServerResponse): void {
    if (rule.kind === 'drop') {
      // No answer at all: the client sees a reset connection, as on a network fault.
      req.socket.destroy();
      return;
    }
    if (rule.kind === 'latency') return;
    // Web pages and cut-off answers are faults of the GitHub emulator only: here they are a 500.
    if (rule.kind === 'html' || rule.kind === 'cut') {
      this.send(res, json(500, { code: 'internal', msg: `injected fault ${rule.kind}` }));
      return;
    }
    const extra: Record<string, string> = rule.kind === 'rate-limit' ? { 'retry-after': String(rule.retryAfter) } : {};
    const reply = twirp
      ? json(rule.status, { code: FAULT_CODE[rule.status] ?? 'internal', msg: `injected fault ${rule.status}` })
      : new BlobError(rule.status, BLOB_FAULT_CODE[rule.status] ?? 'InternalError', `Injected fault ${rule.status}.`).reply();
    this.send(res, { ...reply, headers: { ...reply.headers, ...extra } });
  }
}

function json(status: number, body: unknown): BlobReply {
  return { status, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify(body)) };
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
