/**
 * The CSV kernel: validate-data's per-byte and per-cell loops in WebAssembly (AssemblyScript),
 * compiled by scripts/build-wasm.mjs into src/data/kernel/kernel-binary.ts. The JS wrapper is
 * src/data/kernel/csv-kernel.ts; read it first.
 *
 * Why WebAssembly: after every overhead was gone from the JS path, tokenizing, number parsing and
 * hashing were still ~40% of a run. Here they run on one byte per UTF-16 code unit of a chunk's JS
 * string (so positions are the string's), the tokenizer with SIMD compares. A pure-ASCII chunk is
 * its own bytes; any other chunk is loaded as its code units (narrowText keeps a copy of them for
 * the text hash; decodeUtf8 makes them from the chunk's UTF-8 bytes) and narrowed to one byte each, a code unit above 255 becoming 255: delimiters,
 * quotes, line breaks, digits and signs are ASCII, so every decision made on the narrowed byte is
 * the one JS makes on the code unit. Also here:
 * the row-hash fold, number hashes four at a time, the profile's and bound checks' share of parsed
 * number columns, counts of a text column's known values, a free-text column's frequent values,
 * hash records grouped by partition, and the quantile sketch's radix sort.
 *
 * Every function here does only the common case and says where it stopped or which cells it left:
 * the JS code it mirrors (csv-parser.ts, parse-text.ts, cell-hash.ts) stays the one definition of
 * the format and does the rest, so both paths give the same values by construction. The tests in
 * test/data/kernel compare them on random input.
 *
 * Memory: the wrapper lays out its regions above __heap_base and passes their addresses; nothing
 * here allocates. Text is followed by 64 bytes of padding, so a 64-byte step never leaves memory.
 */

// ---------------------------------------------------------------------------------------------
// Tokenizer (csv-parser.ts CsvBatchParser.parse, simple rows only)

const QUOTE: i32 = 34;
const LF: i32 = 10;
const CR: i32 = 13;

/** Where tokenize stopped: the position after the last row it parsed. */
let stopPos: i32 = 0;
/** Cells tokenize listed as holding `""` (their text is escaped by JS), and those of complete rows. */
let fixCount: i32 = 0;
let rowFixups: i32 = 0;

export function fixupCount(): i32 {
  return fixCount;
}

export function stopPosition(): i32 {
  return stopPos;
}

/**
 * Parses rows of text[0, len) from pos into the position arrays (column c, row r at
 * c * stride + r, as i32), for rows r0 .. rEnd - 1, and returns how many it parsed. It stops early,
 * at the start of a row, on anything but a simple row: a blank line, a row starting with CR, a
 * quoted field holding a line break or text after its closing quote, a row with the wrong number
 * of fields, a row longer than maxField, or a row that is not complete in the text. The caller
 * parses that row with the JS parser and calls again. stopPosition() is where it stopped.
 *
 * A quoted field holding `""` is tokenized (its content, quotes still doubled) and its cell index
 * (c * stride + r) listed in `fixups`, fixupCount() of them: the caller makes its value.
 *
 * How: each 64 bytes are compared with the delimiter, line feed and quote at once, and the set bits
 * of that mask are walked in order (simdjson's way). Loading from each field's start instead made
 * every field wait for the previous one's load and compare: 10x slower than the scan itself.
 *
 * The padding after len must hold line feeds: the walk then meets one at len at the latest.
 */
export function tokenize(text: usize, len: i32, pos: i32, ncols: i32, delimiter: i32, starts: usize, ends: usize, stride: i32, r0: i32, rEnd: i32, maxField: i32, fixups: usize): i32 {
  const delim = i8x16.splat(delimiter as i8);
  const lf = i8x16.splat(LF as i8);
  const quote = i8x16.splat(QUOTE as i8);
  const last = ncols - 1;
  const step = <usize>stride << 2;
  let r = r0;
  let rowStart = pos;
  fixCount = 0;
  rowFixups = 0;
  if (r >= rEnd || !simpleRowStart(text, len, pos)) {
    stopPos = pos;
    return 0;
  }
  let fieldStart = pos;
  let c = 0;
  // where column c's cell of row r goes (bytes from starts/ends)
  let at = <usize>r << 2;
  // the current field started with a quote; we are inside it; where it closed
  let quoted = false;
  let inQuote = false;
  let closeQuote = -1;
  // the field holds `""`; the second quote of the last pair (not a structural character)
  let escaped = false;
  let skip = -1;
  for (let block = pos; ; block += 64) {
    // 64 bytes a step, four 16-byte compares: the loop over a block's bits ends (a mispredicted
    // branch) once per 64 bytes rather than per 16 (measured 5% faster: 0.56 ns a byte)
    const p = text + <usize>block;
    const v0 = v128.load(p);
    const v1 = v128.load(p, 16);
    const v2 = v128.load(p, 32);
    const v3 = v128.load(p, 48);
    const m0 = <u64>i8x16.bitmask(v128.or(v128.or(i8x16.eq(v0, delim), i8x16.eq(v0, lf)), i8x16.eq(v0, quote)));
    const m1 = <u64>i8x16.bitmask(v128.or(v128.or(i8x16.eq(v1, delim), i8x16.eq(v1, lf)), i8x16.eq(v1, quote)));
    const m2 = <u64>i8x16.bitmask(v128.or(v128.or(i8x16.eq(v2, delim), i8x16.eq(v2, lf)), i8x16.eq(v2, quote)));
    const m3 = <u64>i8x16.bitmask(v128.or(v128.or(i8x16.eq(v3, delim), i8x16.eq(v3, lf)), i8x16.eq(v3, quote)));
    let mask: u64 = m0 | (m1 << 16) | (m2 << 32) | (m3 << 48);
    while (mask != 0) {
      const q = block + <i32>ctz<u64>(mask);
      mask &= mask - 1;
      if (q == skip) continue;
      // the padding: this row does not end in the text
      if (q >= len) return stop(rowStart, r - r0);
      const ch = <i32>load<u8>(text + <usize>q);
      if (inQuote) {
        if (ch == QUOTE) {
          if (<i32>load<u8>(text + <usize>q + 1) == QUOTE) {
            escaped = true;
            skip = q + 1;
            continue;
          }
          inQuote = false;
          closeQuote = q;
        } else if (ch == LF) return stop(rowStart, r - r0);
        continue;
      }
      if (ch == QUOTE) {
        // a quote opens a field only at its start; elsewhere it is an ordinary character
        if (q == fieldStart) quoted = inQuote = true;
        continue;
      }
      let s = fieldStart;
      let e = q;
      if (quoted) {
        // the field must end right after its closing quote (or its CR, at a line end)
        const tight = q == closeQuote + 1 || (ch == LF && q == closeQuote + 2 && <i32>load<u8>(text + <usize>closeQuote + 1) == CR);
        if (!tight) return stop(rowStart, r - r0);
        s = fieldStart + 1;
        e = closeQuote;
      }
      if (escaped) {
        store<i32>(fixups + (<usize>fixCount << 2), <i32>(at >> 2));
        fixCount++;
        escaped = false;
      }
      if (ch != LF) {
        if (c == last) return stop(rowStart, r - r0);
        store<i32>(starts + at, s);
        store<i32>(ends + at, e);
        at += step;
        c++;
      } else {
        if (c != last) return stop(rowStart, r - r0);
        if (!quoted && e > s && <i32>load<u8>(text + <usize>e - 1) == CR) e--;
        if (q + 1 - rowStart > maxField) return stop(rowStart, r - r0);
        store<i32>(starts + at, s);
        store<i32>(ends + at, e);
        r++;
        rowFixups = fixCount;
        rowStart = q + 1;
        if (r >= rEnd || !simpleRowStart(text, len, rowStart)) return stop(rowStart, r - r0);
        c = 0;
        at = <usize>r << 2;
      }
      fieldStart = q + 1;
      quoted = false;
    }
  }
  return unreachable();
}

