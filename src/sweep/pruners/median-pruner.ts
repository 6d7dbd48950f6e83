import type { FrozenTrial, Intermediate, Objective, Pruner } from '../types.js';
import { intermediateLoss, median } from './common.js';

export interface MedianPrunerOptions {
  /** No pruning until this many trials have completed (default 5). */
  nStartupTrials?: number;
  /** No pruning of a trial before it reports this step (default 0). */
  nWarmupSteps?: number;
  /** Decide only every this many steps after the warm-up (default 1). */
  intervalSteps?: number;
  /** Completed trials that must have reported the same step for a decision (default 1). */
  nMinTrials?: number;
}

/**
 * Optuna's MedianPruner: stop a trial whose best intermediate value so far is worse than the median
 * of the completed trials' values at the step it just reported.
 */
export class MedianPruner implements Pruner {
  readonly name = 'median';
  private readonly nStartupTrials: number;
  private readonly nWarmupSteps: number;
  private readonly intervalSteps: number;
  private readonly nMinTrials: number;

  constructor(options: MedianPrunerOptions = {}) {
    this.nStartupTrials = options.nStartupTrials ?? 5;
    this.nWarmupSteps = options.nWarmupSteps ?? 0;
    this.intervalSteps = Math.max(1, options.intervalSteps ?? 1);
    this.nMinTrials = Math.max(1, options.nMinTrials ?? 1);
  }

  shouldPrune(objective: Objective, trial: { number: number; intermediates: readonly Intermediate[] }, finished: readonly FrozenTrial[]): boolean {
    const latest = trial.intermediates[trial.intermediates.length - 1];
    if (!latest) return false;
    const step = latest.step;
    if (step < this.nWarmupSteps || (step - this.nWarmupSteps) % this.intervalSteps !== 0) return false;
    const completed = finished.filter((other) => other.state === 'complete');
    if (completed.length < this.nStartupTrials) return false;
    let best = Infinity;
    for (const intermediate of trial.intermediates) {
      const loss = intermediateLoss(objective, intermediate);
      if (loss !== undefined && loss < best) best = loss;
    }
    if (best === Infinity) return false;
    const atStep = completed.flatMap((other) => {
      const report = other.intermediates.find((intermediate) => intermediate.step === step);
      const loss = report && intermediateLoss(objective, report);
      return loss === undefined ? [] : [loss];
    });
    if (atStep.length < this.nMinTrials) return false;
    return best > median(atStep);
  }
}
