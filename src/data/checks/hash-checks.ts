import { forEachLabelledRepeat, forEachRepeat } from '../hash/hash-groups.js';
import { lineAt, type LineLogState } from '../hash/line-log.js';
import { PARTITIONS, readPartition, type RecordLogState } from '../hash/record-log.js';
import { MAX_EXAMPLES } from './result.js';
import { Tally } from './tally.js';

/** One part's records of a hash check, and where its positions start in the dataset. */
export type HashStream = { state: RecordLogState; offset: number }[];

/** Maps a dataset-wide row position (parts concatenated) to the file, row and line it came from. */
export class RowPlaces {
  private readonly parts: { start: number; file: string; rowShift: number; lineShift: number; lines?: LineLogState }[] = [];
  length = 0;

  /** Adds the next part: `rows` rows of `file`, the first being data row `rowShift + 1`, its lines `lineShift` after those recorded. */
  add(file: string, rows: number, rowShift: number, lines: LineLogState | undefined, lineShift = 0): number {
    const start = this.length;
    this.parts.push({ start, file, rowShift, lineShift, lines });
    this.length += rows;
    return start;
  }

  place(position: number): { file: string; row: number; line: number } {
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.parts[mid].start <= position) lo = mid;
      else hi = mid - 1;
    }
    const part = this.parts[lo];
    const local = position - part.start;
    return { file: part.file, row: part.rowShift + local + 1, line: part.lines ? lineAt(part.lines, local) + part.lineShift : 0 };
  }
}

function describePlace(place: { file: string; row: number }, sameFile: string): string {
  return place.file === sameFile ? `row ${place.row}` : `row ${place.row} of ${place.file}`;
}

/**
 * Offending positions, found in hash order and reported in row order: the count of all of them and
 * the first 20 by position (each with the earlier position it repeats), in constant memory.
 */
class Findings {
  count = 0;
  private readonly kept: { position: number; earlier: number }[] = [];

  add(position: number, earlier: number): void {
    this.count++;
    const kept = this.kept;
    if (kept.length === MAX_EXAMPLES && position >= kept[kept.length - 1].position) return;
    let at = kept.length;
    while (at > 0 && kept[at - 1].position > position) at--;
    kept.splice(at, 0, { position, earlier });
    if (kept.length > MAX_EXAMPLES) kept.pop();
  }

  first(): { position: number; earlier: number }[] {
    return this.kept;
  }
}

/**
 * Runs `visit(records, width, first, repeat)` for every repeated hash, one partition in memory at a
 * time. Row records with a label (width 5) repeat when features and label both do, unless
 * `featuresOnly`.
 */
function forEachRepeatIn(stream: HashStream, visit: (records: Uint32Array, width: number, first: number, repeat: number) => void, featuresOnly = false): void {
  if (stream.length === 0) return;
  const width = stream[0].state.width;
  for (let p = 0; p < PARTITIONS; p++) {
    const { records, count } = readPartition(stream, p);
    if (count > 1) forEachRepeat(records, width, count, (first, repeat) => visit(records, width, first * width, repeat * width), !featuresOnly);
  }
}

/** Rows (or values) whose hash repeats an earlier one. */
export function findRepeats(stream: HashStream, places: RowPlaces, what: (first: string) => string): Tally {
  const findings = new Findings();
  forEachRepeatIn(stream, (records, _, first, repeat) => findings.add(records[repeat + 2], records[first + 2]));
  return toTally(findings, places, places, (here, earlier) => what(describePlace(earlier, here.file)));
}

/**
 * Rows with the same features as an earlier row but another label (Deepchecks' conflicting labels),
 * from row records with a label (width 5, see labelledRows).
 */
export function findConflictingLabels(rows: HashStream, places: RowPlaces): Tally {
  const findings = new Findings();
  forEachRepeatIn(
    rows,
    (records, _, first, repeat) => {
      if (records[repeat + 3] !== records[first + 3] || records[repeat + 4] !== records[first + 4]) findings.add(records[repeat + 2], records[first + 2]);
    },
    true,
  );
  return toTally(findings, places, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`);
}

/**
 * findRepeats and findConflictingLabels of a labelled row log (width 5) in one read of each
 * partition: the finish phase's largest cost on a big file, read and hashed once instead of twice.
 */
export function findDuplicatesAndConflicts(rows: HashStream, places: RowPlaces): { duplicates: Tally; conflicts: Tally } {
  const duplicates = new Findings();
  const conflicts = new Findings();
  for (let p = 0; p < PARTITIONS && rows.length > 0; p++) {
    const { records, count } = readPartition(rows, p);
    if (count < 2) continue;
    forEachLabelledRepeat(
      records,
      count,
      (first, repeat) => duplicates.add(records[repeat * 5 + 2], records[first * 5 + 2]),
      (first, repeat) => conflicts.add(records[repeat * 5 + 2], records[first * 5 + 2]),
    );
  }
  return {
    duplicates: toTally(duplicates, places, places, (here, earlier) => `duplicates ${describePlace(earlier, here.file)}`),
    conflicts: toTally(conflicts, places, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`),
  };
}

/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
export function findLeakage(train: HashStream, trainPlaces: RowPlaces, evalRows: HashStream, evalPlaces: RowPlaces): Tally {
  // Both in one position space, train first: a repeat whose first row is a train row and which is
  // itself an eval row leaks.
  const trainRows = trainPlaces.length;
  const both: HashStream = [...train, ...evalRows.map(({ state, offset }) => ({ state, offset: offset + trainRows }))];
  const findings = new Findings();
  forEachRepeatIn(both, (records, _, first, repeat) => {
    const firstPosition = records[first + 2];
    const position = records[repeat + 2];
    if (firstPosition < trainRows && position >= trainRows) findings.add(position - trainRows, firstPosition);
  });
  return toTally(findings, evalPlaces, trainPlaces, (_, there) => `also row ${there.row} of ${there.file}`);
}

function toTally(
  findings: Findings,
  places: RowPlaces,
  earlierPlaces: RowPlaces,
  describe: (here: { file: string; row: number }, earlier: { file: string; row: number }) => string,
): Tally {
  const tally = new Tally();
  for (const { position, earlier: e } of findings.first()) {
    const here = places.place(position);
    const earlier = earlierPlaces.place(e);
    const firstRow = places === earlierPlaces && earlier.file === here.file ? earlier.row : undefined;
    tally.record(here.file, here.row, here.line, describe(here, earlier), firstRow);
  }
  tally.unexpected = findings.count;
  return tally;
}
