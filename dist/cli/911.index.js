export const id = 911;
export const ids = [911];
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

/***/ 63951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ standbyWorkersFor),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   rW: () => (/* binding */ newWorker),
/* harmony export */   sZ: () => (/* binding */ defaultParallelism)
/* harmony export */ });
/* unused harmony export StandbyWorkers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _readers_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38016);
/**
 * Range workers started early: as soon as the validate command knows its inputs, before the heavy
 * modules of validation load. Light on purpose (no import of the validator itself): the CLI spawns
 * them first, so that they boot on the otherwise idle cores while this thread loads and plans.
 */





/** Files smaller than this are read in one thread: starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
/** Young generation of a validation worker, in MB. */
const WORKER_YOUNG_GENERATION_MB = 16;
/** Threads for large CSV files when none is asked for: one per core, at most 8. */
function defaultParallelism() {
    return Math.max(1, Math.min(node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism(), 8));
}
/**
 * Range workers for a request whose data paths (given directly) include a CSV/TSV file large enough
 * to be read in parallel; undefined otherwise.
 */
function standbyWorkersFor(request) {
    const threads = request.parallelism ?? defaultParallelism();
    if (!request.workerScript || threads < 2)
        return undefined;
    const large = [...(request.data ?? []), ...(request.eval ?? [])].some((file) => {
        try {
            const format = (0,_readers_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .T)(file, request.format);
            return (format === 'csv' || format === 'tsv') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(request.cwd, file)).size >= PARALLEL_MIN_BYTES;
        }
        catch {
            return false; // a glob, a missing file or an unknown format: planning says what is wrong
        }
    });
    return large ? new StandbyWorkers(request.workerScript, threads - 1) : undefined;
}
/**
 * Range workers started before the files are planned: a worker takes ~0.15 s to boot and load its
 * bundle, which these spend while the main thread loads the config and compiles the schema (one
 * core would sit idle then), instead of after the first range has started. Unused ones are closed;
 * they are unref'd, so one left over cannot keep the process alive either.
 */
class StandbyWorkers {
    script;
    idle = [];
    constructor(script, count) {
        this.script = script;
        for (let k = 0; k < count; k++) {
            const worker = newWorker(script, { kind: 'mlops-validate-standby' });
            worker.unref();
            worker.on('error', () => undefined); // a standby that failed to boot is just not used
            worker.once('exit', () => {
                const at = this.idle.indexOf(worker);
                if (at >= 0)
                    this.idle.splice(at, 1);
            });
            this.idle.push(worker);
        }
    }
    /** A booted (or booting) worker of `script`, or undefined when none is left. */
    take(script) {
        return script === this.script ? this.idle.shift() : undefined;
    }
    close() {
        for (const worker of this.idle.splice(0))
            void worker.terminate();
    }
}
/** A validation worker thread of `script`, given `data` (a RangeJob, or StandbyData). */
function newWorker(script, data) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(script, {
        workerData: data,
        // Batches make little garbage (cells are positions, not strings): a 16 MB young generation
        // holds it and keeps the worker's footprint well below the default's (measured: same speed).
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
}


/***/ }),

/***/ 38016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ detectFormat),
/* harmony export */   p: () => (/* binding */ formatFromExtension)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/** Which reader a file goes to. */

/** Every format validate-data reads, with the file extensions that select it. */
const FORMAT_EXTENSIONS = {
    csv: ['.csv'],
    tsv: ['.tsv', '.tab'],
    jsonl: ['.jsonl', '.ndjson'],
    parquet: ['.parquet', '.pq'],
};
const FORMATS = Object.keys(FORMAT_EXTENSIONS);
/** The format implied by the file's extension (case-insensitive), or undefined. */
function formatFromExtension(file) {
    const lower = file.toLowerCase();
    for (const format of FORMATS) {
        if (FORMAT_EXTENSIONS[format].some((extension) => lower.endsWith(extension)))
            return format;
    }
    return undefined;
}
/** True if `value` names a format. */
function isDataFormat(value) {
    return FORMATS.includes(value);
}
/**
 * The format to read `file` with: `override` when given (it wins over the extension), else the
 * extension's. An unknown extension is a DataError, an unknown override an InputError; both list
 * the formats that exist.
 */
function detectFormat(file, override) {
    if (override !== undefined) {
        if (isDataFormat(override))
            return override;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`unknown data format ${JSON.stringify(override)}`, {
            hint: `Use one of: ${FORMATS.join(', ')}.`,
        });
    }
    const format = formatFromExtension(file);
    if (format)
        return format;
    const known = FORMATS.map((f) => `${f} (${FORMAT_EXTENSIONS[f].join(', ')})`).join('; ');
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`cannot tell the format of ${file} from its extension`, {
        location: { file },
        hint: `Rename the file to a known extension — ${known} — or set the format explicitly (the format option: csv, tsv, jsonl or parquet).`,
    });
}


/***/ })

};
