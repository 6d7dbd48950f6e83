import { evaluateGate } from '../../src/gate/evaluate.js';
import type { GateResult } from '../../src/gate/types.js';
import { gateCommentKey } from '../../src/report/gate-markdown.js';
import { commentMarker } from '../../src/backends/seams.js';
import { COMMENT_LIMIT, renderGateReport, type GateReportInput } from '../../src/report/gate-report.js';
import { config, knownAnswer, metrics, outputs } from './helpers.js';

/** A gate result with every kind of row: passing, failing, within noise, new, removed. */
function sampleResult(names: Record<string, string> = {}): GateResult {
  const n = (key: string) => names[key] ?? key;
  const set = knownAnswer(2000, 30, 25);
  return evaluateGate({
    config: config({ rules: [{ metric: n('accuracy'), max_drop: 0.001, significant: true }, { metric: n('latency_ms'), max: 50, severity: 'warning' }, { metric: n('gone'), min: 0 }, { data: 'validation_passed' }], bootstrap: { resamples: 200 } }),
    candidate: metrics({ [n('accuracy')]: 0.8025, [n('latency_ms')]: 63, [n('fresh')]: 1 }),
    baseline: metrics({ [n('accuracy')]: 0.8, [n('latency_ms')]: 40, [n('gone')]: 3 }),
    baselineLabel: 'v3',
    outputs: { candidate: outputs(set.candidate), baseline: outputs(set.baseline) },
    data: { validationPassed: true, errors: 0, warnings: 1 },
  });
}

function fullInput(result: GateResult, over: Partial<GateReportInput> = {}): GateReportInput {
  return {
    model: 'penguins',
    workflow: 'train.yml',
    result,
    params: [
      { name: 'lr', production: 0.1, candidate: 0.05 },
      { name: 'depth', production: 3, candidate: 3 },
    ],
    data: {
      validation: { passed: true, errors: 0, warnings: 1, failed: [{ check: 'mean', column: 'bill_length_mm', severity: 'warning', message: 'mean 49 > 48' }] },
      drift: { driftedShare: 0.25, columns: [{ column: 'a', method: 'psi', value: 0.05, status: 'ok' }, { column: 'b', method: 'psi', value: 0.3, status: 'fail' }] },
    },
    sweep: { metric: 'accuracy', goal: 'maximize', trials: 3, curve: [{ trial: 0, value: 0.7, best: 0.7 }, { trial: 1, value: 0.8, best: 0.8 }, { trial: 2, value: 0.75, best: 0.8 }] },
    history: [{ metric: 'accuracy', points: [{ version: 'v1', value: 0.7 }, { version: 'v2', value: 0.75 }, { version: 'v3', value: 0.8 }] }],
    lineage: { commit: 'abc1234', runUrl: 'https://github.com/o/r/actions/runs/1', dataDigest: 'sha256:ff', registryVersion: 'penguins v4', registryUrl: 'https://github.com/o/r/releases/tag/penguins/v4' },
    summaryUrl: 'https://github.com/o/r/actions/runs/1#summary',
    ...over,
  };
}

