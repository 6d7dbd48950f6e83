/**
 * The vocabulary of evaluate-gate, shared by the metric files, the rules, the significance bootstrap
 * and the report. Modelled on the sweep's strategies (src/sweep/types.ts): a rule is a small
 * `GateRule` strategy, one class per kind, that turns a measured table into a status and a reason;
 * the gate is written once over them (evaluate.ts).
 *
 * Everything here is plain data: the action, the CLI and the run record build these from files and
 * hand them in; nothing in src/gate reads the environment or talks to GitHub.
 */
import type { SourceLocation } from '../shared/errors.js';

/** Which way a metric improves. */
export type Direction = 'higher' | 'lower';

/** What a failed rule does: `error` fails the gate, `warning` only shows. */
export type Severity = 'error' | 'warning';

/** A rule's outcome: `warn` is a failed warning rule; `skipped` says in its reason why it could not run. */
export type RuleStatus = 'pass' | 'fail' | 'warn' | 'skipped';

/** The gate's verdict: `fail` when an error rule failed, `warn` when only warning rules did. */
export type Verdict = 'pass' | 'warn' | 'fail';

/** The per-example statistics the bootstrap knows (their intervals need the per-example outputs). */
export type StatisticName = 'accuracy' | 'f1' | 'log_loss' | 'rmse' | 'auc';

/** A confidence interval for the change (candidate - baseline) of one metric. */
export interface ChangeInterval {
  /** The statistic the interval was computed with, from the per-example outputs. */
  statistic: StatisticName;
  /** The change on the full paired outputs (the point the interval is around). */
  point: number;
  low: number;
  high: number;
  /** 0.95 for a 95% interval. */
  confidence: number;
  /** Resamples whose statistic was defined (a resample with one class has no AUC, for instance). */
  resamples: number;
}

/**
 * Whether a change stands out from resampling noise: `gain` / `drop` when the interval excludes zero
 * (in the metric's direction), `within noise` when it covers zero.
 */
export type Significance = 'gain' | 'drop' | 'within noise';

/** Whether a metric is in both files, only the candidate's (`new`) or only the baseline's (`removed`). */
type Presence = 'both' | 'new' | 'removed';

/** One row of the metric table: everything measured about one metric. */
export interface MetricRow {
  name: string;
  direction: Direction;
  presence: Presence;
  /** The production model's value (absent for a new metric or when there is no baseline). */
  baseline?: number;
  /** The candidate's value (absent for a removed metric). */
  candidate?: number;
  /** candidate - baseline, when both exist. */
  change?: number;
  /** The change as a percentage of |baseline| (absent when the baseline is 0). */
  changePct?: number;
  /** The change's interval, when per-example outputs of both models were given for this metric. */
  interval?: ChangeInterval;
  significance?: Significance;
}

/** What the data stages measured, for data rules and the report. */
export interface DataSummary {
  /** validate-data's verdict at its fail-on level. */
  validationPassed?: boolean;
  errors?: number;
  warnings?: number;
  /** The share of columns that drifted against the baseline profile (0..1). */
  driftedShare?: number;
}

/** What a rule reads: the metric table and the data summary. */
export interface RuleContext {
  /** The row of `name` in the metric table; undefined when neither model has the metric. */
  metric(name: string): MetricRow | undefined;
  /** False when there is no production model to compare with (a first model). */
  hasBaseline: boolean;
  /** Whether per-example outputs of both models were given (significance can be judged). */
  hasOutputs: boolean;
  data?: DataSummary;
}

/** What one rule concluded. */
export interface RuleOutcome {
  status: RuleStatus;
  /** One line a reviewer can act on: the measured value against the bound, or why it was skipped. */
  reason: string;
}

/**
 * One gate rule (a strategy). `evaluate` must be pure: the same context gives the same outcome. A
 * failing rule answers `fail` when its severity is error and `warn` when it is warning; a rule that
 * needs something absent (a baseline, the outputs, a data summary) answers `skipped` with one line
 * saying what was missing, never a silent pass.
 */
export interface GateRule {
  /** The rule's kind, e.g. `threshold`, `change`, `validation`, `drift`. */
  readonly kind: string;
  readonly severity: Severity;
  /** The metric it judges; undefined for data rules. */
  readonly metric?: string;
  /** Where the rule was written (mlops.yml `gate.rules[i]`), for located errors. */
  readonly location?: SourceLocation;
  /** The rule as a reviewer reads it: `accuracy >= 0.9`, `f1 drop <= 0.01, unless within noise`. */
  describe(): string;
  /** The rule without its metric's name (`>= 0.9`), for a table row that names the metric. */
  condition(): string;
  evaluate(context: RuleContext): RuleOutcome;
}

/** A rule with what it concluded, as the gate result and the report hold it. */
export interface RuleResult extends RuleOutcome {
  kind: string;
  severity: Severity;
  metric?: string;
  /** `describe()`: the whole rule. */
  rule: string;
  /** `condition()`: the rule without the metric's name. */
  condition: string;
}

/** How the intervals were computed (shown under the table and stored in the record). */
export interface BootstrapSummary {
  method: 'percentile';
  resamples: number;
  confidence: number;
  seed: number;
  /** Paired examples (ids present in both outputs). */
  examples: number;
}

/** Everything the gate measured and concluded; plain data, JSON-able (`gateTableJson`). */
export interface GateResult {
  verdict: Verdict;
  /** `verdict !== 'fail'`: the step's `passed` output. */
  passed: boolean;
  /** The verdict in one line a reviewer can act on. */
  headline: string;
  metrics: MetricRow[];
  rules: RuleResult[];
  data?: DataSummary;
  /** Undefined when there was no baseline (a first model). */
  baseline?: { label?: string };
  bootstrap?: BootstrapSummary;
  /** Per-example statistics that could not be computed, with why (e.g. log_loss without scores). */
  notes: string[];
}
