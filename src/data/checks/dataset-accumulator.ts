import { ColumnProfiler, type ColumnProfile, type ColumnProfilerState } from '../profile/index.js';
import type { ResolvedColumn, ResolvedSchema } from '../schema/resolved.js';
import { profileKind, type ColumnAnalyzerState } from './column-analyzer.js';
import type { ValueCheck } from './value-checks.js';
import { rangeText } from './expectation.js';
import { conflictsTally, repeatsTally, RowPlaces, runHashJobsHere, type FindingsState, type HashJob, type HashJobRunner, type HashStream, type PendingHashJobs } from './hash-checks.js';
import type { PartState } from './part-analyzer.js';
import type { CheckResult, UnexpectedExample } from './result.js';
import { Tally } from './tally.js';
import { RecordLog } from '../hash/record-log.js';
import { writeRuns } from '../hash/ascending-runs.js';
import type { SpillSettings } from '../hash/spill.js';
import { aggregateChecks, columnCheckResults, countResult } from './check-results.js';

/** A column's analyzers merged over every part. */
export interface MergedColumn {
  name: string;
  spec?: ResolvedColumn;
  elementCount: number;
  missingCount: number;
  validCount: number;
  tallies: Partial<Record<ValueCheck, Tally>>;
  profiler: ColumnProfiler;
  /** Each part's unique records, or the runs standing for them (column-analyzer.ts uniqueRuns). */
  unique?: (HashStream[number] & { runs?: Float64Array })[];
  /** Each part's uniqueAscending, in part order (column-analyzer.ts). */
  ascendingParts: ({ first: number; last: number } | false)[];
}

/** The hashes one dataset hands to the train/eval leakage check. */
interface DatasetRows {
  rows: HashStream;
  places: RowPlaces;
}

export interface DatasetOutcome {
  checks: CheckResult[];
  rowCount: number;
  columns: Record<string, ColumnProfile>;
  rows?: DatasetRows;
}

/**
 * Merges the parts of one dataset (its files, and the byte ranges of each file) in order and turns
 * the merged counts, tallies, profiles and hashes into check results.
 */
export class DatasetAccumulator {
  private readonly merged = new Map<string, MergedColumn>();
  private readonly places = new RowPlaces();
  private readonly rows: HashStream = [];
  private readonly compound: HashStream[];
  private readonly missingColumns: UnexpectedExample[] = [];
  private readonly unexpectedColumns: UnexpectedExample[] = [];
  private readonly headersSeen = new Set<string>();
  private rowCount = 0;
  /**
   * Profiles of added parts, merged and finalized when first asked for: between startHashChecks and
   * finish, so that this work overlaps the helper threads' share of the hash checks.
   */
  private readonly pendingProfiles: { merged: MergedColumn; state: ColumnProfilerState }[] = [];
  private finalized?: Map<string, ColumnProfile>;
  /** The hash checks under way (startHashChecks), and which job answers which check. */
  private hashChecks?: {
    pending?: PendingHashJobs;
    uniqueJobs: Map<string, number>;
    compoundJobs: number[];
    conflictsChecked: boolean;
    labelledRows?: number;
    duplicateJob?: number;
    conflictJob?: number;
  };

  /** `spill`: where the records of parts that kept runs go, should their check need them (uniqueStream). */
  constructor(
    private readonly schema: ResolvedSchema,
    private readonly spill: SpillSettings,
  ) {
    this.compound = schema.dataset.unique.map(() => []);
  }

  /** Adds the next part; `shift` places its rows and lines within its file (non-zero for later byte ranges). */
  add(part: PartState, shift: { rows: number; lines: number } = { rows: 0, lines: 0 }): void {
    if (shift.rows === 0) this.checkHeader(part);
    this.rowCount += part.rowCount;
    const hashes = part.hashes;
    // Hash records hold positions within their part; the part's offset makes them dataset-wide.
    const offset = this.places.add(part.file, part.rowCount, shift.rows, hashes?.lines, shift.lines);
    part.analyzers.forEach((state) => this.mergeColumn(state, shift, offset));
    if (hashes) {
      this.rows.push({ state: hashes.rows, offset });
      hashes.compound.forEach((state, k) => this.compound[k].push({ state, offset }));
    }
  }

