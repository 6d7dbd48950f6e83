/**
 * repository_dispatch (`POST /repos/{owner}/{repo}/dispatches`, `contents: write`): GitHub answers
 * 204 and starts the workflows listening for the event type; the emulator records the event for
 * tests to read. GitHub refuses an event_type outside 1-100 characters and a client_payload that is
 * not an object or has more than 10 top-level keys (422). Records live beside the route, as the
 * check runs' do.
 */
import { isObject, requiredString, validationFailed, type Ctx } from '../http.js';
import { api, type Route } from '../router.js';
import type { RepoState } from '../state.js';

export interface DispatchRecord {
  eventType: string;
  clientPayload: Record<string, unknown>;
}

const dispatches = new WeakMap<RepoState, DispatchRecord[]>();

/** The repository_dispatch events a repository received, oldest first (for tests). */
export function dispatchesOf(repo: RepoState): DispatchRecord[] {
  return [...(dispatches.get(repo) ?? [])];
}

export const dispatchRoutes: Route[] = [
  api('POST', '/repos/{owner}/{repo}/dispatches', (ctx: Ctx) => {
    const repo = ctx.repo();
    const body = ctx.json();
    const eventType = requiredString(body, 'event_type');
    if (eventType.length < 1 || eventType.length > 100) throw validationFailed({ resource: 'Repository', field: 'event_type', code: 'invalid' });
    const payload = body.client_payload ?? {};
    if (!isObject(payload)) throw validationFailed({ resource: 'Repository', field: 'client_payload', code: 'invalid' });
    if (Object.keys(payload).length > 10) throw validationFailed({ resource: 'Repository', field: 'client_payload', code: 'custom', message: 'client_payload can have at most 10 top-level properties' });
    const list = dispatches.get(repo) ?? [];
    list.push({ eventType, clientPayload: payload });
    dispatches.set(repo, list);
    return { status: 204 };
  }),
];
