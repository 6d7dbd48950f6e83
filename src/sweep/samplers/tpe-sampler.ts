/**
 * Tree-structured Parzen Estimator, written here rather than bound from Optuna: it must be seeded by
 * our own Random (so shards and resumes agree), read our journal's FrozenTrials directly, and run in
 * an action with no Python. It follows Optuna's TPESampler (see parzen.ts), multivariate by default,
 * with a constant liar for parallel trials.
 *
 * Each suggestion: rank the trials, split them into the best `gamma(n)` ("below") and the rest
 * ("above"), fit a Parzen estimator l(x) to the first and g(x) to the second, draw `nEiCandidates`
 * configurations from l and return the one with the largest l(x)/g(x) (which maximises expected
 * improvement under TPE's model). In the joint model l(x) weighs its good trials by rank, the best
 * most (see goodRankWeight).
 *
 * Parallel trials (a local `--parallel` or a matrix round proposed at once) use Optuna's constant
 * liar: a running trial is an observation at the worst value, in the "above" group, so g(x) is high
 * around it and the next proposal goes elsewhere. Four choices differ from a sequential sweep,
 * measured with bench/sweep-batch.mjs (README, "Sweeps in parallel"), none changes a sweep run one
 * trial at a time:
 * - the startup counts running trials, so trial n is random exactly when n < nStartupTrials at any
 *   parallelism (counting finished ones only made 18 of 40 trials random at 8 at once; Optuna 5 also
 *   counts finished ones only, and pays for it in the same way);
 * - the "good" share is taken of the finished trials (the liars are not results, as in Optuna);
 * - while trials run, the joint kernels widen from 0.3x Optuna's width (not the sequential 0.18x)
 *   towards 0.6x, fully once the running trials are half as many as the finished ones: a liar then
 *   claims the region around it rather than a pin-point, so a batch spreads over the good region
 *   instead of piling onto its best point, and l(x) stays on the best trials. With few trials
 *   running among many results the kernels stay near 0.3x, which converges closer;
 * - while l(x) rests on at most 4 good trials (a 40-trial sweep), its categorical kernels keep their
 *   trial's choice (BATCH_FEW_GOOD), so the liars do not push a batch off the good trials' choice:
 *   training over 40 trials 16 at once went from 0.0950 to 0.0827 at 135 seeds (Optuna 0.0858),
 *   and the whole table (bench/sweep-batch.mjs) wins every cell at 45 and at 135 seeds.
 */
import { buildParams, dependencyOrder } from '../space/conditional.js';
import { categoryIndex, fromUnit, toUnit } from '../space/transform.js';
import { asSeeded, type SeededRandom } from '../random.js';
import type { FrozenTrial, Objective, Params, Random, Sampler, SearchSpace } from '../types.js';
import { observations, randomParams, type Observation } from './common.js';
import { ParzenEstimator, type Dim, type ParzenOptions, type Point } from './parzen.js';

export interface TpeSamplerOptions extends Partial<ParzenOptions> {
  /**
   * Random configurations before the model takes over (default 10), counted over finished and
   * running trials, so the same trials are random at any parallelism; the model also needs one result.
   */
  nStartupTrials?: number;
  /** Candidates drawn from l(x) per suggestion (default 24, as Optuna). */
  nEiCandidates?: number;
  /** How many of n ranked trials are "good" (default Optuna's min(ceil(0.1 n), 25)). */
  gamma?: (n: number) => number;
  /**
   * Count running trials as observed at the worst value (default true), so that trials started in
   * parallel are pushed away from each other instead of all landing on the current optimum.
   */
  constantLiar?: boolean;
  /** Weights of the observations by age (default Optuna's: equal up to 25, older ones fade after). */
  weights?: (n: number) => number[];
  /**
   * Weight in l(x) of the good trial ranked `rank` (0 the best), times its age weight (default
   * goodRankWeight for the joint model, 1 for univariate TPE, as Optuna).
   */
  goodWeight?: (rank: number) => number;
  /** `gamma` while trials run (default the same 10%). */
  batchGamma?: (n: number) => number;
  /** Multivariate `bandwidthFactor` while at least half as many trials run as have finished (default 0.6; see the header). */
  batchBandwidthFactor?: number;
  /**
   * Joint model, while trials run and l(x) rests on at most 4 good trials: `choicePriorWeight` of
   * l(x)'s categorical kernels (default 0.1; see BATCH_FEW_GOOD). 1 keeps Optuna's kernels.
   */
  batchChoicePriorWeight?: number;
}

