/**
 * Finding safe places to split a CSV file for parallel parsing.
 *
 * A line break is a row boundary only outside quoted fields, and whether a byte is inside quotes
 * depends on everything before it, so one sequential pass is unavoidable. It is kept cheap by
 * hopping from quote to quote (and, near a split point, to the next line break) with
 * Buffer.indexOf, which is native memchr: a file with few quotes is scanned at memory speed.
 * Line breaks are counted the same way so every range knows its absolute first line.
 *
 * The quote rules are those of the parser (csv-parser.ts): a quote opens a quoted field only at
 * the start of a field (right after a delimiter or a line feed, or at the start of the data); in a
 * quoted field `""` is an escaped quote and any other quote closes it; every other quote is data.
 * Parity counting alone would be fooled by such literal quotes (`5" disk`).
 */
import type { FileHandle } from 'node:fs/promises';

const QUOTE = 34;
const LF = 10;

/** A row boundary found for one split target. */
export interface RowBoundary {
  /** Byte offset where a row starts (or the end of the file). */
  offset: number;
  /** Line feeds in [dataStart, offset), quoted ones included. */
  lineFeeds: number;
}

/**
 * For each target offset (ascending, within [dataStart, end)), the first row start after it.
 * `dataStart` must itself be a row start outside quotes (the byte after the header).
 */
export async function findRowBoundaries(
  handle: FileHandle,
  dataStart: number,
  end: number,
  targets: number[],
  delimiterCode: number,
  chunkBytes: number,
): Promise<RowBoundary[]> {
  const found: RowBoundary[] = [];
  const buf = Buffer.allocUnsafeSlow(Math.max(2, Math.min(chunkBytes, end - dataStart) + 1));
  let inQuote = false;
  let pos = dataStart; // next byte to examine (absolute)
  let counted = dataStart; // line feeds before this offset are in lineFeeds
  let lineFeeds = 0;
  let ti = 0;

  while (ti < targets.length && pos < end) {
    // keep one byte before pos, to see what precedes a quote at pos
    const base = pos > dataStart ? pos - 1 : pos;
    const want = Math.min(buf.length, end - base);
    let n = 0;
    while (n < want) {
      const { bytesRead } = await handle.read(buf, n, want - n, base + n);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n === 0) break;
    const view = buf.subarray(0, n);
    const limit = base + n;
    const atEnd = limit >= end;
    // a quote at the last byte of a chunk needs the next byte to tell "" from a closing quote
    const stop = atEnd ? limit : limit - 1;

    const countTo = (to: number): void => {
      let i = view.indexOf(LF, counted - base);
      while (i !== -1 && i + base < to) {
        lineFeeds++;
        i = view.indexOf(LF, i + 1);
      }
      counted = to;
    };

    while (pos < stop && ti < targets.length) {
      if (inQuote) {
        const q = view.indexOf(QUOTE, pos - base);
        if (q === -1 || q + base >= stop) {
          pos = stop;
          break;
        }
        if (q + 1 < n && view[q + 1] === QUOTE) {
          pos = q + base + 2;
        } else {
          inQuote = false;
          pos = q + base + 1;
        }
        continue;
      }
      const target = targets[ti];
      const qLocal = view.indexOf(QUOTE, pos - base);
      const q = qLocal === -1 || qLocal + base >= stop ? -1 : qLocal + base;
      if (pos >= target) {
        // outside quotes past the target: the next line feed before any quote ends a row
        const nlLocal = view.indexOf(LF, pos - base);
        const nl = nlLocal === -1 || nlLocal + base >= stop ? -1 : nlLocal + base;
        if (nl !== -1 && (q === -1 || nl < q)) {
          countTo(nl + 1);
          while (ti < targets.length && targets[ti] <= nl) {
            found.push({ offset: nl + 1, lineFeeds });
            ti++;
          }
          pos = nl + 1;
          continue;
        }
      } else if (q === -1 || q >= target) {
        pos = Math.min(target, stop);
        continue;
      }
      if (q === -1) {
        pos = stop;
        break;
      }
      const before = q === dataStart ? LF : view[q - base - 1];
      if (before === delimiterCode || before === LF) inQuote = true;
      pos = q + 1;
    }
    if (ti < targets.length) countTo(Math.min(Math.max(pos, counted), stop));
  }
  // targets never reached (only when the data ends inside them) map to the end of the file
  while (ti < targets.length) {
    found.push({ offset: end, lineFeeds });
    ti++;
  }
  return found;
}
