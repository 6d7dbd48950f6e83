/**
 * The CSV kernel: tokenizing, number parsing and hashing of CSV text in WebAssembly
 * (source: wasm/csv-kernel.ts, built into kernel-binary.ts by scripts/build-wasm.mjs), and the
 * common cells' share of validation: the profile and bound checks of parsed number columns
 * (summarizeNumbers), counts of a text column's known values (summarizeTexts), a free-text
 * column's frequent values, presence and lengths (summarizeFreeTexts), hash records grouped by
 * partition (partitionRecords).
 *
 * Why: these per-byte and per-cell loops are most of the work of validating a large CSV. In
 * WebAssembly the tokenizer finds delimiters 64 bytes at a time (SIMD) and parsing, hashing and
 * counting run without JS's bounds and type checks. Written by hand because no library tokenizes
 * into our column-major position arrays (csv-parser.ts says why those exist).
 *
 * How it stays correct: the kernel does only the common case (simple rows, plain decimals, ISO
 * dates, text hashes, cells that need no report) and reports what it left; the JS code stays the
 * definition of the format and the checks and handles everything else, so a cell gets the same
 * value, hash, verdict and place in the profile on either path (test/data/kernel compares them).
 * The kernel holds a chunk as one byte per UTF-16 code unit of its JS string, so its positions are
 * the string's: a pure-ASCII chunk (TextReader says which) is copied in as it is, any other one is
 * loaded from its string (loadString) or decoded from its UTF-8 bytes by the kernel (decodeUtf8,
 * TextReader's decoder for the CSV parser, whose string is made only if something reads it whole:
 * kernel-text.ts); wasm/csv-kernel.ts says why the decisions stay the same on UTF-8 text. One
 * kernel per thread; it holds one text at a time, named by
 * `generation`: a batch remembers the generation of its text, and a consumer whose text is no
 * longer loaded (another reader loaded its own in between) takes the JS path. MLOPS_WASM=0 turns
 * the kernel off (A/B runs).
 *
 * Memory: one WebAssembly memory per thread: HyperLogLog registers for up to 64 columns
 * (takeHll), tables of known values for up to 64 text columns (takeTexts), frequent-values tables
 * for up to 8 free-text columns (takeFreeTexts), the NA spellings' hashes, a month table for dates,
 * then regions laid out by `reserve` for the largest batch seen, then the text. Results are copied
 * out, but for views that are used before the memory can grow (only reserve() and loadText() grow
 * it, which detaches every view): positions(), for the CSV parser's own rows, the summaries,
 * partitioned records and a free-text table's entries.
 */
import { maxInto } from '../profile/hyperloglog.js';
import { KERNEL_WASM_BASE64 } from './kernel-binary.js';
import { KernelText } from './kernel-text.js';

/** The fast paths parseNumbers has, as parse-text.ts names them. */
export const KERNEL_DECIMAL = 0;
export const KERNEL_INT = 1;
export const KERNEL_ISO_DATE = 2;
export const KERNEL_BOOL = 3;
export type KernelNumberKind = typeof KERNEL_DECIMAL | typeof KERNEL_INT | typeof KERNEL_ISO_DATE | typeof KERNEL_BOOL;

/** A state parseNumbers leaves in `states` for a cell it parsed (any other value: JS decides). */
export const KERNEL_PARSED = 1;

/** The little of the WebAssembly API used here (@types/node 20 does not declare it; lib.dom does). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
declare const WebAssembly: {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

interface KernelExports {
  memory: WasmMemory;
  heapBase(): number;
  tokenize(text: number, len: number, pos: number, ncols: number, delimiter: number, starts: number, ends: number, stride: number, r0: number, rEnd: number, maxField: number, fixups: number): number;
  stopPosition(): number;
  fixupCount(): number;
  parseNumbers(kind: number, text: number, starts: number, ends: number, n: number, values: number, states: number, hashes: number, hashA: number, hashB: number): void;
  summarizeNumbers(n: number, values: number, states: number, hashA: number, lo: number, hi: number, hll: number, block: number, flags: number, bool: number): number;
  summaryParsedCount(): number;
  summaryOnesCount(): number;
  summarizeTexts(n: number, hashA: number, hashB: number, ends: number, table: number, flags: number): number;
  learnText(table: number, a: number, b: number, id: number): number;
  fillDateTable(at: number): void;
  partitionRecords(n: number, width: number, a: number, b: number, c: number, d: number, states: number, keep: number, first: number, out: number, starts: number, cursors: number): number;
  hashTexts(text: number, wide: number, starts: number, ends: number, n: number, outA: number, outB: number): void;
  narrowText(wide: number, text: number, n: number): void;
  decodeUtf8(src: number, n: number, wide: number, text: number): number;
  foldColumn(accA: number, accB: number, cellA: number, cellB: number, n: number, first: number, last: number): void;
  foldEmpty(accA: number, accB: number, n: number): void;
  sortFloat64(values: number, n: number, keys: number, tmp: number, counts: number): void;
  summarizeFreeTexts(n: number, text: number, wide: number, hashA: number, hashB: number, starts: number, ends: number, table: number, hll: number, na: number, naCount: number, naMaxLength: number, emptyIsNa: number, minLength: number, maxLength: number, flags: number): number;
  freeConsumedCount(): number;
  freeValidCount(): number;
  freeLengthTotal(): number;
  freeLengthLeast(): number;
  freeLengthMost(): number;
  rebuildFreeSlots(table: number): void;
}

/** The longest run sortFloat64 takes (the quantile sketch's default run size). */
const KERNEL_SORT_MAX = 1024;

