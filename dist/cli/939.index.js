export const id = 939;
export const ids = [939];
export const modules = {

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
