/**
 * mlops.yml `gate:`: per-metric settings, the rules and the bootstrap. Its JSON Schema fragment is
 * gate-config.schema.json (merged into schema/mlops.schema.json at integration); this parser checks
 * the same shape with located errors, builds the rule objects, and `checkRuleMetrics` names a rule's
 * unknown metric with a "did you mean" against the metrics the two models have.
 *
 * ```yaml
 * gate:
 *   metrics:                          # optional, by (dotted) metric name
 *     latency_ms: { direction: lower }            # default: from the name (loss, error, latency: lower)
 *     eval.score: { statistic: accuracy }         # which per-example statistic gives its interval
 *   rules:
 *     - { metric: accuracy, min: 0.9 }                          # absolute: min and/or max
 *     - { metric: latency_ms, max: 50, severity: warning }      # severity: error (default) or warning
 *     - { metric: f1, max_drop: 0.01 }                          # relative: one of max_drop,
 *     - { metric: accuracy, max_drop_pct: 2, significant: true } #   max_drop_pct, min_gain, min_gain_pct
 *     - { metric: auc, min_gain: 0, significant: true }          # a gain that is not noise
 *     - { data: validation_passed }
 *     - { data: drifted_share, max: 0.3 }
 *   bootstrap: { resamples: 2000, confidence: 0.95, seed: 0, positive_label: "1" }
 *   evaluate: { command: python evaluate.py, timeout: 600 }    # re-evaluate the baseline model
 * ```
 *
 * Inputs of the action override single values (`mergeGateOverrides`) before parsing.
 */
import { ConfigError, type SourceLocation } from '../shared/errors.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { isRecord } from '../shared/json.js';
import { ChangeRule, DriftedShareRule, ThresholdRule, ValidationRule, type ChangeBound } from './rules.js';
import type { EvaluateSettings } from './evaluate-command.js';
import type { Direction, GateRule, Severity, StatisticName } from './types.js';

/** Per-metric settings (`gate.metrics.<name>`). */
interface MetricSettings {
  direction?: Direction;
  /** The per-example statistic whose interval stands for this metric. */
  statistic?: StatisticName;
}

/** How the change intervals are computed (`gate.bootstrap`). */
interface BootstrapSettings {
  /** Resamples of the paired bootstrap (default 2000). */
  resamples: number;
  /** Level of the percentile interval (default 0.95). */
  confidence: number;
  /** The same seed and outputs give the same intervals (default 0). */
  seed: number;
  /** The positive class of binary labels (F1, log loss, AUC); default: `1`, `true`, `yes` or `positive` when present. */
  positiveLabel?: string;
}

/** The parsed `gate:` section. */
export interface GateConfig {
  metrics: Record<string, MetricSettings>;
  rules: GateRule[];
  bootstrap: BootstrapSettings;
  /** Re-evaluates a registry baseline on the candidate's eval data (evaluate-command.ts). */
  evaluate?: EvaluateSettings;
}

/** Where a key of the gate section is: `path` is relative to `gate` (e.g. `['rules', 2, 'max']`). */
export type Locate = (path: readonly (string | number)[]) => SourceLocation;

const DEFAULT_BOOTSTRAP: BootstrapSettings = { resamples: 2000, confidence: 0.95, seed: 0 };

const STATISTICS: StatisticName[] = ['accuracy', 'f1', 'log_loss', 'rmse', 'auc'];
const CHANGE_BOUNDS: ChangeBound[] = ['max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct'];
const METRIC_RULE_KEYS = ['metric', 'min', 'max', ...CHANGE_BOUNDS, 'significant', 'severity'];
const DATA_RULES = ['validation_passed', 'drifted_share'];

/**
 * Parses the `gate:` section (undefined: no section, the defaults and no rules). `locate` gives
 * line and column for errors; without it errors name the key only.
 */
