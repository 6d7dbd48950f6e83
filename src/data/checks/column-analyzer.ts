import { ColumnProfiler, type ColumnProfilerState, type ProfileKind } from '../profile/index.js';
import type { Batch } from '../readers/types.js';
import type { ResolvedColumn } from '../schema/resolved.js';
import { NULL_A, NULL_B, hashNumberPair, hashStringPair, hashTextInto, pair } from '../hash/cell-hash.js';
import { cellText } from '../readers/csv/text-cells.js';
import { RecordLog, type RecordLogState } from '../hash/record-log.js';
import { AscendingRuns } from '../hash/ascending-runs.js';
import type { SpillSettings } from '../hash/spill.js';
import { Tally, type TallyState } from './tally.js';
import { NaMatcher } from '../values/na-matcher.js';
import { INVALID, MISSING, parseColumn } from '../values/parse-column.js';
import { VALID_HASHED, parseTextColumn } from '../values/parse-text.js';
import { csvKernel } from '../kernel/csv-kernel.js';
import { KernelSlots } from './kernel-slots.js';
import { checksOf, fastPathAllowed, type ValueCheck } from './value-checks.js';
import { valueText } from '../../shared/format.js';

/** A rule-tallied check (value-checks.ts) on one column: its tally and its test of one value. */
interface RuleTest<T> {
  tally: Tally;
  test: (value: T) => boolean;
}

/** What an analyzer hands to the next stage: plain data and typed arrays, so it crosses threads. */
export interface ColumnAnalyzerState {
  name: string;
  elementCount: number;
  missingCount: number;
  /** Values that parsed as the column's type (the base for unexpected percentages). */
  validCount: number;
  tallies: Partial<Record<ValueCheck, TallyState>>;
  profile: ColumnProfilerState;
  uniqueHashes?: RecordLogState;
  /**
   * For a numeric unique column: its first and last values when every value this part logged for
   * the unique check was larger than the one before (ids, timestamps), false when not; absent when
   * none was logged. Parts in order that are each ascending, and follow on from each other, hold no
   * repeat: the unique check then needs no hash pass (dataset-accumulator.ts).
   */
  uniqueAscending?: { first: number; last: number } | false;
  /**
   * For a numeric unique column whose values this part kept as runs (ascending-runs.ts): the runs,
   * [value, position, length] each, standing for the records `uniqueHashes` then does not hold.
   */
  uniqueRuns?: Float64Array;
}

/** The profile kind of a column type: numbers, booleans, dates or text. */
export function profileKind(column: ResolvedColumn | undefined): ProfileKind {
  if (!column) return 'string';
  if (column.type === 'bool') return 'boolean';
  if (column.type === 'date' || column.type === 'datetime') return 'datetime';
  return column.representation === 'number' ? 'numeric' : 'string';
}

/**
 * Runs one column's value checks and profile over batches of one part of the data (a file, or a byte
 * range of a file read by a worker). This loop is the hot path of validate-data: each cell is looked
 * at once, parsed once, hashed once, and nothing is allocated for a value that passes.
 *
 * Which checks run, and whether the CSV kernel's fast paths may stand in for this loop, comes from
 * the table of checks (value-checks.ts): the analyzer's own loops tally the checks marked `analyzer`,
 * and run the test of every check marked `rule` on each value.
 */
