/**
 * A block of UTF-8 text the CSV kernel decoded and holds (csv-kernel.ts decodeUtf8), with no JS
 * string until something reads it whole.
 *
 * Why: on UTF-8 data nothing on the validator's usual path reads a block as a string: the kernel
 * tokenizes, parses and hashes it in its own memory, and the few cells that need a string (a new
 * frequent value, an example of a failed check) are made one by one (slice). Making every block's
 * string anyway was ~70% of what the parsing threads allocated (a two-byte string per block),
 * hence most of their young-generation collections.
 *
 * The kernel holds one text at a time. Before it replaces this one it calls `replaced()`: if a
 * batch still uses the text (pinned, not released: text-batch.ts), the string is made then, so a
 * batch kept after its block reads the same text as before.
 */
import type { LazyText } from '../readers/lazy-text.js';

/** What KernelText needs of the kernel that holds it. */
export interface KernelTextSource {
  readonly generation: number;
  /** Code units [start, end) of the loaded text as a string. */
  textSlice(start: number, end: number): string;
  /** UTF-8 bytes of code units [start, end) of the loaded text. */
  textUtf8Length(start: number, end: number): number;
}

export class KernelText implements LazyText {
  private value: string | undefined;
  private pins = 0;

  constructor(
    private readonly kernel: KernelTextSource,
    /** The kernel's generation while it holds this text. */
    readonly generation: number,
    readonly length: number,
  ) {}

  /** True while the kernel holds this text (its positions then refer to the kernel's memory). */
  get loaded(): boolean {
    return this.kernel.generation === this.generation;
  }

  string(): string {
    if (this.value === undefined) {
      if (!this.loaded) throw new Error('KernelText: read after the kernel replaced it and nothing kept it (pin it while it is used)');
      this.value = this.kernel.textSlice(0, this.length);
    }
    return this.value;
  }

  /** Code units [start, end): from the string once made, otherwise from the kernel's memory. */
  slice(start: number, end: number): string {
    if (this.value !== undefined || !this.loaded) return this.string().slice(start, end);
    return this.kernel.textSlice(start, end);
  }

  utf8Length(from: number): number {
    if (this.value !== undefined || !this.loaded) return Buffer.byteLength(this.string().slice(from), 'utf8');
    return this.kernel.textUtf8Length(from, this.length);
  }

  /** Marks the text as used (by a batch, or a reader between its calls) until unpin. */
  pin(): void {
    this.pins++;
  }

  unpin(): void {
    this.pins--;
  }

  /** The kernel is about to replace the text: keep it as a string if anything still uses it. */
  replaced(): void {
    if (this.pins > 0 && this.value === undefined && this.loaded) this.value = this.kernel.textSlice(0, this.length);
  }
}
