/**
 * Reading JSON Lines (one JSON object per line) into column-major batches.
 *
 * Columns are the union of the keys in first-seen order. A key first seen in a later row is
 * appended as a new column: batches read before it do not have it (each batch's `columns` is a
 * snapshot, and a later batch's columns extend an earlier batch's — existing columns never move),
 * and rows without a key get null. Reading the file twice to know every key up front would double
 * the cost for the rare file whose keys vary. Blank lines are skipped.
 */
import { DataError } from '../../shared/errors.js';
import { UnsafeInputError, parseJsonBounded } from '../../shared/safe-read.js';
import { emptyFileError, invalidUtf8Error, nulByteError } from './csv/csv-errors.js';
import { columnAt, countLineFeeds } from './csv/csv-record.js';
import { DEFAULT_BATCH_ROWS } from './csv/csv-options.js';
import { NoRowsError } from './errors.js';
import { openDataFile } from './open-file.js';
import { DEFAULT_CHUNK_BYTES, TextReader } from './text-reader.js';
import type { Batch } from './types.js';

/** Options for reading JSON Lines. */
export interface JsonlOptions {
  /** Rows per batch (default 2048). */
  batchRows?: number;
  /** Bytes read and decoded at a time (default 8 MiB). */
  chunkBytes?: number;
}

/**
 * Reads `file` as JSON Lines. Each non-blank line must be a JSON object; its values are kept as
 * JSON.parse gives them (numbers, strings, booleans, null, nested objects/arrays). Throws a DataError
 * naming the line for invalid JSON or a non-object line, and NoRowsError if there is no row.
 */
export async function* readJsonl(file: string, options: JsonlOptions = {}): AsyncGenerator<Batch> {
  const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
  const columns: string[] = [];
  const index = new Map<string, number>();
  let cells: unknown[][] = [];
  let lines = new Int32Array(batchRows);
  let r = 0;
  let rowOffset = 0;
  let line = 1;

  const addColumn = (key: string): number => {
    const c = columns.length;
    columns.push(key);
    index.set(key, c);
    cells.push(new Array<unknown>(batchRows).fill(null));
    return c;
  };
  const takeBatch = (): Batch => {
    const batch: Batch = {
      file,
      columns: columns.slice(),
      rowCount: r,
      rowOffset,
      lines: r === lines.length ? lines : lines.slice(0, r),
      cells: r === batchRows ? cells : cells.map((column) => column.slice(0, r)),
    };
    rowOffset += r;
    r = 0;
    cells = columns.map(() => new Array<unknown>(batchRows).fill(null));
    lines = new Int32Array(batchRows);
    return batch;
  };

  const { handle, size } = await openDataFile(file);
  try {
    if (size === 0) throw emptyFileError(file);
    const reader = new TextReader(handle, 0, size, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    let consumed = 0;
    for (;;) {
      const block = await reader.next(consumed);
      if (!block) break;
      const { text, final } = block;
      let pos = 0;
      while (pos < text.length) {
        let nl = text.indexOf('\n', pos);
        if (nl === -1) {
          if (!final) break;
          nl = text.length;
        }
        const content = text.slice(pos, nl);
        const start = pos;
        pos = nl + 1;
        if (content.trim() === '') {
          line++;
          continue;
        }
        const row = parseLine(file, content, line, text, start);
        for (const key in row) {
          const c = index.get(key) ?? addColumn(key);
          cells[c][r] = row[key];
        }
        lines[r++] = line++;
        if (r === batchRows) yield takeBatch();
      }
      const bad = block.invalidUtf8 ?? block.nulByte;
      if (bad) {
        const badLine = line + countLineFeeds(text, Math.min(pos, text.length), text.length);
        if (block.invalidUtf8) throw invalidUtf8Error(file, badLine, columnAt(text, text.length), bad.byteOffset);
        throw nulByteError(file, badLine, columnAt(text, text.length), bad.byteOffset);
      }
      if (final) break;
      consumed = Math.min(pos, text.length);
    }
  } finally {
    await handle.close();
  }
  if (r > 0) yield takeBatch();
  if (rowOffset === 0) throw new NoRowsError(file, columns);
}

/** The deepest nesting of lists and objects a JSONL row may have. */
const JSONL_MAX_DEPTH = 100;

function parseLine(file: string, content: string, line: number, text: string, start: number): Record<string, unknown> {
  let value: unknown;
  try {
    // Nesting is bounded before parsing: V8 parses 100,000 levels, but every later walk of the value
    // (its text for the profile, its hash) would overflow the stack.
    value = parseJsonBounded(content, { maxDepth: JSONL_MAX_DEPTH });
  } catch (error) {
    if (error instanceof UnsafeInputError) {
      throw new DataError(`line ${line} nests lists and objects more than ${JSONL_MAX_DEPTH} levels deep`, {
        location: { file, line },
        hint: `Flatten the row: at most ${JSONL_MAX_DEPTH} levels of nested lists and objects (a column holds one value, not a tree).`,
      });
    }
    const message = (error as Error).message;
    // V8 says "... at position N" (Node 20) or "... (line 1 column N)" (newer); point there if it does
    const position = /position (\d+)/.exec(message);
    const column = position ? Number(position[1]) + 1 : undefined;
    throw new DataError(`line ${line} is not valid JSON: ${message}`, {
      location: { file, line, column },
      hint: 'Each line must hold one complete JSON object, e.g. {"age": 31, "city": "Oslo"}; check quotes, commas and braces on this line.',
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new DataError(`line ${line} is ${kind}, not a JSON object`, {
      location: { file, line, column: columnAt(text, start) },
      hint: 'Write each row as an object of column names to values, e.g. {"age": 31, "city": "Oslo"}.',
    });
  }
  return value as Record<string, unknown>;
}