/** HyperLogLog registers of one column (profile/hyperloglog.ts, p = 14), and how many columns' the kernel holds. */
const HLL_REGISTERS = 1 << 14;
const HLL_SLOTS = 64;

/** A text column's table of known values (wasm/csv-kernel.ts summarizeTexts), and how many the kernel holds. */
export const TEXT_IDS = 256;
const TEXT_TABLE_BYTES = 512 * 12 + TEXT_IDS * 4;
const TEXT_TABLES = 64;

/**
 * A free-text column's frequent-values table (wasm/csv-kernel.ts summarizeFreeTexts): a header
 * (size u32, n and maxError f64, the arena's use u32), 4096 slots, then per entry of FREE_CAPACITY:
 * hash A, hash B, count (f64), kind, start, length; scratch; then an arena of
 * FREE_ARENA_UNITS UTF-16 code units for the keys. How many tables the kernel holds (their arenas
 * are only touched as they fill), and how many NA spellings (hash pairs) summarizeFreeTexts
 * compares a cell with.
 */
export const FREE_CAPACITY = 2048;
const FREE_SLOTS = 4096;
const FREE_HASH_A = 32 + FREE_SLOTS * 4;
const FREE_HASH_B = FREE_HASH_A + FREE_CAPACITY * 4;
const FREE_COUNTS = FREE_HASH_B + FREE_CAPACITY * 4;
const FREE_KINDS = FREE_COUNTS + FREE_CAPACITY * 8;
const FREE_STARTS = FREE_KINDS + FREE_CAPACITY * 4;
const FREE_LENGTHS = FREE_STARTS + FREE_CAPACITY * 4;
const FREE_ARENA = FREE_LENGTHS + FREE_CAPACITY * 4 + (FREE_CAPACITY + 2) * 8;
const FREE_ARENA_UNITS = 1 << 19;
/** Bytes after the arena that copying a key eight code units at a time may write. */
const FREE_ARENA_SLACK = 16;
const FREE_TABLE_BYTES = align(FREE_ARENA + FREE_ARENA_UNITS * 2 + FREE_ARENA_SLACK);
const FREE_TABLES = 8;
const FREE_NA_MAX = 64;
/** An entry's key kind: JS's string number `start`, or `length` code units at `start` in the table's arena. */
const FREE_JS_KEY = 0;
export const FREE_ARENA_KEY = 1;

/** The kernel's month table for dates (wasm/csv-kernel.ts fillDateTable): 3,600 months, 5 bytes each. */
const DATE_TABLE_BYTES = 3600 * 5;

/** What summarizeTexts found in a column's batch (valid until the kernel's next call). */
export interface TextSummary {
  /** Indexes of the cells JS must look at, ascending: escaped cells and values the table does not know. */
  flags: Int32Array;
  /** How many cells held each known value, by id. */
  counts: Uint32Array;
}

/** What summarizeFreeTexts found in a column's batch (flags valid until the kernel's next call). */
export interface FreeTextSummary {
  /** Cells done, from the first: all of them unless a key did not fit the table's arena (JS then does the rest). */
  consumed: number;
  /** Cells JS must look at, ascending: i * 2 for a missing cell i, i * 2 + 1 for one outside the length bounds. */
  flags: Int32Array;
  /** Present cells, and the sum, least and most of their lengths (UTF-16 code units). */
  valid: number;
  lengthSum: number;
  lengthMin: number;
  lengthMax: number;
}

/** A free-text table's entries, in order (views; kinds[i] says where key i is: FREE_JS_KEY, FREE_ARENA_KEY). */
export interface FreeTextEntries {
  size: number;
  n: number;
  maxError: number;
  hashA: Uint32Array;
  hashB: Uint32Array;
  counts: Float64Array;
  kinds: Uint32Array;
  starts: Int32Array;
  lengths: Int32Array;
}

/** What summarizeNumbers found in a column's batch (valid until the kernel's next call). */
export interface NumberSummary {
  /** Indexes of the cells JS must look at, ascending: cells the kernel left, parsed values out of bounds. */
  flags: Int32Array;
  /** The parsed values in row order (all finite); empty for booleans. */
  values: Float64Array;
  /** Parsed cells (all valid). */
  parsed: number;
  /** Booleans: how many of the parsed cells are true. */
  ones: number;
}

/** Records grouped by partition: partition p's words are words[starts[p] .. starts[p + 1]). */
export interface PartitionedRecords {
  width: number;
  words: Uint32Array;
  starts: Uint32Array;
}

