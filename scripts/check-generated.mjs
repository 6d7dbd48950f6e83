#!/usr/bin/env node
/**
 * Proves the committed generated files are current (like actions/checkout's check-dist): rebuilds
 * dist/, .github/workflows/, the generated modules (WebAssembly kernel, schema validators) and the
 * README's generated sections (scripts/readme-sections.mjs), then
 * fails if git sees any difference. The runner executes the
 * committed dist/<name>/index.js, never our sources, so a stale bundle ships old behaviour.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = ['dist', '.github/workflows', 'src/data/kernel/kernel-binary.ts', 'src/config/schema-validators.ts', 'src/record/schema-validators.ts', 'src/gate/pr-report-validators.ts', 'README.md'];

const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('check-generated: the build failed (see above).');
  process.exit(1);
}

// --untracked-files=all lists new files one by one instead of just their folder.
const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...GENERATED], {
  cwd: ROOT,
  encoding: 'utf8',
});
if (status.status !== 0) {
  console.error(`check-generated: git status failed: ${status.stderr || status.error?.message}`);
  process.exit(1);
}
const changed = status.stdout.split('\n').filter((line) => line.trim() !== '');
if (changed.length > 0) {
  console.error(
    [
      `check-generated: ${changed.length} generated file(s) differ from the commit (stale dist/, .github/workflows/ or a generated module):`,
      ...changed.map((line) => `  ${line}`),
      'Run `npm run build` and commit the result (edit workflows/, not .github/workflows/).',
    ].join('\n'),
  );
  process.exit(1);
}
console.log('check-generated: dist/, .github/workflows/ and the generated modules match the sources.');
