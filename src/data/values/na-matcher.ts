import { hashStringPair, pair } from '../hash/cell-hash.js';

/** Recognises missing cells: null/undefined, and the NA spellings of text formats ('' and NA, ...). */
export class NaMatcher {
  private readonly maxLength: number;
  private readonly emptyIsNa: boolean;
  /** First characters of the NA spellings: most cells are rejected by one array read. */
  private readonly first = new Uint8Array(65536);
  private readonly spellings: string[];

  /** The spellings' cell hashes (cell-hash.ts), and a filter on the low byte of half A. */
  private readonly hashA: Uint32Array;
  private readonly hashB: Uint32Array;
  private readonly hashFilter = new Uint8Array(256);

  constructor(private readonly values: Set<string>) {
    this.maxLength = Math.max(0, ...[...values].map((s) => s.length));
    this.emptyIsNa = values.has('');
    this.spellings = [...values].filter((na) => na.length > 0);
    for (const na of values) if (na.length > 0) this.first[na.charCodeAt(0)] = 1;
    this.hashA = new Uint32Array(this.spellings.length);
    this.hashB = new Uint32Array(this.spellings.length);
    this.spellings.forEach((na, k) => {
      this.hashA[k] = hashStringPair(na);
      this.hashB[k] = pair.b;
      this.hashFilter[this.hashA[k] & 255] = 1;
    });
  }

  /**
   * isMissingText for a cell of `length` characters whose 64-bit cell hash is (a, b), already
   * computed: no read of the text at all (reading a cell's first character is a cache miss per
   * row); a hash is told from an NA spelling's with the odds the
   * unique and duplicate checks accept (2^-64 per cell and spelling).
   */
  isMissingHashed(a: number, b: number, length: number): boolean {
    if (length === 0) return this.emptyIsNa;
    if (length > this.maxLength || this.hashFilter[a & 255] === 0) return false;
    for (let k = 0; k < this.hashA.length; k++) if (this.hashA[k] === a && this.hashB[k] === b) return true;
    return false;
  }

  /**
   * isMissing for the cell text[start, end), without making a string of it (text-cells.ts): a cell
   * that passes the first-character and length tests (a country code `NL` against `NA`) is compared
   * in place with the few spellings.
   */
  isMissingText(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n === 0) return this.emptyIsNa;
    if (n > this.maxLength || this.first[text.charCodeAt(start)] !== 1) return false;
    for (const na of this.spellings) {
      if (na.length !== n) continue;
      let i = 0;
      while (i < n && na.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === n) return true;
    }
    return false;
  }

  /** The non-empty spellings' cell hashes, for the CSV kernel's isMissingHashed (summarizeFreeTexts). */
  hashPairs(): { a: Uint32Array; b: Uint32Array; maxLength: number; emptyIsNa: boolean } {
    return { a: this.hashA, b: this.hashB, maxLength: this.maxLength, emptyIsNa: this.emptyIsNa };
  }

  /** The non-empty NA spellings. */
  spellingList(): readonly string[] {
    return this.spellings;
  }

  isMissing(v: unknown): boolean {
    if (typeof v === 'string') {
      const n = v.length;
      if (n === 0) return this.emptyIsNa;
      return n <= this.maxLength && this.first[v.charCodeAt(0)] === 1 && this.values.has(v);
    }
    return v === null || v === undefined;
  }
}
