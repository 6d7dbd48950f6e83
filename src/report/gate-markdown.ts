/**
 * Markdown pieces the gate report needs beyond markdown.ts: the key of the sticky comment, text
 * that stays text (no HTML, images, links, autolinks or @-mentions), mermaid labels, signed numbers
 * and safe links.
 *
 * User content (metric, column and parameter names, rule reasons that quote them, model and
 * workflow names) reaches GitHub's renderer only through these functions or codeCell.
 */
import { createHash } from 'node:crypto';
import { escapeCell, formatNumber } from '../shared/markdown.js';

/**
 * The key of the gate's sticky comment, one per model and workflow; the comment sink turns it into
 * the hidden marker (commentMarker in src/backends/seams.ts, the one marker of every sticky
 * comment): `gate.penguins.ci.yml.3f2a9c1d0b`. Readable parts keep letters, digits, `.`, `_` and
 * `-` (anything else becomes `-`, cut to 40 characters); the hash of the exact names makes two
 * models or workflows whose readable parts look alike keep separate comments.
 */
export function gateCommentKey(model: string, workflow: string): string {
  const readable = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || '-';
  const hash = createHash('sha256').update(JSON.stringify([model, workflow])).digest('hex').slice(0, 10);
  return `gate.${readable(model)}.${readable(workflow.split('/').pop() ?? workflow)}.${hash}`;
}

function percent(ch: string): string {
  return Array.from(new TextEncoder().encode(ch), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/**
 * Text for a paragraph or a table cell that renders as the same text: escapeCell (HTML, emphasis,
 * link and image brackets, mentions, pipes, line breaks), plus what GitHub would autolink without
 * brackets: `https://…`, `www.…` and e-mail addresses.
 */
export function inlineText(text: string): string {
  return escapeCell(text)
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\b(www)\./gi, '$1\u200b.');
}

/** A code span for prose (outside tables), shown exactly as written. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, '⏎');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A label inside a mermaid block: quotes, backticks, brackets, angle brackets and line breaks would
 * end the label, the chart or the code fence (or reach mermaid's HTML labels), so only a plain set
 * of characters is kept; the others become `_`. Long labels are shortened.
 */
export function mermaidLabel(text: string, max = 60): string {
  const plain = text.replace(/[^A-Za-z0-9 ._\-+/%:=]/g, '_');
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

/** A number with its sign: `+0.012`, `-3`, `0`. */
export function signed(value: number | undefined): string {
  if (value === undefined) return '–';
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** A signed percentage with 3 significant digits: `+1.23%`. */
export function signedPercent(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text = `${Number(value.toPrecision(3))}%`;
  return value > 0 ? `+${text}` : text;
}

/**
 * A markdown link to an http(s) URL the pipeline made (a run, a release, the job summary), or the
 * label alone when the URL is anything else. The label is escaped; characters that would end the
 * link target are percent-encoded.
 */
export function link(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return inlineText(label);
  const target = url.replace(/[()<>"'\\|]/g, (c) => percent(c));
  return `[${inlineText(label)}](${target})`;
}
