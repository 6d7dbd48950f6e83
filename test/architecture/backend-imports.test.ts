import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/runner.js';

/**
 * docs/architecture.md "Seams": domain code receives seams as arguments and never picks a backend. Only the
 * thin entries (src/actions, src/cli) and src/backends itself may import an implementation or the
 * clients behind one; everything else imports at most the seam types of src/backends/seams.ts.
 */
const DOMAIN = ['registry', 'sweep', 'data', 'report', 'record', 'gate', 'deploy', 'config', 'shared'];

/** Modules that are backend implementations or the clients they wrap. */
const FORBIDDEN = [/(^|\/)backends\/(github|local)(\/|$)/, /(^|\/)backends\/open(\.js)?$/, /^@octokit\//, /^@actions\/(artifact|github)$/];

function sourcesBelow(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a domain folder that does not exist yet (gate, deploy)
  }
  return entries.flatMap((e) => (e.isDirectory() ? sourcesBelow(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Every module a file imports: static imports and exports, dynamic import() with a literal. */
export function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g), ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g), ...source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)];
  return found.map((m) => m[1]);
}

describe('domain folders import no backend', () => {
  test('the scan sees static, re-exported and dynamic imports', () => {
    const sample = "import { a } from '../backends/local/x.js';\nexport { b } from '@octokit/core';\nconst c = await import('../../backends/github/y.js');\nimport type { ReleaseStore } from '../backends/seams.js';";
    expect(importsOf(sample)).toEqual(['../backends/local/x.js', '@octokit/core', '../backends/seams.js', '../../backends/github/y.js']);
  });

  test.each(DOMAIN)('src/%s', (folder) => {
    const offending: string[] = [];
    for (const file of sourcesBelow(path.join(REPO_ROOT, 'src', folder))) {
      for (const module of importsOf(readFileSync(file, 'utf8'))) {
        const target = module.startsWith('.') ? path.relative(path.join(REPO_ROOT, 'src'), path.resolve(path.dirname(file), module)).split(path.sep).join('/') : module;
        if (FORBIDDEN.some((pattern) => pattern.test(target))) offending.push(`${path.relative(REPO_ROOT, file)} imports ${module}`);
      }
    }
    // Open the backend in src/backends/open.ts, from the thin entry, and pass the seam in.
    expect(offending).toEqual([]);
  });
});
