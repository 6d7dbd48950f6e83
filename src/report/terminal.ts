import type { ValidationReport } from '../data/validate/report.js';
import { orderChecks } from '../data/checks/order-checks.js';
import { formatNumber, formatPercent } from '../shared/markdown.js';

/** Pads a table of strings into aligned columns for a terminal. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** The validation report as a terminal reader wants it: failures first, then the verdict. */
export function validationText(report: ValidationReport, options: { all?: boolean } = {}): string {
  const out: string[] = [];
  for (const dataset of report.datasets) {
    const checks = orderChecks(dataset.checks).filter((c) => options.all || !c.success);
    out.push(`${dataset.name}: ${formatNumber(dataset.rowCount)} rows, ${dataset.checks.length} checks, ${dataset.checks.filter((c) => !c.success).length} failed`);
    if (checks.length === 0) continue;
    out.push(
      textTable(
        ['', 'check', 'column', 'expected', 'unexpected', '%', 'first example'],
        checks.map((c) => [
          c.success ? 'ok' : c.severity === 'error' ? 'FAIL' : 'warn',
          c.check,
          c.column ?? '-',
          clip(c.expectation, 40),
          c.observed !== undefined ? `observed ${typeof c.observed === 'number' ? formatNumber(c.observed) : c.observed}` : formatNumber(c.unexpectedCount),
          c.observed !== undefined ? '' : formatPercent(c.unexpectedPercent),
          c.examples[0] ? clip(`${c.examples[0].file}:${c.examples[0].line} row ${c.examples[0].row}: ${JSON.stringify(c.examples[0].value)}`, 60) : '',
        ]),
      ),
    );
  }
  if (report.drift) {
    const d = report.drift;
    out.push(`drift: ${d.dataset.driftedColumns.length} of ${d.dataset.compared} compared columns drifted (${d.dataset.status}): ${d.dataset.reason}`);
    out.push(
      textTable(
        ['', 'column', 'kind', 'PSI', 'JS', 'L-inf', 'p-value'],
        d.columns.map((c) => [c.status === 'ok' ? 'ok' : c.status === 'fail' ? 'FAIL' : 'warn', c.column, c.kind, formatNumber(c.metrics.psi ?? null), formatNumber(c.metrics.js ?? null), formatNumber(c.metrics.linf ?? null), formatNumber(c.metrics.pValue ?? null)]),
      ),
    );
  }
  out.push(`${report.passed ? 'PASSED' : 'FAILED'}: ${report.errors} error(s), ${report.warnings} warning(s), fail-on ${report.failOn}, ${report.seconds.toFixed(2)} s`);
  return out.join('\n\n') + '\n';
}
