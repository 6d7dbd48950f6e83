/**
 * The per-value checks of a column, one descriptor each: the table that column-analyzer.ts,
 * check-results.ts and resolve-schema.ts ask, instead of knowing the checks by name.
 *
 * A descriptor says, for one check:
 * - `kind`: its name in reports (`column.<name>.<kind>`) and the key of its tally;
 * - `schemaKeys`: the column keys of the data schema (schema/data-schema.schema.json) that set it;
 * - how it resolves: `rule` reads it off a resolved column. The first checks below are resolved by
 *   resolve-schema.ts into typed fields the analyzer's loops read; a check with `resolve` is resolved
 *   from its schema key by that function alone and lands in `ResolvedColumn.valueRules`;
 * - how it tallies (`tally`): in the analyzer's own loops (`analyzer`), by the hash checks once
 *   every part is in (`hash`), or by the test functions of its rule, run on every value of the
 *   column's type (`rule`);
 * - `over`: the values its unexpected percentage (and `mostly`) is taken over;
 * - `fastPaths`: whether the CSV kernel's shortcuts may run on a column that carries it (below).
 *
 * The kernel's fast paths skip looking at most values one by one, so a check that needs to see
 * every value must forbid them:
 * - `numbers`: the kernel parses, profiles and bound-checks a CSV batch of a numeric column and hands
 *   back only the missing, invalid and out-of-bounds cells (column-analyzer.ts consumeSummarized).
 *   Only checks those cells decide may allow it.
 * - `knownTexts`: the kernel counts the cells of a text column whose value passed every check
 *   before (the column learned it as clean), and hands back only the others. A check whose verdict
 *   depends on the value alone may allow it; one that depends on where or how often a value occurs
 *   may not.
 * - `freeTexts`: the kernel takes every cell of a text column into the profile (frequent values,
 *   distinct count, lengths) and checks presence and length itself, handing back only missing and
 *   out-of-length cells (column-analyzer.ts consumeFreeTexts). Only those checks may allow it.
 * A column takes a fast path only when every check it carries allows it. A rule-tallied check sets
 * `{ numbers: false, knownTexts: true, freeTexts: false }` (a test in value-checks.test.ts holds it
 * to the first and last): it sees every number and every text value, and a text value that passed
 * it once passes again.
 */
import type { CheckRule, ResolvedColumn, ValueRule } from '../schema/resolved.js';
import type { ColumnType, Severity } from '../schema/raw-schema.js';
import { ConfigError, type SourceLocation } from '../../shared/errors.js';
import { rangeText } from './expectation.js';

/** Which of the kernel's fast paths a check lets run (see the header). */
export interface FastPaths {
  numbers: boolean;
  knownTexts: boolean;
  freeTexts: boolean;
}

/** A check as a report shows it: severity, `mostly`, and what was expected, in words. */
export interface CheckStatement extends CheckRule {
  expectation: string;
}

/** What a `resolve` function gets besides its key's value: the column, and where to point errors. */
interface ResolveContext {
  name: string;
  type: ColumnType;
  /** The column's default severity. */
  severity: Severity;
  /** The location of a key under this column, for ConfigErrors. */
  at: (...keys: (string | number)[]) => SourceLocation;
}

export interface ValueCheckDescriptor {
  readonly kind: string;
  readonly schemaKeys: readonly string[];
  /** The check on `column`, or undefined when the column does not carry it. */
  rule(column: ResolvedColumn): CheckStatement | undefined;
  readonly tally: 'analyzer' | 'hash' | 'rule';
  /** Every row, the present values, or the values of the column's type. */
  readonly over: 'rows' | 'present' | 'valid';
  /** Counts the column's missing cells as its unexpected ones (not_null). */
  readonly countsMissing?: boolean;
  readonly fastPaths: FastPaths;
  /**
   * For `tally: 'rule'` checks: the runnable rule from the value of `schemaKeys[0]` (already valid
   * against the JSON Schema). Throws a located ConfigError for what JSON Schema cannot say.
   */
  resolve?(value: unknown, column: ResolveContext): ValueRule;
}

