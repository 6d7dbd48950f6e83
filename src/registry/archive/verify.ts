/**
 * Integrity check of a downloaded asset: size and sha256 against the manifest, read as a stream.
 * On a mismatch nothing may be used: the caller gets an IntegrityError and should delete the file.
 */
import { basename } from 'node:path';
import { UserError } from '../../shared/errors.js';
import { digestFile, normalizeSha256, type Digest } from './digest.js';

/** A downloaded asset is not what the manifest recorded (corrupt, truncated or tampered with). */
export class IntegrityError extends UserError {
  constructor(
    message: string,
    readonly asset: string,
    readonly expected: Digest,
    readonly actual: Digest,
  ) {
    super(message, {
      hint: 'Nothing from it was used. Download it again; if it still differs, the release asset was replaced or corrupted after registration: register the model again.',
    });
  }
}

export interface VerifyOptions {
  /** Name shown in errors (default: the file's base name). */
  name?: string;
}

/** Checks a file's size and sha256 against the expected ones; returns its digest, throws IntegrityError on a mismatch. */
export async function verifyFile(path: string, expected: Digest, options: VerifyOptions = {}): Promise<Digest> {
  const asset = options.name ?? basename(path);
  const want: Digest = { size: expected.size, sha256: normalizeSha256(expected.sha256) };
  const actual = await digestFile(path);
  if (actual.sha256 !== want.sha256 || actual.size !== want.size) {
    throw new IntegrityError(
      `Integrity check failed for asset ${asset}: expected sha256 ${want.sha256} (${want.size} bytes), got sha256 ${actual.sha256} (${actual.size} bytes).`,
      asset,
      want,
      actual,
    );
  }
  return actual;
}