export class ColumnAnalyzer {
  elementCount = 0;
  missingCount = 0;
  validCount = 0;
  readonly profiler: ColumnProfiler;
  readonly tallies: Partial<Record<ValueCheck, Tally>> = {};
  /** Hash records of the present, well-typed values, for the unique check once all parts are in. */
  readonly uniqueHashes?: RecordLog;
  /** Per-row hashes of this column's cells in the current batch, for the dataset-wide row checks. */
  readonly cellA?: Uint32Array;
  readonly cellB?: Uint32Array;
  private readonly na: NaMatcher;
  /** Remembered allowed/regex verdicts of string values, by hash (consumeStrings). */
  private verdicts?: Verdicts;
  /** The values logged for a numeric unique check so far: strictly ascending, first and last. */
  private uniqueAscending = true;
  private uniqueCount = 0;
  private uniqueFirst = NaN;
  private uniqueLast = -Infinity;
  /** A numeric unique column's values as runs while they ascend; undefined once they became records (deferUnique). */
  private uniqueRuns?: AscendingRuns;
  /** Scratch for one batch of a numeric column: parsed values and cell states (parse-column.ts). */
  private values = new Float64Array(0);
  private states = new Uint8Array(0);
  /** What this column holds in the CSV kernel (kernel-slots.ts). */
  private readonly kernelSlots = new KernelSlots(this);
  /** Whether every check of the column lets the kernel's fast paths run (value-checks.ts FastPaths). */
  private readonly kernelNumbers: boolean = true;
  private readonly kernelTexts: boolean = true;
  private readonly kernelFreeTexts: boolean = true;
  /** The tests of the column's rule-tallied checks, undefined when there are none. */
  private readonly numberTests?: RuleTest<number>[];
  private readonly textTests?: RuleTest<string>[];
  /** A batch's hashes when no row hashes are kept. */
  private scratchA: Uint32Array = new Uint32Array(0);
  private scratchB: Uint32Array = new Uint32Array(0);

  constructor(
    readonly name: string,
    readonly spec: ResolvedColumn | undefined,
    naValues: Set<string>,
    options: { rowHashes: boolean; batchRows: number; spill: SpillSettings },
  ) {
    this.profiler = new ColumnProfiler(profileKind(spec));
    if (spec) {
      const carried = checksOf(spec);
      const numberTests: RuleTest<number>[] = [];
      const textTests: RuleTest<string>[] = [];
      for (const { check } of carried) {
        if (check.tally === 'hash') continue;
        const tally = (this.tallies[check.kind as ValueCheck] = new Tally());
        const rule = check.tally === 'rule' ? spec.valueRules[check.kind] : undefined;
        if (rule?.testNumber) numberTests.push({ tally, test: rule.testNumber });
        if (rule?.testText) textTests.push({ tally, test: rule.testText });
      }
      if (numberTests.length > 0) this.numberTests = numberTests;
      if (textTests.length > 0) this.textTests = textTests;
      this.kernelNumbers = fastPathAllowed(carried, 'numbers');
      this.kernelTexts = fastPathAllowed(carried, 'knownTexts');
      this.kernelFreeTexts = fastPathAllowed(carried, 'freeTexts');
      if (spec.unique) this.uniqueHashes = new RecordLog(3, options.spill, `unique-${name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}`);
      if (spec.unique && spec.representation === 'number') this.uniqueRuns = new AscendingRuns();
    }
    if (options.rowHashes) {
      this.cellA = new Uint32Array(options.batchRows);
      this.cellB = new Uint32Array(options.batchRows);
    }
    this.na = new NaMatcher(naValues);
  }

  /** Looks at column `index` of a batch. With row hashing on, cellA/cellB hold this batch's hashes after. */
  consume(batch: Batch, index: number): void {
    const n = batch.rowCount;
    if (this.cellA && this.cellA.length < n) throw new Error(`batch of ${n} rows exceeds the analyzer's ${this.cellA.length}`);
    this.elementCount += n;
    if (this.spec?.representation === 'number') this.consumeNumbers(batch, index, n);
    else this.consumeStrings(batch, index, n);
  }

  /** Counts `n` rows that did not have this column at all (a key that appears late in JSON Lines). */
  addMissing(n: number): void {
    this.elementCount += n;
    this.missingCount += n;
    for (let i = 0; i < n; i++) {
      this.profiler.addNull();
    }
  }

  /** A missing cell: counted, reported by not_null, profiled as null, hashed as the null marker. */
  private recordMissing(batch: Batch, index: number, i: number): void {
    this.missingCount++;
    if (this.tallies.not_null) flag(this.tallies.not_null, batch, index, i);
    this.profiler.addNull();
    if (this.cellA) {
      this.cellA[i] = NULL_A;
      this.cellB![i] = NULL_B;
    }
  }

