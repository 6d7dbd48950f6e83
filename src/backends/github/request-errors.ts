/**
 * Classifying Octokit's errors without importing @octokit/request-error (a private dependency of
 * Octokit): a RequestError carries `status` and `response.data`. Network failures (dropped
 * connection, reset) reach us as status 500, which is how @octokit/request reports them.
 */
import { isRecord } from '../../shared/json.js';
import { PermissionError } from '../seams.js';

export function httpStatus(error: unknown): number | undefined {
  return isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
}

/** A failure that may have happened before or after GitHub did the work: the answer was lost. */
export function isTransient(error: unknown): boolean {
  const status = httpStatus(error);
  return status !== undefined && status >= 500;
}

/** The `message` GitHub put in an error body. */
export function errorMessage(error: unknown): string {
  const data = isRecord(error) && isRecord(error.response) ? error.response.data : undefined;
  if (isRecord(data) && typeof data.message === 'string') return data.message;
  return error instanceof Error ? error.message : String(error);
}

/** The `code`s of a 422's `errors` list, e.g. `already_exists`. */
export function validationCodes(error: unknown): string[] {
  return validationErrors(error).map((entry) => entry.code);
}

/** A 422's `errors` list: code, and field and message where GitHub gives them. */
export function validationErrors(error: unknown): { code: string; field?: string; message?: string }[] {
  const data = isRecord(error) && isRecord(error.response) ? error.response.data : undefined;
  const errors = isRecord(data) && Array.isArray(data.errors) ? data.errors : [];
  return errors.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.code === 'string'
      ? [{ code: entry.code, field: typeof entry.field === 'string' ? entry.field : undefined, message: typeof entry.message === 'string' ? entry.message : undefined }]
      : [],
  );
}

/** Runs a request, mapping 404 to undefined (the "get or nothing" lookups). */
export async function orUndefined<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Runs a write, turning GitHub's 403 for a token without the permission into the seams'
 * PermissionError (rate limits also answer 403, but the throttling plugin retries those first).
 */
export async function withPermission<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (httpStatus(error) === 403) throw new PermissionError(`The token may not ${what}: ${errorMessage(error)}`, { cause: error });
    throw error;
  }
}