/** Bytes after the text that the tokenizer's 64-byte steps may read: line feeds, so a search ends at the text's end. */
const PAD = 64;
const PAGE = 65536;

/** Region addresses, in bytes: 16-byte aligned. */
interface Layout {
  /** Tokenizer output: `positions` i32 starts, then as many ends. */
  starts: number;
  ends: number;
  positions: number;
  /** Cells of the last tokenize that hold `""` (cell indexes, as many as positions at most). */
  fixups: number;
  /** One column's scratch for parseNumbers/hashTexts: `rows` cells. */
  colStarts: number;
  colEnds: number;
  colValues: number;
  colStates: number;
  colHashA: number;
  colHashB: number;
  /** Row-hash accumulators of fold (rows rounded up to 4: it works four rows at a time). */
  accA: number;
  accB: number;
  /** partitionRecords' input (four u32 columns and a u8 of states, `rows` each), output (5 words a row) and partition bounds. */
  recordIn: number;
  recordStates: number;
  recordOut: number;
  recordStarts: number;
  recordCursors: number;
  rows: number;
  /** sortFloat64's values, keys, scratch and counts (fixed: KERNEL_SORT_MAX values). */
  sortValues: number;
  sortKeys: number;
  sortTmp: number;
  sortCounts: number;
  /** The text, last, so that it can grow without moving the rest; then, for a text loaded from a string, its UTF-16 code units (wideAt). */
  text: number;
  textCapacity: number;
}

export class CsvKernel {
  /** Names the text loaded now; changes whenever it is replaced or may have moved. */
  generation = 0;
  private textLength = 0;
  /** Where the loaded text's UTF-16 code units are (loadString), 0 when it was loaded as ASCII bytes. */
  private textWide = 0;
  /** The text decodeUtf8 loaded, told before it is replaced (KernelText.replaced). */
  private decoded: KernelText | undefined;
  /** A Buffer over the memory, for strings of the text's code units. */
  private bytes!: Buffer;
  private layout: Layout;
  /** The widest batch reserved for (its column count). */
  private ncols = 0;
  private u8!: Uint8Array;
  private i32!: Int32Array;
  private u32!: Uint32Array;
  private f64!: Float64Array;
  /** HyperLogLog registers of up to HLL_SLOTS columns, below every other region (they never move). */
  private readonly hllBase: number;
  private readonly freeHll = freeList(HLL_SLOTS);
  /** Tables of known text values of up to TEXT_TABLES columns, after the registers. */
  private readonly textBase: number;
  private readonly freeTexts = freeList(TEXT_TABLES);
  /** Free-text tables of up to FREE_TABLES columns, then the NA pairs of summarizeFreeTexts. */
  private readonly freeTextBase: number;
  private readonly idleFreeTextTables = freeList(FREE_TABLES);
  private readonly naBase: number;
  /** What the column scratch holds: the `scratchCells` cells of parseNumbers (with hashes or not) or of hashTexts. */
  private scratch: 'numbers' | 'hashed numbers' | 'texts' | undefined;
  private scratchCells = 0;

  constructor(private readonly exports: KernelExports) {
    this.hllBase = align(exports.heapBase());
    this.textBase = this.hllBase + HLL_SLOTS * HLL_REGISTERS;
    this.freeTextBase = this.textBase + TEXT_TABLES * TEXT_TABLE_BYTES;
    this.naBase = this.freeTextBase + FREE_TABLES * FREE_TABLE_BYTES;
    const dates = this.naBase + FREE_NA_MAX * 8;
    this.layout = makeLayout(align(dates + DATE_TABLE_BYTES), 0, 0, 0);
    this.ensureMemory();
    exports.fillDateTable(dates);
  }

  /** Makes room for tokenizing batches of `ncols` columns by `rows` rows, and for columns of `rows` cells. */
  reserve(ncols: number, rows: number): void {
    const l = this.layout;
    if (ncols <= this.ncols && rows <= l.rows) return;
    this.ncols = Math.max(ncols, this.ncols);
    const most = Math.max(rows, l.rows);
    this.replaceText();
    this.layout = makeLayout(l.starts, this.ncols * paddedStride(most), most, l.textCapacity);
    this.generation++; // the text's region moved
    this.textLength = 0;
    this.ensureMemory();
  }

  /** Copies `bytes` (ASCII: a byte per character) in as the text and returns its generation. */
  loadText(bytes: Uint8Array): number {
    this.replaceText();
    const l = this.makeRoom(bytes.length);
    this.u8.set(bytes, l.text);
    this.textWide = 0;
    return this.loaded(bytes.length);
  }

  /**
   * Loads any text (UTF-8 decoded, not ASCII) and returns its generation: its UTF-16 code units are
   * written in by Node (a copy), then narrowed to the byte per code unit the kernel reads.
   */
  loadString(text: string): number {
    this.replaceText();
    const l = this.makeRoom(text.length);
    const wide = wideAt(l);
    Buffer.from(this.exports.memory.buffer, wide, text.length * 2).write(text, 'utf16le');
    this.exports.narrowText(wide, l.text, text.length);
    this.textWide = wide;
    return this.loaded(text.length);
  }

