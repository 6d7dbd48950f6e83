import { Moments } from '../../../src/data/profile/moments.js';
import { normals, uniforms } from './helpers.js';

function naive(values: Float64Array) {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, std: Math.sqrt(ss / (values.length - 1)), min: Math.min(...values), max: Math.max(...values) };
}

function feed(m: Moments, values: Float64Array, blocks: boolean): void {
  if (!blocks) for (const v of values) m.add(v);
  else for (let i = 0; i < values.length; i += 1024) m.addBlock(values.subarray(i), Math.min(1024, values.length - i));
}

describe('Moments', () => {
  it.each([false, true])('matches a naive two-pass computation (blocks: %s)', (blocks) => {
    const values = normals(100_000, 1, 1e6, 3); // large offset: a naive sum of squares would lose digits
    const m = new Moments();
    feed(m, values, blocks);
    const expected = naive(values);
    expect(m.n).toBe(values.length);
    expect(m.mean).toBeCloseTo(expected.mean, 6);
    expect(m.std / expected.std).toBeCloseTo(1, 10);
    expect(m.min).toBe(expected.min);
    expect(m.max).toBe(expected.max);
  });

  it('merges 2-4 parts into the single-pass result (Chan)', () => {
    const values = uniforms(50_001, 2, -5, 7);
    const whole = new Moments();
    feed(whole, values, true);
    for (const parts of [2, 3, 4]) {
      const merged = new Moments();
      const size = Math.ceil(values.length / parts);
      for (let p = 0; p < parts; p++) {
        const part = new Moments();
        feed(part, values.subarray(p * size, (p + 1) * size), p % 2 === 0);
        merged.merge(Moments.fromState(structuredClone(part.toState())));
      }
      expect(merged.n).toBe(whole.n);
      expect(merged.mean).toBeCloseTo(whole.mean, 12);
      expect(merged.std).toBeCloseTo(whole.std, 12);
      expect([merged.min, merged.max]).toEqual([whole.min, whole.max]);
    }
  });

  it('reports NaN std for no values and 0 for one', () => {
    const m = new Moments();
    expect(m.std).toBeNaN();
    m.add(3);
    expect(m.std).toBe(0);
    m.merge(new Moments());
    expect(m.mean).toBe(3);
  });
});
