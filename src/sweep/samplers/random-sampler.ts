import type { FrozenTrial, Objective, Params, Random, Sampler, SearchSpace } from '../types.js';
import { randomParams } from './common.js';

/** Independent uniform draws in the unit cube (log scale for log dimensions). The baseline. */
export class RandomSampler implements Sampler {
  readonly name = 'random';

  suggest(space: SearchSpace, _objective: Objective, _finished: readonly FrozenTrial[], _running: readonly Params[], random: Random): Params {
    return randomParams(space, random);
  }
}
