/** Recognises missing cells: null/undefined, and the NA spellings of text formats ('' and NA, ...). */
export class NaMatcher {
  private readonly maxLength: number;
  private readonly emptyIsNa: boolean;
  /** First characters of the NA spellings: most cells are rejected by one array read. */
  private readonly first = new Uint8Array(65536);
  private readonly spellings: string[];

  constructor(private readonly values: Set<string>) {
    this.maxLength = Math.max(0, ...[...values].map((s) => s.length));
    this.emptyIsNa = values.has('');
    this.spellings = [...values].filter((na) => na.length > 0);
    for (const na of values) if (na.length > 0) this.first[na.charCodeAt(0)] = 1;
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
