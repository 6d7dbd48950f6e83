import { forEachLabelledRepeat, forEachRepeat } from '../../../src/data/hash/hash-groups.js';

/** Labelled row records [featuresA, featuresB, position, labelA, labelB] from (features, label) ids. */
function records(rows: [number, number][]): Uint32Array {
  const out = new Uint32Array(rows.length * 5);
  rows.forEach(([features, label], r) => {
    // a few hash bits in common across features, so probes collide in the table
    out.set([(features * 0x10001) >>> 0, features ^ 0x5bd1e995, r, label * 7 + 1, label ^ 0x1234], r * 5);
  });
  return out;
}

function pairs(run: (visit: (first: number, repeat: number) => void) => void): [number, number][] {
  const out: [number, number][] = [];
  run((first, repeat) => out.push([first, repeat]));
  return out.sort((x, y) => x[1] - y[1]);
}

describe('forEachLabelledRepeat', () => {
  it('finds the duplicates and conflicts that two separate passes find', () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (const [rows, featureIds, labelIds] of [
      [5000, 300, 3],
      [5000, 4000, 2],
      [2000, 50, 40],
      [3000, 3000, 1],
    ]) {
      const data = records(Array.from({ length: rows }, () => [random(featureIds), random(labelIds)] as [number, number]));
      const duplicates: [number, number][] = [];
      const conflicts: [number, number][] = [];
      forEachLabelledRepeat(data, rows, (f, r) => duplicates.push([f, r]), (f, r) => conflicts.push([f, r]));
      const expectedDuplicates = pairs((visit) => forEachRepeat(data, 5, rows, visit, true));
      const expectedFirsts = pairs((visit) => forEachRepeat(data, 5, rows, visit, false));
      const expectedConflicts = expectedFirsts.filter(([f, r]) => data[f * 5 + 3] !== data[r * 5 + 3] || data[f * 5 + 4] !== data[r * 5 + 4]);
      expect(duplicates.sort((x, y) => x[1] - y[1])).toEqual(expectedDuplicates);
      expect(conflicts.sort((x, y) => x[1] - y[1])).toEqual(expectedConflicts);
    }
  });

  it('names the earliest row with the same features and label as the one duplicated', () => {
    // rows: x/A, x/B, x/B, x/A, y/A
    const data = records([
      [1, 0],
      [1, 1],
      [1, 1],
      [1, 0],
      [2, 0],
    ]);
    const duplicates: [number, number][] = [];
    const conflicts: [number, number][] = [];
    forEachLabelledRepeat(data, 5, (f, r) => duplicates.push([f, r]), (f, r) => conflicts.push([f, r]));
    expect(duplicates).toEqual([
      [1, 2],
      [0, 3],
    ]);
    expect(conflicts).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
});
