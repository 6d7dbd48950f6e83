/**
 * Minimal JSON guards for the gate's untrusted inputs (metric files, the `gate:` section). Private to
 * src/gate on purpose: the shared guards (src/shared/json.ts) are being written at the same time and
 * replace these at merge.
 */

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
