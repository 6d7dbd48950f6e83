/**
 * The hot loop of validate-data: turns CSV text into column-major batches of cell positions.
 *
 * Why hand-written: the validator works column by column and reads big files in parallel byte
 * ranges. The maintained JS CSV libraries (csv-parse, papaparse, fast-csv, uDSV) emit rows (an
 * array or object per row, so a transpose and a second set of allocations on top) and none plans
 * byte ranges that start on row boundaries despite quoted line breaks; the streaming ones are also
 * much slower per core. This parser writes the position of cell (c, r) directly and restarts at any
 * row boundary.
 *
 * No string per cell: a batch holds where each cell starts and ends in the decoded chunk
 * (text-cells.ts), and the validator parses and hashes cells in place: a string per cell, and the
 * garbage collector clearing them, would cost more than the rest of the parse.
 *
 * How it is fast: per row one String.indexOf for the line break, per field one indexOf for the
 * delimiter (native, memchr-like) and two typed-array writes; a character loop runs only inside
 * quoted fields, and a string is made only for a quoted field holding `""` or text after its closing
 * quote. The position of the next delimiter is cached across fields and rows, so each delimiter is
 * found once even when a search runs into the next row. A batch never spans two chunks of text.
 *
 * Dialect (RFC 4180, plus what real files need):
 * - a field that starts with `"` is quoted: it may hold delimiters, line breaks and `""` (one quote);
 * - text after a closing quote, up to the next delimiter, is kept literally (`"a"b` -> `ab`), and a
 *   quote inside an unquoted field is an ordinary character (`5" disk` stays `5" disk`), as in
 *   pandas and Python's csv module;
 * - rows end with LF or CRLF; a CR right before the line break or at the end of the file is
 *   dropped; a lone CR elsewhere is data (old Mac CR-only files are not supported);
 * - blank lines are skipped (as pandas does), including in one-column files;
 * - every row must have as many fields as the header, otherwise it is an error.
 */
import type { DataError } from '../../../shared/errors.js';
import { fieldTooLargeError, raggedRowError, unterminatedQuoteError } from './csv-errors.js';
import { columnAt, countLineFeeds, parseRecord } from './csv-record.js';
import type { TextCells } from './text-cells.js';
import type { TextBlock } from '../text-reader.js';
import type { LazyText } from '../lazy-text.js';
import { csvKernel, paddedStride, type CsvKernel } from '../../kernel/csv-kernel.js';
import { KernelText } from '../../kernel/kernel-text.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Cells of a batch (columns x rows) up to which the WebAssembly kernel tokenizes: 12 MB of its memory. */
const KERNEL_MAX_CELLS = 1 << 20;

/** The first window of text a row the kernel left is parsed from (parseLeftRow), in code units. */
const LEFT_ROW_WINDOW = 1024;

/** What the parser needs to know about the part of the file it reads. */
export interface CsvParserSettings {
  file: string;
  columns: string[];
  delimiterCode: number;
  batchRows: number;
  maxFieldBytes: number;
  /** Absolute line number of the first line of the text this parser sees (for error messages). */
  firstLine: number;
  /** Parse in JS only, never with the WebAssembly kernel (for tests that compare the two). */
  noKernel?: boolean;
}

/** A full or final batch taken from the parser: every row comes from one text. */
export interface ParsedRows {
  cells: TextCells;
  lines: Int32Array;
  rowCount: number;
}

/** Restartable column-major CSV row parser; the header has already been read. */
export class CsvBatchParser {
  /** Rows in the current, not yet taken, batch. */
  rowCount = 0;
  /** Line (1-based, relative to the part being read) on which the next row starts. */
  line = 1;
  /** Cell positions of the current batch, column after column: column c, row r is at c * stride + r. */
  private starts!: Int32Array;
  private ends!: Int32Array;
  /** Position buffers of batches their readers released, for reuse (see TextCells.release). */
  private readonly pool: Int32Array[] = [];
  private buffer!: Int32Array;
  private escaped: string[] = [];
  private lines!: Int32Array;
  /** The block the rows of the current batch come from. */
  private block: TextBlock | undefined;
  private readonly ncols: number;
  /** Distance between columns in the position buffers: batchRows padded (see paddedStride). */
  private readonly stride: number;
  private readonly delimiter: string;
  /** This thread's WebAssembly kernel, while it is worth asking (see parse). */
  private kernel: CsvKernel | undefined;
  /** The block whose text is loaded into the kernel, and the generation the kernel gave it. */
  private kernelBlock: TextBlock | undefined;
  private kernelGeneration = -1;
  /** Rows parsed by the kernel and rows it left to JS. */
  private kernelRows = 0;
  private textRows = 0;

