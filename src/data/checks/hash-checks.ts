import { HashLog } from '../hash/hash-log.js';
import { forEachRepeatGroup, positionsOf, sortByHash } from '../hash/hash-groups.js';
import { MAX_EXAMPLES } from './result.js';
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
 * Offending positions found in hash order, reported in row order: the count of all of them, and
 * the first 20 by position with the earlier position each one repeats.
 */
class Findings {
  count = 0;
  private positions = new Int32Array(64);
  private earlier?: Int32Array;

  constructor(private readonly size: number) {}

  add(position: number, earlier: number): void {
    if (this.count === this.positions.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.positions);
      this.positions = grown;
    }
    this.positions[this.count++] = position;
    (this.earlier ??= new Int32Array(this.size))[position] = earlier;
  }

  /** The first examples in row order, as (position, earlier position) pairs. */
  first(): [number, number][] {
    const sorted = this.positions.slice(0, this.count).sort();
    return Array.from(sorted.subarray(0, MAX_EXAMPLES), (p) => [p, this.earlier![p]]);
  }
}

/**
 * Rows (or values) whose hash repeats an earlier one. Positions holding the null marker are skipped
 * when `skipNulls` (a unique column ignores missing values, as Great Expectations does).
 */
export function findRepeats(log: HashLog, places: RowPlaces, skipNulls: boolean, what: (first: string) => string): Tally {
  const findings = new Findings(log.length);
  const sorted = sortByHash(log.a, positionsOf(log, skipNulls ? { a: NULL_A, b: NULL_B } : undefined));
  forEachRepeatGroup(log, sorted, (group) => {
    for (let k = 1; k < group.length; k++) findings.add(group[k], group[0]);
  });
  return toTally(findings, places, (here, earlier) => what(describePlace(earlier, here.file)));
}

/** Rows with the same features as an earlier row but another label (Deepchecks' conflicting labels). */
export function findConflictingLabels(features: HashLog, labels: HashLog, places: RowPlaces): Tally {
  const findings = new Findings(features.length);
  const sorted = sortByHash(features.a, positionsOf(features));
  forEachRepeatGroup(features, sorted, (group) => {
    const first = group[0];
    for (let k = 1; k < group.length; k++) {
      const p = group[k];
      if (labels.a[p] !== labels.a[first] || labels.b[p] !== labels.b[first]) findings.add(p, first);
    }
  });
  return toTally(findings, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`);
}

/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
export function findLeakage(train: HashLog, trainPlaces: RowPlaces, evalRows: HashLog, evalPlaces: RowPlaces): Tally {
  // One log of both, train first: a group that holds a train position and eval positions is a leak.
  const both = new HashLog(train.length + evalRows.length);
  both.append(train);
  both.append(evalRows);
  const findings = new Findings(evalRows.length);
  forEachRepeatGroup(both, sortByHash(both.a, positionsOf(both)), (group) => {
    if (group[0] >= train.length) return;
    for (const p of group) if (p >= train.length) findings.add(p - train.length, group[0]);
  });
  const tally = new Tally();
  for (const [p, t] of findings.first()) {
    const here = evalPlaces.place(p);
    const there = trainPlaces.place(t);
    tally.record(here.file, here.row, here.line, `also row ${there.row} of ${there.file}`);
  }
  tally.unexpected = findings.count;
  return tally;
}

function toTally(findings: Findings, places: RowPlaces, describe: (here: { file: string; row: number }, earlier: { file: string; row: number }) => string): Tally {
  const tally = new Tally();
  for (const [p, e] of findings.first()) {
    const here = places.place(p);
    const earlier = places.place(e);
    tally.record(here.file, here.row, here.line, describe(here, earlier), earlier.file === here.file ? earlier.row : undefined);
  }
  tally.unexpected = findings.count;
  return tally;
}
