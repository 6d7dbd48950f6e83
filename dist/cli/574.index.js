export const id = 574;
export const ids = [574,939];
export const modules = {

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
/* harmony import */ var _sweep_trial_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45557);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58328);
/* harmony import */ var _validate_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5939);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(58382);









function sweepCommand(context) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('sweep')
        .description("Run the training command of mlops.yml as trials of a hyperparameter sweep, several at once.")
        .option('-c, --config <file>', 'mlops.yml with train and sweep sections', 'mlops.yml')
        .option('-n, --trials <n>', 'trials in all (default sweep.trials, else 20)')
        .option('-j, --parallel <n>', 'trials at once (default sweep.parallel, else the number of cores)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('-m, --method <method>', 'search method (default sweep.method, else tpe)').choices(['grid', 'random', 'tpe', 'gp']))
        .option('--seed <n>', 'seed: the same seed and space give the same trials (default sweep.seed, else 0)')
        .option('--command <command>', 'override train.command for this run')
        .option('--out <dir>', 'folder for the journal, trial folders and tables', '.mlops/sweep')
        .option('--resume', 'resume the journal in --out (the default; kept for scripts that say so)')
        .option('--fresh', 'discard the journal in --out and start a new sweep')
        .option('-q, --quiet', 'print only the best trial')
        .addHelpText('after', '\nA sweep records every trial in <out>/journal.jsonl; run the same command again to resume a crashed or\ncancelled sweep (finished trials are kept, unfinished ones run again). Exit code 0 when the sweep produced\na best trial, 1 when every trial (or more than sweep.max_failed_share) failed or an input is wrong.\n\nExamples:\n  mlops sweep --config examples/penguins/mlops.yml --trials 12 --parallel 2\n  mlops sweep --method grid --fresh')
        .action(async (options) => {
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .ConsoleLogger */ .C({ quiet: options.quiet });
        const cwd = process.cwd();
        if (options.fresh && options.resume) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz('--fresh and --resume contradict each other.', { hint: 'Pass --fresh to start over, or nothing (or --resume) to go on with the journal.' });
        }
        const plan = await (0,_sweep_plan_sweep_js__WEBPACK_IMPORTED_MODULE_2__/* .planSweep */ .cK)({
            cwd,
            config: options.config,
            command: options.command,
            trials: options.trials === undefined ? undefined : (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_7__.parsePositive)(options.trials, '--trials'),
            parallel: options.parallel === undefined ? undefined : (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_7__.parsePositive)(options.parallel, '--parallel'),
            method: options.method,
            seed: options.seed === undefined ? undefined : parseSeed(options.seed),
            out: options.out,
            resume: !options.fresh,
        });
        // Ctrl-C: stop every trial's process tree; the journal already says which trials to run again.
        const stop = () => {
            (0,_sweep_trial_index_js__WEBPACK_IMPORTED_MODULE_5__/* .stopAllTrials */ .Zy)();
            process.exit(130);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
            const outcome = await (0,_sweep_run_sweep_js__WEBPACK_IMPORTED_MODULE_3__/* .runSweep */ .MI)(plan, logger);
            context.stdout.write((0,_report_sweep_text_js__WEBPACK_IMPORTED_MODULE_4__/* .sweepText */ .G)(plan, outcome.result, { quiet: options.quiet }));
            context.stdout.write(`trials:  ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, outcome.files.trialsCsv)}\nbest:    ${node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, outcome.files.best)}\n`);
        }
        finally {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
        }
    });
}
function parseSeed(text) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        return (0,_validate_command_js__WEBPACK_IMPORTED_MODULE_7__.parsePositive)(text, '--seed');
    return n;
}


/***/ }),

/***/ 5939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePositive: () => (/* binding */ parsePositive),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/data/validate/run-validate.ts
var run_validate = __webpack_require__(21749);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/data/validate/build-settings.ts
var build_settings = __webpack_require__(32921);
// EXTERNAL MODULE: ./src/data/validate/validate.ts + 10 modules
var validate = __webpack_require__(92255);
// EXTERNAL MODULE: ./src/data/schema/infer-types.ts
var infer_types = __webpack_require__(60662);
// EXTERNAL MODULE: ./src/data/schema/load-schema.ts
var load_schema = __webpack_require__(80222);
;// CONCATENATED MODULE: ./src/data/schema/infer-schema.ts





/**
 * Writes a starter schema for the data: types from every value, nullability, observed ranges, small
 * categorical domains. Two passes: one to find the types, one (the ordinary validation) to profile
 * with those types. The result is a draft for a person to review, and says so.
 */
