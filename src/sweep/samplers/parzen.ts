/**
 * Parzen estimators over the unit cube, the density model of TPE (Bergstra et al. 2011, in the form
 * Optuna's `_parzen_estimator.py` gives it): a weighted mixture with one component per observed
 * configuration plus a broad prior component. Numerical dimensions use normal kernels truncated to
 * [0, 1]; categorical ones a distribution that puts most of its mass on the observed choice.
 *
 * A configuration where a conditional parameter was inactive has no coordinate there (`undefined`):
 * its component is uniform in that dimension, so it neither attracts nor repels that parameter.
 */
import type { SeededRandom } from '../random.js';
import type { ParamSpec } from '../types.js';

/** One searchable (non-constant) parameter. */
export interface Dim {
  name: string;
  spec: ParamSpec;
  /** `cat` dimensions hold a choice index, `num` ones a unit coordinate. */
  kind: 'num' | 'cat';
  /** Number of choices of a `cat` dimension. */
  size: number;
}

/** A configuration in model coordinates, one entry per Dim; undefined where the parameter is inactive. */
export type Point = (number | undefined)[];

export interface ParzenOptions {
  /** Weight of the prior component relative to one observation (Optuna: 1). */
  priorWeight: number;
  /**
   * One joint kernel per observation with Scott-like bandwidth 0.2 n^(-1/(d+4)) (Optuna 3's
   * multivariate TPE), or per-dimension bandwidths from the distance to neighbouring observations
   * (univariate TPE; Optuna 5's multivariate TPE uses these widths, without the prior among the
   * neighbours, in its joint kernels).
   */
  multivariate: boolean;
  /** Keep bandwidths above 1/min(100, n+2) (Optuna's "magic clip"), so kernels never collapse. */
  magicClip: boolean;
  /** Univariate only: let the outermost kernels reach the bounds (Optuna's consider_endpoints). */
  considerEndpoints: boolean;
  /** Multiplies the multivariate bandwidth 0.2 n^(-1/(d+4)) of the range (1 is Optuna's). */
  bandwidthFactor: number;
  /**
   * The prior's weight inside each categorical kernel (default `priorWeight`, as Optuna): a kernel
   * keeps 1 on its observed choice and this / (n + 1) on every choice, so a smaller one keeps more
   * of its mass on the observed choice.
   */
  choicePriorWeight?: number;
}

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

export class ParzenEstimator {
  private readonly logWeights: number[];
  /** Per dim, per component: kernel centre (num) or undefined where the observation lacks the dim. */
  private readonly mus: (number | undefined)[][];
  private readonly sigmas: number[][];
  private readonly logNorms: number[][];
  /** Per cat dim, per component: log probabilities of each choice. */
  private readonly logProbs: (Float64Array | undefined)[][];

  constructor(
    private readonly dims: readonly Dim[],
    points: readonly Point[],
    weights: readonly number[],
    options: ParzenOptions,
  ) {
    const n = points.length;
    const raw = [...weights, n === 0 ? 1 : options.priorWeight];
    const total = raw.reduce((sum, w) => sum + w, 0);
    this.logWeights = raw.map((w) => Math.log(w / total));
    this.mus = [];
    this.sigmas = [];
    this.logNorms = [];
    this.logProbs = [];
    dims.forEach((dim, d) => {
      const column = points.map((point) => point[d]);
      if (dim.kind === 'cat') {
        this.logProbs.push(categoricalKernels(column, dim.size, options.choicePriorWeight ?? options.priorWeight));
        this.mus.push([]);
        this.sigmas.push([]);
        this.logNorms.push([]);
        return;
      }
      const sigmas = options.multivariate
        ? column.map(() => options.bandwidthFactor * 0.2 * Math.max(n, 1) ** (-1 / (dims.length + 4)))
        : neighbourBandwidths(column, options.considerEndpoints);
      const observed = column.filter((x) => x !== undefined).length;
      const minSigma = options.magicClip ? 1 / Math.min(100, 1 + observed + 1) : 1e-12;
      const clipped = sigmas.map((s) => Math.min(1, Math.max(minSigma, s)));
      // The prior: centred, as wide as the range.
      const mus = [...column, 0.5];
      clipped.push(1);
      this.mus.push(mus);
      this.sigmas.push(clipped);
      this.logNorms.push(mus.map((mu, i) => (mu === undefined ? 0 : Math.log(truncMass(mu, clipped[i])))));
      this.logProbs.push([]);
    });
  }

