/**
 * The profile's 32-bit hashes (distinct counts, the frequent-value table) are half A of the 64-bit
 * cell hashes of src/data/hash/cell-hash.ts: validation hashes each cell once and hands that half to
 * the profile. One hash family for the whole data path; murmur3-style mixing with a full-avalanche
 * finalizer, so HyperLogLog can take its register index from the high bits and its rank from the low.
 */
export { hashNumberPair as hashNumber, hashStringPair as hashString } from '../hash/cell-hash.js';
