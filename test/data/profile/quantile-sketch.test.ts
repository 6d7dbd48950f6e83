import { QuantileSketch } from '../../../src/data/profile/quantile-sketch.js';
import { Float64RadixSorter } from '../../../src/data/profile/radix-sort.js';
import { normals, rankError, rankInterval, rng, uniforms } from './helpers.js';

const N = 1_000_000;
const QS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

function distributions(): Record<string, Float64Array> {
  const r = rng(7);
  return {
    uniform: uniforms(N, 3),
    normal: normals(N, 4),
    lognormal: normals(N, 5).map(Math.exp),
    'heavy duplicates': Float64Array.from({ length: N }, () => Math.floor(r() ** 3 * 20)),
    'negative and tiny': normals(N, 6).map((x) => x * 1e-9 - 1e-9),
  };
}

function maxRankError(sketch: QuantileSketch, sorted: Float64Array): number {
  const cdf = sketch.cdf();
  return Math.max(...QS.map((q) => rankError(sorted, cdf.quantile(q), q)));
}

describe('Float64RadixSorter', () => {
  it.each([
    ['in WebAssembly', true],
    ['in JS', false],
  ])('sorts like a comparison sort, including ties on the high word, negatives and -0 (%s)', (_, kernel) => {
    const r = rng(1);
    const sorter = new Float64RadixSorter(1024, kernel);
    const cases = [
      Float64Array.from({ length: 1000 }, () => (r() - 0.5) * 1e6),
      Float64Array.from({ length: 1024 }, () => 1.7e12 + Math.floor(r() * 1000)), // timestamps: equal high words
      Float64Array.from({ length: 1024 }, () => -(1 + r() * 1e-9)),
      Float64Array.from([3, -0, 0, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 2, 2]),
      Float64Array.from({ length: 1024 }, (_, i) => 1000 + i), // already in order (ids): left as is
      Float64Array.from({ length: 1024 }, (_, i) => (i === 1023 ? 0 : 1000 + i)), // in order but the last
      Float64Array.from({ length: 1024 }, () => Math.floor(r() * 90)), // ages: few values, many ties
      Float64Array.from({ length: 3000 }, () => (r() - 0.5) * 1e3), // longer than the kernel takes: JS
    ];
    for (const values of cases) {
      const expected = Float64Array.from(values).sort();
      sorter.sort(values, values.length);
      expect(Array.from(values).map((x) => x + 0)).toEqual(Array.from(expected).map((x) => x + 0));
    }
  });
});

describe('QuantileSketch', () => {
  const data = distributions();

  it.each(Object.keys(data))('has rank error <= 1%% on 1e6 %s values, within its reported bound', (name) => {
    const values = data[name];
    const sketch = new QuantileSketch();
    for (let i = 0; i < values.length; i++) sketch.add(values[i]);
    const sorted = Float64Array.from(values).sort();
    const error = maxRankError(sketch, sorted);
    expect(sketch.n).toBe(N);
    expect(sketch.rankErrorBound).toBeLessThanOrEqual(0.01);
    expect(error).toBeLessThanOrEqual(Math.min(0.01, sketch.rankErrorBound));
    // The CDF (rank of x) is as accurate: compare with the exact fraction <= x at a few points.
    const cdf = sketch.cdf();
    for (const q of [0.05, 0.5, 0.9]) {
      const x = sorted[Math.floor(q * N)];
      expect(Math.abs(cdf.le(x) - rankInterval(sorted, x)[1])).toBeLessThanOrEqual(0.01);
    }
  });

  it('is exact while few values were added', () => {
    const values = uniforms(1000, 9);
    const sketch = new QuantileSketch();
    sketch.addBlock(values, values.length);
    expect(sketch.exact).toBe(true);
    expect(sketch.rankErrorBound).toBe(0);
    const sorted = Float64Array.from(values).sort();
    for (const q of QS) expect(rankError(sorted, sketch.cdf().quantile(q), q)).toBe(0);
  });

  it('merges 2-4 parts (through transferable state) with the same accuracy', () => {
    const values = data.lognormal;
    const sorted = Float64Array.from(values).sort();
    for (const parts of [2, 3, 4]) {
      const size = Math.ceil(N / parts);
      const merged = new QuantileSketch();
      for (let p = 0; p < parts; p++) {
        const part = new QuantileSketch(undefined, 1000 + p);
        part.addBlock(values.subarray(p * size), Math.min(size, N - p * size));
        merged.merge(QuantileSketch.fromState(structuredClone(part.toState())));
      }
      expect(merged.n).toBe(N);
      expect(maxRankError(merged, sorted)).toBeLessThanOrEqual(0.01);
    }
  });

  it('is deterministic: same input, same quantiles', () => {
    const a = new QuantileSketch();
    const b = new QuantileSketch();
    a.addBlock(data.normal, 300_000);
    b.addBlock(data.normal, 300_000);
    expect(Array.from(a.cdf().values)).toEqual(Array.from(b.cdf().values));
  });

  it('survives a state round trip unchanged', () => {
    const a = new QuantileSketch();
    a.addBlock(data.uniform, 200_123);
    const b = QuantileSketch.fromState(structuredClone(a.toState()));
    expect(Array.from(b.cdf().values)).toEqual(Array.from(a.cdf().values));
    a.addBlock(data.normal, 50_000);
    b.addBlock(data.normal, 50_000);
    expect(Array.from(b.cdf().cumulative)).toEqual(Array.from(a.cdf().cumulative));
  });

  it('builds its CDF as a stable sort of its runs and buffer by value would (duplicates, weights by level)', () => {
    const r = rng(11);
    for (const n of [0, 700, 5_000, 300_001]) {
      const sketch = new QuantileSketch();
      // few distinct values: ties between the buffer and runs of every level
      for (let i = 0; i < n; i++) sketch.add(Math.floor(r() * 40) / 4);
      const state = sketch.toState();
      const segments: { values: Float64Array; weight: number }[] = [{ values: state.buffer, weight: 2 ** state.level }];
      state.levels.forEach((run, h) => run && segments.push({ values: run, weight: 2 ** h }));
      const all = segments.flatMap(({ values, weight }) => Array.from(values, (value) => ({ value, weight })));
      all.sort((a, b) => a.value - b.value);
      let sum = 0;
      const cdf = sketch.cdf();
      expect(Array.from(cdf.values)).toEqual(all.map((e) => e.value));
      expect(Array.from(cdf.cumulative)).toEqual(all.map((e) => (sum += e.weight)));
    }
  });
});