  /** One point drawn from the mixture (every dimension filled in). */
  sample(random: SeededRandom): Point {
    const component = random.weighted(this.logWeights.map(Math.exp));
    return this.dims.map((dim, d) => {
      if (dim.kind === 'cat') {
        const logP = this.logProbs[d][component];
        return logP ? random.weighted(Array.from(logP, Math.exp)) : random.int(dim.size);
      }
      const mu = this.mus[d][component];
      return mu === undefined ? random.next() : truncNormal(random, mu, this.sigmas[d][component]);
    });
  }

  /** Log density of `point`; dimensions that are undefined in it (inactive) are left out. */
  logPdf(point: Point): number {
    const terms = this.logWeights.slice();
    this.dims.forEach((dim, d) => {
      const x = point[d];
      if (x === undefined) return;
      for (let i = 0; i < terms.length; i++) {
        if (dim.kind === 'cat') {
          const logP = this.logProbs[d][i];
          terms[i] += logP ? logP[x] : -Math.log(dim.size);
        } else {
          const mu = this.mus[d][i];
          if (mu === undefined) continue; // uniform on [0, 1]: log 1
          const sigma = this.sigmas[d][i];
          const z = (x - mu) / sigma;
          terms[i] += -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI - this.logNorms[d][i];
        }
      }
    });
    return logSumExp(terms);
  }
}

/**
 * Each observed choice c gets the distribution (w/(n+1) + [j = c]) normalised, w the prior weight
 * (`choicePriorWeight`), so with few observations the others keep some mass; the prior component is
 * uniform.
 */
function categoricalKernels(column: readonly (number | undefined)[], size: number, priorWeight: number): (Float64Array | undefined)[] {
  const observed = column.filter((x) => x !== undefined).length;
  const base = priorWeight / (observed + 1);
  const kernels = column.map((choice) => {
    if (choice === undefined) return undefined;
    const logP = new Float64Array(size);
    for (let j = 0; j < size; j++) logP[j] = Math.log((base + (j === choice ? 1 : 0)) / (base * size + 1));
    return logP;
  });
  kernels.push(new Float64Array(size).fill(-Math.log(size)));
  return kernels;
}

/**
 * Univariate TPE's bandwidths: each kernel as wide as the larger gap to its neighbours among the
 * observations, the prior's centre and the bounds.
 */
function neighbourBandwidths(column: readonly (number | undefined)[], considerEndpoints: boolean): number[] {
  const present = column.flatMap((x, i) => (x === undefined ? [] : [{ x, i }]));
  const sorted = [...present, { x: 0.5, i: -1 }].sort((a, b) => a.x - b.x);
  const xs = [0, ...sorted.map((s) => s.x), 1];
  const sigmas = new Array<number>(column.length).fill(1);
  sorted.forEach((entry, k) => {
    let sigma = Math.max(xs[k + 1] - xs[k], xs[k + 2] - xs[k + 1]);
    if (!considerEndpoints && sorted.length >= 2) {
      if (k === 0) sigma = xs[k + 2] - xs[k + 1];
      else if (k === sorted.length - 1) sigma = xs[k + 1] - xs[k];
    }
    if (entry.i >= 0) sigmas[entry.i] = sigma;
  });
  return sigmas;
}

/** Mass of N(mu, sigma) inside [0, 1]. */
function truncMass(mu: number, sigma: number): number {
  return Math.max(1e-300, normalCdf((1 - mu) / sigma) - normalCdf((0 - mu) / sigma));
}

/** N(mu, sigma) restricted to [0, 1], by rejection (mu lies in [0, 1], so at least a third is kept). */
function truncNormal(random: SeededRandom, mu: number, sigma: number): number {
  for (let i = 0; i < 100; i++) {
    const x = random.normal(mu, sigma);
    if (x >= 0 && x <= 1) return x;
  }
  return Math.min(1, Math.max(0, mu));
}

export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const v of values) sum += Math.exp(v - max);
  return max + Math.log(sum);
}
