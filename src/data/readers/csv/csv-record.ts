/**
 * A simple, general record parser: one record at a time, any number of fields. It defines the
 * dialect (see csv-parser.ts) for the places where speed does not matter — the header, and
 * re-reading one row to describe an error — and must agree with the fast parser on every input.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** One parsed record. */
export interface CsvRecord {
  kind: 'record';
  fields: string[];
  /** Position in the text where each field starts (at its opening quote, if quoted). */
  starts: number[];
  /** Position after the record's line break (or the end of the text). */
  next: number;
  /** Line breaks inside quoted fields (the record spans 1 + newlines lines). */
  newlines: number;
}

/** The text ended inside the record and more text may follow. */
export interface IncompleteRecord {
  kind: 'incomplete';
  /** Fields seen so far, the last one possibly cut short, with their start positions. */
  fields: string[];
  starts: number[];
}

/** The text ended inside a quoted field that opened at `quoteAt`. */
export interface UnterminatedRecord {
  kind: 'unterminated';
  quoteAt: number;
}

/**
 * Parses the record starting at `pos` of `s`. With `final` false, a record that runs to the end of
 * the text is incomplete (its line break may be in the next chunk).
 */
export function parseRecord(s: string, pos: number, final: boolean, delimiterCode: number): CsvRecord | IncompleteRecord | UnterminatedRecord {
  const len = s.length;
  const fields: string[] = [];
  const starts: number[] = [];
  let newlines = 0;
  let i = pos;
  for (;;) {
    starts.push(i);
    let value = '';
    if (i < len && s.charCodeAt(i) === QUOTE) {
      let q = i + 1;
      for (;;) {
        const close = s.indexOf('"', q);
        if (close === -1 || (close + 1 >= len && !final)) {
          if (close === -1 && final) return { kind: 'unterminated', quoteAt: i };
          fields.push(value + s.slice(q));
          return { kind: 'incomplete', fields, starts };
        }
        newlines += countLineFeeds(s, q, close);
        if (s.charCodeAt(close + 1) === QUOTE) {
          value += s.slice(q, close + 1);
          q = close + 2;
          continue;
        }
        value += s.slice(q, close);
        i = close + 1;
        break;
      }
    }
    // unquoted text, or lenient text after a closing quote, runs to a delimiter or line break
    let j = i;
    while (j < len) {
      const ch = s.charCodeAt(j);
      if (ch === delimiterCode || ch === LF) break;
      j++;
    }
    if (j >= len && !final) {
      fields.push(value + s.slice(i, j));
      return { kind: 'incomplete', fields, starts };
    }
    if (j < len && s.charCodeAt(j) === delimiterCode) {
      fields.push(value + s.slice(i, j));
      i = j + 1;
      continue;
    }
    // end of record: a CR before the LF (or before the end of the text) belongs to the line break
    const end = j > i && s.charCodeAt(j - 1) === CR ? j - 1 : j;
    fields.push(value + s.slice(i, end));
    return { kind: 'record', fields, starts, next: j < len ? j + 1 : len, newlines };
  }
}

/** Number of '\n' in s[from, to). */
export function countLineFeeds(s: string, from: number, to: number): number {
  // bounded loop, not indexOf: indexOf would scan past `to` to the end of a multi-MB chunk
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === LF) n++;
  return n;
}

/** 1-based column (in characters) of position `pos`, counted from the line break before it. */
export function columnAt(s: string, pos: number): number {
  return pos - (s.lastIndexOf('\n', pos - 1) + 1) + 1;
}
