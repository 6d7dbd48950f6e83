/** Streaming, mergeable column profiles and the profile JSON format. */
export { ColumnProfiler, type ColumnProfilerState } from './column-profiler.js';
export { InlineDigest, firstRangeWeight, sha256File, sha256FileInThread } from './digest.js';
export { readProfile } from './read-profile.js';
export * from './types.js';
/** Alias of {@link ColumnKind}. */
export type { ColumnKind as ProfileKind } from './types.js';
