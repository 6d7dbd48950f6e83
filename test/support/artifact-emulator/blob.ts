/**
 * The slice of Azure Blob Storage that artifact uploads and downloads touch, addressed path-style
 * as the Azure SDK does for an IP host (`/<account>/<container>/<blob>`), authorised by the SAS
 * query the results service signed:
 *
 * - Put Block       `PUT ?comp=block&blockid=<base64>`  stages one block (BlockBlobClient.uploadStream
 *                   cuts the zip into 8 MiB blocks, several in flight at once)
 * - Put Block List  `PUT ?comp=blocklist` with `<BlockList><Latest>id</Latest>…</BlockList>`
 *                   commits the blocks in that order; `x-ms-blob-content-type` sets the type
 * - Put Blob        `PUT` with `x-ms-blob-type: BlockBlob`, the whole body at once
 * - Get Blob        `GET`/`HEAD`, `Range: bytes=a-b` answered 206
 *
 * Errors are Azure's XML `<Error><Code/><Message/></Error>` with `x-ms-error-code`.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ArtifactEmulatorState, StoredBlob } from './state.js';

export const ACCOUNT = 'devstoreaccount1';
const SAS_VERSION = '2025-05-05';

export interface BlobReply {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
}

export class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  reply(): BlobReply {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${this.code}</Code><Message>${escapeXml(this.message)}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
    return { status: this.status, headers: { 'content-type': 'application/xml', 'x-ms-error-code': this.code }, body: Buffer.from(xml) };
  }
}

function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function signature(secret: Buffer, blobPath: string, permissions: string, expiry: string, disposition: string): string {
  return createHmac('sha256', secret).update(`${permissions}\n${expiry}\n/${ACCOUNT}/${blobPath}\n${disposition}`).digest('base64');
}

/** The SAS query string for one blob (a user delegation SAS in shape; signed by the emulator). */
export function sasQuery(secret: Buffer, blobPath: string, permissions: string, lifetimeMs: number, disposition = ''): string {
  const start = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const expiry = new Date(Date.now() + lifetimeMs).toISOString().replace(/\.\d+Z$/, 'Z');
  const query = new URLSearchParams({ sv: SAS_VERSION, sr: 'b', sp: permissions, st: start, se: expiry });
  if (disposition) query.set('rscd', disposition);
  query.set('sig', signature(secret, blobPath, permissions, expiry, disposition));
  return query.toString();
}

/** Which blob operation a request is, for counts and fault rules. */
export function blobOperation(method: string, query: URLSearchParams): string {
  if (method === 'GET' || method === 'HEAD') return 'GetBlob';
  if (method !== 'PUT') return `${method} blob`;
  const comp = query.get('comp');
  if (comp === 'block') return 'PutBlock';
  if (comp === 'blocklist') return 'PutBlockList';
  return comp === null ? 'PutBlob' : `PUT comp=${comp}`;
}

function authorise(secret: Buffer, blobPath: string, query: URLSearchParams, needed: 'r' | 'w'): string {
  const permissions = query.get('sp') ?? '';
  const expiry = query.get('se') ?? '';
  const disposition = query.get('rscd') ?? '';
  const given = Buffer.from(query.get('sig') ?? '', 'base64');
  const expected = Buffer.from(signature(secret, blobPath, permissions, expiry, disposition), 'base64');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new BlobError(403, 'AuthenticationFailed', 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.');
  }
  if (!(Date.parse(expiry) > Date.now())) throw new BlobError(403, 'AuthenticationFailed', 'Signed expiry time has passed.');
  if (!permissions.includes(needed)) throw new BlobError(403, 'AuthorizationPermissionMismatch', 'This request is not authorized to perform this operation using this permission.');
  return disposition;
}

function created(extra: Record<string, string> = {}): BlobReply {
  return { status: 201, headers: { 'x-ms-request-server-encrypted': 'true', ...extra } };
}

function commit(blob: StoredBlob, blocks: { id: string; data: Buffer }[], contentType: string): BlobReply {
  const body = Buffer.concat(blocks.map((b) => b.data));
  const etag = `"0x${randomUUID().replace(/-/g, '').slice(0, 15).toUpperCase()}"`;
  blob.committed = { blocks, body, contentType, etag, lastModified: new Date() };
  blob.uncommitted.clear();
  return created({ etag, 'last-modified': blob.committed.lastModified.toUTCString() });
}

