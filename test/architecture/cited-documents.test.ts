/**
 * Comments cite documents of this repository (docs/architecture.md "Conventions"): a reader of the
 * repository alone must find each one, and each section a comment names (`docs/platform.md "Limits"`).
 * Files a stage writes (`.mlops/gate-report.md`, `summary.md`) are outputs, not citations: only paths
 * under docs/ and upper-case document names (README.md, CONTRIBUTING.md) count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/runner.js';

const FOLDERS = ['src', 'test', 'scripts', 'bench'];
const CODE = /\.(ts|js|mjs|cjs)$/;
/** Generated or third-party text, not our comments; and this file, whose examples are made up. */
const SKIPPED = [path.join('test', 'fixtures'), path.join('test', 'architecture', 'cited-documents.test.ts'), path.join('src', 'config', 'schema-validators.ts'), path.join('src', 'record', 'schema-validators.ts'), path.join('src', 'data', 'kernel', 'kernel-binary.ts')];

function codeFiles(dir: string): string[] {
  const relative = path.relative(REPO_ROOT, dir);
  if (SKIPPED.includes(relative) || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return CODE.test(entry.name) && !SKIPPED.includes(path.relative(REPO_ROOT, full)) ? [full] : [];
  });
}

/** The comments of a source file: block comments and the rest of a line after `//`. */
function comments(text: string): string[] {
  return [...text.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map((m) => m[0]);
}

interface Citation {
  file: string;
  document: string;
  section?: string;
}

/** `docs/x.md`, `docs/x.md "Section"` and `README.md`-style names in a comment. */
function citationsIn(file: string, comment: string): Citation[] {
  const found: Citation[] = [];
  for (const m of comment.matchAll(/(?<![\w./-])((?:[\w-]+\/)*[\w.-]+\.md)\b(?:,? "([^"\n]+)")?/g)) {
    const document = m[1];
    if (!document.startsWith('docs/') && !/^[A-Z][A-Z0-9_-]*\.md$/.test(path.basename(document))) continue;
    found.push({ file, document, section: m[2] });
  }
  return found;
}

const rootScripts = readdirSync(REPO_ROOT).filter((name) => CODE.test(name)).map((name) => path.join(REPO_ROOT, name));
const citations = [...rootScripts, ...FOLDERS.flatMap((folder) => codeFiles(path.join(REPO_ROOT, folder)))].flatMap((file) =>
  comments(readFileSync(file, 'utf8')).flatMap((comment) => citationsIn(path.relative(REPO_ROOT, file), comment)),
);

describe('documents cited in comments', () => {
  test('the scan finds the citations it is meant to find', () => {
    expect(citations.some((c) => c.document === 'docs/architecture.md')).toBe(true);
    expect(citationsIn('x.ts', '// see DESIGN.md and docs/platform.md "Limits"; writes .mlops/gate-report.md')).toEqual([
      { file: 'x.ts', document: 'DESIGN.md', section: undefined },
      { file: 'x.ts', document: 'docs/platform.md', section: 'Limits' },
    ]);
  });

  test('every cited document is in the repository', () => {
    const missing = citations.filter((c) => !existsSync(path.join(REPO_ROOT, c.document))).map((c) => `${c.file}: ${c.document}`);
    expect(missing).toEqual([]);
  });

  test('every cited section is a heading of its document', () => {
    const headings = new Map<string, string[]>();
    const headingsOf = (document: string) => {
      if (!headings.has(document)) {
        const text = existsSync(path.join(REPO_ROOT, document)) ? readFileSync(path.join(REPO_ROOT, document), 'utf8') : '';
        headings.set(document, [...text.matchAll(/^#+ (.+)$/gm)].map((m) => m[1].trim()));
      }
      return headings.get(document)!;
    };
    const missing = citations.filter((c) => c.section !== undefined && !headingsOf(c.document).includes(c.section!)).map((c) => `${c.file}: ${c.document} "${c.section}"`);
    expect(missing).toEqual([]);
  });
});