  private consumeNumbers(batch: Batch, index: number, n: number): void {
    const spec = this.spec!;
    const parse = spec.parse!;
    const { between, allowed, nan, inf } = this.tallies;
    const min = spec.between?.min ?? -Infinity;
    const max = spec.between?.max ?? Infinity;
    const allowedValues = spec.allowed?.values;
    const profiler = this.profiler;
    const cellA = this.cellA;
    const cellB = this.cellB;
    const unique = this.uniqueHashes;
    const isBool = spec.type === 'bool';
    const tests = this.numberTests;
    if (this.values.length < n) {
      this.values = new Float64Array(n);
      this.states = new Uint8Array(n);
    }
    const values = this.values;
    const states = this.states;
    // CSV cells are parsed from their text; a cell's string is made only to show it in a report
    const t = batch.text;
    const cells = t ? undefined : batch.cells[index];
    const cell = (i: number): unknown => (t ? cellText(t, index, i) : cells![i]);
    // where the kernel hashes the values it parses: the row-hash arrays, or a scratch
    const hashA = cellA ?? (this.scratchA = atLeast(this.scratchA, n));
    const hashB = cellB ?? (this.scratchB = atLeast(this.scratchB, n));
    if (t) {
      const kernelParsedAll = parseTextColumn(parse, t, index, n, this.na, values, states, hashA, hashB);
      // the kernel profiles and bound-checks what it parsed, this thread the rest, when the column's checks allow it
      if (kernelParsedAll && this.kernelNumbers && this.consumeSummarized(batch, index, n, min, max, isBool, hashA, hashB)) return;
    } else parseColumn(parse, cells!, n, this.na, values, states);
    for (let i = 0; i < n; i++) {
      const state = states[i];
      if (state === MISSING) {
        this.recordMissing(batch, index, i);
        continue;
      }
      if (state === INVALID) {
        this.recordInvalid(batch, index, i, cell(i));
        continue;
      }
      const x = values[i];
      this.validCount++;
      if (x !== x) {
        if (nan) flag(nan, batch, index, i);
      } else if (x === Infinity || x === -Infinity) {
        if (inf) flag(inf, batch, index, i);
      } else {
        if (between && (x < min || x > max)) flag(between, batch, index, i);
        if (tests !== undefined) {
          for (let k = 0; k < tests.length; k++) if (!tests[k].test(x)) flag(tests[k].tally, batch, index, i);
        }
      }
      if (allowed && !allowedValues!.has(x)) flag(allowed, batch, index, i);
      if (cellA || unique) {
        // One hash serves the row checks, the unique check and the profile's distinct count.
        let a: number;
        let b: number;
        if (state === VALID_HASHED) {
          a = hashA[i];
          b = hashB[i];
        } else {
          a = hashNumberPair(x);
          b = pair.b;
          if (cellA) {
            cellA[i] = a;
            cellB![i] = b;
          }
        }
        if (unique) {
          if (!this.deferUnique(x, batch.rowOffset + i)) unique.push(a, b, batch.rowOffset + i);
          // NaN and -Infinity (never above the start) end the ascending run: the hash pass decides
          if (!(x > this.uniqueLast)) this.uniqueAscending = false;
          if (this.uniqueCount++ === 0) this.uniqueFirst = x;
          this.uniqueLast = x;
        }
        if (isBool) profiler.addBoolean(x === 1);
        else profiler.addNumberHashed(x, a);
      } else if (isBool) profiler.addBoolean(x === 1);
      else profiler.addNumber(x);
    }
  }

