/**
 * Count, mean, variance, min and max of finite numbers. Blocks are summarised with an exact
 * two-pass pass (no division per value, numerically stable) and combined with Chan et al.'s
 * parallel formula, which is also how two workers' results merge.
 */

/** Transferable state of {@link Moments}. */
export interface MomentsState {
  /** Number of finite values. */
  n: number;
  mean: number;
  /** Sum of squared deviations from the mean (variance * n). */
  m2: number;
  /** +Infinity / -Infinity when n is 0. */
  min: number;
  max: number;
}

export class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  /** Adds one finite value (Welford's update). */
  add(x: number): void {
    const n = ++this.n;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Adds values[0..length) (all finite) with a stable two-pass summary, then merges it. */
  addBlock(values: Float64Array, length: number): void {
    if (length === 0) return;
    let sum = 0;
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < length; i++) {
      const x = values[i];
      sum += x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const mean = sum / length;
    let m2 = 0;
    for (let i = 0; i < length; i++) {
      const d = values[i] - mean;
      m2 += d * d;
    }
    this.combine(length, mean, m2);
    this.min = min;
    this.max = max;
  }

  /** Chan, Golub & LeVeque's pairwise combination of (n, mean, m2) summaries. */
  private combine(nB: number, meanB: number, m2B: number): void {
    const nA = this.n;
    if (nB === 0) return;
    if (nA === 0) {
      this.n = nB;
      this.mean = meanB;
      this.m2 = m2B;
      return;
    }
    const n = nA + nB;
    const delta = meanB - this.mean;
    this.mean += (delta * nB) / n;
    this.m2 += m2B + (delta * delta * nA * nB) / n;
    this.n = n;
  }

  merge(other: Moments): void {
    this.combine(other.n, other.mean, other.m2);
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
  }

  /** Sample standard deviation (divides by n - 1, like pandas); 0 for one value, NaN for none. */
  get std(): number {
    if (this.n < 2) return this.n === 0 ? NaN : 0;
    return Math.sqrt(this.m2 / (this.n - 1));
  }

  toState(): MomentsState {
    return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
  }

  static fromState(state: MomentsState): Moments {
    const m = new Moments();
    Object.assign(m, { n: state.n, mean: state.mean, m2: state.m2, min: state.min, max: state.max });
    return m;
  }
}
