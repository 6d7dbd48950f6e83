/**
 * The job summary (GITHUB_STEP_SUMMARY). GitHub rejects a step's summary above 1 MiB and then shows
 * none of it, so appends are cut to fit and end with a note saying so.
 */
import { promises as fs } from 'node:fs';

/** GitHub's limit on one step's summary (docs/platform.md "Limits"). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Appended where a summary was cut. */
export const SUMMARY_TRUNCATED_NOTE =
  '\n\n> **Note:** the rest of this summary was cut: GitHub shows at most 1 MiB of job summary per step. ' +
  'The full report is in the step log and artifacts.\n';

export interface AppendSummaryOptions {
  /** Environment to find GITHUB_STEP_SUMMARY in; defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Limit in bytes; defaults to GitHub's 1 MiB (tests use less). */
  limitBytes?: number;
}

/**
 * Appends markdown to the step's summary. Returns what happened: `written`, `truncated` (cut with a
 * note), `full` (nothing fitted any more) or `unavailable` (no GITHUB_STEP_SUMMARY, e.g. an old
 * runner or a local run; the caller's log still has everything).
 */
export async function appendSummary(
  markdown: string,
  options: AppendSummaryOptions = {},
): Promise<'written' | 'truncated' | 'full' | 'unavailable'> {
  const file = (options.env ?? process.env).GITHUB_STEP_SUMMARY;
  if (!file) return 'unavailable';
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const used = await fileSize(file);
  // Once cut, later sections stay out: text after the note would look like the summary went on.
  if (await endsWithNote(file, used)) return 'full';
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (used + bytes <= limit) {
    await write(file, markdown);
    return 'written';
  }
  const room = limit - used - Buffer.byteLength(SUMMARY_TRUNCATED_NOTE, 'utf8');
  // No room even for the note: the file is full already.
  if (room <= 0) return 'full';
  await write(file, cutToBytes(markdown, room) + SUMMARY_TRUNCATED_NOTE);
  return 'truncated';
}

/**
 * Appends like `core.summary.write()` does. Not through `core.summary` itself: it caches the first
 * file path it sees for the whole process, which ignores `options.env`. Build markdown with the
 * `core.summary` helpers (`addTable(...).stringify()`) if you like, then hand the string here.
 */
async function write(file: string, text: string): Promise<void> {
  await fs.appendFile(file, text, { encoding: 'utf8' });
}

async function endsWithNote(file: string, size: number): Promise<boolean> {
  const note = Buffer.from(SUMMARY_TRUNCATED_NOTE, 'utf8');
  if (size < note.length) return false;
  const handle = await fs.open(file, 'r');
  try {
    const tail = Buffer.alloc(note.length);
    await handle.read(tail, 0, note.length, size - note.length);
    return tail.equals(note);
  } finally {
    await handle.close();
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fs.stat(file)).size;
  } catch {
    return 0;
  }
}

/**
 * The longest prefix of `text` within `maxBytes`, preferably ending at a line break so a table or
 * list is not cut mid-row, and never inside a multi-byte character.
 */
export function cutToBytes(text: string, maxBytes: number): string {
  const prefix = Buffer.from(text, 'utf8').subarray(0, maxBytes).toString('utf8').replace(/\uFFFD+$/, '');
  const lineEnd = prefix.lastIndexOf('\n');
  return lineEnd > 0 ? prefix.slice(0, lineEnd + 1) : prefix;
}
