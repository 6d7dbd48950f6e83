export const id = 335;
export const ids = [335];
export const modules = {

/***/ 49050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56520);

/** The CLI's Logger: plain lines on stderr (stdout carries the results), groups as headings. */
class ConsoleLogger {
    options;
    constructor(options = {}) {
        this.options = options;
    }
    write(line) {
        (this.options.stream ?? process.stderr).write(line + '\n');
    }
    info(message) {
        if (!this.options.quiet)
            this.write(message);
    }
    debug(message) {
        if (this.options.verbose)
            this.write(`debug: ${message}`);
    }
    warning(message, location) {
        this.write(`warning: ${location?.file ? `${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(location)}: ` : ''}${message}`);
    }
    error(message, location) {
        this.write(`error: ${location?.file ? `${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(location)}: ` : ''}${message}`);
    }
    async group(name, fn) {
        this.info(`▸ ${name}`);
        return fn();
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

/***/ 32994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable),
/* harmony export */   validationText: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _validate_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45189);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47987);


/** Pads a table of strings into aligned columns for a terminal. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function clip(text, width) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
/** The validation report as a terminal reader wants it: failures first, then the verdict. */
function validationText(report, options = {}) {
    const out = [];
    for (const dataset of report.datasets) {
        const checks = (0,_validate_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .orderChecks */ .g)(dataset.checks).filter((c) => options.all || !c.success);
        out.push(`${dataset.name}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(dataset.rowCount)} rows, ${dataset.checks.length} checks, ${dataset.checks.filter((c) => !c.success).length} failed`);
        if (checks.length === 0)
            continue;
        out.push(textTable(['', 'check', 'column', 'expected', 'unexpected', '%', 'first example'], checks.map((c) => [
            c.success ? 'ok' : c.severity === 'error' ? 'FAIL' : 'warn',
            c.check,
            c.column ?? '-',
            clip(c.expectation, 40),
            c.observed !== undefined ? `observed ${typeof c.observed === 'number' ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.observed) : c.observed}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.unexpectedCount),
            c.observed !== undefined ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPercent */ .l9)(c.unexpectedPercent),
            c.examples[0] ? clip(`${c.examples[0].file}:${c.examples[0].line} row ${c.examples[0].row}: ${JSON.stringify(c.examples[0].value)}`, 60) : '',
        ])));
    }
    if (report.drift) {
        const d = report.drift;
        out.push(`drift: ${d.dataset.driftedColumns.length} of ${d.dataset.compared} compared columns drifted (${d.dataset.status}): ${d.dataset.reason}`);
        out.push(textTable(['', 'column', 'kind', 'PSI', 'JS', 'L-inf', 'p-value'], d.columns.map((c) => [c.status === 'ok' ? 'ok' : c.status === 'fail' ? 'FAIL' : 'warn', c.column, c.kind, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.metrics.psi ?? null), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.metrics.js ?? null), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.metrics.linf ?? null), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(c.metrics.pValue ?? null)])));
    }
    out.push(`${report.passed ? 'PASSED' : 'FAILED'}: ${report.errors} error(s), ${report.warnings} warning(s), fail-on ${report.failOn}, ${report.seconds.toFixed(2)} s`);
    return out.join('\n\n') + '\n';
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


/***/ }),

/***/ 59475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ readTextBounded),
/* harmony export */   QV: () => (/* binding */ jsonDepth),
/* harmony export */   VH: () => (/* binding */ yamlDepth),
/* harmony export */   X3: () => (/* binding */ readTextBoundedAsync),
/* harmony export */   Xg: () => (/* binding */ parseJsonBounded),
/* harmony export */   lK: () => (/* binding */ UnsafeInputError),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports describeFileKind, checkRegularFile, readFileBounded, readFileBoundedAsync, DEFAULT_MAX_DEPTH, tooDeep */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56520);


/** A file or text refused by a limit of this module: what, where, and how to fix it. */
class UnsafeInputError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    reason;
    constructor(message, reason, options = {}) {
        super(message, { location: options.file === undefined ? undefined : { file: options.file }, hint: options.hint, cause: options.cause });
        this.reason = reason;
    }
}
/** O_NONBLOCK where the platform has it (not Windows, where FIFOs are not files anyway). */
const OPEN_FLAGS = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0) | ((node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOCTTY ?? 0);
/** A size for people: `4 MiB`, `512 KiB`, `100 bytes`. */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 * 1024 && bytes % (1024 * 1024 * 1024) === 0)
        return `${bytes / (1024 * 1024 * 1024)} GiB`;
    if (bytes >= 1024 * 1024)
        return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1))} KiB`;
    return `${bytes} bytes`;
}
/** The kind of a file as people call it, for "is a FIFO, not a regular file". */
function describeFileKind(stats) {
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    return 'a regular file';
}
function notRegular(file, stats, options) {
    const what = options.what ?? 'file';
    return new UnsafeInputError(`${what} ${file} is ${describeFileKind(stats)}, not a regular file`, 'not-regular', {
        file,
        hint: options.hint ?? `write the ${what} as an ordinary file (not a pipe, device or link to one)`,
    });
}
function tooLarge(file, options) {
    const what = options.what ?? 'file';
    return new UnsafeInputError(`${what} ${file} is larger than the ${formatBytes(options.maxBytes)} limit`, 'too-large', {
        file,
        hint: options.hint ?? `keep the ${what} under ${formatBytes(options.maxBytes)}`,
    });
}
/**
 * Throws an {@link UnsafeInputError} unless `file` (links followed) is a regular file; returns its
 * stats. For paths handed to code that opens them itself (a stream, a parser taking a path). Errors
 * of stat itself (ENOENT) are thrown as they are.
 */
function checkRegularFile(file, options = {}) {
    const stats = fs.statSync(file);
    if (!stats.isFile())
        throw notRegular(file, stats, { maxBytes: 0, ...options });
    return stats;
}
/**
 * Reads a regular file of at most `maxBytes` bytes. Throws {@link UnsafeInputError} for another kind
 * of file or a larger one (reading stops one byte past the cap); errors of open (ENOENT, EACCES) are
 * thrown as they are, for the caller to word.
 */
function readFileBounded(file, options) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, OPEN_FLAGS);
    try {
        const stats = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
        if (!stats.isFile())
            throw notRegular(file, stats, options);
        // Never trust st_size for the allocation: read until EOF or one byte past the cap.
        const limit = options.maxBytes + 1;
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1024 * 1024));
            const read = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                break;
            chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
            total += read;
            if (total > options.maxBytes)
                throw tooLarge(file, options);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/** {@link readFileBounded} as UTF-8 text. */
function readTextBounded(file, options) {
    return readFileBounded(file, options).toString('utf8');
}
/** {@link readFileBounded} without blocking the event loop. */
async function readFileBoundedAsync(file, options) {
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.open(file, OPEN_FLAGS);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw notRegular(file, stats, options);
        const limit = options.maxBytes + 1;
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1024 * 1024));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > options.maxBytes)
                throw tooLarge(file, options);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await handle.close();
    }
}
/** {@link readFileBoundedAsync} as UTF-8 text. */
async function readTextBoundedAsync(file, options) {
    return (await readFileBoundedAsync(file, options)).toString('utf8');
}
/** Nesting deeper than this is refused by default: far beyond any real document, far below the stack. */
const DEFAULT_MAX_DEPTH = 1000;
/**
 * The deepest nesting of `[` and `{` in JSON text (brackets inside strings do not count). Stops
 * counting, and returns, as soon as `stopAbove` is exceeded. One pass, no allocation.
 */
