/**
 * Reads a byte range of a file as a sequence of large JS strings, carrying whatever the caller did
 * not consume (an incomplete row) over to the next string.
 *
 * Why this shape: the CSV parser's speed comes from running String.indexOf/slice over one big,
 * flat string, so each chunk is decoded once (not per line) and unconsumed bytes are moved in the
 * byte buffer rather than concatenated as strings (which would hand the parser a ConsString).
 * Pure-ASCII chunks — the common case — are decoded as latin1, which is ~5x faster than UTF-8
 * decoding and gives the same string; other chunks are validated with buffer.isUtf8, and only an
 * invalid chunk pays for a JS scan that finds the exact bad byte. A NUL byte ends the text the same
 * way (found by memchr, once per chunk): it has no place in a text file, and is reported, not read.
 * A caller with a faster UTF-8 decoder that holds the text itself (the CSV kernel) gets such blocks
 * as a LazyText: the string is made only if something reads it whole.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { firstInvalidUtf8, incompleteUtf8Tail } from './utf8.js';
import type { LazyDecoder, LazyText } from './lazy-text.js';

/**
 * Default number of bytes read per chunk: 120 KiB, so that a chunk's string (with a carried-over
 * partial row) stays under V8's largest regular heap object (128 KiB) and is made in the young
 * generation. Larger chunks measured worse: Node copies a latin1 string over 1 MiB into a malloc'd
 * external string, and glibc kept ~40-50 MB of those freed copies at peak on a 1 GB file (peak RSS
 * 247 MB against 174 MB now); between 128 KiB and 1 MiB each string is a fresh large-object page,
 * whose page faults cost more system time than the per-chunk overhead saved.
 */
export const DEFAULT_CHUNK_BYTES = 120 * 1024;

/**
 * The most new bytes of UTF-8 text (not pure ASCII) decoded into one string: 60 KiB. Such text
 * becomes a two-byte string as soon as one character is above U+00FF, two bytes per character, and
 * a string over 128 KiB is a large object of its own (outside V8's young generation): decoding
 * 120 KiB chunks of the benchmark's UTF-8 file measured ~10x slower per byte than 60 KiB ones.
 * A LazyDecoder's blocks (no string unless asked for) take a whole chunk, if larger.
 */
const MAX_UTF8_DECODE = 60 * 1024;

/** One decoded piece of the range. */
export interface TextBlock {
  /** Unconsumed text from the previous block followed by newly read text (made now unless `lazy`). */
  readonly text: string;
  /** text.length. */
  readonly length: number;
  /** Set when the block was decoded by the LazyDecoder: reading `text` makes the string then. */
  readonly lazy?: LazyText;
  /** True when `text` reaches the end of the range: whatever the caller leaves is incomplete. */
  final: boolean;
  /**
   * Set when the bytes right after `text` are not valid UTF-8: `text` stops before them, and the
   * caller should consume what it can and then report the error at `byteOffset` (absolute).
   */
  invalidUtf8?: { byteOffset: number };
  /**
   * Set when the byte right after `text` is a NUL (0x00): as for invalidUtf8, `text` stops before
   * it and the caller reports it, at `byteOffset` (absolute), after consuming what it can. A NUL in
   * a text file means a truncated write (a file padded with zeros) or a binary file.
   */
  nulByte?: { byteOffset: number };
  /**
   * When `text` is pure ASCII: its bytes (byte i is character i). Valid only until the next call
   * of `next()`, which reuses the buffer.
   */
  ascii?: Uint8Array;
}

/** Sequential reader of the bytes [start, end) of an open file as text blocks. */
export class TextReader {
  private buf: Buffer;
  /** Bytes held in buf, starting at file offset `base`. */
  private held = 0;
  private base: number;
  /** Next file offset to read from. */
  private readPos: number;
  /** Bytes of buf (from 0) that the current text was decoded from. */
  private decodedBytes = 0;
  /** The current text: a string, or a LazyText. */
  private text: string | LazyText = '';
  private textIsAscii = true;
  private started = false;

  /**
   * @param handle open file
   * @param start first byte of the range; a UTF-8 BOM is skipped only when start is 0
   * @param end byte after the range (file size for the whole file)
   * @param chunkBytes bytes to read per block
   * @param onRead sees every byte of the range once, in order, as read (a running file digest)
   * @param lazyDecoder decodes well-formed UTF-8 (not pure ASCII) faster than Node, into memory of
   *   its own: the CSV kernel's (csv-kernel.ts decodeUtf8), which keeps the text loaded for the parser
   */
  constructor(
    private readonly handle: FileHandle,
    start: number,
    private readonly end: number,
    private readonly chunkBytes: number = DEFAULT_CHUNK_BYTES,
    private readonly onRead?: (bytes: Uint8Array) => void,
    private readonly lazyDecoder?: LazyDecoder,
  ) {
    this.base = start;
    this.readPos = start;
    this.buf = Buffer.allocUnsafeSlow(Math.max(1024, Math.min(chunkBytes, end - start + 4)));
  }

