import { forEachLabelledRepeat, forEachRepeat, HashScratch } from '../hash/hash-groups.js';
import { lineAt, type LineLogState } from '../hash/line-log.js';
import { PARTITIONS, type RecordLogState } from '../hash/record-log.js';
import { PartitionReader } from '../hash/partition-reader.js';
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

/** One offending position and the earlier position it repeats. */
interface Finding {
  position: number;
  earlier: number;
}

/** What a hash check found, as it crosses threads: how many, and the first 20 by position. */
export interface FindingsState {
  count: number;
  kept: Finding[];
}

/**
 * Offending positions, found in hash order and reported in row order: the count of all of them and
 * the first 20 by position (each with the earlier position it repeats), in constant memory.
 */
class Findings {
  count = 0;
  readonly kept: Finding[] = [];

  add(position: number, earlier: number): void {
    this.count++;
    const kept = this.kept;
    if (kept.length === MAX_EXAMPLES && position >= kept[kept.length - 1].position) return;
    let at = kept.length;
    while (at > 0 && kept[at - 1].position > position) at--;
    kept.splice(at, 0, { position, earlier });
    if (kept.length > MAX_EXAMPLES) kept.pop();
  }

  toState(): FindingsState {
    return { count: this.count, kept: this.kept };
  }
}

/**
 * The findings of several shares of the partitions as one: partitions hold disjoint hashes, so the
 * counts add up and the first 20 of the union are the first 20 overall.
 */
export function mergeFindings(shares: FindingsState[]): FindingsState {
  const kept = shares.flatMap((s) => s.kept).sort((x, y) => x.position - y.position);
  return { count: shares.reduce((sum, s) => sum + s.count, 0), kept: kept.slice(0, MAX_EXAMPLES) };
}

/**
 * One hash check over a stream of records:
 * - `repeats`: records whose hash (with a label's, in a labelled log) repeats an earlier one: unique
 *   values and duplicate rows;
 * - `conflicts`: labelled rows with an earlier row's features but another label;
 * - `labelled-rows`: both of the above for a labelled row log, in one pass (duplicates, conflicts);
 * - `leakage`: eval rows (positions from `trainRows` on) that repeat a training row.
 */
export type HashJob =
  | { kind: 'repeats' | 'conflicts' | 'labelled-rows'; stream: HashStream }
  | { kind: 'leakage'; stream: HashStream; trainRows: number };

/**
 * Runs every job over partitions [from, to), one partition of one stream in memory at a time. Each
 * job gives one FindingsState, `labelled-rows` two (duplicates, then conflicts). Threads can split
 * the partitions between them and merge their findings (mergeFindings).
 */
export function runHashJobs(jobs: HashJob[], from = 0, to = PARTITIONS): FindingsState[][] {
  const scratch = new HashScratch();
  return jobs.map((job) => {
    const found = job.kind === 'labelled-rows' ? [new Findings(), new Findings()] : [new Findings()];
    if (job.stream.length > 0) {
      const width = job.stream[0].state.width;
      const reader = new PartitionReader(job.stream, to);
      for (let p = from; p < to; p++) {
        const { records, count } = reader.read(p);
        if (count > 1) visitPartition(job, records, width, count, found, scratch);
      }
    }
    return found.map((f) => f.toState());
  });
}

function visitPartition(job: HashJob, records: Uint32Array, width: number, count: number, found: Findings[], scratch: HashScratch): void {
  const [first, second] = found;
  const at = (record: number) => records[record * width + 2];
  switch (job.kind) {
    case 'repeats':
      forEachRepeat(records, width, count, (f, r) => first.add(at(r), at(f)), true, scratch);
      return;
    case 'conflicts':
      forEachRepeat(
        records,
        width,
        count,
        (f, r) => {
          if (records[r * width + 3] !== records[f * width + 3] || records[r * width + 4] !== records[f * width + 4]) first.add(at(r), at(f));
        },
        false,
        scratch,
      );
      return;
    case 'labelled-rows':
      forEachLabelledRepeat(
        records,
        count,
        (f, r) => first.add(at(r), at(f)),
        (f, r) => second.add(at(r), at(f)),
        scratch,
      );
      return;
    case 'leakage': {
      const trainRows = job.trainRows;
      forEachRepeat(
        records,
        width,
        count,
        (f, r) => {
          if (at(f) < trainRows && at(r) >= trainRows) first.add(at(r) - trainRows, at(f));
        },
        true,
        scratch,
      );
      return;
    }
  }
}

/** Hash jobs under way: `finish` runs this thread's share and answers once every share is in. */
export interface PendingHashJobs {
  finish(): Promise<FindingsState[][]>;
}

/**
 * Starts hash jobs over every partition: in this thread, or shared with helper threads, which start
 * on their shares at once; this thread's share waits for `finish`, so the caller can do other work
 * between the two while the helpers run.
 */
export type HashJobRunner = (jobs: HashJob[]) => PendingHashJobs;

export const runHashJobsHere: HashJobRunner = (jobs) => ({ finish: () => Promise.resolve(runHashJobs(jobs)) });

/** The tally of repeats (unique values, duplicate rows), each described as `verb` the earlier row. */
export function repeatsTally(findings: FindingsState, places: RowPlaces, verb: string): Tally {
  return toTally(findings, places, places, (here, earlier) => `${verb} ${describePlace(earlier, here.file)}`);
}

/** The tally of conflicting labels (Deepchecks' conflicting labels). */
export function conflictsTally(findings: FindingsState, places: RowPlaces): Tally {
  return toTally(findings, places, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`);
}

/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
export function findLeakage(train: HashStream, trainPlaces: RowPlaces, evalRows: HashStream, evalPlaces: RowPlaces): Tally {
  // Both in one position space, train first: a repeat whose first row is a train row and which is
  // itself an eval row leaks.
  const trainRows = trainPlaces.length;
  const both: HashStream = [...train, ...evalRows.map(({ state, offset }) => ({ state, offset: offset + trainRows }))];
  const [[findings]] = runHashJobs([{ kind: 'leakage', stream: both, trainRows }]);
  return toTally(findings, evalPlaces, trainPlaces, (_, there) => `also row ${there.row} of ${there.file}`);
}

function toTally(
  findings: FindingsState,
  places: RowPlaces,
  earlierPlaces: RowPlaces,
  describe: (here: { file: string; row: number }, earlier: { file: string; row: number }) => string,
): Tally {
  const tally = new Tally();
  for (const { position, earlier: e } of findings.kept) {
    const here = places.place(position);
    const earlier = earlierPlaces.place(e);
    const firstRow = places === earlierPlaces && earlier.file === here.file ? earlier.row : undefined;
    tally.record(here.file, here.row, here.line, describe(here, earlier), firstRow);
  }
  tally.unexpected = findings.count;
  return tally;
}
