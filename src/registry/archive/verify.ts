/**
 * Integrity check of downloaded assets: size and sha256 against the manifest, read as a stream.
 * On a mismatch nothing may be used: the caller gets an IntegrityError and should delete the file.
 *
 * A model in parts (parts.ts) is checked part by part, in order, as each arrives (AssetCheck): a
 * part's own digest, and the whole's over all of them in the same pass. Only a VerifiedAsset,
 * which nothing but a finished AssetCheck makes, is accepted by extraction and joining, so
 * unverified bytes cannot reach them.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

function mismatch(what: string, asset: string, want: Digest, actual: Digest): IntegrityError {
  return new IntegrityError(
    `Integrity check failed for ${what}: expected sha256 ${want.sha256} (${want.size} bytes), got sha256 ${actual.sha256} (${actual.size} bytes).`,
    asset,
    want,
    actual,
  );
}

/** Checks a file's size and sha256 against the expected ones; returns its digest, throws IntegrityError on a mismatch. */
export async function verifyFile(path: string, expected: Digest, options: VerifyOptions = {}): Promise<Digest> {
  const asset = options.name ?? basename(path);
  const want: Digest = { size: expected.size, sha256: normalizeSha256(expected.sha256) };
  const actual = await digestFile(path);
  if (actual.sha256 !== want.sha256 || actual.size !== want.size) throw mismatch(`asset ${asset}`, asset, want, actual);
  return actual;
}

/** What the manifest records of an asset: its name and digest, and its parts' when it is stored in parts. */
export interface ExpectedAsset extends Digest {
  name: string;
  parts?: (Digest & { name: string })[];
}

const MADE_BY_CHECK = Symbol('AssetCheck');

/** An asset's files (its parts in order, or the one file) whose digests matched the manifest. */
export class VerifiedAsset {
  constructor(
    token: typeof MADE_BY_CHECK,
    readonly name: string,
    readonly paths: readonly string[],
    readonly digest: Digest,
  ) {
    if (token !== MADE_BY_CHECK) throw new Error('A VerifiedAsset is made by AssetCheck only');
  }

  /** The bytes of the whole asset, part after part. */
  read(): Readable {
    const paths = this.paths;
    return Readable.from(
      (async function* () {
        for (const path of paths) yield* createReadStream(path, { highWaterMark: 1 << 20 });
      })(),
      { objectMode: false },
    );
  }

  /** Writes the whole asset into one file (a single model file stored in parts). */
  async joinInto(path: string): Promise<void> {
    await pipeline(this.read(), createWriteStream(path, { flags: 'wx' }));
  }
}

/**
 * Checks an asset's files as they arrive: `add` each part in order (or the one file), then
 * `finish`. Each file is read once; a mismatch names the part and stops there.
 */
export class AssetCheck {
  private readonly whole: Hash = createHash('sha256');
  private readonly paths: string[] = [];
  private size = 0;

  constructor(private readonly expected: ExpectedAsset) {}

  /** The files to add, by asset name, in order. */
  get names(): string[] {
    return this.expected.parts ? this.expected.parts.map((p) => p.name) : [this.expected.name];
  }

  async add(path: string): Promise<void> {
    const index = this.paths.length;
    const parts = this.expected.parts;
    if (index >= this.names.length) throw new Error(`${this.expected.name} has ${this.names.length} file(s); got another`);
    const single = parts === undefined;
    const hash = single ? this.whole : createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      hash.update(chunk);
      if (!single) this.whole.update(chunk);
    }
    this.size += size;
    this.paths.push(path);
    if (!single) {
      const want = { size: parts[index].size, sha256: normalizeSha256(parts[index].sha256) };
      const actual = { size, sha256: hash.digest('hex') };
      if (actual.size !== want.size || actual.sha256 !== want.sha256) {
        throw mismatch(`part ${index + 1} of ${parts.length} (${parts[index].name}) of asset ${this.expected.name}`, parts[index].name, want, actual);
      }
    }
  }

  /** The verified asset, once every file was added and the whole matches. */
  finish(): VerifiedAsset {
    if (this.paths.length !== this.names.length) throw new Error(`${this.expected.name}: ${this.paths.length} of ${this.names.length} file(s) added`);
    const want = { size: this.expected.size, sha256: normalizeSha256(this.expected.sha256) };
    const actual = { size: this.size, sha256: this.whole.digest('hex') };
    if (actual.size !== want.size || actual.sha256 !== want.sha256) {
      throw mismatch(this.expected.parts ? `asset ${this.expected.name} (its ${this.expected.parts.length} parts joined)` : `asset ${this.expected.name}`, this.expected.name, want, actual);
    }
    return new VerifiedAsset(MADE_BY_CHECK, this.expected.name, this.paths, actual);
  }
}

/** Checks one file or the files of an asset in order; a VerifiedAsset or an IntegrityError. */
export async function verifyAsset(paths: readonly string[], expected: ExpectedAsset): Promise<VerifiedAsset> {
  const check = new AssetCheck(expected);
  for (const path of paths) await check.add(path);
  return check.finish();
}
