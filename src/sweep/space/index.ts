/** The search space: validation, conditions, unit-cube transforms, grids and configuration keys. */
export { parseSpace, SpaceError } from './validate.js';
export { activeParams } from './conditional.js';
export { fromUnit, toUnit } from './transform.js';
export { gridPoints } from './grid.js';
export { configKey, nestParams } from './key.js';
