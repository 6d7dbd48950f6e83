/**
 * The gate's rules, one class per kind (the Sampler/Pruner pattern of src/sweep): each reads the
 * metric table through a RuleContext and answers a status with one line of reason.
 *
 * - ThresholdRule: an absolute bound, `accuracy >= 0.9`, `latency_ms <= 50`.
 * - ChangeRule: relative to the production baseline, in the metric's direction: the largest drop or
 *   the smallest gain, absolute or in percent of the baseline. With `significant`:
 *     - a gain rule also needs the gain to be significant (its interval above zero in the better
 *       direction); without per-example outputs it fails, since significance cannot be shown;
 *     - a drop rule fails only when the drop beyond the bound is significant (its interval below
 *       zero); a drop within noise passes with that said; without outputs it is judged on the
 *       point change alone (the conservative side).
 * - ValidationRule: validate-data passed.
 * - DriftedShareRule: the share of drifted columns is at most a bound.
 *
 * A rule on a metric the candidate no longer has fails with that reason; a relative rule with no
 * baseline (a first model) or on a new metric is skipped with one line saying so.
 */
import type { SourceLocation } from '../shared/errors.js';
import { formatNumber } from '../shared/markdown.js';
import type { GateRule, MetricRow, RuleContext, RuleOutcome, Severity } from './types.js';

/** A failed rule's status: `fail` for error rules, `warn` for warning rules. */
function failed(severity: Severity, reason: string): RuleOutcome {
  return { status: severity === 'error' ? 'fail' : 'warn', reason };
}

const skipped = (reason: string): RuleOutcome => ({ status: 'skipped', reason });
const passed = (reason: string): RuleOutcome => ({ status: 'pass', reason });

/** The candidate's value of `name`, or the outcome when it has none. */
function candidateValue(context: RuleContext, name: string, severity: Severity): number | RuleOutcome {
  const row = context.metric(name);
  if (!row) return failed(severity, `\`${name}\` is in neither model's metrics`);
  if (row.candidate === undefined) return failed(severity, `removed: the candidate has no \`${name}\`${row.baseline === undefined ? '' : ` (production had ${formatNumber(row.baseline)})`}`);
  return row.candidate;
}

/** An absolute bound on the candidate's value. */
export class ThresholdRule implements GateRule {
  readonly kind = 'threshold';
  constructor(
    readonly metric: string,
    readonly bound: { min?: number; max?: number },
    readonly severity: Severity = 'error',
    readonly location?: SourceLocation,
  ) {}

  describe(): string {
    return `${this.metric} ${this.condition()}`;
  }

  condition(): string {
    const { min, max } = this.bound;
    if (min !== undefined && max !== undefined) return `in [${formatNumber(min)}, ${formatNumber(max)}]`;
    return min !== undefined ? `>= ${formatNumber(min)}` : `<= ${formatNumber(max)}`;
  }

  evaluate(context: RuleContext): RuleOutcome {
    const value = candidateValue(context, this.metric, this.severity);
    if (typeof value !== 'number') return value;
    const { min, max } = this.bound;
    if (min !== undefined && value < min) return failed(this.severity, `${formatNumber(value)} < ${formatNumber(min)}`);
    if (max !== undefined && value > max) return failed(this.severity, `${formatNumber(value)} > ${formatNumber(max)}`);
    return passed(min !== undefined && max !== undefined ? `${formatNumber(value)} in [${formatNumber(min)}, ${formatNumber(max)}]` : `${formatNumber(value)} ${min !== undefined ? '>=' : '<='} ${formatNumber(min ?? max!)}`);
  }
}

/** Which relative bound a ChangeRule holds. */
export type ChangeBound = 'max_drop' | 'max_drop_pct' | 'min_gain' | 'min_gain_pct';

/** A bound on the change against the production baseline, in the metric's direction. */
export class ChangeRule implements GateRule {
  readonly kind = 'change';
  constructor(
    readonly metric: string,
    readonly bound: ChangeBound,
    readonly limit: number,
    readonly significant = false,
    readonly severity: Severity = 'error',
    readonly location?: SourceLocation,
  ) {}

  private get percent(): boolean {
    return this.bound.endsWith('_pct');
  }

