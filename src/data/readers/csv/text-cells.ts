/**
 * CSV cells as positions in the decoded text they came from, instead of one string per cell.
 *
 * Why: a string for every cell would be the largest cost of validating CSV (the slice itself, then
 * the garbage collector clearing millions of short strings). Validation parses numbers,
 * hashes values and checks lengths straight from the text by position, and makes a string only for
 * the few cells that need one (a new frequent value, an example of a failed check). Other readers of
 * a batch still see `cells` as strings: they are made on first access.
 */

import type { LazyText } from '../lazy-text.js';

/** The cells of one batch: column c, row r is `text.slice(starts[c][r], ends[c][r])`, unless... */
export interface TextCells {
  /** The decoded text every position refers to (one chunk of the file): made when read if `lazy`. */
  readonly text: string;
  /**
   * Set when the text is held by the CSV kernel and made a string only when `text` is read
   * (kernel-text.ts): cellText then makes the cell's string alone.
   */
  lazy?: LazyText;
  starts: Int32Array[];
  /**
   * ...`ends[c][r]` is -1: then the cell's value differs from its text (a quoted field with `""`
   * inside, or text after a closing quote) and is `escaped[starts[c][r]]`.
   */
  ends: Int32Array[];
  escaped: string[];
  /**
   * Set when `text` was loaded into this thread's CSV kernel under this generation: consumers may
   * then ask the kernel to parse or hash cells (kernel/csv-kernel.ts).
   */
  kernelGeneration?: number;
  /** Hands the position buffers back to the reader for its next batch; the cells are then gone. */
  release?: () => void;
}

/** The string value of one cell. */
export function cellText(t: TextCells, c: number, r: number): string {
  const end = t.ends[c][r];
  if (end < 0) return t.escaped[t.starts[c][r]];
  return t.lazy ? t.lazy.slice(t.starts[c][r], end) : t.text.slice(t.starts[c][r], end);
}
