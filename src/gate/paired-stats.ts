/**
 * The per-example statistics of the significance bootstrap, each as a kernel that computes the
 * change (candidate - baseline) from a vector of row multiplicities: `counts[i]` is how many times
 * row i was drawn in a resample (all ones for the full data). Everything per row is computed once
 * in `prepareKernels` into typed arrays; a resample then costs one pass over the counts per
 * statistic, with no per-row objects and no sorting:
 *
 * - accuracy: the mean of (candidate correct - baseline correct).
 * - f1: the positive class's F1 for binary labels (a known positive class), else the macro F1
 *   over every class seen (labels and predictions); per-class TP/FP/FN are summed with the counts,
 *   a class with no TP, FP or FN scores 0.
 * - log_loss: the mean of the per-row log-loss difference (binary labels, scores clipped to
 *   [1e-15, 1 - 1e-15] as scikit-learn does).
 * - rmse: sqrt of the weighted mean squared error, for each model (numeric labels).
 * - auc: the Mann-Whitney form (ties count one half). Rows are sorted by score once per model;
 *   a resample walks that order, adding each tie group's positive weight times the negative weight
 *   below it: O(n) per resample, O(n log n) once, never O(n^2).
 */
import { STATISTIC_DIRECTION } from './directions.js';
import type { PairedOutputs } from './predictions.js';
import type { StatisticName } from './types.js';

/** Multiplicities of the rows in one resample (Uint16: a row drawn 65,536 times never happens). */
export type Counts = Uint16Array;

/** One statistic, ready to evaluate the change on any resample. */
export interface PairedKernel {
  statistic: StatisticName;
  /** candidate - baseline with rows weighted by `counts` (`total` = the sum of counts); NaN if undefined. */
  delta(counts: Counts, total: number): number;
}

/** The kernels that could be prepared, and why the others could not. */
export interface PreparedKernels {
  kernels: PairedKernel[];
  unavailable: { statistic: StatisticName; reason: string }[];
}

const EPS = 1e-15;

export function prepareKernels(paired: PairedOutputs, wanted: readonly StatisticName[]): PreparedKernels {
  const kernels: PairedKernel[] = [];
  const unavailable: PreparedKernels['unavailable'] = [];
  for (const statistic of new Set(wanted)) {
    const made = makeKernel(paired, statistic);
    if (typeof made === 'string') unavailable.push({ statistic, reason: made });
    else kernels.push(made);
  }
  return { kernels, unavailable };
}

function makeKernel(paired: PairedOutputs, statistic: StatisticName): PairedKernel | string {
  switch (statistic) {
    case 'accuracy':
      return accuracyKernel(paired);
    case 'f1':
      return f1Kernel(paired);
    case 'log_loss':
      return paired.positive === undefined ? binaryMissing(paired) : paired.scores ? logLossKernel(paired, paired.positive, paired.scores) : 'log_loss needs a score column in both outputs files';
    case 'auc':
      return paired.positive === undefined ? binaryMissing(paired) : paired.scores ? aucKernel(paired, paired.positive, paired.scores) : 'auc needs a score column in both outputs files';
    case 'rmse':
      return paired.numeric ? rmseKernel(paired.numeric) : 'rmse needs numeric labels and predictions';
  }
}

function binaryMissing(paired: PairedOutputs): string {
  const labels = new Set(paired.label).size;
  return labels > 2 ? `needs binary labels (the labels have ${labels} classes)` : 'needs the positive class: set gate.bootstrap.positive_label';
}

/** A kernel whose change is the weighted mean of a per-row difference. */
function meanKernel(statistic: StatisticName, diff: Float64Array): PairedKernel {
  return {
    statistic,
    delta(counts, total) {
      let sum = 0;
      for (let i = 0; i < diff.length; i++) sum += counts[i] * diff[i];
      return sum / total;
    },
  };
}

function accuracyKernel(p: PairedOutputs): PairedKernel {
  const diff = new Float64Array(p.n);
  for (let i = 0; i < p.n; i++) diff[i] = (p.candidate[i] === p.label[i] ? 1 : 0) - (p.baseline[i] === p.label[i] ? 1 : 0);
  return meanKernel('accuracy', diff);
}

function logLossKernel(p: PairedOutputs, positive: number, scores: NonNullable<PairedOutputs['scores']>): PairedKernel {
  const diff = new Float64Array(p.n);
  for (let i = 0; i < p.n; i++) diff[i] = logLoss(p.label[i] === positive, scores.candidate[i]) - logLoss(p.label[i] === positive, scores.baseline[i]);
  return meanKernel('log_loss', diff);
}

/** One example's log loss with the score clipped as scikit-learn clips it. */
export function logLoss(positive: boolean, score: number): number {
  const q = Math.min(1 - EPS, Math.max(EPS, score));
  return -Math.log(positive ? q : 1 - q);
}

