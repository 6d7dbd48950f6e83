import { MAX_EXAMPLES, type UnexpectedExample } from './result.js';

/** Counts the values that broke one check and keeps the first 20 of them with their rows. */
export class Tally {
  unexpected = 0;
  examples: UnexpectedExample[] = [];

  /** True once the first 20 examples are kept: later values only count. */
  get full(): boolean {
    return this.examples.length >= MAX_EXAMPLES;
  }

  record(file: string, row: number, line: number, value: UnexpectedExample['value'], firstRow?: number): void {
    this.unexpected++;
    if (this.examples.length < MAX_EXAMPLES) {
      this.examples.push(firstRow === undefined ? { file, row, line, value } : { file, row, line, value, firstRow });
    }
  }

  /** Adds a later part of the data (the next byte range or file): its examples come after ours. */
  merge(other: TallyState, shift: { rows: number; lines: number } = { rows: 0, lines: 0 }): void {
    this.unexpected += other.unexpected;
    for (const example of other.examples) {
      if (this.examples.length >= MAX_EXAMPLES) break;
      this.examples.push(shiftExample(example, shift));
    }
  }

  toState(): TallyState {
    return { unexpected: this.unexpected, examples: this.examples };
  }
}

export interface TallyState {
  unexpected: number;
  examples: UnexpectedExample[];
}

function shiftExample(example: UnexpectedExample, shift: { rows: number; lines: number }): UnexpectedExample {
  const shifted = { ...example, row: example.row + shift.rows, line: example.line + shift.lines };
  if (example.firstRow !== undefined) shifted.firstRow = example.firstRow + shift.rows;
  return shifted;
}