/** Optuna's gamma: min(ceil(0.1 n), 25). */
function optunaGamma(n: number): number {
  return Math.min(Math.ceil(0.1 * n), 25);
}

/**
 * The sequential model (no trial running), measured on bench/sweep-batch.mjs one trial at a time and
 * bench/sweep-quality.mjs, at 45 and 180 seeds: Optuna's 10% "good" trials with joint kernels 0.18x
 * Optuna's width. The 10% alone made Hartmann-6 and training better at 40 and 100 trials but Branin
 * worse (l(x) fitted to 1-5 points spreads over the range); the narrower kernels give Branin back its
 * precision. Our earlier 20% with 0.3x kept Branin but lost Hartmann-6 over 100 trials and training
 * over 40 to Optuna. Schedules by the number of trials (gamma falling from 20% to 10%, kernels
 * narrowing or widening, more candidates or a lighter prior late) measured no better than constants.
 */
export const SEQUENTIAL_TPE: Readonly<{ gamma: (n: number) => number; bandwidthFactor: number }> = {
  gamma: optunaGamma,
  bandwidthFactor: 0.18,
};

/**
 * The joint model's weight of the good trial ranked `rank` (0 the best) in l(x): (rank + 1)^-2, so
 * l(x) centres on the best few trials and the rest of the good group only shapes it (Optuna weighs
 * them alike, by age only). Measured with bench/sweep-batch.mjs at 45 and 135 seeds: it made
 * Hartmann-6 over 100 trials beat Optuna at every parallelism (one at a time -3.27 against Optuna's
 * -3.22, ours was -3.19) and kept every other cell winning. Powers 1 to 1.5 did little; 3 and above
 * also won Hartmann-6 but lost training over 40 trials 16 at once; weights by improvement over the
 * good group's worst value measured no better. The group keeps its age weights' total, so the prior
 * keeps its share.
 */
export function goodRankWeight(rank: number): number {
  return (rank + 1) ** -2;
}

/**
 * The batch model's categorical kernels in l(x) while it rests on few good trials (at most `upTo`: a
 * 40-trial sweep's 10% share throughout): the prior weighs 0.1 in each good trial's kernel instead
 * of 1, so 91-96% of its mass stays on that trial's choice (Optuna's kernels leave 25-40% to the
 * others of a 3-way choice). Why: g(x), fitted to every other trial and the liars, has sharp
 * kernels, so next to a liar l(x)/g(x) came out higher for a choice no good trial had, and a batch
 * left the good choice. On bench/sweep-batch.mjs (training, 40 trials 16 at once, 135 seeds) the
 * last 8 trials kept the best trial's optimizer 87% of the time, against 54% before and Optuna's
 * 84%, and the median best went from 0.0950 to 0.0827 (Optuna 0.0858); README "Sweeps in parallel"
 * has the other cells and what was tried. With more good trials l(x) already holds several choices:
 * sharper kernels then locked 100-trial sweeps onto a worse optimizer.
 */
const BATCH_FEW_GOOD: Readonly<{ upTo: number; choicePriorWeight: number }> = { upTo: 4, choicePriorWeight: 0.1 };

/** The joint kernels' width (x Optuna's) the batch model starts from with few trials running. */
const BATCH_BANDWIDTH_FROM = 0.3;

/**
 * Options that reproduce Optuna 3.1's default TPESampler (univariate, gamma 10%, magic clip), the
 * reference the sweep-quality bench compares against.
 */
export const OPTUNA_TPE_OPTIONS: Readonly<TpeSamplerOptions> = {
  multivariate: false,
  gamma: optunaGamma,
  magicClip: true,
  bandwidthFactor: 1,
  constantLiar: false,
};

/** Optuna's default weights: all 1 up to 25 observations, then a ramp from 1/n for the oldest. */
function defaultWeights(n: number): number[] {
  if (n < 25) return new Array<number>(n).fill(1);
  const ramp = Array.from({ length: n - 25 }, (_, i) => (n - 25 === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (n - 26)));
  return [...ramp, ...new Array<number>(25).fill(1)];
}

