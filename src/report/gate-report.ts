/**
 * The gate report: one renderer for the three places it is shown (the sticky PR comment, the job
 * summary, `.mlops/gate-report.md`), from plain typed input.
 *
 * Layout (the comment sink adds the hidden marker above it, see gateCommentKey): the verdict in one line a reviewer can act on, the metric
 * table (metric, production, candidate, change, change %, interval, rule, status) with the data
 * rules (never cut) and how the intervals were made under it; then the details, each optional: changed
 * parameters, data (validation and the worst drifted columns), the sweep (best-so-far chart and
 * table), the metric history of the last production versions, and the lineage.
 *
 * Size: a PR comment holds at most 65,536 characters. When the report is longer, the details are
 * folded into `<details>` blocks first and their tables are cut, row budget by row budget (200, 50,
 * 10, then the section is left out); then the metric table is cut, keeping failing, warning, new
 * and removed metrics first. Whatever was cut is said in one line linking to the job summary
 * (`summaryUrl`), which is rendered with a larger `maxLength` and holds everything.
 */
import type { GateResult } from '../gate/types.js';
import { inlineText, link } from './gate-markdown.js';
import {
  bootstrapNote,
  dataRules,
  dataSection,
  historySection,
  lineageSection,
  metricTable,
  paramsSection,
  sweepSection,
  verdictIcon,
  type DataSection,
  type HistorySeries,
  type LineageSection,
  type ParamChange,
  type SweepSection,
} from './gate-report-sections.js';

export type { DataSection, HistorySeries, LineageSection, ParamChange, SweepSection } from './gate-report-sections.js';

/** GitHub's limit on an issue or PR comment body. */
export const COMMENT_LIMIT = 65536;

/** Everything the report shows; only `model`, `workflow` and `result` are required. */
export interface GateReportInput {
  model: string;
  workflow: string;
  result: GateResult;
  /** How the production column is headed: `production (v3)`. Default: the result's baseline label. */
  baselineLabel?: string;
  params?: ParamChange[];
  data?: DataSection;
  sweep?: SweepSection;
  history?: HistorySeries[];
  lineage?: LineageSection;
  /** The job summary holding the whole report, linked when something is cut. */
  summaryUrl?: string;
  /** Default COMMENT_LIMIT; the job summary passes a larger one (GitHub allows 1 MiB there). */
  maxLength?: number;
}

interface Detail {
  title: string;
  render(maxRows: number): { text: string; cut: number };
}

const BUDGETS = [Infinity, 200, 50, 10, 0];
const METRIC_BUDGETS = [Infinity, 500, 100, 20, 0];

export function renderGateReport(input: GateReportInput): string {
  const maxLength = input.maxLength ?? COMMENT_LIMIT;
  const details = detailsOf(input);
  for (const metricRows of METRIC_BUDGETS) {
    for (const [level, rows] of BUDGETS.entries()) {
      // Below the full metric table only the smallest detail budget is tried: details go first.
      if (metricRows !== Infinity && rows !== 0) continue;
      const text = compose(input, details, { metricRows, detailRows: rows, fold: level > 0 || metricRows !== Infinity });
      if (text.length <= maxLength) return text;
    }
  }
  // A verdict line or a single metric name larger than the limit: cut the text itself.
  const text = compose(input, details, { metricRows: 0, detailRows: 0, fold: true });
  const note = `\n\n… cut to fit. ${link('The whole report is in the job summary.', input.summaryUrl)}\n`;
  return text.slice(0, Math.max(0, maxLength - note.length)).replace(/\n[^\n]*$/, '') + note;
}

function detailsOf(input: GateReportInput): Detail[] {
  const details: Detail[] = [];
  if (input.params) details.push({ title: 'Changed parameters', render: (rows) => paramsSection(input.params!, rows) });
  if (input.data) details.push({ title: 'Data', render: (rows) => dataSection(input.data!, rows) });
  if (input.sweep) details.push({ title: 'Sweep', render: (rows) => sweepSection(input.sweep!, rows) });
  if (input.history && input.history.length > 0) details.push({ title: 'Metric history', render: (rows) => historySection(input.history!, rows) });
  if (input.lineage) {
    const text = lineageSection(input.lineage);
    if (text) details.push({ title: 'Lineage', render: (rows) => ({ text: rows === 0 ? '' : text, cut: 0 }) });
  }
  return details;
}

function compose(input: GateReportInput, details: Detail[], budget: { metricRows: number; detailRows: number; fold: boolean }): string {
  const { result } = input;
  const label = input.baselineLabel ?? result.baseline?.label;
  const heading = `production${label ? ` (${label.replace(/:\/\//g, ':\u200b//')})` : ''}`;
  const parts = [`### ${verdictIcon(result.verdict)} ${inlineText(result.headline)}`];
  if (!result.baseline) parts.push('No production model to compare with: relative rules are skipped.');

  const cutSections: string[] = [];
  const metrics = metricTable(result, heading, budget.metricRows);
  parts.push(metrics.text);
  if (metrics.cut > 0) cutSections.push(`${metrics.cut} metrics`);
  const under = [dataRules(result.rules), bootstrapNote(result)].filter(Boolean).join('\n\n');
  if (under) parts.push(under);

  for (const detail of details) {
    const { text, cut } = detail.render(budget.detailRows);
    if (budget.detailRows === 0 || text === '') {
      if (budget.detailRows === 0) cutSections.push(detail.title);
      continue;
    }
    if (cut > 0) cutSections.push(`${cut} rows of ${detail.title}`);
    parts.push(budget.fold ? `<details><summary>${detail.title}</summary>\n\n${text}\n\n</details>` : `#### ${detail.title}\n\n${text}`);
  }
  if (cutSections.length > 0) parts.push(`Cut to fit a PR comment: ${cutSections.join(', ')}. ${link('The whole report is in the job summary.', input.summaryUrl)}`);
  return parts.join('\n\n') + '\n';
}