  /**
   * Decodes well-formed UTF-8 `bytes` (buffer.isUtf8 said so) and loads the text as loadString
   * would: TextReader's decoder for the CSV parser's blocks. Its string (the one Buffer's
   * toString('utf8') gives) is made only if something reads it whole (kernel-text.ts); WebAssembly
   * decodes to UTF-16 code units, and a string made from those costs a fraction of V8's UTF-8
   * decoding (bench/README.md has the figures).
   */
  decodeUtf8(bytes: Uint8Array): KernelText {
    this.replaceText();
    const l = this.makeRoom(bytes.length);
    const wide = wideAt(l);
    const raw = wide + 2 * l.textCapacity;
    this.u8.set(bytes, raw);
    const units = this.exports.decodeUtf8(raw, bytes.length, wide, l.text);
    this.textWide = wide;
    this.decoded = new KernelText(this, this.loaded(units), units);
    return this.decoded;
  }

  /** Code units [start, end) of the loaded text as a string. */
  textSlice(start: number, end: number): string {
    const wide = this.textWide;
    if (wide === 0) return this.bytes.toString('latin1', this.layout.text + start, this.layout.text + end);
    return this.bytes.toString('utf16le', wide + 2 * start, wide + 2 * end);
  }

  /** UTF-8 bytes of code units [start, end) of the loaded text (well-formed: surrogates come in pairs). */
  textUtf8Length(start: number, end: number): number {
    if (this.textWide === 0) return end - start;
    const units = new Uint16Array(this.exports.memory.buffer, this.textWide + 2 * start, end - start);
    let bytes = 0;
    // a pair of surrogates (4 bytes) counts 2 + 2
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      bytes += u < 0x80 ? 1 : u < 0x800 || (u >= 0xd800 && u < 0xe000) ? 2 : 3;
    }
    return bytes;
  }

  /** Tells the text decodeUtf8 loaded, if any, that it is about to be replaced. */
  private replaceText(): void {
    this.decoded?.replaced();
    this.decoded = undefined;
  }

  private makeRoom(length: number): Layout {
    const l = this.layout;
    if (length > l.textCapacity) {
      l.textCapacity = Math.max(length, 2 * l.textCapacity);
      this.ensureMemory();
    }
    return l;
  }

  /** The text of `length` bytes is in: pads it with line feeds and names it. */
  private loaded(length: number): number {
    const l = this.layout;
    this.u8.fill(10, l.text + length, l.text + length + PAD);
    this.textLength = length;
    return ++this.generation;
  }

  /** Whether the loaded text holds a line feed at or after `pos`. */
  hasLineFeed(pos: number): boolean {
    const at = this.layout.text;
    // the padding after the text is line feeds: the search ends there at the latest
    return this.u8.indexOf(10, at + pos) - at < this.textLength;
  }

  /**
   * Tokenizes simple rows of the loaded text from `pos` into rows r0.. of the kernel's position
   * buffers (positions()), up to row rEnd - 1. Returns the rows parsed; `stopPosition()` is where
   * it stopped (wasm/csv-kernel.ts tokenize says when it stops early); fixups() lists the cells
   * whose value the caller must unescape.
   */
  tokenize(pos: number, ncols: number, delimiter: number, r0: number, rEnd: number, maxField: number): number {
    const l = this.layout;
    if (ncols > this.ncols || rEnd > l.rows) throw new Error('CsvKernel.tokenize: reserve() room for the batch first');
    return this.exports.tokenize(l.text, this.textLength, pos, ncols, delimiter, l.starts, l.ends, paddedStride(l.rows), r0, rEnd, maxField, l.fixups);
  }

  /**
   * The cells of the last tokenize() whose quoted text holds `""`, as indexes into positions()
   * (their start and end frame the content with its quotes still doubled).
   */
  fixups(): Int32Array {
    return this.i32.subarray(this.layout.fixups >> 2, (this.layout.fixups >> 2) + this.exports.fixupCount());
  }

  /**
   * Views of the kernel's position buffers (column c, row r at c * stride + r), for rows the JS
   * parser adds among the kernel's. Valid until the next reserve() or loadText().
   */
  positions(): { starts: Int32Array; ends: Int32Array; stride: number } {
    const l = this.layout;
    const buffer = this.exports.memory.buffer;
    return { starts: new Int32Array(buffer, l.starts, l.positions), ends: new Int32Array(buffer, l.ends, l.positions), stride: paddedStride(l.rows) };
  }

  /** Copies rows r0 .. r1 - 1 of the position buffers to `starts`/`ends` (columns `stride` apart). */
  copyOut(r0: number, r1: number, ncols: number, starts: Int32Array, ends: Int32Array, stride: number): void {
    if (r1 <= r0) return;
    const l = this.layout;
    const from0 = l.starts >> 2;
    const ends0 = l.ends >> 2;
    const kernelStride = paddedStride(l.rows);
    for (let c = 0, from = r0, to = r0; c < ncols; c++, from += kernelStride, to += stride) {
      starts.set(this.i32.subarray(from0 + from, from0 + from + r1 - r0), to);
      ends.set(this.i32.subarray(ends0 + from, ends0 + from + r1 - r0), to);
    }
  }

  stopPosition(): number {
    return this.exports.stopPosition();
  }

  /**
   * Parses the common spellings of `n` cells of one column into `values`, writing KERNEL_PARSED to
   * `states` for those and 0 for cells JS must decide. With hashA/hashB, writes each parsed value's
   * hash pair there. False (nothing written) if the text is no longer loaded or n is too large.
   */
  parseNumbers(generation: number | undefined, kind: KernelNumberKind, starts: Int32Array, ends: Int32Array, n: number, values: Float64Array, states: Uint8Array, hashA?: Uint32Array, hashB?: Uint32Array): boolean {
    const l = this.layout;
    if (generation !== this.generation || n > l.rows) return false;
    this.i32.set(starts.subarray(0, n), l.colStarts >> 2);
    this.i32.set(ends.subarray(0, n), l.colEnds >> 2);
    this.holds(hashA ? 'hashed numbers' : 'numbers', n);
    this.exports.parseNumbers(kind, l.text, l.colStarts, l.colEnds, n, l.colValues, l.colStates, hashA ? 1 : 0, l.colHashA, l.colHashB);
    values.set(this.f64.subarray(l.colValues >> 3, (l.colValues >> 3) + n));
    states.set(this.u8.subarray(l.colStates, l.colStates + n));
    if (hashA && hashB) {
      hashA.set(this.u32.subarray(l.colHashA >> 2, (l.colHashA >> 2) + n));
      hashB.set(this.u32.subarray(l.colHashB >> 2, (l.colHashB >> 2) + n));
    }
    return true;
  }

  /**
   * cell-hash.ts hashTextInto for `n` cells of one column, into outA/outB; escaped cells (end < 0)
   * are left for JS (their outA/outB entries are then meaningless). False if the text is gone.
   */
  hashTexts(generation: number | undefined, starts: Int32Array, ends: Int32Array, n: number, outA: Uint32Array, outB: Uint32Array): boolean {
    const l = this.layout;
    if (generation !== this.generation || n > l.rows) return false;
    this.holds('texts', n);
    this.i32.set(starts.subarray(0, n), l.colStarts >> 2);
    this.i32.set(ends.subarray(0, n), l.colEnds >> 2);
    this.exports.hashTexts(l.text, this.textWide, l.colStarts, l.colEnds, n, l.colHashA, l.colHashB);
    outA.set(this.u32.subarray(l.colHashA >> 2, (l.colHashA >> 2) + n));
    outB.set(this.u32.subarray(l.colHashB >> 2, (l.colHashB >> 2) + n));
    return true;
  }

  /**
   * Row hashes: folds the cell hashes of columns (cellsA[k], cellsB[k], in that order) of n rows
   * into outA/outB, as part-analyzer.ts fold does in JS. Needs no text. False if n is too large.
   */
  foldRows(cellsA: Uint32Array[], cellsB: Uint32Array[], n: number, outA: Uint32Array, outB: Uint32Array): boolean {
    const l = this.layout;
    if (n > l.rows) return false;
    this.holds(undefined, 0);
    const k = this.exports;
    if (cellsA.length === 0) k.foldEmpty(l.accA, l.accB, n);
    for (let c = 0; c < cellsA.length; c++) {
      this.u32.set(cellsA[c].subarray(0, n), l.colHashA >> 2);
      this.u32.set(cellsB[c].subarray(0, n), l.colHashB >> 2);
      k.foldColumn(l.accA, l.accB, l.colHashA, l.colHashB, n, c === 0 ? 1 : 0, c === cellsA.length - 1 ? 1 : 0);
    }
    outA.set(this.u32.subarray(l.accA >> 2, (l.accA >> 2) + n));
    outB.set(this.u32.subarray(l.accB >> 2, (l.accB >> 2) + n));
    return true;
  }

  /**
   * A column's HyperLogLog registers in the kernel, for summarizeNumbers (zeroed); -1 when all
   * HLL_SLOTS are taken (the caller keeps to its JS path). Give it back with releaseHll.
   */
  takeHll(): number {
    const slot = this.freeHll.pop();
    if (slot === undefined) return -1;
    const at = this.hllBase + slot * HLL_REGISTERS;
    this.u8.fill(0, at, at + HLL_REGISTERS);
    return slot;
  }

  /** Frees a slot of takeHll, first merging its registers into `into` (element-wise max) when given. */
  releaseHll(slot: number, into?: Uint8Array): void {
    const at = this.hllBase + slot * HLL_REGISTERS;
    if (into) maxInto(into, this.u8.subarray(at, at + HLL_REGISTERS));
    this.freeHll.push(slot);
  }

  /**
   * Right after parseNumbers of the same `n` cells (with hashes, unless `bool`): the parsed cells'
   * share of column-analyzer.ts's loop (wasm/csv-kernel.ts summarizeNumbers), their hashes added to
   * HyperLogLog slot `hll`. Undefined if the column scratch holds something else by now.
   */
  summarizeNumbers(n: number, lo: number, hi: number, bool: boolean, hll: number): NumberSummary | undefined {
    if (this.scratchCells !== n || n === 0 || !(this.scratch === 'hashed numbers' || (bool && this.scratch === 'numbers'))) return undefined;
    this.holds(undefined, 0);
    const l = this.layout;
    const k = this.exports;
    // in place: the values are compacted over the parsed ones, the flags over the consumed starts
    const flagged = k.summarizeNumbers(n, l.colValues, l.colStates, l.colHashA, lo, hi, this.hllBase + hll * HLL_REGISTERS, l.colValues, l.colStarts, bool ? 1 : 0);
    const parsed = k.summaryParsedCount();
    return {
      flags: this.i32.subarray(l.colStarts >> 2, (l.colStarts >> 2) + flagged),
      values: this.f64.subarray(l.colValues >> 3, (l.colValues >> 3) + (bool ? 0 : parsed)),
      parsed,
      ones: k.summaryOnesCount(),
    };
  }

  /** A text column's table of known values for summarizeTexts (empty); -1 when all are taken. Give it back with releaseTexts. */
  takeTexts(): number {
    const table = this.freeTexts.pop();
    if (table === undefined) return -1;
    const at = this.textBase + table * TEXT_TABLE_BYTES;
    this.u8.fill(0, at, at + TEXT_TABLE_BYTES);
    return table;
  }

  releaseTexts(table: number): void {
    this.freeTexts.push(table);
  }

  /**
   * Right after hashTexts of the same `n` cells: counts the cells that hold a value of text table
   * `table` (learnText), by value, and flags the others. Undefined if the column scratch holds
   * something else by now.
   */
  summarizeTexts(n: number, table: number): TextSummary | undefined {
    if (this.scratch !== 'texts' || this.scratchCells !== n || n === 0) return undefined;
    this.holds(undefined, 0);
    const l = this.layout;
    const at = this.textBase + table * TEXT_TABLE_BYTES;
    // the flags go over the starts hashTexts no longer needs
    const flagged = this.exports.summarizeTexts(n, l.colHashA, l.colHashB, l.colEnds, at, l.colStarts);
    const counts = (at + TEXT_TABLE_BYTES) / 4 - TEXT_IDS;
    return { flags: this.i32.subarray(l.colStarts >> 2, (l.colStarts >> 2) + flagged), counts: this.u32.subarray(counts, counts + TEXT_IDS) };
  }

  /** Adds a value (its cell hash pair) to text table `table` as `id` (< TEXT_IDS); returns its id, the one it had if known. */
  learnText(table: number, a: number, b: number, id: number): number {
    return this.exports.learnText(this.textBase + table * TEXT_TABLE_BYTES, a, b, id);
  }

  /** A free-text table for summarizeFreeTexts (empty); -1 when all are taken. Give it back with releaseFreeTexts. */
  takeFreeTexts(): number {
    const table = this.idleFreeTextTables.pop();
    if (table === undefined) return -1;
    const at = this.freeTextBase + table * FREE_TABLE_BYTES;
    this.u8.fill(0, at, at + FREE_ARENA);
    return table;
  }

  releaseFreeTexts(table: number): void {
    this.idleFreeTextTables.push(table);
  }

  /**
   * After hashTexts of a column's `n` cells: the hash pair and length of escaped cell i (which
   * hashTexts left), and the number of its string in JS should it become a key, for
   * summarizeFreeTexts. False if the column scratch holds something else.
   */
  setEscapedCell(n: number, i: number, a: number, b: number, length: number, key: number): boolean {
    if (this.scratch !== 'texts' || this.scratchCells !== n) return false;
    const l = this.layout;
    this.u32[(l.colHashA >> 2) + i] = a;
    this.u32[(l.colHashB >> 2) + i] = b;
    this.i32[(l.colStarts >> 2) + i] = key;
    this.i32[(l.colEnds >> 2) + i] = -1 - length;
    return true;
  }

  /**
   * Right after hashTexts of the same `n` cells (and setEscapedCell for each escaped one):
   * column-analyzer.ts's loop for a column checked for presence and length only, on free-text table
   * `table` and HyperLogLog slot `hll` (wasm/csv-kernel.ts summarizeFreeTexts). Undefined if the
   * column scratch holds something else or there are too many NA spellings.
   */
  summarizeFreeTexts(n: number, table: number, hll: number, na: { a: Uint32Array; b: Uint32Array; maxLength: number; emptyIsNa: boolean }, minLength: number, maxLength: number): FreeTextSummary | undefined {
    if (this.scratch !== 'texts' || this.scratchCells !== n || n === 0 || na.a.length > FREE_NA_MAX) return undefined;
    this.holds(undefined, 0);
    const l = this.layout;
    const k = this.exports;
    for (let i = 0; i < na.a.length; i++) {
      this.u32[(this.naBase >> 2) + 2 * i] = na.a[i];
      this.u32[(this.naBase >> 2) + 2 * i + 1] = na.b[i];
    }
    // lengths are whole numbers: bounds rounded inward test the same, and fit an i32
    const least = Math.max(0, Math.min(Math.ceil(minLength), 0x7fffffff));
    const most = Math.max(-1, Math.min(Math.floor(maxLength), 0x7fffffff));
    // the flags go over the hashes' scratch of the parse (colValues, unused by hashTexts)
    const flagged = k.summarizeFreeTexts(n, l.text, this.textWide, l.colHashA, l.colHashB, l.colStarts, l.colEnds, this.freeTextBase + table * FREE_TABLE_BYTES, this.hllBase + hll * HLL_REGISTERS, this.naBase, na.a.length, na.maxLength, na.emptyIsNa ? 1 : 0, least, most, l.colValues);
    return {
      consumed: k.freeConsumedCount(),
      flags: this.i32.subarray(l.colValues >> 2, (l.colValues >> 2) + flagged),
      valid: k.freeValidCount(),
      lengthSum: k.freeLengthTotal(),
      lengthMin: k.freeLengthLeast(),
      lengthMax: k.freeLengthMost(),
    };
  }

  /** Views of free-text table `table`'s entries (writable; valid until the kernel's memory grows). */
  freeTextEntries(table: number): FreeTextEntries {
    const at = this.freeTextBase + table * FREE_TABLE_BYTES;
    const buffer = this.exports.memory.buffer;
    const size = this.u32[at >> 2];
    return {
      size,
      n: this.f64[(at + 8) >> 3],
      maxError: this.f64[(at + 16) >> 3],
      hashA: new Uint32Array(buffer, at + FREE_HASH_A, size),
      hashB: new Uint32Array(buffer, at + FREE_HASH_B, size),
      counts: new Float64Array(buffer, at + FREE_COUNTS, size),
      kinds: new Uint32Array(buffer, at + FREE_KINDS, size),
      starts: new Int32Array(buffer, at + FREE_STARTS, size),
      lengths: new Int32Array(buffer, at + FREE_LENGTHS, size),
    };
  }

  /** The key of `length` code units at `start` in free-text table `table`'s arena (FREE_ARENA_KEY). */
  arenaKey(table: number, start: number, length: number): string {
    const at = this.freeTextBase + table * FREE_TABLE_BYTES + FREE_ARENA + start * 2;
    return Buffer.from(this.exports.memory.buffer, at, length * 2).toString('utf16le');
  }

  /**
   * Fills free-text table `table` with `size` entries whose keys are JS strings 0 .. size - 1
   * (FREE_JS_KEY) of the given lengths, and its n and maxError; the slots are rebuilt.
   */
  loadFreeTexts(table: number, size: number, n: number, maxError: number, hashA: Uint32Array, hashB: Uint32Array, counts: Float64Array, lengths: readonly number[]): void {
    if (size > FREE_CAPACITY) throw new RangeError(`a free-text table holds at most ${FREE_CAPACITY} entries, got ${size}`);
    const at = this.freeTextBase + table * FREE_TABLE_BYTES;
    this.u32[at >> 2] = size;
    this.f64[(at + 8) >> 3] = n;
    this.f64[(at + 16) >> 3] = maxError;
    this.u32[(at + 24) >> 2] = 0;
    this.u32.set(hashA.subarray(0, size), (at + FREE_HASH_A) >> 2);
    this.u32.set(hashB.subarray(0, size), (at + FREE_HASH_B) >> 2);
    this.f64.set(counts.subarray(0, size), (at + FREE_COUNTS) >> 3);
    for (let i = 0; i < size; i++) {
      this.u32[((at + FREE_KINDS) >> 2) + i] = FREE_JS_KEY;
      this.i32[((at + FREE_STARTS) >> 2) + i] = i;
      this.i32[((at + FREE_LENGTHS) >> 2) + i] = lengths[i];
    }
    this.exports.rebuildFreeSlots(at);
  }

  /**
   * record-log.ts's records of n rows grouped by partition (wasm/csv-kernel.ts partitionRecords):
   * [a[i], b[i], first + i] and, with c and d, c[i], d[i]; with `states`, only for rows whose state
   * is `keep`. Views valid until the kernel's next call; undefined if n is too large.
   */
  partitionRecords(n: number, first: number, a: Uint32Array, b: Uint32Array, c?: Uint32Array, d?: Uint32Array, states?: Uint8Array, keep = 0): PartitionedRecords | undefined {
    const l = this.layout;
    if (n > l.rows) return undefined;
    const rows4 = (l.rows + 3) & ~3;
    const column = (k: number) => l.recordIn + k * rows4 * 4;
    const u32 = this.u32;
    u32.set(a.subarray(0, n), column(0) >> 2);
    u32.set(b.subarray(0, n), column(1) >> 2);
    if (c && d) {
      u32.set(c.subarray(0, n), column(2) >> 2);
      u32.set(d.subarray(0, n), column(3) >> 2);
    }
    if (states) this.u8.set(states.subarray(0, n), l.recordStates);
    const width = c && d ? 5 : 3;
    this.exports.partitionRecords(n, width, column(0), column(1), column(2), column(3), states ? l.recordStates : 0, keep, first, l.recordOut, l.recordStarts, l.recordCursors);
    const starts = u32.subarray(l.recordStarts >> 2, (l.recordStarts >> 2) + 65);
    return { width, words: u32.subarray(l.recordOut >> 2, (l.recordOut >> 2) + starts[64]), starts };
  }

  private holds(what: CsvKernel['scratch'], cells: number): void {
    this.scratch = what;
    this.scratchCells = cells;
  }

  /**
   * Sorts values[0, length) ascending in place (profile/radix-sort.ts; no NaN); false, untouched, if
   * length exceeds KERNEL_SORT_MAX. Needs no text.
   */
  sortFloat64(values: Float64Array, length: number): boolean {
    if (length > KERNEL_SORT_MAX) return false;
    const l = this.layout;
    this.f64.set(values.subarray(0, length), l.sortValues >> 3);
    this.exports.sortFloat64(l.sortValues, length, l.sortKeys, l.sortTmp, l.sortCounts);
    values.set(this.f64.subarray(l.sortValues >> 3, (l.sortValues >> 3) + length));
    return true;
  }

  private ensureMemory(): void {
    const l = this.layout;
    // the text's code units, then room for the UTF-8 bytes decodeUtf8 reads
    const needed = wideAt(l) + 3 * l.textCapacity;
    const memory = this.exports.memory;
    if (needed > memory.buffer.byteLength) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    this.refreshViews();
  }

  private refreshViews(): void {
    const buffer = this.exports.memory.buffer;
    this.u8 = new Uint8Array(buffer);
    this.bytes = Buffer.from(buffer);
    this.i32 = new Int32Array(buffer);
    this.u32 = new Uint32Array(buffer);
    this.f64 = new Float64Array(buffer);
  }
}