function rmseKernel(numeric: NonNullable<PairedOutputs['numeric']>): PairedKernel {
  const n = numeric.label.length;
  const seC = new Float64Array(n);
  const seB = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    seC[i] = (numeric.candidate[i] - numeric.label[i]) ** 2;
    seB[i] = (numeric.baseline[i] - numeric.label[i]) ** 2;
  }
  return {
    statistic: 'rmse',
    delta(counts, total) {
      let c = 0;
      let b = 0;
      for (let i = 0; i < n; i++) {
        c += counts[i] * seC[i];
        b += counts[i] * seB[i];
      }
      return Math.sqrt(c / total) - Math.sqrt(b / total);
    },
  };
}

function f1Kernel(p: PairedOutputs): PairedKernel {
  const k = p.classes.length;
  const positive = p.positive;
  const labelClasses = new Set(p.label).size;
  // Binary F1 of the positive class when the labels are binary with a known positive, else macro.
  const binary = positive !== undefined && labelClasses <= 2;
  // Per class and model: TP, FP, FN sums (index model*3k + kind*k + class).
  const sums = new Float64Array(6 * k);
  const f1 = (offset: number) => {
    const score = (c: number) => {
      const tp = sums[offset + c];
      const fp = sums[offset + k + c];
      const fn = sums[offset + 2 * k + c];
      const denominator = 2 * tp + fp + fn;
      return denominator === 0 ? 0 : (2 * tp) / denominator;
    };
    if (binary) return score(positive);
    let total = 0;
    for (let c = 0; c < k; c++) total += score(c);
    return total / k;
  };
  const { label, candidate, baseline } = p;
  return {
    statistic: 'f1',
    delta(counts) {
      sums.fill(0);
      for (let i = 0; i < label.length; i++) {
        const w = counts[i];
        if (w === 0) continue;
        const l = label[i];
        const c = candidate[i];
        const b = baseline[i];
        if (c === l) sums[l] += w;
        else {
          sums[k + c] += w;
          sums[2 * k + l] += w;
        }
        if (b === l) sums[3 * k + l] += w;
        else {
          sums[4 * k + b] += w;
          sums[5 * k + l] += w;
        }
      }
      return f1(0) - f1(3 * k);
    },
  };
}

/** One model's rows sorted by score, with what a resample's walk needs. */
interface SortedScores {
  /** Row index at each sorted position. */
  order: Int32Array;
  /** 1 where the row at that position is a positive. */
  positive: Uint8Array;
  /** 1 where the position is the last of a group of tied scores. */
  groupEnd: Uint8Array;
}

function sortByScore(scores: Float64Array, isPositive: Uint8Array): SortedScores {
  const n = scores.length;
  // Sorted once per model; ties are grouped below, so their order inside a group does not matter.
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const positive = new Uint8Array(n);
  const groupEnd = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    positive[j] = isPositive[order[j]];
    groupEnd[j] = j === n - 1 || scores[order[j + 1]] !== scores[order[j]] ? 1 : 0;
  }
  return { order, positive, groupEnd };
}

/** The weighted AUC of one model: P(score of a positive > score of a negative), ties one half. */
export function weightedAuc(sorted: SortedScores, counts: Counts): number {
  const { order, positive, groupEnd } = sorted;
  let negativesBelow = 0;
  let positives = 0;
  let groupPositive = 0;
  let groupNegative = 0;
  let pairs = 0;
  for (let j = 0; j < order.length; j++) {
    const w = counts[order[j]];
    if (positive[j]) groupPositive += w;
    else groupNegative += w;
    if (groupEnd[j]) {
      pairs += groupPositive * (negativesBelow + 0.5 * groupNegative);
      negativesBelow += groupNegative;
      positives += groupPositive;
      groupPositive = 0;
      groupNegative = 0;
    }
  }
  return positives === 0 || negativesBelow === 0 ? NaN : pairs / (positives * negativesBelow);
}

function aucKernel(p: PairedOutputs, positive: number, scores: NonNullable<PairedOutputs['scores']>): PairedKernel {
  const isPositive = Uint8Array.from(p.label, (l) => (l === positive ? 1 : 0));
  const candidate = sortByScore(scores.candidate, isPositive);
  const baseline = sortByScore(scores.baseline, isPositive);
  return { statistic: 'auc', delta: (counts) => weightedAuc(candidate, counts) - weightedAuc(baseline, counts) };
}

/** Exposed for the AUC test: sorts one model's scores as the kernel does. */
export function sortedForAuc(scores: Float64Array, isPositive: Uint8Array): SortedScores {
  return sortByScore(scores, isPositive);
}

/** The statistic's own direction, for reading its interval as a gain or a drop. */
export function statisticDirection(statistic: StatisticName) {
  return STATISTIC_DIRECTION[statistic];
}
