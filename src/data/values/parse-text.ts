/**
 * parseColumn for CSV cells given as positions in a text (text-cells.ts): the common spellings of
 * ints, decimals, ISO dates and booleans are parsed straight from the characters, with no string per
 * cell; anything else (exponents, NaN/Inf, other date formats, escaped quotes) takes the string
 * parser on a slice, so both paths always agree. Hand-written for the same reason as
 * parse-number.ts: it runs once per cell.
 */
import { cellText, type TextCells } from '../readers/csv/text-cells.js';
import type { NaMatcher } from './na-matcher.js';
import { decimalInto, intAt, parseBool, parseFloat64, parseInt64 } from './parse-number.js';
import { parseIsoDate } from './parse-date.js';
import { INVALID, MISSING, VALID } from './parse-column.js';
import { KERNEL_BOOL, KERNEL_DECIMAL, KERNEL_INT, KERNEL_ISO_DATE, KERNEL_PARSED, csvKernel, type KernelNumberKind } from '../kernel/csv-kernel.js';

/**
 * A state parseTextColumn gives a valid value whose cell-hash pair it also wrote (to the hashA and
 * hashB it was given): the kernel hashes the values it parses in the same pass.
 */
export const VALID_HASHED = 3;

/**
 * Parses column `c` of a text batch into values and states, as parseColumn does for strings. With
 * hashA/hashB, cells the WebAssembly kernel parsed get state VALID_HASHED and their hash pair there.
 * Returns true when the kernel parsed the column and every valid cell of it (the cells it left are
 * missing or invalid): its summarizeNumbers then covers every value, in order.
 */
export function parseTextColumn(parse: (v: unknown) => number | undefined, t: TextCells, c: number, n: number, na: NaMatcher, values: Float64Array, states: Uint8Array, hashA?: Uint32Array, hashB?: Uint32Array): boolean {
  const kind = parse === parseFloat64 ? DECIMAL : parse === parseInt64 ? INT : parse === parseIsoDate ? ISO_DATE : parse === parseBool ? BOOL : OTHER;
  // read only when a cell needs it: a text the kernel holds is then made a string (kernel-text.ts)
  let text: string | undefined;
  const starts = t.starts[c];
  const ends = t.ends[c];
  // The kernel parses the common spellings of the whole column at once; the loop below does the
  // cells it left (NA spellings, empty and escaped cells, exponents...), exactly as without it.
  const kernel = t.kernelGeneration !== undefined && kind !== OTHER && kernelMayParse(na, kind) ? csvKernel() : undefined;
  const byKernel = kernel !== undefined && kernel.parseNumbers(t.kernelGeneration, kind as KernelNumberKind, starts, ends, n, values, states, hashA, hashB);
  const kernelState = hashA ? VALID_HASHED : VALID;
  let validHere = 0;
  for (let i = 0; i < n; i++) {
    if (byKernel && states[i] === KERNEL_PARSED) {
      states[i] = kernelState;
      continue;
    }
    const start = starts[i];
    const end = ends[i];
    if (end < 0 || kind === OTHER || (byKernel && t.lazy !== undefined)) {
      // an escaped cell, a type without a text fast path, or a cell the kernel left in a text it
      // holds (not made a string for a few cells): the string parser decides, as on the fast path
      const v = cellText(t, c, i);
      if (na.isMissing(v)) states[i] = MISSING;
      else validHere += store(parse(v), values, states, i);
      continue;
    }
    text ??= t.text;
    if (na.isMissingText(text, start, end)) {
      states[i] = MISSING;
      continue;
    }
    // No double comes back from a call here: V8 boxes one returned by a function it does not
    // inline (a heap number per cell, ~190 MB of garbage per 250 MB). Decimals are stored by
    // decimalInto, dates come back as days (a small integer).
    if (kind === DECIMAL) {
      if (decimalInto(text, start, end, values, i)) {
        states[i] = VALID;
        validHere++;
        continue;
      }
    } else if (kind === INT) {
      const x = intAt(text, start, end);
      if (x === x) {
        values[i] = x;
        states[i] = VALID;
        validHere++;
        continue;
      }
    } else if (kind === ISO_DATE) {
      const days = isoDateDays(text, start, end);
      if (days !== NOT_A_DATE) {
        values[i] = days * 86_400_000;
        states[i] = VALID;
        validHere++;
        continue;
      }
    } else {
      const x = boolAt(text, start, end);
      if (x >= 0) {
        values[i] = x;
        states[i] = VALID;
        validHere++;
        continue;
      }
    }
    // not one of the common spellings: the string parser decides
    validHere += store(parse(text.slice(start, end)), values, states, i);
  }
  return byKernel && validHere === 0;
}

// the kernel's numbering (csv-kernel.ts KERNEL_DECIMAL...), so a kind is passed to it as is
const DECIMAL = KERNEL_DECIMAL;
const INT = KERNEL_INT;
const ISO_DATE = KERNEL_ISO_DATE;
const BOOL = KERNEL_BOOL;
const OTHER = 4;

