import type { CheckResult } from '../data/checks/result.js';
import { orderChecks } from '../data/checks/order-checks.js';
import type { DriftReport } from '../data/drift/index.js';
import type { ValidationReport } from '../data/validate/report.js';
import { codeCell, escapeCell, escapeText, formatNumber, formatPercent, table } from '../shared/markdown.js';

const MAX_ROWS_PER_TABLE = 200;

/** The job summary of validate-data: verdict, one table of checks per dataset, the drift table. */
export function validationSummary(report: ValidationReport): string {
  const parts: string[] = [];
  const verdict = report.passed ? '✅ Data validation passed' : '❌ Data validation failed';
  parts.push(`## ${verdict}`);
  const datasets = report.datasets.map((d) => `${d.name}: ${formatNumber(d.rowCount)} rows in ${d.files.length} file${d.files.length === 1 ? '' : 's'}`);
  parts.push(`${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} (fails on: ${report.failOn}) · ${datasets.join(' · ')} · ${report.seconds.toFixed(2)} s`);
  for (const dataset of report.datasets) {
    parts.push(`### Checks on ${dataset.name} data`);
    parts.push(checksTable(dataset.checks));
  }
  if (report.drift) parts.push('### Drift against the baseline profile', driftTable(report.drift));
  parts.push(`<sub>Data digest \`${report.dataDigest.slice(0, 16)}\` · files: ${report.datasets.flatMap((d) => d.files).map((f) => `${escapeText(f.path)} (\`${f.sha256.slice(0, 12)}\`)`).join(', ')}</sub>`);
  return parts.join('\n\n') + '\n';
}

function status(check: CheckResult): string {
  if (check.success) return '✅';
  return check.severity === 'error' ? '❌' : '⚠️';
}

function checksTable(checks: CheckResult[]): string {
  const ordered = orderChecks(checks);
  const rows = ordered.slice(0, MAX_ROWS_PER_TABLE).map((c) => [
    { raw: status(c) },
    c.check,
    c.column ?? '(dataset)',
    c.expectation,
    c.observed !== undefined ? (typeof c.observed === 'number' ? formatNumber(c.observed) : c.observed) : `${formatNumber(c.unexpectedCount)} of ${formatNumber(c.elementCount - c.missingCount)}`,
    c.observed !== undefined ? '' : formatPercent(c.unexpectedPercent),
    { raw: examplesCell(c) },
  ]);
  let text = table(['', 'check', 'column', 'expected', 'unexpected / observed', '%', 'first examples (row: value)'], rows, ['center', 'left', 'left', 'left', 'right', 'right', 'left']);
  if (ordered.length > MAX_ROWS_PER_TABLE) text += `\n\n… and ${ordered.length - MAX_ROWS_PER_TABLE} more passing checks (see the JSON report).`;
  return text;
}

function examplesCell(check: CheckResult): string {
  if (check.success || check.examples.length === 0) return '';
  const shown = check.examples.slice(0, 3).map((e) => `${e.row > 0 ? `row ${e.row}` : escapeCell(e.file)}: ${codeCell(String(e.value))}`);
  return shown.join('<br>') + (check.unexpectedCount > 3 ? '<br>…' : '');
}

function driftTable(drift: DriftReport): string {
  const rows = drift.columns.map((c) => [
    { raw: c.status === 'ok' ? '✅' : c.status === 'fail' ? '❌' : '⚠️' },
    c.column,
    c.kind,
    formatNumber(c.metrics.psi ?? null),
    formatNumber(c.metrics.js ?? null),
    formatNumber(c.metrics.linf ?? null),
    formatNumber(c.metrics.pValue ?? null),
    c.reason ?? '',
  ]);
  const d = drift.dataset;
  const verdict = `${d.driftedColumns.length} of ${d.compared} compared columns drifted (share ${formatNumber(d.share)}; the dataset fails at ${formatNumber(drift.options.driftedShareFail)}): **${d.status}**. ${escapeText(d.reason)}`;
  return `${verdict}\n\n${table(['', 'column', 'kind', 'PSI', 'JS distance', 'L∞', 'p-value', 'why'], rows, ['center', 'left', 'left', 'right', 'right', 'right', 'right', 'left'])}`;
}
