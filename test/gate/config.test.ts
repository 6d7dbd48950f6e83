import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parseYamlText } from '../../src/config/yaml-source.js';
import { checkRuleMetrics, mergeGateOverrides, parseGateConfig } from '../../src/gate/gate-config.js';
import { defaultDirection, defaultStatistic } from '../../src/gate/directions.js';
import { ConfigError } from '../../src/shared/errors.js';

const schema = JSON.parse(readFileSync(new URL('../../src/gate/gate-config.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Parses the gate section of an mlops.yml text, with locations as the config loader will give them. */
function parseYaml(text: string) {
  const source = parseYamlText(text, 'mlops.yml');
  return parseGateConfig((source.value as { gate?: unknown }).gate, (path) => source.locate(['gate', ...path]));
}

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const EXAMPLE = `
gate:
  metrics:
    accuracy: { direction: higher }
    eval.score: { statistic: accuracy }
  rules:
    - { metric: accuracy, min: 0.9 }
    - { metric: f1, max_drop: 0.01 }
    - { metric: latency_ms, max: 50, severity: warning }
    - { metric: accuracy, max_drop_pct: 2, significant: true }
    - { metric: auc, min_gain: 0, significant: true }
    - { data: validation_passed }
    - { data: drifted_share, max: 0.3 }
  bootstrap: { resamples: 2000, confidence: 0.95, seed: 0 }
`;

describe('gate config', () => {
  test('the documented example parses into rule objects', () => {
    const config = parseYaml(EXAMPLE);
    expect(config.rules.map((r) => r.describe())).toEqual([
      'accuracy >= 0.9',
      'f1 drop <= 0.01',
      'latency_ms <= 50',
      'accuracy drop <= 2%, unless within noise',
      'auc gain >= 0, significant',
      'data validation passed',
      'drifted share <= 0.3',
    ]);
    expect(config.rules[2].severity).toBe('warning');
    expect(config.rules[1].location).toMatchObject({ file: 'mlops.yml', line: 8 });
    expect(config.metrics['eval.score']).toEqual({ direction: undefined, statistic: 'accuracy' });
    expect(config.bootstrap).toEqual({ resamples: 2000, confidence: 0.95, seed: 0 });
    expect(validate((parseYamlText(EXAMPLE, 'x').value as { gate: unknown }).gate)).toBe(true);
  });

  test('no section: defaults and no rules', () => {
    expect(parseGateConfig(undefined)).toEqual({ metrics: {}, rules: [], bootstrap: { resamples: 2000, confidence: 0.95, seed: 0 } });
  });

  test.each([
    ['gate:\n  rules:\n    - { metric: acc, min: 0.9, sevrity: warning }\n', /unknown key `sevrity`/, /Did you mean `severity`/, 3],
    ['gate:\n  rules:\n    - { metric: acc }\n', /the rule has no bound/, /min\/max/, 3],
    ['gate:\n  rules:\n    - { metric: acc, min: 0.9, max_drop: 1 }\n', /one kind of bound/, /several rules/, 3],
    ['gate:\n  rules:\n    - { metric: acc, min: "0.9" }\n', /must be a number/, /plain number/, 3],
    ['gate:\n  rules:\n    - { metric: acc, min: 0.9, significant: true }\n', /relative rules only/, /max_drop/, 3],
    ['gate:\n  rules:\n    - { data: validation_pased }\n', /unknown data rule/, /Did you mean `validation_passed`/, 3],
    ['gate:\n  rules:\n    - { data: drifted_share }\n', /needs `max`/, /max: 0\.3/, 3],
    ['gate:\n  metrics:\n    loss: { direction: down }\n', /must be higher or lower/, /smaller values/, 3],
    ['gate:\n  bootstrap: { resamples: 10 }\n', /100 to 100000/, /2000/, 2],
    ['gate:\n  rule: []\n', /unknown key `rule`/, /Did you mean `rules`/, 2],
  ])('a bad section is a located error (case %#)', (text, message, hint, line) => {
    const error = configError(() => parseYaml(text));
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
    expect(error.location).toMatchObject({ file: 'mlops.yml', line });
    // The JSON Schema fragment rejects the same section.
    expect(validate((parseYamlText(text, 'x').value as { gate: unknown }).gate)).toBe(false);
  });

  test('a rule on an unknown metric: located, with a did-you-mean among the metrics present', () => {
    const config = parseYaml('gate:\n  rules:\n    - { metric: acuracy, min: 0.9 }\n');
    const error = configError(() => checkRuleMetrics(config, ['accuracy', 'loss'], 'the metrics files'));
    expect(error.message).toMatch(/`acuracy`, which the metrics files do not have\. Did you mean `accuracy`\?/);
    expect(error.location).toMatchObject({ line: 3 });
    expect(error.hint).toMatch(/accuracy, loss/);
    // A dotted metric is suggested from its last segment.
    expect(() => checkRuleMetrics(parseGateConfig({ rules: [{ metric: 'f1', min: 0 }] }), ['eval.f1'], 'x')).toThrow(/Did you mean `eval\.f1`/);
  });

  test('inputs override single values', () => {
    const merged = mergeGateOverrides({ rules: [{ metric: 'a', min: 1 }], bootstrap: { seed: 3, resamples: 500 } }, { seed: 9, rules: [{ metric: 'b', max: 2 }] });
    expect(merged).toEqual({ rules: [{ metric: 'b', max: 2 }], bootstrap: { seed: 9, resamples: 500 } });
    expect(mergeGateOverrides('oops', { seed: 1 })).toBe('oops');
  });

  test('default directions and statistics from names', () => {
    expect(['loss', 'eval.val_loss', 'latency_ms', 'error_rate', 'rmse', 'p95_seconds'].map(defaultDirection)).toEqual(Array(6).fill('lower'));
    expect(['accuracy', 'eval.f1', 'auc', 'recall', 'r2'].map(defaultDirection)).toEqual(Array(5).fill('higher'));
    expect(['eval.f1', 'roc_auc', 'logloss', 'acc', 'rmse', 'loss'].map(defaultStatistic)).toEqual(['f1', 'auc', 'log_loss', 'accuracy', 'rmse', undefined]);
  });
});
