import type { FrequentEntries, FrequentHolder, FrequentStrings } from '../profile/frequent-strings.js';
import { hashTextInto } from '../hash/cell-hash.js';
import { FREE_ARENA_KEY, FREE_CAPACITY, csvKernel, type FreeTextSummary } from '../kernel/csv-kernel.js';
import type { TextCells } from '../readers/csv/text-cells.js';
import type { NaMatcher } from '../values/na-matcher.js';

/**
 * A free-text column's frequent-values table while the CSV kernel adds its cells
 * (wasm/csv-kernel.ts summarizeFreeTexts): the column's FrequentStrings is lent to it, and given
 * back as soon as anything else uses it (profile/frequent-strings.ts lend).
 *
 * Why: a column of mostly distinct values (comments, names) makes a new key of most cells, and
 * most keys are dropped again at the next reduction of the Misra-Gries table. In JS that was a
 * string per new key and the table's work per cell: ~0.35 s of CPU for the comment column of the
 * UTF-8 bench file (3M rows, ~1.5M distinct values), ~0.2 s in the kernel (CPU profiles of both). The
 * kernel copies a new key's code units into its table's arena instead; strings are made only of the
 * keys held when the table is given back. Keys that were strings already (the table as lent,
 * escaped cells) stay JS strings: `strings`, which the kernel's entries name by number.
 */
export class KernelFreeTexts implements FrequentHolder {
  /** The kernel's table, -1 for none yet. */
  private table = -1;
  private lentFrom: FrequentStrings | undefined;
  /** Keys the kernel names by number (FREE_JS_KEY). */
  private strings: string[] = [];

  /**
   * Hands column `index` of a batch to the kernel, hashed by hashTexts just before into hashA/hashB
   * (this hashes its escaped cells there): its cells go to `frequent` and HyperLogLog slot `hll`.
   * Undefined when the kernel has no table free or cannot take the column (the caller's loop then
   * does everything); a summary of fewer cells than n when a key did not fit the kernel's arena.
   */
  summarize(frequent: FrequentStrings, hll: number, t: TextCells, index: number, n: number, hashA: Uint32Array, hashB: Uint32Array, na: NaMatcher, minLength: number, maxLength: number): FreeTextSummary | undefined {
    const kernel = csvKernel()!;
    if (frequent.capacity !== FREE_CAPACITY || !this.takeTable()) return undefined;
    if (!frequent.lentTo(this)) {
      const entries = frequent.lend(this);
      this.lentFrom = frequent;
      this.strings = entries.keys.slice(0, entries.size);
      kernel.loadFreeTexts(this.table, entries.size, entries.n, entries.maxError, entries.hashA, entries.hashB, entries.counts, this.strings.map((key) => key.length));
    } else if (this.strings.length > 2 * FREE_CAPACITY) {
      this.dropUnnamedStrings();
    }
    if (t.escaped.length > 0) {
      const starts = t.starts[index];
      const ends = t.ends[index];
      for (let i = 0; i < n; i++) {
        if (ends[i] >= 0) continue;
        const value = t.escaped[starts[i]];
        hashTextInto(value, 0, value.length, hashA, hashB, i);
        if (!kernel.setEscapedCell(n, i, hashA[i], hashB[i], value.length, this.strings.length)) return undefined;
        this.strings.push(value);
      }
    }
    return kernel.summarizeFreeTexts(n, this.table, hll, na.hashPairs(), minLength, maxLength);
  }

  /** Takes a table in the kernel unless held already; false when all are taken. */
  takeTable(): boolean {
    if (this.table < 0) this.table = csvKernel()!.takeFreeTexts();
    return this.table >= 0;
  }

  /** Gives the table's entries back to the FrequentStrings they came from (its lend). */
  giveBack(): void {
    const frequent = this.lentFrom;
    if (!frequent) return;
    const kernel = csvKernel()!;
    const e = kernel.freeTextEntries(this.table);
    const keys = new Array<string>(e.size);
    for (let i = 0; i < e.size; i++) keys[i] = e.kinds[i] === FREE_ARENA_KEY ? kernel.arenaKey(this.table, e.starts[i], e.lengths[i]) : this.strings[e.starts[i]];
    const entries: FrequentEntries = { size: e.size, keys, hashA: e.hashA, hashB: e.hashB, counts: e.counts, n: e.n, maxError: e.maxError };
    this.lentFrom = undefined;
    this.strings = [];
    frequent.restore(entries);
  }

  /** Gives back the entries and the kernel's table. */
  release(): void {
    if (this.lentFrom?.lentTo(this)) this.giveBack();
    this.lentFrom = undefined;
    if (this.table >= 0) csvKernel()!.releaseFreeTexts(this.table);
    this.table = -1;
  }

  /** Drops the strings no entry names any more (escaped cells' values pile up as the table reduces). */
  private dropUnnamedStrings(): void {
    const e = csvKernel()!.freeTextEntries(this.table);
    const strings: string[] = [];
    for (let i = 0; i < e.size; i++) {
      if (e.kinds[i] === FREE_ARENA_KEY) continue;
      e.starts[i] = strings.push(this.strings[e.starts[i]]) - 1;
    }
    this.strings = strings;
  }
}