function jsonDepth(text, stopAbove = Infinity) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c /* \ */)
                i++;
            else if (c === 0x22 /* " */)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > stopAbove)
                    return deepest;
            }
        }
        else if (c === 0x5d /* ] */ || c === 0x7d /* } */)
            depth--;
    }
    return deepest;
}
/**
 * `JSON.parse` that refuses text nested deeper than `maxDepth` (an {@link UnsafeInputError}) before
 * parsing it; syntax errors are thrown as JSON.parse throws them.
 */
function parseJsonBounded(text, options = {}) {
    const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    if (jsonDepth(text, maxDepth) > maxDepth)
        throw tooDeep(options.what ?? 'JSON text', maxDepth, options.file);
    return JSON.parse(text);
}
/** The error for text nested deeper than `maxDepth` (also used for YAML). */
function tooDeep(what, maxDepth, file) {
    return new UnsafeInputError(`${what} is nested more than ${maxDepth} levels deep`, 'too-deep', {
        file,
        hint: `flatten it: at most ${maxDepth} levels of nested lists and mappings`,
    });
}
/**
 * An upper estimate of the nesting depth of YAML text, for refusing documents the `yaml` package
 * cannot take: it overflows the stack at about 800 levels and, at 10,000 levels of `[`, aborts the
 * whole process out of memory, which no try/catch survives. Counts, per line, the block levels open
 * (a stack of indentations), the `- ` entries that open a sequence on the same line, and the flow
 * brackets open (`[`/`{` outside quoted scalars and comments, carried across lines). It never
 * under-counts a real document; a plain scalar holding unbalanced brackets may over-count, which
 * only matters past `stopAbove`. Returns as soon as the depth exceeds `stopAbove`.
 */
