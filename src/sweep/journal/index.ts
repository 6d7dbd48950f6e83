export * from './journal.js';
export { mergeJournals, type MergedJournals } from './merge.js';
export { isFrozenTrial } from './guards.js';
