/**
 * One CSV file analyzed in parallel: this thread reads the first byte range while workers read the
 * others, and the ranges are confirmed in order afterwards.
 *
 * The ranges are guessed (splitCsvRanges: a cut right after a line feed, without reading the file
 * first), so a range's result counts only if every range before it parsed without an error: then
 * it started on a row boundary. Otherwise, and whenever a later range failed (a guess inside a
 * quoted field, or a real problem in the data), the rest of the file is read again from the last
 * confirmed boundary in this thread, with its true line numbers, so errors name the right line.
 * The usual case costs nothing; a file whose cut lands in a quoted line break reads part of it twice.
 */
import type { PartOptions, PartState } from '../checks/part-analyzer.js';
import type { LoadedSchema } from '../schema/load-schema.js';
import type { InlineDigest } from '../profile/digest.js';
import { analyzeRange } from '../parts/read-part.js';
import type { SourceRange } from '../parts/sources.js';
import { runRangeInWorker, type RangeHelper } from './worker.js';
import type { StandbyWorkers } from './standby.js';

/** A part with the shift that places its rows and lines in its file. */
export interface PlacedPart {
  state: PartState;
  shift: { rows: number; lines: number };
  /** Set on the part read again in this thread after a range failed: where that read started. */
  rereadFrom?: number;
  /** The worker that read this part, kept to share the hash checks (the caller closes it). */
  helper?: RangeHelper;
}

export async function analyzeRanges(
  file: string,
  size: number,
  planned: { ranges: SourceRange[]; dataStartLine: number },
  schema: LoadedSchema,
  partOptions: PartOptions,
  workerScript: string,
  standby?: StandbyWorkers,
  digest?: InlineDigest,
): Promise<PlacedPart[]> {
  const ranges = planned.ranges;
  const readHere = (range: SourceRange): Promise<PartState> => analyzeRange(file, range, schema.resolved, partOptions);
  // The first range feeds the file's digest as it is read; the rest of the file is hashed right
  // after it, while the workers still parse their ranges.
  const readFirst = async (): Promise<PartState> => {
    if (!digest) return readHere(ranges[0]);
    digest.readTo(ranges[0].start);
    const state = await analyzeRange(file, ranges[0], schema.resolved, partOptions, (bytes) => digest.update(bytes));
    digest.readTo(size);
    return state;
  };
  // Workers start first; this thread then reads the first range while they run.
  const workers = ranges.slice(1).map((range) => runRangeInWorker(workerScript, { file, range, raw: schema.raw, resolveOptions: schema.options, partOptions }, standby));
  for (const p of workers) void p.catch(() => undefined); // judged below, in order
  const results: Promise<{ state: PartState; helper?: RangeHelper }>[] = [readFirst().then((state) => ({ state })), ...workers];
  const placed: PlacedPart[] = [];
  let rows = 0;
  // lines of a range count from its own start; this is the file's line where the next one starts
  let nextLine = planned.dataStartLine;
  for (let k = 0; k < ranges.length; k++) {
    const result = await results[k].catch(() => undefined);
    const shift = { rows, lines: nextLine - 1 };
    if (!result) {
      // Read from this range's start (a confirmed boundary) to the end of the file here: real
      // errors are then thrown with the file's own line numbers. The later ranges' workers go.
      for (const later of results.slice(k + 1)) later.then((r) => r.helper?.close(), () => undefined);
      try {
        placed.push({ state: await readHere({ ...ranges[k], end: size, firstLine: nextLine }), shift, rereadFrom: ranges[k].start });
      } catch (error) {
        placed.forEach((part) => part.helper?.close());
        throw error;
      }
      return placed;
    }
    placed.push({ state: result.state, shift, helper: result.helper });
    rows += result.state.rowCount;
    nextLine += result.state.lineCount!;
  }
  return placed;
}
