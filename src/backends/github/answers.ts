/**
 * Reading GitHub's answers. Octokit types them, but those types describe what GitHub promises, not
 * what arrives (a proxy, GHES version or emulator may differ), so answers are taken as unknown and
 * the fields we rely on are checked here, with an error that names the field when one is off.
 */
import { UserError } from '../../shared/errors.js';
import { isRecord } from '../../shared/json.js';

/**
 * An answer without the fields the REST API promises: not the suite's bug but whatever answered
 * (a proxy, an old GitHub Enterprise Server, GITHUB_API_URL pointing elsewhere), so a UserError.
 */
export class UnexpectedAnswerError extends UserError {
  constructor(what: string, detail: string) {
    super(`Unexpected answer from GitHub for ${what}: ${detail}`, {
      hint: `Check GITHUB_API_URL (now ${process.env.GITHUB_API_URL ?? 'unset: https://api.github.com'}): it must be GitHub's REST API; a proxy in between may be changing the answers.`,
    });
  }
}

/** Typed access to the fields of one JSON object, failing loudly on a wrong type. */
export class Fields {
  private readonly value: Record<string, unknown>;

  constructor(
    value: unknown,
    private readonly what: string,
  ) {
    if (!isRecord(value)) throw new UnexpectedAnswerError(what, 'not an object');
    this.value = value;
  }

  private fail(key: string, expected: string): never {
    throw new UnexpectedAnswerError(this.what, `field "${key}" is not ${expected}`);
  }

  string(key: string): string {
    const v = this.value[key];
    return typeof v === 'string' ? v : this.fail(key, 'a string');
  }
  /** A string that may be null or missing; returns `fallback` then. */
  optionalString(key: string, fallback: string): string {
    const v = this.value[key];
    if (v === null || v === undefined) return fallback;
    return typeof v === 'string' ? v : this.fail(key, 'a string or null');
  }
  nullableString(key: string): string | null {
    const v = this.value[key];
    if (v === null || v === undefined) return null;
    return typeof v === 'string' ? v : this.fail(key, 'a string or null');
  }
  number(key: string): number {
    const v = this.value[key];
    return typeof v === 'number' ? v : this.fail(key, 'a number');
  }
  boolean(key: string, fallback?: boolean): boolean {
    const v = this.value[key];
    if (v === undefined && fallback !== undefined) return fallback;
    return typeof v === 'boolean' ? v : this.fail(key, 'a boolean');
  }
  array(key: string): unknown[] {
    const v = this.value[key];
    if (v === undefined) return [];
    return Array.isArray(v) ? v : this.fail(key, 'an array');
  }
  raw(key: string): unknown {
    return this.value[key];
  }
}

/** Answers that must be a list (paginated pages). */
export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new UnexpectedAnswerError(what, 'not a list');
  return value;
}