/** The table, in the order a column's results are reported. */
export const VALUE_CHECKS = [
  {
    kind: 'type',
    schemaKeys: ['type', 'format'],
    rule: (c) => ({ severity: c.severity, mostly: 1, expectation: `values are ${c.type}${c.type === 'date' || c.type === 'datetime' ? ` (${c.format ?? 'ISO 8601'})` : ''}` }),
    tally: 'analyzer',
    over: 'present',
    // the kernel hands back every cell it could not parse
    fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
  },
  {
    kind: 'not_null',
    schemaKeys: ['not_null'],
    rule: (c) => c.notNull && { ...c.notNull, expectation: 'no missing values' },
    tally: 'analyzer',
    over: 'rows',
    countsMissing: true,
    // missing cells are handed back, and never learned as clean values
    fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
  },
  {
    kind: 'between',
    schemaKeys: ['min', 'max', 'between'],
    rule: (c) => c.between && { ...c.between, expectation: rangeText(c.between.shown.min, c.between.shown.max) },
    tally: 'analyzer',
    over: 'valid',
    // the kernel checks the bounds and hands back the cells outside them
    fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
  },
  {
    kind: 'allowed',
    schemaKeys: ['allowed'],
    rule: (c) => c.allowed && { ...c.allowed, expectation: `in {${c.allowed.shown.join(', ')}}` },
    tally: 'analyzer',
    over: 'valid',
    // the number summary does not look at allowed values
    fastPaths: { numbers: false, knownTexts: true, freeTexts: false },
  },
  {
    kind: 'regex',
    schemaKeys: ['regex'],
    rule: (c) => c.regex && { ...c.regex, expectation: `match /${c.regex.pattern.source}/` },
    tally: 'analyzer',
    over: 'valid',
    fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
  },
  {
    kind: 'length',
    schemaKeys: ['length'],
    rule: (c) => c.length && { severity: c.length.severity, mostly: 1, expectation: `length ${rangeText(c.length.min, c.length.max)}` },
    tally: 'analyzer',
    over: 'valid',
    fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
  },
  {
    kind: 'nan',
    schemaKeys: ['allow_nan'],
    rule: (c) => c.nan && { severity: c.nan, mostly: 1, expectation: 'no NaN' },
    tally: 'analyzer',
    over: 'valid',
    // the number summary runs only on batches whose parsed values are all finite
    fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
  },
  {
    kind: 'inf',
    schemaKeys: ['allow_inf'],
    rule: (c) => c.inf && { severity: c.inf, mostly: 1, expectation: 'no infinite values' },
    tally: 'analyzer',
    over: 'valid',
    fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
  },
  {
    kind: 'multiple_of',
    schemaKeys: ['multiple_of'],
    rule: (c) => c.valueRules.multiple_of,
    tally: 'rule',
    over: 'valid',
    fastPaths: { numbers: false, knownTexts: true, freeTexts: false },
    resolve: (value, column) => {
      const spec = typeof value === 'number' ? { value } : (value as { value: number; mostly?: number; severity?: Severity });
      if (column.type !== 'int' && column.type !== 'float') {
        throw new ConfigError(`multiple_of applies to int and float columns; "${column.name}" is ${column.type}.`, {
          location: column.at('multiple_of'),
          hint: 'Remove multiple_of, or change the column\'s type.',
        });
      }
      const step = spec.value;
      return {
        severity: spec.severity ?? column.severity,
        mostly: spec.mostly ?? 1,
        expectation: `a multiple of ${step}`,
        // a quotient within 1e-9 of a whole number: 0.3 is a multiple of 0.1
        testNumber: (x) => {
          const q = x / step;
          return Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, Math.abs(q));
        },
      };
    },
  },
  {
    kind: 'unique',
    schemaKeys: ['unique'],
    rule: (c) => c.unique && { severity: c.unique.severity, mostly: 1, expectation: 'unique values' },
    tally: 'hash',
    over: 'valid',
    // every value is logged with its row; a value counted by the kernel would not be
    fastPaths: { numbers: true, knownTexts: false, freeTexts: false },
  },
] as const satisfies readonly ValueCheckDescriptor[];

/** The name of a per-value check. */
export type ValueCheck = (typeof VALUE_CHECKS)[number]['kind'];

/** The checks `column` carries, with their statements, in report order. */
export function checksOf(column: ResolvedColumn): { check: ValueCheckDescriptor; statement: CheckStatement }[] {
  const carried: { check: ValueCheckDescriptor; statement: CheckStatement }[] = [];
  for (const check of VALUE_CHECKS as readonly ValueCheckDescriptor[]) {
    const statement = check.rule(column);
    if (statement) carried.push({ check, statement });
  }
  return carried;
}

/** Whether a column carrying these checks may take the kernel's fast path `path`. */
export function fastPathAllowed(carried: { check: ValueCheckDescriptor }[], path: keyof FastPaths): boolean {
  return carried.every(({ check }) => check.fastPaths[path]);
}
