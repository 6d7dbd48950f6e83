import { evaluateGate, gateTableJson } from '../../src/gate/evaluate.js';
import { ChangeRule, ThresholdRule } from '../../src/gate/rules.js';
import type { MetricRow, RuleContext } from '../../src/gate/types.js';
import { ConfigError, DataError } from '../../src/shared/errors.js';
import { config, knownAnswer, metrics, outputs } from './helpers.js';

const candidate = metrics({ accuracy: 0.88, f1: 0.8, latency_ms: 63, loss: 0.3, new_metric: 1 }, 'cand.json');
const baseline = metrics({ accuracy: 0.9, f1: 0.79, latency_ms: 40, loss: 0.25, old_metric: 2 }, 'prod.json');

/** A context over a few hand-made rows. */
function context(rows: MetricRow[], extra: Partial<RuleContext> = {}): RuleContext {
  return { metric: (name) => rows.find((r) => r.name === name), hasBaseline: true, hasOutputs: false, ...extra };
}

describe('evaluateGate', () => {
  test('a failing rule fails the verdict, and the table says why', () => {
    const result = evaluateGate({ config: config({ rules: [{ metric: 'accuracy', min: 0.9 }, { metric: 'f1', max_drop: 0.01 }] }), candidate, baseline, baselineLabel: 'v3' });
    expect(result.verdict).toBe('fail');
    expect(result.passed).toBe(false);
    expect(result.headline).toBe('Gate failed: accuracy >= 0.9 (0.88 < 0.9)');
    const table = gateTableJson(result);
    const accuracy = table.find((r) => r.metric === 'accuracy')!;
    expect(accuracy).toMatchObject({ production: 0.9, candidate: 0.88, status: 'fail', rules: [{ rule: 'accuracy >= 0.9', severity: 'error', status: 'fail', reason: '0.88 < 0.9' }] });
    expect(accuracy.change).toBeCloseTo(-0.02, 12);
    expect(accuracy.change_pct).toBeCloseTo(-2.2222, 3);
    expect(table.find((r) => r.metric === 'f1')!.status).toBe('pass');
    expect(JSON.parse(JSON.stringify(table))).toEqual(table);
  });

  test('directions: a lower-is-better metric that rose dropped', () => {
    const result = evaluateGate({ config: config({ rules: [{ metric: 'loss', max_drop_pct: 10 }, { metric: 'latency_ms', max: 50, severity: 'warning' }] }), candidate, baseline });
    expect(result.rules[0]).toMatchObject({ status: 'fail', reason: 'drop 20% > 10%' });
    expect(result.rules[1]).toMatchObject({ status: 'warn', reason: '63 > 50' });
    expect(result.verdict).toBe('fail');
  });

  test('warnings only: passed with a warning', () => {
    const result = evaluateGate({ config: config({ rules: [{ metric: 'latency_ms', max: 50, severity: 'warning' }] }), candidate, baseline });
    expect(result.verdict).toBe('warn');
    expect(result.passed).toBe(true);
    expect(result.headline).toBe('Gate passed with a warning: latency_ms <= 50 (63 > 50)');
  });

  test('new and removed metrics are shown as such; a rule on a removed metric fails with that reason', () => {
    const result = evaluateGate({ config: config({ rules: [{ metric: 'old_metric', min: 0 }, { metric: 'new_metric', max_drop: 0 }] }), candidate, baseline });
    const presence = Object.fromEntries(result.metrics.map((r) => [r.name, r.presence]));
    expect(presence).toMatchObject({ accuracy: 'both', new_metric: 'new', old_metric: 'removed' });
    expect(result.rules[0]).toMatchObject({ status: 'fail', reason: 'removed: the candidate has no `old_metric` (production had 2)' });
    expect(result.rules[1]).toMatchObject({ status: 'skipped', reason: 'new metric: production has no `new_metric` to compare with' });
    const table = gateTableJson(result);
    expect(table.find((r) => r.metric === 'new_metric')).toMatchObject({ production: null, candidate: 1, status: 'skipped' });
    expect(table.find((r) => r.metric === 'old_metric')).toMatchObject({ production: 2, candidate: null, status: 'fail' });
  });

  test('no baseline: relative rules are skipped with one line, absolute rules still run', () => {
    const result = evaluateGate({ config: config({ rules: [{ metric: 'accuracy', max_drop: 0.01 }, { metric: 'accuracy', min: 0.8 }, { data: 'validation_passed' }] }), candidate });
    expect(result.rules.map((r) => r.status)).toEqual(['skipped', 'pass', 'skipped']);
    expect(result.rules[0].reason).toBe('no production model to compare with');
    expect(result.rules[2].reason).toBe('no validate-data result in this run');
    expect(result.verdict).toBe('pass');
    expect(result.metrics.every((r) => r.presence === 'both')).toBe(true);
  });

  test('data rules read the data summary', () => {
    const rules = config({ rules: [{ data: 'validation_passed' }, { data: 'drifted_share', max: 0.3 }] });
    const bad = evaluateGate({ config: rules, candidate, data: { validationPassed: false, errors: 2, warnings: 1, driftedShare: 0.5 } });
    expect(bad.rules.map((r) => [r.status, r.reason])).toEqual([
      ['fail', 'validation failed (2 errors, 1 warnings)'],
      ['fail', '0.5 > 0.3'],
    ]);
    expect(evaluateGate({ config: rules, candidate, data: { validationPassed: true, driftedShare: 0.1 } }).verdict).toBe('pass');
  });

  test('bad input: a rule naming an unknown metric, a non-numeric metric', () => {
    expect(() => evaluateGate({ config: config({ rules: [{ metric: 'acuracy', min: 0.9 }] }), candidate, baseline })).toThrow(ConfigError);
    expect(() => evaluateGate({ config: config({ rules: [{ metric: 'acuracy', min: 0.9 }] }), candidate, baseline })).toThrow(/Did you mean `accuracy`/);
    const text = metrics({ accuracy: '0.9' }, 'text.json');
    const error = (() => {
      try {
        evaluateGate({ config: config({ rules: [{ metric: 'accuracy', min: 0.5 }] }), candidate: text });
      } catch (e) {
        return e as DataError;
      }
    })();
    expect(error).toBeInstanceOf(DataError);
    expect(error!.message).toBe('The metric `accuracy` in text.json is "0.9", not a number, and a gate rule judges it.');
    expect(error!.location).toMatchObject({ file: 'text.json', line: 1 });
  });
});

