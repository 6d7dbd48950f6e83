import { computeDrift } from '../../../src/data/drift/compute-drift.js';
import { normals, profileOf, rng } from '../profile/helpers.js';

const N = 200_000;

function categorical(n: number, weights: Record<string, number>, seed: number): string[] {
  const r = rng(seed);
  const entries = Object.entries(weights);
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return Array.from({ length: n }, () => {
    let u = r() * total;
    for (const [value, w] of entries) if ((u -= w) < 0) return value;
    return entries[entries.length - 1][0];
  });
}

describe('computeDrift', () => {
  const baseline = profileOf({
    x: { kind: 'numeric', values: normals(N, 1) },
    color: { kind: 'string', values: categorical(N, { red: 5, green: 3, blue: 2 }, 2) },
  });

  it('finds no drift between a profile and itself', () => {
    const report = computeDrift(baseline, baseline);
    for (const c of report.columns) {
      expect(c.status).toBe('ok');
      expect(c.metrics.psi).toBeLessThan(1e-9);
      expect(c.metrics.js).toBeLessThan(1e-6);
    }
    expect(report.dataset).toMatchObject({ status: 'ok', share: 0, compared: 2, driftedColumns: [] });
  });

  it('finds no drift between two samples of the same distributions', () => {
    const current = profileOf({
      x: { kind: 'numeric', values: normals(N, 99) },
      color: { kind: 'string', values: categorical(N, { red: 5, green: 3, blue: 2 }, 98) },
    });
    const report = computeDrift(baseline, current);
    expect(report.columns.map((c) => c.status)).toEqual(['ok', 'ok']);
    const x = report.columns[0];
    expect(x.decidedBy).toEqual(['psi', 'js']);
    expect(x.metrics.psi).toBeLessThan(0.01);
    expect(x.metrics.js).toBeLessThan(0.05);
    expect(x.metrics.ks).toBeLessThan(0.02);
    expect(x.metrics.pValue).toBeUndefined();
  });

  it('fails a shifted normal and the dataset when half the columns drift', () => {
    const current = profileOf({
      x: { kind: 'numeric', values: normals(N, 3, 1) },
      color: { kind: 'string', values: categorical(N, { red: 5, green: 3, blue: 2 }, 4) },
    });
    const report = computeDrift(baseline, current);
    const x = report.columns.find((c) => c.column === 'x')!;
    expect(x.status).toBe('fail');
    expect(x.metrics.psi).toBeGreaterThan(0.5);
    expect(x.metrics.js).toBeGreaterThan(0.3);
    expect(x.metrics.ks).toBeCloseTo(0.383, 1); // 2 Phi(0.5) - 1
    expect(x.reason).toMatch(/psi .* >= 0.2/);
    expect(report.dataset).toMatchObject({ status: 'fail', driftedColumns: ['x'], share: 0.5 });
    expect(computeDrift(baseline, current, { driftedShareFail: 0.6 }).dataset.status).toBe('warning');
  });

  it('reports the L-infinity distance of a categorical shift', () => {
    const current = profileOf({
      x: { kind: 'numeric', values: normals(N, 5) },
      color: { kind: 'string', values: categorical(N, { red: 2, green: 3, blue: 2, purple: 3 }, 6) },
    });
    const color = computeDrift(baseline, current).columns.find((c) => c.column === 'color')!;
    expect(color.decidedBy).toEqual(['linf', 'psi']);
    expect(color.metrics.linf).toBeCloseTo(0.3, 1); // red 0.5 -> 0.2, purple 0 -> 0.3
    expect(color.status).toBe('fail');
  });

  it('uses the KS and chi-squared tests on small samples', () => {
    const small = (seed: number, shift: number, colors: Record<string, number>) =>
      profileOf({ x: { kind: 'numeric', values: normals(300, seed, shift) }, color: { kind: 'string', values: categorical(300, colors, seed + 1) } });
    const base = small(10, 0, { a: 1, b: 1 });
    const same = computeDrift(base, small(20, 0, { a: 1, b: 1 }));
    for (const c of same.columns) {
      expect(c.decidedBy).toEqual(['pValue']);
      expect(c.metrics.pValue).toBeGreaterThan(0.01);
      expect(c.reason).toMatch(/small samples/);
    }
    expect(same.columns[0].metrics.ks).toBeDefined();
    expect(same.columns[1].metrics.chi2).toBeDefined();
    const shifted = computeDrift(base, small(30, 0.6, { a: 1, b: 3 }));
    for (const c of shifted.columns) {
      expect(c.status).toBe('fail');
      expect(c.metrics.pValue).toBeLessThan(0.001);
    }
    // Every applicable metric is still measured.
    expect(Object.keys(shifted.columns[0].metrics).sort()).toEqual(['js', 'ks', 'pValue', 'psi']);
  });

  it('applies per-column overrides: thresholds, method and skip', () => {
    const current = profileOf({
      x: { kind: 'numeric', values: normals(N, 7, 0.1) },
      color: { kind: 'string', values: categorical(N, { red: 2, green: 3, blue: 5 }, 8) },
    });
    const defaults = computeDrift(baseline, current);
    expect(defaults.columns[0].status).toBe('ok');
    const report = computeDrift(baseline, current, {
      columns: { x: { psi: { warn: 0.001, fail: 0.005 }, method: 'psi' }, color: { skip: true } },
    });
    const [x, color] = report.columns;
    expect(x.decidedBy).toEqual(['psi']);
    expect(x.status).toBe('fail');
    expect(color).toMatchObject({ status: 'ok', skipped: true, decidedBy: [] });
    expect(report.dataset).toMatchObject({ compared: 1, share: 1, status: 'fail' });
    const ks = computeDrift(baseline, current, { columns: { x: { method: 'ks' } } }).columns[0];
    expect(ks.decidedBy).toEqual(['pValue']);
    expect(ks.status).toBe('fail'); // a 0.1 sd shift on 200k rows is significant
    const linf = computeDrift(baseline, current, { columns: { x: { method: 'linf' } } }).columns[0];
    expect(linf.reason).toMatch(/linf does not apply to numeric columns/);
  });

  it('reports columns missing on either side and changed kinds instead of crashing', () => {
    const current = profileOf({
      color: { kind: 'numeric', values: [1, 2, 3] },
      extra: { kind: 'string', values: ['a'] },
    });
    const report = computeDrift(baseline, current);
    expect(report.columns.map((c) => [c.column, c.status, c.missingFrom])).toEqual([
      ['x', 'warning', 'current'],
      ['color', 'warning', undefined],
      ['extra', 'warning', 'baseline'],
    ]);
    expect(report.columns[1].reason).toMatch(/kind changed from string to numeric/);
    expect(report.dataset).toMatchObject({ compared: 0, status: 'warning' });
    expect(computeDrift(baseline, current, { missingColumn: 'fail' }).dataset.status).toBe('fail');
  });

  it('handles constant and empty columns', () => {
    const a = profileOf({ c: { kind: 'numeric', values: new Float64Array(5000).fill(3) }, e: { kind: 'numeric', values: [null, null] } });
    const b = profileOf({ c: { kind: 'numeric', values: new Float64Array(5000).fill(4) }, e: { kind: 'numeric', values: [1] } });
    const same = computeDrift(a, a).columns;
    expect(same[0]).toMatchObject({ status: 'ok', metrics: { psi: 0, js: 0, ks: 0 } });
    const moved = computeDrift(a, b).columns;
    expect(moved[0].status).toBe('fail');
    expect(moved[0].metrics.js).toBeCloseTo(1, 6);
    expect(moved[1]).toMatchObject({ status: 'warning', reason: 'no values in the baseline' });
  });
});
