/**
 * GitHub's failures as the user reads them. An answer of 401, 403, 5xx, a web page where JSON was
 * expected, a refused or dropped connection: none of them is a bug of the suite, so each becomes a
 * {@link GitHubApiError} (a UserError: no stack trace) that says what happened (the status and
 * GitHub's message, or the network error), to which request (method and URL, never headers, so no
 * token), and what to check (the token, its permissions, the rate limit, GITHUB_API_URL).
 *
 * The error keeps `status` and `response` as Octokit's RequestError has them, so the code that
 * classifies answers (404 means absent, 422 already_exists, 5xx transient: request-errors.ts) reads
 * it unchanged. A network failure has status 500, as @octokit/request reports it.
 */
import { UserError } from '../../shared/errors.js';
import { isRecord } from '../../shared/json.js';

/** What a request was, for the message: method and URL (query and credentials removed). */
export interface RequestSummary {
  method: string;
  url: string;
}

/** Octokit's response fields that classification reads. */
export interface ResponseSummary {
  status: number;
  headers: Record<string, string | undefined>;
  data: unknown;
}

/** A request to GitHub that failed for a reason outside the suite: see the module comment. */
export class GitHubApiError extends UserError {
  /** The HTTP status; 500 when no answer arrived (network). */
  readonly status: number;
  /** The answer, when there was one (no request headers are kept). */
  readonly response?: ResponseSummary;
  readonly request: RequestSummary;

  constructor(message: string, details: { status: number; response?: ResponseSummary; request: RequestSummary; hint: string; cause?: unknown }) {
    super(message, { hint: details.hint, cause: details.cause });
    this.status = details.status;
    this.response = details.response;
    this.request = details.request;
  }
}

/** A URL without credentials, query or fragment: `https://api.github.com/repos/o/r/releases`. */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return url.replace(/[?#].*$/, '');
  }
}

/** Whether an answer is a web page (a proxy, a login page, GITHUB_API_URL pointing at the website). */
function isWebPage(headers: Record<string, string | undefined>, data: unknown): boolean {
  return /text\/html/i.test(headers['content-type'] ?? '') || (typeof data === 'string' && /^\s*<(!doctype|html)/i.test(data));
}

const API_URL_HINT = (apiUrl: string) =>
  `check GITHUB_API_URL (now ${apiUrl}): it must be GitHub's REST API, https://api.github.com or https://HOST/api/v3 on GitHub Enterprise Server`;

/** Seconds to a `x-ratelimit-reset` time, as "at 14:05 UTC". */
function resetAt(headers: Record<string, string | undefined>): string {
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
}

/** A network failure's own words: `connect ECONNREFUSED 127.0.0.1:9`, `terminated`. */
function networkCause(error: unknown): string {
  const cause = isRecord(error) ? error.cause : undefined;
  const inner = isRecord(cause) && isRecord(cause.cause) && typeof cause.cause.message === 'string' ? cause.cause.message : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return inner && !message.includes(inner) ? `${message}: ${inner}` : message;
}

/**
 * The user-facing form of a failed request, or `error` itself when it is not a request failure (a
 * bug, a UserError already). `apiUrl` is the API root the Octokit was made for.
 */
export function toGitHubApiError(error: unknown, request: RequestSummary, apiUrl: string): unknown {
  if (error instanceof UserError || !isRecord(error)) return error;
  const what = `${request.method} ${displayUrl(request.url)}`;
  const status = typeof error.status === 'number' ? error.status : undefined;
  const response = isRecord(error.response) ? (error.response as unknown as ResponseSummary) : undefined;
  // No answer: the connection was refused, reset, dropped mid-answer, or timed out.
  if (response === undefined) {
    const networkish = status === 500 || (error instanceof TypeError && /terminated|fetch failed|socket|other side closed/i.test(String(error.message)));
    if (!networkish) return error;
    return new GitHubApiError(`Could not reach GitHub for ${what}: ${networkCause(error)}.`, {
      status: 500,
      request,
      cause: error,
      hint: `The connection failed (no answer arrived): check the network, and ${API_URL_HINT(apiUrl)}. Run again when GitHub is reachable.`,
    });
  }
  if (status === undefined) return error;
  const headers = response.headers ?? {};
  const summary: ResponseSummary = { status, headers, data: response.data };
  if (isWebPage(headers, response.data)) {
    return new GitHubApiError(`GitHub answered ${what} with a web page (status ${status}), not the REST API's JSON.`, {
      status,
      response: summary,
      request,
      hint: `A proxy or a login page answered, or the URL is the website: ${API_URL_HINT(apiUrl)}.`,
    });
  }
  const message = isRecord(response.data) && typeof response.data.message === 'string' ? response.data.message : (typeof error.message === 'string' ? error.message : '').split(' - ')[0];
  const answered = `GitHub answered ${status} to ${what}${message ? `: ${message.trim().replace(/\.$/, '')}` : ''}.`;
  const make = (hint: string) => new GitHubApiError(answered, { status, response: summary, request, hint, cause: undefined });
  const rateLimited = headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message);
  if (status === 401) return make('The token was refused (missing, mistyped, expired or revoked): check the token input or GITHUB_TOKEN.');
  if ((status === 403 || status === 429) && rateLimited) {
    return make(`The token's rate limit is used up (it resets${resetAt(headers) || ' within the hour'}): run again later, space out the runs, or use a token with a larger budget.`);
  }
  if (status === 403) {
    return make("The token lacks a permission for this request: give the job the permission it needs (`permissions: contents: write` to register or move aliases, `contents: read` to read), or use a token that has it.");
  }
  if (status === 404) return make(`Nothing found there: check the repository name, that the token can see it (a private repository needs a token with access), and ${API_URL_HINT(apiUrl)}.`);
  if (status >= 500) return make('GitHub had a server error and retries did not help: run again later (https://www.githubstatus.com).');
  return make(`Check the request's inputs; ${API_URL_HINT(apiUrl)}.`);
}
