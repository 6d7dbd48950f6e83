export { checkCommand, type TrialCommand } from './command.js';
export { runTrial, trialSeed } from './run-trial.js';
export { reasonLine } from './reason.js';
export { missingMetricError } from './metric-names.js';
