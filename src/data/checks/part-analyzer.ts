import type { Batch } from '../readers/types.js';
import type { ResolvedSchema } from '../schema/resolved.js';
import { NULL_A, NULL_B, SEED_A, SEED_B, fmix, step } from '../hash/cell-hash.js';
import { LineLog, type LineLogState } from '../hash/line-log.js';
import { RecordLog, type RecordLogState } from '../hash/record-log.js';
import type { SpillSettings } from '../hash/spill.js';
import { ColumnAnalyzer, type ColumnAnalyzerState } from './column-analyzer.js';
import { csvKernel, type CsvKernel } from '../kernel/csv-kernel.js';

/** Row-level hash records of one part: what the dataset-wide integrity checks need. */
interface RowHashesState {
  /** Line of each row, so a duplicate can be annotated where it stands. */
  lines: LineLogState;
  /**
   * One record per row for duplicate rows, train/eval leakage and conflicting labels. With a label
   * (labelledRows), `[features hash, position, label hash]`: the hash of the row without its label,
   * then the label's; a row is the pair of both. Otherwise `[row hash, position]`.
   */
  rows: RecordLogState;
  /** Hash of each compound-unique column set, in schema order. */
  compound: RecordLogState[];
}

/** Everything one part (a file, or a byte range of one) found: plain data, so it crosses threads. */
export interface PartState {
  file: string;
  /** Header of the file, in file order. */
  columns: string[];
  rowCount: number;
  /** Lines the part spans, when it is a byte range (the next range's lines continue after them). */
  lineCount?: number;
  analyzers: ColumnAnalyzerState[];
  hashes?: RowHashesState;
}

/**
 * Whether rows are hashed as features + label (the schema names a label and checks conflicting
 * labels). One log then serves every row check: equal rows are equal features with equal labels,
 * so they fall in the same hash partition as the features, and a second log of whole-row hashes
 * (3 more words a row to write, read back and group) is not needed.
 */
function labelledRows(schema: ResolvedSchema): boolean {
  return schema.dataset.label !== undefined && Boolean(schema.dataset.conflictingLabels);
}

export interface PartOptions {
  batchRows: number;
  /** Whether the dataset-wide hash checks (duplicates, labels, leakage, compound unique) need row hashes. */
  rowHashes: boolean;
  /** Where hash records spill when they outgrow memory. */
  spill: SpillSettings;
}

/** Whether any check of the schema needs a per-row hash. */
export function needsRowHashes(schema: ResolvedSchema, hasEvalPartner: boolean): boolean {
  const d = schema.dataset;
  return Boolean(d.duplicateRows || d.conflictingLabels || d.unique.length > 0 || (hasEvalPartner && d.trainEvalLeakage));
}

/**
 * Runs every column analyzer over the batches of one part and folds their cell hashes into row
 * hashes. Columns are folded in name order so that files whose columns come in another order still
 * hash equal rows equally.
 */
export class PartAnalyzer {
  rowCount = 0;
  readonly analyzers: ColumnAnalyzer[];
  private foldOrder: number[];
  private readonly labelled: boolean;
  private labelIndex: number;
  private readonly compoundIndexes: number[][];
  private readonly lineLog?: LineLog;
  private readonly rowLog?: RecordLog;
  private readonly compoundLogs: RecordLog[] = [];
  private readonly scratchA: Uint32Array;
  private readonly scratchB: Uint32Array;

  constructor(
    readonly file: string,
    readonly columns: string[],
    readonly schema: ResolvedSchema,
    private readonly options: PartOptions,
  ) {
    this.analyzers = columns.map(
      (name) => new ColumnAnalyzer(name, schema.byName.get(name), schema.naValues, options),
    );
    this.foldOrder = columns.map((_, i) => i).sort((x, y) => (columns[x] < columns[y] ? -1 : columns[x] > columns[y] ? 1 : 0));
    this.labelled = labelledRows(schema);
    // A file without the label column hashes its rows as if every label were missing.
    this.labelIndex = this.labelled ? columns.indexOf(schema.dataset.label!) : -1;
    this.compoundIndexes = schema.dataset.unique.map((u) => u.columns.map((c) => columns.indexOf(c)));
    if (options.rowHashes) csvKernel()?.reserve(0, options.batchRows);
    this.scratchA = new Uint32Array(options.rowHashes ? options.batchRows : 0);
    this.scratchB = new Uint32Array(options.rowHashes ? options.batchRows : 0);
    if (options.rowHashes) {
      this.lineLog = new LineLog(options.spill);
      this.rowLog = new RecordLog(this.labelled ? 5 : 3, options.spill, 'rows');
      this.compoundLogs = this.compoundIndexes.map((_, k) => new RecordLog(3, options.spill, `unique${k}`));
    }
  }

