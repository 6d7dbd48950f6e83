import { HashIndex, HashLog } from '../hash/hash-log.js';
import { NULL_A, NULL_B } from './column-analyzer.js';
import { Tally } from './tally.js';

/** Maps a position in logs concatenated over parts to the file, row and line it came from. */
export class RowPlaces {
  private readonly starts: number[] = [];
  private readonly files: string[] = [];
  private readonly rowShifts: number[] = [];
  private readonly lineLogs: Int32Array[] = [];
  private readonly lineShifts: number[] = [];
  length = 0;

  /** Adds the next part: `rows` rows of `file`, the first being data row `rowShift + 1`. */
  add(file: string, rows: number, rowShift: number, lines: Int32Array | undefined, lineShift: number): void {
    this.starts.push(this.length);
    this.files.push(file);
    this.rowShifts.push(rowShift);
    this.lineLogs.push(lines ?? new Int32Array(0));
    this.lineShifts.push(lineShift);
    this.length += rows;
  }

  place(position: number): { file: string; row: number; line: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= position) lo = mid;
      else hi = mid - 1;
    }
    const local = position - this.starts[lo];
    const line = this.lineLogs[lo][local];
    return { file: this.files[lo], row: this.rowShifts[lo] + local + 1, line: line === undefined ? 0 : line + this.lineShifts[lo] };
  }
}

function describePlace(place: { file: string; row: number }, sameFile: string): string {
  return place.file === sameFile ? `row ${place.row}` : `row ${place.row} of ${place.file}`;
}

/**
 * Rows (or values) whose hash repeats an earlier one. Positions holding the null marker are skipped
 * when `skipNulls` (a unique column ignores missing values, as Great Expectations does).
 */
export function findRepeats(log: HashLog, places: RowPlaces, skipNulls: boolean, what: (first: string) => string): Tally {
  const tally = new Tally();
  const index = new HashIndex(log);
  for (let p = 0; p < log.length; p++) {
    if (skipNulls && log.a[p] === NULL_A && log.b[p] === NULL_B) continue;
    const first = index.insert(p);
    if (first < 0) continue;
    const here = places.place(p);
    const earlier = places.place(first);
    tally.record(here.file, here.row, here.line, what(describePlace(earlier, here.file)), earlier.file === here.file ? earlier.row : undefined);
  }
  return tally;
}

/** Rows with the same features as an earlier row but another label (Deepchecks' conflicting labels). */
export function findConflictingLabels(features: HashLog, labels: HashLog, places: RowPlaces): Tally {
  const tally = new Tally();
  const index = new HashIndex(features);
  for (let p = 0; p < features.length; p++) {
    const first = index.insert(p);
    if (first < 0) continue;
    if (labels.a[p] === labels.a[first] && labels.b[p] === labels.b[first]) continue;
    const here = places.place(p);
    const earlier = places.place(first);
    tally.record(here.file, here.row, here.line, `same features as ${describePlace(earlier, here.file)}, other label`, earlier.file === here.file ? earlier.row : undefined);
  }
  return tally;
}

/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
export function findLeakage(train: HashLog, trainPlaces: RowPlaces, evalRows: HashLog, evalPlaces: RowPlaces): Tally {
  const tally = new Tally();
  const index = new HashIndex(train);
  for (let p = 0; p < train.length; p++) index.insert(p);
  for (let p = 0; p < evalRows.length; p++) {
    const first = index.find(evalRows.a[p], evalRows.b[p]);
    if (first < 0) continue;
    const here = evalPlaces.place(p);
    const there = trainPlaces.place(first);
    tally.record(here.file, here.row, here.line, `also row ${there.row} of ${there.file}`);
  }
  return tally;
}
