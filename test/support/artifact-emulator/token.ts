/**
 * The runtime token a runner hands a job (ACTIONS_RUNTIME_TOKEN): a JWT whose `scp` claim carries
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`. @actions/artifact only decodes
 * it (jwt-decode) to learn those two ids; the results service verifies it. The emulator signs its
 * tokens with HS256 and a per-emulator secret, so it can refuse forged, foreign or expired ones.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** The two backend ids a token scopes its bearer to. */
export interface JobScope {
  /** workflowRunBackendId: the run (shared by every job of a matrix). */
  runId: string;
  /** workflowJobRunBackendId: one job of the run (one matrix leg). */
  jobId: string;
}

export interface TokenClaims extends JobScope {
  /** Seconds since the epoch. */
  expiresAt: number;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

function hmac(secret: Buffer, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

/** Mints a signed runtime token like the runner's, for one job of one run. */
export function mintRuntimeToken(secret: Buffer, scope: JobScope, lifetimeSeconds = 6 * 3600): string {
  for (const id of [scope.runId, scope.jobId]) {
    // The client splits the scope on ':' and ' ', so ids must contain neither.
    if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new RangeError(`Backend id "${id}" must be [A-Za-z0-9._-]+ (a UUID on GitHub)`);
  }
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      nameid: `job-${scope.jobId}`,
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${scope.runId}:${scope.jobId}`,
      iss: 'vstoken.actions.githubusercontent.com',
      aud: 'vstoken.actions.githubusercontent.com',
      ac: '[]',
      jti: randomUUID(),
      nbf: now - 60,
      iat: now,
      exp: now + lifetimeSeconds,
    }),
  );
  const signature = base64url(hmac(secret, `${header}.${payload}`));
  return `${header}.${payload}.${signature}`;
}

/** The claims of a token this emulator signed, or a reason to refuse it. */
export function verifyRuntimeToken(secret: Buffer, token: string): TokenClaims | { refused: string } {
  const parts = token.split('.');
  if (parts.length !== 3) return { refused: 'malformed token' };
  const [header, payload, signature] = parts;
  const expected = hmac(secret, `${header}.${payload}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { refused: 'invalid token signature' };
  let claims: { scp?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown; exp?: unknown };
  } catch {
    return { refused: 'malformed token' };
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return { refused: 'token expired' };
  const scope = typeof claims.scp === 'string' ? claims.scp.split(' ').find((s) => s.startsWith('Actions.Results:')) : undefined;
  const ids = scope?.split(':');
  if (!ids || ids.length !== 3) return { refused: 'token lacks the Actions.Results scope' };
  return { runId: ids[1], jobId: ids[2], expiresAt: claims.exp };
}
