export const id = 554;
export const ids = [554];
export const modules = {

/***/ 58328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ConsoleLogger)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

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

/***/ 81122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ asList),
/* harmony export */   Z: () => (/* binding */ loadConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _schema_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45079);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12865);




async function loadConfig(file) {
    const source = await (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlFile */ .k)(file, 'config file');
    if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file} must be a YAML mapping (key: value lines), not ${describeValue(source.value)}.`, {
            location: { file, line: 1, column: 1 },
            hint: 'Start from examples/penguins/mlops.yml.',
        });
    }
    (0,_schema_check_js__WEBPACK_IMPORTED_MODULE_2__/* .checkConfigSchema */ .O)(source);
    return { config: source.value, file, dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(file)), source };
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** A config value that may be one path or several, as a list. */
function asList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}


/***/ }),

/***/ 45079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ checkConfigSchema),
  o: () => (/* binding */ checkDataSchema)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
;// CONCATENATED MODULE: ./schema/mlops.schema.json
const mlops_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlops-actions.dev/schema/mlops.schema.json","title":"mlops.yml","description":"One reviewable file that describes a model: its data and schema, training, sweep, gate and environments.","type":"object","additionalProperties":false,"required":["name","data"],"properties":{"$schema":{"type":"string"},"version":{"description":"Version of this file\'s format.","const":1},"name":{"description":"The model\'s name: letters, digits, dot, dash, underscore.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"},"data":{"type":"object","additionalProperties":false,"required":["train"],"properties":{"train":{"description":"Training data: a file, a glob, or a list of them.","$ref":"#/definitions/paths"},"eval":{"description":"Evaluation data (optional): a file, a glob, or a list of them.","$ref":"#/definitions/paths"},"format":{"description":"Overrides the format read from the file extension.","type":"string","enum":["csv","tsv","jsonl","parquet"]},"label":{"description":"The label (target) column.","type":"string"},"schema":{"description":"The data schema: a path to a YAML/JSON file, or the schema inline.","oneOf":[{"type":"string"},{"$ref":"data-schema.schema.json"}]}}},"validate":{"type":"object","additionalProperties":false,"properties":{"fail_on":{"description":"The lowest severity that fails validation: error (default), warning, or never.","type":"string","enum":["error","warning","never"]},"baseline":{"description":"A baseline profile (JSON) to measure drift against.","type":"string"},"profile_out":{"description":"Where the profile is written (default .mlops/profile.json).","type":"string"},"report":{"description":"Where the JSON report is written (default .mlops/validate-report.json).","type":"string"},"drift":{"$ref":"#/definitions/drift"}}},"train":{"description":"The training command train-and-sweep runs once per trial (any language).","type":"object","additionalProperties":false,"required":["command"],"properties":{"command":{"description":"A shell command (string) or an argv list. {name} is replaced by a parameter\'s value, {args} by --name=value pairs.","oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string"}}]},"workdir":{"description":"Folder the command runs in, relative to mlops.yml (default: its folder).","type":"string"},"timeout":{"description":"Seconds a trial may run before its whole process tree is killed (default 3600).","type":"number","exclusiveMinimum":0},"retries":{"description":"Runs again a trial that crashed (non-zero exit), at most this often (default 0).","type":"integer","minimum":0,"maximum":10},"env":{"description":"Extra environment variables for every trial.","type":"object","additionalProperties":{"type":"string"}}}},"sweep":{"description":"The hyperparameter sweep of train-and-sweep.","type":"object","additionalProperties":false,"required":["metric","space"],"properties":{"method":{"description":"grid, random, tpe (default) or gp (a Gaussian-process sampler: fewer trials to a good value, ~50 ms per suggestion).","enum":["grid","random","tpe","gp"]},"trials":{"description":"Trials in all (default 20).","type":"integer","minimum":1,"maximum":10000},"parallel":{"description":"Trials at once on one machine (default: the number of cores).","type":"integer","minimum":1,"maximum":256},"seed":{"description":"The same seed and space give the same trials (default 0).","type":"integer","minimum":0},"metric":{"type":"object","additionalProperties":false,"required":["name","goal"],"properties":{"name":{"description":"The key of the metrics file to optimise.","type":"string","minLength":1},"goal":{"enum":["maximize","minimize"]},"target":{"description":"End the sweep once a trial reaches this value.","type":"number"}}},"space":{"description":"Parameters by (dotted) name: uniform/loguniform {low, high}, int {low, high} (inclusive), categorical {choices}, const {value}.","type":"object","minProperties":1,"additionalProperties":{"$ref":"#/definitions/param"}},"pruner":{"description":"Early stopping on intermediate metrics.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["none","median","asha"]},"metric":{"description":"Intermediate metric to judge (default: the sweep metric).","type":"string"},"startup_trials":{"type":"integer","minimum":0},"warmup_steps":{"type":"integer","minimum":0},"min_resource":{"type":"integer","minimum":1},"reduction_factor":{"type":"integer","minimum":2},"goal":{"description":"Direction of the pruner\'s metric (default: the sweep metric\'s goal).","enum":["maximize","minimize"]}}},"max_failed_share":{"description":"The sweep fails when more than this share of trials failed (default 1: only when all did).","type":"number","minimum":0,"maximum":1},"matrix":{"description":"Fan-out over a GitHub Actions job matrix.","type":"object","additionalProperties":false,"properties":{"shards":{"description":"Matrix legs (at most 256).","type":"integer","minimum":1,"maximum":256},"rounds":{"description":"Model-based methods: plan/run/collect rounds, each planned from all results so far.","type":"integer","minimum":1,"maximum":20}}}}},"gate":{"description":"Rules the model must pass (evaluate-gate).","type":"object"},"registry":{"description":"Model registry settings (register-model).","type":"object"},"environments":{"description":"Deployment environments (deploy-env).","type":"object"}},"definitions":{"paths":{"oneOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"thresholds":{"type":"object","additionalProperties":false,"properties":{"warn":{"type":"number","minimum":0},"fail":{"type":"number","minimum":0}}},"driftColumn":{"type":"object","additionalProperties":false,"properties":{"psi":{"$ref":"#/definitions/thresholds"},"js":{"$ref":"#/definitions/thresholds"},"linf":{"$ref":"#/definitions/thresholds"},"skip":{"type":"boolean"}}},"drift":{"description":"Drift against the baseline profile. Thresholds apply to every column unless overridden.","type":"object","additionalProperties":false,"properties":{"psi":{"$ref":"#/definitions/thresholds"},"js":{"$ref":"#/definitions/thresholds"},"linf":{"$ref":"#/definitions/thresholds"},"drifted_share_fail":{"description":"The share of drifted columns that fails the dataset (default 0.5).","type":"number","minimum":0,"maximum":1},"columns":{"type":"object","additionalProperties":{"$ref":"#/definitions/driftColumn"}}}},"param":{"type":"object","required":["type"],"properties":{"type":{"enum":["uniform","loguniform","int","categorical","const"]},"low":{"type":"number"},"high":{"type":"number"},"step":{"type":"number","exclusiveMinimum":0},"log":{"type":"boolean"},"choices":{"type":"array","items":{"type":["string","number","boolean"]}},"value":{"type":["string","number","boolean"]},"when":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./schema/data-schema.schema.json
const data_schema_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://mlops-actions.dev/schema/data-schema.schema.json","title":"mlops data schema","description":"What validate-data checks in a dataset: its columns, their types and expectations, and dataset-wide integrity checks.","type":"object","additionalProperties":false,"required":["columns"],"properties":{"$schema":{"type":"string"},"columns":{"description":"The expected columns, by name, in any order.","type":"object","additionalProperties":{"$ref":"#/definitions/column"}},"dataset":{"$ref":"#/definitions/dataset"},"na_values":{"description":"Cell texts read as missing in CSV/TSV. Default: \'\', NA, N/A, null, NULL, None. NaN is not missing: it is checked by allow_nan.","type":"array","items":{"type":"string"}}},"definitions":{"severity":{"type":"string","enum":["error","warning"]},"mostly":{"description":"The share of non-null values that must pass (Great Expectations\' `mostly`), 0..1. Default 1.","type":"number","minimum":0,"maximum":1},"bound":{"type":["number","string"],"description":"A number, or an ISO date/datetime for date columns."},"range":{"type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"type":"number"},"max":{"type":"number"},"severity":{"$ref":"#/definitions/severity"}}},"column":{"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"int, float, bool, string, date, datetime or categorical.","type":"string","enum":["int","float","bool","string","date","datetime","categorical"]},"description":{"type":"string"},"format":{"description":"Date/datetime format with strftime directives (%Y %m %d %H %M %S %f %z). Default ISO 8601.","type":"string"},"required":{"description":"The column must be present (default true).","type":"boolean"},"severity":{"description":"Default severity of this column\'s checks (default error).","$ref":"#/definitions/severity"},"not_null":{"description":"Values must not be missing; with `mostly`, only that share must be present.","oneOf":[{"type":"boolean"},{"type":"object","additionalProperties":false,"properties":{"mostly":{"$ref":"#/definitions/mostly"},"severity":{"$ref":"#/definitions/severity"}}}]},"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"},"between":{"description":"Long form of min/max with mostly and severity.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"min":{"$ref":"#/definitions/bound"},"max":{"$ref":"#/definitions/bound"},"mostly":{"$ref":"#/definitions/mostly"},"severity":{"$ref":"#/definitions/severity"}}},"allowed":{"description":"The values the column may hold.","oneOf":[{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}},{"type":"object","additionalProperties":false,"required":["values"],"properties":{"values":{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}},"mostly":{"$ref":"#/definitions/mostly"},"severity":{"$ref":"#/definitions/severity"}}}]},"regex":{"description":"A JavaScript regular expression every value must match (anchor it with ^...$ for a full match).","oneOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["pattern"],"properties":{"pattern":{"type":"string"},"mostly":{"$ref":"#/definitions/mostly"},"severity":{"$ref":"#/definitions/severity"}}}]},"unique":{"description":"No value appears twice (nulls are ignored).","oneOf":[{"type":"boolean"},{"type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/definitions/severity"}}}]},"length":{"description":"Bounds on the length of string values.","$ref":"#/definitions/range"},"mean":{"description":"Bounds on the column\'s mean.","$ref":"#/definitions/range"},"std":{"description":"Bounds on the column\'s standard deviation.","$ref":"#/definitions/range"},"quantiles":{"description":"Bounds on quantiles, e.g. [{q: 0.5, min: 10, max: 20}].","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["q"],"properties":{"q":{"type":"number","minimum":0,"maximum":1},"min":{"type":"number"},"max":{"type":"number"},"severity":{"$ref":"#/definitions/severity"}}}},"allow_nan":{"description":"NaN values are allowed in float columns (default false).","type":"boolean"},"allow_inf":{"description":"Infinite values are allowed in float columns (default false).","type":"boolean"}}},"integrity":{"description":"false turns the check off; a severity turns it on at that level.","oneOf":[{"type":"boolean","enum":[false]},{"$ref":"#/definitions/severity"}]},"dataset":{"type":"object","additionalProperties":false,"properties":{"unexpected_columns":{"description":"What a column absent from the schema is: error (default), warning or allow.","type":"string","enum":["error","warning","allow"]},"row_count":{"description":"Bounds on the number of rows.","$ref":"#/definitions/range"},"unique":{"description":"Column combinations that must be unique together.","type":"array","items":{"oneOf":[{"type":"array","minItems":1,"items":{"type":"string"}},{"type":"object","additionalProperties":false,"required":["columns"],"properties":{"columns":{"type":"array","minItems":1,"items":{"type":"string"}},"severity":{"$ref":"#/definitions/severity"}}}]}},"duplicate_rows":{"description":"Rows repeated exactly (default warning).","$ref":"#/definitions/integrity"},"label":{"description":"The label column, for conflicting_labels (default: data.label of mlops.yml).","type":"string"},"conflicting_labels":{"description":"Rows with the same features but different labels (default warning when a label is known).","$ref":"#/definitions/integrity"},"train_eval_leakage":{"description":"Eval rows that also appear in the training data (default error when eval data is given).","$ref":"#/definitions/integrity"}}}}}');
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/config/schema-check.ts




/**
 * The JSON Schemas in schema/ are the one source of truth: editors use the same files for completion.
 * Each validator is compiled on first use: `mlops validate --schema` needs only the data schema's,
 * and compiling both costs a run about 40 ms more.
 */
let schema_check_ajv;
const compiled = {};
function compiler() {
    if (!schema_check_ajv) {
        // Our own schemas are checked against JSON Schema's meta-schema by a test
        // (test/config/schema-files.test.ts), not on every run: that compile cost each run ~22 ms.
        schema_check_ajv = new ajv.Ajv({ allErrors: true, strict: false, validateSchema: false });
        schema_check_ajv.addSchema(data_schema_schema_namespaceObject, 'data-schema.schema.json');
    }
    return schema_check_ajv;
}
function configValidator() {
    return (compiled.config ??= compiler().compile(mlops_schema_namespaceObject));
}
function dataSchemaValidator() {
    return (compiled.dataSchema ??= compiler().getSchema('data-schema.schema.json'));
}
/** Throws a located ConfigError for the first schema violation of an mlops.yml. */
function checkConfigSchema(source) {
    check(configValidator(), source, 'mlops.yml');
}
/** Throws a located ConfigError for the first violation of a data schema (file or inline at `base`). */
function checkDataSchema(source, base = []) {
    check(dataSchemaValidator(), source, 'data schema', base);
}
function check(validate, source, what, base = []) {
    const value = base.reduce((v, k) => v?.[k], source.value);
    if (validate(value))
        return;
    const error = pickError(validate.errors ?? []);
    const path = [...base, ...pointerToPath(error.instancePath)];
    const { message, keyOf, extra } = describe(error);
    const location = source.locate(extra === undefined ? path : [...path, extra], { keyOf });
    const key = [...path, ...(extra === undefined ? [] : [extra])].join('.') || '(top level)';
    throw new errors/* ConfigError */.xL(`Invalid ${what}: ${key} ${message}.`, {
        location: { ...location, key },
        hint: hintFor(error, what),
    });
}
/**
 * ajv reports every branch of a oneOf; the most useful error is the deepest one that is not a
 * oneOf/anyOf summary, because it points at the actual bad value.
 */
function pickError(errors) {
    const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    const pool = concrete.length > 0 ? concrete : errors;
    return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]);
}
function depth(error) {
    return error.instancePath.split('/').length + (error.keyword === 'additionalProperties' ? 1 : 0);
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function describe(error) {
    const params = error.params;
    switch (error.keyword) {
        case 'additionalProperties':
            return { message: `is not a known key`, keyOf: true, extra: String(params.additionalProperty) };
        case 'required':
            return { message: `is missing the required key "${String(params.missingProperty)}"`, keyOf: true };
        case 'enum':
            return { message: `must be one of: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`, keyOf: false };
        case 'const':
            return { message: `must be ${JSON.stringify(params.allowedValue)}`, keyOf: false };
        default:
            return { message: error.message ?? 'is invalid', keyOf: false };
    }
}
function hintFor(error, what) {
    const reference = what === 'mlops.yml' ? 'schema/mlops.schema.json' : 'schema/data-schema.schema.json';
    if (error.keyword === 'additionalProperties')
        return `Remove or rename the key; the allowed keys are listed in ${reference}.`;
    return `Correct the value; ${reference} describes every key (editors with YAML support complete from it).`;
}


/***/ }),

/***/ 12865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readYamlFile)
/* harmony export */ });
/* unused harmony export parseYamlText */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);



async function readYamlFile(file, what = 'file') {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? String(error)})`;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`The ${what} ${file} ${reason}.`, {
            location: { file },
            hint: code === 'ENOENT' ? `Create it, or pass the right path.` : `Check the path and its permissions.`,
        });
    }
    return parseYamlText(text, file);
}
function parseYamlText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problem = doc.errors[0];
    if (problem) {
        const pos = lineCounter.linePos(problem.pos[0]);
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`${file} is not valid YAML: ${firstLine(problem.message)}`, {
            location: { file, line: pos.line, column: pos.col },
            hint: 'Fix the YAML syntax at that line (indentation, quotes, a missing colon).',
        });
    }
    return {
        file,
        value: doc.toJS({ maxAliasCount: 100 }),
        locate: (path, options) => locateNode(doc, lineCounter, file, path, options?.keyOf ?? false),
    };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
function locateNode(doc, lineCounter, file, path, keyOf) {
    let node = doc.contents;
    let keyNode = null;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value ?? keyNode;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                break;
            keyNode = null;
            node = item;
        }
        else {
            break;
        }
    }
    const target = keyOf && keyNode ? keyNode : node;
    const key = path.length > 0 ? path.join('.') : undefined;
    if (!target?.range)
        return { file, key };
    const pos = lineCounter.linePos(target.range[0]);
    return { file, line: pos.line, column: pos.col, key };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
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
        return value.toLocaleString('en-US');
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

/***/ 87496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable),
/* harmony export */   n: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _validate_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73591);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54285);


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

/***/ 73591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ validationSummary),
/* harmony export */   g: () => (/* binding */ orderChecks)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

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