  constructor(private readonly settings: CsvParserSettings) {
    this.ncols = settings.columns.length;
    this.stride = paddedStride(settings.batchRows);
    this.delimiter = String.fromCharCode(settings.delimiterCode);
    // a very wide file stays in JS: the kernel would hold another copy of its batch positions
    this.kernel = settings.noKernel || this.ncols * this.stride > KERNEL_MAX_CELLS ? undefined : csvKernel();
    this.kernel?.reserve(this.ncols, settings.batchRows);
    this.newBatch();
  }

  /** The kernel this parser loads its texts into, if any (it may stop using it later). */
  kernelInUse(): CsvKernel | undefined {
    return this.kernel;
  }

  /** True when the current batch holds batchRows rows and must be taken before parsing on. */
  get full(): boolean {
    return this.rowCount >= this.settings.batchRows;
  }

  /**
   * Hands over the rows parsed so far and starts a new batch. Take the batch before parsing another
   * text: positions refer to the text the rows were parsed from.
   */
  takeBatch(): ParsedRows {
    const rowCount = this.rowCount;
    const buffer = this.buffer;
    const block = this.block;
    const starts = columnViews(this.starts, this.ncols, this.stride, this.settings.batchRows);
    const ends = columnViews(this.ends, this.ncols, this.stride, this.settings.batchRows);
    const kernelGeneration = block !== undefined && this.kernelBlock === block ? this.kernelGeneration : undefined;
    const lazy = block?.lazy;
    let cells: TextCells;
    if (lazy) {
      // the batch keeps the kernel's text: its string is made only if the batch is still
      // unreleased when the kernel replaces the text, or when something reads it whole
      lazy.pin();
      const release = () => {
        this.pool.push(buffer);
        lazy.unpin();
      };
      cells = {
        get text() {
          return lazy.string();
        },
        lazy,
        starts,
        ends,
        escaped: this.escaped,
        kernelGeneration,
        release,
      };
    } else {
      cells = { text: block?.text ?? '', starts, ends, escaped: this.escaped, kernelGeneration, release: () => this.pool.push(buffer) };
    }
    const lines = rowCount === this.lines.length ? this.lines : this.lines.slice(0, rowCount);
    this.newBatch();
    return { cells, lines, rowCount };
  }