export class TpeSampler implements Sampler {
  readonly name = 'tpe';
  private readonly nStartupTrials: number;
  private readonly nEiCandidates: number;
  private readonly gamma: (n: number) => number;
  private readonly constantLiar: boolean;
  private readonly weights: (n: number) => number[];
  private readonly goodWeight: (rank: number) => number;
  private readonly parzen: ParzenOptions;
  private readonly batchGamma: (n: number) => number;
  private readonly batchBandwidth: readonly [from: number, to: number];
  private readonly batchChoicePriorWeight: number;

  constructor(options: TpeSamplerOptions = {}) {
    this.nStartupTrials = options.nStartupTrials ?? 10;
    this.nEiCandidates = options.nEiCandidates ?? 24;
    this.gamma = options.gamma ?? SEQUENTIAL_TPE.gamma;
    this.constantLiar = options.constantLiar ?? true;
    this.weights = options.weights ?? defaultWeights;
    const multivariate = options.multivariate ?? true;
    this.goodWeight = options.goodWeight ?? (multivariate ? goodRankWeight : () => 1);
    // Joint kernels narrower than Optuna's (SEQUENTIAL_TPE) without the magic clip exploit a good
    // region much sooner; the clip still guards the univariate neighbour bandwidths, which collapse
    // without it.
    this.parzen = {
      priorWeight: options.priorWeight ?? 1,
      multivariate,
      magicClip: options.magicClip ?? !multivariate,
      considerEndpoints: options.considerEndpoints ?? false,
      bandwidthFactor: options.bandwidthFactor ?? (multivariate ? SEQUENTIAL_TPE.bandwidthFactor : 1),
      choicePriorWeight: options.choicePriorWeight,
    };
    this.batchGamma = options.batchGamma ?? optunaGamma;
    const from = options.bandwidthFactor ?? (multivariate ? BATCH_BANDWIDTH_FROM : 1);
    this.batchBandwidth = [from, multivariate ? (options.batchBandwidthFactor ?? 0.6) : from];
    this.batchChoicePriorWeight = options.batchChoicePriorWeight ?? BATCH_FEW_GOOD.choicePriorWeight;
  }

  suggest(space: SearchSpace, objective: Objective, finished: readonly FrozenTrial[], running: readonly Params[], random: Random): Params {
    const rng = asSeeded(random);
    const liars = this.constantLiar ? running : [];
    if (finished.length + liars.length < this.nStartupTrials || finished.length === 0) return randomParams(space, rng);
    const dims = searchDims(space);
    if (dims.length === 0) return randomParams(space, rng);
    const { gamma, parzen } = liars.length > 0 ? this.batchModel(liars.length, finished.length) : { gamma: this.gamma, parzen: this.parzen };
    // Liars rank last (worst value), so they always land in "above", after the finished trials.
    const ranked = observations(objective, finished, liars);
    const nBelow = Math.max(1, Math.min(finished.length, gamma(finished.length)));
    const below = ranked.slice(0, nBelow);
    const above = ranked.slice(nBelow);
    if (!parzen.multivariate) return this.suggestPerDimension(space, dims, below, above, rng, parzen);
    const fewGood = liars.length > 0 && below.length <= BATCH_FEW_GOOD.upTo;
    const good = fewGood ? { ...parzen, choicePriorWeight: this.batchChoicePriorWeight } : parzen;
    return this.suggestJoint(space, dims, below, above, rng, good, parzen);
  }

  /** gamma and kernels while `running` trials run beside `finished` results (see the header). */
  private batchModel(running: number, finished: number): { gamma: (n: number) => number; parzen: ParzenOptions } {
    const share = Math.min(1, (2 * running) / finished);
    const [from, to] = this.batchBandwidth;
    const bandwidthFactor = from + (to - from) * share;
    return { gamma: this.batchGamma, parzen: { ...this.parzen, bandwidthFactor } };
  }

