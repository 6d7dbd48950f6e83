import { closeSync, openSync, readSync } from 'node:fs';
import { SpillFile, type SpillSettings } from './spill.js';

/**
 * The lines of a part's rows as they cross threads: the rows where a run of consecutive lines
 * starts, as pairs `[row, line]` in row order; the first `spilled` pairs are in `file`, the rest in
 * `tail`.
 */
export interface LineLogState {
  file: string | null;
  spilled: number;
  tail: Int32Array;
}

/**
 * The line each row starts on, so a row found by its hash can be annotated where it stands. Rows
 * nearly always follow each other line by line, so only the rows that break that run are kept (the
 * first row, a row after blank lines or after a quoted line break): a plain file has one pair, not
 * a word per row. Pairs spill like RecordLog, so a file with a line break
 * in every row still keeps memory bounded; only the few lines of reported examples are read back.
 */
export class LineLog {
  private pairs: Int32Array;
  private length = 0;
  private file: SpillFile | null = null;
  private spilled = 0;
  private rows = 0;
  /** The line the next row starts on if it continues the current run. */
  private expected = -1;

  constructor(private readonly spill: SpillSettings) {
    this.pairs = new Int32Array(Math.max(2, Math.min(2048, spill.budgetWords & ~1)));
  }

  pushMany(lines: Int32Array, n: number): void {
    let expected = this.expected;
    for (let i = 0; i < n; i++) {
      const line = lines[i];
      if (line !== expected) this.add(this.rows + i, line);
      expected = line + 1;
    }
    this.expected = expected;
    this.rows += n;
  }

  private add(row: number, line: number): void {
    if (this.length + 2 > this.pairs.length) {
      if (this.length >= this.spill.budgetWords) {
        this.file ??= new SpillFile(this.spill, 'lines');
        this.file.append(this.pairs, this.length);
        this.spilled += this.length / 2;
        this.length = 0;
      } else {
        const grown = new Int32Array(this.pairs.length * 2);
        grown.set(this.pairs);
        this.pairs = grown;
      }
    }
    this.pairs[this.length++] = row;
    this.pairs[this.length++] = line;
  }

  /** Closes the spill file (toState does too): call when a part ends early, on an error. */
  close(): void {
    this.file?.close();
  }

  toState(): LineLogState {
    this.close();
    return { file: this.file?.path ?? null, spilled: this.spilled, tail: this.pairs.slice(0, this.length) };
  }
}

/** The line of row `index` of a part (0-based): a binary search over the run starts. */
export function lineAt(state: LineLogState, index: number): number {
  const tail = state.tail;
  if (tail.length > 0 && tail[0] <= index) return lineIn((k) => tail[2 * k], (k) => tail[2 * k + 1], tail.length / 2, index);
  if (state.spilled === 0) return 0;
  // Only reported examples come here (at most 20 per check): a few reads of 8 bytes each.
  const fd = openSync(state.file!, 'r');
  try {
    const pair = new Int32Array(2);
    const bytes = new Uint8Array(pair.buffer);
    const word = (k: number, w: number): number => {
      readSync(fd, bytes, 0, 8, k * 8);
      return pair[w];
    };
    return lineIn((k) => word(k, 0), (k) => word(k, 1), state.spilled, index);
  } finally {
    closeSync(fd);
  }
}

/**
 * The line of row `index` from `count` run starts (row `rowOf(k)` is on line `lineOf(k)`, rows
 * ascending, the first being row 0): the last run that starts at or before the row holds it.
 */
function lineIn(rowOf: (k: number) => number, lineOf: (k: number) => number, count: number, index: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowOf(mid) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lineOf(lo) + (index - rowOf(lo));
}
