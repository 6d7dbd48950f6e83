import { ColumnProfiler, type ColumnProfilerState, type ProfileKind } from '../profile/index.js';
import type { Batch } from '../readers/types.js';
import type { ResolvedColumn } from '../schema/resolved.js';
import { SEED_A, SEED_B, hashNull, hashNumber, hashString } from '../hash/cell-hash.js';
import { HashLog } from '../hash/hash-log.js';
import { Tally, type TallyState } from './tally.js';

/** The per-value checks a column can carry (aggregate checks are judged from the profile later). */
export const VALUE_CHECKS = ['type', 'not_null', 'between', 'allowed', 'regex', 'length', 'nan', 'inf'] as const;
export type ValueCheck = (typeof VALUE_CHECKS)[number];

/** What an analyzer hands to the next stage: plain data and typed arrays, so it crosses threads. */
export interface ColumnAnalyzerState {
  name: string;
  elementCount: number;
  missingCount: number;
  /** Values that parsed as the column's type (the base for unexpected percentages). */
  validCount: number;
  tallies: Partial<Record<ValueCheck, TallyState>>;
  profile: ColumnProfilerState;
  uniqueHashes?: { a: Uint32Array; b: Uint32Array };
}

/** The hash pair of a missing value; exported so the unique check can skip it. */
export const NULL_A = hashNull(SEED_A);
export const NULL_B = hashNull(SEED_B);

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
 */
export class ColumnAnalyzer {
  elementCount = 0;
  missingCount = 0;
  validCount = 0;
  readonly profiler: ColumnProfiler;
  readonly tallies: Partial<Record<ValueCheck, Tally>> = {};
  /**
   * One hash per row, in row order, the null marker for missing or mistyped values: the unique check
   * reads them once all parts are in, and a hash's position is its row.
   */
  readonly uniqueHashes?: HashLog;
  /** Per-row hashes of this column's cells in the current batch, for the dataset-wide row checks. */
  readonly cellA?: Uint32Array;
  readonly cellB?: Uint32Array;
  private readonly maxNaLength: number;

  constructor(
    readonly name: string,
    readonly spec: ResolvedColumn | undefined,
    private readonly naValues: Set<string>,
    options: { rowHashes: boolean; batchRows: number },
  ) {
    this.profiler = new ColumnProfiler(profileKind(spec));
    if (spec) {
      this.tallies.type = new Tally();
      if (spec.notNull) this.tallies.not_null = new Tally();
      if (spec.between) this.tallies.between = new Tally();
      if (spec.allowed) this.tallies.allowed = new Tally();
      if (spec.regex) this.tallies.regex = new Tally();
      if (spec.length) this.tallies.length = new Tally();
      if (spec.nan) this.tallies.nan = new Tally();
      if (spec.inf) this.tallies.inf = new Tally();
      if (spec.unique) this.uniqueHashes = new HashLog();
    }
    if (options.rowHashes) {
      this.cellA = new Uint32Array(options.batchRows);
      this.cellB = new Uint32Array(options.batchRows);
    }
    // NA spellings are short; testing the length first keeps the Set lookup off most cells.
    this.maxNaLength = Math.max(0, ...[...naValues].map((s) => s.length));
  }

  /** Looks at column `index` of a batch. With row hashing on, cellA/cellB hold this batch's hashes after. */
  consume(batch: Batch, index: number): void {
    const cells = batch.cells[index];
    const n = batch.rowCount;
    if (this.cellA && this.cellA.length < n) throw new Error(`batch of ${n} rows exceeds the analyzer's ${this.cellA.length}`);
    this.elementCount += n;
    if (this.spec?.representation === 'number') this.consumeNumbers(cells, batch, n);
    else this.consumeStrings(cells, batch, n);
  }

  /** Counts `n` rows that did not have this column at all (a key that appears late in JSON Lines). */
  addMissing(n: number): void {
    this.elementCount += n;
    this.missingCount += n;
    for (let i = 0; i < n; i++) {
      this.profiler.addNull();
      this.uniqueHashes?.push(NULL_A, NULL_B);
    }
  }

