import { MAX_RELEASE_BODY, renderModelCard, type ModelCardInput } from '../../src/registry/model-card.js';

const base: ModelCardInput = {
  name: 'churn-model',
  version: 3,
  createdAt: '2024-05-01T12:00:00Z',
  repository: 'acme/ml',
  commit: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/heads/main',
  runUrl: 'https://github.com/acme/ml/actions/runs/42',
  actor: 'octocat',
  params: { lr: 0.01, depth: 6, optimizer: 'adam' },
  metrics: { auc: 0.912345678, loss: 0.25 },
  parent: { version: 2 },
  data: { files: [{ path: 'data/train.parquet', sha256: 'a'.repeat(64), rows: 12345 }] },
  sweep: { trials: 20, completed: 18, bestTrial: 't-7', objective: { metric: 'auc', direction: 'maximize' } },
  gate: { verdict: 'pass', baselineVersion: 2, reasons: ['auc 0.912 >= 0.9'] },
  assets: [{ name: 'model.tar.gz', size: 5 * 1024 * 1024, sha256: 'b'.repeat(64) }],
};

describe('renderModelCard', () => {
  test('shows metrics, params, lineage links and both download commands', () => {
    const card = renderModelCard(base);
    expect(card).toContain('| auc | 0.912346 |');
    expect(card).toContain('| optimizer | adam |');
    expect(card).toContain('[0123456789ab](https://github.com/acme/ml/commit/0123456789abcdef0123456789abcdef01234567)');
    expect(card).toContain('[workflow run](https://github.com/acme/ml/actions/runs/42)');
    expect(card).toContain('[version 2](https://github.com/acme/ml/releases/tag/churn-model/v2)');
    // A command that works as printed (issue #16: `--version 3` printed the CLI's own version).
    expect(card).toContain('mlops models download churn-model:3 --github acme/ml --out churn-model-v3');
    expect(card).toContain('gh release download churn-model/v3 --repo acme/ml');
    expect(card).toContain('| model.tar.gz | 5.0 MiB | ' + 'b'.repeat(64) + ' |');
    expect(card).toContain('data/train.parquet');
    expect(card).toContain('18 of 20 trials completed');
    expect(card).toContain('✅ pass');
  });

  test('an asset stored in parts lists each part and says how to join them after gh release download', () => {
    const part = (n: number, size: number) => ({ name: `model.tar.part-00${n}`, size, sha256: String(n).repeat(64) });
    const card = renderModelCard({ ...base, assets: [{ name: 'model.tar', size: 3 * 1024 ** 3, sha256: 'c'.repeat(64), parts: [part(1, 2 * 1024 **3 - 1), part(2, 1024 ** 3 + 1)] }] });
    expect(card).toContain('| model.tar (2 parts, joined) | 3.0 GiB | ' + 'c'.repeat(64) + ' |');
    expect(card).toContain('| ↳ model.tar.part-001 | 2.0 GiB | ' + '1'.repeat(64) + ' |');
    expect(card).toContain('| ↳ model.tar.part-002 | 1.0 GiB | ' + '2'.repeat(64) + ' |');
    expect(card).toContain('cat model.tar.part-001 model.tar.part-002 > model.tar');
    // a single-asset model says nothing about joining
    expect(renderModelCard(base)).not.toContain('cat ');
  });

  test('escapes every user value: pipes, HTML, mentions', () => {
    const card = renderModelCard({
      ...base,
      actor: '@evil-team',
      ref: '<script>alert(1)</script>',
      params: { 'a|b': 'x|y', note: '<script>alert(1)</script>', owner: '@octo-org/admins' },
      metrics: { 'acc|<b>': 1, '@someone': 0.5 },
      gate: { verdict: 'fail', reasons: ['<img src=x onerror=alert(1)> by @dave'] },
      runUrl: 'javascript:alert(1)',
    });
    expect(card).not.toMatch(/<script>|<img|<b>/);
    expect(card).toContain('&lt;script&gt;');
    expect(card).not.toMatch(/@(?!\u200b)/);
    expect(card).toContain('@\u200bevil-team');
    // A pipe never ends a cell.
    const row = card.split('\n').find((line) => line.includes('a\\|b'));
    expect(row).toBe('| a\\|b | x\\|y |');
    expect(card).not.toContain('javascript:');
    expect(card).toContain('workflow run');
  });

  test('10,000 metrics stay under the 125,000-character limit, cut between rows with a note', () => {
    const metrics: Record<string, number> = {};
    for (let i = 0; i < 10_000; i += 1) metrics[`metric_${String(i).padStart(5, '0')}_with_a_rather_long_name`] = i / 7;
    const params: Record<string, string> = {};
    for (let i = 0; i < 5_000; i += 1) params[`param_${i}`] = 'v'.repeat(40);
    const card = renderModelCard({ ...base, metrics, params });
    expect(card.length).toBeLessThanOrEqual(MAX_RELEASE_BODY);
    expect(card.length).toBeGreaterThan(MAX_RELEASE_BODY * 0.9);
    expect(card).toMatch(/_[\d,]+ of 10,000 rows not shown: all metrics are in manifest\.json\._/);
    expect(card).toMatch(/_[\d,]+ of 5,000 rows not shown: all parameters are in manifest\.json\._/);
    // Every table line is a whole row.
    for (const line of card.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith(' |')).toBe(true);
    // Small sections are not pushed out by the big ones.
    expect(card).toContain('model.tar.gz');
    expect(card).toContain('gh release download');
  });

  test('a smaller maxChars leaves room for an embedded manifest', () => {
    const metrics: Record<string, number> = {};
    for (let i = 0; i < 2_000; i += 1) metrics[`m${i}`] = i;
    const card = renderModelCard({ ...base, metrics }, { maxChars: 5_000 });
    expect(card.length).toBeLessThanOrEqual(5_000);
    expect(card).toContain('rows not shown');
  });

  test('minimal input renders without optional sections', () => {
    const card = renderModelCard({ name: 'm', version: 1, createdAt: '2024-01-01', params: {}, metrics: {}, assets: [] });
    expect(card).toContain('## Model m · version 1');
    expect(card).toContain('mlops models download m:1 --out m-v1');
    expect(card).not.toContain('### Metrics');
  });
});
