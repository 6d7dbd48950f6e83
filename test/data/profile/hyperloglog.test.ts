import { hashNumber, hashString } from '../../../src/data/profile/hash.js';
import { HyperLogLog } from '../../../src/data/profile/hyperloglog.js';

describe('HyperLogLog (p = 14)', () => {
  // Up to 300,000: 18 times the registers, well into the raw estimator's range (1,000,000 took 11 s
  // under Jest for no more coverage).
  it.each([10, 1000, 100_000, 300_000])('estimates %i distinct strings within 3%%', (n) => {
    const h = new HyperLogLog();
    for (let rep = 0; rep < 2; rep++) for (let i = 0; i < n; i++) h.add(hashString(`user-${i}`));
    expect(Math.abs(h.estimate() / n - 1)).toBeLessThan(0.03);
  });

  it.each([100_000, 300_000])('estimates %i distinct numbers within 3%% (integers and fractions)', (n) => {
    const ints = new HyperLogLog();
    const fractions = new HyperLogLog();
    for (let i = 0; i < n; i++) {
      ints.add(hashNumber(i));
      fractions.add(hashNumber(i / 7 + 0.1));
    }
    expect(Math.abs(ints.estimate() / n - 1)).toBeLessThan(0.03);
    expect(Math.abs(fractions.estimate() / n - 1)).toBeLessThan(0.03);
  });

  it('is 0 when empty, counts -0 and 0 once', () => {
    const h = new HyperLogLog();
    expect(h.estimate()).toBe(0);
    h.add(hashNumber(0));
    h.add(hashNumber(-0));
    expect(Math.round(h.estimate())).toBe(1);
  });

  it('merges as the union of the parts', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 60_000; i++) a.add(hashString(`k${i}`));
    for (let i = 40_000; i < 100_000; i++) b.add(hashString(`k${i}`));
    const merged = HyperLogLog.fromState(structuredClone(a.toState()));
    merged.merge(b);
    expect(Math.abs(merged.estimate() / 100_000 - 1)).toBeLessThan(0.03);
  });
});
