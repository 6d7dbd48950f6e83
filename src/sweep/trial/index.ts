export { checkCommand, type TrialCommand } from './command.js';
export { runTrial, trialSeed } from './run-trial.js';