/** Ends tokenize at pos (the start of a row) after `rows` rows; the unfinished row's fixups go. */
@inline
function stop(pos: i32, rows: i32): i32 {
  stopPos = pos;
  fixCount = rowFixups;
  return rows;
}

/** A row can start at pos: it is in the text and is not a blank line or a CR (JS handles those). */
@inline
function simpleRowStart(text: usize, len: i32, pos: i32): bool {
  if (pos >= len) return false;
  const b = <i32>load<u8>(text + <usize>pos);
  return b != LF && b != CR;
}

// ---------------------------------------------------------------------------------------------
// Numbers (parse-text.ts parseTextColumn's fast paths, parse-number.ts decimalInto/intAt)

const DECIMAL: i32 = 0;
const INT: i32 = 1;
const ISO_DATE: i32 = 2;
const BOOL: i32 = 3;

/** A cell's state after parseNumbers: parsed, or left to the JS parser (anything else). */
const LEFT: u8 = 0;
const PARSED: u8 = 1;

const POW10: StaticArray<f64> = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Parses n cells of one column (positions as tokenize writes them, one column: i at i * 4) into
 * values (f64) and states (u8: 1 parsed, 0 left to JS). With hashes non-zero, writes the hash pair
 * of every parsed value (cell-hash.ts hashNumberPair) to hashA/hashB (u32).
 */
export function parseNumbers(kind: i32, text: usize, starts: usize, ends: usize, n: i32, values: usize, states: usize, hashes: i32, hashA: usize, hashB: usize): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 2;
    const s = load<i32>(starts + o);
    const e = load<i32>(ends + o);
    let x: f64 = NaN;
    let ok = false;
    if (e > s) {
      if (kind == DECIMAL) {
        x = decimalAt(text, s, e);
        ok = x == x;
      } else if (kind == INT) {
        x = intAt(text, s, e);
        ok = x == x;
      } else if (kind == ISO_DATE) {
        const days = isoDateDays(text, s, e);
        ok = days != NOT_A_DATE;
        x = <f64>days * 86400000;
      } else {
        const b = boolAt(text, s, e);
        ok = b >= 0;
        x = <f64>b;
      }
    }
    if (!ok) {
      store<u8>(states + <usize>i, LEFT);
      continue;
    }
    store<u8>(states + <usize>i, PARSED);
    store<f64>(values + (<usize>i << 3), x);
  }
  if (hashes != 0) hashNumbers(values, n, hashA, hashB);
}

/** What summarizeNumbers counted: values written to its block, and ones among them (booleans). */
let summaryParsed: i32 = 0;
let summaryOnes: i32 = 0;

export function summaryParsedCount(): i32 {
  return summaryParsed;
}

export function summaryOnesCount(): i32 {
  return summaryOnes;
}

/** HyperLogLog precision (profile/hyperloglog.ts HLL_PRECISION): 2^14 one-byte registers. */
const HLL_P: u32 = 14;

/**
 * The profile's and checks' share of a column parseNumbers just parsed (column-analyzer.ts
 * consumeNumbers' loop for the cells the kernel parsed, which are all finite): the parsed values
 * in row order to `block` (f64), their hashes into the HyperLogLog registers at `hll` (as
 * hyperloglog.ts add), and to `flags` (i32) the indexes of the cells JS must look at: those left to
 * JS and parsed values outside [lo, hi]. With `bool` set, values are only counted (ones and all):
 * nothing goes to block or hll. Returns the number of flags.
 */
export function summarizeNumbers(n: i32, values: usize, states: usize, hashA: usize, lo: f64, hi: f64, hll: usize, block: usize, flags: usize, bool: i32): i32 {
  let parsed = 0;
  let flagged = 0;
  let ones = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(states + <usize>i) != PARSED) {
      store<i32>(flags + (<usize>flagged << 2), i);
      flagged++;
      continue;
    }
    const x = load<f64>(values + (<usize>i << 3));
    if (bool != 0) {
      ones += <i32>(x == 1);
      parsed++;
      continue;
    }
    store<f64>(block + (<usize>parsed << 3), x);
    parsed++;
    addToHll(hll, load<u32>(hashA + (<usize>i << 2)));
    if (x < lo || x > hi) {
      store<i32>(flags + (<usize>flagged << 2), i);
      flagged++;
    }
  }
  summaryParsed = parsed;
  summaryOnes = ones;
  return flagged;
}

/** hyperloglog.ts add: hash h into the registers at `hll`. */
@inline
function addToHll(hll: usize, h: u32): void {
  const register = hll + <usize>(h >>> (32 - HLL_P));
  // the marker bit caps the rank at 32 - p + 1 when the low bits are all zero
  const rank = <u8>(clz<u32>((h << HLL_P) | (1 << (HLL_P - 1))) + 1);
  if (rank > load<u8>(register)) store<u8>(register, rank);
}

