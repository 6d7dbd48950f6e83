/**
 * What a GITHUB_TOKEN needs for each emulated route, as GitHub's docs list it ("Fine-grained access
 * tokens" per endpoint): `contents` for git refs, releases and assets (read to read, write to
 * change), `pull-requests` or `issues` for comments, `pull-requests` for pulls, `deployments` for
 * deployments, `checks` for check runs, `contents: write` for repository_dispatch events; reading a repository or an environment needs only `metadata: read`, which every
 * token has. A token without what a route needs is answered 403 "Resource not accessible by
 * integration", as GitHub does.
 */
import type { Permission } from './state.js';

export type Level = 'read' | 'write';
/** Any one of these grants the request. */
export type Requirement = { scope: Permission; level: Level }[];

export function requirementOf(method: string, path: string): Requirement {
  const level: Level = method === 'GET' ? 'read' : 'write';
  if (/\/(git|releases)\//.test(path) || path.endsWith('/releases') || path.startsWith('/api/uploads')) return [{ scope: 'contents', level }];
  if (/^\/repos\/[^/]+\/[^/]+\/dispatches$/.test(path)) return [{ scope: 'contents', level: 'write' }];
  if (/\/issues\//.test(path)) return [{ scope: 'pull-requests', level }, { scope: 'issues', level }];
  if (/\/pulls/.test(path)) return [{ scope: 'pull-requests', level }];
  if (/\/deployments/.test(path)) return [{ scope: 'deployments', level }];
  if (/\/check-runs/.test(path)) return [{ scope: 'checks', level }];
  return [{ scope: 'metadata', level: 'read' }];
}

/** Whether permissions (undefined: all of them) grant a requirement. `write` includes `read`. */
export function grants(permissions: Partial<Record<Permission, Level>> | undefined, requirement: Requirement): boolean {
  if (permissions === undefined) return true;
  return requirement.some(({ scope, level }) => scope === 'metadata' || permissions[scope] === 'write' || (level === 'read' && permissions[scope] === 'read'));
}
