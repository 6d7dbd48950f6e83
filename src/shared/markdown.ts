/**
 * Markdown building blocks for summaries and PR comments. Everything that comes from data or users
 * goes through `escapeCell`/`escapeText`: a cell value must not close a table, open an HTML tag,
 * mention a user or start a code span in a comment that GitHub renders.
 */
import { groupDigits } from '../shared/format.js';

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for a markdown paragraph: HTML, emphasis and link syntax, mentions. */
export function escapeText(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => HTML[c])
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/@/g, '@\u200b');
}

/** Escapes text for a table cell: as escapeText, plus line breaks (they would end the row). */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/\r?\n|\r/g, '<br>');
}

/**
 * Text as a code span inside a table cell, shown exactly as written: inside a code span GitHub
 * renders no HTML, links or mentions and decodes no entities, so only what ends the span or the row
 * is changed: a pipe is escaped (GFM reads `\|` as a pipe in a table cell, even in code), line
 * breaks become a visible ⏎, and the fence is longer than any run of backticks inside.
 */
export function codeCell(text: string): string {
  const flat = text.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '⏎');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A GitHub-flavoured markdown table. Cells are escaped unless marked raw with `{ raw }`. */
export function table(header: string[], rows: (string | number | { raw: string })[][], align?: ('left' | 'right' | 'center')[]): string {
  const cell = (value: string | number | { raw: string }) => (typeof value === 'object' ? value.raw : escapeCell(String(value)));
  const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':---:' : '---'));
  return [`| ${header.map(escapeCell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** A number for people: integers with separators, others to 4 significant digits. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return groupDigits(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e9)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

export function formatPercent(value: number): string {
  if (value === 0) return '0%';
  if (value < 0.01) return '<0.01%';
  return `${Number(value.toPrecision(3))}%`;
}
