/** Samplers: propose the next configuration from the trials so far (see Sampler in ../types.ts). */
export { RandomSampler } from './random-sampler.js';
export { GridSampler, type GridSamplerOptions } from './grid-sampler.js';
export { TpeSampler, defaultGamma, defaultWeights, optunaGamma, OPTUNA_TPE_OPTIONS, type TpeSamplerOptions } from './tpe-sampler.js';
export { observations, toLoss, randomParams, type Observation } from './common.js';
export { GpSampler, type GpSamplerOptions } from './gp-sampler.js';
