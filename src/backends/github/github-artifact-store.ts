/**
 * ArtifactStore over workflow artifacts, through @actions/artifact's DefaultArtifactClient: each
 * leg of a sweep matrix uploads its results, the collect job lists and downloads every leg's. All
 * jobs of one workflow run see the same artifacts (the runtime token scopes the client to its run).
 *
 * What the service does for us: an upload is one zip, written to blob storage and made visible by
 * FinalizeArtifact, so it appears complete or not at all; CreateArtifact answers 409 for a name the
 * run already has (finalized or still uploading), which is AlreadyExistsError here.
 *
 * Differences from LocalArtifactStore, by the service's nature:
 * - list() sizes are the stored zip's bytes (the service knows no other); upload() returns the
 *   files' total, as the seam says.
 * - an artifact needs at least one file (the client refuses an empty one).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DefaultArtifactClient, type ArtifactClient } from '@actions/artifact';
import { AlreadyExistsError, NotFoundError, type ArtifactInfo, type ArtifactStore } from '../seams.js';
import { withArtifactEnv, type ArtifactEnv } from './artifact-env.js';
import { validateArtifactName, validateArtifactPath } from './artifact-names.js';

export interface GitHubArtifactStoreOptions {
  /**
   * The runner variables the client reads (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
   * GITHUB_SERVER_URL, …; see artifact-env.ts). Absent: the process's own environment, as inside
   * an action, and nothing is swapped. Present: exactly these, swapped into process.env around each
   * call because the client offers no other way to take them.
   */
  env?: ArtifactEnv;
  /** Days the service keeps uploads (1-90, capped by the repository's setting). */
  retentionDays?: number;
  /** zlib level of the zip, 0-9 (default 6); 0 suits already-compressed model files. */
  compressionLevel?: number;
  /** The client; tests may pass another ArtifactClient. */
  client?: ArtifactClient;
}

/** The client's error for a name the run already has: "(409) Conflict: an artifact with this name…". */
const NAME_TAKEN = /\(409\)|already exists/i;

export class GitHubArtifactStore implements ArtifactStore {
  private readonly client: ArtifactClient;

  constructor(private readonly options: GitHubArtifactStoreOptions = {}) {
    this.client = options.client ?? new DefaultArtifactClient();
  }

  async upload(name: string, files: string[], rootDirectory: string): Promise<ArtifactInfo> {
    validateArtifactName(name);
    const root = path.resolve(rootDirectory);
    if (files.length === 0) throw new RangeError(`Artifact ${JSON.stringify(name)} has no files: a workflow artifact needs at least one.`);
    const absolute = files.map((file) => path.resolve(file));
    for (const file of absolute) {
      const relative = path.relative(root, file);
      // The client only compares string prefixes (/a/bc passes for /a/b): check properly first.
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) throw new RangeError(`${file} is outside ${rootDirectory}`);
      validateArtifactPath(relative.split(path.sep).join('/'), name);
    }
    const stats = await Promise.all(absolute.map((file) => fs.stat(file)));
    const size = stats.reduce((sum, stat) => sum + stat.size, 0);
    const { retentionDays, compressionLevel } = this.options;
    try {
      await this.call(() => this.client.uploadArtifact(name, absolute, root, { retentionDays, compressionLevel }));
    } catch (error) {
      if (NAME_TAKEN.test(messageOf(error))) throw new AlreadyExistsError(`An artifact named ${name} already exists in this workflow run`, { cause: error });
      throw new Error(`Could not upload artifact ${name}: ${messageOf(error)}`, { cause: error });
    }
    return { name, size };
  }

  async download(name: string, destination: string): Promise<string[]> {
    const artifact = (await this.listRaw()).find((a) => a.name === name);
    if (!artifact) throw new NotFoundError(`No artifact named ${name} in this workflow run`);
    // Extract into a fresh folder beside the destination's files, so the answer names exactly the
    // files of this artifact, then move them into place (a rename: same file system).
    const staging = path.join(destination, `.artifact-${randomBytes(6).toString('hex')}`);
    try {
      const result = await this.call(() => this.client.downloadArtifact(artifact.id, { path: staging, expectedHash: artifact.digest })).catch((error: unknown) => {
        if (error instanceof Error && error.name === 'ArtifactNotFoundError') throw new NotFoundError(`No artifact named ${name} in this workflow run`, { cause: error });
        throw new Error(`Could not download artifact ${name}: ${messageOf(error)}`, { cause: error });
      });
      if (result.digestMismatch) throw new Error(`Artifact ${name} arrived corrupted: its sha256 differs from the one recorded at upload (${artifact.digest ?? 'none'})`);
      const entries = await fs.readdir(staging, { withFileTypes: true, recursive: true });
      const written: string[] = [];
      for (const entry of entries.filter((e) => e.isFile())) {
        const from = path.join(entry.parentPath, entry.name);
        const to = path.join(destination, path.relative(staging, from));
        await fs.mkdir(path.dirname(to), { recursive: true });
        await fs.rename(from, to);
        written.push(to);
      }
      return written.sort();
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }

  async list(): Promise<ArtifactInfo[]> {
    const artifacts = await this.listRaw();
    return artifacts.map((a) => ({ name: a.name, size: a.size })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private async listRaw() {
    try {
      // `latest` keeps one per name; names are unique per run, so it only guards against surprises.
      const { artifacts } = await this.call(() => this.client.listArtifacts({ latest: true }));
      return artifacts;
    } catch (error) {
      throw new Error(`Could not list the workflow run's artifacts: ${messageOf(error)}`, { cause: error });
    }
  }

  private call<T>(action: () => Promise<T>): Promise<T> {
    return this.options.env === undefined ? action() : withArtifactEnv(this.options.env, action);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
