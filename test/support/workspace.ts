import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

/** A fresh temp folder holding a copy of an example project, as a checkout would. */
export async function exampleWorkspace(example = 'penguins'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `mlops-${example}-`));
  await cp(path.join(REPO_ROOT, 'examples', example), dir, { recursive: true });
  return dir;
}

/**
 * `mlops run` on the penguins example ends with deploy-env starting its model server: in tests on a
 * free port (PENGUINS_PORT=0), so runs in parallel do not collide.
 */
export const EXAMPLE_RUN_ENV = { PENGUINS_PORT: '0' };

/** Stops the penguins servers that `mlops run` left serving `staging` in these workspaces. */
export function stopExampleServers(workspaces: string[]): void {
  for (const dir of workspaces) {
    const state = path.join(dir, '.mlops', 'deploy', 'staging', 'server.json');
    if (!existsSync(state)) continue;
    try {
      process.kill((JSON.parse(readFileSync(state, 'utf8')) as { pid: number }).pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