  /** Absolute file offset of character `chars` of the last block's text. */
  offsetOf(chars: number): number {
    if (this.textIsAscii) return this.base + chars;
    const text = this.text;
    const rest = typeof text === 'string' ? Buffer.byteLength(text.slice(chars), 'utf8') : text.utf8Length(chars);
    return this.base + this.decodedBytes - rest;
  }

  /**
   * Returns the next block. `consumed` is how many characters of the previous block's text the
   * caller has used up; the rest is kept and comes first in the new block. Returns null when the
   * range is exhausted and nothing is left over.
   */
  // eslint-disable-next-line @typescript-eslint/require-await -- reads synchronously (below) behind the readers' async interface
  async next(consumed = 0): Promise<TextBlock | null> {
    // bytes the caller saw in the last block and left (they come first again)
    let carried = 0;
    if (this.started) {
      const used = this.offsetOf(consumed) - this.base;
      carried = this.decodedBytes - used;
      if (used > 0) {
        this.buf.copyWithin(0, used, this.held);
        this.held -= used;
        this.base += used;
      }
    }
    this.started = true;
    if (this.readPos >= this.end && this.held === 0) return null;

    // a UTF-8 block may have left read bytes undecoded: read more only when they run short
    const lazy = this.lazyDecoder?.active() === true;
    const utf8Most = lazy ? Math.max(this.chunkBytes, MAX_UTF8_DECODE) : MAX_UTF8_DECODE;
    const want = this.held - carried >= utf8Most ? 0 : Math.min(this.chunkBytes, this.end - this.readPos);
    if (this.held + want > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.held + want, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.held);
      this.buf = bigger;
    }
    let got = 0;
    while (got < want) {
      // Synchronous on purpose: a promise read of each 120 KiB chunk cost a 125 MB range ~0.14 s of
      // a 2.4 s run (a thread-pool round trip per chunk). The readers run alone on their thread
      // (a worker, or the CLI's main thread), so blocking it between chunks delays nothing.
      const bytesRead = readSync(this.handle.fd, this.buf, this.held + got, want - got, this.readPos + got);
      if (bytesRead === 0) break; // the file shrank while we read it: treat as its end
      got += bytesRead;
    }
    this.onRead?.(this.buf.subarray(this.held, this.held + got));
    this.readPos += got;
    this.held += got;
    const final = got < want || this.readPos >= this.end;

    if (this.base === 0 && this.held >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      // strip the UTF-8 byte order mark that Excel writes
      this.buf.copyWithin(0, 3, this.held);
      this.held -= 3;
      this.base = 3;
    }

    let decodeEnd = final ? this.held : this.held - incompleteUtf8Tail(this.buf, this.held);
    // a block of at most a chunk of new bytes, utf8Most of UTF-8 (ending on a character); twice
    // what the caller left, at least, so that a row longer than that is read in linear time
    const allAscii = isAscii(this.buf.subarray(0, decodeEnd));
    const most = Math.max(carried + (allAscii ? this.chunkBytes : utf8Most), 2 * carried);
    if (decodeEnd > most) decodeEnd = most - (allAscii ? 0 : incompleteUtf8Tail(this.buf, most));
    let nulByte: TextBlock['nulByte'];
    const nul = this.buf.subarray(0, decodeEnd).indexOf(0);
    if (nul >= 0) {
      decodeEnd = nul;
      nulByte = { byteOffset: this.base + nul };
    }
    let invalidUtf8: TextBlock['invalidUtf8'];
    const bytes = this.buf.subarray(0, decodeEnd);
    if (allAscii || isAscii(bytes)) {
      this.textIsAscii = true;
      this.text = this.buf.toString('latin1', 0, decodeEnd);
    } else {
      if (!isUtf8(bytes)) {
        const bad = firstInvalidUtf8(this.buf, 0, decodeEnd);
        decodeEnd = bad < 0 ? decodeEnd : bad;
        invalidUtf8 = { byteOffset: this.base + decodeEnd };
        nulByte = undefined; // the invalid byte comes first
      }
      this.textIsAscii = isAscii(this.buf.subarray(0, decodeEnd));
      if (this.textIsAscii) this.text = this.buf.toString('latin1', 0, decodeEnd);
      else this.text = lazy ? this.lazyDecoder.decode(this.buf.subarray(0, decodeEnd)) : this.buf.toString('utf8', 0, decodeEnd);
    }
    this.decodedBytes = decodeEnd;
    const ascii = this.textIsAscii ? this.buf.subarray(0, decodeEnd) : undefined;
    const blockFinal = final && !invalidUtf8 && !nulByte && decodeEnd === this.held;
    const text = this.text;
    if (typeof text === 'string') return { text, length: text.length, final: blockFinal, invalidUtf8, nulByte, ascii };
    return {
      get text() {
        return text.string();
      },
      length: text.length,
      lazy: text,
      final: blockFinal,
      invalidUtf8,
      nulByte,
    };
  }
}
