/**
 * What every sampler shares: ranking finished trials by the objective (failed trials count as the
 * worst value) and drawing a uniformly random configuration.
 */
import { buildParams } from '../space/conditional.js';
import { fromUnit } from '../space/transform.js';
import type { FrozenTrial, Objective, Params, Random, SearchSpace } from '../types.js';

/** A trial as samplers see it: its params and its loss (lower is better; Infinity is the worst). */
export interface Observation {
  params: Params;
  /** 0: complete, 1: pruned (ranked after every complete trial), 2: failed, running or no value. */
  tier: 0 | 1 | 2;
  loss: number;
  /** Trial order, for recency weights and stable ties (running trials come after finished ones). */
  order: number;
}

/** The objective's value as a loss: minimised as is, maximised negated; undefined/NaN is the worst. */
function toLoss(objective: Objective, value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return Infinity;
  return objective.goal === 'maximize' ? -value : value;
}

/**
 * Finished trials (and, for a constant liar, running ones) as observations, best first. Failed and
 * running trials sit at the worst value: a model must steer away from a configuration that crashed,
 * and parallel workers must not pile onto a configuration someone is already running.
 */
export function observations(objective: Objective, finished: readonly FrozenTrial[], running: readonly Params[] = []): Observation[] {
  const list: Observation[] = finished.map((trial) => {
    const loss = trial.state === 'failed' ? Infinity : toLoss(objective, trial.value);
    const tier = loss === Infinity ? 2 : trial.state === 'pruned' ? 1 : 0;
    return { params: trial.params, tier, loss, order: trial.number };
  });
  const last = finished.reduce((max, trial) => Math.max(max, trial.number), -1);
  running.forEach((params, i) => list.push({ params, tier: 2, loss: Infinity, order: last + 1 + i }));
  return list.sort((a, b) => a.tier - b.tier || a.loss - b.loss || a.order - b.order);
}

/** A configuration drawn uniformly in the unit cube (log-uniform for log dimensions). */
export function randomParams(space: SearchSpace, random: Random): Params {
  return buildParams(space, (_name, spec) => fromUnit(spec, random.next()));
}
