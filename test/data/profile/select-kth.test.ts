import { selectKth } from '../../../src/data/profile/select-kth.js';

describe('selectKth', () => {
  it('finds every order statistic of random, repetitive and sorted arrays', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const arrays: number[][] = [
      Array.from({ length: 2049 }, () => random(1_000_000)),
      Array.from({ length: 2049 }, () => 1 + random(3)), // Misra-Gries counts: mostly small, many ties
      Array.from({ length: 500 }, (_, i) => i),
      Array.from({ length: 500 }, (_, i) => 500 - i),
      Array.from({ length: 300 }, () => 4),
      [42],
      [2, 1],
    ];
    for (const values of arrays) {
      const sorted = [...values].sort((x, y) => x - y);
      for (let k = 0; k < values.length; k += Math.max(1, Math.floor(values.length / 97))) {
        expect(selectKth(Float64Array.from(values), k)).toBe(sorted[k]);
      }
      expect(selectKth(Float64Array.from(values), values.length - 1)).toBe(sorted[values.length - 1]);
    }
  });

  it('rejects an index outside the array', () => {
    expect(() => selectKth(new Float64Array(3), 3)).toThrow('index 3 is outside 0..2');
  });
});