async function inferSchemaFile(request, logger) {
    const plan = await (0,build_settings/* planValidation */.pU)({ ...request, configIsDefault: request.config === 'mlops.yml' || request.config === undefined });
    const typed = await logger.group('Infer column types', () => (0,infer_types/* inferColumnTypes */.g)(plan.settings.train, plan.settings.cwd, plan.settings.format));
    const settings = { ...plan.settings, eval: [], baseline: undefined, failOn: 'never', schema: (0,load_schema/* loadSchemaFromRaw */.eM)({ ...typed, dataset: { unexpected_columns: 'error' } }, {}) };
    const { profile } = await (0,validate/* validateData */.l)(settings, logger);
    const schema = { columns: {}, dataset: { unexpected_columns: 'error', row_count: { min: 1 }, duplicate_rows: 'warning' } };
    for (const [name, column] of Object.entries(typed.columns))
        schema.columns[name] = describeColumn(column.type, profile.columns[name]);
    const header = [
        '# Data schema inferred by `mlops validate --infer-schema` from:',
        ...profile.files.map((f) => `#   ${f.path} (${f.rows} rows, sha256 ${f.sha256.slice(0, 12)})`),
        '# A draft: review every type and bound, widen ranges that only reflect this sample,',
        '# and add the checks you know should hold (regex, unique, mean/std bounds).',
        '# Reference: schema/data-schema.schema.json',
    ].join('\n');
    return `${header}\n${(0,dist/* stringify */.As)(schema, { lineWidth: 0 })}`;
}
function describeColumn(type, profile) {
    const column = { type };
    if (!profile)
        return column;
    column.not_null = profile.nulls === 0 ? true : { mostly: Math.floor((1 - profile.nullFraction) * 100) / 100 };
    if ((type === 'int' || type === 'float') && profile.min !== null && profile.max !== null) {
        column.min = profile.min;
        column.max = profile.max;
    }
    if ((type === 'date' || type === 'datetime') && profile.iso) {
        column.min = type === 'date' ? profile.iso.min.slice(0, 10) : profile.iso.min;
        column.max = type === 'date' ? profile.iso.max.slice(0, 10) : profile.iso.max;
    }
    if (type === 'categorical' && profile.categories?.exact)
        column.allowed = profile.categories.values.map((v) => v.value).sort();
    if (type === 'float' && profile.nan > 0)
        column.allow_nan = true;
    if (type === 'float' && profile.inf.positive + profile.inf.negative > 0)
        column.allow_inf = true;
    return column;
}

// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/report/validate-summary.ts
var validate_summary = __webpack_require__(73591);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/cli/console-logger.ts
var console_logger = __webpack_require__(58328);
;// CONCATENATED MODULE: ./src/cli/validate-command.ts









function validateCommand(context) {
    return new esm/* Command */.uB('validate')
        .description('Check data against a schema, profile it, and measure drift against a baseline profile.')
        .option('-c, --config <file>', 'mlops.yml with data, schema and validation settings', 'mlops.yml')
        .option('-d, --data <paths...>', 'training data files or globs (override data.train)')
        .option('-e, --eval <paths...>', 'evaluation data files or globs (override data.eval)')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'data format (default: from the extension)').choices(['csv', 'tsv', 'jsonl', 'parquet']))
        .option('-s, --schema <file>', 'data schema file (overrides data.schema)')
        .option('-b, --baseline <profile>', 'baseline profile JSON to measure drift against')
        .addOption(new esm/* Option */.c$('--fail-on <level>', 'lowest severity that fails (default error)').choices(['error', 'warning', 'never']))
        .option('--profile-out <file>', 'where to write the profile (default .mlops/profile.json)')
        .option('--report <file>', 'where to write the JSON report (default .mlops/validate-report.json)')
        .option('--summary <file>', 'also write the markdown summary to this file')
        .option('--infer-schema <out>', 'write a starter schema inferred from the data to <out> and stop')
        .option('-j, --parallel <n>', 'worker threads for large CSV files (default: cores)')
        .option('--all', 'list passing checks too')
        .option('-q, --quiet', 'print only the verdict')
        .addHelpText('after', '\nExit code: 0 when validation passed, 1 when a check at the fail-on level failed or an input is wrong.\n\nExamples:\n  mlops validate --config examples/penguins/mlops.yml\n  mlops validate --data data/*.csv --schema schema.yml --baseline prod-profile.json\n  mlops validate --data data/train.csv --infer-schema schema.yml')
        .action(async (options) => {
        const logger = new console_logger/* ConsoleLogger */.C({ quiet: options.quiet });
        const cwd = process.cwd();
        if (options.inferSchema) {
            const out = external_node_path_default().resolve(cwd, options.inferSchema);
            const text = await inferSchemaFile({ cwd, config: options.config, data: options.data, format: options.format }, logger);
            await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
            await (0,promises_.writeFile)(out, text);
            context.stdout.write(`Wrote a starter schema to ${external_node_path_default().relative(cwd, out) || out}: review it, tighten the bounds, then point data.schema at it.\n`);
            return;
        }
        const run = await (0,run_validate/* runValidate */.E)({
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
        }, logger);
        if (options.summary) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(cwd, options.summary)), { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().resolve(cwd, options.summary), (0,validate_summary/* validationSummary */._)(run.report));
        }
        context.stdout.write(options.quiet ? `${run.report.passed ? 'PASSED' : 'FAILED'}\n` : (0,terminal/* validationText */.n)(run.report, { all: options.all }));
        context.stdout.write(`profile: ${external_node_path_default().relative(cwd, run.profilePath)}\nreport:  ${external_node_path_default().relative(cwd, run.reportPath)}\n`);
        if (!run.report.passed)
            context.setExitCode(1);
    });
}
function parsePositive(text, option) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* InputError */.dz(`${option} must be a whole number of at least 1, not "${text}".`, { hint: `For example ${option} 2.` });
    return n;
}


/***/ })

};
