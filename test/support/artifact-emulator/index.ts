/**
 * The artifact service emulator for tests:
 *
 *   const service = await startArtifactEmulator();               // 127.0.0.1, random port
 *   const env = artifactEnv(service, { runId: 'run-1', jobId: 'leg-0' });
 *   // hand `env` to GitHubArtifactStore (or Object.assign(process.env, env) for the bare client)
 *   service.addFault({ path: 'CreateArtifact', times: 1, kind: 'status', status: 503 });
 *   ...
 *   await service.stop();
 *
 * Jobs of one matrix share `runId` and differ in `jobId`; a collect job lists and downloads what
 * every leg of its run uploaded.
 */
import { ArtifactEmulator } from './emulator.js';
import type { JobScope } from './token.js';

export { ArtifactEmulator } from './emulator.js';

export async function startArtifactEmulator(): Promise<ArtifactEmulator> {
  return new ArtifactEmulator().start();
}

export interface ArtifactEnvOptions extends JobScope {
  /** Seconds the runtime token stays valid (default 6 hours, as a job's). */
  tokenLifetimeSeconds?: number;
  /** GITHUB_WORKSPACE, the client's default download folder. */
  workspace?: string;
}

/**
 * The variables a runner gives a job that @actions/artifact reads:
 * - ACTIONS_RESULTS_URL: the results service (the client keeps only its origin);
 * - ACTIONS_RUNTIME_TOKEN: the bearer token; its `scp` claim names the run and job backend ids;
 * - GITHUB_SERVER_URL: github.com (anything else but *.ghe.com / *.localhost is GHES, refused);
 * - GITHUB_WORKSPACE: where downloads go when no path is given.
 */
export function artifactEnv(emulator: ArtifactEmulator, options: ArtifactEnvOptions): Record<string, string> {
  return {
    ACTIONS_RESULTS_URL: `${emulator.url}/`,
    ACTIONS_RUNTIME_TOKEN: emulator.token({ runId: options.runId, jobId: options.jobId }, options.tokenLifetimeSeconds),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: options.workspace ?? process.cwd(),
  };
}