  /**
   * Parses rows of the block's text from `pos` until the batch is full or no complete row is left,
   * and returns the position after the last row parsed. Unless the block is final, a row that
   * reaches the end of its text is left for the next call (with more text appended); in a final
   * block the end of the text ends it. A block of pure ASCII comes with its bytes (the kernel copies
   * those instead of the string); a block the kernel decoded (`lazy`) is read as a string only where
   * JS parses rows (a quoted line break, an error, the end of the range: kernel-text.ts says why).
   */
  parse(block: TextBlock, pos: number): number {
    if (this.rowCount > 0 && block !== this.block) throw new Error('CsvBatchParser: take the batch before parsing another block');
    this.block = block;
    const final = block.final;
    const kernel = this.kernel;
    const batchRows = this.settings.batchRows;
    if (!kernel) return this.parseText(block.text, pos, final, batchRows, this.starts, this.ends, this.stride);
    if (this.kernelBlock !== block || this.kernelGeneration !== kernel.generation) {
      const lazy = block.lazy;
      if (lazy instanceof KernelText && lazy.loaded) this.kernelGeneration = lazy.generation;
      else this.kernelGeneration = block.ascii ? kernel.loadText(block.ascii) : kernel.loadString(block.text);
      this.kernelBlock = block;
    }
    // Rows go to the kernel's position buffers (the rows JS parses too) and are copied out once
    // per call: a copy per kernel call cost ~1.5 us each time the kernel leaves a row to JS.
    const into = kernel.positions();
    const first = this.rowCount;
    const len = block.length;
    for (;;) {
      const r0 = this.rowCount;
      const rows = kernel.tokenize(pos, this.ncols, this.settings.delimiterCode, r0, batchRows, this.settings.maxFieldBytes);
      // quoted fields holding `""`: their value is the content with each pair made one quote
      for (const cell of kernel.fixups()) {
        const content = block.lazy ? block.lazy.slice(into.starts[cell], into.ends[cell]) : block.text.slice(into.starts[cell], into.ends[cell]);
        into.starts[cell] = this.escaped.push(content.replaceAll('""', '"')) - 1;
        into.ends[cell] = -1;
      }
      // every row the kernel parses is one line (it leaves quoted line breaks and blank lines to JS)
      for (let k = 0; k < rows; k++) this.lines[r0 + k] = this.line + k;
      this.line += rows;
      this.rowCount += rows;
      this.kernelRows += rows;
      pos = kernel.stopPosition();
      if (this.rowCount >= batchRows || pos >= len) break;
      // the row the kernel left: JS parses it (or finds it incomplete, or throws its error)
      const lazy = block.lazy;
      if (!lazy) pos = this.parseText(block.text, pos, final, r0 + rows + 1, into.starts, into.ends, into.stride);
      // in a block the kernel decoded, the last row with no line break yet is incomplete (unless
      // already long enough to hold an oversized field), and a row JS parses is read from a string
      // of its own, not the block's
      else if (final || len - pos > this.settings.maxFieldBytes || kernel.hasLineFeed(pos)) pos = this.parseLeftRow(lazy, len, pos, final, r0 + rows + 1, into.starts, into.ends, into.stride);
      // Counted and tested on every block, every operand of the test (more than 64 rows, and more
      // than a quarter of the kernel's), also when JS found the row incomplete (it adds 0 then,
      // and the test cannot newly pass): code first run after V8 optimized parse() would throw
      // that code away and have it compiled again (~40 ms of a compiler thread each time).
      const parsedHere = this.rowCount - (r0 + rows);
      this.textRows += parsedHere;
      if (this.textRows > Math.max(64, this.kernelRows / 4)) {
        // rows the kernel leaves are the rule in this file (say every row has a quoted line break): stop asking it
        this.kernel = undefined;
        kernel.copyOut(first, this.rowCount, this.ncols, this.starts, this.ends, this.stride);
        return this.parseText(block.text, pos, final, batchRows, this.starts, this.ends, this.stride);
      }
      if (parsedHere === 0) break;
    }
    kernel.copyOut(first, this.rowCount, this.ncols, this.starts, this.ends, this.stride);
    return pos;
  }

