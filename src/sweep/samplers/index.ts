/** Samplers: propose the next configuration from the trials so far (see Sampler in ../types.ts). */
export { RandomSampler } from './random-sampler.js';
export { GridSampler } from './grid-sampler.js';
export { TpeSampler, OPTUNA_TPE_OPTIONS } from './tpe-sampler.js';
export { GpSampler } from './gp-sampler.js';
