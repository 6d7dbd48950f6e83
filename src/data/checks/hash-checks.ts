import { forEachRepeatGroup, sortRecords } from '../hash/hash-groups.js';
import { lineAt, type LineLogState } from '../hash/line-log.js';
import { PARTITIONS, readPartition, type RecordLogState } from '../hash/record-log.js';
import { MAX_EXAMPLES } from './result.js';
import { Tally } from './tally.js';

/** One part's records of a hash check, and where its positions start in the dataset. */
export type HashStream = { state: RecordLogState; offset: number }[];

/** Maps a dataset-wide row position (parts concatenated) to the file, row and line it came from. */
export class RowPlaces {
  private readonly parts: { start: number; file: string; rowShift: number; lines?: LineLogState }[] = [];
  length = 0;

  /** Adds the next part: `rows` rows of `file`, the first being data row `rowShift + 1`. */
  add(file: string, rows: number, rowShift: number, lines: LineLogState | undefined): number {
    const start = this.length;
    this.parts.push({ start, file, rowShift, lines });
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
    return { file: part.file, row: part.rowShift + local + 1, line: part.lines ? lineAt(part.lines, local) : 0 };
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

/** Runs `visit` over every group of equal hashes, one partition in memory at a time. */
function forEachGroup(stream: HashStream, visit: (records: Uint32Array, width: number, group: number[]) => void): void {
  if (stream.length === 0) return;
  for (let p = 0; p < PARTITIONS; p++) {
    const { records, count } = readPartition(stream, p);
    if (count < 2) continue;
    const width = stream[0].state.width;
    forEachRepeatGroup(records, width, sortRecords(records, width, count), (group) => visit(records, width, group));
  }
}

/** Rows (or values) whose hash repeats an earlier one. */
export function findRepeats(stream: HashStream, places: RowPlaces, what: (first: string) => string): Tally {
  const findings = new Findings();
  forEachGroup(stream, (records, width, group) => {
    const first = records[group[0] * width + 2];
    for (let k = 1; k < group.length; k++) findings.add(records[group[k] * width + 2], first);
  });
  return toTally(findings, places, places, (here, earlier) => what(describePlace(earlier, here.file)));
}

/** Rows with the same features as an earlier row but another label (Deepchecks' conflicting labels). */
export function findConflictingLabels(features: HashStream, places: RowPlaces): Tally {
  const findings = new Findings();
  forEachGroup(features, (records, width, group) => {
    const first = group[0] * width;
    for (let k = 1; k < group.length; k++) {
      const r = group[k] * width;
      if (records[r + 3] !== records[first + 3] || records[r + 4] !== records[first + 4]) findings.add(records[r + 2], records[first + 2]);
    }
  });
  return toTally(findings, places, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`);
}

/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
export function findLeakage(train: HashStream, trainPlaces: RowPlaces, evalRows: HashStream, evalPlaces: RowPlaces): Tally {
  // Both in one position space, train first: a group holding a train position and eval ones leaks.
  const trainRows = trainPlaces.length;
  const both: HashStream = [...train, ...evalRows.map(({ state, offset }) => ({ state, offset: offset + trainRows }))];
  const findings = new Findings();
  forEachGroup(both, (records, width, group) => {
    const first = records[group[0] * width + 2];
    if (first >= trainRows) return;
    for (const r of group) {
      const position = records[r * width + 2];
      if (position >= trainRows) findings.add(position - trainRows, first);
    }
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
