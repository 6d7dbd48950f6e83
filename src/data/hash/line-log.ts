import { closeSync, openSync, readSync } from 'node:fs';
import { appendWords, spillFile, type SpillSettings } from './spill.js';

/** The lines of a part's rows as they cross threads: a spilled file (first `spilled` rows) and a tail. */
export interface LineLogState {
  file: string | null;
  spilled: number;
  tail: Int32Array;
}

/**
 * The line each row starts on, in row order, so a row found by its hash can be annotated where it
 * stands. Spills like RecordLog; only the few lines of reported examples are ever read back.
 */
export class LineLog {
  private buffer = new Int32Array(4096);
  private length = 0;
  private file: string | null = null;
  private spilled = 0;

  constructor(private readonly spill: SpillSettings) {}

  pushMany(lines: Int32Array, n: number): void {
    if (this.length + n > this.buffer.length) {
      if (this.length + n > this.spill.budgetWords) {
        this.file ??= spillFile(this.spill, 'lines');
        appendWords(this.file, this.buffer, this.length);
        this.spilled += this.length;
        this.length = 0;
      }
      if (this.length + n > this.buffer.length) {
        const grown = new Int32Array(Math.max(this.buffer.length * 2, this.length + n));
        grown.set(this.buffer.subarray(0, this.length));
        this.buffer = grown;
      }
    }
    this.buffer.set(lines.subarray(0, n), this.length);
    this.length += n;
  }

  toState(): LineLogState {
    return { file: this.file, spilled: this.spilled, tail: this.buffer.slice(0, this.length) };
  }
}

/** The line of row `index` of a part (0-based), reading one word from the spill file if needed. */
export function lineAt(state: LineLogState, index: number): number {
  if (index >= state.spilled) return state.tail[index - state.spilled] ?? 0;
  const fd = openSync(state.file!, 'r');
  try {
    const word = new Int32Array(1);
    readSync(fd, new Uint8Array(word.buffer), 0, 4, index * 4);
    return word[0];
  } finally {
    closeSync(fd);
  }
}