@inline
function fmix4(h: v128): v128 {
  h = v128.xor(h, i32x4.shr_u(h, 16));
  h = i32x4.mul(h, i32x4.splat(0x85ebca6b));
  h = v128.xor(h, i32x4.shr_u(h, 13));
  h = i32x4.mul(h, i32x4.splat(0xc2b2ae35));
  return v128.xor(h, i32x4.shr_u(h, 16));
}

/**
 * hashNumberPair of n values (f64) into hashA/hashB, four at a time in SIMD lanes (a hash per cell
 * in scalar code cost as much as parsing it). Values of cells left to JS are hashed too, and
 * ignored by the caller.
 */
function hashNumbers(values: usize, n: i32, hashA: usize, hashB: usize): void {
  const zero = f64x2.splat(0);
  const seedA = i32x4.splat(SEED_A);
  const seedB = i32x4.splat(SEED_B);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    let v0 = v128.load(values + (<usize>i << 3));
    let v1 = v128.load(values + (<usize>i << 3) + 16);
    // -0 hashes as 0 (all bits of a lane that equals zero are cleared)
    v0 = v128.andnot(v0, f64x2.eq(v0, zero));
    v1 = v128.andnot(v1, f64x2.eq(v1, zero));
    // the low and the high words of the four values
    const lo = i8x16.shuffle(v0, v1, 0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27);
    const hi = i8x16.shuffle(v0, v1, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31);
    const b = v128.xor(hi, fmix4(v128.xor(lo, seedA)));
    const a = v128.xor(lo, fmix4(v128.xor(b, seedB)));
    v128.store(hashA + (<usize>i << 2), a);
    v128.store(hashB + (<usize>i << 2), v128.xor(b, fmix4(a)));
  }
  for (; i < n; i++) hashNumberPair(load<f64>(values + (<usize>i << 3)), hashA + (<usize>i << 2), hashB + (<usize>i << 2));
}

function decimalAt(text: usize, start: i32, end: i32): f64 {
  let at = start;
  let negative = false;
  const c = <i32>load<u8>(text + <usize>at);
  if (c == 45 || c == 43) {
    negative = c == 45;
    at++;
  }
  let mantissa: i64 = 0;
  let digits = 0;
  let decimals = -1;
  for (; at < end; at++) {
    const ch = <i32>load<u8>(text + <usize>at);
    const d = ch - 48;
    if (<u32>d <= 9) {
      // past 15 digits the JS path gives up anyway: stop before the mantissa could overflow
      if (++digits > 15) return NaN;
      mantissa = mantissa * 10 + <i64>d;
      if (decimals >= 0) decimals++;
    } else if (ch == 46 && decimals < 0) {
      decimals = 0;
    } else {
      return NaN;
    }
  }
  if (digits == 0) return NaN;
  const m = <f64>mantissa;
  const x = decimals > 0 ? m / unchecked(POW10[decimals]) : m;
  return negative ? -x : x;
}

function intAt(text: usize, start: i32, end: i32): f64 {
  let i = start;
  let negative = false;
  const first = <i32>load<u8>(text + <usize>i);
  if (first == 45 || first == 43) {
    negative = first == 45;
    i++;
  }
  if (i >= end || end - i > 15) return NaN;
  let result: i64 = 0;
  for (; i < end; i++) {
    const d = <i32>load<u8>(text + <usize>i) - 48;
    if (<u32>d > 9) return NaN;
    result = result * 10 + <i64>d;
  }
  const x = <f64>result;
  return negative ? -x : x;
}

const NOT_A_DATE: i32 = -(1 << 29);
const DAYS_BEFORE_MONTH: StaticArray<i32> = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function isLeap(year: i32): bool {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

function monthLength(year: i32, month: i32): i32 {
  return month == 2 ? (isLeap(year) ? 29 : 28) : month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
}

/** Floor division, as Math.floor(a / b) in the JS mirror (years before 1 are negative here). */
function floorDiv(a: i32, b: i32): i32 {
  const q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

function daysFromCivil(year: i32): i32 {
  const y = year - 1;
  return 365 * (year - 1970) + (floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400)) - 477;
}

/** Each month of 1900-2199 (where nearly every date falls): TABLE_MONTHS i32 first days since the epoch, then their u8 lengths. */
const TABLE_FIRST_YEAR: i32 = 1900;
const TABLE_MONTHS: i32 = 300 * 12;
let dateTable: usize = 0;

/**
 * Writes the month table at `at` (TABLE_MONTHS * 5 bytes) and uses it from then on: the arithmetic
 * of a date (leap years, divisions) cost more than parsing its ten digits.
 */
export function fillDateTable(at: usize): void {
  for (let k = 0; k < TABLE_MONTHS; k++) {
    const year = TABLE_FIRST_YEAR + k / 12;
    const month = (k % 12) + 1;
    store<i32>(at + (<usize>k << 2), daysFromCivil(year) + unchecked(DAYS_BEFORE_MONTH[month - 1]) + (month > 2 && isLeap(year) ? 1 : 0));
    store<u8>(at + <usize>(TABLE_MONTHS * 4 + k), <u8>monthLength(year, month));
  }
  dateTable = at;
}

/** parse-text.ts isoDateDays: `YYYY-MM-DD` as days since the epoch, or NOT_A_DATE. */
function isoDateDays(text: usize, start: i32, end: i32): i32 {
  if (end - start != 10) return NOT_A_DATE;
  const t = text + <usize>start;
  if (<i32>load<u8>(t + 4) != 45 || <i32>load<u8>(t + 7) != 45) return NOT_A_DATE;
  const y0 = <i32>load<u8>(t) - 48;
  const y1 = <i32>load<u8>(t + 1) - 48;
  const y2 = <i32>load<u8>(t + 2) - 48;
  const y3 = <i32>load<u8>(t + 3) - 48;
  const m0 = <i32>load<u8>(t + 5) - 48;
  const m1 = <i32>load<u8>(t + 6) - 48;
  const d0 = <i32>load<u8>(t + 8) - 48;
  const d1 = <i32>load<u8>(t + 9) - 48;
  // a byte below '0' makes its digit a huge u32, one above '9' more than 9
  if (<u32>y0 > 9 || <u32>y1 > 9 || <u32>y2 > 9 || <u32>y3 > 9 || <u32>m0 > 9 || <u32>m1 > 9 || <u32>d0 > 9 || <u32>d1 > 9) return NOT_A_DATE;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 100 || month < 1 || month > 12 || day < 1) return NOT_A_DATE;
  const slot = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  if (dateTable != 0 && <u32>slot < <u32>TABLE_MONTHS) {
    if (day > <i32>load<u8>(dateTable + <usize>(TABLE_MONTHS * 4 + slot))) return NOT_A_DATE;
    return load<i32>(dateTable + (<usize>slot << 2)) + day - 1;
  }
  if (day > monthLength(year, month)) return NOT_A_DATE;
  return daysFromCivil(year) + unchecked(DAYS_BEFORE_MONTH[month - 1]) + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
}

