/** Pruners: decide whether a running trial stops early (see Pruner in ../types.ts). */
export { NopPruner } from './nop-pruner.js';
export { MedianPruner } from './median-pruner.js';
export { AshaPruner } from './asha-pruner.js';
