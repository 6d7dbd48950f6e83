import { hashNumberPair, pair } from './cell-hash.js';
import type { RecordLog } from './record-log.js';

/**
 * The values a numeric unique column logged, while each is larger than the one before: runs of
 * values that go up by exactly 1 in consecutive positions (ids 1, 2, 3, ...), three numbers a run
 * instead of a hash record a value.
 *
 * Why: parts whose values ascend throughout, each after the one before, hold no repeat
 * (dataset-accumulator.ts) and never need their unique records, yet logging them (hashing into
 * partitions, spilling) was ~3% of validate-data on a file with an id column. A part keeps runs
 * while its values ascend and become records only when they must: when a value does not ascend, or
 * when the runs grow past MAX_RUNS (values that ascend but skip, such as timestamps), the part
 * writes its runs out as the records they stand for (writeTo) and logs records from then on; the
 * dataset does the same with a finished part's runs when its parts do not follow on from each other.
 */
export class AscendingRuns {
  /** [value, position, length] per run before the open one. */
  private runs = new Float64Array(3 * 64);
  private count = 0;
  /** The open run: its first value and position, and its length (0: no run yet). */
  private runStart = 0;
  private runPosition = 0;
  private runLength = 0;

  /**
   * Adds `x` at `position` (positions ascend). False, nothing added, when it cannot be kept as a
   * run: `x` is not finite or not above the last value, or a new run would pass MAX_RUNS.
   */
  add(x: number, position: number): boolean {
    if (this.runLength > 0) {
      // the run's last and next values computed as writeRuns will, so a run stands for exactly the
      // values it took; past 2^53 adding 1 stops counting, and the repeat is refused as not above
      const last = this.runStart + (this.runLength - 1);
      if (!(x > last)) return false;
      if (x === this.runStart + this.runLength && position === this.runPosition + this.runLength) {
        this.runLength++;
        return true;
      }
    }
    if (!Number.isFinite(x) || this.count === MAX_RUNS) return false;
    if (this.runLength > 0) this.keepOpenRun();
    this.runStart = x;
    this.runPosition = position;
    this.runLength = 1;
    return true;
  }

  /** The runs as a transferable array ([value, position, length] each). */
  toArray(): Float64Array {
    const open = this.runLength > 0 ? 1 : 0;
    const out = new Float64Array(3 * (this.count + open));
    out.set(this.runs.subarray(0, 3 * this.count));
    if (open) out.set([this.runStart, this.runPosition, this.runLength], 3 * this.count);
    return out;
  }

  /** Pushes the records the runs stand for into `log`, in order (as if each value was pushed when it came). */
  writeTo(log: RecordLog): void {
    writeRuns(this.toArray(), log);
  }

  private keepOpenRun(): void {
    const at = 3 * this.count;
    if (at + 3 > this.runs.length) {
      const grown = new Float64Array(this.runs.length * 2);
      grown.set(this.runs);
      this.runs = grown;
    }
    this.runs[at] = this.runStart;
    this.runs[at + 1] = this.runPosition;
    this.runs[at + 2] = this.runLength;
    this.count++;
  }
}

/** Past this many runs the values are not ids: records cost no more then (3 words a value against 3 numbers a run). */
const MAX_RUNS = 4096;

/** Pushes the records of runs ([value, position, length] each, from toArray) into `log`. */
export function writeRuns(runs: Float64Array, log: RecordLog): void {
  for (let r = 0; r < runs.length; r += 3) {
    const start = runs[r];
    const position = runs[r + 1];
    const length = runs[r + 2];
    for (let k = 0; k < length; k++) {
      const a = hashNumberPair(start + k);
      log.push(a, pair.b, position + k);
    }
  }
}
