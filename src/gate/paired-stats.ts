/**
 * The per-example statistics of the significance bootstrap, each as a kernel that computes the
 * change (candidate - baseline) from a vector of row multiplicities: `counts[i]` is how many times
 * row i was drawn in a resample (all ones for the full data). Everything per row is computed once
 * in `prepareKernels` into typed arrays; a resample then costs one pass over the counts per
 * statistic, with no per-row objects and no sorting:
 *
 * - accuracy: the mean of (candidate correct - baseline correct).
 * - f1: the positive class's F1 for binary labels (a known positive class), else the macro F1
 *   over every class seen (labels and predictions); a resample sums the counts into each model's
 *   confusion matrix (one pass); a class never labelled nor predicted scores 0.
 * - log_loss: the mean of the per-row log-loss difference (binary labels, scores clipped to
 *   [1e-15, 1 - 1e-15] as scikit-learn does).
 * - rmse: sqrt of the weighted mean squared error, for each model (numeric labels).
 * - auc: the Mann-Whitney form (ties count one half). Rows are sorted by score once per model
 *   (O(n log n)) into groups of tied scores; a resample adds each row's weight to its group's
 *   positive or negative cell (one sequential pass) and walks the groups in score order, adding each
 *   group's positive weight times the negative weight below it: O(n) per resample, never O(n^2).
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

/** F1 is computed from confusion matrices; more classes than this means the labels are not classes. */
const MAX_F1_CLASSES = 1024;
/** Up to this many classes, a resample fills one joint table of k^3 cells instead of two k x k matrices. */
const JOINT_CLASSES = 16;

function f1Kernel(p: PairedOutputs): PairedKernel | string {
  const k = p.classes.length;
  if (k > MAX_F1_CLASSES) return `f1 needs class labels (the labels and predictions have ${k} distinct values)`;
  const positive = p.positive;
  // Binary F1 of the positive class when the labels are binary with a known positive, else macro.
  const binary = positive !== undefined && new Set(p.label).size <= 2;
  const only = binary ? positive : undefined;
  const confusionC = new Float64Array(k * k);
  const confusionB = new Float64Array(k * k);
  if (k <= JOINT_CLASSES) {
    // One scatter per row into the joint (label, candidate, baseline) cells, k^3 of them; the two
    // confusion matrices are their margins. Half the memory traffic of two scatters.
    const joint = Int32Array.from(p.label, (l, i) => (l * k + p.candidate[i]) * k + p.baseline[i]);
    const cells = new Float64Array(k * k * k);
    return {
      statistic: 'f1',
      delta(counts) {
        cells.fill(0);
        for (let i = 0; i < joint.length; i++) cells[joint[i]] += counts[i];
        confusionC.fill(0);
        confusionB.fill(0);
        for (let l = 0; l < k; l++) {
          for (let c = 0; c < k; c++) {
            for (let b = 0; b < k; b++) {
              const w = cells[(l * k + c) * k + b];
              confusionC[l * k + c] += w;
              confusionB[l * k + b] += w;
            }
          }
        }
        return f1Score(confusionC, k, only) - f1Score(confusionB, k, only);
      },
    };
  }
  // Each row's cell in each model's confusion matrix (label * k + prediction).
  const cellC = Int32Array.from(p.label, (l, i) => l * k + p.candidate[i]);
  const cellB = Int32Array.from(p.label, (l, i) => l * k + p.baseline[i]);
  return {
    statistic: 'f1',
    delta(counts) {
      confusionC.fill(0);
      confusionB.fill(0);
      for (let i = 0; i < cellC.length; i++) {
        const w = counts[i];
        confusionC[cellC[i]] += w;
        confusionB[cellB[i]] += w;
      }
      return f1Score(confusionC, k, only) - f1Score(confusionB, k, only);
    },
  };
}

/** F1 of class `only`, or the macro F1 over all k classes, from a k x k confusion matrix (row: label). */
function f1Score(confusion: Float64Array, k: number, only?: number): number {
  const score = (c: number) => {
    let labelled = 0;
    let predicted = 0;
    for (let j = 0; j < k; j++) {
      labelled += confusion[c * k + j];
      predicted += confusion[j * k + c];
    }
    const tp = confusion[c * k + c];
    // 2TP / (2TP + FP + FN) = 2TP / (predicted + labelled); a class never labelled nor predicted scores 0.
    return labelled + predicted === 0 ? 0 : (2 * tp) / (labelled + predicted);
  };
  if (only !== undefined) return score(only);
  let total = 0;
  for (let c = 0; c < k; c++) total += score(c);
  return total / k;
}

/**
 * One model's scores as cells for a resample's AUC: the rows' distinct scores in ascending order
 * make groups (tied scores share one), and row i adds its weight to cell 2 * group + (positive ? 1 : 0).
 */
interface ScoreCells {
  cell: Int32Array;
  groups: number;
  /** Reused per resample: the weight in each cell. */
  weights: Float64Array;
}

function scoreCells(scores: Float64Array, isPositive: Uint8Array): ScoreCells {
  const n = scores.length;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  const cell = new Int32Array(n);
  let group = -1;
  for (let j = 0; j < n; j++) {
    if (j === 0 || scores[order[j]] !== scores[order[j - 1]]) group++;
    cell[order[j]] = 2 * group + isPositive[order[j]];
  }
  return { cell, groups: group + 1, weights: new Float64Array(2 * (group + 1)) };
}

/** The weighted AUC of one model: P(score of a positive > score of a negative), ties one half. */
export function weightedAuc(cells: ScoreCells, counts: Counts): number {
  const { cell, weights, groups } = cells;
  weights.fill(0);
  for (let i = 0; i < cell.length; i++) weights[cell[i]] += counts[i];
  let negativesBelow = 0;
  let positives = 0;
  let pairs = 0;
  for (let g = 0; g < groups; g++) {
    const negative = weights[2 * g];
    const positive = weights[2 * g + 1];
    pairs += positive * (negativesBelow + 0.5 * negative);
    negativesBelow += negative;
    positives += positive;
  }
  return positives === 0 || negativesBelow === 0 ? NaN : pairs / (positives * negativesBelow);
}

function aucKernel(p: PairedOutputs, positive: number, scores: NonNullable<PairedOutputs['scores']>): PairedKernel {
  const isPositive = Uint8Array.from(p.label, (l) => (l === positive ? 1 : 0));
  const candidate = scoreCells(scores.candidate, isPositive);
  const baseline = scoreCells(scores.baseline, isPositive);
  return { statistic: 'auc', delta: (counts) => weightedAuc(candidate, counts) - weightedAuc(baseline, counts) };
}

/** Exposed for the AUC test: one model's score cells as the kernel builds them. */
export function aucCells(scores: Float64Array, isPositive: Uint8Array): ScoreCells {
  return scoreCells(scores, isPositive);
}

/** The statistic's own direction, for reading its interval as a gain or a drop. */
export function statisticDirection(statistic: StatisticName) {
  return STATISTIC_DIRECTION[statistic];
}
