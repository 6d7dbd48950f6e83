export * from './journal.js';
export { mergeJournals } from './merge.js';
export { resumeSettings } from './resume.js';
