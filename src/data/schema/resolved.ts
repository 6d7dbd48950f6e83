import type { ColumnType, Severity } from './raw-schema.js';
import type { SourceLocation } from '../../shared/errors.js';

/** A check with its severity and Great Expectations' `mostly` (share of evaluated values that must pass). */
export interface CheckRule {
  severity: Severity;
  mostly: number;
}

/**
 * A check resolved through its descriptor (checks/value-checks.ts `resolve`): its statement, and the
 * test of one value the column analyzer runs (numbers for numeric columns, text for the others).
 */
export interface ValueRule extends CheckRule {
  expectation: string;
  testNumber?: (value: number) => boolean;
  testText?: (value: string) => boolean;
}

interface Range {
  min?: number;
  max?: number;
  severity: Severity;
}

/** One column of the schema, with every check ready to run (regexes compiled, date bounds parsed). */
export interface ResolvedColumn {
  name: string;
  type: ColumnType;
  /** The date/datetime format as written, when one was given. */
  format?: string;
  /** How values are read: numbers (int, float, bool as 0/1, dates as epoch ms) or strings. */
  representation: 'number' | 'string';
  /** Parses a cell into a number (numeric representations only); undefined when it is not of the type. */
  parse?: (value: unknown) => number | undefined;
  required: boolean;
  severity: Severity;
  notNull?: CheckRule;
  between?: CheckRule & { min?: number; max?: number; shown: { min?: string | number; max?: string | number } };
  allowed?: CheckRule & { values: Set<string | number>; shown: (string | number | boolean)[] };
  regex?: CheckRule & { pattern: RegExp };
  unique?: { severity: Severity };
  length?: Range;
  mean?: Range;
  std?: Range;
  quantiles: (Range & { q: number })[];
  /** Severity of a NaN / an infinite value, or undefined when they are allowed. */
  nan?: Severity;
  inf?: Severity;
  /** Checks resolved by their descriptors, by kind (the table's checks with a `resolve`). */
  valueRules: Record<string, ValueRule>;
  location: SourceLocation;
}

interface ResolvedDataset {
  unexpectedColumns: Severity | 'allow';
  rowCount?: Range;
  unique: { columns: string[]; severity: Severity }[];
  duplicateRows?: Severity;
  label?: string;
  conflictingLabels?: Severity;
  trainEvalLeakage?: Severity;
}

export interface ResolvedSchema {
  columns: ResolvedColumn[];
  byName: Map<string, ResolvedColumn>;
  dataset: ResolvedDataset;
  naValues: Set<string>;
  /** Where the schema came from, for messages. */
  file: string;
}

export const DEFAULT_NA_VALUES = ['', 'NA', 'N/A', 'null', 'NULL', 'None'];
