/**
 * Fault injection by rule. A rule matches requests by method and path and fires on every match,
 * on the first `times` matches, or with a `probability` drawn from a seeded generator, so a flaky
 * scenario replays identically. Latency delays the request and lets it proceed; the other kinds
 * replace the answer, before the route runs (`phase: 'before'`, default) or after it changed the
 * state (`phase: 'after'`: the work is done but the client never hears of it).
 */

type FaultKind =
  /** An error answer in GitHub's JSON shape; `message` defaults to "Server Error". */
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'rate-limit'; status: 403 | 429; retryAfter: number; secondary?: boolean }
  | { kind: 'latency'; ms: number }
  | { kind: 'drop' }
  /** A web page instead of JSON (a proxy, a login page, GITHUB_API_URL pointing at the website). */
  | { kind: 'html'; status: number }
  /** The route's answer with its full content-length, cut off (socket destroyed) after `afterBytes` of body. */
  | { kind: 'cut'; afterBytes: number };

interface FaultMatch {
  method?: string;
  /**
   * A RegExp tested on the path, or a string equal to the path, to the route's OpenAPI template
   * (`/repos/{owner}/{repo}`) or to its operation key (`GET /repos/{owner}/{repo}`).
   */
  path?: RegExp | string;
  /** Fire on at most this many matching requests. */
  times?: number;
  /** Fire with this probability (0..1) on each matching request. */
  probability?: number;
  /** Seed of this rule's generator; default 1. */
  seed?: number;
  phase?: 'before' | 'after';
}

export type FaultRule = FaultMatch & FaultKind;

export interface FaultHandle {
  readonly rule: FaultRule;
  /** How many requests this rule has hit so far. */
  readonly hits: number;
  remove(): void;
}

/** mulberry32: a tiny seeded generator, good enough for test decisions. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Entry {
  rule: FaultRule;
  hits: number;
  random: () => number;
}

export class Faults {
  private entries: Entry[] = [];

  add(rule: FaultRule): FaultHandle {
    const entry: Entry = { rule, hits: 0, random: generator(rule.seed ?? 1) };
    this.entries.push(entry);
    return {
      rule,
      get hits() {
        return entry.hits;
      },
      remove: () => {
        this.entries = this.entries.filter((e) => e !== entry);
      },
    };
  }

  clear(): void {
    this.entries = [];
  }

  /** The rules that fire for this request, in the order they were added. */
  fire(method: string, pathname: string, template: string | undefined): FaultRule[] {
    const fired: FaultRule[] = [];
    for (const entry of this.entries) {
      const { rule } = entry;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (!pathMatches(rule.path, method, pathname, template)) continue;
      if (rule.times !== undefined && entry.hits >= rule.times) continue;
      if (rule.probability !== undefined && entry.random() >= rule.probability) continue;
      entry.hits++;
      fired.push(rule);
    }
    return fired;
  }
}

function pathMatches(pattern: FaultMatch['path'], method: string, pathname: string, template: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern === 'string') return pattern === pathname || pattern === template || pattern === `${method} ${template}`;
  return pattern.test(pathname);
}