  private checkHeader(part: PartState): void {
    const present = new Set(part.columns);
    for (const column of this.schema.columns) {
      if (column.required && !present.has(column.name)) this.missingColumns.push({ file: part.file, row: 0, line: 1, value: column.name });
    }
    for (const name of part.columns) {
      if (!this.schema.byName.has(name)) this.unexpectedColumns.push({ file: part.file, row: 0, line: 1, value: name });
      this.headersSeen.add(name);
    }
  }

  private column(name: string): MergedColumn {
    let merged = this.merged.get(name);
    if (!merged) {
      const spec = this.schema.byName.get(name);
      merged = {
        name,
        spec,
        elementCount: 0,
        missingCount: 0,
        validCount: 0,
        tallies: {},
        profiler: new ColumnProfiler(profileKind(spec)),
        unique: spec?.unique ? [] : undefined,
        ascendingParts: [],
      };
      this.merged.set(name, merged);
    }
    return merged;
  }

  private mergeColumn(state: ColumnAnalyzerState, shift: { rows: number; lines: number }, offset: number): void {
    const merged = this.column(state.name);
    merged.elementCount += state.elementCount;
    merged.missingCount += state.missingCount;
    merged.validCount += state.validCount;
    for (const [check, tally] of Object.entries(state.tallies) as [ValueCheck, Tally][]) {
      (merged.tallies[check] ??= new Tally()).merge(tally, shift);
    }
    this.pendingProfiles.push({ merged, state: state.profile });
    if (merged.unique && state.uniqueHashes) merged.unique.push({ state: state.uniqueHashes, offset, runs: state.uniqueRuns });
    if (state.uniqueAscending !== undefined) merged.ascendingParts.push(state.uniqueAscending);
  }

  /**
   * The finalized profiles by column: the schema's columns in its order (those present), then the
   * columns outside the schema, profiled too (a profile is the data's lineage, whatever the schema
   * says). Called between startHashChecks and finish, it is this thread's work while helper
   * threads run their share of the hash checks.
   */
  profileColumns(): Record<string, ColumnProfile> {
    const profiles = this.finalizeProfiles();
    const columns: Record<string, ColumnProfile> = {};
    for (const column of this.schema.columns) if (this.merged.has(column.name)) columns[column.name] = profiles.get(column.name)!;
    for (const merged of this.merged.values()) if (!merged.spec) columns[merged.name] = profiles.get(merged.name)!;
    return columns;
  }

  /** Merges the parts' profiles, in the order the parts came, and finalizes every column's profile (once). */
  private finalizeProfiles(): Map<string, ColumnProfile> {
    if (!this.finalized) {
      for (const { merged, state } of this.pendingProfiles) merged.profiler.merge(ColumnProfiler.fromState(state));
      this.pendingProfiles.length = 0;
      this.finalized = new Map([...this.merged.values()].map((merged) => [merged.name, merged.profiler.finalize()]));
    }
    return this.finalized;
  }

  /**
   * Starts the hash checks (unique values, duplicate rows, conflicting labels) once every part is
   * added: all at once through `runHashJobs`, so that helper threads can take a share of their
   * partitions and start on it now. finish() starts them here when nobody did.
   */
  startHashChecks(runHashJobs: HashJobRunner = runHashJobsHere): void {
    const d = this.schema.dataset;
    const jobs: HashJob[] = [];
    const job = (kind: HashJob['kind'], stream: HashStream): number => jobs.push({ kind, stream } as HashJob) - 1;
    const uniqueJobs = new Map<string, number>();
    for (const column of this.schema.columns) {
      const merged = this.merged.get(column.name);
      if (column.unique && merged?.unique && !ascendingThroughout(merged)) uniqueJobs.set(column.name, job('repeats', this.uniqueStream(merged.unique)));
    }
    const compoundJobs = this.compound.map((stream) => job('repeats', stream));
    const conflictsChecked = Boolean(d.conflictingLabels && d.label);
    // Both row checks of a labelled log share one pass over it.
    const labelledRows = d.duplicateRows && conflictsChecked && this.rows[0]?.state.width === 5 ? job('labelled-rows', this.rows) : undefined;
    const duplicateJob = d.duplicateRows && labelledRows === undefined ? job('repeats', this.rows) : undefined;
    const conflictJob = conflictsChecked && labelledRows === undefined ? job('conflicts', this.rows) : undefined;
    this.hashChecks = { pending: jobs.length > 0 ? runHashJobs(jobs) : undefined, uniqueJobs, compoundJobs, conflictsChecked, labelledRows, duplicateJob, conflictJob };
  }

