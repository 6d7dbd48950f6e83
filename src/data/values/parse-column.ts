import type { NaMatcher } from './na-matcher.js';
import { parseFloat64, parseInt64 } from './parse-number.js';
import { parseIsoDate } from './parse-date.js';

/** What became of a cell: a value in `values`, missing, or not of the column's type. */
export const VALID = 0;
export const MISSING = 1;
export const INVALID = 2;

/**
 * Parses a batch column into numbers (`values`) and cell states (`states`). The common parsers get a
 * loop of their own so that each call site sees one function and V8 inlines it; one shared loop
 * calling `parse` through a variable was measured slower (the call site turns megamorphic).
 */
export function parseColumn(parse: (v: unknown) => number | undefined, cells: unknown[], n: number, na: NaMatcher, values: Float64Array, states: Uint8Array): void {
  if (parse === parseFloat64) parseFloats(cells, n, na, values, states);
  else if (parse === parseInt64) parseInts(cells, n, na, values, states);
  else if (parse === parseIsoDate) parseDates(cells, n, na, values, states);
  else parseAny(parse, cells, n, na, values, states);
}

function parseFloats(cells: unknown[], n: number, na: NaMatcher, values: Float64Array, states: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (na.isMissing(v)) {
      states[i] = MISSING;
      continue;
    }
    const x = parseFloat64(v);
    if (x === undefined) states[i] = INVALID;
    else {
      values[i] = x;
      states[i] = VALID;
    }
  }
}

function parseInts(cells: unknown[], n: number, na: NaMatcher, values: Float64Array, states: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (na.isMissing(v)) {
      states[i] = MISSING;
      continue;
    }
    const x = parseInt64(v);
    if (x === undefined) states[i] = INVALID;
    else {
      values[i] = x;
      states[i] = VALID;
    }
  }
}

function parseDates(cells: unknown[], n: number, na: NaMatcher, values: Float64Array, states: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (na.isMissing(v)) {
      states[i] = MISSING;
      continue;
    }
    const x = parseIsoDate(v);
    if (x === undefined) states[i] = INVALID;
    else {
      values[i] = x;
      states[i] = VALID;
    }
  }
}

function parseAny(parse: (v: unknown) => number | undefined, cells: unknown[], n: number, na: NaMatcher, values: Float64Array, states: Uint8Array): void {
  for (let i = 0; i < n; i++) {
    const v = cells[i];
    if (na.isMissing(v)) {
      states[i] = MISSING;
      continue;
    }
    const x = parse(v);
    if (x === undefined) states[i] = INVALID;
    else {
      values[i] = x;
      states[i] = VALID;
    }
  }
}
