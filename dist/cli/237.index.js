export const id = 237;
export const ids = [237];
export const modules = {

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 13574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepCommand: () => (/* binding */ sweepCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sweep_plan_sweep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24715);
/* harmony import */ var _sweep_run_sweep_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37516);
/* harmony import */ var _report_sweep_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93880);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58328);
/* harmony import */ var _validate_command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15158);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58382);








function sweepCommand(context) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('sweep')
        .description("Run the training command of mlops.yml as trials of a hyperparameter sweep, several at once.")
        .option('-c, --config <file>', 'mlops.yml with train and sweep sections', 'mlops.yml')
        .option('-n, --trials <n>', 'trials in all (default sweep.trials, else 20)')
        .option('-j, --parallel <n>', 'trials at once (default sweep.parallel, else the number of cores)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-m, --method <method>', 'search method (default sweep.method, else tpe)').choices(['grid', 'random', 'tpe', 'gp']))
        .option('--seed <n>', 'seed: the same seed and space give the same trials (default sweep.seed, else 0)')
        .option('--command <command>', 'override train.command for this run')
        .option('--out <dir>', 'folder for the journal, trial folders and tables (default .mlops/sweep beside mlops.yml)')
        .option('--resume', 'resume the journal in --out (the default; kept for scripts that say so)')
        .option('--fresh', 'discard the journal in --out and start a new sweep')
        .option('--record <file>', "the run record that gets the sweep's part (best trial, params, metrics, tables; default .mlops/record.json beside mlops.yml)")
        .option('-q, --quiet', 'print only the best trial')
        .addHelpText('after', '\nA sweep records every trial in <out>/journal.jsonl; run the same command again to resume a crashed or\ncancelled sweep (finished trials are kept, unfinished ones run again). Exit code 0 when the sweep produced\na best trial, 1 when every trial (or more than sweep.max_failed_share) failed or an input is wrong.\n\nExamples:\n  mlops sweep --config examples/penguins/mlops.yml --trials 12 --parallel 2\n  mlops sweep --method grid --fresh')
        .action(async (options) => {
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .ConsoleLogger */ .C({ quiet: options.quiet });
        const cwd = process.cwd();
        if (options.fresh && options.resume) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('--fresh and --resume contradict each other.', { hint: 'Pass --fresh to start over, or nothing (or --resume) to go on with the journal.' });
        }
        const plan = await (0,_sweep_plan_sweep_js__WEBPACK_IMPORTED_MODULE_2__/* .planSweep */ .cK)({
            cwd,
            config: options.config,
            command: options.command,
            trials: options.trials === undefined ? undefined : (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_6__.parsePositive)(options.trials, '--trials'),
            parallel: options.parallel === undefined ? undefined : (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_6__.parsePositive)(options.parallel, '--parallel'),
            method: options.method,
            seed: options.seed === undefined ? undefined : parseSeed(options.seed),
            out: options.out,
            resume: !options.fresh,
            record: options.record,
        });
        // Ctrl-C and SIGTERM stop every trial's process tree (process-tree.ts handles them while trials
        // run); the journal already says which trials to run again.
        const outcome = await (0,_sweep_run_sweep_js__WEBPACK_IMPORTED_MODULE_3__/* .runSweep */ .MI)(plan, logger);
        context.stdout.write((0,_report_sweep_text_js__WEBPACK_IMPORTED_MODULE_4__/* .sweepText */ .G)(plan, outcome.result, { quiet: options.quiet }));
        context.stdout.write(`trials:  ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, outcome.files.trialsCsv)}\nbest:    ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, outcome.files.best)}\n`);
    });
}
function parseSeed(text) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        return (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_6__.parsePositive)(text, '--seed');
    return n;
}


/***/ }),

/***/ 15158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parsePositive: () => (/* binding */ parsePositive),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _data_parallel_standby_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63951);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60134);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81066);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58328);








