/**
 * The GITHUB_TOKEN a job gets: its `permissions:` (else the workflow's), never more than the
 * calling job's inside a reusable workflow, registered with the GitHub emulator so each request
 * is answered as GitHub would answer that token (403 "Resource not accessible by integration").
 * Without any `permissions:` anywhere the token has the repository's default (everything here).
 */
import { randomBytes } from 'node:crypto';
import type { GitHubEmulator } from '../github-emulator/index.js';
import { PlayerError } from './types.js';

/** scope -> read | write | none; undefined means the permissive default. */
export type Permissions = Record<string, 'read' | 'write' | 'none'> | undefined;

const LEVEL = { none: 0, read: 1, write: 2 } as const;
/** Scopes the emulator checks (test/support/github-emulator/permissions.ts). */
const EMULATED = ['contents', 'pull-requests', 'issues', 'deployments', 'checks', 'actions'] as const;
const ALL_SCOPES = [...EMULATED, 'attestations', 'id-token', 'statuses', 'packages', 'security-events', 'discussions', 'pages', 'repository-projects', 'models'];

/** A `permissions:` value (read-all, write-all, {} or a mapping) as a scope map. */
export function parsePermissions(value: unknown, where: string): Permissions {
  if (value === undefined || value === null) return undefined;
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(ALL_SCOPES.map((scope) => [scope, level]));
  }
  if (typeof value !== 'object' || Array.isArray(value)) throw new PlayerError(`${where}: permissions must be read-all, write-all or a mapping`);
  const result: Record<string, 'read' | 'write' | 'none'> = {};
  for (const [scope, level] of Object.entries(value)) {
    if (level !== 'read' && level !== 'write' && level !== 'none') throw new PlayerError(`${where}: permissions.${scope} must be read, write or none`);
    result[scope] = level;
  }
  return result;
}

/** What a job inside a called workflow gets: its own, capped by the caller's. */
export function capPermissions(own: Permissions, caller: Permissions): Permissions {
  if (caller === undefined) return own;
  if (own === undefined) return caller;
  const result: Record<string, 'read' | 'write' | 'none'> = {};
  for (const [scope, level] of Object.entries(own)) {
    const cap = caller[scope] ?? 'none';
    result[scope] = LEVEL[level] <= LEVEL[cap] ? level : cap;
  }
  return result;
}

/**
 * GitHub refuses to start a called workflow whose jobs ask for more than the calling job grants
 * ("The nested job 'x' is requesting 'contents: write', but is only allowed 'contents: read'"),
 * skipped jobs included: the first such request, or undefined.
 */
export function exceeding(job: string, own: Permissions, caller: Permissions): string | undefined {
  if (own === undefined || caller === undefined) return undefined;
  for (const [scope, level] of Object.entries(own)) {
    const cap = caller[scope] ?? 'none';
    if (LEVEL[level] > LEVEL[cap]) return `The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${cap}'.`;
  }
  return undefined;
}

export function allows(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  if (permissions === undefined) return true;
  return LEVEL[permissions[scope] ?? 'none'] >= LEVEL[level];
}

/** A fresh token for one job, registered with the emulator with the job's permissions. */
export function mintToken(github: GitHubEmulator, permissions: Permissions): string {
  const token = `ghs_play${randomBytes(12).toString('hex')}`;
  if (permissions !== undefined) {
    const granted: Partial<Record<(typeof EMULATED)[number], 'read' | 'write'>> = {};
    for (const scope of EMULATED) {
      const level = permissions[scope];
      if (level === 'read' || level === 'write') granted[scope] = level;
    }
    github.state.tokenPermissions.set(token, granted);
  }
  return token;
}
