import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { ConfigError, type SourceLocation } from '../shared/errors.js';

/**
 * A parsed YAML (or JSON, which is YAML) file that remembers where each value came from, so that a
 * schema error can name the file, line, column and key (DESIGN.md "Config").
 */
export interface YamlSource {
  file: string;
  value: unknown;
  /** The location of the value at `path` (keys and indexes); the nearest existing parent otherwise. */
  locate(path: readonly (string | number)[], options?: { keyOf?: boolean }): SourceLocation;
}

export async function readYamlFile(file: string, what = 'file'): Promise<YamlSource> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})`;
    throw new ConfigError(`The ${what} ${file} ${reason}.`, {
      location: { file },
      hint: code === 'ENOENT' ? `Create it, or pass the right path.` : `Check the path and its permissions.`,
    });
  }
  return parseYamlText(text, file);
}

export function parseYamlText(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new ConfigError(`${file} is not valid YAML: ${firstLine(problem.message)}`, {
      location: { file, line: pos.line, column: pos.col },
      hint: 'Fix the YAML syntax at that line (indentation, quotes, a missing colon).',
    });
  }
  return {
    file,
    value: doc.toJS({ maxAliasCount: 100 }) as unknown,
    locate: (path, options) => locateNode(doc, lineCounter, file, path, options?.keyOf ?? false),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function locateNode(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  path: readonly (string | number)[],
  keyOf: boolean,
): SourceLocation {
  let node: Node | null = doc.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      keyNode = null;
      node = item as Node;
    } else {
      break;
    }
  }
  const target = keyOf && keyNode ? keyNode : node;
  const key = path.length > 0 ? path.join('.') : undefined;
  if (!target?.range) return { file, key };
  const pos = lineCounter.linePos(target.range[0]);
  return { file, line: pos.line, column: pos.col, key };
}