describe('gate report', () => {
  const result = sampleResult();
  const report = renderGateReport(fullInput(result));

  test('the verdict in one line first (the comment sink adds the marker), then the metric table', () => {
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^### ❌ Gate failed: gone &gt;= 0 \(removed: the candidate has no \\`gone\\` \(production had 3\)\)$/);
    expect(report).toContain('| metric | production (v3) | candidate | change | change % | interval | rule | status |');
    expect(report).toMatch(/\| `accuracy` \| 0\.8 \| 0\.8025 \| \+0\.0025 \| \+0\.312% \| \\\[-0\.\d+, \+0\.\d+\\\] within noise \| drop &lt;= 0\.001, unless within noise \| ✅ pass \|/);
    expect(report).toMatch(/\| `fresh` \| new \| 1 \| – \| – \| – \| {2}\| 🆕 new \|/);
    expect(report).toMatch(/\| `gone` \| 3 \| removed \|.*❌ fail<br>removed: the candidate has no \\`gone\\`/);
    expect(report).toContain('⚠️ warn<br>63 &gt; 50');
    expect(report).toMatch(/Intervals: 95% paired bootstrap \(percentile, 200 resamples, seed 0\) over 2,000 examples/);
  });

  test('every optional section, open when the report fits', () => {
    for (const heading of ['#### Changed parameters', '#### Data', '#### Sweep', '#### Metric history', '#### Lineage']) expect(report).toContain(heading);
    expect(report).toContain('| `lr` | `0.1` | `0.05` |');
    expect(report).not.toContain('`depth`');
    expect(report.indexOf('`b`')).toBeLessThan(report.indexOf('`a`'));
    expect(report).toContain('```mermaid\nxychart-beta\n  title "best accuracy so far"');
    expect(report).toContain('x-axis ["v1", "v2", "v3"]');
    expect(report).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(report).toContain('[penguins v4](https://github.com/o/r/releases/tag/penguins/v4)');
    expect(report).not.toContain('<details>');
    expect(report).not.toContain('Cut to fit');
  });

  describe('user content cannot inject markup', () => {
    const vectors: [string, string, RegExp][] = [
      ['an HTML tag', '<img src=x onerror=alert(1)>', /<img/],
      ['an image', '![x](https://evil.example/p.png)', /!\[x\]\(https/],
      ['a link', '[click](https://evil.example)', /\[click\]\(https/],
      ['an autolink', 'https://evil.example/x', /(?<!`)https:\/\/evil/],
      ['an @-mention', '@octocat', /(?<!`)@octocat/],
      ['a comment close', '--> <b>x</b>', /^-->|<b>/m],
      ['a table break', 'a | b\n| c', /\| b\n/],
    ];

    test.each(vectors)('%s in a metric name', (_, name, forbidden) => {
      const text = renderGateReport(fullInput(sampleResult({ accuracy: name, latency_ms: `${name} 2`, gone: `${name} 3` })));
      // Names only appear inside code spans in tables; the verdict line escapes them.
      const outsideCode = text.replace(/`[^`\n]*`/g, '');
      expect(outsideCode).not.toMatch(forbidden);
      expect(text.split('\n')[0]).toMatch(/^### ❌ Gate failed/);
    });

    test.each(vectors)('%s in a column, a parameter, a version, a check message', (_, name, forbidden) => {
      const input = fullInput(result, {
        params: [{ name, production: name, candidate: 1 }],
        data: { validation: { passed: false, errors: 1, warnings: 0, failed: [{ check: 'regex', column: name, severity: 'error', message: name }] }, drift: { columns: [{ column: name, method: 'psi', value: 1, status: 'fail' }] } },
        history: [{ metric: name, points: [{ version: name, value: 1 }, { version: 'v2', value: 2 }] }],
        sweep: { metric: name, goal: 'maximize', trials: 2, curve: [{ trial: 0, value: 1, best: 1 }, { trial: 1, value: 2, best: 2 }] },
      });
      const text = renderGateReport(input);
      const outsideCode = text.replace(/```mermaid[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      expect(outsideCode).not.toMatch(forbidden);
      // Mermaid labels keep plain characters only: nothing closes the label, the chart or the fence.
      for (const block of text.match(/```mermaid[\s\S]*?```/g) ?? []) {
        const body = block.slice('```mermaid'.length, -3);
        expect(body).not.toMatch(/[<>`@|]/);
        for (const label of body.match(/"[^"\n]*"/g) ?? []) expect(label).toMatch(/^"[A-Za-z0-9 ._\-+/%:=…]*"$/);
      }
    });

    test('the comment key is a valid marker key, one per model and workflow', () => {
      for (const [model, workflow] of [['a-->b', 'w'], ['m', '--!><script>'], ['x--', '-y'], ['<!--', 'a / b']]) {
        expect(commentMarker(gateCommentKey(model, workflow))).toMatch(/^<!-- mlops:[A-Za-z0-9._-]+ -->$/);
      }
      expect(gateCommentKey('a / b', 'c')).not.toBe(gateCommentKey('a', 'b / c'));
      expect(gateCommentKey('penguins', '.github/workflows/ci.yml')).toMatch(/^gate\.penguins\.ci\.yml\.[0-9a-f]{10}$/);
    });
  });

  describe('size', () => {
    const manyParams = Array.from({ length: 3000 }, (_, i) => ({ name: `param_${i}_${'x'.repeat(20)}`, production: i, candidate: i + 1 }));

    test('over the limit, details fold into <details> and are cut, with a link to the job summary', () => {
      const text = renderGateReport(fullInput(result, { params: manyParams }));
      expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(text).toContain('<details><summary>Changed parameters</summary>');
      expect(text).toMatch(/Cut to fit a PR comment: \d+ rows of Changed parameters\. \[The whole report is in the job summary\.\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1#summary\)/);
      // The verdict and the whole metric table stay.
      expect(text).toContain('`accuracy`');
      expect(text).toContain('`fresh`');
      // The job summary's larger limit keeps everything.
      expect(renderGateReport(fullInput(result, { params: manyParams, maxLength: 1024 * 1024 }))).not.toContain('Cut to fit');
    });

    test('a huge metric table is cut last, failing rows kept', () => {
      const values = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`metric_${i}_${'y'.repeat(60)}`, i]));
      const big = evaluateGate({ config: config({ rules: [{ metric: 'metric_1499_' + 'y'.repeat(60), max: 0 }] }), candidate: metrics(values), baseline: metrics(values) });
      const text = renderGateReport(fullInput(big, { params: manyParams }));
      expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(text).toContain('`metric_1499_');
      expect(text).toMatch(/Cut to fit a PR comment: \d+ metrics, Changed parameters, Data, Sweep, Metric history, Lineage\./);
    });

    test('even a pathological verdict line ends under the limit', () => {
      const name = 'z'.repeat(70000);
      const huge = evaluateGate({ config: config({ rules: [{ metric: name, max: 0 }] }), candidate: metrics({ [name]: 1 }) });
      const text = renderGateReport(fullInput(huge));
      expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(text).toMatch(/cut to fit\. \[The whole report is in the job summary\.\]/);
    });
  });
});

test('data rules stay under the metric table even when the data section is cut', () => {
  const result = sampleResult();
  const manyColumns = Array.from({ length: 4000 }, (_, i) => ({ column: `column_${i}_${'c'.repeat(10)}`, method: 'psi', value: i, status: 'fail' as const }));
  const failed = Array.from({ length: 4000 }, (_, i) => ({ check: 'regex', column: `c${i}`, severity: 'error' as const, message: 'x'.repeat(20) }));
  const text = renderGateReport(fullInput(result, { data: { validation: { passed: true, errors: 0, warnings: 0, failed }, drift: { columns: manyColumns } } }));
  expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(text).toContain('- ✅ pass: data validation passed (validation passed (0 errors, 1 warnings))');
  expect(text).toMatch(/Cut to fit a PR comment: \d+ rows of Data/);
});
