/**
 * The grid of a space: the cartesian product of each dimension's values, expanded only where
 * conditions switch parameters on (a `momentum` that exists only for `sgd` is not multiplied into the
 * `adam` configurations).
 *
 * Values per dimension: every choice of a categorical; every value of an int (honouring `step`; with
 * `log: true` too, so bound such ranges with a step-free small span); every step of a stepped uniform.
 * A continuous dimension (uniform without step, loguniform) has no natural grid: it contributes
 * `pointsPerReal` evenly spaced values (default 5, both bounds included; evenly spaced in log for
 * loguniform). Write a `step` to choose the points yourself.
 */
import { ConfigError } from '../../shared/errors.js';
import type { ParamSpec, ParamValue, Params, SearchSpace } from '../types.js';
import { dependencyOrder, isActive } from './conditional.js';
import { cardinality, fromUnit } from './transform.js';
import { groupDigits } from '../../shared/format.js';

export interface GridOptions {
  /** Values of a continuous dimension in the grid (default 5). */
  pointsPerReal?: number;
  /** The config file, for the error when the grid is too large. */
  file?: string;
}

/** The values dimension `spec` takes in a grid. */
function gridValues(spec: ParamSpec, pointsPerReal = 5): ParamValue[] {
  if (spec.type === 'const') return [spec.value];
  if (spec.type === 'categorical') return [...spec.choices];
  const count = cardinality(spec);
  if (count !== Infinity) {
    if (spec.type === 'int' && spec.log) return Array.from({ length: count }, (_, i) => spec.low + i);
    return Array.from({ length: count }, (_, i) => fromUnit(spec, (i + 0.5) / count));
  }
  const n = Math.max(1, Math.floor(pointsPerReal));
  if (n === 1) return [fromUnit(spec, 0.5)];
  return Array.from({ length: n }, (_, i) => fromUnit(spec, i / (n - 1)));
}

/**
 * Every configuration of the grid, in lexicographic order (the space's parameter order, each
 * dimension's values in order). Throws a ConfigError when there are more than `maxPoints`.
 */
export function gridPoints(space: SearchSpace, maxPoints: number, options: GridOptions = {}): Params[] {
  const order = dependencyOrder(space).order;
  const values = new Map(order.map((name) => [name, gridValues(space[name], options.pointsPerReal)]));
  const points: Params[] = [];
  const expand = (index: number, partial: Params): void => {
    if (points.length > maxPoints) return;
    if (index === order.length) {
      points.push({ ...partial });
      return;
    }
    const name = order[index];
    if (!isActive(space[name], partial)) return expand(index + 1, partial);
    for (const value of values.get(name)!) {
      partial[name] = value;
      expand(index + 1, partial);
      if (points.length > maxPoints) break;
    }
    delete partial[name];
  };
  expand(0, {});
  if (points.length > maxPoints) {
    const bound = order.reduce((product, name) => product * values.get(name)!.length, 1);
    throw new ConfigError(`The sweep grid has more than ${maxPoints} configurations (up to ${groupDigits(bound)}).`, {
      location: { file: options.file ?? 'mlops.yml', key: 'sweep.space' },
      hint: 'Use larger steps, fewer choices, or the random or tpe sampler, or raise the grid limit.',
    });
  }
  return points;
}
