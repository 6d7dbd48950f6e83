/** Streaming, mergeable column profiles and the profile JSON format. */
export { ColumnProfiler, type ColumnProfilerState } from './column-profiler.js';
export { InlineDigest, firstRangeWeight, sha256File, sha256FileInThread } from './digest.js';
export { parseProfile, readProfile } from './read-profile.js';
export { TableCdf } from './table-cdf.js';
export { WeightedCdf } from './weighted-cdf.js';
export { QuantileSketch, type QuantileSketchState } from './quantile-sketch.js';
export { HyperLogLog } from './hyperloglog.js';
export { FrequentStrings, type FrequentStringsState } from './frequent-strings.js';
export { Moments, type MomentsState } from './moments.js';
export { hashNumber, hashString } from './hash.js';
export * from './types.js';
/** Alias of {@link ColumnKind}. */
export type { ColumnKind as ProfileKind } from './types.js';
