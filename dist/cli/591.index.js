export const id = 591;
export const ids = [591];
export const modules = {

/***/ 26448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ orderChecks)
/* harmony export */ });
/** Failed checks first (errors, then warnings), then the passing ones in schema order. */
function orderChecks(checks) {
    const rank = (c) => (c.success ? 2 : c.severity === 'error' ? 0 : 1);
    return checks.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
}


/***/ }),

/***/ 73591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validationSummary: () => (/* binding */ validationSummary)
/* harmony export */ });
/* harmony import */ var _data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26448);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11680);


const MAX_ROWS_PER_TABLE = 200;
/** The job summary of validate-data: verdict, one table of checks per dataset, the drift table. */
function validationSummary(report) {
    const parts = [];
    const verdict = report.passed ? '✅ Data validation passed' : '❌ Data validation failed';
    parts.push(`## ${verdict}`);
    const datasets = report.datasets.map((d) => `${d.name}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(d.rowCount)} rows in ${d.files.length} file${d.files.length === 1 ? '' : 's'}`);
    parts.push(`${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} (fails on: ${report.failOn}) · ${datasets.join(' · ')} · ${report.seconds.toFixed(2)} s`);
    for (const dataset of report.datasets) {
        parts.push(`### Checks on ${dataset.name} data`);
        parts.push(checksTable(dataset.checks));
    }
    if (report.drift)
        parts.push('### Drift against the baseline profile', driftTable(report.drift));
    parts.push(`<sub>Data digest \`${report.dataDigest.slice(0, 16)}\` · files: ${report.datasets.flatMap((d) => d.files).map((f) => `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.path)} (\`${f.sha256.slice(0, 12)}\`)`).join(', ')}</sub>`);
    return parts.join('\n\n') + '\n';
}
function status(check) {
    if (check.success)
        return '✅';
    return check.severity === 'error' ? '❌' : '⚠️';
}
function checksTable(checks) {
    const ordered = (0,_data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .orderChecks */ .g)(checks);
    const rows = ordered.slice(0, MAX_ROWS_PER_TABLE).map((c) => [
        { raw: status(c) },
        c.check,
        c.column ?? '(dataset)',
        c.expectation,
        c.observed !== undefined ? (typeof c.observed === 'number' ? (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.observed) : c.observed) : `${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.unexpectedCount)} of ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.elementCount - c.missingCount)}`,
        c.observed !== undefined ? '' : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(c.unexpectedPercent),
        { raw: examplesCell(c) },
    ]);
    let text = (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'check', 'column', 'expected', 'unexpected / observed', '%', 'first examples (row: value)'], rows, ['center', 'left', 'left', 'left', 'right', 'right', 'left']);
    if (ordered.length > MAX_ROWS_PER_TABLE)
        text += `\n\n… and ${ordered.length - MAX_ROWS_PER_TABLE} more passing checks (see the JSON report).`;
    return text;
}
function examplesCell(check) {
    if (check.success || check.examples.length === 0)
        return '';
    const shown = check.examples.slice(0, 3).map((e) => `${e.row > 0 ? `row ${e.row}` : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(e.file)}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(String(e.value))}`);
    return shown.join('<br>') + (check.unexpectedCount > 3 ? '<br>…' : '');
}
function driftTable(drift) {
    const rows = drift.columns.map((c) => [
        { raw: c.status === 'ok' ? '✅' : c.status === 'fail' ? '❌' : '⚠️' },
        c.column,
        c.kind,
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.psi ?? null),
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.js ?? null),
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.linf ?? null),
        (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.pValue ?? null),
        c.reason ?? '',
    ]);
    const d = drift.dataset;
    const verdict = `${d.driftedColumns.length} of ${d.compared} compared columns drifted (share ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(d.share)}; the dataset fails at ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(drift.options.driftedShareFail)}): **${d.status}**. ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(d.reason)}`;
    return `${verdict}\n\n${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'column', 'kind', 'PSI', 'JS distance', 'L∞', 'p-value', 'why'], rows, ['center', 'left', 'left', 'right', 'right', 'right', 'right', 'left'])}`;
}


/***/ }),

/***/ 36338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits),
/* harmony export */   R: () => (/* binding */ valueText)
/* harmony export */ });
/**
 * A whole number with thousands separators, as `n.toLocaleString('en-US')` writes it, without
 * Intl: the first toLocaleString call of a process loads ICU's number formatting, ~16 ms that
 * `mlops validate` spent on its one log line about rows read.
 */
function groupDigits(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 ? `-${digits}` : digits;
}
/** A value from JSON (a param, a metric, a table cell) as text: scalars as they print, the rest as JSON. */
function valueText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return value === undefined ? '' : JSON.stringify(value);
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36338);
/**
 * Markdown building blocks for summaries and PR comments. Everything that comes from data or users
 * goes through `escapeCell`/`escapeText`: a cell value must not close a table, open an HTML tag,
 * mention a user or start a code span in a comment that GitHub renders.
 */

const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text for a markdown paragraph: HTML, emphasis and link syntax, mentions. */
function escapeText(text) {
    return text
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/([\\`*_[\]#|~])/g, '\\$1')
        .replace(/@/g, '@\u200b');
}
/** Escapes text for a table cell: as escapeText, plus line breaks (they would end the row). */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, '<br>');
}
/**
 * Text as a code span inside a table cell, shown exactly as written: inside a code span GitHub
 * renders no HTML, links or mentions and decodes no entities, so only what ends the span or the row
 * is changed: a pipe is escaped (GFM reads `\|` as a pipe in a table cell, even in code), line
 * breaks become a visible ⏎, and the fence is longer than any run of backticks inside.
 */
function codeCell(text) {
    const flat = text.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '⏎');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A GitHub-flavoured markdown table. Cells are escaped unless marked raw with `{ raw }`. */
function table(header, rows, align) {
    const cell = (value) => (typeof value === 'object' ? value.raw : escapeCell(String(value)));
    const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':---:' : '---'));
    return [`| ${header.map(escapeCell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/** A number for people: integers with separators, others to 4 significant digits. */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return '–';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-3 || abs >= 1e9))
        return value.toExponential(3);
    return Number(value.toPrecision(4)).toString();
}
function formatPercent(value) {
    if (value === 0)
        return '0%';
    if (value < 0.01)
        return '<0.01%';
    return `${Number(value.toPrecision(3))}%`;
}


/***/ })

};
