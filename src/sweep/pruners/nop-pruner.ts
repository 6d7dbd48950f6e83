import type { FrozenTrial, Intermediate, Objective, Pruner } from '../types.js';

/** Never prunes: every trial runs to the end. */
export class NopPruner implements Pruner {
  readonly name = 'none';

  shouldPrune(_objective: Objective, _trial: { number: number; intermediates: readonly Intermediate[] }, _finished: readonly FrozenTrial[]): boolean {
    return false;
  }
}
