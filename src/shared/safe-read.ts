import fs from 'node:fs';
import { UserError } from './errors.js';

/**
 * Reading files and JSON that someone else wrote (a trial's metrics, mlops.yml, a registry's
 * `release.json`, an artifact of another job) without letting the file decide how the reader fails.
 *
 * - Size: a file is read up to a cap, and one byte more tells that it is larger; nothing trusts
 *   `st_size` (a /proc file says 0, `/dev/zero` has no end), so a 16 GB file costs one cap of memory.
 * - Kind: only regular files are read. A FIFO would block `read(2)` (and with it the whole event loop:
 *   no signal handler runs, SIGTERM is ignored), a device never ends, a folder is not text. The file
 *   is opened with O_NONBLOCK, so opening a FIFO that nobody writes returns at once, and the kind is
 *   checked on the open descriptor (fstat), so it cannot be swapped between the check and the read.
 *   Symbolic links are followed: a link to a regular file is a regular file.
 * - Nesting: V8's `JSON.parse` takes any depth, but every recursive walk of the result (flattening,
 *   `JSON.stringify`, structured clone) overflows the stack at about 10,000 levels. {@link parseJsonBounded}
 *   refuses text nested deeper than a bound before parsing it.
 *
 * Every refusal is an {@link UnsafeInputError} (a UserError): it names the file, the limit and what to
 * do instead; `reason` tells callers that report it as data (a failed trial) which limit it was.
 */

/** Which limit refused an input. */
export type UnsafeReason = 'too-large' | 'not-regular' | 'too-deep';

/** A file or text refused by a limit of this module: what, where, and how to fix it. */
export class UnsafeInputError extends UserError {
  constructor(
    message: string,
    readonly reason: UnsafeReason,
    options: { file?: string; hint?: string; cause?: unknown } = {},
  ) {
    super(message, { location: options.file === undefined ? undefined : { file: options.file }, hint: options.hint, cause: options.cause });
  }
}

/** Options of the bounded reads. */
export interface BoundedReadOptions {
  /** Largest size accepted, in bytes. */
  maxBytes: number;
  /** What the file is, for messages: `metrics file`, `mlops.yml`. Default `file`. */
  what?: string;
  /** How to fix a refused file, appended to the default hint. */
  hint?: string;
}