  /** Joint TPE: l(x) over `below` with `good`'s kernels, g(x) over `above` with `parzen`'s. */
  private suggestJoint(space: SearchSpace, dims: Dim[], below: Observation[], above: Observation[], rng: SeededRandom, good: ParzenOptions, parzen: ParzenOptions): Params {
    const l = this.estimator(dims, below, good, this.goodWeight);
    const g = this.estimator(dims, above, parzen);
    let best: Params | undefined;
    let bestScore = -Infinity;
    for (let i = 0; i < this.nEiCandidates; i++) {
      const params = decode(space, dims, l.sample(rng));
      const point = encode(dims, params);
      const score = l.logPdf(point) - g.logPdf(point);
      if (best === undefined || score > bestScore) {
        best = params;
        bestScore = score;
      }
    }
    return best!;
  }

  /** Univariate TPE: each dimension chosen on its own, from the trials where it was active. */
  private suggestPerDimension(space: SearchSpace, dims: Dim[], below: Observation[], above: Observation[], rng: SeededRandom, parzen: ParzenOptions): Params {
    const chosen: Point = dims.map((dim, d) => {
      const l = this.estimator(dims, below, parzen, this.goodWeight, d);
      const g = this.estimator(dims, above, parzen, undefined, d);
      let best: number | undefined;
      let bestScore = -Infinity;
      for (let i = 0; i < this.nEiCandidates; i++) {
        const x = l.sample(rng)[0]!;
        const value = dim.kind === 'cat' ? x : toUnit(dim.spec, fromUnit(dim.spec, x));
        const score = l.logPdf([value]) - g.logPdf([value]);
        if (best === undefined || score > bestScore) {
          best = value;
          bestScore = score;
        }
      }
      return best;
    });
    return decode(space, dims, chosen);
  }

  /**
   * A Parzen estimator over `group` (ranked best first; all dims, or only dimension `only` when
   * given), each observation weighted by its age times `byRank` of its rank.
   */
  private estimator(dims: Dim[], group: Observation[], parzen: ParzenOptions, byRank: (rank: number) => number = () => 1, only?: number): ParzenEstimator {
    const modelled = only === undefined ? dims : [dims[only]];
    const byAge = group.map((obs, rank) => ({ point: encode(modelled, obs.params), rank, order: obs.order })).sort((a, b) => a.order - b.order);
    // Univariate: a trial where this parameter was inactive says nothing about it.
    const kept = only === undefined ? byAge : byAge.filter((entry) => entry.point[0] !== undefined);
    const byAgeOnly = this.weights(kept.length);
    const weights = kept.map((entry, i) => byAgeOnly[i] * byRank(entry.rank));
    // The same total as the age weights, so the prior's share does not change.
    const scale = byAgeOnly.reduce((sum, w) => sum + w, 0) / weights.reduce((sum, w) => sum + w, 0);
    return new ParzenEstimator(modelled, kept.map((entry) => entry.point), weights.map((w) => w * scale), parzen);
  }
}

/** The searchable parameters of `space` in dependency order (constants need no model). */
function searchDims(space: SearchSpace): Dim[] {
  return dependencyOrder(space)
    .order.filter((name) => space[name].type !== 'const')
    .map((name) => {
      const spec = space[name];
      return spec.type === 'categorical' ? { name, spec, kind: 'cat', size: spec.choices.length } : { name, spec, kind: 'num', size: 0 };
    });
}

/** Params to model coordinates (undefined for absent, inactive or out-of-space values). */
function encode(dims: readonly Dim[], params: Params): Point {
  return dims.map((dim) => {
    const value = params[dim.name];
    if (value === undefined) return undefined;
    if (dim.spec.type === 'categorical') {
      const index = categoryIndex(dim.spec, value);
      return index < 0 ? undefined : index;
    }
    return typeof value === 'number' ? toUnit(dim.spec, value) : undefined;
  });
}

/** Model coordinates to params, deciding conditional parameters in dependency order. */
function decode(space: SearchSpace, dims: readonly Dim[], point: Point): Params {
  const index = new Map(dims.map((dim, d) => [dim.name, d]));
  return buildParams(space, (name, spec) => {
    const d = index.get(name);
    if (d === undefined) return fromUnit(spec, 0.5);
    const x = point[d] ?? 0.5;
    return spec.type === 'categorical' ? spec.choices[Math.round(x)] : fromUnit(spec, x);
  });
}
