/**
 * The results service's ArtifactService, as @actions/artifact 6.x speaks it: Twirp over HTTP,
 * `POST /twirp/github.actions.results.api.v1.ArtifactService/<Method>` with a JSON body in proto
 * field names (snake_case), int64 as decimal strings, wrapper types (StringValue, Int64Value) as
 * bare values and Timestamps as RFC 3339 strings. Errors are Twirp's `{ code, msg }` JSON with the
 * HTTP status Twirp maps each code to; the client retries 429/500/502/503/504 and fails at once on
 * the others, quoting `msg` (e.g. "(409) Conflict: an artifact with this name already exists on the
 * workflow run").
 */
import type { JobScope } from './token.js';
import { sha, type ArtifactEmulatorState, type StoredArtifact } from './state.js';

export const SERVICE = 'github.actions.results.api.v1.ArtifactService';

const STATUS_OF_CODE = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  failed_precondition: 412,
  resource_exhausted: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type TwirpCode = keyof typeof STATUS_OF_CODE;

export class TwirpError extends Error {
  readonly status: number;
  constructor(
    readonly code: TwirpCode,
    msg: string,
  ) {
    super(msg);
    this.status = STATUS_OF_CODE[code];
  }

  get body(): { code: TwirpCode; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

interface TwirpContext {
  state: ArtifactEmulatorState;
  /** Whom the bearer token names. */
  caller: JobScope;
  body: Record<string, unknown>;
  /** A SAS URL for a blob: `cw` to create/write it, `r` to read it. */
  signedUrl(blobPath: string, permissions: 'cw' | 'r', disposition?: string): string;
}

type Method = (ctx: TwirpContext) => Record<string, unknown>;

// Characters the client refuses in names (path-and-artifact-name-validation.ts); the service too.
const INVALID_NAME = /["':<>|*?\r\n\\/]/;

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new TwirpError('invalid_argument', `${key} is required`);
  return value;
}

function optionalText(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new TwirpError('invalid_argument', `${key} must be a string`);
  return value;
}

/** int64 arrives as a decimal string (protojson), a number is accepted too. */
function int64(body: Record<string, unknown>, key: string): number | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new TwirpError('invalid_argument', `${key} must be an int64`);
  return n;
}

/** The run (and for writes the job) named in the request must be the token's. */
function requireScope(ctx: TwirpContext, job: boolean): { runId: string; jobId: string } {
  const runId = text(ctx.body, 'workflow_run_backend_id');
  const jobId = text(ctx.body, 'workflow_job_run_backend_id');
  if (runId !== ctx.caller.runId || (job && jobId !== ctx.caller.jobId)) {
    throw new TwirpError('permission_denied', 'the token does not grant access to this workflow run');
  }
  return { runId, jobId };
}

function monolith(artifact: StoredArtifact): Record<string, unknown> {
  return {
    workflow_run_backend_id: artifact.runId,
    workflow_job_run_backend_id: artifact.jobId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size),
    created_at: artifact.createdAt.toISOString(),
    ...(artifact.digest ? { digest: artifact.digest } : {}),
  };
}

/** The artifact the request names by run, job and name, finalized. */
function named(ctx: TwirpContext): StoredArtifact {
  const { runId, jobId } = requireScope(ctx, false);
  const name = text(ctx.body, 'name');
  const artifact = ctx.state.find(runId, name);
  if (!artifact || artifact.state !== 'finalized' || artifact.jobId !== jobId) throw new TwirpError('not_found', 'artifact not found');
  return artifact;
}

export const METHODS: Record<string, Method> = {
  CreateArtifact(ctx) {
    const { runId, jobId } = requireScope(ctx, true);
    const name = text(ctx.body, 'name');
    if (INVALID_NAME.test(name)) throw new TwirpError('invalid_argument', `invalid artifact name: ${name}`);
    const version = int64(ctx.body, 'version');
    if (version === undefined || version < 4) throw new TwirpError('invalid_argument', 'unsupported artifact version');
    // Names are unique and immutable per run: a pending upload holds its name too, so of two legs
    // racing for one name exactly one gets an upload URL.
    if (ctx.state.find(runId, name)) throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
    const artifact = ctx.state.create(runId, jobId, name, optionalText(ctx.body, 'mime_type'), optionalText(ctx.body, 'expires_at'));
    return { ok: true, signed_upload_url: ctx.signedUrl(artifact.blobPath, 'cw') };
  },

  FinalizeArtifact(ctx) {
    const { runId, jobId } = requireScope(ctx, true);
    const artifact = ctx.state.find(runId, text(ctx.body, 'name'));
    if (!artifact || artifact.jobId !== jobId) throw new TwirpError('not_found', 'artifact not found');
    if (artifact.state === 'finalized') throw new TwirpError('failed_precondition', 'artifact is already finalized');
    const blob = ctx.state.blobs.get(artifact.blobPath)?.committed;
    if (!blob) throw new TwirpError('failed_precondition', 'artifact content was not uploaded');
    const size = int64(ctx.body, 'size') ?? 0;
    if (size !== blob.body.length) throw new TwirpError('invalid_argument', `size ${size} does not match the uploaded ${blob.body.length} bytes`);
    const hash = optionalText(ctx.body, 'hash');
    const actual = `sha256:${sha(blob.body)}`;
    if (hash !== undefined && hash !== actual) throw new TwirpError('invalid_argument', `hash ${hash} does not match the uploaded content (${actual})`);
    artifact.state = 'finalized';
    artifact.size = size;
    artifact.digest = actual;
    return { ok: true, artifact_id: String(artifact.id) };
  },

  ListArtifacts(ctx) {
    const { runId } = requireScope(ctx, false);
    const nameFilter = optionalText(ctx.body, 'name_filter');
    const idFilter = int64(ctx.body, 'id_filter');
    const artifacts = ctx.state
      .listed(runId)
      .filter((a) => (nameFilter === undefined || a.name === nameFilter) && (idFilter === undefined || a.id === idFilter));
    return { artifacts: artifacts.map(monolith) };
  },

  GetSignedArtifactURL(ctx) {
    const artifact = named(ctx);
    return { signed_url: ctx.signedUrl(artifact.blobPath, 'r', `attachment; filename="${artifact.name}.zip"`) };
  },

  DeleteArtifact(ctx) {
    const artifact = named(ctx);
    ctx.state.remove(artifact);
    return { ok: true, artifact_id: String(artifact.id) };
  },
};
