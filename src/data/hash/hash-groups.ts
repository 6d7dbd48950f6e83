import type { HashLog } from './hash-log.js';

/**
 * Positions of a hash log ordered by hash half A, stably (equal hashes keep row order): an LSD radix
 * sort on three 11-bit digits that carries each key beside its position, so every pass reads in
 * sequence and scatters into only 2048 buckets (cache-friendly). Finding repeats by sorting beats a
 * hash table of millions of rows, which misses the cache on nearly every probe.
 */
export function sortByHash(a: Uint32Array, positions: Int32Array): Int32Array {
  const n = positions.length;
  let keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = a[positions[i]];
  let order: Int32Array = positions.slice();
  let keysTo = new Uint32Array(n);
  let orderTo: Int32Array = new Int32Array(n);
  const counts = new Int32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[i] >>> shift) & 2047]++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      const to = counts[(k >>> shift) & 2047]++;
      keysTo[to] = k;
      orderTo[to] = order[i];
    }
    [keys, keysTo] = [keysTo, keys];
    [order, orderTo] = [orderTo, order];
  }
  return order;
}

/** Every position of the log, or those whose hash is not (skipA, skipB). */
export function positionsOf(log: HashLog, skip?: { a: number; b: number }): Int32Array {
  const out = new Int32Array(log.length);
  let n = 0;
  for (let p = 0; p < log.length; p++) {
    if (skip && log.a[p] === skip.a && log.b[p] === skip.b) continue;
    out[n++] = p;
  }
  return n === out.length ? out : out.slice(0, n);
}

/**
 * Calls `visit(group)` for each set of positions holding the same 64-bit hash, positions ascending,
 * only for sets of two or more. A run of equal A halves is split by the B half with a Map only when
 * it is long (a column of few values checked for uniqueness): short runs are compared pairwise.
 */
export function forEachRepeatGroup(log: HashLog, sorted: Int32Array, visit: (group: number[]) => void): void {
  const { a, b } = log;
  const n = sorted.length;
  let start = 0;
  while (start < n) {
    const key = a[sorted[start]];
    let end = start + 1;
    while (end < n && a[sorted[end]] === key) end++;
    if (end - start > 1) {
      if (end - start <= 16) {
        const used = new Array<boolean>(end - start).fill(false);
        for (let i = start; i < end; i++) {
          if (used[i - start]) continue;
          const group = [sorted[i]];
          for (let j = i + 1; j < end; j++) {
            if (!used[j - start] && b[sorted[j]] === b[sorted[i]]) {
              used[j - start] = true;
              group.push(sorted[j]);
            }
          }
          if (group.length > 1) visit(group);
        }
      } else {
        const groups = new Map<number, number[]>();
        for (let i = start; i < end; i++) {
          const p = sorted[i];
          const group = groups.get(b[p]);
          if (group) group.push(p);
          else groups.set(b[p], [p]);
        }
        for (const group of groups.values()) if (group.length > 1) visit(group);
      }
    }
    start = end;
  }
}
