import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, visit, type Document, type Node } from 'yaml';
import { ConfigError, type SourceLocation } from '../shared/errors.js';
import { UnsafeInputError, formatBytes, readTextBoundedAsync, yamlDepth } from '../shared/safe-read.js';

/**
 * A parsed YAML (or JSON, which is YAML) file that remembers where each value came from, so that a
 * schema error can name the file, line, column and key (docs/architecture.md "Config").
 *
 * Config and schema files may come from a pull request, so reading them has limits, each a
 * ConfigError that says which: a regular file (a FIFO would hang the read) of at most
 * {@link YAML_MAX_BYTES}, nested at most {@link YAML_MAX_DEPTH} levels (the `yaml` package overflows
 * its stack near 800 and aborts the process near 10,000), at most {@link YAML_MAX_ALIASES} alias
 * expansions (a "billion laughs" file), and duplicate keys found in one pass over each mapping
 * (`yaml`'s own `uniqueKeys` compares every key with every earlier one: 80,000 keys took 44 s).
 */
export interface YamlSource {
  file: string;
  value: unknown;
  /** The location of the value at `path` (keys and indexes); the nearest existing parent otherwise. */
  locate(path: readonly (string | number)[], options?: { keyOf?: boolean }): SourceLocation;
}

/** The largest config or schema file read: they are a few KB; this is room for thousands of columns. */
const YAML_MAX_BYTES = 4 * 1024 * 1024;
/** The deepest nesting of mappings and lists accepted. */
const YAML_MAX_DEPTH = 100;
/** Alias expansions (`*name`) accepted while building the value. */
const YAML_MAX_ALIASES = 100;

export async function readYamlFile(file: string, what = 'file'): Promise<YamlSource> {
  let text: string;
  try {
    text = await readTextBoundedAsync(file, { maxBytes: YAML_MAX_BYTES, what: `The ${what}` });
  } catch (error) {
    if (error instanceof UnsafeInputError) {
      throw new ConfigError(`${error.message}.`, {
        location: { file },
        hint: error.reason === 'too-large' ? `Keep the ${what} under ${formatBytes(YAML_MAX_BYTES)}.` : `Point it at an ordinary file (not a pipe, device or folder).`,
      });
    }
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
  if (Buffer.byteLength(text) > YAML_MAX_BYTES) {
    throw new ConfigError(`${file} is larger than the ${formatBytes(YAML_MAX_BYTES)} limit.`, { location: { file }, hint: `Keep it under ${formatBytes(YAML_MAX_BYTES)}.` });
  }
  if (yamlDepth(text, YAML_MAX_DEPTH) > YAML_MAX_DEPTH) {
    throw new ConfigError(`${file} is nested more than ${YAML_MAX_DEPTH} levels deep.`, {
      location: { file },
      hint: `Flatten it: at most ${YAML_MAX_DEPTH} levels of nested mappings and lists.`,
    });
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problem = doc.errors[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new ConfigError(`${file} is not valid YAML: ${firstLine(problem.message)}`, {
      location: { file, line: pos.line, column: pos.col },
      hint: 'Fix the YAML syntax at that line (indentation, quotes, a missing colon).',
    });
  }
  checkDuplicateKeys(doc, lineCounter, file);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_MAX_ALIASES });
  } catch (error) {
    // The yaml package throws a ReferenceError for "Excessive alias count indicates a resource exhaustion attack".
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ConfigError(`${file} expands its aliases (*name) more than ${YAML_MAX_ALIASES} times.`, {
        location: { file },
        hint: 'Write the values out instead of nesting aliases of aliases (a "billion laughs" file expands to billions of values).',
      });
    }
    throw error;
  }
  return {
    file,
    value,
    locate: (path, options) => locateNode(doc, lineCounter, file, path, options?.keyOf ?? false),
  };
}

/**
 * Refuses a mapping with the same key twice, naming the second one's line: one pass over each
 * mapping with a set of the keys seen (scalar keys by type and value, as YAML compares them).
 */
function checkDuplicateKeys(doc: Document, lineCounter: LineCounter, file: string): void {
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        const id = `${typeof value}:${String(value)}`;
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        const pos = pair.key.range ? lineCounter.linePos(pair.key.range[0]) : undefined;
        throw new ConfigError(`${file} is not valid YAML: Map keys must be unique; "${String(value)}" appears twice in one mapping.`, {
          location: { file, line: pos?.line, column: pos?.col },
          hint: 'Remove or rename one of the two keys.',
        });
      }
    },
  });
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
