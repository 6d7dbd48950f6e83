import { AshaPruner, MedianPruner, NopPruner } from '../../../src/sweep/pruners/index.js';
import type { FrozenTrial, Intermediate, Objective } from '../../../src/sweep/types.js';

const minimize: Objective = { metric: 'loss', goal: 'minimize' };
const maximize: Objective = { metric: 'acc', goal: 'maximize' };

/** Intermediates from a list of values at steps 1, 2, 3, ... */
function curve(values: number[], metric = 'loss', firstStep = 1): Intermediate[] {
  return values.map((value, i) => ({ step: firstStep + i, values: { [metric]: value } }));
}

function finishedTrial(number: number, values: number[], state: FrozenTrial['state'] = 'complete', metric = 'loss'): FrozenTrial {
  return { number, params: {}, state, value: values[values.length - 1], metrics: {}, intermediates: curve(values, metric), attempts: 1, startedAt: '', seconds: 1 };
}

describe('pruners', () => {
  test('nop never prunes', () => {
    expect(new NopPruner().shouldPrune(minimize, { number: 9, intermediates: curve([100]) }, [finishedTrial(0, [1])])).toBe(false);
  });

  describe('median', () => {
    // Completed trials' losses at step 3: 0.3, 0.4, 0.5, 0.6, 0.7 -> median 0.5.
    const history = [0.3, 0.4, 0.5, 0.6, 0.7].map((last, i) => finishedTrial(i, [1, 0.8, last]));

    test('prunes when the best value so far is worse than the median at that step', () => {
      const pruner = new MedianPruner();
      expect(pruner.shouldPrune(minimize, { number: 5, intermediates: curve([1, 0.9, 0.6]) }, history)).toBe(true);
      expect(pruner.shouldPrune(minimize, { number: 5, intermediates: curve([1, 0.9, 0.45]) }, history)).toBe(false);
      // Its best so far (0.4 at step 2) is what counts, not the last value.
      expect(pruner.shouldPrune(minimize, { number: 5, intermediates: curve([1, 0.4, 0.6]) }, history)).toBe(false);
    });

    test('waits for startup trials, warm-up steps and the interval; ignores pruned and failed trials', () => {
      const bad = { number: 5, intermediates: curve([1, 0.9, 0.9]) };
      expect(new MedianPruner({ nStartupTrials: 6 }).shouldPrune(minimize, bad, history)).toBe(false);
      expect(new MedianPruner({ nWarmupSteps: 4 }).shouldPrune(minimize, bad, history)).toBe(false);
      expect(new MedianPruner({ nWarmupSteps: 1, intervalSteps: 2 }).shouldPrune(minimize, bad, history)).toBe(true);
      expect(new MedianPruner({ nWarmupSteps: 0, intervalSteps: 2 }).shouldPrune(minimize, bad, history)).toBe(false);
      const notCompleted = history.map((t) => ({ ...t, state: 'pruned' as const }));
      expect(new MedianPruner().shouldPrune(minimize, bad, notCompleted)).toBe(false);
      // No completed trial reported step 3: no decision.
      expect(new MedianPruner().shouldPrune(minimize, { number: 5, intermediates: curve([0.9], 'loss', 3) }, history.map((t) => ({ ...t, intermediates: t.intermediates.slice(0, 2) })))).toBe(false);
    });

    test('maximize flips the comparison', () => {
      const accs = [0.5, 0.6, 0.7].map((last, i) => finishedTrial(i, [last], 'complete', 'acc'));
      const pruner = new MedianPruner({ nStartupTrials: 3 });
      expect(pruner.shouldPrune(maximize, { number: 3, intermediates: curve([0.55], 'acc') }, accs)).toBe(true);
      expect(pruner.shouldPrune(maximize, { number: 3, intermediates: curve([0.65], 'acc') }, accs)).toBe(false);
    });
  });

  describe('asha', () => {
    // eta 3, min resource 1: rungs at steps 1, 3, 9.
    const pruner = new AshaPruner({ minResource: 1, reductionFactor: 3 });

    test('rungs sit at minResource * eta^(k + s)', () => {
      expect([0, 1, 2].map((k) => pruner.rung(k))).toEqual([1, 3, 9]);
      expect(new AshaPruner({ minResource: 2, reductionFactor: 2, minEarlyStoppingRate: 1 }).rung(0)).toBe(4);
    });

    test('a trial reaching a rung continues only in the top 1/eta', () => {
      // Six finished trials with values 0.1..0.6 at rung 1 (step 1): with the new trial, 7 compete,
      // floor(7/3) = 2 continue, so the new one must beat the second best (0.2).
      const history = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((v, i) => finishedTrial(i, [v, v], 'pruned'));
      expect(pruner.shouldPrune(minimize, { number: 6, intermediates: curve([0.15]) }, history)).toBe(false);
      expect(pruner.shouldPrune(minimize, { number: 6, intermediates: curve([0.25]) }, history)).toBe(true);
      // Between rungs (step 2) nothing is decided.
      expect(pruner.shouldPrune(minimize, { number: 6, intermediates: curve([0.15, 0.9]) }, history)).toBe(false);
    });

    test('with fewer than eta trials at a rung only the best continues; later rungs compare with fewer', () => {
      const two = [finishedTrial(0, [0.5]), finishedTrial(1, [0.7])];
      expect(pruner.shouldPrune(minimize, { number: 2, intermediates: curve([0.4]) }, two)).toBe(false);
      expect(pruner.shouldPrune(minimize, { number: 2, intermediates: curve([0.6]) }, two)).toBe(true);
      // At rung 3 only trials that reached step 3 compete: one of them at 0.2.
      const deep = [finishedTrial(0, [0.5, 0.4, 0.2]), finishedTrial(1, [0.9])];
      expect(pruner.shouldPrune(minimize, { number: 2, intermediates: curve([0.3, 0.3, 0.3]) }, deep)).toBe(true);
      expect(pruner.shouldPrune(minimize, { number: 2, intermediates: curve([0.3, 0.3, 0.1]) }, deep)).toBe(false);
    });
  });
});
