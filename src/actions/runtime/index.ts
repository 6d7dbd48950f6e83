/** The action shell in one import for entries: `import { runAction, getRequiredInput } from './runtime/index.js'`. */
export { runAction } from './run-action.js';
export { setOutputs } from './outputs.js';
export { appendSummary } from './summary.js';
export { getRequiredInput, getOptionalInput, getBooleanInput, getNumberInput, getChoiceInput, getListInput } from './inputs.js';
