/**
 * 64-bit hashes of cells, as two 32-bit halves, for uniqueness, duplicate rows, conflicting labels and
 * train/eval leakage. Two independently seeded 32-bit murmur-style hashes make accidental collisions
 * negligible at the row counts we see (about n^2 / 2^65: 1e-7 for 3 million rows) without BigInt,
 * which would allocate per cell. Hand-written because it runs once per cell in the hot loop.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export const SEED_A = 0x9747b28c;
export const SEED_B = 0x2545f491;

export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Folds one 32-bit word into a running hash (murmur3's body step): step(h, scramble(k)). */
function mix(h: number, k: number): number {
  return step(h, scramble(k));
}

/** The half of mix() that depends only on the word. */
function scramble(k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, 0x1b873593);
}

/**
 * The half of mix() that folds a scrambled word into the running hash. Row hashes fold cell hashes
 * with it alone: those are fmix outputs already, as well scrambled as scramble() would make them.
 */
export function step(h: number, k: number): number {
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** A fixed hash for a missing value, distinct from any string or number hash in practice. */
function hashNull(seed: number): number {
  return fmix(seed ^ 0x5bd1e995);
}

/** The hash pair of a missing cell in row hashes. */
export const NULL_A = hashNull(SEED_A);
export const NULL_B = hashNull(SEED_B);

/**
 * Both halves of a string's 64-bit hash in one pass over its characters (the hot loop hashes every
 * cell). Returns half A; half B is left in `pair.b` rather than returned in an object, which would
 * allocate once per cell.
 */
export const pair = { b: 0 };
export function hashStringPair(s: string): number {
  return hashTextPair(s, 0, s.length);
}

const ONE_A = new Uint32Array(1);
const ONE_B = new Uint32Array(1);

/** hashStringPair of text.slice(start, end), without making that string (text-cells.ts). */
export function hashTextPair(text: string, start: number, end: number): number {
  hashTextInto(text, start, end, ONE_A, ONE_B, 0);
  pair.b = ONE_B[0];
  return ONE_A[0];
}

/**
 * The hash pair of text.slice(start, end) written to outA[i] and outB[i] (the hot loop's cell
 * hash arrays): returned from a call V8 does not inline, a 32-bit hash above 2^30 is boxed into a
 * heap number, one allocation per text cell; stored into typed arrays it is not.
 *
 * Characters go in groups of four: a group whose four code units are all below 256 (any ASCII or
 * Latin-1 text) is one 32-bit word, any other group two words of two code units. A value is a
 * function of its code units only, so a cell hashes the same whichever reader it came from; and
 * most text takes one mixing step per four characters instead of two (this runs for every text cell).
 */
export function hashTextInto(text: string, start: number, end: number, outA: Uint32Array, outB: Uint32Array, i0: number): void {
  const n = end - start;
  let a = SEED_A ^ n;
  let b = SEED_B ^ n;
  let i = start;
  for (; i + 3 < end; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) < 256) {
      // mix(a, k) and mix(b, k) with the word's scrambling (the same for both halves) done once
      const k = scramble(c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
      a = step(a, k);
      b = step(b, k);
    } else {
      const k = c0 | (c1 << 16);
      const l = c2 | (c3 << 16);
      a = mix(mix(a, k), l);
      b = mix(mix(b, k), l);
    }
  }
  if (i < end) {
    // the last one to three characters: one word when they fit in bytes, else one word per character
    let k = 0;
    let wide = false;
    for (let shift = 0; i < end; i++, shift += 8) {
      const c = text.charCodeAt(i);
      if (c >= 256) wide = true;
      k |= c << shift;
    }
    if (!wide) {
      a = mix(a, k);
      b = mix(b, k);
    } else {
      for (let j = end - ((end - start) & 3); j < end; j++) {
        a = mix(a, text.charCodeAt(j));
        b = mix(b, text.charCodeAt(j));
      }
    }
  }
  outA[i0] = fmix(a);
  outB[i0] = fmix(b);
}

/**
 * Both halves of a number's hash; half B in `pair.b`, as hashStringPair. The float64's two words go
 * through two Feistel rounds with the fmix finalizer as round function: a bijection of 64 bits, so
 * distinct numbers never share a pair, at half the multiplies of hashing each half separately (it
 * runs for every numeric cell). Both halves depend on every bit of the value.
 */
export function hashNumberPair(x: number): number {
  f64[0] = x === 0 ? 0 : x;
  const lo = u32[0];
  const hi = u32[1];
  const b = (hi ^ fmix(lo ^ SEED_A)) >>> 0;
  const a = (lo ^ fmix(b ^ SEED_B)) >>> 0;
  pair.b = (b ^ fmix(a)) >>> 0;
  return a;
}
