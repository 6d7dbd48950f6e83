/** Pruners: decide whether a running trial stops early (see Pruner in ../types.ts). */
export { NopPruner } from './nop-pruner.js';
export { MedianPruner, type MedianPrunerOptions } from './median-pruner.js';
export { AshaPruner, type AshaPrunerOptions } from './asha-pruner.js';
