import path from 'node:path';
import type { ArtifactStore } from '../../backends/seams.js';
import { LocalArtifactStore } from '../../backends/local/local-artifact-store.js';

/**
 * Where the legs' results travel: workflow artifacts inside Actions (the runner sets
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript actions), else a local folder, so
 * the same plan/shard/collect steps run on one machine too. The artifact client (~5 MB with the
 * Azure SDK) is loaded only when used: `mlops validate` should not pay for parsing it.
 */
export async function artifactStoreFor(env: NodeJS.ProcessEnv, localDir: string | undefined, outDir: string): Promise<ArtifactStore> {
  if (!localDir && env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) {
    const { GitHubArtifactStore } = await import('../../backends/github/github-artifact-store.js');
    return new GitHubArtifactStore();
  }
  return new LocalArtifactStore(path.resolve(localDir ?? path.join(outDir, 'artifacts')));
}