  /**
   * A column's unique records for the hash pass: a part that kept runs (its values ascended) has
   * them written out now as the records they stand for, in a log of their own.
   */
  private uniqueStream(parts: NonNullable<MergedColumn['unique']>): HashStream {
    return parts.map(({ state, offset, runs }) => {
      if (!runs || runs.length === 0) return { state, offset };
      const log = new RecordLog(3, this.spill, 'unique-runs');
      writeRuns(runs, log);
      return { state: log.toState(), offset };
    });
  }

  /** The dataset's check results (in the order of the checks in the schema) and profile. */
  async finish(): Promise<DatasetOutcome> {
    if (!this.hashChecks) this.startHashChecks();
    const { pending, uniqueJobs, compoundJobs, conflictsChecked, labelledRows, duplicateJob, conflictJob } = this.hashChecks!;
    const d = this.schema.dataset;
    const found = pending ? await pending.finish() : [];
    const profiles = this.finalizeProfiles();
    const findings = (k: number, which = 0): FindingsState => found[k][which];

    const checks: CheckResult[] = [];
    const headerCount = Math.max(1, this.headersSeen.size);
    checks.push(countResult('columns_present', 'dataset.columns_present', 'error', 'every required column is present', headerCount, { unexpected: this.missingColumns.length, examples: this.missingColumns }));
    if (d.unexpectedColumns !== 'allow') {
      checks.push(countResult('unexpected_columns', 'dataset.unexpected_columns', d.unexpectedColumns, 'no column outside the schema', headerCount, { unexpected: this.unexpectedColumns.length, examples: this.unexpectedColumns }));
    }
    for (const column of this.schema.columns) {
      const merged = this.merged.get(column.name);
      if (!merged) continue; // absent everywhere: reported by columns_present
      const profile = profiles.get(column.name)!;
      const k = uniqueJobs.get(column.name);
      const unique = k !== undefined ? repeatsTally(findings(k), this.places, 'repeats') : column.unique && merged.unique ? repeatsTally(NO_FINDINGS, this.places, 'repeats') : undefined;
      checks.push(...columnCheckResults(column, merged, unique), ...aggregateChecks(column, profile));
    }

    if (d.rowCount) {
      const { min, max, severity } = d.rowCount;
      const ok = (min === undefined || this.rowCount >= min) && (max === undefined || this.rowCount <= max);
      checks.push({
        id: 'dataset.row_count', check: 'row_count', severity, success: ok,
        expectation: `row count ${rangeText(min, max)}`,
        elementCount: this.rowCount, missingCount: 0, unexpectedCount: ok ? 0 : 1, unexpectedPercent: ok ? 0 : 100,
        observed: this.rowCount, examples: [],
      });
    }
    d.unique.forEach((u, k) => {
      const tally = repeatsTally(findings(compoundJobs[k]), this.places, 'repeats');
      checks.push(countResult('compound_unique', `dataset.unique.${u.columns.join('+')}`, u.severity, `(${u.columns.join(', ')}) unique together`, this.rowCount, tally));
    });
    if (d.duplicateRows) {
      const tally = repeatsTally(labelledRows !== undefined ? findings(labelledRows, 0) : findings(duplicateJob!), this.places, 'duplicates');
      checks.push(countResult('duplicate_rows', 'dataset.duplicate_rows', d.duplicateRows, 'no duplicate rows', this.rowCount, tally));
    }
    if (conflictsChecked) {
      const tally = conflictsTally(labelledRows !== undefined ? findings(labelledRows, 1) : findings(conflictJob!), this.places);
      checks.push(countResult('conflicting_labels', 'dataset.conflicting_labels', d.conflictingLabels!, `rows with the same features have the same ${d.label}`, this.rowCount, tally));
    }
    return {
      checks,
      rowCount: this.rowCount,
      columns: this.profileColumns(),
      rows: this.rows.length > 0 ? { rows: this.rows, places: this.places } : undefined,
    };
  }
}

const NO_FINDINGS: FindingsState = { count: 0, kept: [] };

/**
 * True when a unique column's values rose strictly through every part, in part order (sorted ids
 * read in ranges, or files of consecutive ids): no value can repeat, so the hash pass over its log
 * is skipped. Any part out of order leaves it to the hash pass.
 */
function ascendingThroughout(merged: MergedColumn): boolean {
  const parts = merged.ascendingParts;
  if (parts.length === 0) return false;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part === false) return false;
    if (k > 0 && !(part.first > (parts[k - 1] as { last: number }).last)) return false;
  }
  return true;
}
