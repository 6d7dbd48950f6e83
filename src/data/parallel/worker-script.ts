import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The script validation workers run: dist/validate-worker/index.js beside the running bundle
 * (dist/cli, dist/validate-data). Undefined when it is absent (running from sources, in tests): the
 * data is then read in one thread.
 */
export function workerScriptBeside(moduleUrl: string): string | undefined {
  const script = path.join(path.dirname(fileURLToPath(moduleUrl)), '..', 'validate-worker', 'index.js');
  return existsSync(script) ? script : undefined;
}
