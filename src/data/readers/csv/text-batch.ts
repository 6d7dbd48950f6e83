import type { Batch } from '../types.js';
import { cellText, type TextCells } from './text-cells.js';

/** A CSV batch: positions for the validator, strings (made once, on first access) for everyone else. */
export class TextBatch implements Batch {
  private strings?: string[][];
  private released = false;

  constructor(
    readonly file: string,
    readonly columns: string[],
    readonly rowCount: number,
    readonly rowOffset: number,
    readonly lines: Int32Array,
    readonly text: TextCells,
  ) {}

  /** Lets the reader reuse this batch's buffers: call when done with the batch, if ever. */
  release(): void {
    const release = this.text.release;
    if (!release) return;
    if (!this.strings) this.released = true;
    this.text.release = undefined;
    release();
  }

  get cells(): string[][] {
    if (this.released) throw new Error('TextBatch: cells read after release()');
    if (!this.strings) {
      const t = this.text;
      // every cell: one string of the whole text to slice, rather than one from the kernel per cell
      if (t.lazy) void t.text;
      this.strings = t.starts.map((_, c) => {
        const column = new Array<string>(this.rowCount);
        for (let r = 0; r < this.rowCount; r++) column[r] = cellText(t, c, r);
        return column;
      });
    }
    return this.strings;
  }
}
