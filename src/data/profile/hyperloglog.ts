/**
 * HyperLogLog distinct counter over 32-bit hashes (see hash.ts), p = 14: 16384 one-byte registers,
 * standard error 1.04 / sqrt(16384) = 0.81%. Hand-written: it is one shift, one clz and one compare
 * per value, and the registers are a transferable Uint8Array that merges by element-wise max.
 *
 * Estimation uses Ertl's improved raw estimator ("New cardinality estimation algorithms for
 * HyperLogLog sketches", 2017), which is unbiased from 0 to billions without the empirical bias
 * tables of HLL++ or the linear-counting switch-over.
 */
const HLL_PRECISION = 14;
const M = 1 << HLL_PRECISION;
/** Bits of the hash left for the rank: registers hold 0..Q+1. */
const Q = 32 - HLL_PRECISION;

export class HyperLogLog {
  readonly registers: Uint8Array;

  constructor(registers?: Uint8Array) {
    this.registers = registers ?? new Uint8Array(M);
  }

  /** Records a 32-bit hash. */
  add(hash: number): void {
    const index = hash >>> Q;
    // The marker bit caps the rank at Q + 1 when the low Q bits are all zero.
    const rank = Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1;
    if (rank > this.registers[index]) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): void {
    maxInto(this.registers, other.registers);
  }

  /** Estimated number of distinct hashes added. */
  estimate(): number {
    const c = new Float64Array(Q + 2);
    for (let i = 0; i < M; i++) c[this.registers[i]]++;
    let z = M * tau(1 - c[Q + 1] / M);
    for (let k = Q; k >= 1; k--) z = 0.5 * (z + c[k]);
    z += M * sigma(c[0] / M);
    return (M * M) / (2 * Math.LN2 * z);
  }

  toState(): Uint8Array {
    return this.registers.slice();
  }

  static fromState(registers: Uint8Array): HyperLogLog {
    if (registers.length !== M) throw new RangeError(`HyperLogLog state must have ${M} registers`);
    return new HyperLogLog(registers.slice());
  }
}

/** sigma(x) = x + sum_{k>=1} x^(2^k) 2^(k-1) (Ertl, eq. for the empty-register correction). */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  for (;;) {
    x *= x;
    const previous = z;
    z += x * y;
    y += y;
    if (z === previous) return z;
  }
}

/** tau(x) = (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3 (correction for saturated registers). */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  for (;;) {
    x = Math.sqrt(x);
    const previous = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
    if (z === previous) return z / 3;
  }
}

/** Merges registers `from` into `into` (same length): the element-wise max. */
export function maxInto(into: Uint8Array, from: Uint8Array): void {
  for (let i = 0; i < into.length; i++) if (from[i] > into[i]) into[i] = from[i];
}
