/**
 * A canonical text for a configuration, so that the same configuration is recognised whatever the
 * order of its keys or the float noise in its numbers (the grid skips tried points, the journal
 * merges shards, the runner reuses results of identical trials).
 */
import type { Params } from '../types.js';

/** `{"a":1,"b":"x"}` with keys sorted and numbers rounded to 12 significant digits. */
export function configKey(params: Params): string {
  const keys = Object.keys(params).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(canonical(params[key]))}`).join(',')}}`;
}

function canonical(value: Params[string]): Params[string] {
  if (typeof value !== 'number') return value;
  if (value === 0) return 0; // -0 and 0 are one configuration
  return Number(value.toPrecision(12));
}

/**
 * The params as nested JSON for the user's command: `{"model.depth": 3}` becomes
 * `{"model": {"depth": 3}}`. (The space rejects `model` beside `model.depth`, so nothing collides.)
 */
export function nestParams(params: Params): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of Object.keys(params).sort()) {
    const segments = key.split('.');
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    node[segments[segments.length - 1]] = params[key];
  }
  return root;
}
