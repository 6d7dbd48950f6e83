import { PartAnalyzer, type PartOptions, type PartState } from '../checks/part-analyzer.js';
import type { ResolvedSchema } from '../schema/resolved.js';
import type { Batch } from '../readers/types.js';
import { rangeBatches, type SourceRange } from './sources.js';

/**
 * Runs a PartAnalyzer over a stream of batches (a whole file, or a byte range of one). The header
 * comes with the first batch; a file with a header and no rows still yields its header through
 * `columns` so that missing and unexpected columns are reported.
 */
export async function analyzePart(
  file: string,
  batches: AsyncIterable<Batch>,
  schema: ResolvedSchema,
  options: PartOptions,
  columns?: string[],
): Promise<PartState> {
  let analyzer: PartAnalyzer | undefined = columns ? new PartAnalyzer(file, columns, schema, options) : undefined;
  try {
    for await (const batch of batches) {
      // JSONL may discover new keys mid-file; a new analyzer would lose counts, so rebuild only before rows.
      if (!analyzer || (analyzer.rowCount === 0 && analyzer.columns.length !== batch.columns.length)) {
        analyzer = new PartAnalyzer(file, batch.columns, schema, options);
      } else if (batch.columns.length !== analyzer.columns.length) {
        analyzer.extendColumns(batch.columns);
      }
      analyzer.consume(batch);
      batch.release?.();
    }
  } catch (error) {
    analyzer?.close();
    throw error;
  }
  return (analyzer ?? new PartAnalyzer(file, [], schema, options)).toState();
}

/** One byte range of a CSV file, with the number of lines it spans (later ranges' lines follow them). */
export async function analyzeRange(file: string, range: SourceRange, schema: ResolvedSchema, options: PartOptions, onBytes?: (bytes: Uint8Array) => void): Promise<PartState> {
  const counts = { lines: 0 };
  const state = await analyzePart(file, rangeBatches(file, range, options.batchRows, counts, onBytes), schema, options, range.columns);
  state.lineCount = counts.lines;
  return state;
}