  private get isDrop(): boolean {
    return this.bound.startsWith('max_drop');
  }

  describe(): string {
    return `${this.metric} ${this.condition()}`;
  }

  condition(): string {
    const unit = this.percent ? '%' : '';
    const text = this.isDrop ? `drop <= ${formatNumber(this.limit)}${unit}` : `gain >= ${formatNumber(this.limit)}${unit}`;
    return this.significant ? `${text}, ${this.isDrop ? 'unless within noise' : 'significant'}` : text;
  }

  evaluate(context: RuleContext): RuleOutcome {
    if (!context.hasBaseline) return skipped('no production model to compare with');
    const value = candidateValue(context, this.metric, this.severity);
    if (typeof value !== 'number') return value;
    const row = context.metric(this.metric)!;
    if (row.baseline === undefined) return skipped(`new metric: production has no \`${this.metric}\` to compare with`);
    // The gain in the metric's direction: positive is better, whichever way the metric improves.
    const gain = gainOf(row, row.candidate! - row.baseline);
    let measured = gain;
    if (this.percent) {
      if (row.baseline === 0) return skipped(`production's \`${this.metric}\` is 0, so a change in percent is undefined`);
      measured = (gain / Math.abs(row.baseline)) * 100;
    }
    const unit = this.percent ? '%' : '';
    const shown = (x: number) => `${formatNumber(x)}${unit}`;
    if (this.isDrop) {
      const drop = -measured;
      if (drop <= this.limit) return passed(drop > 0 ? `drop ${shown(drop)} <= ${shown(this.limit)}` : `no drop (${gain === 0 ? 'unchanged' : `gain ${shown(measured)}`})`);
      if (!this.significant) return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)}`);
      if (!row.interval) return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)} (no per-example outputs to tell it from noise)`);
      if (row.significance !== 'drop') return passed(`drop ${shown(drop)} > ${shown(this.limit)} but within noise`);
      return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)}, significant`);
    }
    if (measured < this.limit) return failed(this.severity, `gain ${shown(measured)} < ${shown(this.limit)}`);
    if (!this.significant) return passed(`gain ${shown(measured)} >= ${shown(this.limit)}`);
    if (!row.interval) return failed(this.severity, `gain ${shown(measured)}, but significance needs per-example outputs of both models`);
    if (row.significance !== 'gain') return failed(this.severity, `gain ${shown(measured)} is within noise`);
    return passed(`gain ${shown(measured)} >= ${shown(this.limit)}, significant`);
  }
}

/** A change expressed as a gain in the metric's direction (positive is better). */
function gainOf(row: Pick<MetricRow, 'direction'>, change: number): number {
  return row.direction === 'higher' ? change : -change;
}

/** validate-data passed (at its own fail-on level). */
export class ValidationRule implements GateRule {
  readonly kind = 'validation';
  constructor(
    readonly severity: Severity = 'error',
    readonly location?: SourceLocation,
  ) {}

  describe(): string {
    return 'data validation passed';
  }

  condition(): string {
    return this.describe();
  }

  evaluate(context: RuleContext): RuleOutcome {
    const passedValidation = context.data?.validationPassed;
    if (passedValidation === undefined) return skipped('no validate-data result in this run');
    const counts = `${context.data?.errors ?? 0} errors, ${context.data?.warnings ?? 0} warnings`;
    return passedValidation ? passed(`validation passed (${counts})`) : failed(this.severity, `validation failed (${counts})`);
  }
}

/** The share of drifted columns is at most `max`. */
export class DriftedShareRule implements GateRule {
  readonly kind = 'drift';
  constructor(
    readonly max: number,
    readonly severity: Severity = 'error',
    readonly location?: SourceLocation,
  ) {}

  describe(): string {
    return `drifted share <= ${formatNumber(this.max)}`;
  }

  condition(): string {
    return this.describe();
  }

  evaluate(context: RuleContext): RuleOutcome {
    const share = context.data?.driftedShare;
    if (share === undefined) return skipped('no drift measured in this run (validate-data had no baseline profile)');
    return share <= this.max ? passed(`${formatNumber(share)} <= ${formatNumber(this.max)}`) : failed(this.severity, `${formatNumber(share)} > ${formatNumber(this.max)}`);
  }
}