  /**
   * parse() in JS, up to `rowLimit` rows in the batch, into `starts`/`ends` (columns `stride`
   * apart): the definition of the format.
   */
  private parseText(s: string, pos: number, final: boolean, rowLimit: number, starts: Int32Array, ends: Int32Array, stride: number): number {
    const len = s.length;
    const n = this.ncols;
    const last = n - 1;
    const delimiter = this.delimiter;
    const delimiterCode = this.settings.delimiterCode;
    const maxField = this.settings.maxFieldBytes;
    const lines = this.lines;
    let r = this.rowCount;
    let line = this.line;
    // next delimiter at or after pos; len when there is none (so it is not searched for again)
    let nd = -1;

    rows: while (r < rowLimit && pos < len) {
      const rowStart = pos;
      const first = s.charCodeAt(pos);
      if (first === LF) {
        pos++;
        line++;
        continue;
      }
      if (first === CR) {
        if (pos + 1 < len) {
          if (s.charCodeAt(pos + 1) === LF) {
            pos += 2;
            line++;
            continue;
          }
        } else if (final) {
          pos++;
          continue;
        } else break;
      }
      let nl = s.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) {
          this.checkIncomplete(s, rowStart, final, line);
          break;
        }
        nl = len;
      }
      let extraLines = 0;
      // at = c * stride + r: where column c's cell of this row goes
      for (let c = 0, at = r; c < n; c++, at += stride) {
        if (s.charCodeAt(pos) === QUOTE) {
          const open = pos;
          let q = pos + 1;
          // the unescaped text so far, only when the field holds "" (otherwise it is s[open+1, close))
          let value: string | undefined;
          let close: number;
          for (;;) {
            close = s.indexOf('"', q);
            if (close === -1 || (close + 1 >= len && !final)) {
              if (close === -1 && final) throw this.unterminated(s, rowStart, open, line);
              this.checkIncomplete(s, rowStart, final, line);
              pos = rowStart;
              break rows;
            }
            if (s.charCodeAt(close + 1) === QUOTE) {
              value = (value ?? '') + s.slice(q, close + 1);
              q = close + 2;
              continue;
            }
            break;
          }
          if (value !== undefined) value += s.slice(q, close);
          pos = close + 1;
          if (close > nl) {
            // the quoted field holds line breaks: count them and find the row's real end
            extraLines += countLineFeeds(s, nl, close);
            nl = s.indexOf('\n', pos);
            if (nl === -1) {
              if (!final) {
                this.checkIncomplete(s, rowStart, final, line);
                pos = rowStart;
                break rows;
              }
              nl = len;
            }
          }
          const next = pos < len ? s.charCodeAt(pos) : -1;
          // text after the closing quote, up to the field's end (lenient: kept literally)
          let tail = '';
          if (c < last) {
            if (next === -1 && !final) {
              pos = rowStart;
              break rows;
            }
            if (next !== delimiterCode) {
              if (nd < pos) nd = nextDelimiter(s, delimiter, pos, len);
              if (nd >= nl) throw this.ragged(s, rowStart, final, line);
              tail = s.slice(pos, nd);
              pos = nd;
            }
            pos++;
          } else {
            if (next === -1) {
              if (!final) {
                pos = rowStart;
                break rows;
              }
            } else if (next !== LF && !(next === CR && pos + 1 >= nl)) {
              if (nd < pos) nd = nextDelimiter(s, delimiter, pos, len);
              if (nd < nl) throw this.ragged(s, rowStart, final, line);
              const end = s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
              tail = s.slice(pos, end);
            }
            pos = nl + 1;
          }
          if (value === undefined && tail === '') {
            starts[at] = open + 1;
            ends[at] = close;
          } else {
            starts[at] = this.escaped.length;
            ends[at] = -1;
            this.escaped.push((value ?? s.slice(open + 1, close)) + tail);
          }
        } else if (c < last) {
          if (nd < pos) nd = nextDelimiter(s, delimiter, pos, len);
          if (nd >= nl) throw this.ragged(s, rowStart, final, line);
          starts[at] = pos;
          ends[at] = nd;
          pos = nd + 1;
        } else {
          if (nd < pos) nd = nextDelimiter(s, delimiter, pos, len);
          if (nd < nl) throw this.ragged(s, rowStart, final, line);
          starts[at] = pos;
          ends[at] = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
          pos = nl + 1;
        }
      }
      // only a row this long can hold an oversized field, so the common case costs one compare
      if (pos - rowStart > maxField) this.checkFieldSizes(s, rowStart, final, line);
      lines[r] = line;
      line += 1 + extraLines;
      r++;
    }
    this.rowCount = r;
    this.line = line;
    return pos > len ? len : pos;
  }

  /**
   * parseText of the row at `pos` in a text held as a LazyText (`len` code units), from a string of
   * a window of the text that starts at the row: LEFT_ROW_WINDOW code units, doubled while the row
   * does not end in it, the rest of the text at most (the window's end is the text's only there,
   * so the row is complete or not, and the same errors are thrown, as on the whole text). The
   * row's positions are then shifted to the text's. A window longer than maxFieldBytes could hold
   * an oversized field, which parseText judges by the text it sees: from there on the whole text is
   * read.
   */
  private parseLeftRow(lazy: LazyText, len: number, pos: number, final: boolean, rowLimit: number, starts: Int32Array, ends: Int32Array, stride: number): number {
    const r = this.rowCount;
    for (let width = LEFT_ROW_WINDOW; ; width *= 2) {
      const end = Math.min(len, pos + width);
      if (end < len && width > this.settings.maxFieldBytes) return this.parseText(lazy.string(), pos, final, rowLimit, starts, ends, stride);
      // blank lines before the row are skipped (and counted) also when the row is incomplete
      const from = pos;
      pos = from + this.parseText(lazy.slice(from, end), 0, end === len && final, rowLimit, starts, ends, stride);
      if (this.rowCount > r) {
        // the window's positions made the text's (an escaped cell's start is its string's index)
        for (let c = 0, at = r; c < this.ncols; c++, at += stride) {
          if (ends[at] < 0) continue;
          starts[at] += from;
          ends[at] += from;
        }
        return pos;
      }
      if (end === len) return pos;
    }
  }

  private newBatch(): void {
    const size = this.ncols * this.stride;
    // one allocation per batch (or a released one): starts in its first half, ends in its second
    this.buffer = this.pool.pop() ?? new Int32Array(2 * size);
    this.starts = this.buffer.subarray(0, size);
    this.ends = this.buffer.subarray(size);
    this.escaped = [];
    this.lines = new Int32Array(this.settings.batchRows);
    this.rowCount = 0;
  }

  private absoluteLine(relativeLine: number): number {
    return this.settings.firstLine + relativeLine - 1;
  }

  /** Error for a row whose field count differs from the header's; re-reads the row to count. */
  private ragged(s: string, rowStart: number, final: boolean, line: number): DataError {
    const record = parseRecord(s, rowStart, final, this.settings.delimiterCode);
    const got = record.kind === 'unterminated' ? this.ncols + 1 : record.fields.length;
    return raggedRowError(this.settings.file, this.absoluteLine(line), this.ncols, got);
  }

  private unterminated(s: string, rowStart: number, quoteAt: number, line: number): DataError {
    const quoteLine = line + countLineFeeds(s, rowStart, quoteAt);
    return unterminatedQuoteError(this.settings.file, this.absoluteLine(quoteLine), columnAt(s, quoteAt));
  }

  /** Throws if a field of the complete row at rowStart exceeds maxFieldBytes. */
  private checkFieldSizes(s: string, rowStart: number, final: boolean, line: number): void {
    const record = parseRecord(s, rowStart, final, this.settings.delimiterCode);
    if (record.kind !== 'unterminated') this.throwIfOversized(s, rowStart, record.fields, record.starts, line);
  }

  /**
   * A row still waiting for its end: if it is already longer than a field may be, look for an
   * oversized field now rather than buffering an unbounded amount of text.
   */
  private checkIncomplete(s: string, rowStart: number, final: boolean, line: number): void {
    if (s.length - rowStart <= this.settings.maxFieldBytes) return;
    const record = parseRecord(s, rowStart, final, this.settings.delimiterCode);
    if (record.kind === 'unterminated') return;
    this.throwIfOversized(s, rowStart, record.fields, record.starts, line);
  }

  private throwIfOversized(s: string, rowStart: number, fields: string[], starts: number[], line: number): void {
    const max = this.settings.maxFieldBytes;
    for (let c = 0; c < fields.length; c++) {
      if (fields[c].length > max) {
        const fieldLine = line + countLineFeeds(s, rowStart, starts[c]);
        const name = c < this.ncols ? this.settings.columns[c] : `#${c + 1}`;
        throw fieldTooLargeError(this.settings.file, this.absoluteLine(fieldLine), columnAt(s, starts[c]), name, fields[c].length, max);
      }
    }
  }
}

/** Position of the next delimiter at or after pos, or len when there is none. */
function nextDelimiter(s: string, delimiter: string, pos: number, len: number): number {
  const i = s.indexOf(delimiter, pos);
  return i === -1 ? len : i;
}

/** Per-column views (of `rows` cells) of positions stored column after column, `stride` apart. */
function columnViews(all: Int32Array, ncols: number, stride: number, rows: number): Int32Array[] {
  const views: Int32Array[] = [];
  for (let c = 0; c < ncols; c++) views.push(all.subarray(c * stride, c * stride + rows));
  return views;
}
