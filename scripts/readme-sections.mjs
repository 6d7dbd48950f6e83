#!/usr/bin/env node
/**
 * Generates the README's reference sections from their sources, so the two never drift apart:
 *
 *   actions/<name>/action.yml    ->  the inputs and outputs tables of "<name> as a step"
 *   schema/mlops.schema.json     ->  the key table of "mlops.yml" ("Reference")
 *
 * Each section sits between marker comments, `<!-- generated:action <name> -->` ...
 * `<!-- /generated:action <name> -->` and `<!-- generated:config-reference -->` ...
 * `<!-- /generated:config-reference -->`; everything outside the markers is left as it is (other
 * sections are hand-written). Run by `npm run build` (scripts/build.mjs);
 * `node scripts/readme-sections.mjs --check` exits 1 when README.md is stale (test/actions/readme-generated.test.ts
 * and scripts/check-generated.mjs run it).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const README = path.join(ROOT, 'README.md');

/** Text for a table cell: pipes and angle brackets escaped (`<model>` is text, not HTML), line breaks folded. */
function cell(text) {
  return String(text ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ').trim();
}

/** A value shown as code; a backtick inside widens the fence. */
function code(text) {
  const value = String(text);
  const fence = value.includes('`') ? '``' : '`';
  return `${fence}${value.replace(/\|/g, '\\|')}${fence}`;
}

function actionTables(name) {
  const action = parse(readFileSync(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8'));
  const inputs = Object.entries(action.inputs ?? {}).map(([input, spec]) => `| ${code(input)} | ${spec.default === undefined ? '' : code(spec.default)} | ${cell(spec.description)} |`);
  const outputs = Object.entries(action.outputs ?? {}).map(([output, spec]) => `| ${code(output)} | ${cell(spec.description)} |`);
  return [
    `Generated from \`actions/${name}/action.yml\`. An input without a default that stands for a key of mlops.yml falls through to it, then to the built-in default the description names.`,
    '',
    '| input | default | what it is |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| output | what it is |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** The JSON type of a schema node, for people: `string`, `number or list`, `one of: csv, tsv`. */
function typeOf(node, schema) {
  const resolved = resolve(node, schema);
  if (resolved.enum) return `one of: ${resolved.enum.map((v) => code(v)).join(', ')}`;
  if (resolved.const !== undefined) return code(resolved.const);
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (alternatives) return [...new Set(alternatives.map((alt) => typeOf(alt, schema)))].join(' or ');
  const type = Array.isArray(resolved.type) ? resolved.type.join(' or ') : resolved.type;
  return type === 'array' ? 'list' : type === 'object' ? 'mapping' : (type ?? 'any');
}

function resolve(node, schema) {
  if (!node?.$ref) return node ?? {};
  const target = node.$ref.replace(/^#\//, '').split('/').reduce((at, key) => at?.[key], schema);
  // The referring node's own description wins over the definition's.
  return { ...resolve(target, schema), ...(node.description ? { description: node.description } : {}) };
}

/** One row per key, depth first: `sweep`, `sweep.method`, ..., `sweep.space.<name>.type`. */
function configRows(node, schema, prefix) {
  const resolved = resolve(node, schema);
  const rows = [];
  for (const [key, sub] of Object.entries(resolved.properties ?? {})) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (dotted === '$schema') continue;
    rows.push(`| ${code(dotted)} | ${cell(typeOf(sub, schema))} | ${cell(resolve(sub, schema).description)} |`);
    rows.push(...configRows(sub, schema, dotted));
    const map = resolve(sub, schema).additionalProperties;
    if (map && typeof map === 'object' && resolve(map, schema).properties) rows.push(...configRows(map, schema, `${dotted}.<name>`));
    const items = resolve(sub, schema).items;
    if (items && resolve(items, schema).properties) rows.push(...configRows(items, schema, `${dotted}[]`));
  }
  return rows;
}

function configReference() {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'mlops.schema.json'), 'utf8'));
  return [
    'Generated from `schema/mlops.schema.json`.',
    '',
    '| key | type | what it is |',
    '| --- | --- | --- |',
    ...configRows(schema, schema, ''),
  ].join('\n');
}

/** README text with every generated section rendered from its source. */
function renderReadme(text) {
  const replace = (source, id, body) => {
    const begin = `<!-- generated:${id} -->`;
    const end = `<!-- /generated:${id} -->`;
    const from = source.indexOf(begin);
    const to = source.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no ${begin} ... ${end} section`);
    return `${source.slice(0, from + begin.length)}\n${body}\n${source.slice(to)}`;
  };
  let out = text;
  for (const name of readdirSync(path.join(ROOT, 'actions')).sort()) out = replace(out, `action ${name}`, actionTables(name));
  return replace(out, 'config-reference', configReference());
}

/** Rewrites the README's generated sections (npm run build). */
export function updateReadme() {
  const text = readFileSync(README, 'utf8');
  const rendered = renderReadme(text);
  if (rendered !== text) writeFileSync(README, rendered);
  console.log(`README.md generated sections ${rendered === text ? 'current' : 'rewritten'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --file <path>: another copy of the README (the tests check a stale one fails).
  const at = process.argv.indexOf('--file');
  const file = at > 0 ? path.resolve(process.argv[at + 1]) : README;
  const text = readFileSync(file, 'utf8');
  const rendered = renderReadme(text);
  if (process.argv.includes('--check')) {
    if (rendered !== text) {
      console.error('readme-sections: README.md is stale: its generated sections differ from actions/*/action.yml or schema/mlops.schema.json. Run `npm run build` (or node scripts/readme-sections.mjs) and commit README.md.');
      process.exit(1);
    }
    console.log('readme-sections: README.md is current.');
  } else if (rendered !== text) {
    writeFileSync(file, rendered);
    console.log('  README.md  (generated sections)');
  }
}