function putBlock(blob: StoredBlob, query: URLSearchParams, body: Buffer): BlobReply {
  const id = query.get('blockid') ?? '';
  const decoded = Buffer.from(id, 'base64');
  if (!id || decoded.length === 0 || decoded.length > 64 || decoded.toString('base64') !== id) {
    throw new BlobError(400, 'InvalidQueryParameterValue', `Value for one of the query parameters specified in the request URI is invalid. blockid=${id}`);
  }
  // Azure requires every block id of one blob to have the same length.
  const other = blob.uncommitted.keys().next().value ?? blob.committed?.blocks[0]?.id;
  if (other !== undefined && Buffer.from(other, 'base64').length !== decoded.length) {
    throw new BlobError(400, 'InvalidBlobOrBlock', 'The specified blob or block content is invalid.');
  }
  blob.uncommitted.set(id, body);
  return created();
}

function putBlockList(blob: StoredBlob, headers: IncomingHttpHeaders, body: Buffer): BlobReply {
  const xml = body.toString('utf8');
  if (!/<BlockList>/.test(xml)) throw new BlobError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
  const blocks: { id: string; data: Buffer }[] = [];
  const committed = new Map((blob.committed?.blocks ?? []).map((b) => [b.id, b.data]));
  for (const [, kind, id] of xml.matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)) {
    const data =
      kind === 'Committed' ? committed.get(id) : kind === 'Uncommitted' ? blob.uncommitted.get(id) : (blob.uncommitted.get(id) ?? committed.get(id));
    if (!data) throw new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
    blocks.push({ id, data });
  }
  return commit(blob, blocks, header(headers, 'x-ms-blob-content-type') ?? 'application/octet-stream');
}

function putBlob(blob: StoredBlob, headers: IncomingHttpHeaders, body: Buffer): BlobReply {
  if (header(headers, 'x-ms-blob-type') !== 'BlockBlob') {
    throw new BlobError(400, 'MissingRequiredHeader', 'An HTTP header that is mandatory for this request is not specified. x-ms-blob-type');
  }
  const contentType = header(headers, 'x-ms-blob-content-type') ?? header(headers, 'content-type') ?? 'application/octet-stream';
  return commit(blob, [{ id: '', data: body }], contentType);
}

function getBlob(blob: StoredBlob | undefined, headers: IncomingHttpHeaders, disposition: string, head: boolean): BlobReply {
  const committed = blob?.committed;
  if (!committed) throw new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
  const total = committed.body.length;
  const replyHeaders: Record<string, string> = {
    'content-type': committed.contentType,
    etag: committed.etag,
    'last-modified': committed.lastModified.toUTCString(),
    'accept-ranges': 'bytes',
    'x-ms-blob-type': 'BlockBlob',
  };
  if (disposition) replyHeaders['content-disposition'] = disposition;
  let body = committed.body;
  let status = 200;
  const range = /^bytes=(\d+)-(\d*)$/.exec(header(headers, 'x-ms-range') ?? header(headers, 'range') ?? '');
  if (range) {
    const start = Number(range[1]);
    const end = range[2] === '' ? total - 1 : Math.min(Number(range[2]), total - 1);
    if (start >= total || end < start) throw new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
    body = committed.body.subarray(start, end + 1);
    status = 206;
    replyHeaders['content-range'] = `bytes ${start}-${end}/${total}`;
  }
  replyHeaders['content-length'] = String(body.length);
  return { status, headers: replyHeaders, body: head ? undefined : body };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Answers one blob request for `/<account>/<blobPath>`. */
export function handleBlob(state: ArtifactEmulatorState, method: string, url: URL, headers: IncomingHttpHeaders, body: Buffer): BlobReply {
  const prefix = `/${ACCOUNT}/`;
  if (!url.pathname.startsWith(prefix)) throw new BlobError(400, 'InvalidUri', 'The requested URI does not represent any resource on the server.');
  const blobPath = decodeURIComponent(url.pathname.slice(prefix.length));
  const operation = blobOperation(method, url.searchParams);
  const disposition = authorise(state.secret, blobPath, url.searchParams, operation === 'GetBlob' ? 'r' : 'w');
  switch (operation) {
    case 'GetBlob':
      return getBlob(state.blobs.get(blobPath), headers, disposition, method === 'HEAD');
    case 'PutBlock':
      return putBlock(state.blob(blobPath), url.searchParams, body);
    case 'PutBlockList':
      return putBlockList(state.blob(blobPath), headers, body);
    case 'PutBlob':
      return putBlob(state.blob(blobPath), headers, body);
    default:
      throw new BlobError(400, 'UnsupportedHttpVerb', `The emulator does not implement ${operation}.`);
  }
}
