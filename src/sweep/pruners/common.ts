import type { Intermediate, Objective } from '../types.js';

/**
 * The objective's metric in one intermediate report, as a loss (lower is better). A report that
 * holds a single value counts as the objective's even under another name (`loss` vs `val_loss`).
 */
export function intermediateLoss(objective: Objective, intermediate: Intermediate): number | undefined {
  let value = intermediate.values[objective.metric];
  if (value === undefined) {
    const values = Object.values(intermediate.values);
    if (values.length === 1) value = values[0];
  }
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return objective.goal === 'maximize' ? -value : value;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
