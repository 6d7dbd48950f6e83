/**
 * The sections of the gate report, each a function of its plain input and a row budget (`maxRows`:
 * how many table rows it may show; the renderer lowers it to fit a PR comment). Every name that
 * comes from users is a code span (codeCell / codeSpan) or goes through inlineText.
 */
import { metricStatus } from '../gate/evaluate.js';
import type { GateResult, MetricRow, RuleResult } from '../gate/types.js';
import { codeCell, formatNumber, table } from '../shared/markdown.js';
import { codeSpan, inlineText, link, mermaidLabel, signed, signedPercent } from './gate-markdown.js';

/** A parameter of the candidate and of production (only changed ones are shown). */
export interface ParamChange {
  name: string;
  production?: string | number | boolean;
  candidate?: string | number | boolean;
}

/** What validate-data and drift found in this run, as the report shows it. */
export interface DataSection {
  validation?: {
    passed: boolean;
    errors: number;
    warnings: number;
    /** Failed checks, worst first. */
    failed?: { check: string; column?: string; severity: 'error' | 'warning'; message?: string }[];
  };
  drift?: {
    driftedShare?: number;
    /** Every column's drift; the report shows the worst. */
    columns: { column: string; method: string; value: number; status: 'ok' | 'warning' | 'fail' }[];
  };
}

/** The sweep that produced the candidate. */
export interface SweepSection {
  metric: string;
  goal: 'maximize' | 'minimize';
  trials: number;
  /** Completed trials' values and the best so far, in trial order. */
  curve: { trial: number; value: number; best: number }[];
}

/** One metric's values over the last production versions (oldest first). */
export interface HistorySeries {
  metric: string;
  points: { version: string; value: number }[];
}

/** Where the candidate came from. */
export interface LineageSection {
  commit?: string;
  runUrl?: string;
  runLabel?: string;
  dataDigest?: string;
  /** Once registered: `penguins v7`, with the release page. */
  registryVersion?: string;
  registryUrl?: string;
}

const STATUS: Record<string, string> = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped', new: '🆕 new', removed: '🗑️ removed', '': '' };
const ORDER: Record<string, number> = { fail: 0, warn: 1, removed: 2, new: 3, skipped: 4, pass: 5, '': 6 };

/** The interval cell: `[+0.009, +0.012] gain` or `[-0.001, +0.004] within noise`. */
function intervalCell(row: MetricRow): string {
  if (!row.interval) return '–';
  const range = `[${signed(row.interval.low)}, ${signed(row.interval.high)}]`;
  return row.significance ? `${range} ${row.significance}` : range;
}

/**
 * The metric table, failing rows first when it must be cut. `maxRows` below the row count keeps
 * the rows that carry a verdict (fail, warn, removed, new) before the others.
 */
export function metricTable(result: GateResult, baselineLabel: string, maxRows: number): { text: string; cut: number } {
  const rulesOf = (name: string) => result.rules.filter((r) => r.metric === name);
  let rows = result.metrics.map((row) => ({ row, status: metricStatus(result, row) }));
  let cut = 0;
  if (rows.length > maxRows) {
    rows = rows
      .map((r, i) => ({ ...r, i }))
      .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.i - b.i)
      .slice(0, maxRows)
      .sort((a, b) => a.i - b.i);
    cut = result.metrics.length - rows.length;
  }
  if (result.metrics.length === 0) return { text: 'No metrics in either file.', cut: 0 };
  const text = table(
    ['metric', baselineLabel, 'candidate', 'change', 'change %', 'interval', 'rule', 'status'],
    rows.map(({ row, status }) => [
      { raw: codeCell(row.name) },
      row.baseline === undefined ? (row.presence === 'new' ? 'new' : '–') : formatNumber(row.baseline),
      row.candidate === undefined ? 'removed' : formatNumber(row.candidate),
      signed(row.change),
      signedPercent(row.changePct),
      intervalCell(row),
      { raw: rulesOf(row.name).map((r) => inlineText(r.condition)).join('<br>') || '' },
      { raw: [STATUS[status] ?? inlineText(status), ...rulesOf(row.name).filter((r) => r.status !== 'pass').map((r) => inlineText(r.reason))].join('<br>') },
    ]),
    ['left', 'right', 'right', 'right', 'right', 'left', 'left', 'left'],
  );
  return { text, cut };
}

/** Rules that judge no metric (data rules), as a short list under the metric table (never cut). */
export function dataRules(rules: RuleResult[]): string {
  const data = rules.filter((r) => r.metric === undefined);
  if (data.length === 0) return '';
  return data.map((r) => `- ${STATUS[r.status]}: ${inlineText(r.rule)} (${inlineText(r.reason)})`).join('\n');
}

/** How the intervals were made, in one line under the table. */
export function bootstrapNote(result: GateResult): string {
  const b = result.bootstrap;
  const lines: string[] = [];
  if (b) lines.push(`Intervals: ${Math.round(b.confidence * 100)}% paired bootstrap (percentile, ${formatNumber(b.resamples)} resamples, seed ${b.seed}) over ${formatNumber(b.examples)} examples; "within noise" where the interval covers zero.`);
  for (const note of result.notes) lines.push(inlineText(note));
  return lines.join('\n');
}

