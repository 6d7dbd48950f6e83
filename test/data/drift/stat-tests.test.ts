import { jensenShannonDistance, lInfinity, psi } from '../../../src/data/drift/metrics.js';
import { chiSquaredPValue, ksPValue } from '../../../src/data/drift/stat-tests.js';

describe('drift metrics', () => {
  it('computes PSI with an epsilon for empty bins', () => {
    expect(psi([0.5, 0.5], [0.5, 0.5], 1e-4)).toBe(0);
    expect(psi([0.5, 0.5], [0.25, 0.75], 1e-4)).toBeCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), 12);
    expect(psi([1, 0], [0.9, 0.1], 1e-4)).toBeCloseTo(-0.1 * Math.log(0.9) + (0.1 - 1e-4) * Math.log(0.1 / 1e-4), 12);
  });

  it('computes the base-2 Jensen-Shannon distance in [0, 1]', () => {
    expect(jensenShannonDistance([1, 0], [0, 1])).toBe(1);
    expect(jensenShannonDistance([2, 2], [1, 1])).toBe(0);
    // By hand: m = [0.7, 0.3]; KL(p||m) = 0.12577, KL(q||m) = 0.16781 bits; sqrt of their mean.
    expect(jensenShannonDistance([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.38314, 4);
  });

  it('computes the L-infinity distance', () => {
    expect(lInfinity([0.5, 0.3, 0.2], [0.2, 0.3, 0.5])).toBeCloseTo(0.3, 12);
  });
});

describe('small-sample tests', () => {
  it('gives KS p-values of the Kolmogorov distribution', () => {
    // lambda = 1.36 is the 5% critical value of the Kolmogorov distribution.
    const n = 1_000_000;
    expect(ksPValue(1.36 / Math.sqrt(n / 2), n, n)).toBeCloseTo(0.049, 2);
    expect(ksPValue(0, 100, 100)).toBe(1);
    expect(ksPValue(0.5, 100, 100)).toBeLessThan(1e-9);
  });

  it('gives chi-squared upper-tail p-values', () => {
    expect(chiSquaredPValue(3.841458820694124, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquaredPValue(18.307038053275146, 10)).toBeCloseTo(0.05, 6);
    expect(chiSquaredPValue(2, 2)).toBeCloseTo(Math.exp(-1), 10);
    expect(chiSquaredPValue(0, 3)).toBe(1);
  });
});
