/** The request context handed to routes, their reply, and GitHub's error bodies. */
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorState, RepoState } from './state.js';

const DOCS = 'https://docs.github.com/rest';

/** A GitHub error answer; thrown by routes, turned into a JSON reply by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get body(): Record<string, unknown> {
    return { message: this.message, documentation_url: DOCS, status: String(this.status), ...this.extra };
  }
}

export const notFound = () => new ApiError(404, 'Not Found');

/** GitHub's 422 with an `errors` list, e.g. `{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }`. */
export function validationFailed(...errors: Record<string, unknown>[]): ApiError {
  return new ApiError(422, 'Validation Failed', { errors });
}

export interface Reply {
  status: number;
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as is instead of `body` (asset downloads). */
  raw?: Buffer;
  headers?: Record<string, string>;
}

/** Base addresses the JSON answers point at. */
export interface Links {
  /** REST root, e.g. http://127.0.0.1:PORT */
  api: string;
  /** Root of the uploads path: `${api}/api/uploads` */
  uploads: string;
  /** Where html_url values point (the emulator itself). */
  web: string;
}

export interface Ctx {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  state: EmulatorState;
  links: Links;
  /** The repository named by {owner}/{repo}; ApiError 404 when unknown. */
  repo(): RepoState;
  /** The JSON body as an object; ApiError 400 when it is not one. */
  json(): Record<string, unknown>;
  /** A numeric path parameter; 404 when not a number, as GitHub answers. */
  id(name: string): number;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Optional string field of a request body; 422 when present with another type. */
export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationFailed({ resource: 'Request', field, code: 'invalid' });
  return value;
}

export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = optionalString(body, field);
  if (value === undefined) throw validationFailed({ resource: 'Request', field, code: 'missing_field' });
  return value;
}

export function optionalBoolean(body: Record<string, unknown>, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw validationFailed({ resource: 'Request', field, code: 'invalid' });
  return value;
}