export function parseGateConfig(raw: unknown, locate: Locate = (path) => ({ file: 'mlops.yml', key: ['gate', ...path].join('.') })): GateConfig {
  const fail = (path: (string | number)[], message: string, hint: string): never => {
    throw new ConfigError(`gate.${path.join('.')}: ${message}`, { location: locate(path), hint });
  };
  if (raw === undefined || raw === null) return { metrics: {}, rules: [], bootstrap: { ...DEFAULT_BOOTSTRAP } };
  if (!isRecord(raw)) return fail([], 'must be an object with metrics, rules and bootstrap', 'See the gate section of the README.');
  checkKeys(raw, ['metrics', 'rules', 'bootstrap', 'evaluate'], [], fail);

  const metrics: Record<string, MetricSettings> = {};
  if (raw.metrics !== undefined) {
    if (!isRecord(raw.metrics)) fail(['metrics'], 'must map metric names to settings', 'Write e.g. `metrics: { latency_ms: { direction: lower } }`.');
    for (const [name, settings] of Object.entries(raw.metrics as Record<string, unknown>)) {
      const path = ['metrics', name];
      if (!isRecord(settings)) fail(path, 'must be an object ({ direction, statistic })', 'Write e.g. `{ direction: lower }`.');
      const s = settings as Record<string, unknown>;
      checkKeys(s, ['direction', 'statistic'], path, fail);
      if (s.direction !== undefined && s.direction !== 'higher' && s.direction !== 'lower') fail([...path, 'direction'], `must be higher or lower, not ${JSON.stringify(s.direction)}`, 'higher: larger values are better; lower: smaller values are better.');
      if (s.statistic !== undefined && !STATISTICS.includes(s.statistic as StatisticName)) fail([...path, 'statistic'], `must be one of ${STATISTICS.join(', ')}`, `The per-example statistic that gives this metric's interval.${typeof s.statistic === 'string' ? didYouMean(s.statistic, STATISTICS) : ''}`);
      metrics[name] = { direction: s.direction as Direction | undefined, statistic: s.statistic as StatisticName | undefined };
    }
  }

  const rules: GateRule[] = [];
  if (raw.rules !== undefined) {
    if (!Array.isArray(raw.rules)) fail(['rules'], 'must be a list of rules', 'Write e.g. `rules: [{ metric: accuracy, min: 0.9 }]`.');
    (raw.rules as unknown[]).forEach((spec, i) => rules.push(parseRule(spec, ['rules', i], locate, fail)));
  }

  const bootstrap = { ...DEFAULT_BOOTSTRAP };
  if (raw.bootstrap !== undefined) {
    const b = raw.bootstrap;
    if (!isRecord(b)) return fail(['bootstrap'], 'must be an object', 'Write e.g. `bootstrap: { resamples: 2000, confidence: 0.95, seed: 0 }`.');
    checkKeys(b, ['resamples', 'confidence', 'seed', 'positive_label'], ['bootstrap'], fail);
    if (b.resamples !== undefined) {
      if (!Number.isInteger(b.resamples) || (b.resamples as number) < 100 || (b.resamples as number) > 100000) fail(['bootstrap', 'resamples'], 'must be a whole number from 100 to 100000', 'Use 2000 (the default) or more for stable 95% intervals.');
      bootstrap.resamples = b.resamples as number;
    }
    if (b.confidence !== undefined) {
      if (typeof b.confidence !== 'number' || !(b.confidence > 0.5 && b.confidence < 1)) fail(['bootstrap', 'confidence'], 'must be a number between 0.5 and 1 (exclusive)', 'Use e.g. 0.95 for a 95% interval.');
      bootstrap.confidence = b.confidence as number;
    }
    if (b.seed !== undefined) {
      if (!Number.isInteger(b.seed) || (b.seed as number) < 0) fail(['bootstrap', 'seed'], 'must be a whole number >= 0', 'The same seed gives the same intervals.');
      bootstrap.seed = b.seed as number;
    }
    const label = b.positive_label;
    if (typeof label === 'string' || typeof label === 'number' || typeof label === 'boolean') bootstrap.positiveLabel = String(label);
    else if (label !== undefined) fail(['bootstrap', 'positive_label'], 'must be a label value', 'Write the positive class as it appears in the label column, e.g. "1".');
  }
  return { metrics, rules, bootstrap, ...(raw.evaluate === undefined ? {} : { evaluate: parseEvaluate(raw.evaluate, locate, fail) }) };
}

function parseEvaluate(raw: unknown, locate: Locate, fail: Fail): EvaluateSettings {
  const hint = 'Write e.g. `evaluate: { command: "python evaluate.py", timeout: 600 }`.';
  if (!isRecord(raw)) return fail(['evaluate'], 'must be an object with command (and timeout)', hint);
  checkKeys(raw, ['command', 'timeout'], ['evaluate'], fail);
  const command = raw.command;
  const isArgv = Array.isArray(command) && command.length > 0 && command.every((part) => typeof part === 'string' && part !== '');
  if (!(typeof command === 'string' && command.trim() !== '') && !isArgv) fail(['evaluate', 'command'], 'must be a command line or a non-empty list of arguments', hint);
  if (raw.timeout !== undefined && (typeof raw.timeout !== 'number' || !(raw.timeout > 0))) fail(['evaluate', 'timeout'], 'must be a number of seconds > 0', hint);
  return { command: command as string | string[], timeout: raw.timeout ?? 600, location: locate(['evaluate', 'command']) };
}

type Fail = (path: (string | number)[], message: string, hint: string) => never;

function checkKeys(node: Record<string, unknown>, allowed: string[], path: (string | number)[], fail: Fail): void {
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) fail([...path, key], `unknown key \`${key}\``, `Allowed here: ${allowed.join(', ')}.${didYouMean(key, allowed)}`);
  }
}

