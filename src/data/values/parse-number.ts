/**
 * Cell parsers for the hot loop of validation. Each returns the parsed number, or `undefined` when
 * the text is not of the type. They work on strings from CSV and on JS values from JSONL/Parquet.
 * Written by hand because they run once per cell (tens of millions of times in the benchmark):
 * no regex, no allocation on the common path.
 */

/** Parses a whole number: optional sign, digits. `1.0` and `1e3` are not ints (pandas agrees). */
export function parseInt64(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return undefined;
  const x = intAt(value, 0, value.length);
  if (x === x) return x;
  // Up to 15 digits fit exactly in a double; longer ones fall back to Number().
  return /^[+-]?\d{16,}$/.test(value) ? Number(value) : undefined;
}

const SPECIAL_FLOATS: Record<string, number> = {
  nan: NaN, NaN: NaN, NAN: NaN,
  inf: Infinity, Inf: Infinity, INF: Infinity, Infinity: Infinity, infinity: Infinity,
  '+inf': Infinity, '+Inf': Infinity, '+Infinity': Infinity,
  '-inf': -Infinity, '-Inf': -Infinity, '-INF': -Infinity, '-Infinity': -Infinity, '-infinity': -Infinity,
};

/** Exact powers of ten: a double holds 10^k exactly up to k = 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The common spellings `-12`, `3.25`, `.5` without an exponent, in text[start, end): digits
 * accumulated as an integer and divided once by an exact power of ten. While the digits stay below
 * 2^53 and there are at most 22 decimals, both operands are exact and IEEE division rounds once, so
 * the result is the same double Number() gives (the classic fast path of strtod). Anything else
 * returns NaN, for the slow path. Takes positions so CSV cells need no string (parse-text.ts).
 */
function decimalAt(text: string, start: number, end: number): number {
  return decimalInto(text, start, end, ONE, 0) ? ONE[0] : NaN;
}

const ONE = new Float64Array(1);

/**
 * decimalAt stored into values[i]; false (and values[i] untouched) where decimalAt gives NaN. The
 * CSV fast path uses this form: a double returned from a call V8 does not inline is boxed into a
 * heap number (measured: 16 bytes of garbage per decimal cell), a stored one is not.
 */
export function decimalInto(text: string, start: number, end: number, values: Float64Array, i: number): boolean {
  let at = start;
  let negative = false;
  let c = text.charCodeAt(at);
  if (c === 45 || c === 43) {
    negative = c === 45;
    at++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; at < end; at++) {
    c = text.charCodeAt(at);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46 && decimals < 0) {
      decimals = 0;
    } else {
      return false;
    }
  }
  if (digits === 0 || digits > 15 || decimals > 22) return false;
  const x = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
  values[i] = negative ? -x : x;
  return true;
}

/** An optional sign and up to 15 digits in text[start, end), or NaN (longer ones: the slow path). */
export function intAt(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  if (i >= end || end - i > 15) return NaN;
  let result = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    result = result * 10 + d;
  }
  return negative ? -result : result;
}

/** Parses a decimal or scientific number, plus NaN/Inf spellings (they are then checked by allow_nan/allow_inf). */
export function parseFloat64(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return undefined;
  const simple = decimalAt(value, 0, value.length);
  if (simple === simple) return simple;
  const first = value.charCodeAt(0);
  // Number() accepts '0x1f', ' 12 ' and ''; only let it see text that starts like a decimal number.
  const startsNumeric = (first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46;
  if (startsNumeric) {
    const x = Number(value);
    if (x === x && isDecimalText(value)) return x;
  }
  const special = SPECIAL_FLOATS[value];
  return special === undefined ? undefined : special;
}

/** Rejects what Number() accepts but a data file should not hold: hex, binary, octal, inner spaces. */
function isDecimalText(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (!((last >= 48 && last <= 57) || last === 46)) return false;
  const second = value.charCodeAt(1);
  // 0x.., 0b.., 0o..
  return !(value.charCodeAt(0) === 48 && (second === 120 || second === 98 || second === 111 || second === 88 || second === 66 || second === 79));
}

const TRUE_TEXT = new Set(['true', 'True', 'TRUE', 't', 'T', 'yes', 'Yes', 'YES', 'y', 'Y', '1']);
const FALSE_TEXT = new Set(['false', 'False', 'FALSE', 'f', 'F', 'no', 'No', 'NO', 'n', 'N', '0']);

/** Parses a boolean as 1 or 0: true/false, t/f, yes/no, y/n, 1/0 in the usual capitalisations. */
export function parseBool(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value === 1 ? 1 : value === 0 ? 0 : undefined;
  if (typeof value !== 'string') return undefined;
  if (TRUE_TEXT.has(value)) return 1;
  if (FALSE_TEXT.has(value)) return 0;
  return undefined;
}
