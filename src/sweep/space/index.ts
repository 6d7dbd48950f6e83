/** The search space: validation, conditions, unit-cube transforms, grids and configuration keys. */
export { parseSpace, checkSpace, SpaceError, type SpaceProblem, type ParseSpaceOptions } from './validate.js';
export { activeParams, activeOnly, buildParams, dependencyOrder, isActive } from './conditional.js';
export { cardinality, categoryIndex, fromUnit, snapUnit, toUnit } from './transform.js';
export { gridPoints, gridValues, type GridOptions } from './grid.js';
export { configKey, nestParams } from './key.js';
