import { FrequentStrings, type FrequentEntries, type FrequentHolder } from '../../../src/data/profile/frequent-strings.js';
import { rng } from './helpers.js';

function add(f: FrequentStrings, s: string): void {
  f.add(s);
}

/** Zipf-like skew over `domain` values: value i has weight 1 / (i + 1). */
function skewed(n: number, domain: number, seed: number): string[] {
  const r = rng(seed);
  const cdf: number[] = [];
  let total = 0;
  for (let i = 0; i < domain; i++) cdf.push((total += 1 / (i + 1)));
  return Array.from({ length: n }, () => {
    const u = r() * total;
    let lo = 0;
    let hi = domain - 1;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (cdf[m] >= u) hi = m;
      else lo = m + 1;
    }
    return `v${lo}`;
  });
}

function exactCounts(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

describe('FrequentStrings', () => {
  it('counts exactly while the domain is small', () => {
    const values = skewed(200_000, 500, 1);
    const f = new FrequentStrings();
    for (const v of values) add(f, v);
    const exact = exactCounts(values);
    expect(f.exact).toBe(true);
    expect(f.distinct).toBe(exact.size);
    for (const { value, count } of f.entries()) expect(count).toBe(exact.get(value));
  });

  it('keeps the true top 20 of skewed data with a large domain, within the Misra-Gries bound', () => {
    const values = skewed(300_000, 200_000, 2);
    const f = new FrequentStrings();
    for (const v of values) add(f, v);
    const exact = [...exactCounts(values)].sort((a, b) => b[1] - a[1]);
    expect(f.exact).toBe(false);
    expect(f.maxError).toBeLessThanOrEqual(values.length / (f.capacity / 2 + 1));
    const top = f.entries().slice(0, 20);
    expect(new Set(top.map((e) => e.value))).toEqual(new Set(exact.slice(0, 20).map(([v]) => v)));
    const truth = new Map(exact);
    for (const { value, count } of f.entries()) {
      expect(count).toBeLessThanOrEqual(truth.get(value)!);
      expect(count).toBeGreaterThanOrEqual(truth.get(value)! - f.maxError);
    }
  });

  it('merges parts (through state) into the same top values', () => {
    const values = skewed(200_000, 50_000, 3);
    const whole = new FrequentStrings();
    for (const v of values) add(whole, v);
    const merged = new FrequentStrings();
    for (let p = 0; p < 4; p++) {
      const part = new FrequentStrings();
      for (const v of values.slice(p * 50_000, (p + 1) * 50_000)) add(part, v);
      merged.merge(FrequentStrings.fromState(structuredClone(part.toState())));
    }
    expect(merged.n).toBe(values.length);
    const truth = exactCounts(values);
    for (const { value, count } of merged.entries().slice(0, 20)) {
      expect(count).toBeLessThanOrEqual(truth.get(value)!);
      expect(count).toBeGreaterThanOrEqual(truth.get(value)! - merged.maxError);
    }
    expect(merged.entries().slice(0, 5).map((e) => e.value)).toEqual(whole.entries().slice(0, 5).map((e) => e.value));
  });

  it('merges exact small summaries exactly', () => {
    const a = new FrequentStrings();
    const b = new FrequentStrings();
    for (const v of ['x', 'y', 'x']) add(a, v);
    for (const v of ['y', 'z', 'y']) add(b, v);
    a.merge(b);
    expect(a.entries()).toEqual([
      { value: 'y', count: 3 },
      { value: 'x', count: 2 },
      { value: 'z', count: 1 },
    ]);
    expect(a.exact).toBe(true);
  });

  it('a lent table is given back, as its holder left it, before any use', () => {
    const uses: Array<[string, (f: FrequentStrings) => unknown]> = [
      ['add', (f) => f.add('b')],
      ['n', (f) => f.n],
      ['maxError', (f) => f.maxError],
      ['exact', (f) => f.exact],
      ['distinct', (f) => f.distinct],
      ['entries', (f) => f.entries()],
      ['toState', (f) => f.toState()],
      ['merge into', (f) => f.merge(new FrequentStrings(4))],
      ['merged', (f) => new FrequentStrings(4).merge(f)],
    ];
    for (const [name, use] of uses) {
      const f = new FrequentStrings(4);
      for (const v of ['a', 'b', 'a']) add(f, v);
      let givenBack = 0;
      // a holder that counted two more 'b's while it held the table (as the CSV kernel adds cells)
      const holder: FrequentHolder = {
        giveBack: () => {
          givenBack++;
          const size = lent.size;
          const counts = lent.counts.slice(0, size);
          counts[lent.keys.indexOf('b')] += 2;
          f.restore({ ...lent, keys: lent.keys.slice(0, size), hashA: lent.hashA.slice(0, size), hashB: lent.hashB.slice(0, size), counts, n: lent.n + 2 });
        },
      };
      const lent: FrequentEntries = f.lend(holder);
      expect(f.lentTo(holder)).toBe(true);
      use(f);
      expect([name, givenBack, f.lentTo(holder)]).toEqual([name, 1, false]);
      const b = name === 'add' ? 4 : 3;
      expect(f.entries()).toEqual([{ value: 'b', count: b }, { value: 'a', count: 2 }]);
      expect(f.n).toBe(b + 2);
    }
  });
});
