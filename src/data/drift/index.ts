/** Drift between two dataset profiles (baseline vs current), computed from the profiles alone. */
export { computeDrift } from './compute-drift.js';
export type * from './types.js';
