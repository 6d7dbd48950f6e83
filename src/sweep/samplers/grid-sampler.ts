import { gridPoints, type GridOptions } from '../space/grid.js';
import { configKey } from '../space/key.js';
import { SeededRandom } from '../random.js';
import type { FrozenTrial, Objective, Params, Random, Sampler, SearchSpace } from '../types.js';

export interface GridSamplerOptions extends GridOptions {
  /** The most configurations the grid may have (default 10,000). */
  maxPoints?: number;
  /**
   * `lexicographic` walks the grid in order; `shuffled` (default) in a fixed pseudo-random order, so
   * a sweep stopped early has still covered every dimension evenly.
   */
  order?: 'lexicographic' | 'shuffled';
  /** Seed of the shuffled order (default 0). The same for every trial, unlike the per-trial Random. */
  seed?: number | string;
}

/**
 * Every configuration of the grid once: the next point in the walk that no finished or running
 * trial has taken. Once all are taken it returns a random point again; `isExhausted` tells the runner
 * to stop instead.
 */
export class GridSampler implements Sampler {
  readonly name = 'grid';
  private cache?: { key: string; points: Params[]; keys: string[] };

  constructor(private readonly options: GridSamplerOptions = {}) {}

  /** The grid in walking order. */
  points(space: SearchSpace): Params[] {
    return this.grid(space).points;
  }

  suggest(space: SearchSpace, _objective: Objective, finished: readonly FrozenTrial[], running: readonly Params[], random: Random): Params {
    const { points, keys } = this.grid(space);
    const taken = takenKeys(finished, running);
    const index = keys.findIndex((key) => !taken.has(key));
    if (index >= 0) return { ...points[index] };
    return { ...points[Math.min(points.length - 1, Math.floor(random.next() * points.length))] };
  }

  /** True when every grid point has been tried or is running. */
  isExhausted(space: SearchSpace, finished: readonly FrozenTrial[], running: readonly Params[]): boolean {
    const taken = takenKeys(finished, running);
    return this.grid(space).keys.every((key) => taken.has(key));
  }

  private grid(space: SearchSpace): { points: Params[]; keys: string[] } {
    const spaceKey = JSON.stringify(space);
    if (this.cache?.key === spaceKey) return this.cache;
    let points = gridPoints(space, this.options.maxPoints ?? 10_000, this.options);
    if ((this.options.order ?? 'shuffled') === 'shuffled') points = new SeededRandom(`grid/${this.options.seed ?? 0}`).shuffle(points);
    this.cache = { key: spaceKey, points, keys: points.map(configKey) };
    return this.cache;
  }
}

function takenKeys(finished: readonly FrozenTrial[], running: readonly Params[]): Set<string> {
  return new Set([...finished.map((trial) => configKey(trial.params)), ...running.map(configKey)]);
}