function yamlDepth(text, stopAbove = Infinity) {
    const indents = [];
    let flow = 0;
    let deepest = 0;
    let quote = 0; // the open quote character, or 0
    let lineStart = 0;
    while (lineStart <= text.length) {
        let end = text.indexOf('\n', lineStart);
        if (end < 0)
            end = text.length;
        let i = lineStart;
        let dashes = 0;
        if (quote === 0 && flow === 0) {
            while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09))
                i++;
            const indent = i - lineStart;
            const blank = i === end || text.charCodeAt(i) === 0x23 /* # */ || text.charCodeAt(i) === 0x0d;
            if (!blank) {
                while (indents.length > 0 && indents[indents.length - 1] >= indent)
                    indents.pop();
                indents.push(indent);
                // `- - - x` opens one sequence per dash on one line.
                while (i + 1 < end && text.charCodeAt(i) === 0x2d /* - */ && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
                    dashes++;
                    i += 2;
                    while (i < end && text.charCodeAt(i) === 0x20)
                        i++;
                }
            }
        }
        for (let previous = i > lineStart ? text.charCodeAt(i - 1) : 0x0a; i < end; previous = text.charCodeAt(i), i++) {
            const c = text.charCodeAt(i);
            if (quote !== 0) {
                if (quote === 0x22 && c === 0x5c /* \ */)
                    i++;
                else if (c === quote)
                    quote = 0;
                continue;
            }
            const afterSpace = previous === 0x20 || previous === 0x09 || previous === 0x0a;
            if (c === 0x23 /* # */ && afterSpace)
                break; // a comment runs to the end of the line
            if ((c === 0x22 || c === 0x27) && (afterSpace || previous === 0x5b || previous === 0x7b || previous === 0x2c || previous === 0x3a))
                quote = c;
            else if (c === 0x5b || c === 0x7b)
                flow++;
            else if ((c === 0x5d || c === 0x7d) && flow > 0)
                flow--;
            const depth = indents.length + dashes + flow;
            if (depth > deepest) {
                deepest = depth;
                if (deepest > stopAbove)
                    return deepest;
            }
        }
        const depth = indents.length + dashes + flow;
        if (depth > deepest) {
            deepest = depth;
            if (deepest > stopAbove)
                return deepest;
        }
        lineStart = end + 1;
    }
    return deepest;
}


/***/ })

};
