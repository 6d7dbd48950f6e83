/**
 * Whether a file is worth compressing, judged from samples (issue #14): model weights are mostly
 * incompressible, and deflating them costs several times the time of reading and hashing them
 * for a few percent. A file of at least SAMPLE_BYTES is sampled at up to SAMPLES evenly spaced
 * places, each sample deflated at level 1; it is compressed only when the samples shrink by at least
 * MIN_SAVING. Smaller files are always compressed (cheap, and they are the configs and vocabularies).
 * The choice depends on the bytes only, so packing stays deterministic.
 */
import type { FileHandle } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';

const SAMPLE_BYTES = 64 * 1024;
const SAMPLES = 4;
/** The fraction the samples must shrink by: float weights shrink by less (a few percent) and are stored. */
const MIN_SAVING = 0.1;

/** True when the open file (of `size` bytes) should be deflated, false when it should be stored. */
export async function worthCompressing(handle: FileHandle, size: number): Promise<boolean> {
  if (size < SAMPLE_BYTES * 2) return true;
  const count = Math.min(SAMPLES, Math.floor(size / SAMPLE_BYTES));
  const step = (size - SAMPLE_BYTES) / Math.max(1, count - 1);
  let raw = 0;
  let packed = 0;
  const sample = Buffer.allocUnsafe(SAMPLE_BYTES);
  for (let i = 0; i < count; i++) {
    const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, Math.floor(i * step));
    raw += bytesRead;
    packed += deflateRawSync(sample.subarray(0, bytesRead), { level: 1 }).length;
  }
  return packed <= raw * (1 - MIN_SAVING);
}
