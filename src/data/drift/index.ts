/** Drift between two dataset profiles (baseline vs current), computed from the profiles alone. */
export { computeDrift, DEFAULT_DRIFT_OPTIONS } from './compute-drift.js';
export { jensenShannonDistance, lInfinity, psi } from './metrics.js';
export { chiSquaredPValue, ksPValue } from './stat-tests.js';
export type * from './types.js';
