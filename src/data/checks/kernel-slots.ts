import type { FrequentStrings } from '../profile/frequent-strings.js';
import { TEXT_IDS, csvKernel, type FreeTextSummary, type TextSummary } from '../kernel/csv-kernel.js';
import type { NaMatcher } from '../values/na-matcher.js';
import type { TextCells } from '../readers/csv/text-cells.js';
import { KernelFreeTexts } from './kernel-free-texts.js';

/**
 * What one column holds in this thread's CSV kernel (kernel/csv-kernel.ts): HyperLogLog registers
 * for the number cells the kernel profiles, a table of the text values it counts by itself, or the
 * frequent-values table of a free-text column it adds every cell to (kernel-free-texts.ts). A
 * column analyzer takes them as it needs them and gives them back when its part ends (toState,
 * close); should an analyzer be dropped without either (a failed read), the registry below does.
 */
export class KernelSlots {
  /** The HyperLogLog registers' slot, -1 for none. */
  hll = -1;
  /** The text table, -1 for none yet, -2 once the column stopped asking for one. */
  private texts = -1;
  /** The text table's values by id: text and hash pair. */
  private known: { texts: string[]; a: number[]; b: number[] } = { texts: [], a: [], b: [] };
  /** The free-text table, once asked for; null once the column stopped asking. */
  private free: KernelFreeTexts | undefined | null;

  /** Slots of `owner`, given back when it is collected (this object must not refer to it). */
  constructor(owner: object) {
    dropped.register(owner, this);
  }

  /** Takes HyperLogLog registers unless held already; false when the kernel has none free. */
  takeHll(): boolean {
    if (this.hll >= 0) return true;
    this.hll = csvKernel()!.takeHll();
    return this.hll >= 0;
  }

  /**
   * The kernel's text summary of a column's batch that hashTexts just hashed: counts of the cells
   * holding a known value (learn), and the other cells flagged. Undefined when every cell must go
   * through the caller's loop: the column's frequent values are no longer exact, or could stop being
   * so in this batch (counts added per value after the flagged cells must come to what adding cell
   * by cell gives), or the column stopped asking.
   */
  textSummary(n: number, frequent: FrequentStrings): TextSummary | undefined {
    if (this.texts === -2) return undefined;
    if (!frequent.exact) {
      this.stopTexts();
      return undefined;
    }
    const kernel = csvKernel()!;
    if (this.texts < 0) {
      this.texts = kernel.takeTexts();
      if (this.texts < 0) {
        this.texts = -2;
        return undefined;
      }
    }
    const summary = kernel.summarizeTexts(n, this.texts);
    if (!summary || frequent.distinct + summary.flags.length > frequent.capacity) return undefined;
    return summary;
  }

  /**
   * The kernel's summary of column `index` of a batch that hashTexts just hashed into hashA/hashB:
   * its cells added to `frequent` and this column's HyperLogLog registers, missing and
   * out-of-length cells flagged (kernel-free-texts.ts). Undefined when the kernel cannot take the
   * column. The column stops asking (until its part ends) when the kernel has no table or
   * registers left for it, or once a summary stops short (a key too long for the kernel).
   */
  freeTextSummary(frequent: FrequentStrings, t: TextCells, index: number, n: number, hashA: Uint32Array, hashB: Uint32Array, na: NaMatcher, minLength: number, maxLength: number): FreeTextSummary | undefined {
    if (this.free === null) return undefined;
    const free = (this.free ??= new KernelFreeTexts());
    // the table first: a column left without one must not hold registers a number column could use
    if (!free.takeTable() || !this.takeHll()) {
      this.stopFreeTexts();
      return undefined;
    }
    const summary = free.summarize(frequent, this.hll, t, index, n, hashA, hashB, na, minLength, maxLength);
    if (summary && summary.consumed < n) this.stopFreeTexts();
    return summary;
  }

  private stopFreeTexts(): void {
    this.free?.release();
    this.free = null;
  }

  /** Whether the text table has room for another value. */
  get learning(): boolean {
    return this.known.texts.length < TEXT_IDS;
  }

  /** Adds a clean value (present, and passing every check of the column) to the text table while it has room: the kernel counts it from the next batch on. */
  learn(text: string, start: number, end: number, a: number, b: number): void {
    const known = this.known;
    const id = known.texts.length;
    if (id >= TEXT_IDS || csvKernel()!.learnText(this.texts, a, b, id) !== id) return; // full, or known already
    known.texts.push(text.slice(start, end));
    known.a.push(a);
    known.b.push(b);
  }

  /**
   * Calls `add` for each known value a summary counted (with its count), then stops asking for
   * summaries if the column looks like free text: its table full, and more than a quarter of the
   * batch's `cells` still held values it does not know.
   */
  forKnownCounts(summary: TextSummary, cells: number, add: (text: string, a: number, b: number, count: number) => void): void {
    const { texts, a, b } = this.known;
    for (let id = 0; id < texts.length; id++) {
      const count = summary.counts[id];
      if (count > 0) add(texts[id], a[id], b[id], count);
    }
    if (texts.length === TEXT_IDS && summary.flags.length * 4 > cells) this.stopTexts();
  }

  /** Gives back everything held (the column may take slots again); the HyperLogLog registers merged into `hllInto` first when given. */
  release(hllInto?: Uint8Array): void {
    this.free?.release();
    this.free = undefined;
    if (this.hll >= 0) csvKernel()!.releaseHll(this.hll, hllInto);
    if (this.texts >= 0) csvKernel()!.releaseTexts(this.texts);
    this.hll = -1;
    this.texts = -1;
    this.known = { texts: [], a: [], b: [] };
  }

  private stopTexts(): void {
    if (this.texts >= 0) csvKernel()!.releaseTexts(this.texts);
    this.texts = -2;
    this.known = { texts: [], a: [], b: [] };
  }
}

/** Gives back what an owner collected without release() held (a part that failed); a no-op otherwise. */
const dropped = new FinalizationRegistry<KernelSlots>((slots) => slots.release());