/** parse-text.ts boolAt: `true`/`false`/`1`/`0` as 1/0, else -1. */
function boolAt(text: usize, start: i32, end: i32): i32 {
  const n = end - start;
  const t = text + <usize>start;
  const first = <i32>load<u8>(t);
  if (n == 1) return first == 49 ? 1 : first == 48 ? 0 : -1;
  if (n == 4 && first == 116 && load<u8>(t + 1) == 114 && load<u8>(t + 2) == 117 && load<u8>(t + 3) == 101) return 1;
  if (n == 5 && first == 102 && load<u8>(t + 1) == 97 && load<u8>(t + 2) == 108 && load<u8>(t + 3) == 115 && load<u8>(t + 4) == 101) return 0;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Hashes (cell-hash.ts)

const SEED_A: u32 = 0x9747b28c;
const SEED_B: u32 = 0x2545f491;

@inline
function fmix(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  h *= 0xc2b2ae35;
  return h ^ (h >>> 16);
}

@inline
function scramble(k: u32): u32 {
  k *= 0xcc9e2d51;
  k = rotl<u32>(k, 15);
  return k * 0x1b873593;
}

@inline
function step(h: u32, k: u32): u32 {
  h ^= k;
  h = rotl<u32>(h, 13);
  return h * 5 + 0xe6546b64;
}

/** cell-hash.ts hashNumberPair, written to *outA and *outB. */
@inline
function hashNumberPair(x: f64, outA: usize, outB: usize): void {
  const bits = reinterpret<u64>(x == 0 ? 0.0 : x);
  const lo = <u32>bits;
  const hi = <u32>(bits >>> 32);
  const b = hi ^ fmix(lo ^ SEED_A);
  const a = lo ^ fmix(b ^ SEED_B);
  store<u32>(outA, a);
  store<u32>(outB, b ^ fmix(a));
}

/**
 * Narrows n UTF-16 code units at `wide` to one byte each at `text`, saturating at 255 (see the
 * header): the text the other functions read, positions unchanged. `wide` stays for hashTexts.
 */
export function narrowText(wide: usize, text: usize, n: i32): void {
  const most = i16x8.splat(255);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const p = wide + (<usize>i << 1);
    // unsigned min first: the narrowing instruction reads lanes as signed (U+8000 and up would become 0)
    const lo = i16x8.min_u(v128.load(p), most);
    const hi = i16x8.min_u(v128.load(p, 16), most);
    v128.store(text + <usize>i, i8x16.narrow_i16x8_u(lo, hi));
  }
  for (; i < n; i++) {
    const c = <u32>load<u16>(wide + (<usize>i << 1));
    store<u8>(text + <usize>i, <u8>(c > 255 ? 255 : c));
  }
}

/**
 * Decodes n bytes of well-formed UTF-8 at `src` (the caller checked them with buffer.isUtf8) into
 * UTF-16 code units at `wide`, as Buffer's toString('utf8') does, and narrows each to a byte at
 * `text` as narrowText does; returns the number of code units. ASCII runs sixteen bytes at a time.
 * Why here: building the JS string from these code units (toString('utf16le'), a copy) and
 * decoding in WebAssembly cost a fraction of V8's UTF-8 decoding of the same block, and the kernel
 * needs the code units anyway.
 */
export function decodeUtf8(src: usize, n: i32, wide: usize, text: usize): i32 {
  let i = 0;
  let u = 0;
  while (i < n) {
    if (i + 16 <= n) {
      const v = v128.load(src + <usize>i);
      const high = i8x16.bitmask(v);
      if ((high & 1) == 0) {
        // the ASCII bytes before the first other one, at once: all sixteen are stored, those after
        // them are overwritten as decoding goes on (u never passes i, so the stores stay in bounds)
        const w = wide + (<usize>u << 1);
        v128.store(w, i16x8.extend_low_i8x16_u(v));
        v128.store(w, i16x8.extend_high_i8x16_u(v), 16);
        v128.store(text + <usize>u, v);
        const ascii = high == 0 ? 16 : ctz<i32>(high);
        i += ascii;
        u += ascii;
        continue;
      }
    }
    const p = src + <usize>i;
    const b0 = <u32>load<u8>(p);
    let c: u32;
    if (b0 < 0x80) {
      c = b0;
      i += 1;
    } else if (b0 < 0xe0) {
      c = ((b0 & 0x1f) << 6) | (<u32>load<u8>(p, 1) & 0x3f);
      i += 2;
    } else if (b0 < 0xf0) {
      c = ((b0 & 0x0f) << 12) | ((<u32>load<u8>(p, 1) & 0x3f) << 6) | (<u32>load<u8>(p, 2) & 0x3f);
      i += 3;
    } else {
      const cp = (((b0 & 0x07) << 18) | ((<u32>load<u8>(p, 1) & 0x3f) << 12) | ((<u32>load<u8>(p, 2) & 0x3f) << 6) | (<u32>load<u8>(p, 3) & 0x3f)) - 0x10000;
      const w = wide + (<usize>u << 1);
      store<u16>(w, <u16>(0xd800 + (cp >> 10)));
      store<u16>(w, <u16>(0xdc00 + (cp & 0x3ff)), 2);
      store<u16>(text + <usize>u, 0xffff);
      i += 4;
      u += 2;
      continue;
    }
    store<u16>(wide + (<usize>u << 1), <u16>c);
    store<u8>(text + <usize>u, <u8>(c > 255 ? 255 : c));
    u++;
  }
  return u;
}

