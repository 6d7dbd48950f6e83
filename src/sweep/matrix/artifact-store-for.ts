import path from 'node:path';
import type { ArtifactStore } from '../../backends/seams.js';
import { GitHubArtifactStore } from '../../backends/github/github-artifact-store.js';
import { LocalArtifactStore } from '../../backends/local/local-artifact-store.js';

/**
 * Where the legs' results travel: workflow artifacts inside Actions (the runner sets
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript actions), else a local folder, so
 * the same plan/shard/collect steps run on one machine too.
 */
export function artifactStoreFor(env: NodeJS.ProcessEnv, localDir: string | undefined, outDir: string): ArtifactStore {
  if (!localDir && env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) return new GitHubArtifactStore();
  return new LocalArtifactStore(path.resolve(localDir ?? path.join(outDir, 'artifacts')));
}
