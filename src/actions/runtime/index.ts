/** The action shell in one import for entries: `import { runAction, getRequiredInput } from './runtime/index.js'`. */
export { runAction, describeBug, type ActionContext, type RunActionOptions } from './run-action.js';
export { setOutputs, OUTPUT_LIMIT_BYTES } from './outputs.js';
export { appendSummary, cutToBytes, SUMMARY_LIMIT_BYTES, SUMMARY_TRUNCATED_NOTE, type AppendSummaryOptions } from './summary.js';
export { ActionsLogger, ANNOTATION_LIMIT, type ActionsLoggerOptions, type AnnotatedLocation } from './actions-logger.js';
export {
  getRequiredInput,
  getOptionalInput,
  getBooleanInput,
  getNumberInput,
  getChoiceInput,
  getListInput,
  type NumberInputLimits,
} from './inputs.js';
export { actionsCore, type ActionsCore } from './core-api.js';
