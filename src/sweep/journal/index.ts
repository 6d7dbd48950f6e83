export * from './journal.js';
export { mergeJournals } from './merge.js';
