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
