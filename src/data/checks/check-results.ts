import type { ColumnProfile } from '../profile/index.js';
import type { ResolvedColumn } from '../schema/resolved.js';
import type { Severity } from '../schema/raw-schema.js';
import { rangeText } from './expectation.js';
import { checksOf, type ValueCheck } from './value-checks.js';
import { MAX_EXAMPLES, type CheckKind, type CheckResult, type UnexpectedExample } from './result.js';
import type { Tally } from './tally.js';

/**
 * A dataset-level check over `elements` items (columns of a header, rows) in which each offending
 * item counts once: `found` is the Tally of offenders (count and first examples).
 */
export function countResult(check: CheckKind, id: string, severity: Severity, expectation: string, elements: number, found: { unexpected: number; examples: UnexpectedExample[] }): CheckResult {
  return {
    id, check, severity, expectation,
    success: found.unexpected === 0,
    elementCount: elements, missingCount: 0,
    unexpectedCount: found.unexpected,
    unexpectedPercent: elements === 0 ? 0 : (100 * found.unexpected) / elements,
    examples: found.examples.slice(0, MAX_EXAMPLES),
  };
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

/** A column's counts and tallies, merged over every part (dataset-accumulator.ts MergedColumn). */
export interface ColumnCounts {
  elementCount: number;
  missingCount: number;
  validCount: number;
  tallies: Partial<Record<ValueCheck, Tally>>;
}

/**
 * The per-value checks of one column (value-checks.ts, in its order), judged with Great
 * Expectations' `mostly` semantics. `unique` is the unique check's tally from the hash checks.
 */
export function columnCheckResults(column: ResolvedColumn, merged: ColumnCounts, unique: Tally | undefined): CheckResult[] {
  const results: CheckResult[] = [];
  const { elementCount, missingCount, validCount } = merged;
  const nonMissing = elementCount - missingCount;
  for (const { check, statement } of checksOf(column)) {
    const { severity, mostly, expectation } = statement;
    const tally = check.tally === 'hash' ? unique : merged.tallies[check.kind as ValueCheck];
    const evaluated = check.over === 'rows' ? elementCount : check.over === 'present' ? nonMissing : validCount;
    const unexpected = check.countsMissing ? missingCount : (tally?.unexpected ?? 0);
    const passing = evaluated === 0 ? 1 : (evaluated - unexpected) / evaluated;
    results.push({
      id: `column.${column.name}.${check.kind}`, check: check.kind as ValueCheck, column: column.name, severity,
      success: mostly >= 1 ? unexpected === 0 : passing >= mostly,
      expectation: mostly < 1 ? `${expectation} (mostly ${mostly})` : expectation,
      elementCount, missingCount, unexpectedCount: unexpected,
      unexpectedPercent: percent(unexpected, evaluated),
      examples: tally?.examples ?? [],
    });
  }
  return results;
}

/** Mean, std and quantile bounds, judged from the merged profile (no second pass over the data). */
export function aggregateChecks(column: ResolvedColumn, profile: ColumnProfile): CheckResult[] {
  const results: CheckResult[] = [];
  const aggregate = (check: CheckKind, id: string, severity: Severity, expectation: string, observed: number | null, min?: number, max?: number) => {
    const ok = observed !== null && (min === undefined || observed >= min) && (max === undefined || observed <= max);
    results.push({
      id: `column.${column.name}.${id}`, check, column: column.name, severity, success: ok,
      expectation: `${expectation} ${rangeText(min, max)}`,
      elementCount: profile.count, missingCount: profile.nulls,
      unexpectedCount: ok ? 0 : 1, unexpectedPercent: ok ? 0 : 100,
      observed: observed ?? 'no values', examples: [],
    });
  };
  if (column.mean) aggregate('mean', 'mean', column.mean.severity, 'mean', profile.mean, column.mean.min, column.mean.max);
  if (column.std) aggregate('std', 'std', column.std.severity, 'standard deviation', profile.std, column.std.min, column.std.max);
  for (const q of column.quantiles) {
    aggregate('quantile', `quantile_${q.q}`, q.severity, `quantile ${q.q}`, quantileOf(profile, q.q), q.min, q.max);
  }
  return results;
}

/** Interpolates quantile q from the profile's quantile table (rank error <= the sketch's ~1%). */
function quantileOf(profile: ColumnProfile, q: number): number | null {
  const points = profile.quantileTable?.points;
  if (!points || points.length === 0) return null;
  const position = q * (points.length - 1);
  const lo = Math.floor(position);
  const hi = Math.min(points.length - 1, lo + 1);
  return points[lo] + (points[hi] - points[lo]) * (position - lo);
}
