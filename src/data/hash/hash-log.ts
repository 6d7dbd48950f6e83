/**
 * An append-only log of 64-bit hashes (two 32-bit halves) in row order. The position of an entry is
 * its row index, so no row numbers need storing; 8 bytes a row. Typed arrays, so logs built in worker
 * threads travel to the main thread without copying.
 */
export class HashLog {
  a: Uint32Array;
  b: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.a = new Uint32Array(capacity);
    this.b = new Uint32Array(capacity);
  }

  push(a: number, b: number): void {
    if (this.length === this.a.length) this.grow(this.length * 2);
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.length++;
  }

  /** Appends `n` hashes from scratch arrays (one batch). */
  pushMany(a: Uint32Array, b: Uint32Array, n: number): void {
    if (this.length + n > this.a.length) this.grow(Math.max(this.length + n, this.length * 2));
    this.a.set(a.subarray(0, n), this.length);
    this.b.set(b.subarray(0, n), this.length);
    this.length += n;
  }

  /** Appends another log (the next byte range of the same file). */
  append(other: HashLog): void {
    this.pushMany(other.a, other.b, other.length);
  }

  private grow(capacity: number): void {
    const a = new Uint32Array(capacity);
    const b = new Uint32Array(capacity);
    a.set(this.a.subarray(0, this.length));
    b.set(this.b.subarray(0, this.length));
    this.a = a;
    this.b = b;
  }

  /** The used part only, for sending to another thread. */
  toState(): { a: Uint32Array; b: Uint32Array } {
    return { a: this.a.slice(0, this.length), b: this.b.slice(0, this.length) };
  }

  static fromState(state: { a: Uint32Array; b: Uint32Array }): HashLog {
    const log = new HashLog(1);
    log.a = state.a;
    log.b = state.b;
    log.length = state.a.length;
    return log;
  }
}
