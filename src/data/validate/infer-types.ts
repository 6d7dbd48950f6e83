import { parseBool, parseFloat64, parseInt64 } from '../values/parse-number.js';
import { parseIsoDate, parseIsoDateTime } from '../values/parse-date.js';
import { expandPaths, fileBatches } from '../parts/sources.js';
import type { DataFormat } from '../readers/types.js';
import type { ColumnType, RawDataSchema } from '../schema/raw-schema.js';
import { DEFAULT_NA_VALUES } from '../schema/resolved.js';

/** A categorical column has at most this many distinct values (and repeats them). */
const MAX_CATEGORIES = 20;

/** Which types every non-missing value of a column still fits. */
class TypeCandidates {
  int = true;
  float = true;
  bool = true;
  date = true;
  datetime = true;
  values = 0;
  private readonly distinct = new Set<string>();
  overflow = false;

  see(value: unknown): void {
    this.values++;
    if (this.int && parseInt64(value) === undefined) this.int = false;
    if (this.float && parseFloat64(value) === undefined) this.float = false;
    if (this.bool && parseBool(value) === undefined) this.bool = false;
    if (this.date && parseIsoDate(value) === undefined) this.date = false;
    if (this.datetime && parseIsoDateTime(value) === undefined) this.datetime = false;
    if (!this.overflow) {
      this.distinct.add(String(value));
      if (this.distinct.size > MAX_CATEGORIES) this.overflow = true;
    }
  }

  /** The narrowest type that fits: int before bool so 0/1 columns stay numbers. */
  type(): ColumnType {
    if (this.values === 0) return 'string';
    if (this.int) return 'int';
    if (this.bool) return 'bool';
    if (this.float) return 'float';
    if (this.date) return 'date';
    if (this.datetime) return 'datetime';
    return !this.overflow && this.distinct.size < this.values ? 'categorical' : 'string';
  }
}

/**
 * The type of every column, read from all of its values: a schema with types and no expectations
 * (unexpected columns allowed). Used to start a schema, and to profile data that has none, so that
 * numbers are profiled as numbers and drift compares distributions rather than strings.
 */
export async function inferColumnTypes(patterns: string[], cwd: string, format: DataFormat | undefined): Promise<RawDataSchema> {
  const candidates = new Map<string, TypeCandidates>();
  const na = new Set(DEFAULT_NA_VALUES);
  for (const file of await expandPaths(patterns, cwd)) {
    for await (const batch of fileBatches(file, format, 2048)) {
      batch.columns.forEach((name, c) => {
        let candidate = candidates.get(name);
        if (!candidate) candidates.set(name, (candidate = new TypeCandidates()));
        for (const v of batch.cells[c]) {
          if (v === null || v === undefined || (typeof v === 'string' && na.has(v))) continue;
          candidate.see(v);
        }
      });
    }
  }
  const schema: RawDataSchema = { columns: {}, dataset: { unexpected_columns: 'allow' } };
  for (const [name, candidate] of candidates) schema.columns[name] = { type: candidate.type(), required: false };
  return schema;
}
