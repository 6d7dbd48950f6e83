/** Decoded text held outside the JS heap (the CSV kernel's memory): its length now, its string only when asked. */
export interface LazyText {
  readonly length: number;
  /** The whole text as a string (made on the first call). */
  string(): string;
  /** Code units [start, end) as a string (without making the whole one). */
  slice(start: number, end: number): string;
  /** How many bytes code units [from, length) take in UTF-8. */
  utf8Length(from: number): number;
  /**
   * Marks the text as used (by a batch, or a reader between its calls) until unpin: its holder
   * makes the string before replacing the text while it is pinned, and `string()` may be called
   * only then, or while the holder still holds it.
   */
  pin(): void;
  unpin(): void;
}

/** A UTF-8 decoder whose text needs no string (the CSV kernel's: csv-kernel.ts decodeUtf8). */
export interface LazyDecoder {
  /** False when it should not be used now (Node then decodes, into a string). */
  active(): boolean;
  /** Decodes well-formed UTF-8 (not pure ASCII) as toString('utf8') would. */
  decode(bytes: Uint8Array): LazyText;
}
