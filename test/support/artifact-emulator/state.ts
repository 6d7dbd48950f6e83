/**
 * What the emulated results service and blob storage remember: artifacts per workflow run, and
 * blobs with their staged (uncommitted) blocks and committed content.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface StoredArtifact {
  /** The artifact's database id (unique across runs, like GitHub's). */
  id: number;
  runId: string;
  jobId: string;
  name: string;
  /** `pending` between CreateArtifact and FinalizeArtifact; only finalized ones are listed. */
  state: 'pending' | 'finalized';
  createdAt: Date;
  expiresAt: string | undefined;
  mimeType: string | undefined;
  /** Zip bytes, as told by FinalizeArtifact and checked against the blob. */
  size: number;
  /** `sha256:<hex>` as told by FinalizeArtifact, when told. */
  digest: string | undefined;
  /** Path of its blob inside the storage account (container/…/name.zip). */
  blobPath: string;
}

interface Block {
  id: string;
  data: Buffer;
}

interface CommittedBlob {
  blocks: Block[];
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: Date;
}

export interface StoredBlob {
  /** Staged blocks by id, waiting for a block list to commit them. */
  uncommitted: Map<string, Buffer>;
  committed: CommittedBlob | undefined;
}

export class ArtifactEmulatorState {
  /** Signs runtime tokens and SAS URLs. */
  readonly secret = randomBytes(32);
  readonly artifacts: StoredArtifact[] = [];
  readonly blobs = new Map<string, StoredBlob>();
  private nextId = 1;

  /** An artifact of the run by name, pending or finalized. */
  find(runId: string, name: string): StoredArtifact | undefined {
    return this.artifacts.find((a) => a.runId === runId && a.name === name);
  }

  create(runId: string, jobId: string, name: string, mimeType: string | undefined, expiresAt: string | undefined): StoredArtifact {
    const id = this.nextId++;
    // Real blob names are opaque; the artifact id keeps a re-created name from reusing a blob.
    const blobPath = `actions-results/${runId}/workflow-job-run-${jobId}/artifacts/${id}-${sha(name).slice(0, 16)}.zip`;
    const artifact: StoredArtifact = { id, runId, jobId, name, state: 'pending', createdAt: new Date(), expiresAt, mimeType, size: 0, digest: undefined, blobPath };
    this.artifacts.push(artifact);
    return artifact;
  }

  remove(artifact: StoredArtifact): void {
    this.artifacts.splice(this.artifacts.indexOf(artifact), 1);
    this.blobs.delete(artifact.blobPath);
  }

  blob(blobPath: string): StoredBlob {
    let blob = this.blobs.get(blobPath);
    if (!blob) {
      blob = { uncommitted: new Map(), committed: undefined };
      this.blobs.set(blobPath, blob);
    }
    return blob;
  }

  /** Finalized artifacts of a run, by id (the service's order). */
  listed(runId: string): StoredArtifact[] {
    return this.artifacts.filter((a) => a.runId === runId && a.state === 'finalized').sort((a, b) => a.id - b.id);
  }
}

export function sha(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
