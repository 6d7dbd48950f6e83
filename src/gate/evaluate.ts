/**
 * The gate, written once over its rules: builds the metric table from the candidate's and the
 * baseline's metric files (new and removed metrics included), adds a change interval to each
 * metric whose per-example statistic the outputs allow, runs every rule on the table and settles
 * the verdict: `fail` when an error rule failed, `warn` when only warning rules did, else `pass`.
 *
 * Plain functions over plain typed inputs: the action, the CLI and `mlops run` read the files
 * (readMetricFile, readPredictionsFile), call `evaluateGate`, write `gateTableJson` and the
 * rendered report, and fail the step after writing when `passed` is false.
 */
import { DataError, InputError } from '../shared/errors.js';
import { formatNumber } from '../shared/markdown.js';
import { pairedBootstrap } from './bootstrap.js';
import { defaultDirection, defaultStatistic } from './directions.js';
import { checkRuleMetrics, type GateConfig } from './gate-config.js';
import type { MetricSet } from './metric-file.js';
import { prepareKernels, statisticDirection } from './paired-stats.js';
import { pairOutputs, type PredictionTable } from './predictions.js';
import type { BootstrapSummary, ChangeInterval, DataSummary, GateResult, MetricRow, RuleContext, RuleResult, RuleStatus, Significance, StatisticName, Verdict } from './types.js';

/** What the gate judges. */
export interface GateInput {
  config: GateConfig;
  candidate: MetricSet;
  /** The production model's metrics; undefined for a first model (relative rules are skipped). */
  baseline?: MetricSet;
  /** How the report names the baseline, e.g. `v3` or `penguins@production (v3)`. */
  baselineLabel?: string;
  /** Per-example outputs of both models, for the change intervals. */
  outputs?: { candidate: PredictionTable; baseline: PredictionTable };
  /** What validate-data measured in this run, for data rules. */
  data?: DataSummary;
}

export function evaluateGate(input: GateInput): GateResult {
  const { config, candidate, baseline } = input;
  if (input.outputs && !baseline) {
    throw new InputError('Per-example outputs were given for a baseline, but there are no baseline metrics.', { hint: 'Pass the production model’s metrics file too, or leave the baseline outputs out.' });
  }
  const present = new Set([...Object.keys(candidate.values), ...Object.keys(baseline?.values ?? {})]);
  checkNumeric(config, candidate);
  if (baseline) checkNumeric(config, baseline);
  checkRuleMetrics(config, present, baseline ? `the candidate's metrics (${candidate.file}) and the baseline's (${baseline.file})` : `the candidate's metrics (${candidate.file})`);

  const metrics = buildRows(config, candidate, baseline);
  const notes: string[] = [];
  const bootstrap = input.outputs && baseline ? attachIntervals(metrics, config, input.outputs, notes) : undefined;

  const byName = new Map(metrics.map((row) => [row.name, row]));
  const context: RuleContext = { metric: (name) => byName.get(name), hasBaseline: baseline !== undefined, hasOutputs: bootstrap !== undefined, data: input.data };
  const rules: RuleResult[] = config.rules.map((rule) => ({ kind: rule.kind, severity: rule.severity, metric: rule.metric, rule: rule.describe(), condition: rule.condition(), ...rule.evaluate(context) }));
  const verdict: Verdict = rules.some((r) => r.status === 'fail') ? 'fail' : rules.some((r) => r.status === 'warn') ? 'warn' : 'pass';
  return {
    verdict,
    passed: verdict !== 'fail',
    headline: headline(verdict, rules, baseline !== undefined),
    metrics,
    rules,
    data: input.data,
    baseline: baseline ? { label: input.baselineLabel } : undefined,
    bootstrap,
    notes,
  };
}

/**
 * Pairs the outputs, bootstraps every statistic a metric of both models maps to (one shared set of
 * resamples), and sets each such row's interval and significance. Returns how, or undefined when no
 * interval could be computed (the reasons go to `notes`).
 */
function attachIntervals(metrics: MetricRow[], config: GateConfig, outputs: NonNullable<GateInput['outputs']>, notes: string[]): BootstrapSummary | undefined {
  const paired = pairOutputs(outputs.candidate, outputs.baseline, config.bootstrap.positiveLabel);
  const statisticOf = (row: MetricRow) => (row.presence === 'both' ? (config.metrics[row.name]?.statistic ?? defaultStatistic(row.name)) : undefined);
  const wanted = metrics.map(statisticOf).filter((s): s is StatisticName => s !== undefined);
  if (wanted.length === 0) {
    notes.push('No metric maps to a per-example statistic (accuracy, f1, log_loss, rmse, auc): set gate.metrics.<name>.statistic.');
    return undefined;
  }
  const { kernels, unavailable } = prepareKernels(paired, wanted);
  for (const { statistic, reason } of unavailable) notes.push(`No interval for ${statistic}: ${reason}.`);
  if (kernels.length === 0) return undefined;
  const intervals = pairedBootstrap(kernels, paired.n, config.bootstrap);
  for (const row of metrics) {
    const found = intervals.find((interval) => interval.statistic === statisticOf(row));
    if (!found) continue;
    row.interval = { ...found, confidence: config.bootstrap.confidence };
    row.significance = significance(row.interval);
    // The files' change and the outputs' change should agree; when they do not, the two were
    // probably computed on different eval sets or with different definitions: say so.
    if (row.change !== undefined && Math.abs(found.point - row.change) > Math.max(1e-6, 0.01 * Math.abs(row.change))) {
      notes.push(`${row.name}: the metrics files change it by ${formatNumber(row.change)}, the per-example outputs by ${formatNumber(found.point)} (${found.statistic}); check that both come from the same eval set and definition.`);
    }
  }
  const { resamples, confidence, seed } = config.bootstrap;
  return { method: 'percentile', resamples, confidence, seed, examples: paired.n };
}