function parseRule(spec: unknown, path: (string | number)[], locate: Locate, fail: Fail): GateRule {
  const location = locate(path);
  if (!isRecord(spec)) return fail(path, 'a rule must be an object', 'Write e.g. `{ metric: accuracy, min: 0.9 }` or `{ data: validation_passed }`.');
  const severity = parseSeverity(spec.severity, [...path, 'severity'], fail);
  if (spec.data !== undefined) {
    if (spec.metric !== undefined) fail(path, 'a rule has either `metric` or `data`, not both', 'Split it into two rules.');
    if (spec.data === 'validation_passed') {
      checkKeys(spec, ['data', 'severity'], path, fail);
      return new ValidationRule(severity, location);
    }
    if (spec.data === 'drifted_share') {
      checkKeys(spec, ['data', 'max', 'severity'], path, fail);
      if (typeof spec.max !== 'number' || spec.max < 0 || spec.max > 1) fail([...path, 'max'], 'a drifted_share rule needs `max`, a share from 0 to 1', 'Write e.g. `{ data: drifted_share, max: 0.3 }`.');
      return new DriftedShareRule(spec.max, severity, location);
    }
    return fail([...path, 'data'], `unknown data rule ${JSON.stringify(spec.data)}`, `Data rules: ${DATA_RULES.join(', ')}.${typeof spec.data === 'string' ? didYouMean(spec.data, DATA_RULES) : ''}`);
  }
  if (typeof spec.metric !== 'string' || spec.metric === '') return fail(path, 'a rule needs `metric` (a metric name) or `data`', 'Write e.g. `{ metric: accuracy, min: 0.9 }`.');
  checkKeys(spec, METRIC_RULE_KEYS, path, fail);
  for (const key of ['min', 'max', ...CHANGE_BOUNDS]) {
    if (spec[key] !== undefined && (typeof spec[key] !== 'number' || !Number.isFinite(spec[key]))) fail([...path, key], `must be a number, not ${JSON.stringify(spec[key])}`, 'Write the bound as a plain number.');
  }
  const relative = CHANGE_BOUNDS.filter((key) => spec[key] !== undefined);
  const absolute = spec.min !== undefined || spec.max !== undefined;
  if (relative.length + (absolute ? 1 : 0) !== 1) {
    fail(path, relative.length + (absolute ? 1 : 0) === 0 ? 'the rule has no bound' : 'a rule holds one kind of bound', `Give either min/max, or one of ${CHANGE_BOUNDS.join(', ')}; write several rules for several bounds.`);
  }
  if (spec.significant !== undefined && typeof spec.significant !== 'boolean') fail([...path, 'significant'], 'must be true or false', 'true: judge the change against its bootstrap interval.');
  if (absolute) {
    if (spec.significant !== undefined) fail([...path, 'significant'], 'applies to relative rules only', 'Use it with max_drop, max_drop_pct, min_gain or min_gain_pct.');
    if (spec.min !== undefined && spec.max !== undefined && (spec.min as number) > (spec.max as number)) fail(path, 'min is above max', 'Swap them.');
    return new ThresholdRule(spec.metric, { min: spec.min as number | undefined, max: spec.max as number | undefined }, severity, location);
  }
  const bound = relative[0];
  if (bound.startsWith('max_drop') && (spec[bound] as number) < 0) fail([...path, bound], 'must be >= 0 (a drop is measured in the metric’s bad direction)', 'Use min_gain to require an improvement.');
  return new ChangeRule(spec.metric, bound, spec[bound] as number, spec.significant === true, severity, location);
}

function parseSeverity(value: unknown, path: (string | number)[], fail: Fail): Severity {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning') return value;
  return fail(path, `must be error or warning, not ${JSON.stringify(value)}`, 'error fails the gate; warning only shows in the report.');
}

/**
 * Every rule's metric must be a metric of the candidate or of the baseline (a rule on a metric only
 * the baseline has fails with "removed" when evaluated; one that neither has is a typo).
 */
export function checkRuleMetrics(config: GateConfig, present: Iterable<string>, where: string): void {
  const names = [...present];
  const known = new Set(names);
  config.rules.forEach((rule) => {
    if (rule.metric === undefined || known.has(rule.metric)) return;
    throw new ConfigError(`A gate rule names the metric \`${rule.metric}\`, which ${where} do not have.${didYouMean(rule.metric, names)}`, {
      location: rule.location,
      hint: names.length === 0 ? 'The metrics files hold no numeric metric.' : `Metrics present: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}.`,
    });
  });
}

/** Action inputs that override single values of the gate section, before it is parsed. */
export interface GateOverrides {
  /** Replaces `gate.rules` (a list, already parsed from the input's YAML). */
  rules?: unknown[];
  resamples?: number;
  confidence?: number;
  seed?: number;
}

/** `raw` with the overrides applied (raw itself is not changed). */
export function mergeGateOverrides(raw: unknown, overrides: GateOverrides): unknown {
  // A section that is not an object stays as it is, so that parsing reports it.
  if (raw !== undefined && raw !== null && !isRecord(raw)) return raw;
  const base = isRecord(raw) ? raw : {};
  const bootstrap = { ...(isRecord(base.bootstrap) ? base.bootstrap : {}) };
  if (overrides.resamples !== undefined) bootstrap.resamples = overrides.resamples;
  if (overrides.confidence !== undefined) bootstrap.confidence = overrides.confidence;
  if (overrides.seed !== undefined) bootstrap.seed = overrides.seed;
  const merged: Record<string, unknown> = { ...base };
  if (Object.keys(bootstrap).length > 0) merged.bootstrap = bootstrap;
  if (overrides.rules !== undefined) merged.rules = overrides.rules;
  return merged;
}
