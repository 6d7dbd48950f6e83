export const id = 627;
export const ids = [627];
export const modules = {

/***/ 19627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_validate_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45189);
/* harmony import */ var _build_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57471);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43085);
/* harmony import */ var _standby_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22520);






/**
 * validate-data end to end, shared by the action and the CLI: plan, validate, write the profile and
 * the JSON report, annotate the first offending rows. The profile and report are written even when
 * checks fail (they say why); nothing else is published. `early` are range workers the caller
 * started (standby.ts); they are closed here either way.
 */
async function runValidate(request, logger, early) {
    // range workers boot while this thread plans (the CLI starts them even earlier: `early`)
    const standby = early ?? (0,_standby_js__WEBPACK_IMPORTED_MODULE_5__/* .standbyWorkersFor */ .Il)(request);
    try {
        const plan = await (0,_build_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .planValidation */ .pU)(request);
        const outcome = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__/* .validateData */ .l)({ ...plan.settings, standby }, logger);
        outcome.report.profilePath = plan.profileOut;
        await writeJson(plan.profileOut, outcome.profile);
        await writeJson(plan.reportOut, outcome.report);
        annotate(outcome, logger);
        return { ...outcome, profilePath: plan.profileOut, reportPath: plan.reportOut };
    }
    finally {
        standby?.close();
    }
}
async function writeJson(file, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(value, null, 2) + '\n');
}
/** One annotation per failed check, at the first offending row (the logger caps them at 10 per level). */
function annotate(outcome, logger) {
    for (const dataset of outcome.report.datasets) {
        for (const check of (0,_report_validate_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .orderChecks */ .g)(dataset.checks)) {
            if (check.success)
                continue;
            const first = check.examples[0];
            const what = check.column ? `column "${check.column}"` : `${dataset.name} data`;
            const count = check.observed !== undefined ? `observed ${check.observed}` : `${check.unexpectedCount} unexpected (${check.unexpectedPercent.toFixed(2)}%)`;
            const example = first ? `; first at row ${first.row}: ${JSON.stringify(first.value)}` : '';
            const message = `${check.check}: ${what} expected ${check.expectation}, ${count}${example}`;
            const location = first ? { file: first.file, line: first.line > 0 ? first.line : undefined, title: `validate-data: ${check.id}` } : undefined;
            if (check.severity === 'error')
                logger.error(message, location);
            else
                logger.warning(message, location);
        }
    }
    const drift = outcome.report.drift;
    for (const column of drift?.columns ?? []) {
        if (column.status === 'ok')
            continue;
        const message = `drift: column "${column.column}" ${column.reason ?? column.status}`;
        if (column.status === 'fail')
            logger.error(message);
        else
            logger.warning(message);
    }
}


/***/ }),

/***/ 47987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16308);
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


/***/ }),

/***/ 45189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ orderChecks),
/* harmony export */   validationSummary: () => (/* binding */ validationSummary)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47987);

const MAX_ROWS_PER_TABLE = 200;
/** The job summary of validate-data: verdict, one table of checks per dataset, the drift table. */
function validationSummary(report) {
    const parts = [];
    const verdict = report.passed ? '✅ Data validation passed' : '❌ Data validation failed';
    parts.push(`## ${verdict}`);
    const datasets = report.datasets.map((d) => `${d.name}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(d.rowCount)} rows in ${d.files.length} file${d.files.length === 1 ? '' : 's'}`);
    parts.push(`${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'} (fails on: ${report.failOn}) · ${datasets.join(' · ')} · ${report.seconds.toFixed(2)} s`);
    for (const dataset of report.datasets) {
        parts.push(`### Checks on ${dataset.name} data`);
        parts.push(checksTable(dataset.checks));
    }
    if (report.drift)
        parts.push('### Drift against the baseline profile', driftTable(report.drift));
    parts.push(`<sub>Data digest \`${report.dataDigest.slice(0, 16)}\` · files: ${report.datasets.flatMap((d) => d.files).map((f) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(f.path)} (\`${f.sha256.slice(0, 12)}\`)`).join(', ')}</sub>`);
    return parts.join('\n\n') + '\n';
}
function status(check) {
    if (check.success)
        return '✅';
    return check.severity === 'error' ? '❌' : '⚠️';
}
/** Failed checks first (errors, then warnings), then the passing ones in schema order. */
function orderChecks(checks) {
    const rank = (c) => (c.success ? 2 : c.severity === 'error' ? 0 : 1);
    return checks.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
}
function checksTable(checks) {
    const ordered = orderChecks(checks);
    const rows = ordered.slice(0, MAX_ROWS_PER_TABLE).map((c) => [
        { raw: status(c) },
        c.check,
        c.column ?? '(dataset)',
        c.expectation,
        c.observed !== undefined ? (typeof c.observed === 'number' ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.observed) : c.observed) : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.unexpectedCount)} of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.elementCount - c.missingCount)}`,
        c.observed !== undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(c.unexpectedPercent),
        { raw: examplesCell(c) },
    ]);
    let text = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'check', 'column', 'expected', 'unexpected / observed', '%', 'first examples (row: value)'], rows, ['center', 'left', 'left', 'left', 'right', 'right', 'left']);
    if (ordered.length > MAX_ROWS_PER_TABLE)
        text += `\n\n… and ${ordered.length - MAX_ROWS_PER_TABLE} more passing checks (see the JSON report).`;
    return text;
}
function examplesCell(check) {
    if (check.success || check.examples.length === 0)
        return '';
    const shown = check.examples.slice(0, 3).map((e) => `${e.row > 0 ? `row ${e.row}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(e.file)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeCell */ .MZ)(String(e.value))}`);
    return shown.join('<br>') + (check.unexpectedCount > 3 ? '<br>…' : '');
}
function driftTable(drift) {
    const rows = drift.columns.map((c) => [
        { raw: c.status === 'ok' ? '✅' : c.status === 'fail' ? '❌' : '⚠️' },
        c.column,
        c.kind,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.psi ?? null),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.js ?? null),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.linf ?? null),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.pValue ?? null),
        c.reason ?? '',
    ]);
    const d = drift.dataset;
    const verdict = `${d.driftedColumns.length} of ${d.compared} compared columns drifted (share ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(d.share)}; the dataset fails at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(drift.options.driftedShareFail)}): **${d.status}**. ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(d.reason)}`;
    return `${verdict}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', 'column', 'kind', 'PSI', 'JS distance', 'L∞', 'p-value', 'why'], rows, ['center', 'left', 'left', 'right', 'right', 'right', 'right', 'left'])}`;
}


/***/ })

};