function validateCommand(context) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('validate')
        .description('Check data against a schema, profile it, and measure drift against a baseline profile.')
        .option('-c, --config <file>', 'mlops.yml with data, schema and validation settings', 'mlops.yml')
        .option('-d, --data <paths...>', 'training data files or globs (override data.train)')
        .option('-e, --eval <paths...>', 'evaluation data files or globs (override data.eval)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-f, --format <format>', 'data format (default: from the extension)').choices(['csv', 'tsv', 'jsonl', 'parquet']))
        .option('-s, --schema <file>', 'data schema file (overrides data.schema)')
        .option('-b, --baseline <profile>', 'baseline profile JSON to measure drift against')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fail-on <level>', 'lowest severity that fails (default error)').choices(['error', 'warning', 'never']))
        .option('--profile-out <file>', 'where to write the profile (default validate.profile_out, else .mlops/profile.json beside mlops.yml)')
        .option('--report <file>', 'where to write the JSON report (default validate.report, else .mlops/validate-report.json beside mlops.yml)')
        .option('--summary <file>', 'also write the markdown summary to this file')
        .option('--record <file>', "the run record that gets validate-data's part (digests, profile, verdict; default .mlops/record.json beside mlops.yml)")
        .option('--infer-schema <out>', 'write a starter schema inferred from the data to <out> and stop')
        .option('-j, --parallel <n>', 'worker threads for large CSV files (default: cores)')
        .option('--all', 'list passing checks too')
        .option('-q, --quiet', 'print only the verdict')
        .addHelpText('after', '\nExit code: 0 when validation passed, 1 when a check at the fail-on level failed or an input is wrong.\n\nExamples:\n  mlops validate --config examples/penguins/mlops.yml\n  mlops validate --data data/*.csv --schema schema.yml --baseline prod-profile.json\n  mlops validate --data data/train.csv --infer-schema schema.yml')
        .action(async (options) => {
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .ConsoleLogger */ .C({ quiet: options.quiet });
        const cwd = process.cwd();
        if (options.inferSchema) {
            const { inferSchemaFile } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(325), __webpack_require__.e(476), __webpack_require__.e(196)]).then(__webpack_require__.bind(__webpack_require__, 42815));
            const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.inferSchema);
            const text = await inferSchemaFile({ cwd, config: options.config, data: options.data, format: options.format }, logger);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(out), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(out, text);
            context.stdout.write(`Wrote a starter schema to ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, out) || out}: review it, tighten the bounds, then point data.schema at it.\n`);
            return;
        }
        const request = {
            cwd,
            config: options.config,
            configIsDefault: options.config === 'mlops.yml',
            data: options.data,
            eval: options.eval,
            format: options.format,
            schema: options.schema,
            baseline: options.baseline,
            failOn: options.failOn,
            profileOut: options.profileOut,
            reportOut: options.report,
            parallelism: options.parallel === undefined ? undefined : parsePositive(options.parallel, '--parallel'),
            workerScript: context.script,
        };
        // Range workers first, then the validator's modules (~1 MB of code, ~50 ms to load): the
        // workers boot meanwhile on the idle cores and are ready when this thread has planned.
        const standby = (0,_data_parallel_standby_js__WEBPACK_IMPORTED_MODULE_3__/* .standbyWorkersFor */ .Il)(request);
        const { runValidate } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(325), __webpack_require__.e(476), __webpack_require__.e(749)]).then(__webpack_require__.bind(__webpack_require__, 21749));
        const run = await runValidate(request, logger, standby);
        await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .writeDataPart */ .bJ)((0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .projectPath */ .D)(options.record, { cwd, projectDir: (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .projectDirOf */ .q)(cwd, options.config) }, _record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_RECORD_FILE */ .z7), run, process.env);
        const { validationText } = await __webpack_require__.e(/* import() */ 496).then(__webpack_require__.bind(__webpack_require__, 87496));
        if (options.summary) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.summary)), { recursive: true });
            const { validationSummary } = await __webpack_require__.e(/* import() */ 591).then(__webpack_require__.bind(__webpack_require__, 73591));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.summary), validationSummary(run.report));
        }
        context.stdout.write(options.quiet ? `${run.report.passed ? 'PASSED' : 'FAILED'}\n` : validationText(run.report, { all: options.all }));
        context.stdout.write(`profile: ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, run.profilePath)}\nreport:  ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, run.reportPath)}\n`);
        if (!run.report.passed)
            context.setExitCode(1);
    });
}
function parsePositive(text, option) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${option} must be a whole number of at least 1, not "${text}".`, { hint: `For example ${option} 2.` });
    return n;
}


/***/ }),

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

/***/ 87496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable),
/* harmony export */   validationText: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26448);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11680);


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
        const checks = (0,_data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .orderChecks */ .g)(dataset.checks).filter((c) => options.all || !c.success);
        out.push(`${dataset.name}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(dataset.rowCount)} rows, ${dataset.checks.length} checks, ${dataset.checks.filter((c) => !c.success).length} failed`);
        if (checks.length === 0)
            continue;
        out.push(textTable(['', 'check', 'column', 'expected', 'unexpected', '%', 'first example'], checks.map((c) => [
            c.success ? 'ok' : c.severity === 'error' ? 'FAIL' : 'warn',
            c.check,
            c.column ?? '-',
            clip(c.expectation, 40),
            c.observed !== undefined ? `observed ${typeof c.observed === 'number' ? (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.observed) : c.observed}` : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.unexpectedCount),
            c.observed !== undefined ? '' : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(c.unexpectedPercent),
            c.examples[0] ? clip(`${c.examples[0].file}:${c.examples[0].line} row ${c.examples[0].row}: ${JSON.stringify(c.examples[0].value)}`, 60) : '',
        ])));
    }
    if (report.drift) {
        const d = report.drift;
        out.push(`drift: ${d.dataset.driftedColumns.length} of ${d.dataset.compared} compared columns drifted (${d.dataset.status}): ${d.dataset.reason}`);
        out.push(textTable(['', 'column', 'kind', 'PSI', 'JS', 'L-inf', 'p-value'], d.columns.map((c) => [c.status === 'ok' ? 'ok' : c.status === 'fail' ? 'FAIL' : 'warn', c.column, c.kind, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.psi ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.js ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.linf ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.pValue ?? null)])));
    }
    out.push(`${report.passed ? 'PASSED' : 'FAILED'}: ${report.errors} error(s), ${report.warnings} warning(s), fail-on ${report.failOn}, ${report.seconds.toFixed(2)} s`);
    return out.join('\n\n') + '\n';
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