/**
 * cell-hash.ts hashTextInto for n cells of one column: every group of four code units below 256
 * is one word (their bytes), any other group two words of two code units, and the last one to
 * three code units one word, or one word each when one is 256 or more. A group holding a byte of
 * 128 or more may hold a wider code unit: its code units are read from `wide` (narrowText's copy;
 * 0 for an ASCII text, which has no such byte). Cells whose end is negative (escaped, held by JS)
 * are skipped.
 */
export function hashTexts(text: usize, wide: usize, starts: usize, ends: usize, n: i32, outA: usize, outB: usize): void {
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 2;
    const start = load<i32>(starts + o);
    const end = load<i32>(ends + o);
    if (end < 0) continue;
    const len = end - start;
    let a: u32 = SEED_A ^ <u32>len;
    let b: u32 = SEED_B ^ <u32>len;
    let p = text + <usize>start;
    const stop = text + <usize>end;
    for (; p + 3 < stop; p += 4) {
      const w = load<u32>(p);
      if ((w & 0x80808080) != 0 && wide != 0) {
        const units = load<u64>(wide + ((p - text) << 1));
        if ((units & 0xff00ff00ff00ff00) != 0) {
          // a code unit of 256 or more: two words of two code units, as hashTextInto
          const k = scramble(<u32>units);
          const l = scramble(<u32>(units >>> 32));
          a = step(step(a, k), l);
          b = step(step(b, k), l);
          continue;
        }
      }
      const k = scramble(w);
      a = step(a, k);
      b = step(b, k);
    }
    if (p < stop) {
      // the last one to three bytes as one little-endian word: a whole word masked (the text's
      // padding makes reading past its end safe)
      const w = load<u32>(p) & ((<u32>1 << (<u32>(stop - p) << 3)) - 1);
      if ((w & 0x80808080) != 0 && wide != 0 && tailIsWide(wide + ((p - text) << 1), <i32>(stop - p))) {
        for (let u = wide + ((p - text) << 1), end = wide + ((stop - text) << 1); u < end; u += 2) {
          const k = scramble(<u32>load<u16>(u));
          a = step(a, k);
          b = step(b, k);
        }
      } else {
        const k = scramble(w);
        a = step(a, k);
        b = step(b, k);
      }
    }
    store<u32>(outA + o, fmix(a));
    store<u32>(outB + o, fmix(b));
  }
}

/** Whether one of the `count` code units at `units` is 256 or more. */
function tailIsWide(units: usize, count: i32): bool {
  for (let i = 0; i < count; i++) if (load<u16>(units + (<usize>i << 1)) > 255) return true;
  return false;
}

/**
 * A text column's known values: up to TEXT_IDS values (their 64-bit hashes) that JS found clean
 * (present, allowed, in length), in an open-addressing table of TEXT_SLOTS slots (hashA, hashB,
 * id + 1: 12 bytes each), then TEXT_IDS u32 counts of the last summarizeTexts.
 */
const TEXT_IDS: i32 = 256;
const TEXT_SLOTS: i32 = 512;

/**
 * Counts the cells of a column hashTexts just hashed (hashes at hashA/hashB, ends at `ends`) that
 * hold a known value, by value, in the table's counts; writes to `flags` (i32) the indexes of the
 * others (escaped cells, unknown values), for JS. Returns the number of flags.
 */
export function summarizeTexts(n: i32, hashA: usize, hashB: usize, ends: usize, table: usize, flags: usize): i32 {
  const counts = table + <usize>(TEXT_SLOTS * 12);
  memory.fill(counts, 0, TEXT_IDS * 4);
  let flagged = 0;
  for (let i = 0; i < n; i++) {
    const o = <usize>i << 2;
    let known: u32 = 0;
    if (load<i32>(ends + o) >= 0) {
      const a = load<u32>(hashA + o);
      const b = load<u32>(hashB + o);
      let slot = a & <u32>(TEXT_SLOTS - 1);
      for (;;) {
        const entry = table + <usize>slot * 12;
        const id = load<u32>(entry, 8);
        if (id == 0) break;
        if (load<u32>(entry) == a && load<u32>(entry, 4) == b) {
          known = id;
          break;
        }
        slot = (slot + 1) & <u32>(TEXT_SLOTS - 1);
      }
    }
    if (known == 0) {
      store<i32>(flags + (<usize>flagged << 2), i);
      flagged++;
    } else {
      const count = counts + ((<usize>known - 1) << 2);
      store<u32>(count, load<u32>(count) + 1);
    }
  }
  return flagged;
}

/** Adds a value (its hash pair) to a text table as `id` (< TEXT_IDS); returns its id, the one it had if known. */
export function learnText(table: usize, a: u32, b: u32, id: i32): i32 {
  let slot = a & <u32>(TEXT_SLOTS - 1);
  for (;;) {
    const entry = table + <usize>slot * 12;
    const known = load<u32>(entry, 8);
    if (known == 0) break;
    if (load<u32>(entry) == a && load<u32>(entry, 4) == b) return <i32>known - 1;
    slot = (slot + 1) & <u32>(TEXT_SLOTS - 1);
  }
  const entry = table + <usize>slot * 12;
  store<u32>(entry, a);
  store<u32>(entry, b, 4);
  store<u32>(entry, <u32>id + 1, 8);
  return id;
}

/**
 * A free-text column's frequent values (profile/frequent-strings.ts FrequentStrings, capacity
 * FREE_CAPACITY), kept here while the column's batches are summarized by summarizeFreeTexts. The
 * same table, entry for entry: size, n, maxError and the arena's use; the open-addressing slots
 * (entry + 1); then each entry's hash pair, count, and where its key is: FREE_ARENA_KEY, `length`
 * UTF-16 code units at `start` in the table's arena (a copy made as the key came in), or
 * FREE_JS_KEY, JS's string number `start` (checks/kernel-free-texts.ts).
 */
