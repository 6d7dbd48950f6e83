/** Test helpers for the readers: temp files, and collecting batches into rows. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatUserError, UserError } from '../../../src/shared/errors.js';
import type { Batch } from '../../../src/data/readers/types.js';

/** A temp directory removed by cleanup(). */
export function tempDir(): { dir: string; file(name: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'readers-'));
  return {
    dir,
    file(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything a reader produced, row-major for easy comparison. */
export interface Collected {
  columns: string[];
  rows: unknown[][];
  lines: number[];
  batches: Batch[];
}

export async function collect(batches: AsyncIterable<Batch>): Promise<Collected> {
  const out: Collected = { columns: [], rows: [], lines: [], batches: [] };
  for await (const batch of batches) {
    out.batches.push(batch);
    out.columns = batch.columns;
    expect(batch.rowOffset).toBe(out.rows.length);
    expect(batch.lines.length).toBe(batch.rowCount);
    for (const column of batch.cells) expect(column.length).toBe(batch.rowCount);
    for (let r = 0; r < batch.rowCount; r++) {
      out.rows.push(batch.cells.map((column) => column[r]));
      out.lines.push(batch.lines[r]);
    }
  }
  return out;
}

/** Runs `fn` and returns the UserError it throws (failing the test if it does not throw one). */
export async function failure(fn: () => Promise<unknown>): Promise<UserError & { text: string }> {
  try {
    await fn();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return Object.assign(error, { text: formatUserError(error) });
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
