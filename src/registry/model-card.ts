/**
 * The model card: the human-readable part of a model version's release body. It shows what the
 * version is (metrics, params), where it comes from (commit, run, parent version, data, sweep, gate)
 * and how to get it (`mlops models download`, `gh release download`).
 *
 * Every value comes from users or their data, so all of it goes through `escapeText`/`escapeCell`
 * (or sits in a code block whose fence is longer than any backtick run inside); links are only made
 * from https URLs and validated repository names. The card fits in `maxChars` (default GitHub's
 * 125,000-character release body limit; pass less to leave room for an embedded manifest): long
 * tables are cut between rows, with a note saying how many rows are not shown.
 */
import { escapeText, formatNumber, table } from '../shared/markdown.js';
import { groupDigits } from '../shared/format.js';

/** GitHub's limit on a release body, in characters. */
export const MAX_RELEASE_BODY = 125_000;

export interface ModelCardInput {
  name: string;
  version: number | string;
  /** ISO 8601 time of registration. */
  createdAt: string;
  /** Release tag of the version; default `<name>/v<version>` (names.ts `versionTag`). */
  tag?: string;
  /** `owner/name`, for commit and release links and the `gh` command. */
  repository?: string;
  /** Default https://github.com. */
  serverUrl?: string;
  commit?: string | null;
  ref?: string | null;
  runUrl?: string | null;
  actor?: string | null;
  params: Record<string, unknown>;
  metrics: Record<string, number | null>;
  /** The version this one was compared against or derived from. */
  parent?: { version: number | string; tag?: string } | null;
  data?: { files: { path: string; sha256: string; rows: number | null }[] } | null;
  sweep?: {
    trials?: number;
    completed?: number;
    bestTrial?: string | null;
    objective?: { metric: string; direction: string } | null;
    url?: string | null;
  } | null;
  gate?: { verdict: string; baselineVersion?: number | null; reasons?: string[]; url?: string | null } | null;
  /** An asset stored in parts (over GitHub's 2 GiB per asset) lists them: the release holds those. */
  assets: { name: string; size: number; sha256: string; parts?: { name: string; size: number; sha256: string }[] }[];
  /** Replaces the default `mlops models download ...` command. */
  downloadCommand?: string;
}

export interface ModelCardOptions {
  /** Longest card in characters; default MAX_RELEASE_BODY. */
  maxChars?: number;
}

/** One user value is shown at most this long (before escaping); the manifest keeps it whole. */
const MAX_VALUE = 300;
/** Gate reasons listed at most. */
const MAX_REASONS = 20;

function clip(value: string, max = MAX_VALUE): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

const text = (value: string) => escapeText(clip(value.replace(/\r?\n|\r/g, ' ')));

