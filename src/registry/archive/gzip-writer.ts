/**
 * A gzip stream (RFC 1952, one member) whose deflate data (RFC 1951) is chosen per region: regions
 * that compress are deflated, regions that do not (model weights) are written as deflate's "stored"
 * blocks, which cost 5 bytes per 64 KiB and no compression work. Any gzip reader (gunzip, `tar xzf`,
 * extractModel) reads the result as an ordinary `.tar.gz`.
 *
 * Hand-written because zlib has no per-region choice that keeps the stream deterministic: a zlib
 * stream at level 0 still runs every byte through the compressor, and changing its level mid-stream
 * (`params`) flushes at points set by the timing of its threadpool. Here a deflated region is
 * compressed in segments of at most SEGMENT_BYTES, each by one `deflateRawSync` call ending in a
 * sync flush (byte-aligned, not final), so no segment refers back into another; stored blocks are
 * written between segments; one empty final stored block and the trailer (CRC-32, length) end it.
 * The same input, cut into the same regions, gives the same bytes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Where the gzip bytes go, in order. */
export interface ByteSink {
  write(chunk: Buffer): Promise<void>;
}

/** Deflated data is compressed in segments of this size (memory: two segments). */
const SEGMENT_BYTES = 1 << 20;
/** The largest stored block deflate allows. */
const STORED_BLOCK = 65_535;
/** ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=255 (unknown): no time, no OS, so the bytes are deterministic. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block with BFINAL set: the end of the deflate data. */
const FINAL_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);

export class MixedGzipWriter {
  private crc = 0;
  private length = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** `level`: the zlib level (1-9) of deflated regions. */
  constructor(
    private readonly sink: ByteSink,
    private readonly level: number,
  ) {}

  async start(): Promise<void> {
    await this.sink.write(GZIP_HEADER);
  }

  /** Bytes to compress (tar headers, compressible files). The writer keeps `data`: do not reuse it. */
  async deflate(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    this.count(data);
    this.pending.push(data);
    this.pendingBytes += data.length;
    if (this.pendingBytes >= SEGMENT_BYTES) await this.flush();
  }

  /** Bytes to store as they are (data that does not compress). */
  async store(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    await this.flush();
    this.count(data);
    const pieces: Buffer[] = [];
    for (let at = 0; at < data.length; at += STORED_BLOCK) {
      const len = Math.min(STORED_BLOCK, data.length - at);
      const header = Buffer.allocUnsafe(5);
      header[0] = 0; // BFINAL 0, BTYPE 00 (stored); the stream is byte-aligned here
      header.writeUInt16LE(len, 1);
      header.writeUInt16LE(~len & 0xffff, 3);
      pieces.push(header, data.subarray(at, at + len));
    }
    await this.sink.write(Buffer.concat(pieces));
  }

  /** Ends the deflate data and writes the trailer. */
  async end(): Promise<void> {
    await this.flush();
    const trailer = Buffer.allocUnsafe(8);
    trailer.writeUInt32LE(this.crc >>> 0, 0);
    trailer.writeUInt32LE(this.length % 2 ** 32, 4);
    await this.sink.write(Buffer.concat([FINAL_BLOCK, trailer]));
  }

  private count(data: Buffer): void {
    this.crc = crc32(data, this.crc);
    this.length += data.length;
  }

  /** Deflates the pending bytes as one segment ending byte-aligned (sync flush), so stored blocks may follow. */
  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const input = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.sink.write(deflateRawSync(input, { level: this.level, finishFlush: constants.Z_SYNC_FLUSH }));
  }
}
