/** Seeded data generators shared by the profile, sketch and drift tests. */
import { ColumnProfiler } from '../../../src/data/profile/column-profiler.js';
import type { ColumnKind, DatasetProfile } from '../../../src/data/profile/types.js';

/** Mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws (Box-Muller). */
export function normals(n: number, seed: number, mean = 0, sd = 1): Float64Array {
  const r = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = r() || 1e-12;
    out[i] = mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  }
  return out;
}

export function uniforms(n: number, seed: number, lo = 0, hi = 1): Float64Array {
  const r = rng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * r());
}

/** Exact rank interval [#< v, #<= v] / n of v in sorted data. */
export function rankInterval(sorted: Float64Array, v: number): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (sorted[m] < v) lo = m + 1;
    else hi = m;
  }
  const lt = lo;
  hi = sorted.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (sorted[m] <= v) lo = m + 1;
    else hi = m;
  }
  return [lt / sorted.length, lo / sorted.length];
}

/** Distance from q to the rank interval of v: 0 when v is a correct q-quantile. */
export function rankError(sorted: Float64Array, v: number, q: number): number {
  const [lo, hi] = rankInterval(sorted, v);
  return q < lo ? lo - q : q > hi ? q - hi : 0;
}

/** A dataset profile from columns of numbers, strings or booleans (null = missing cell). */
export function profileOf(columns: Record<string, { kind: ColumnKind; values: ArrayLike<number | string | boolean | null> }>): DatasetProfile {
  const out: DatasetProfile = { schemaVersion: 1, createdAt: '2024-01-01T00:00:00.000Z', files: [], rowCount: 0, columns: {} };
  for (const [name, { kind, values }] of Object.entries(columns)) {
    const p = new ColumnProfiler(kind);
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) p.addNull();
      else if (typeof v === 'number') p.addNumber(v);
      else if (typeof v === 'boolean') p.addBoolean(v);
      else p.addString(v);
    }
    out.columns[name] = p.finalize();
    out.rowCount = values.length;
  }
  // Through JSON, as a baseline file would be.
  return JSON.parse(JSON.stringify(out)) as DatasetProfile;
}