  private isMissing(v: unknown): boolean {
    if (v === null || v === undefined) return true;
    return typeof v === 'string' && v.length <= this.maxNaLength && this.naValues.has(v);
  }

  private consumeNumbers(cells: unknown[], batch: Batch, n: number): void {
    const spec = this.spec!;
    const parse = spec.parse!;
    const { type, not_null: notNull, between, allowed, nan, inf } = this.tallies;
    const min = spec.between?.min ?? -Infinity;
    const max = spec.between?.max ?? Infinity;
    const allowedValues = spec.allowed?.values;
    const profiler = this.profiler;
    const cellA = this.cellA;
    const cellB = this.cellB;
    const unique = this.uniqueHashes;
    const file = batch.file;
    const isBool = spec.type === 'bool';
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (this.isMissing(v)) {
        this.missingCount++;
        if (notNull) notNull.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
        profiler.addNull();
        if (cellA) {
          cellA[i] = NULL_A;
          cellB![i] = NULL_B;
        }
        if (unique) unique.push(NULL_A, NULL_B);
        continue;
      }
      const x = parse(v);
      if (x === undefined) {
        type!.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
        if (cellA) {
          const s = String(v);
          cellA[i] = hashString(s, SEED_A);
          cellB![i] = hashString(s, SEED_B);
        }
        // Values of the wrong type are not part of the unique check: a null marker keeps rows aligned.
        if (unique) unique.push(NULL_A, NULL_B);
        continue;
      }
      this.validCount++;
      if (x !== x) {
        if (nan) nan.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
      } else if (x === Infinity || x === -Infinity) {
        if (inf) inf.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
      } else if (between && (x < min || x > max)) {
        between.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
      }
      if (allowed && !allowedValues!.has(x)) allowed.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
      if (isBool) profiler.addBoolean(x === 1);
      else profiler.addNumber(x);
      if (cellA || unique) {
        const a = hashNumber(x, SEED_A);
        const b = hashNumber(x, SEED_B);
        if (cellA) {
          cellA[i] = a;
          cellB![i] = b;
        }
        if (unique) unique.push(a, b);
      }
    }
  }

  private consumeStrings(cells: unknown[], batch: Batch, n: number): void {
    const spec = this.spec;
    const { not_null: notNull, allowed, regex, length } = this.tallies;
    const allowedValues = spec?.allowed?.values;
    const pattern = spec?.regex?.pattern;
    const minLength = spec?.length?.min ?? 0;
    const maxLength = spec?.length?.max ?? Infinity;
    const profiler = this.profiler;
    const cellA = this.cellA;
    const cellB = this.cellB;
    const unique = this.uniqueHashes;
    const file = batch.file;
    for (let i = 0; i < n; i++) {
      const v = cells[i];
      if (this.isMissing(v)) {
        this.missingCount++;
        if (notNull) notNull.record(file, batch.rowOffset + i + 1, batch.lines[i], display(v));
        profiler.addNull();
        if (cellA) {
          cellA[i] = NULL_A;
          cellB![i] = NULL_B;
        }
        if (unique) unique.push(NULL_A, NULL_B);
        continue;
      }
      // JSONL and Parquet may hold numbers or booleans in a string column; their text is the value.
      const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
      this.validCount++;
      if (allowed && !allowedValues!.has(s)) allowed.record(file, batch.rowOffset + i + 1, batch.lines[i], s);
      if (regex && !pattern!.test(s)) regex.record(file, batch.rowOffset + i + 1, batch.lines[i], s);
      if (length && (s.length < minLength || s.length > maxLength)) length.record(file, batch.rowOffset + i + 1, batch.lines[i], s);
      profiler.addString(s);
      if (cellA || unique) {
        const a = hashString(s, SEED_A);
        const b = hashString(s, SEED_B);
        if (cellA) {
          cellA[i] = a;
          cellB![i] = b;
        }
        if (unique) unique.push(a, b);
      }
    }
  }

  toState(): ColumnAnalyzerState {
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
    };
  }
}

/** A cell as shown in a report: long text is cut so reports stay readable and small. */
export function display(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}