  consume(batch: Batch): void {
    const n = batch.rowCount;
    const first = this.rowCount;
    for (let c = 0; c < this.analyzers.length; c++) this.analyzers[c].consume(batch, c);
    this.rowCount += n;
    if (!this.options.rowHashes) return;
    this.lineLog!.pushMany(batch.lines, n);
    const a = this.scratchA;
    const b = this.scratchB;
    const rows = this.rowLog!;
    // the kernel groups a batch's records by partition at once (a push per record cost ~30 ns)
    const kernel = csvKernel();
    if (this.labelled) {
      // The row without its label, then the label on its own (the null hash when the file has none).
      this.fold(this.foldOrder.filter((c) => c !== this.labelIndex), n);
      const label = this.labelIndex >= 0 ? this.analyzers[this.labelIndex] : undefined;
      const records = label ? kernel?.partitionRecords(n, first, a, b, label.cellA, label.cellB) : undefined;
      if (records) rows.pushPartitioned(records);
      else for (let i = 0; i < n; i++) rows.push5(a[i], b[i], first + i, label ? label.cellA![i] : NULL_A, label ? label.cellB![i] : NULL_B);
    } else {
      this.fold(this.foldOrder, n);
      pushRecords(rows, kernel, n, first, a, b);
    }
    this.compoundIndexes.forEach((indexes, k) => {
      // A column missing from this file hashes as missing in every row (-1 index): fold nothing for it.
      this.fold(indexes.filter((c) => c >= 0), n);
      pushRecords(this.compoundLogs[k], kernel, n, first, a, b);
    });
  }

  /**
   * Adds columns first seen after some rows (JSON Lines keys that appear late): earlier rows count as
   * missing for them. Row hashes of earlier rows do not include the new columns, so a duplicate that
   * straddles the first appearance of a key is not found: a documented limit of key-by-key formats.
   */
  extendColumns(columns: string[]): void {
    for (const name of columns.slice(this.columns.length)) {
      const analyzer = new ColumnAnalyzer(name, this.schema.byName.get(name), this.schema.naValues, this.options);
      analyzer.addMissing(this.rowCount);
      this.columns.push(name);
      this.analyzers.push(analyzer);
    }
    if (this.labelled) this.labelIndex = this.columns.indexOf(this.schema.dataset.label!);
    const names = this.columns;
    this.foldOrder = names.map((_, i) => i).sort((x, y) => (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
  }

  /** Folds the cell hashes of `columnIndexes` into scratchA/B for the batch's n rows. */
  private fold(columnIndexes: number[], n: number): void {
    const a = this.scratchA;
    const b = this.scratchB;
    const kernel = csvKernel();
    if (kernel) {
      // the same fold four rows at a time in WebAssembly
      const cellsA = columnIndexes.map((c) => this.analyzers[c].cellA!);
      const cellsB = columnIndexes.map((c) => this.analyzers[c].cellB!);
      if (kernel.foldRows(cellsA, cellsB, n, a, b)) return;
    }
    a.fill(SEED_A, 0, n);
    b.fill(SEED_B, 0, n);
    for (const c of columnIndexes) {
      const ca = this.analyzers[c].cellA!;
      const cb = this.analyzers[c].cellB!;
      for (let i = 0; i < n; i++) {
        a[i] = step(a[i], ca[i]);
        b[i] = step(b[i], cb[i]);
      }
    }
    for (let i = 0; i < n; i++) {
      a[i] = fmix(a[i]);
      b[i] = fmix(b[i]);
    }
  }

  /** Closes the spill files of every log: for a part that ends early, on an error (toState closes them too). */
  close(): void {
    this.lineLog?.close();
    this.rowLog?.close();
    for (const log of this.compoundLogs) log.close();
    for (const analyzer of this.analyzers) {
      analyzer.uniqueHashes?.close();
      analyzer.close();
    }
  }

  toState(): PartState {
    const hashes: RowHashesState | undefined = this.options.rowHashes
      ? {
          lines: this.lineLog!.toState(),
          rows: this.rowLog!.toState(),
          compound: this.compoundLogs.map((log) => log.toState()),
        }
      : undefined;
    return {
      file: this.file,
      columns: this.columns,
      rowCount: this.rowCount,
      analyzers: this.analyzers.map((a) => a.toState()),
      hashes,
    };
  }
}

/** Records [a[i], b[i], first + i] of n rows into a log of width 3: grouped by the kernel when there is one. */
function pushRecords(log: RecordLog, kernel: CsvKernel | undefined, n: number, first: number, a: Uint32Array, b: Uint32Array): void {
  const records = kernel?.partitionRecords(n, first, a, b);
  if (records) log.pushPartitioned(records);
  else for (let i = 0; i < n; i++) log.push(a[i], b[i], first + i);
}
