import type { FrozenTrial, Intermediate, Objective, Pruner } from '../types.js';
import { intermediateLoss } from './common.js';

export interface AshaPrunerOptions {
  /** Steps (epochs) before the first rung (default 1). */
  minResource?: number;
  /** eta: a rung keeps the best 1/eta of the trials that reach it (default 3). */
  reductionFactor?: number;
  /** Skips the first rungs: rung k sits at minResource * eta^(k + s) (default 0). */
  minEarlyStoppingRate?: number;
}

/**
 * Asynchronous successive halving (ASHA, as Optuna's SuccessiveHalvingPruner). Rungs sit at steps
 * minResource * eta^(k + s). When a trial's report crosses a rung, it continues only if its value is
 * in the top 1/eta of the values every trial had on reaching that rung (the best one always
 * continues, so the first trials to arrive are not stopped for lack of company).
 *
 * Stateless: rung values are read back from the finished trials' intermediates (the first report at
 * or after the rung), so a resumed or sharded sweep decides the same way. Trials still running on
 * other workers are not visible to it, which only makes it more lenient.
 */
export class AshaPruner implements Pruner {
  readonly name = 'asha';
  private readonly minResource: number;
  private readonly eta: number;
  private readonly rate: number;

  constructor(options: AshaPrunerOptions = {}) {
    this.minResource = options.minResource ?? 1;
    this.eta = options.reductionFactor ?? 3;
    this.rate = options.minEarlyStoppingRate ?? 0;
    if (!(this.minResource > 0) || !(this.eta >= 2) || !(this.rate >= 0)) {
      throw new RangeError('AshaPruner needs minResource > 0, reductionFactor >= 2 and minEarlyStoppingRate >= 0');
    }
  }

  /** The step of rung k. */
  rung(k: number): number {
    return this.minResource * this.eta ** (k + this.rate);
  }

  shouldPrune(objective: Objective, trial: { number: number; intermediates: readonly Intermediate[] }, finished: readonly FrozenTrial[]): boolean {
    const reports = trial.intermediates;
    const latest = reports[reports.length - 1];
    if (!latest) return false;
    const previousStep = reports.length > 1 ? reports[reports.length - 2].step : -Infinity;
    // The highest rung this report crossed (none: nothing to decide now).
    let k = -1;
    while (this.rung(k + 1) <= latest.step) k++;
    if (k < 0 || this.rung(k) <= previousStep) return false;
    const value = intermediateLoss(objective, latest);
    if (value === undefined) return false;
    const competing = [value];
    for (const other of finished) {
      if (other.number === trial.number) continue;
      const report = other.intermediates.find((intermediate) => intermediate.step >= this.rung(k));
      const loss = report && intermediateLoss(objective, report);
      if (loss !== undefined) competing.push(loss);
    }
    competing.sort((a, b) => a - b);
    const kept = Math.max(1, Math.floor(competing.length / this.eta));
    return value > competing[kept - 1];
  }
}