const FREE_CAPACITY: i32 = 2048;
const FREE_SLOTS: i32 = 4096;
const FREE_ARENA_UNITS: i32 = 1 << 19;
const FREE_JS_KEY: u32 = 0;
const FREE_ARENA_KEY: u32 = 1;
const FREE_SIZE: usize = 0;
const FREE_N: usize = 8;
const FREE_MAX_ERROR: usize = 16;
const FREE_ARENA_USED: usize = 24;
const FREE_SLOT_AT: usize = 32;
const FREE_HASH_A: usize = FREE_SLOT_AT + <usize>FREE_SLOTS * 4;
const FREE_HASH_B: usize = FREE_HASH_A + <usize>FREE_CAPACITY * 4;
const FREE_COUNTS: usize = FREE_HASH_B + <usize>FREE_CAPACITY * 4;
const FREE_KINDS: usize = FREE_COUNTS + <usize>FREE_CAPACITY * 8;
const FREE_STARTS: usize = FREE_KINDS + <usize>FREE_CAPACITY * 4;
const FREE_LENGTHS: usize = FREE_STARTS + <usize>FREE_CAPACITY * 4;
/** Scratch for the reduction's order statistic: FREE_CAPACITY + 1 counts; then the arena. */
const FREE_SCRATCH: usize = FREE_LENGTHS + <usize>FREE_CAPACITY * 4;
const FREE_ARENA: usize = FREE_SCRATCH + <usize>(FREE_CAPACITY + 2) * 8;

let freeConsumed: i32 = 0;
let freeValid: i32 = 0;
let freeLengthSum: f64 = 0;
let freeLengthMin: i32 = 0;
let freeLengthMax: i32 = 0;

export function freeConsumedCount(): i32 {
  return freeConsumed;
}
export function freeValidCount(): i32 {
  return freeValid;
}
export function freeLengthTotal(): f64 {
  return freeLengthSum;
}
export function freeLengthLeast(): i32 {
  return freeLengthMin;
}
export function freeLengthMost(): i32 {
  return freeLengthMax;
}

/**
 * column-analyzer.ts consumeStrings' loop for a column with no value checks but length, on n cells
 * of the loaded text (`text`, and `wide` as hashTexts has them) that hashTexts just hashed. An
 * escaped cell's hashes were written by JS, with -1 - length as its end and, as its start, the
 * number of its string in JS. Missing cells (NA spellings by hash pair, at `na`: naCount pairs, none
 * longer than naMaxLength) and cells outside [minLength, maxLength] are written to `flags` as i * 2
 * and i * 2 + 1 for JS; every present cell goes to the frequent-values table at `table`
 * (FrequentStrings.addText) and, when new to it, to the HyperLogLog registers at `hll`. Returns the
 * number of flags. It stops before a new key its arena has no room for, even once compacted:
 * freeConsumedCount() is the number of cells done (n unless it stopped); the present cells' count
 * and lengths are read with freeValidCount() and the others.
 */
export function summarizeFreeTexts(n: i32, text: usize, wide: usize, hashA: usize, hashB: usize, starts: usize, ends: usize, table: usize, hll: usize, na: usize, naCount: i32, naMaxLength: i32, emptyIsNa: i32, minLength: i32, maxLength: i32, flags: usize): i32 {
  let flagged = 0;
  let valid = 0;
  let sum: f64 = 0;
  let least: i32 = i32.MAX_VALUE;
  let most: i32 = -1;
  let added = 0;
  let i = 0;
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const start = load<i32>(starts + o);
    const end = load<i32>(ends + o);
    const length = end >= 0 ? end - start : -1 - end;
    const a = load<u32>(hashA + o);
    const b = load<u32>(hashB + o);
    if (length == 0 ? emptyIsNa != 0 : length <= naMaxLength && isNaPair(na, naCount, a, b)) {
      store<i32>(flags + (<usize>flagged << 2), i << 1);
      flagged++;
      continue;
    }
    const entry = findFree(table, a, b);
    if (entry < 0 && end >= 0 && !arenaRoom(table, length)) break;
    valid++;
    sum += <f64>length;
    if (length < least) least = length;
    if (length > most) most = length;
    if (length < minLength || length > maxLength) {
      store<i32>(flags + (<usize>flagged << 2), (i << 1) | 1);
      flagged++;
    }
    added++;
    if (entry >= 0) {
      const count = table + FREE_COUNTS + (<usize>entry << 3);
      store<f64>(count, load<f64>(count) + 1);
      continue;
    }
    // FrequentStrings.addText for a new value: a full table is reduced first, the newcomer competing
    // with a weight of 1 (what is left of it, if anything, is kept)
    let weight: f64 = 1;
    if (load<i32>(table + FREE_SIZE) == FREE_CAPACITY) weight -= reduceFree(table, 1);
    if (weight > 0) {
      if (end >= 0) insertFree(table, a, b, weight, FREE_ARENA_KEY, copyKey(table, text, wide, start, length), length);
      else insertFree(table, a, b, weight, FREE_JS_KEY, start, length);
    }
    addToHll(hll, a);
  }
  store<f64>(table + FREE_N, load<f64>(table + FREE_N) + <f64>added);
  freeConsumed = i;
  freeValid = valid;
  freeLengthSum = sum;
  freeLengthMin = least;
  freeLengthMax = most;
  return flagged;
}

/** na-matcher.ts isMissingHashed's comparison: whether (a, b) is one of the count pairs at `na`. */
function isNaPair(na: usize, count: i32, a: u32, b: u32): bool {
  for (let k = 0; k < count; k++) {
    const p = na + (<usize>k << 3);
    if (load<u32>(p) == a && load<u32>(p, 4) == b) return true;
  }
  return false;
}

/** The entry holding hash pair (a, b), or -1. */
function findFree(table: usize, a: u32, b: u32): i32 {
  let slot = a & <u32>(FREE_SLOTS - 1);
  let entry = load<i32>(table + FREE_SLOT_AT + (<usize>slot << 2));
  while (entry != 0) {
    const o = <usize>(entry - 1) << 2;
    if (load<u32>(table + FREE_HASH_A + o) == a && load<u32>(table + FREE_HASH_B + o) == b) return entry - 1;
    slot = (slot + 1) & <u32>(FREE_SLOTS - 1);
    entry = load<i32>(table + FREE_SLOT_AT + (<usize>slot << 2));
  }
  return -1;
}

