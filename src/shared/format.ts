/**
 * A whole number with thousands separators, as `n.toLocaleString('en-US')` writes it, without
 * Intl: the first toLocaleString call of a process loads ICU's number formatting, ~16 ms that
 * `mlops validate` spent on its one log line about rows read.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** A value from JSON (a param, a metric, a table cell) as text: scalars as they print, the rest as JSON. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value === undefined ? '' : JSON.stringify(value);
}
