/**
 * The one place an Octokit is made. Every request of the suite goes through retry (5xx, dropped
 * connections) and throttling (primary and secondary rate limits, GitHub's pacing of writes), so
 * the GITHUB_TOKEN budget of docs/platform.md "Limits" is respected without each caller thinking of it.
 */
import { GitHub, getOctokitOptions } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Logger } from '../../shared/logger.js';
import { isRecord } from '../../shared/json.js';
import { toGitHubApiError, type RequestSummary } from './api-errors.js';

const RetryingGitHub = GitHub.plugin(retry, throttling);

export type Octokit = InstanceType<typeof RetryingGitHub>;

export interface OctokitFactoryOptions {
  token: string;
  /** REST API root; defaults to GITHUB_API_URL (set on GHES runners and by tests), then api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  log?: Logger;
  /** How many times one request is retried after a 5xx, a dropped connection or a rate limit. Default 3. */
  retries?: number;
  /**
   * Milliseconds per second of waiting, default 1000. Tests set it near 0 so a `retry-after: 60`
   * or the backoff of 1, 4, 9 seconds pass in milliseconds while the code path stays the real one.
   */
  waitScale?: number;
  /**
   * The longest rate-limit wait (seconds, before scaling) worth sitting through; longer waits fail
   * the request instead of stalling the job. Default 900.
   */
  maxRateLimitWait?: number;
  /**
   * GitHub asks integrations to space out content-creating requests (one write per second; comments
   * and releases one per 3 s); plugin-throttling does that by default. False turns the spacing off,
   * for tests against the emulator only.
   */
  pacing?: boolean;
}

type ThrottleGroup = NonNullable<ThrottlingOptions['write']>;

/**
 * A throttling group that runs tasks at once, used in place of the paced groups when pacing is off.
 * plugin-throttling only calls `group.key(id).schedule(options, task, ...args)`; the cast avoids
 * depending on Bottleneck, its private dependency, for a type.
 */
const unpaced = {
  key: () => ({
    schedule: <A extends unknown[], R>(_options: unknown, task: (...args: A) => R, ...args: A): R => task(...args),
  }),
} as unknown as ThrottleGroup;

export function createOctokit(options: OctokitFactoryOptions): Octokit {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
  const retries = options.retries ?? 3;
  const waitScale = options.waitScale ?? 1000;
  const maxWait = options.maxRateLimitWait ?? 900;
  const log = options.log;

  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < retries && retryAfter <= maxWait;
    log?.warning(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
        (retrying ? `retrying in ${retryAfter} s (attempt ${retryCount + 1} of ${retries})` : 'giving up'),
    );
    return retrying;
  };

  const octokit = new RetryingGitHub({
    ...getOctokitOptions(options.token, { userAgent: options.userAgent ?? 'mlops-actions' }),
    baseUrl,
    log: {
      debug: (message: string) => log?.debug(message),
      info: (message: string) => log?.debug(message),
      warn: (message: string) => log?.warning(message),
      error: (message: string) => log?.error(message),
    },
    retry: {
      retries,
      retryAfterBaseValue: waitScale,
      // 429 is left to the throttling plugin, which honours retry-after; 403 is only a rate limit
      // when throttling recognises it as one, otherwise it is a permission problem.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: waitScale,
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...(options.pacing === false ? { write: unpaced, notifications: unpaced, search: unpaced } : {}),
    },
  });
  reportFailuresAsUserErrors(octokit, baseUrl);
  return octokit;
}

/**
 * Failed requests become GitHubApiErrors (api-errors.ts): status, request and what to check, no
 * stack trace. Hooks added after the plugins wrap them, so this sees a request's final failure,
 * after retries and rate-limit waits. An answer that is a web page instead of JSON fails here too.
 */
function reportFailuresAsUserErrors(octokit: Octokit, baseUrl: string): void {
  const summary = (options: { method?: string; url?: string }, error?: unknown): RequestSummary => {
    const request = isRecord(error) && isRecord(error.request) ? error.request : undefined;
    if (request && typeof request.method === 'string' && typeof request.url === 'string') return { method: request.method, url: request.url };
    let url = options.url ?? '';
    try {
      url = octokit.request.endpoint.parse(options as Parameters<typeof octokit.request.endpoint.parse>[0]).url;
    } catch {
      // keep the template
    }
    return { method: (options.method ?? 'GET').toUpperCase(), url };
  };
  octokit.hook.error('request', (error, options) => {
    throw toGitHubApiError(error, summary(options, error), baseUrl);
  });
  octokit.hook.after('request', (response, options) => {
    const type = String(response.headers['content-type'] ?? '');
    if (/text\/html/i.test(type)) {
      throw toGitHubApiError({ status: response.status, response: { status: response.status, headers: response.headers, data: response.data as unknown } }, summary(options), baseUrl);
    }
  });
}