/** Whether the arena has room for a key of `length` code units, compacting it first if it must. */
function arenaRoom(table: usize, length: i32): bool {
  if (load<i32>(table + FREE_ARENA_USED) + length <= FREE_ARENA_UNITS) return true;
  // the arena's keys are in entry order (both only grow at the end, and reductions keep the order)
  const size = load<i32>(table + FREE_SIZE);
  let used = 0;
  for (let e = 0; e < size; e++) {
    const o = <usize>e << 2;
    if (load<u32>(table + FREE_KINDS + o) != FREE_ARENA_KEY) continue;
    const from = load<i32>(table + FREE_STARTS + o);
    const units = load<i32>(table + FREE_LENGTHS + o);
    if (from != used) memory.copy(table + FREE_ARENA + (<usize>used << 1), table + FREE_ARENA + (<usize>from << 1), <usize>units << 1);
    store<i32>(table + FREE_STARTS + o, used);
    used += units;
  }
  store<i32>(table + FREE_ARENA_USED, used);
  return used + length <= FREE_ARENA_UNITS;
}

/** Copies the code units of text[start, start + length) to the arena's end (arenaRoom said there is room); returns where. */
function copyKey(table: usize, text: usize, wide: usize, start: i32, length: i32): i32 {
  const at = load<i32>(table + FREE_ARENA_USED);
  const to = table + FREE_ARENA + (<usize>at << 1);
  if (wide != 0) memory.copy(to, wide + (<usize>start << 1), <usize>length << 1);
  else {
    // eight bytes widened at a time: the text's padding makes reading past its end safe, and the
    // slack after the arena (FREE_ARENA_SLACK in kernel/csv-kernel.ts) writing past the key's
    for (let k = 0; k < length; k += 8) v128.store(to + (<usize>k << 1), i16x8.extend_low_i8x16_u(v128.load64_zero(text + <usize>(start + k))));
  }
  store<i32>(table + FREE_ARENA_USED, at + length);
  return at;
}

function insertFree(table: usize, a: u32, b: u32, count: f64, kind: u32, start: i32, length: i32): void {
  const size = load<i32>(table + FREE_SIZE);
  let slot = a & <u32>(FREE_SLOTS - 1);
  while (load<i32>(table + FREE_SLOT_AT + (<usize>slot << 2)) != 0) slot = (slot + 1) & <u32>(FREE_SLOTS - 1);
  store<i32>(table + FREE_SLOT_AT + (<usize>slot << 2), size + 1);
  const o = <usize>size << 2;
  store<u32>(table + FREE_HASH_A + o, a);
  store<u32>(table + FREE_HASH_B + o, b);
  store<f64>(table + FREE_COUNTS + (o << 1), count);
  store<u32>(table + FREE_KINDS + o, kind);
  store<i32>(table + FREE_STARTS + o, start);
  store<i32>(table + FREE_LENGTHS + o, length);
  store<i32>(table + FREE_SIZE, size + 1);
}

/**
 * FrequentStrings.reduce: subtracts the (k+1)-th largest of the held counts and a newcomer's
 * `incoming` (k = FREE_CAPACITY / 2) from every count, drops those that reach 0 (keeping the
 * others' order) and rebuilds the slots. Returns the amount subtracted.
 */
function reduceFree(table: usize, incoming: f64): f64 {
  const size = load<i32>(table + FREE_SIZE);
  const scratch = table + FREE_SCRATCH;
  memory.copy(scratch, table + FREE_COUNTS, <usize>size << 3);
  store<f64>(scratch + (<usize>size << 3), incoming);
  const cut = selectKth(scratch, size + 1, size - (FREE_CAPACITY >> 1));
  store<f64>(table + FREE_MAX_ERROR, load<f64>(table + FREE_MAX_ERROR) + cut);
  let kept = 0;
  for (let i = 0; i < size; i++) {
    const o = <usize>i << 2;
    const c = load<f64>(table + FREE_COUNTS + (o << 1)) - cut;
    if (c <= 0) continue;
    const to = <usize>kept << 2;
    store<u32>(table + FREE_HASH_A + to, load<u32>(table + FREE_HASH_A + o));
    store<u32>(table + FREE_HASH_B + to, load<u32>(table + FREE_HASH_B + o));
    store<f64>(table + FREE_COUNTS + (to << 1), c);
    store<u32>(table + FREE_KINDS + to, load<u32>(table + FREE_KINDS + o));
    store<i32>(table + FREE_STARTS + to, load<i32>(table + FREE_STARTS + o));
    store<i32>(table + FREE_LENGTHS + to, load<i32>(table + FREE_LENGTHS + o));
    kept++;
  }
  store<i32>(table + FREE_SIZE, kept);
  rebuildFreeSlots(table);
  return cut;
}

/** Refills a free-text table's slots from its entries (after a reduction, or entries JS wrote). */
export function rebuildFreeSlots(table: usize): void {
  memory.fill(table + FREE_SLOT_AT, 0, <usize>FREE_SLOTS << 2);
  const size = load<i32>(table + FREE_SIZE);
  for (let i = 0; i < size; i++) {
    let slot = load<u32>(table + FREE_HASH_A + (<usize>i << 2)) & <u32>(FREE_SLOTS - 1);
    while (load<i32>(table + FREE_SLOT_AT + (<usize>slot << 2)) != 0) slot = (slot + 1) & <u32>(FREE_SLOTS - 1);
    store<i32>(table + FREE_SLOT_AT + (<usize>slot << 2), i + 1);
  }
}

/** profile/select-kth.ts selectKth on the n doubles at `a` (reordered): the value at index k once sorted. */
function selectKth(a: usize, n: i32, k: i32): f64 {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if (at(a, mid) < at(a, lo)) swap(a, lo, mid);
    if (at(a, hi) < at(a, lo)) swap(a, lo, hi);
    if (at(a, hi) < at(a, mid)) swap(a, mid, hi);
    const pivot = at(a, mid);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (at(a, i) < pivot) i++;
      while (at(a, j) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return at(a, k);
  }
  return at(a, k);
}

@inline
function at(a: usize, i: i32): f64 {
  return load<f64>(a + (<usize>i << 3));
}

@inline
function swap(a: usize, i: i32, j: i32): void {
  const t = at(a, i);
  store<f64>(a + (<usize>i << 3), at(a, j));
  store<f64>(a + (<usize>j << 3), t);
}

/**
 * Row hashes (part-analyzer.ts fold): acc = step(acc, cell hash) for one column's n cell hashes,
 * four rows at a time; with first set, acc starts from the seed, with last set it is finalized.
 */
