import { ColumnProfiler } from '../../../src/data/profile/column-profiler.js';
import { parseProfile } from '../../../src/data/profile/read-profile.js';
import { TableCdf } from '../../../src/data/profile/table-cdf.js';
import { QUANTILE_KEYS, type ColumnProfile } from '../../../src/data/profile/types.js';
import { normals, rankInterval, rng } from './helpers.js';

function numericProfiler(values: Float64Array, kind: 'numeric' | 'datetime' = 'numeric'): ColumnProfiler {
  const p = new ColumnProfiler(kind);
  for (const v of values) p.addNumber(v);
  return p;
}

/** Splits values into `parts` profilers, ships each through its state as a worker would, merges. */
function mergedProfiler(values: Float64Array, parts: number): ColumnProfiler {
  const size = Math.ceil(values.length / parts);
  const merged = new ColumnProfiler('numeric');
  for (let p = 0; p < parts; p++) {
    const part = numericProfiler(values.subarray(p * size, (p + 1) * size));
    merged.merge(ColumnProfiler.fromState(structuredClone(part.toState())));
  }
  return merged;
}

describe('ColumnProfiler: numeric', () => {
  const values = normals(300_000, 11, 50, 10);
  const sorted = Float64Array.from(values).sort();
  const profile = numericProfiler(values).finalize();

  it('reports exact moments and accurate quantiles', () => {
    expect(profile.count).toBe(values.length);
    expect(profile.valid).toBe(values.length);
    expect(profile.min).toBe(sorted[0]);
    expect(profile.max).toBe(sorted[sorted.length - 1]);
    expect(profile.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
    expect(profile.std).toBeCloseTo(10, 0);
    for (const [key, q] of [['p01', 0.01], ['p50', 0.5], ['p99', 0.99]] as const) {
      const [lo, hi] = rankInterval(sorted, profile.quantiles![key]);
      expect(Math.max(lo - q, q - hi, 0)).toBeLessThanOrEqual(0.01);
    }
    expect(profile.distinctExact).toBe(false);
    expect(Math.abs(profile.distinctApprox / values.length - 1)).toBeLessThan(0.03);
  });

  it('derives a 20-bin histogram and a 1001-point quantile table from the sketch', () => {
    const h = profile.histogram!;
    expect(h.edges).toHaveLength(21);
    expect(h.edges[0]).toBe(profile.min);
    expect(h.edges[20]).toBe(profile.max);
    expect(h.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
    expect(h.counts.every((c) => Number.isInteger(c) && c >= 0)).toBe(true);
    const exactBin = sorted.filter((x) => x > h.edges[9] && x <= h.edges[10]).length;
    expect(Math.abs(h.counts[9] - exactBin) / values.length).toBeLessThan(0.01);
    const table = profile.quantileTable!;
    expect(table.points).toHaveLength(1001);
    expect(table.rankError).toBeGreaterThan(0);
    expect(table.rankError).toBeLessThanOrEqual(0.01);
    const cdf = new TableCdf(table);
    for (const x of [30, 45, 50, 62, 80]) expect(Math.abs(cdf.le(x) - rankInterval(sorted, x)[1])).toBeLessThan(0.01);
  });

  it.each([2, 3, 4])('gives the single-pass profile when %i parts are merged', (parts) => {
    const merged = mergedProfiler(values, parts).finalize();
    expect(merged.count).toBe(profile.count);
    expect(merged.min).toBe(profile.min);
    expect(merged.max).toBe(profile.max);
    expect(merged.mean).toBeCloseTo(profile.mean!, 9);
    expect(merged.std).toBeCloseTo(profile.std!, 9);
    for (const key of QUANTILE_KEYS) {
      const [lo, hi] = rankInterval(sorted, merged.quantiles![key]);
      const q = Number(key.slice(1)) / 100;
      expect(Math.max(lo - q, q - hi, 0)).toBeLessThanOrEqual(0.01);
    }
    expect(Math.abs(merged.distinctApprox - profile.distinctApprox)).toBe(0); // HLL merge is lossless
  });

  it('counts nulls, NaN and infinities apart from the values', () => {
    const p = new ColumnProfiler('numeric');
    for (const v of [1, 2, NaN, Infinity, -Infinity, -Infinity, 3]) p.addNumber(v);
    p.addNull();
    const c = p.finalize();
    expect(c).toMatchObject({ count: 8, nulls: 1, nullFraction: 1 / 8, nan: 1, inf: { positive: 1, negative: 2 }, valid: 3, min: 1, max: 3, mean: 2 });
    expect(c.distinctExact).toBe(true);
    expect(c.distinctApprox).toBe(3);
    expect(c.exactValues).toEqual([1, 2, 3]);
  });

  it('finalizes an all-null column without numbers', () => {
    const p = new ColumnProfiler('numeric');
    p.addNull();
    const c = p.finalize();
    expect(c).toMatchObject({ valid: 0, min: null, quantiles: null, histogram: null, quantileTable: null });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('shows datetime columns as ISO strings too', () => {
    const start = Date.UTC(2024, 0, 1);
    const p = numericProfiler(Float64Array.from({ length: 5000 }, (_, i) => start + i * 60_000), 'datetime');
    const c = p.finalize();
    expect(c.iso!.min).toBe('2024-01-01T00:00:00.000Z');
    expect(c.iso!.max).toBe(new Date(start + 4999 * 60_000).toISOString());
    expect(c.iso!.quantiles.p50).toMatch(/^2024-01-02T17:3/); // minute 2500 of 5000
  });
});

describe('ColumnProfiler: string and boolean', () => {
  it('reports top values, exact categories and length stats', () => {
    const r = rng(5);
    const values = Array.from({ length: 50_000 }, () => ['red', 'green', 'blue', 'cyan'][Math.floor(r() ** 2 * 4)]);
    const parts = [0, 1].map((k) => {
      const p = new ColumnProfiler('string');
      for (const v of values.slice(k * 25_000, (k + 1) * 25_000)) p.addString(v);
      if (k === 1) p.addNull();
      return ColumnProfiler.fromState(structuredClone(p.toState()));
    });
    parts[0].merge(parts[1]);
    const c = parts[0].finalize();
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    expect(c.valid).toBe(50_000);
    expect(c.nulls).toBe(1);
    expect(c.distinctExact).toBe(true);
    expect(c.distinctApprox).toBe(4);
    expect(c.top![0]).toEqual({ value: 'red', count: counts.get('red') });
    expect(c.categories).toEqual({ values: c.top, other: 0, exact: true });
    expect(c.length!.min).toBe(3);
    expect(c.length!.max).toBe(5);
    expect(c.histogram).toBeNull();
  });

  it('keeps top 100 categories plus an other count for large domains', () => {
    const p = new ColumnProfiler('string');
    for (let i = 0; i < 20_000; i++) p.addString(i % 2 === 0 ? 'common' : `id-${i}`);
    const c = p.finalize();
    expect(c.distinctExact).toBe(false);
    expect(Math.abs(c.distinctApprox / 10_001 - 1)).toBeLessThan(0.03);
    expect(c.top![0].value).toBe('common');
    expect(c.categories!.exact).toBe(false);
    expect(c.categories!.values.length).toBeLessThanOrEqual(100);
    expect(c.categories!.values.reduce((a, v) => a + v.count, 0) + c.categories!.other).toBe(20_000);
  });

  it('profiles booleans as two categories', () => {
    const p = new ColumnProfiler('boolean');
    for (let i = 0; i < 10; i++) p.addBoolean(i < 7);
    const c = p.finalize();
    expect(c.top).toEqual([
      { value: 'true', count: 7 },
      { value: 'false', count: 3 },
    ]);
    expect(c.mean).toBeCloseTo(0.7);
    expect(c.distinctApprox).toBe(2);
  });

  it('round-trips through JSON and the profile validator', () => {
    const num = numericProfiler(normals(10_000, 3)).finalize();
    const str = new ColumnProfiler('string');
    str.addString('a');
    const profile = { schemaVersion: 1, createdAt: 'now', files: [{ path: 'a.csv', sha256: 'x', bytes: 1, rows: 10_000 }], rowCount: 10_000, columns: { num, str: str.finalize() } };
    const parsed = parseProfile(JSON.parse(JSON.stringify(profile)), 'p.json');
    expect(parsed.columns.num).toEqual(num as ColumnProfile);
  });
});