const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SAFE_URL = /^https:\/\/[^\s<>"'`()\\[\]]{1,2000}$/;

/** A markdown link when the URL is a plain https URL, else the escaped text alone. */
function link(label: string, url: string | undefined | null): string {
  return url && SAFE_URL.test(url) ? `[${text(label)}](${url})` : text(label);
}

function shellQuote(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /^[A-Za-z0-9._/:=@%+-]+$/.test(flat) ? flat : `'${flat.replace(/'/g, `'\\''`)}'`;
}

/** A fenced code block that no backtick run in `body` can close. */
function codeBlock(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

function formatMetric(value: number | null): string {
  if (value === null || typeof value !== 'number' || !Number.isFinite(value)) return formatNumber(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

function formatParam(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

interface TableSpec {
  title: string;
  header: string[];
  rows: string[][];
  align?: ('left' | 'right' | 'center')[];
  /** What the reader can do to see the rest. */
  rest: string;
}

/** The table with as many leading rows as fit in `budget` characters, cut between rows with a note. */
function boundedTable(spec: TableSpec, budget: number): string {
  const full = `### ${spec.title}\n\n${table(spec.header, spec.rows, spec.align)}`;
  if (full.length <= budget) return full;
  const head = `### ${spec.title}\n\n${table(spec.header, [], spec.align)}`;
  const note = (hidden: number) => `\n\n_${groupDigits(hidden)} of ${groupDigits(spec.rows.length)} rows not shown: ${spec.rest}_`;
  let length = head.length + note(spec.rows.length).length;
  if (length > budget) return '';
  const lines = [head];
  let shown = 0;
  for (const row of spec.rows) {
    const line = `\n${table(spec.header, [row]).split('\n')[2]}`;
    if (length + line.length > budget) break;
    lines.push(line);
    length += line.length;
    shown += 1;
  }
  return lines.join('') + note(spec.rows.length - shown);
}

/** Renders the release body's model card; see the module comment. */
export function renderModelCard(input: ModelCardInput, options: ModelCardOptions = {}): string {
  const maxChars = options.maxChars ?? MAX_RELEASE_BODY;
  const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const repo = input.repository && REPO.test(input.repository) ? input.repository : undefined;
  const tag = input.tag ?? `${input.name}/v${input.version}`;
  const tagUrl = (t: string) => (repo ? `${server}/${repo}/releases/tag/${t.split('/').map(encodeURIComponent).join('/')}` : undefined);

  // Fixed sections: small, every value clipped.
  const intro = [`## Model ${text(input.name)} · version ${text(String(input.version))}`, '', `Registered ${text(input.createdAt)}${input.actor ? ` by ${text(input.actor)}` : ''}.`];

  const lineage: string[] = [];
  if (input.commit) {
    const url = repo && /^[0-9a-f]{7,64}$/i.test(input.commit) ? `${server}/${repo}/commit/${input.commit}` : undefined;
    lineage.push(`- Commit: ${link(input.commit.slice(0, 12), url)}${input.ref ? ` (${text(input.ref)})` : ''}`);
  } else if (input.ref) lineage.push(`- Ref: ${text(input.ref)}`);
  if (input.runUrl) lineage.push(`- Run: ${link('workflow run', input.runUrl)}`);
  if (input.parent) {
    const parentTag = input.parent.tag ?? `${input.name}/v${input.parent.version}`;
    lineage.push(`- Parent: ${link(`version ${input.parent.version}`, tagUrl(parentTag))}`);
  }
  if (input.sweep) {
    const s = input.sweep;
    const parts = [s.trials !== undefined ? `${s.completed ?? '?'} of ${s.trials} trials completed` : undefined, s.bestTrial ? `best trial ${text(s.bestTrial)}` : undefined];
    if (s.objective) parts.push(`objective: ${s.objective.direction === 'maximize' ? 'maximize' : 'minimize'} ${text(s.objective.metric)}`);
    lineage.push(`- Sweep: ${link('sweep', s.url)}${parts.some(Boolean) ? `, ${parts.filter(Boolean).join(', ')}` : ''}`);
  }
  if (input.gate) {
    const g = input.gate;
    const verdict = g.verdict === 'pass' ? '✅ pass' : g.verdict === 'fail' ? '❌ fail' : g.verdict;
    lineage.push(`- Gate: ${link(verdict, g.url)}${g.baselineVersion ? ` against ${link(`version ${g.baselineVersion}`, tagUrl(`${input.name}/v${g.baselineVersion}`))}` : ''}`);
    const reasons = g.reasons ?? [];
    for (const reason of reasons.slice(0, MAX_REASONS)) lineage.push(`  - ${text(reason)}`);
    if (reasons.length > MAX_REASONS) lineage.push(`  - …and ${reasons.length - MAX_REASONS} more (see manifest.json)`);
  }

  // NAME:N selects the version (`--version` is the CLI's own version flag); --out is required.
  const mlops =
    input.downloadCommand?.replace(/[\r\n]+/g, ' ') ??
    `mlops models download ${shellQuote(`${input.name}:${input.version}`)}${repo ? ` --github ${repo}` : ''} --out ${shellQuote(`${input.name}-v${input.version}`)}`;
  const gh = `gh release download ${shellQuote(tag)}${repo ? ` --repo ${repo}` : ''} --dir ${shellQuote(`${input.name}-v${input.version}`)}`;
  const download = [
    '### Download',
    '',
    'With the mlops CLI (checks every sha256 and unpacks safely):',
    '',
    codeBlock('sh', clip(mlops, 1000)),
    '',
    'With the GitHub CLI (then check the sha256 digests below, e.g. `sha256sum`):',
    '',
    codeBlock('sh', clip(gh, 1000)),
    // The GitHub CLI fetches the parts of an asset over 2 GiB as they are; mlops joins them itself.
    ...input.assets
      .filter((a) => a.parts)
      .flatMap((a) => ['', `${text(a.name)} comes in ${a.parts!.length} parts (each sha256 is below): join them in order, then check the whole's sha256:`, '', codeBlock('sh', clip(`cat ${a.parts!.map((p) => shellQuote(p.name)).join(' ')} > ${shellQuote(a.name)}`, 1000))]),
  ];

  const fixed = [intro.join('\n'), lineage.length ? `### Lineage\n\n${lineage.join('\n')}` : '', download.join('\n')].filter(Boolean);

  const all: TableSpec[] = [
    {
      title: 'Metrics',
      header: ['Metric', 'Value'],
      rows: Object.keys(input.metrics).sort().map((k) => [clip(k), formatMetric(input.metrics[k])]),
      align: ['left', 'right'],
      rest: 'all metrics are in manifest.json.',
    },
    {
      title: 'Parameters',
      header: ['Parameter', 'Value'],
      rows: Object.keys(input.params).sort().map((k) => [clip(k), clip(formatParam(input.params[k]))]),
      rest: 'all parameters are in manifest.json.',
    },
    {
      title: 'Data',
      header: ['File', 'Rows', 'sha256'],
      rows: (input.data?.files ?? []).map((f) => [clip(f.path), formatNumber(f.rows), clip(f.sha256, 80)]),
      align: ['left', 'right', 'left'],
      rest: 'the data profile lists every file.',
    },
    {
      title: 'Assets',
      header: ['Asset', 'Size', 'sha256'],
      rows: input.assets.flatMap((a) => [
        [clip(a.name) + (a.parts ? ` (${a.parts.length} parts, joined)` : ''), formatSize(a.size), clip(a.sha256, 80)],
        ...(a.parts ?? []).map((p) => [`↳ ${clip(p.name)}`, formatSize(p.size), clip(p.sha256, 80)]),
      ]),
      align: ['left', 'right', 'left'],
      rest: 'all assets are listed on this release.',
    },
  ];
  const specs = all.filter((s) => s.rows.length > 0);

  // Share what the fixed sections leave between the tables: small tables are shown whole, the rest
  // split evenly (water-filling), so 10,000 metrics cannot push the assets out.
  const separator = '\n\n';
  const fixedLength = fixed.join(separator).length;
  let remaining = maxChars - fixedLength - separator.length * specs.length - 1;
  const fullLength = specs.map((s) => boundedTable(s, Infinity).length);
  const budgets = new Array<number>(specs.length).fill(0);
  const order = specs.map((_, i) => i).sort((a, b) => fullLength[a] - fullLength[b]);
  order.forEach((index, position) => {
    const share = Math.floor(Math.max(0, remaining) / (order.length - position));
    budgets[index] = Math.min(fullLength[index], share);
    remaining -= budgets[index];
  });
  const tables = specs.map((s, i) => boundedTable(s, budgets[i])).filter(Boolean);

  // Metrics and params read best right after the intro, before lineage and download.
  const [introPart, ...rest] = fixed;
  let card = [introPart, ...tables, ...rest].join(separator) + '\n';
  if (card.length > maxChars) {
    // Only reachable with a tiny maxChars: cut at a line end, never mid-row.
    const note = '\n\n_Model card truncated; see manifest.json._\n';
    const cut = card.lastIndexOf('\n', Math.max(0, maxChars - note.length));
    card = cut > 0 ? card.slice(0, cut) + note : note.trim().slice(0, maxChars);
  }
  return card;
}