/** O_NONBLOCK where the platform has it (not Windows, where FIFOs are not files anyway). */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** A size for people: `4 MiB`, `512 KiB`, `100 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024 && bytes % (1024 * 1024 * 1024) === 0) return `${bytes / (1024 * 1024 * 1024)} GiB`;
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

/** The kind of a file as people call it, for "is a FIFO, not a regular file". */
export function describeFileKind(stats: fs.Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'a regular file';
}

function notRegular(file: string, stats: fs.Stats, options: BoundedReadOptions): UnsafeInputError {
  const what = options.what ?? 'file';
  return new UnsafeInputError(`${what} ${file} is ${describeFileKind(stats)}, not a regular file`, 'not-regular', {
    file,
    hint: options.hint ?? `write the ${what} as an ordinary file (not a pipe, device or link to one)`,
  });
}

function tooLarge(file: string, options: BoundedReadOptions): UnsafeInputError {
  const what = options.what ?? 'file';
  return new UnsafeInputError(`${what} ${file} is larger than the ${formatBytes(options.maxBytes)} limit`, 'too-large', {
    file,
    hint: options.hint ?? `keep the ${what} under ${formatBytes(options.maxBytes)}`,
  });
}

/**
 * Reads a regular file of at most `maxBytes` bytes. Throws {@link UnsafeInputError} for another kind
 * of file or a larger one (reading stops one byte past the cap); errors of open (ENOENT, EACCES) are
 * thrown as they are, for the caller to word.
 */
function readFileBounded(file: string, options: BoundedReadOptions): Buffer {
  const fd = fs.openSync(file, OPEN_FLAGS);
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile()) throw notRegular(file, stats, options);
    // Never trust st_size for the allocation: read until EOF or one byte past the cap.
    const limit = options.maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1024 * 1024));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > options.maxBytes) throw tooLarge(file, options);
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** {@link readFileBounded} as UTF-8 text. */
export function readTextBounded(file: string, options: BoundedReadOptions): string {
  return readFileBounded(file, options).toString('utf8');
}

/** {@link readFileBounded} without blocking the event loop. */
async function readFileBoundedAsync(file: string, options: BoundedReadOptions): Promise<Buffer> {
  const handle = await fs.promises.open(file, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw notRegular(file, stats, options);
    const limit = options.maxBytes + 1;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1024 * 1024));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw tooLarge(file, options);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** {@link readFileBoundedAsync} as UTF-8 text. */
export async function readTextBoundedAsync(file: string, options: BoundedReadOptions): Promise<string> {
  return (await readFileBoundedAsync(file, options)).toString('utf8');
}

/** Nesting deeper than this is refused by default: far beyond any real document, far below the stack. */
const DEFAULT_MAX_DEPTH = 1000;

/**
 * The deepest nesting of `[` and `{` in JSON text (brackets inside strings do not count). Stops
 * counting, and returns, as soon as `stopAbove` is exceeded. One pass, no allocation.
 */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return deepest;
}

/** Options of {@link parseJsonBounded}. */
export interface ParseJsonOptions {
  /** Deepest nesting of arrays and objects accepted; default {@link DEFAULT_MAX_DEPTH}. */
  maxDepth?: number;
  /** What the text is and where it came from, for the message: `metrics file /x/metrics.json`. */
  what?: string;
  /** The file, for the error's location. */
  file?: string;
}

/**
 * `JSON.parse` that refuses text nested deeper than `maxDepth` (an {@link UnsafeInputError}) before
 * parsing it; syntax errors are thrown as JSON.parse throws them.
 */
export function parseJsonBounded(text: string, options: ParseJsonOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (jsonDepth(text, maxDepth) > maxDepth) throw tooDeep(options.what ?? 'JSON text', maxDepth, options.file);
  return JSON.parse(text);
}

/** The error for text nested deeper than `maxDepth` (also used for YAML). */
function tooDeep(what: string, maxDepth: number, file?: string): UnsafeInputError {
  return new UnsafeInputError(`${what} is nested more than ${maxDepth} levels deep`, 'too-deep', {
    file,
    hint: `flatten it: at most ${maxDepth} levels of nested lists and mappings`,
  });
}

/**
 * An upper estimate of the nesting depth of YAML text, for refusing documents the `yaml` package
 * cannot take: it overflows the stack at about 800 levels and, at 10,000 levels of `[`, aborts the
 * whole process out of memory, which no try/catch survives. Counts, per line, the block levels open
 * (a stack of indentations), the `- ` entries that open a sequence on the same line, and the flow
 * brackets open (`[`/`{` outside quoted scalars and comments, carried across lines). It never
 * under-counts a real document; a plain scalar holding unbalanced brackets may over-count, which
 * only matters past `stopAbove`. Returns as soon as the depth exceeds `stopAbove`.
 */
export function yamlDepth(text: string, stopAbove = Infinity): number {
  const indents: number[] = [];
  let flow = 0;
  let deepest = 0;
  let quote = 0; // the open quote character, or 0
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    let dashes = 0;
    if (quote === 0 && flow === 0) {
      while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
      const indent = i - lineStart;
      const blank = i === end || text.charCodeAt(i) === 0x23 /* # */ || text.charCodeAt(i) === 0x0d;
      if (!blank) {
        while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        // `- - - x` opens one sequence per dash on one line.
        while (i + 1 < end && text.charCodeAt(i) === 0x2d /* - */ && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
          dashes++;
          i += 2;
          while (i < end && text.charCodeAt(i) === 0x20) i++;
        }
      }
    }
    for (let previous = i > lineStart ? text.charCodeAt(i - 1) : 0x0a; i < end; previous = text.charCodeAt(i), i++) {
      const c = text.charCodeAt(i);
      if (quote !== 0) {
        if (quote === 0x22 && c === 0x5c /* \ */) i++;
        else if (c === quote) quote = 0;
        continue;
      }
      const afterSpace = previous === 0x20 || previous === 0x09 || previous === 0x0a;
      if (c === 0x23 /* # */ && afterSpace) break; // a comment runs to the end of the line
      if ((c === 0x22 || c === 0x27) && (afterSpace || previous === 0x5b || previous === 0x7b || previous === 0x2c || previous === 0x3a)) quote = c;
      else if (c === 0x5b || c === 0x7b) flow++;
      else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
      const depth = indents.length + dashes + flow;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    }
    const depth = indents.length + dashes + flow;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAbove) return deepest;
    }
    lineStart = end + 1;
  }
  return deepest;
}
