export { checkCommand, renderCommand, formatValue, type TrialCommand, type CheckCommandOptions, type SpawnSpec } from './command.js';
export { runTrial, trialSeed, TrialEnv, TRIAL_FILES, type RunTrialOptions, type TrialOutcome } from './run-trial.js';
export { METRIC_LINE_PREFIX, nestParams, parseMetricsText, parseIntermediate } from './metrics.js';
export { stopAllTrials } from './process-tree.js';