/** A rule must not name a metric whose value is not a number (a string, a list) in either file. */
function checkNumeric(config: GateConfig, set: MetricSet): void {
  for (const rule of config.rules) {
    if (rule.metric === undefined || !(rule.metric in set.nonNumeric)) continue;
    throw new DataError(`The metric \`${rule.metric}\` in ${set.file} is ${set.nonNumeric[rule.metric]}, not a number, and a gate rule judges it.`, {
      location: set.locate(rule.metric),
      hint: 'Write the metric as a number (0.93, not "0.93"), or drop the rule.',
    });
  }
}

function buildRows(config: GateConfig, candidate: MetricSet, baseline: MetricSet | undefined): MetricRow[] {
  const names = [...Object.keys(candidate.values), ...Object.keys(baseline?.values ?? {}).filter((name) => !(name in candidate.values))];
  return names.map((name) => {
    const c = candidate.values[name];
    const b = baseline?.values[name];
    // Without a baseline every metric is the candidate's own: nothing is new or removed.
    const presence = c === undefined ? 'removed' : baseline && b === undefined ? 'new' : 'both';
    const row: MetricRow = { name, direction: config.metrics[name]?.direction ?? defaultDirection(name), presence };
    if (b !== undefined) row.baseline = b;
    if (c !== undefined) row.candidate = c;
    if (b !== undefined && c !== undefined) {
      row.change = c - b;
      if (b !== 0) row.changePct = ((c - b) / Math.abs(b)) * 100;
    }
    return row;
  });
}

/** `gain` or `drop` when the interval excludes zero (in the statistic's direction), else `within noise`. */
function significance(interval: ChangeInterval): Significance {
  const better = statisticDirection(interval.statistic) === 'higher' ? 1 : -1;
  if (Number.isNaN(interval.low) || Number.isNaN(interval.high)) return 'within noise';
  if (interval.low > 0) return better > 0 ? 'gain' : 'drop';
  if (interval.high < 0) return better > 0 ? 'drop' : 'gain';
  return 'within noise';
}

function headline(verdict: Verdict, rules: RuleResult[], hasBaseline: boolean): string {
  const list = (status: RuleStatus) => rules.filter((r) => r.status === status);
  const why = (rs: RuleResult[]) => rs.slice(0, 3).map((r) => `${r.rule} (${r.reason})`).join('; ') + (rs.length > 3 ? `; and ${rs.length - 3} more` : '');
  const skipped = list('skipped').length;
  const tail = skipped > 0 ? `, ${skipped} skipped${hasBaseline ? '' : ' (no production model yet)'}` : '';
  if (verdict === 'fail') return `Gate failed: ${why(list('fail'))}`;
  if (verdict === 'warn') return `Gate passed with ${list('warn').length === 1 ? 'a warning' : `${list('warn').length} warnings`}: ${why(list('warn'))}`;
  if (rules.length === 0) return 'Gate passed: no rules are set (gate.rules in mlops.yml)';
  return `Gate passed: ${list('pass').length} of ${rules.length} rules passed${tail}`;
}

/** A metric's status in the table: the worst of its rules, or what it is when no rule names it. */
export function metricStatus(result: Pick<GateResult, 'rules'>, row: MetricRow): string {
  const statuses = result.rules.filter((r) => r.metric === row.name).map((r) => r.status);
  for (const status of ['fail', 'warn', 'pass', 'skipped'] as const) if (statuses.includes(status)) return status;
  return row.presence === 'both' ? '' : row.presence;
}

/** One row of the JSON table output: every measured value of one metric and its rules. */
export interface GateTableRow {
  metric: string;
  direction: MetricRow['direction'];
  presence: MetricRow['presence'];
  production: number | null;
  candidate: number | null;
  change: number | null;
  change_pct: number | null;
  interval: { statistic: StatisticName; low: number; high: number; point: number; confidence: number } | null;
  significance: Significance | null;
  status: string;
  rules: { rule: string; severity: string; status: RuleStatus; reason: string }[];
}

/** The metric table as JSON-able rows (the action's table output and the run record's gate part). */
export function gateTableJson(result: GateResult): GateTableRow[] {
  return result.metrics.map((row) => ({
    metric: row.name,
    direction: row.direction,
    presence: row.presence,
    production: row.baseline ?? null,
    candidate: row.candidate ?? null,
    change: row.change ?? null,
    change_pct: row.changePct ?? null,
    interval: row.interval ? { statistic: row.interval.statistic, low: row.interval.low, high: row.interval.high, point: row.interval.point, confidence: row.interval.confidence } : null,
    significance: row.significance ?? null,
    status: metricStatus(result, row),
    rules: result.rules.filter((r) => r.metric === row.name).map((r) => ({ rule: r.rule, severity: r.severity, status: r.status, reason: r.reason })),
  }));
}