describe('change rules and significance', () => {
  const row = (over: Partial<MetricRow>): MetricRow => ({ name: 'acc', direction: 'higher', presence: 'both', baseline: 0.9, candidate: 0.88, change: -0.02, ...over });
  const interval = (low: number, high: number) => ({ statistic: 'accuracy' as const, point: (low + high) / 2, low, high, confidence: 0.95, resamples: 2000 });

  test('a drop beyond the bound fails only when significant, with significant: true', () => {
    const rule = new ChangeRule('acc', 'max_drop', 0.01, true);
    expect(rule.evaluate(context([row({ interval: interval(-0.03, -0.01), significance: 'drop' })]))).toEqual({ status: 'fail', reason: 'drop 0.02 > 0.01, significant' });
    expect(rule.evaluate(context([row({ interval: interval(-0.04, 0.001), significance: 'within noise' })]))).toEqual({ status: 'pass', reason: 'drop 0.02 > 0.01 but within noise' });
    // Without outputs the point change decides (the conservative side).
    expect(rule.evaluate(context([row({})])).status).toBe('fail');
  });

  test('a gain rule with significant: true needs the interval above zero', () => {
    const rule = new ChangeRule('acc', 'min_gain', 0, true, 'warning');
    const gained = row({ candidate: 0.91, change: 0.01 });
    expect(rule.evaluate(context([{ ...gained, interval: interval(0.002, 0.018), significance: 'gain' }])).status).toBe('pass');
    expect(rule.evaluate(context([{ ...gained, interval: interval(-0.002, 0.02), significance: 'within noise' }]))).toEqual({ status: 'warn', reason: 'gain 0.01 is within noise' });
    expect(rule.evaluate(context([gained])).reason).toMatch(/needs per-example outputs/);
  });

  test('percent of a zero baseline is skipped; thresholds describe their bounds', () => {
    expect(new ChangeRule('acc', 'max_drop_pct', 1).evaluate(context([row({ baseline: 0 })])).status).toBe('skipped');
    const both = new ThresholdRule('acc', { min: 0.5, max: 0.95 });
    expect(both.describe()).toBe('acc in [0.5, 0.95]');
    expect(both.evaluate(context([row({})]))).toEqual({ status: 'pass', reason: '0.88 in [0.5, 0.95]' });
  });
});

describe('outputs and record part', () => {
  test('strings for the step, plain JSON for the record', async () => {
    // Through the public entry the action and the CLI will import.
    const { gateOutputs, gateRecordPart, manifestGate } = await import('../../src/gate/index.js');
    const result = evaluateGate({ config: config({ rules: [{ metric: 'accuracy', min: 0.9 }] }), candidate, baseline, baselineLabel: 'v3' });
    const outputs = gateOutputs(result, '.mlops/gate-report.md');
    expect(outputs).toMatchObject({ passed: 'false', verdict: 'fail', report: '.mlops/gate-report.md' });
    expect(JSON.parse(outputs.table)).toEqual(gateTableJson(result));
    const part = gateRecordPart(result);
    expect(JSON.parse(JSON.stringify(part))).toEqual(part);
    expect(part).toMatchObject({ verdict: 'fail', passed: false, baseline: { label: 'v3' }, bootstrap: null });
    expect(manifestGate(result, 3)).toEqual({ verdict: 'fail', baselineVersion: 3, reasons: ['accuracy >= 0.9: 0.88 < 0.9'] });
  });
});

test('the metrics files and the per-example outputs disagreeing on a change is noted', () => {
  const set = knownAnswer(400, 10, 5);
  const result = evaluateGate({
    config: config({ bootstrap: { resamples: 100 } }),
    candidate: metrics({ accuracy: 0.9 }),
    baseline: metrics({ accuracy: 0.8 }),
    outputs: { candidate: outputs(set.candidate), baseline: outputs(set.baseline) },
  });
  expect(result.notes).toEqual(['accuracy: the metrics files change it by 0.1, the per-example outputs by 0.0125 (accuracy); check that both come from the same eval set and definition.']);
});