  /**
   * consumeNumbers' loop for a column of which the kernel parsed every valid cell (all finite) and
   * whose checks all allow the kernel's number summary (value-checks.ts): the kernel counts them,
   * adds them to this column's HyperLogLog registers, hands over their values in order for the
   * moments and quantiles, and flags the cells to look at here (missing, invalid, out of bounds); a
   * unique check logs them all here. False, nothing done, when the kernel cannot (no free
   * registers, or its scratch holds another column): the caller's loop then runs.
   */
  private consumeSummarized(batch: Batch, index: number, n: number, min: number, max: number, isBool: boolean, hashA: Uint32Array, hashB: Uint32Array): boolean {
    if (!isBool && !this.kernelSlots.takeHll()) return false;
    const summary = csvKernel()!.summarizeNumbers(n, min, max, isBool, this.kernelSlots.hll);
    if (!summary) return false;
    const { flags, parsed } = summary;
    const states = this.states;
    for (let k = 0; k < flags.length; k++) {
      const i = flags[k];
      const state = states[i];
      // a parsed value out of bounds (profiled by the kernel), a missing or an invalid cell
      if (state === VALID_HASHED) flag(this.tallies.between!, batch, index, i);
      else if (state === MISSING) this.recordMissing(batch, index, i);
      else this.recordInvalid(batch, index, i, cellText(batch.text!, index, i));
    }
    this.validCount += parsed;
    if (isBool) this.profiler.addBooleans(summary.ones, parsed - summary.ones);
    else this.profiler.addFiniteValues(summary.values);
    if (this.uniqueHashes) this.logUnique(batch.rowOffset, n, hashA, hashB);
    return true;
  }

  /**
   * Logs the batch's parsed values for the unique check, watching their order: as runs while they
   * ascend (deferUnique), as hash records (grouped by partition in the kernel) from the first that
   * does not on.
   */
  private logUnique(rowOffset: number, n: number, hashA: Uint32Array, hashB: Uint32Array): void {
    const unique = this.uniqueHashes!;
    const values = this.values;
    const states = this.states;
    let recordsFrom = this.uniqueRuns ? n : 0;
    let last = this.uniqueLast;
    let ascending = this.uniqueAscending;
    for (let i = 0; i < n; i++) {
      if (states[i] !== VALID_HASHED) continue;
      const x = values[i];
      if (recordsFrom === n && !this.deferUnique(x, rowOffset + i)) recordsFrom = i;
      if (!(x > last)) ascending = false;
      if (this.uniqueCount++ === 0) this.uniqueFirst = x;
      last = x;
    }
    this.uniqueLast = last;
    this.uniqueAscending = ascending;
    if (recordsFrom === n) return;
    const records = recordsFrom === 0 ? csvKernel()!.partitionRecords(n, rowOffset, hashA, hashB, undefined, undefined, states, VALID_HASHED) : undefined;
    if (records) unique.pushPartitioned(records);
    else for (let i = recordsFrom; i < n; i++) if (states[i] === VALID_HASHED) unique.push(hashA[i], hashB[i], rowOffset + i);
  }

  /**
   * Keeps a unique value in the column's runs while its values ascend. False when it must be
   * logged as a record: the runs are then written out as records first (in order), and every later
   * value is logged as a record too.
   */
  private deferUnique(x: number, position: number): boolean {
    const runs = this.uniqueRuns;
    if (!runs) return false;
    if (runs.add(x, position)) return true;
    runs.writeTo(this.uniqueHashes!);
    this.uniqueRuns = undefined;
    return false;
  }

  /** A cell that is not a value of the column's type: reported by the type check, hashed as its text. */
  private recordInvalid(batch: Batch, index: number, i: number, v: unknown): void {
    this.tallies.type!.record(batch.file, batch.rowOffset + i + 1, batch.lines[i], display(v));
    if (this.cellA) {
      this.cellA[i] = hashStringPair(String(v));
      this.cellB![i] = pair.b;
    }
    // Values of the wrong type are left out of the unique check (the type check reports them).
  }

  /** For a part that ends early (an error): frees what this analyzer holds in the kernel. */
  close(): void {
    this.kernelSlots.release();
  }