export function foldColumn(accA: usize, accB: usize, cellA: usize, cellB: usize, n: i32, first: i32, last: i32): void {
  const seedA = i32x4.splat(SEED_A);
  const seedB = i32x4.splat(SEED_B);
  const five = i32x4.splat(5);
  const add = i32x4.splat(0xe6546b64);
  // the accumulators are padded to a multiple of four rows: the last lanes hash garbage, unread
  for (let i = 0; i < n; i += 4) {
    const o = <usize>i << 2;
    let a = first != 0 ? seedA : v128.load(accA + o);
    let b = first != 0 ? seedB : v128.load(accB + o);
    a = v128.xor(a, v128.load(cellA + o));
    b = v128.xor(b, v128.load(cellB + o));
    a = i32x4.add(i32x4.mul(v128.or(i32x4.shl(a, 13), i32x4.shr_u(a, 19)), five), add);
    b = i32x4.add(i32x4.mul(v128.or(i32x4.shl(b, 13), i32x4.shr_u(b, 19)), five), add);
    if (last != 0) {
      a = fmix4(a);
      b = fmix4(b);
    }
    v128.store(accA + o, a);
    v128.store(accB + o, b);
  }
}

/** The seeds finalized, for a fold of no columns (fmix(seed)), four rows at a time. */
export function foldEmpty(accA: usize, accB: usize, n: i32): void {
  for (let i = 0; i < n; i += 4) {
    v128.store(accA + (<usize>i << 2), fmix4(i32x4.splat(SEED_A)));
    v128.store(accB + (<usize>i << 2), fmix4(i32x4.splat(SEED_B)));
  }
}

// ---------------------------------------------------------------------------------------------
// Hash records (hash/record-log.ts)

/** record-log.ts: 64 partitions by the top 6 bits of a record's hash A. */
const PARTITION_SHIFT: u32 = 26;
const PARTITIONS: i32 = 64;

/**
 * Groups the hash records of n rows by partition, keeping their order within each: record i is
 * [a[i], b[i], first + i], then c[i], d[i] when width is 5; with `states` non-zero, only rows whose
 * state byte is `keep` make one. Writes them to `out` (u32) and where each partition's words start
 * there to `starts` (65 u32, the last one the end); `cursors` is 64 u32 of scratch. Returns the
 * number of records. What RecordLog.push does one record at a time, without its per-record checks.
 */
export function partitionRecords(n: i32, width: i32, a: usize, b: usize, c: usize, d: usize, states: usize, keep: i32, first: i32, out: usize, starts: usize, cursors: usize): i32 {
  memory.fill(cursors, 0, PARTITIONS * 4);
  for (let i = 0; i < n; i++) {
    if (states != 0 && <i32>load<u8>(states + <usize>i) != keep) continue;
    const slot = cursors + (<usize>(load<u32>(a + (<usize>i << 2)) >>> PARTITION_SHIFT) << 2);
    store<u32>(slot, load<u32>(slot) + 1);
  }
  let sum: u32 = 0;
  for (let p = 0; p < PARTITIONS; p++) {
    const slot = cursors + (<usize>p << 2);
    const count = load<u32>(slot);
    store<u32>(starts + (<usize>p << 2), sum);
    store<u32>(slot, sum);
    sum += count * <u32>width;
  }
  store<u32>(starts + (<usize>PARTITIONS << 2), sum);
  for (let i = 0; i < n; i++) {
    if (states != 0 && <i32>load<u8>(states + <usize>i) != keep) continue;
    const o = <usize>i << 2;
    const h = load<u32>(a + o);
    const slot = cursors + (<usize>(h >>> PARTITION_SHIFT) << 2);
    const at = load<u32>(slot);
    store<u32>(slot, at + <u32>width);
    const record = out + (<usize>at << 2);
    store<u32>(record, h);
    store<u32>(record, load<u32>(b + o), 4);
    store<u32>(record, <u32>(first + i), 8);
    if (width == 5) {
      store<u32>(record, load<u32>(c + o), 12);
      store<u32>(record, load<u32>(d + o), 16);
    }
  }
  return <i32>(sum / <u32>width);
}

// ---------------------------------------------------------------------------------------------
// Sorting (profile/radix-sort.ts, for the quantile sketch's runs)

/**
 * Sorts n doubles (no NaN) ascending in place: LSD radix sort on order-preserving 64-bit keys,
 * eight passes of one byte, skipping a pass whose byte is the same in every key (most are, for
 * integers and dates). keys and tmp hold n u64 each; counts 8 x 256 u32. -0 sorts as +0.
 */
export function sortFloat64(values: usize, n: i32, keys: usize, tmp: usize, counts: usize): void {
  memory.fill(counts, 0, 8 * 256 * 4);
  for (let i = 0; i < n; i++) {
    const x = load<f64>(values + (<usize>i << 3));
    const bits = reinterpret<u64>(x == 0 ? 0.0 : x);
    // flip every bit of a negative number, only the sign bit of a positive one
    const key = bits ^ (<u64>(<i64>bits >> 63) | 0x8000000000000000);
    store<u64>(keys + (<usize>i << 3), key);
    for (let b = 0; b < 8; b++) {
      const slot = counts + ((<usize>b << 8) + <usize>((key >> (<u64>b << 3)) & 255)) * 4;
      store<u32>(slot, load<u32>(slot) + 1);
    }
  }
  let src = keys;
  let dst = tmp;
  for (let b = 0; b < 8; b++) {
    const table = counts + (<usize>b << 10);
    const shift = <u64>b << 3;
    if (load<u32>(table + <usize>((load<u64>(src) >> shift) & 255) * 4) == <u32>n) continue;
    let sum: u32 = 0;
    for (let d = 0; d < 256; d++) {
      const c = load<u32>(table + (<usize>d << 2));
      store<u32>(table + (<usize>d << 2), sum);
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = load<u64>(src + (<usize>i << 3));
      const slot = table + <usize>((key >> shift) & 255) * 4;
      const at = load<u32>(slot);
      store<u32>(slot, at + 1);
      store<u64>(dst + (<usize>at << 3), key);
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) {
    const key = load<u64>(src + (<usize>i << 3));
    // the inverse of the key map: a set top bit marks a positive number
    const bits = (key >> 63) != 0 ? key ^ 0x8000000000000000 : ~key;
    store<f64>(values + (<usize>i << 3), reinterpret<f64>(bits));
  }
}

export function heapBase(): usize {
  return __heap_base;
}