export function paramsSection(params: ParamChange[], maxRows: number): { text: string; cut: number } {
  const changed = params.filter((p) => p.production !== p.candidate);
  if (changed.length === 0) return { text: 'No parameter changed.', cut: 0 };
  const shown = changed.slice(0, maxRows);
  const show = (v: ParamChange['production']) => (v === undefined ? '–' : { raw: codeCell(String(v)) });
  return { text: table(['parameter', 'production', 'candidate'], shown.map((p) => [{ raw: codeCell(p.name) }, show(p.production), show(p.candidate)])), cut: changed.length - shown.length };
}

export function dataSection(data: DataSection, maxRows: number): { text: string; cut: number } {
  const parts: string[] = [];
  let cut = 0;
  const v = data.validation;
  if (v) {
    parts.push(`Validation ${v.passed ? 'passed' : 'failed'}: ${formatNumber(v.errors)} errors, ${formatNumber(v.warnings)} warnings.`);
    const failed = v.failed ?? [];
    if (failed.length > 0) {
      const shown = failed.slice(0, maxRows);
      cut += failed.length - shown.length;
      if (shown.length > 0) parts.push(table(['check', 'column', 'severity', 'message'], shown.map((f) => [f.check, { raw: f.column === undefined ? '' : codeCell(f.column) }, f.severity, { raw: inlineText(f.message ?? '') }])));
    }
  }
  const d = data.drift;
  if (d) {
    const rank = { fail: 0, warning: 1, ok: 2 };
    const worst = [...d.columns].sort((a, b) => rank[a.status] - rank[b.status] || b.value - a.value);
    const limit = Math.min(10, maxRows);
    cut += Math.max(0, Math.min(10, worst.length) - limit);
    parts.push(`Drift: ${d.driftedShare === undefined ? '' : `${formatNumber(d.driftedShare * 100)}% of columns drifted; `}the ${Math.min(limit, worst.length)} worst of ${worst.length} columns:`);
    if (limit > 0 && worst.length > 0) parts.push(table(['column', 'method', 'value', 'status'], worst.slice(0, limit).map((c) => [{ raw: codeCell(c.column) }, c.method, formatNumber(c.value), c.status]), ['left', 'left', 'right', 'left']));
  }
  return { text: parts.join('\n\n'), cut };
}

export function sweepSection(sweep: SweepSection, maxRows: number): { text: string; cut: number } {
  const curve = sweep.curve;
  const best = curve.length > 0 ? curve[curve.length - 1].best : undefined;
  const parts = [`${formatNumber(sweep.trials)} trials, ${sweep.goal} ${codeSpan(sweep.metric)}${best === undefined ? '' : `, best ${formatNumber(best)}`}.`];
  if (curve.length > 1) {
    const label = mermaidLabel(sweep.metric);
    const points = curve.slice(-Math.max(2, Math.min(maxRows, 200)));
    parts.push(['```mermaid', 'xychart-beta', `  title "best ${label} so far"`, `  x-axis "trial" [${points.map((p) => p.trial).join(', ')}]`, `  y-axis "${label}"`, `  line [${points.map((p) => Number(p.best.toPrecision(6))).join(', ')}]`, '```'].join('\n'));
  }
  const shown = curve.slice(-maxRows);
  if (shown.length > 0) parts.push(table(['trial', 'value', 'best so far'], shown.map((p) => [p.trial, formatNumber(p.value), formatNumber(p.best)]), ['right', 'right', 'right']));
  return { text: parts.join('\n\n'), cut: curve.length - shown.length };
}

export function historySection(history: HistorySeries[], maxRows: number): { text: string; cut: number } {
  const parts: string[] = [];
  let cut = 0;
  for (const series of history) {
    const points = series.points.slice(-Math.max(0, maxRows));
    cut += series.points.length - points.length;
    if (points.length === 0) continue;
    parts.push(`${codeSpan(series.metric)} over the last ${points.length} production versions:`);
    if (points.length > 1) {
      const label = mermaidLabel(series.metric);
      parts.push(['```mermaid', 'xychart-beta', `  title "${label}"`, `  x-axis [${points.map((p) => `"${mermaidLabel(p.version, 20)}"`).join(', ')}]`, `  y-axis "${label}"`, `  line [${points.map((p) => Number(p.value.toPrecision(6))).join(', ')}]`, '```'].join('\n'));
    }
    parts.push(table(['version', 'value'], points.map((p) => [{ raw: codeCell(p.version) }, formatNumber(p.value)]), ['left', 'right']));
  }
  return { text: parts.join('\n\n'), cut };
}

export function lineageSection(lineage: LineageSection): string {
  const rows: [string, string | { raw: string }][] = [];
  if (lineage.commit) rows.push(['commit', { raw: codeCell(lineage.commit) }]);
  if (lineage.runUrl) rows.push(['run', { raw: link(lineage.runLabel ?? 'workflow run', lineage.runUrl) }]);
  if (lineage.dataDigest) rows.push(['data digest', { raw: codeCell(lineage.dataDigest) }]);
  if (lineage.registryVersion) rows.push(['registry version', { raw: link(lineage.registryVersion, lineage.registryUrl) }]);
  return rows.length === 0 ? '' : table(['', ''], rows);
}

/** The status words as shown, for the verdict line. */
export function verdictIcon(verdict: GateResult['verdict']): string {
  return verdict === 'pass' ? '✅' : verdict === 'warn' ? '⚠️' : '❌';
}