  /**
   * Text cells: CSV cells are read in place in the batch's text (a string is made only for a value
   * the checks or the profile keep); other formats' values are turned into text first.
   */
  private consumeStrings(batch: Batch, index: number, n: number): void {
    const spec = this.spec;
    const { allowed, regex, length } = this.tallies;
    const tests = this.textTests;
    const allowedValues = spec?.allowed?.values;
    const pattern = spec?.regex?.pattern;
    const minLength = spec?.length?.min ?? 0;
    const maxLength = spec?.length?.max ?? Infinity;
    const profiler = this.profiler;
    const cellA = this.cellA;
    const cellB = this.cellB;
    const unique = this.uniqueHashes;
    const verdicts = (this.verdicts ??= newVerdicts());
    const na = this.na;
    const t = batch.text;
    const cells = t ? undefined : batch.cells[index];
    const starts = t?.starts[index];
    const ends = t?.ends[index];
    // cells' hashes go straight into the row-hash arrays (or a scratch when rows are not hashed)
    const hashesA = cellA ?? (this.scratchA = atLeast(this.scratchA, n));
    const hashesB = cellB ?? (this.scratchB = atLeast(this.scratchB, n));
    // the kernel hashes the column's cells at once (all but escaped ones) when it holds the text
    const hashed = t !== undefined && t.kernelGeneration !== undefined && csvKernel()?.hashTexts(t.kernelGeneration, starts!, ends!, n, hashesA, hashesB) === true;
    // A column of repeated values (categories): the kernel counts the cells holding a value the
    // column found clean before (learned below) and flags the others, which this loop then looks
    // at alone. The known values' counts are added after it, by value.
    const slots = this.kernelSlots;
    const summary = hashed && this.kernelTexts ? slots.textSummary(n, profiler.frequent) : undefined;
    // a column of free text (no known values to count) checked for presence and length alone: the kernel adds its cells
    const done = summary === undefined && hashed && this.kernelFreeTexts ? this.consumeFreeTexts(batch, index, n, hashesA, hashesB) : 0;
    if (done === n) return;
    const flags = summary?.flags;
    const cellCount = flags ? flags.length : n;
    const learning = summary !== undefined && slots.learning;
    for (let k = done; k < cellCount; k++) {
      const i = flags === undefined ? k : flags[k];
      // the cell is text[start, end)
      let text: string;
      let start = 0;
      let end: number;
      if (t) {
        start = starts![i];
        end = ends![i];
        if (end < 0 || t.lazy) {
          // an escaped cell, or a cell of a text the kernel holds (made a string alone)
          text = cellText(t, index, i);
          start = 0;
          end = text.length;
        } else text = t.text;
      } else {
        const v = cells![i];
        if (v === null || v === undefined) {
          this.recordMissing(batch, index, i);
          continue;
        }
        // JSONL and Parquet may hold numbers or booleans in a string column; their text is the value.
        text = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : valueText(v);
        end = text.length;
      }
      // a cell the kernel hashed is checked against the NA spellings by its hash (no text read)
      const kernelHashed = hashed && ends![i] >= 0;
      if (kernelHashed ? na.isMissingHashed(hashesA[i], hashesB[i], end - start) : na.isMissingText(text, start, end)) {
        this.recordMissing(batch, index, i);
        continue;
      }
      this.validCount++;
      if (!kernelHashed) hashTextInto(text, start, end, hashesA, hashesB, i);
      const a = hashesA[i];
      const b = hashesB[i];
      let clean = true;
      if (allowed || regex) {
        // Categorical columns repeat a few values: the verdict of a value is remembered by its hash,
        // which saves making the string, a Set lookup and a regex run per cell.
        const slot = a & VERDICT_MASK;
        let verdict: number;
        if (verdicts.a[slot] === a && verdicts.b[slot] === b && verdicts.known[slot] === 1) verdict = verdicts.verdict[slot];
        else {
          const s = text.slice(start, end);
          verdict = (allowed && !allowedValues!.has(s) ? NOT_ALLOWED : 0) | (regex && !pattern!.test(s) ? NO_MATCH : 0);
          verdicts.a[slot] = a;
          verdicts.b[slot] = b;
          verdicts.verdict[slot] = verdict;
          verdicts.known[slot] = 1;
        }
        if (verdict & NOT_ALLOWED) flag(allowed!, batch, index, i);
        if (verdict & NO_MATCH) flag(regex!, batch, index, i);
        clean = verdict === 0;
      }
      const chars = end - start;
      if (length && (chars < minLength || chars > maxLength)) {
        flag(length, batch, index, i);
        clean = false;
      }
      if (tests !== undefined) {
        const s = text.slice(start, end);
        for (let k = 0; k < tests.length; k++) {
          if (!tests[k].test(s)) {
            flag(tests[k].tally, batch, index, i);
            clean = false;
          }
        }
      }
      if (unique) unique.push(a, b, batch.rowOffset + i);
      profiler.addTextHashed(text, start, end, a, b);
      if (learning && clean && kernelHashed) slots.learn(text, start, end, a, b);
    }
    if (summary) {
      slots.forKnownCounts(summary, n, (text, a, b, count) => {
        this.validCount += count;
        profiler.addRepeatedText(text, a, b, count);
      });
    }
  }