/**
 * The kernel's distance between columns, in cells: a row's cells are written to every column, and
 * at a power-of-two distance (2048 cells = 8 KiB) they all fall in the same L1 cache set, which
 * halved the tokenizer's speed. 16 more cells (64 bytes) put each column in a set of its own. The
 * JS parser lays out its batches the same way (csv-parser.ts), for the same reason.
 */
export function paddedStride(rows: number): number {
  return rows + 16;
}

/** Slots 0 .. count - 1, to pop from (the lowest first). */
function freeList(count: number): number[] {
  return Array.from({ length: count }, (_, k) => count - 1 - k);
}

/** Where a text loaded from a string keeps its UTF-16 code units: after the text's region and padding. */
function wideAt(l: Layout): number {
  return align(l.text + l.textCapacity + PAD);
}

function align(n: number): number {
  return (n + 15) & ~15;
}

function makeLayout(base: number, positions: number, rows: number, textCapacity: number): Layout {
  let at = base;
  const take = (bytes: number): number => {
    const start = at;
    at = align(at + bytes);
    return start;
  };
  // 64 bytes apart, so that a column's starts and ends do not share a cache set either
  const starts = take(positions * 4 + 64);
  const ends = take(positions * 4);
  const fixups = take(positions * 4);
  const colStarts = take(rows * 4);
  const colEnds = take(rows * 4);
  const colValues = take(rows * 8);
  const colStates = take(rows);
  const rows4 = (rows + 3) & ~3;
  const colHashA = take(rows4 * 4);
  const colHashB = take(rows4 * 4);
  const accA = take(rows4 * 4);
  const accB = take(rows4 * 4);
  const recordIn = take(4 * rows4 * 4);
  const recordStates = take(rows);
  const recordOut = take(rows * 5 * 4);
  const recordStarts = take(65 * 4);
  const recordCursors = take(64 * 4);
  const sortValues = take(KERNEL_SORT_MAX * 8);
  const sortKeys = take(KERNEL_SORT_MAX * 8);
  const sortTmp = take(KERNEL_SORT_MAX * 8);
  const sortCounts = take(8 * 256 * 4);
  return { starts, ends, positions, fixups, colStarts, colEnds, colValues, colStates, colHashA, colHashB, accA, accB, recordIn, recordStates, recordOut, recordStarts, recordCursors, sortValues, sortKeys, sortTmp, sortCounts, rows, text: at, textCapacity };
}

let shared: CsvKernel | null | undefined;

/**
 * This thread's kernel, or undefined where WebAssembly SIMD is missing or MLOPS_WASM=0 (the JS
 * path then does everything, as it always can).
 */
export function csvKernel(): CsvKernel | undefined {
  if (shared === undefined) shared = loadKernel();
  return shared ?? undefined;
}

function loadKernel(): CsvKernel | null {
  if (process.env.MLOPS_WASM === '0' || typeof WebAssembly !== 'object') return null;
  const bytes = Buffer.from(KERNEL_WASM_BASE64, 'base64');
  if (!WebAssembly.validate(bytes)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  return new CsvKernel(instance.exports as KernelExports);
}