/** Per NA matcher, per kind: 1 when no NA spelling is a value the kernel would parse (so it may). */
const kernelSafety = new WeakMap<NaMatcher, Uint8Array>();

/**
 * The kernel does not know the NA spellings: it may parse a column only when none of them is a
 * common spelling of a value of the kind (an NA value of `-999` or `0` keeps a column on the JS path,
 * which tests NA spellings first).
 */
function kernelMayParse(na: NaMatcher, kind: number): boolean {
  let safety = kernelSafety.get(na);
  if (!safety) {
    safety = new Uint8Array(4);
    const spellings = na.spellingList();
    safety[DECIMAL] = spellings.every((v) => !decimalInto(v, 0, v.length, SCRATCH, 0)) ? 1 : 0;
    safety[INT] = spellings.every((v) => intAt(v, 0, v.length) !== intAt(v, 0, v.length)) ? 1 : 0;
    safety[ISO_DATE] = spellings.every((v) => isoDateDays(v, 0, v.length) === NOT_A_DATE) ? 1 : 0;
    safety[BOOL] = spellings.every((v) => boolAt(v, 0, v.length) < 0) ? 1 : 0;
    kernelSafety.set(na, safety);
  }
  return safety[kind] === 1;
}

const SCRATCH = new Float64Array(1);

/** Stores a parsed value (or INVALID); 1 when the cell is valid. */
function store(x: number | undefined, values: Float64Array, states: Uint8Array, i: number): number {
  if (x === undefined) {
    states[i] = INVALID;
    return 0;
  }
  values[i] = x;
  states[i] = VALID;
  return 1;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** isoDateDays' answer for text that is not a valid `YYYY-MM-DD` date (a small integer, never a day). */
const NOT_A_DATE = -(2 ** 29);

/**
 * `YYYY-MM-DD` as days since the epoch, by arithmetic (no Date); NOT_A_DATE when it is not a valid
 * date. Days, not milliseconds: a small integer comes back from a call unboxed, where milliseconds
 * (a double) cost a heap number per cell when V8 does not inline this function.
 */
function isoDateDays(text: string, start: number, end: number): number {
  if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return NOT_A_DATE;
  // ten characters read once, unrolled: this runs for every cell of a date column
  const y0 = text.charCodeAt(start) - 48;
  const y1 = text.charCodeAt(start + 1) - 48;
  const y2 = text.charCodeAt(start + 2) - 48;
  const y3 = text.charCodeAt(start + 3) - 48;
  const m0 = text.charCodeAt(start + 5) - 48;
  const m1 = text.charCodeAt(start + 6) - 48;
  const d0 = text.charCodeAt(start + 8) - 48;
  const d1 = text.charCodeAt(start + 9) - 48;
  // a character below '0' makes its digit negative, above '9' more than 9: one test for all eight
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NOT_A_DATE;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // years before 100 take the slow path, which keeps Date.UTC's reading of them (19xx)
  if (year < 100 || month < 1 || month > 12 || day < 1) return NOT_A_DATE;
  const slot = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (slot >= 0 && slot < MONTH_FIRST_DAY.length) {
    if (day > MONTH_LENGTH[slot]) return NOT_A_DATE;
    return MONTH_FIRST_DAY[slot] + day - 1;
  }
  if (day > monthLength(year, month)) return NOT_A_DATE;
  return daysFromCivil(year) + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthLength(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to January 1st of `year` (proleptic Gregorian, as Date.UTC). */
function daysFromCivil(year: number): number {
  const y = year - 1;
  return 365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477;
}

/** Each month of 1900-2199 (where nearly every date falls): its first day since the epoch and its length. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const MONTH_FIRST_DAY = new Int32Array(TABLE_YEARS * 12);
const MONTH_LENGTH = new Uint8Array(TABLE_YEARS * 12);
for (let k = 0; k < TABLE_YEARS * 12; k++) {
  const year = TABLE_FIRST_YEAR + Math.floor(k / 12);
  const month = (k % 12) + 1;
  MONTH_FIRST_DAY[k] = daysFromCivil(year) + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0);
  MONTH_LENGTH[k] = monthLength(year, month);
}

/** `true`/`false`/`1`/`0` (the spellings of nearly every file) as 1/0; -1 asks the slow path. */
function boolAt(text: string, start: number, end: number): number {
  const n = end - start;
  const first = text.charCodeAt(start);
  if (n === 1) return first === 49 ? 1 : first === 48 ? 0 : -1;
  if (n === 4 && first === 116 && text.charCodeAt(start + 1) === 114 && text.charCodeAt(start + 2) === 117 && text.charCodeAt(start + 3) === 101) return 1;
  if (n === 5 && first === 102 && text.charCodeAt(start + 1) === 97 && text.charCodeAt(start + 2) === 108 && text.charCodeAt(start + 3) === 115 && text.charCodeAt(start + 4) === 101) return 0;
  return -1;
}