  /**
   * consumeStrings' loop done by the CSV kernel (kernel-slots.ts freeTextSummary) for a batch it
   * hashed: only missing and out-of-length cells come back. Returns how many cells, from the first,
   * were done: all of them, none when the kernel cannot take the column, or the cells before a key
   * the kernel had no room for (the caller's loop does the rest).
   */
  private consumeFreeTexts(batch: Batch, index: number, n: number, hashesA: Uint32Array, hashesB: Uint32Array): number {
    const bounds = this.spec?.length;
    const summary = this.kernelSlots.freeTextSummary(this.profiler.frequent, batch.text!, index, n, hashesA, hashesB, this.na, bounds?.min ?? 0, bounds?.max ?? Infinity);
    if (!summary) return 0;
    const { flags } = summary;
    const length = this.tallies.length;
    for (let k = 0; k < flags.length; k++) {
      const i = flags[k] >> 1;
      if ((flags[k] & 1) === 0) this.recordMissing(batch, index, i);
      else if (length) flag(length, batch, index, i);
    }
    this.validCount += summary.valid;
    this.profiler.addSummarizedTexts(summary.valid, summary.lengthSum, summary.lengthMin, summary.lengthMax);
    return summary.consumed;
  }

  toState(): ColumnAnalyzerState {
    this.kernelSlots.release(this.profiler.hll.registers);
    const tallies: ColumnAnalyzerState['tallies'] = {};
    for (const [check, tally] of Object.entries(this.tallies) as [ValueCheck, Tally][]) tallies[check] = tally.toState();
    return {
      name: this.name,
      elementCount: this.elementCount,
      missingCount: this.missingCount,
      validCount: this.validCount,
      tallies,
      profile: this.profiler.toState(),
      uniqueHashes: this.uniqueHashes?.toState(),
      uniqueRuns: this.uniqueRuns?.toArray(),
      uniqueAscending:
        this.spec?.representation !== 'number' || !this.uniqueHashes || this.uniqueCount === 0
          ? undefined
          : this.uniqueAscending && { first: this.uniqueFirst, last: this.uniqueLast },
    };
  }
}

function atLeast(array: Uint32Array, n: number): Uint32Array {
  return array.length >= n ? array : new Uint32Array(n);
}

/**
 * Counts row i of a batch against `tally`. The cell's text is read and shown only while the tally
 * still keeps examples (the first 20): a column with a million missing cells makes 20 strings.
 */
function flag(tally: Tally, batch: Batch, index: number, i: number): void {
  if (tally.full) tally.unexpected++;
  else tally.record(batch.file, batch.rowOffset + i + 1, batch.lines[i], display(batch.text ? cellText(batch.text, index, i) : batch.cells[index][i]));
}

const VERDICT_MASK = 1023;
const NOT_ALLOWED = 1;
const NO_MATCH = 2;

/** A direct-mapped cache of 1024 verdicts keyed by a value's 64-bit hash. */
interface Verdicts {
  a: Uint32Array;
  b: Uint32Array;
  verdict: Uint8Array;
  known: Uint8Array;
}

function newVerdicts(): Verdicts {
  const size = VERDICT_MASK + 1;
  return { a: new Uint32Array(size), b: new Uint32Array(size), verdict: new Uint8Array(size), known: new Uint8Array(size) };
}

/** A cell as shown in a report: long text is cut so reports stay readable and small. */
function display(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}
