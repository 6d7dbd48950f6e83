export const id = 558;
export const ids = [558];
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

/***/ 81066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ projectPath),
/* harmony export */   q: () => (/* binding */ projectDirOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The one path rule (README "mlops.yml"): a path written in mlops.yml, and a default output of a
 * command that reads mlops.yml (everything under its `.mlops/` folder: profile, reports, sweep, run
 * record, local registry, deploy work folder), is relative to the folder of mlops.yml; a path given
 * on the command line (or as an action input) is relative to the working directory, as a user
 * expects of an argument. So two projects run from one folder never share a `.mlops/`.
 */
function projectPath(given, paths, fallback) {
    // The fallback comes in as a variable: a literal `.mlops/...` in path.resolve would be taken by
    // the bundler for an asset to copy when that folder exists at build time (scripts/build.mjs).
    return given === undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(paths.projectDir, fallback) : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(paths.cwd, given);
}
/** The folder of mlops.yml (`--config`, whether or not the command reads it): its defaults' `.mlops/` is there. */
function projectDirOf(cwd, config) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, config));
}


/***/ }),

/***/ 60134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z7: () => (/* reexport */ types_DEFAULT_RECORD_FILE),
  W1: () => (/* reexport */ RecordError),
  wL: () => (/* reexport */ SWEEP_RECORD_FILE),
  As: () => (/* reexport */ readPartIfPresent),
  vL: () => (/* reexport */ readProfileFiles),
  tt: () => (/* reexport */ readSweepFolder),
  x8: () => (/* reexport */ sweepPartFor),
  bJ: () => (/* reexport */ writeDataPart),
  AA: () => (/* reexport */ writeDeployPart),
  Qm: () => (/* reexport */ writeGatePart),
  kR: () => (/* reexport */ writeRegisterPart),
  Db: () => (/* reexport */ writeSweepPart)
});

// UNUSED EXPORTS: PART_WRITER, RECORD_VERSION, readPart, readRecord, recordPath, writePart

;// CONCATENATED MODULE: ./src/record/types.ts
/**
 * The run record (docs/architecture.md "The run record"): one versioned JSON file, one part per stage.
 * schema/run-record.schema.json is the source of truth; these types mirror it, and the checked
 * readers in read-record.ts prove a file matches before any of these types is trusted.
 *
 * Paths in a part (profile, report, trials table, best output) are relative to the folder of the
 * file that holds them, with `/` separators, so the record and the files it names travel together
 * (one artifact, downloaded anywhere). Data file paths are identifiers of the lineage, as
 * validate-data named them, not paths to open.
 */
const RECORD_VERSION = 1;
/** The record's default place, relative to the working directory. */
const types_DEFAULT_RECORD_FILE = '.mlops/record.json';
/** The stage that writes each part, for messages that say how to get a missing one. */
const types_PART_WRITER = {
    data: 'validate-data (mlops validate)',
    sweep: 'train-and-sweep (mlops sweep)',
    gate: 'evaluate-gate',
    register: 'register-model (mlops register)',
    deploy: 'deploy-env',
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/record/schema-validators.ts
// Generated by scripts/build-validators.mjs from schema/run-record.schema.json (ajv standalone); do not edit.
// @ts-nocheck
/* eslint-disable */

const recordValidator = validate0;
const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mlops-actions.dev/schema/run-record.schema.json", "title": "mlops run record", "description": "What one run of the pipeline found and made, one part per stage: each stage reads the parts it needs and adds its own. Locally .mlops/record.json; between jobs it travels in the stages' artifacts. Paths are relative to the folder of the file that holds them.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "description": "Version of this file's format.", "const": 1 }, "data": { "$ref": "#/definitions/dataPart" }, "sweep": { "$ref": "#/definitions/sweepPart" }, "gate": { "$ref": "#/definitions/gatePart" }, "register": { "$ref": "#/definitions/registerPart" }, "deploy": { "$ref": "#/definitions/deployPart" } }, "definitions": { "path": { "description": "A file or folder, relative to the folder of the record (or absolute).", "type": "string", "minLength": 1 }, "sha256": { "description": "Lowercase hex SHA-256.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "digest": { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" }, "count": { "type": "integer", "minimum": 0 }, "writtenAt": { "description": "When the stage wrote its part (ISO 8601).", "type": "string", "minLength": 1 }, "run": { "description": "The workflow run that wrote the part (null fields outside Actions).", "type": "object", "additionalProperties": false, "required": ["id", "attempt"], "properties": { "id": { "type": ["integer", "null"] }, "attempt": { "type": ["integer", "null"] }, "sha": { "type": ["string", "null"] } } }, "paramValue": { "type": ["string", "number", "boolean"] }, "params": { "type": "object", "additionalProperties": { "$ref": "#/definitions/paramValue" } }, "metrics": { "type": "object", "additionalProperties": { "type": "number" } }, "dataFile": { "type": "object", "additionalProperties": false, "required": ["path", "sha256"], "properties": { "path": { "description": "The data file as validate-data named it (an identifier of the lineage).", "type": "string", "minLength": 1 }, "sha256": { "$ref": "#/definitions/sha256" }, "bytes": { "$ref": "#/definitions/count" }, "rows": { "$ref": "#/definitions/count" } } }, "dataPart": { "description": "validate-data: the data's digests, the profile and the verdict.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "passed", "failOn", "errors", "warnings", "dataDigest", "files", "profile"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "passed": { "type": "boolean" }, "failOn": { "enum": ["error", "warning", "never"] }, "errors": { "$ref": "#/definitions/count" }, "warnings": { "$ref": "#/definitions/count" }, "dataDigest": { "description": "Hex sha256 over the digests and paths of every data file, in order (validate-data's data-digest output).", "$ref": "#/definitions/sha256" }, "files": { "description": "The training data files.", "type": "array", "items": { "$ref": "#/definitions/dataFile" } }, "evalFiles": { "description": "The evaluation data files.", "type": "array", "items": { "$ref": "#/definitions/dataFile" } }, "profile": { "description": "The training data's profile (JSON): a model version's lineage and the next drift baseline.", "$ref": "#/definitions/path" }, "report": { "description": "validate-data's JSON report.", "$ref": "#/definitions/path" } } }, "sweepPart": { "description": "train-and-sweep: the objective, the trials and the best trial.", "type": "object", "additionalProperties": false, "required": ["method", "seed", "objective", "trials"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "method": { "type": "string", "minLength": 1 }, "seed": { "type": "integer", "minimum": 0 }, "objective": { "type": "object", "additionalProperties": false, "required": ["metric", "goal"], "properties": { "metric": { "type": "string", "minLength": 1 }, "goal": { "enum": ["maximize", "minimize"] }, "target": { "type": "number" } } }, "space": { "description": "The search space, as the sweep resolved it.", "type": "object" }, "trials": { "type": "object", "additionalProperties": false, "required": ["total", "complete"], "properties": { "total": { "$ref": "#/definitions/count" }, "complete": { "$ref": "#/definitions/count" }, "failed": { "$ref": "#/definitions/count" }, "pruned": { "$ref": "#/definitions/count" } } }, "stoppedEarly": { "type": "string" }, "best": { "description": "The best complete trial; absent when none completed.", "type": "object", "additionalProperties": false, "required": ["trial", "value", "params", "metrics"], "properties": { "trial": { "$ref": "#/definitions/count" }, "value": { "type": "number" }, "params": { "$ref": "#/definitions/params" }, "metrics": { "$ref": "#/definitions/metrics" }, "outputDir": { "description": "The best trial's output folder (its model).", "$ref": "#/definitions/path" } } }, "trialsTable": { "description": "The trials table (CSV, best first).", "$ref": "#/definitions/path" }, "trialsJson": { "description": "Every trial as JSON.", "$ref": "#/definitions/path" } } }, "gatePart": { "description": "evaluate-gate: the verdict against the baseline (production) model and every measured value.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "verdict", "baselineVersion", "reasons"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "verdict": { "description": "pass, warn (only warning rules failed) or fail; skipped when the gate did not run.", "enum": ["pass", "warn", "fail", "skipped"] }, "passed": { "description": "False when an error rule failed.", "type": "boolean" }, "headline": { "description": "The verdict in one line.", "type": "string" }, "baselineVersion": { "description": "The registry version compared against, when there was one.", "type": ["integer", "null"], "minimum": 1 }, "baseline": { "description": "How the report names the baseline (penguins@production (v3), a metrics file); null for a first model.", "type": ["string", "null"] }, "reasons": { "description": "Failed and warning rules, one line each.", "type": "array", "items": { "type": "string" } }, "metrics": { "description": "The metric table (the action's table output): production, candidate, change, interval, status per metric.", "type": "array", "items": { "type": "object", "required": ["metric", "status"], "properties": { "metric": { "type": "string" }, "status": { "type": "string" } } } }, "rules": { "description": "Every rule with its status and reason.", "type": "array", "items": { "type": "object", "required": ["rule", "status", "reason"], "properties": { "rule": { "type": "string" }, "status": { "enum": ["pass", "fail", "warn", "skipped"] }, "reason": { "type": "string" } } } }, "notes": { "description": "What the gate could not judge and why, and like-for-like warnings.", "type": "array", "items": { "type": "string" } }, "report": { "$ref": "#/definitions/path" } } }, "registerPart": { "description": "register-model: the version made (or found) and its files.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "name", "version", "tag", "created", "contentDigest", "files"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "name": { "type": "string", "minLength": 1 }, "version": { "type": "integer", "minimum": 1 }, "tag": { "type": "string", "minLength": 1 }, "releaseUrl": { "type": ["string", "null"] }, "created": { "description": "False when an earlier attempt (or dedupe) had registered it.", "type": "boolean" }, "contentDigest": { "description": "sha256 over the sorted file names and digests.", "$ref": "#/definitions/digest" }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "size": { "$ref": "#/definitions/count" }, "sha256": { "$ref": "#/definitions/sha256" } } } }, "aliases": { "type": "array", "items": { "type": "string" } } } }, "deployPart": { "description": "deploy-env (a slot its issue fills): the deployments made of the registered version.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "deployments"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "deployments": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["environment", "version", "status"], "properties": { "environment": { "type": "string", "minLength": 1 }, "version": { "type": "integer", "minimum": 1 }, "deploymentId": { "type": ["integer", "null"] }, "status": { "enum": ["queued", "in_progress", "success", "failure", "error", "inactive"] }, "url": { "type": ["string", "null"] } } } } } } } };
const schema1 = { "description": "validate-data: the data's digests, the profile and the verdict.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "passed", "failOn", "errors", "warnings", "dataDigest", "files", "profile"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "passed": { "type": "boolean" }, "failOn": { "enum": ["error", "warning", "never"] }, "errors": { "$ref": "#/definitions/count" }, "warnings": { "$ref": "#/definitions/count" }, "dataDigest": { "description": "Hex sha256 over the digests and paths of every data file, in order (validate-data's data-digest output).", "$ref": "#/definitions/sha256" }, "files": { "description": "The training data files.", "type": "array", "items": { "$ref": "#/definitions/dataFile" } }, "evalFiles": { "description": "The evaluation data files.", "type": "array", "items": { "$ref": "#/definitions/dataFile" } }, "profile": { "description": "The training data's profile (JSON): a model version's lineage and the next drift baseline.", "$ref": "#/definitions/path" }, "report": { "description": "validate-data's JSON report.", "$ref": "#/definitions/path" } } };
const schema2 = { "description": "When the stage wrote its part (ISO 8601).", "type": "string", "minLength": 1 };
const schema3 = { "description": "The workflow run that wrote the part (null fields outside Actions).", "type": "object", "additionalProperties": false, "required": ["id", "attempt"], "properties": { "id": { "type": ["integer", "null"] }, "attempt": { "type": ["integer", "null"] }, "sha": { "type": ["string", "null"] } } };
const schema4 = { "type": "integer", "minimum": 0 };
const schema6 = { "description": "Lowercase hex SHA-256.", "type": "string", "pattern": "^[0-9a-f]{64}$" };
const schema11 = { "description": "A file or folder, relative to the folder of the record (or absolute).", "type": "string", "minLength": 1 };
const func0 = Object.prototype.hasOwnProperty;
const func1 = { default: ucs2length/* default.default */.A["default"] ?? ucs2length/* default */.A }.default;
const pattern0 = new RegExp("^[0-9a-f]{64}$", "u");
const schema7 = { "type": "object", "additionalProperties": false, "required": ["path", "sha256"], "properties": { "path": { "description": "The data file as validate-data named it (an identifier of the lineage).", "type": "string", "minLength": 1 }, "sha256": { "$ref": "#/definitions/sha256" }, "bytes": { "$ref": "#/definitions/count" }, "rows": { "$ref": "#/definitions/count" } } };
function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.sha256 === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((key0 === "path") || (key0 === "sha256")) || (key0 === "bytes")) || (key0 === "rows"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.path !== undefined) {
        let data0 = data.path;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.sha256 !== undefined) {
        let data1 = data.sha256;
        if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
                const err5 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.bytes !== undefined) {
        let data2 = data.bytes;
        if (!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) {
            const err7 = { instancePath: instancePath + "/bytes", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (typeof data2 == "number") {
            if (data2 < 0 || isNaN(data2)) {
                const err8 = { instancePath: instancePath + "/bytes", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    if (data.rows !== undefined) {
        let data3 = data.rows;
        if (!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) {
            const err9 = { instancePath: instancePath + "/rows", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
                const err10 = { instancePath: instancePath + "/rows", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
}
else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err11];
    }
    else {
        vErrors.push(err11);
    }
    errors++;
} validate2.errors = vErrors; return errors === 0; }
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.writtenAt === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "writtenAt" }, message: "must have required property '" + "writtenAt" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.passed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property '" + "passed" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.failOn === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "failOn" }, message: "must have required property '" + "failOn" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.errors === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property '" + "errors" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.warnings === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property '" + "warnings" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.dataDigest === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataDigest" }, message: "must have required property '" + "dataDigest" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.files === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    if (data.profile === undefined) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property '" + "profile" + "'" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func0.call(schema1.properties, key0))) {
            const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err9 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        else {
            const err10 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err12 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err13 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err14 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err15 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err16 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        else {
            const err17 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.passed !== undefined) {
        if (typeof data.passed !== "boolean") {
            const err18 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.failOn !== undefined) {
        let data6 = data.failOn;
        if (!(((data6 === "error") || (data6 === "warning")) || (data6 === "never"))) {
            const err19 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema1.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.errors !== undefined) {
        let data7 = data.errors;
        if (!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))) {
            const err20 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
        if (typeof data7 == "number") {
            if (data7 < 0 || isNaN(data7)) {
                const err21 = { instancePath: instancePath + "/errors", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
    }
    if (data.warnings !== undefined) {
        let data8 = data.warnings;
        if (!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) {
            const err22 = { instancePath: instancePath + "/warnings", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
        if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
                const err23 = { instancePath: instancePath + "/warnings", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    if (data.dataDigest !== undefined) {
        let data9 = data.dataDigest;
        if (typeof data9 === "string") {
            if (!pattern0.test(data9)) {
                const err24 = { instancePath: instancePath + "/dataDigest", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/dataDigest", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.files !== undefined) {
        let data10 = data.files;
        if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate2(data10[i0], { instancePath: instancePath + "/files/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.evalFiles !== undefined) {
        let data12 = data.evalFiles;
        if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate2(data12[i1], { instancePath: instancePath + "/evalFiles/" + i1, parentData: data12, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/evalFiles", schemaPath: "#/properties/evalFiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.profile !== undefined) {
        let data14 = data.profile;
        if (typeof data14 === "string") {
            if (func1(data14) < 1) {
                const err28 = { instancePath: instancePath + "/profile", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/profile", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.report !== undefined) {
        let data15 = data.report;
        if (typeof data15 === "string") {
            if (func1(data15) < 1) {
                const err30 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        else {
            const err31 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
}
else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err32];
    }
    else {
        vErrors.push(err32);
    }
    errors++;
} validate1.errors = vErrors; return errors === 0; }
const schema13 = { "description": "train-and-sweep: the objective, the trials and the best trial.", "type": "object", "additionalProperties": false, "required": ["method", "seed", "objective", "trials"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "method": { "type": "string", "minLength": 1 }, "seed": { "type": "integer", "minimum": 0 }, "objective": { "type": "object", "additionalProperties": false, "required": ["metric", "goal"], "properties": { "metric": { "type": "string", "minLength": 1 }, "goal": { "enum": ["maximize", "minimize"] }, "target": { "type": "number" } } }, "space": { "description": "The search space, as the sweep resolved it.", "type": "object" }, "trials": { "type": "object", "additionalProperties": false, "required": ["total", "complete"], "properties": { "total": { "$ref": "#/definitions/count" }, "complete": { "$ref": "#/definitions/count" }, "failed": { "$ref": "#/definitions/count" }, "pruned": { "$ref": "#/definitions/count" } } }, "stoppedEarly": { "type": "string" }, "best": { "description": "The best complete trial; absent when none completed.", "type": "object", "additionalProperties": false, "required": ["trial", "value", "params", "metrics"], "properties": { "trial": { "$ref": "#/definitions/count" }, "value": { "type": "number" }, "params": { "$ref": "#/definitions/params" }, "metrics": { "$ref": "#/definitions/metrics" }, "outputDir": { "description": "The best trial's output folder (its model).", "$ref": "#/definitions/path" } } }, "trialsTable": { "description": "The trials table (CSV, best first).", "$ref": "#/definitions/path" }, "trialsJson": { "description": "Every trial as JSON.", "$ref": "#/definitions/path" } } };
const schema23 = { "type": "object", "additionalProperties": { "type": "number" } };
const schema21 = { "type": "object", "additionalProperties": { "$ref": "#/definitions/paramValue" } };
const schema22 = { "type": ["string", "number", "boolean"] };
function validate7(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        let data0 = data[key0];
        if (((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) {
            const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/paramValue/type", keyword: "type", params: { type: schema22.type }, message: "must be string,number,boolean" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
}
else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err1];
    }
    else {
        vErrors.push(err1);
    }
    errors++;
} validate7.errors = vErrors; return errors === 0; }
function validate6(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property '" + "method" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.seed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property '" + "seed" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.objective === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objective" }, message: "must have required property '" + "objective" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.trials === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trials" }, message: "must have required property '" + "trials" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func0.call(schema13.properties, key0))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err5 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err7 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err8 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err9 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err10 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err11 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err12 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.method !== undefined) {
        let data5 = data.method;
        if (typeof data5 === "string") {
            if (func1(data5) < 1) {
                const err14 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.seed !== undefined) {
        let data6 = data.seed;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err16 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 < 0 || isNaN(data6)) {
                const err17 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    if (data.objective !== undefined) {
        let data7 = data.objective;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.metric === undefined) {
                const err18 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property '" + "metric" + "'" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (data7.goal === undefined) {
                const err19 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property '" + "goal" + "'" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            for (const key2 in data7) {
                if (!(((key2 === "metric") || (key2 === "goal")) || (key2 === "target"))) {
                    const err20 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data7.metric !== undefined) {
                let data8 = data7.metric;
                if (typeof data8 === "string") {
                    if (func1(data8) < 1) {
                        const err21 = { instancePath: instancePath + "/objective/metric", schemaPath: "#/properties/objective/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/objective/metric", schemaPath: "#/properties/objective/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data7.goal !== undefined) {
                let data9 = data7.goal;
                if (!((data9 === "maximize") || (data9 === "minimize"))) {
                    const err23 = { instancePath: instancePath + "/objective/goal", schemaPath: "#/properties/objective/properties/goal/enum", keyword: "enum", params: { allowedValues: schema13.properties.objective.properties.goal.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data7.target !== undefined) {
                if (!(typeof data7.target == "number")) {
                    const err24 = { instancePath: instancePath + "/objective/target", schemaPath: "#/properties/objective/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.space !== undefined) {
        let data11 = data.space;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
            const err26 = { instancePath: instancePath + "/space", schemaPath: "#/properties/space/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.trials !== undefined) {
        let data12 = data.trials;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.total === undefined) {
                const err27 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property '" + "total" + "'" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data12.complete === undefined) {
                const err28 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/required", keyword: "required", params: { missingProperty: "complete" }, message: "must have required property '" + "complete" + "'" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            for (const key3 in data12) {
                if (!((((key3 === "total") || (key3 === "complete")) || (key3 === "failed")) || (key3 === "pruned"))) {
                    const err29 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data12.total !== undefined) {
                let data13 = data12.total;
                if (!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) {
                    const err30 = { instancePath: instancePath + "/trials/total", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                if (typeof data13 == "number") {
                    if (data13 < 0 || isNaN(data13)) {
                        const err31 = { instancePath: instancePath + "/trials/total", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            if (data12.complete !== undefined) {
                let data14 = data12.complete;
                if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
                    const err32 = { instancePath: instancePath + "/trials/complete", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
                if (typeof data14 == "number") {
                    if (data14 < 0 || isNaN(data14)) {
                        const err33 = { instancePath: instancePath + "/trials/complete", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            if (data12.failed !== undefined) {
                let data15 = data12.failed;
                if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
                    const err34 = { instancePath: instancePath + "/trials/failed", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                if (typeof data15 == "number") {
                    if (data15 < 0 || isNaN(data15)) {
                        const err35 = { instancePath: instancePath + "/trials/failed", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            if (data12.pruned !== undefined) {
                let data16 = data12.pruned;
                if (!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) {
                    const err36 = { instancePath: instancePath + "/trials/pruned", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (typeof data16 == "number") {
                    if (data16 < 0 || isNaN(data16)) {
                        const err37 = { instancePath: instancePath + "/trials/pruned", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.stoppedEarly !== undefined) {
        if (typeof data.stoppedEarly !== "string") {
            const err39 = { instancePath: instancePath + "/stoppedEarly", schemaPath: "#/properties/stoppedEarly/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.best !== undefined) {
        let data18 = data.best;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.trial === undefined) {
                const err40 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "trial" }, message: "must have required property '" + "trial" + "'" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            if (data18.value === undefined) {
                const err41 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if (data18.params === undefined) {
                const err42 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property '" + "params" + "'" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data18.metrics === undefined) {
                const err43 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property '" + "metrics" + "'" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            for (const key4 in data18) {
                if (!(((((key4 === "trial") || (key4 === "value")) || (key4 === "params")) || (key4 === "metrics")) || (key4 === "outputDir"))) {
                    const err44 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data18.trial !== undefined) {
                let data19 = data18.trial;
                if (!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))) {
                    const err45 = { instancePath: instancePath + "/best/trial", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (typeof data19 == "number") {
                    if (data19 < 0 || isNaN(data19)) {
                        const err46 = { instancePath: instancePath + "/best/trial", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            if (data18.value !== undefined) {
                if (!(typeof data18.value == "number")) {
                    const err47 = { instancePath: instancePath + "/best/value", schemaPath: "#/properties/best/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data18.params !== undefined) {
                if (!(validate7(data18.params, { instancePath: instancePath + "/best/params", parentData: data18, parentDataProperty: "params", rootData }))) {
                    vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
                    errors = vErrors.length;
                }
            }
            if (data18.metrics !== undefined) {
                let data22 = data18.metrics;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    for (const key5 in data22) {
                        if (!(typeof data22[key5] == "number")) {
                            const err48 = { instancePath: instancePath + "/best/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err49 = { instancePath: instancePath + "/best/metrics", schemaPath: "#/definitions/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
            }
            if (data18.outputDir !== undefined) {
                let data24 = data18.outputDir;
                if (typeof data24 === "string") {
                    if (func1(data24) < 1) {
                        const err50 = { instancePath: instancePath + "/best/outputDir", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                else {
                    const err51 = { instancePath: instancePath + "/best/outputDir", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
            }
        }
        else {
            const err52 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err52];
            }
            else {
                vErrors.push(err52);
            }
            errors++;
        }
    }
    if (data.trialsTable !== undefined) {
        let data25 = data.trialsTable;
        if (typeof data25 === "string") {
            if (func1(data25) < 1) {
                const err53 = { instancePath: instancePath + "/trialsTable", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/trialsTable", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.trialsJson !== undefined) {
        let data26 = data.trialsJson;
        if (typeof data26 === "string") {
            if (func1(data26) < 1) {
                const err55 = { instancePath: instancePath + "/trialsJson", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
        else {
            const err56 = { instancePath: instancePath + "/trialsJson", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err56];
            }
            else {
                vErrors.push(err56);
            }
            errors++;
        }
    }
}
else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err57];
    }
    else {
        vErrors.push(err57);
    }
    errors++;
} validate6.errors = vErrors; return errors === 0; }
const schema27 = { "description": "evaluate-gate: the verdict against the baseline (production) model and every measured value.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "verdict", "baselineVersion", "reasons"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "verdict": { "description": "pass, warn (only warning rules failed) or fail; skipped when the gate did not run.", "enum": ["pass", "warn", "fail", "skipped"] }, "passed": { "description": "False when an error rule failed.", "type": "boolean" }, "headline": { "description": "The verdict in one line.", "type": "string" }, "baselineVersion": { "description": "The registry version compared against, when there was one.", "type": ["integer", "null"], "minimum": 1 }, "baseline": { "description": "How the report names the baseline (penguins@production (v3), a metrics file); null for a first model.", "type": ["string", "null"] }, "reasons": { "description": "Failed and warning rules, one line each.", "type": "array", "items": { "type": "string" } }, "metrics": { "description": "The metric table (the action's table output): production, candidate, change, interval, status per metric.", "type": "array", "items": { "type": "object", "required": ["metric", "status"], "properties": { "metric": { "type": "string" }, "status": { "type": "string" } } } }, "rules": { "description": "Every rule with its status and reason.", "type": "array", "items": { "type": "object", "required": ["rule", "status", "reason"], "properties": { "rule": { "type": "string" }, "status": { "enum": ["pass", "fail", "warn", "skipped"] }, "reason": { "type": "string" } } } }, "notes": { "description": "What the gate could not judge and why, and like-for-like warnings.", "type": "array", "items": { "type": "string" } }, "report": { "$ref": "#/definitions/path" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.writtenAt === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "writtenAt" }, message: "must have required property '" + "writtenAt" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.verdict === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property '" + "verdict" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.baselineVersion === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baselineVersion" }, message: "must have required property '" + "baselineVersion" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.reasons === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property '" + "reasons" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func0.call(schema27.properties, key0))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err5 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err7 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err8 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err9 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err10 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err11 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err12 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.verdict !== undefined) {
        let data5 = data.verdict;
        if (!((((data5 === "pass") || (data5 === "warn")) || (data5 === "fail")) || (data5 === "skipped"))) {
            const err14 = { instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema27.properties.verdict.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.passed !== undefined) {
        if (typeof data.passed !== "boolean") {
            const err15 = { instancePath: instancePath + "/passed", schemaPath: "#/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.headline !== undefined) {
        if (typeof data.headline !== "string") {
            const err16 = { instancePath: instancePath + "/headline", schemaPath: "#/properties/headline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.baselineVersion !== undefined) {
        let data8 = data.baselineVersion;
        if ((!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) && (data8 !== null)) {
            const err17 = { instancePath: instancePath + "/baselineVersion", schemaPath: "#/properties/baselineVersion/type", keyword: "type", params: { type: schema27.properties.baselineVersion.type }, message: "must be integer,null" };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
        if (typeof data8 == "number") {
            if (data8 < 1 || isNaN(data8)) {
                const err18 = { instancePath: instancePath + "/baselineVersion", schemaPath: "#/properties/baselineVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
    }
    if (data.baseline !== undefined) {
        let data9 = data.baseline;
        if ((typeof data9 !== "string") && (data9 !== null)) {
            const err19 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: schema27.properties.baseline.type }, message: "must be string,null" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.reasons !== undefined) {
        let data10 = data.reasons;
        if (Array.isArray(data10)) {
            const len0 = data10.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (typeof data10[i0] !== "string") {
                    const err20 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        else {
            const err21 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.metrics !== undefined) {
        let data12 = data.metrics;
        if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
                let data13 = data12[i1];
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.metric === undefined) {
                        const err22 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property '" + "metric" + "'" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                    if (data13.status === undefined) {
                        const err23 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/properties/metrics/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                    if (data13.metric !== undefined) {
                        if (typeof data13.metric !== "string") {
                            const err24 = { instancePath: instancePath + "/metrics/" + i1 + "/metric", schemaPath: "#/properties/metrics/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                    if (data13.status !== undefined) {
                        if (typeof data13.status !== "string") {
                            const err25 = { instancePath: instancePath + "/metrics/" + i1 + "/status", schemaPath: "#/properties/metrics/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err26 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
        }
        else {
            const err27 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err27];
            }
            else {
                vErrors.push(err27);
            }
            errors++;
        }
    }
    if (data.rules !== undefined) {
        let data16 = data.rules;
        if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data17 = data16[i2];
                if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.rule === undefined) {
                        const err28 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data17.status === undefined) {
                        const err29 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (data17.reason === undefined) {
                        const err30 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                    if (data17.rule !== undefined) {
                        if (typeof data17.rule !== "string") {
                            const err31 = { instancePath: instancePath + "/rules/" + i2 + "/rule", schemaPath: "#/properties/rules/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data17.status !== undefined) {
                        let data19 = data17.status;
                        if (!((((data19 === "pass") || (data19 === "fail")) || (data19 === "warn")) || (data19 === "skipped"))) {
                            const err32 = { instancePath: instancePath + "/rules/" + i2 + "/status", schemaPath: "#/properties/rules/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema27.properties.rules.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data17.reason !== undefined) {
                        if (typeof data17.reason !== "string") {
                            const err33 = { instancePath: instancePath + "/rules/" + i2 + "/reason", schemaPath: "#/properties/rules/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/rules/" + i2, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
        }
        else {
            const err35 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err35];
            }
            else {
                vErrors.push(err35);
            }
            errors++;
        }
    }
    if (data.notes !== undefined) {
        let data21 = data.notes;
        if (Array.isArray(data21)) {
            const len3 = data21.length;
            for (let i3 = 0; i3 < len3; i3++) {
                if (typeof data21[i3] !== "string") {
                    const err36 = { instancePath: instancePath + "/notes/" + i3, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
        }
        else {
            const err37 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err37];
            }
            else {
                vErrors.push(err37);
            }
            errors++;
        }
    }
    if (data.report !== undefined) {
        let data23 = data.report;
        if (typeof data23 === "string") {
            if (func1(data23) < 1) {
                const err38 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err38];
                }
                else {
                    vErrors.push(err38);
                }
                errors++;
            }
        }
        else {
            const err39 = { instancePath: instancePath + "/report", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
}
else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err40];
    }
    else {
        vErrors.push(err40);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }
const schema31 = { "description": "register-model: the version made (or found) and its files.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "name", "version", "tag", "created", "contentDigest", "files"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "name": { "type": "string", "minLength": 1 }, "version": { "type": "integer", "minimum": 1 }, "tag": { "type": "string", "minLength": 1 }, "releaseUrl": { "type": ["string", "null"] }, "created": { "description": "False when an earlier attempt (or dedupe) had registered it.", "type": "boolean" }, "contentDigest": { "description": "sha256 over the sorted file names and digests.", "$ref": "#/definitions/digest" }, "files": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name", "size", "sha256"], "properties": { "name": { "type": "string", "minLength": 1 }, "size": { "$ref": "#/definitions/count" }, "sha256": { "$ref": "#/definitions/sha256" } } } }, "aliases": { "type": "array", "items": { "type": "string" } } } };
const schema34 = { "type": "string", "pattern": "^sha256:[0-9a-f]{64}$" };
const pattern2 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.writtenAt === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "writtenAt" }, message: "must have required property '" + "writtenAt" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.name === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.version === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.tag === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    if (data.created === undefined) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created" }, message: "must have required property '" + "created" + "'" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    if (data.contentDigest === undefined) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "contentDigest" }, message: "must have required property '" + "contentDigest" + "'" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data.files === undefined) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property '" + "files" + "'" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func0.call(schema31.properties, key0))) {
            const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err8 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err10 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err12 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err13 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err14 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err15 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
            }
        }
        else {
            const err16 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data5 = data.name;
        if (typeof data5 === "string") {
            if (func1(data5) < 1) {
                const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data6 = data.version;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err19 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 < 1 || isNaN(data6)) {
                const err20 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
    }
    if (data.tag !== undefined) {
        let data7 = data.tag;
        if (typeof data7 === "string") {
            if (func1(data7) < 1) {
                const err21 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.releaseUrl !== undefined) {
        let data8 = data.releaseUrl;
        if ((typeof data8 !== "string") && (data8 !== null)) {
            const err23 = { instancePath: instancePath + "/releaseUrl", schemaPath: "#/properties/releaseUrl/type", keyword: "type", params: { type: schema31.properties.releaseUrl.type }, message: "must be string,null" };
            if (vErrors === null) {
                vErrors = [err23];
            }
            else {
                vErrors.push(err23);
            }
            errors++;
        }
    }
    if (data.created !== undefined) {
        if (typeof data.created !== "boolean") {
            const err24 = { instancePath: instancePath + "/created", schemaPath: "#/properties/created/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
    if (data.contentDigest !== undefined) {
        let data10 = data.contentDigest;
        if (typeof data10 === "string") {
            if (!pattern2.test(data10)) {
                const err25 = { instancePath: instancePath + "/contentDigest", schemaPath: "#/definitions/digest/pattern", keyword: "pattern", params: { pattern: "^sha256:[0-9a-f]{64}$" }, message: "must match pattern \"" + "^sha256:[0-9a-f]{64}$" + "\"" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        else {
            const err26 = { instancePath: instancePath + "/contentDigest", schemaPath: "#/definitions/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.files !== undefined) {
        let data11 = data.files;
        if (Array.isArray(data11)) {
            const len0 = data11.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data12 = data11[i0];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.name === undefined) {
                        const err27 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                    if (data12.size === undefined) {
                        const err28 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property '" + "size" + "'" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (data12.sha256 === undefined) {
                        const err29 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property '" + "sha256" + "'" };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    for (const key2 in data12) {
                        if (!(((key2 === "name") || (key2 === "size")) || (key2 === "sha256"))) {
                            const err30 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data12.name !== undefined) {
                        let data13 = data12.name;
                        if (typeof data13 === "string") {
                            if (func1(data13) < 1) {
                                const err31 = { instancePath: instancePath + "/files/" + i0 + "/name", schemaPath: "#/properties/files/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err32 = { instancePath: instancePath + "/files/" + i0 + "/name", schemaPath: "#/properties/files/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                    if (data12.size !== undefined) {
                        let data14 = data12.size;
                        if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
                            const err33 = { instancePath: instancePath + "/files/" + i0 + "/size", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        if (typeof data14 == "number") {
                            if (data14 < 0 || isNaN(data14)) {
                                const err34 = { instancePath: instancePath + "/files/" + i0 + "/size", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data12.sha256 !== undefined) {
                        let data15 = data12.sha256;
                        if (typeof data15 === "string") {
                            if (!pattern0.test(data15)) {
                                const err35 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/definitions/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: "must match pattern \"" + "^[0-9a-f]{64}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err36 = { instancePath: instancePath + "/files/" + i0 + "/sha256", schemaPath: "#/definitions/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err37 = { instancePath: instancePath + "/files/" + i0, schemaPath: "#/properties/files/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/files", schemaPath: "#/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.aliases !== undefined) {
        let data16 = data.aliases;
        if (Array.isArray(data16)) {
            const len1 = data16.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (typeof data16[i1] !== "string") {
                    const err39 = { instancePath: instancePath + "/aliases/" + i1, schemaPath: "#/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
        }
        else {
            const err40 = { instancePath: instancePath + "/aliases", schemaPath: "#/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err40];
            }
            else {
                vErrors.push(err40);
            }
            errors++;
        }
    }
}
else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err41];
    }
    else {
        vErrors.push(err41);
    }
    errors++;
} validate12.errors = vErrors; return errors === 0; }
const schema37 = { "description": "deploy-env (a slot its issue fills): the deployments made of the registered version.", "type": "object", "additionalProperties": false, "required": ["writtenAt", "deployments"], "properties": { "writtenAt": { "$ref": "#/definitions/writtenAt" }, "run": { "$ref": "#/definitions/run" }, "deployments": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["environment", "version", "status"], "properties": { "environment": { "type": "string", "minLength": 1 }, "version": { "type": "integer", "minimum": 1 }, "deploymentId": { "type": ["integer", "null"] }, "status": { "enum": ["queued", "in_progress", "success", "failure", "error", "inactive"] }, "url": { "type": ["string", "null"] } } } } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.writtenAt === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "writtenAt" }, message: "must have required property '" + "writtenAt" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.deployments === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property '" + "deployments" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((key0 === "writtenAt") || (key0 === "run")) || (key0 === "deployments"))) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err3 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        else {
            const err4 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err5 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err6 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err7 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err8 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err9 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err10 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.deployments !== undefined) {
        let data5 = data.deployments;
        if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data6 = data5[i0];
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    if (data6.environment === undefined) {
                        const err12 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property '" + "environment" + "'" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if (data6.version === undefined) {
                        const err13 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data6.status === undefined) {
                        const err14 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    for (const key2 in data6) {
                        if (!(((((key2 === "environment") || (key2 === "version")) || (key2 === "deploymentId")) || (key2 === "status")) || (key2 === "url"))) {
                            const err15 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data6.environment !== undefined) {
                        let data7 = data6.environment;
                        if (typeof data7 === "string") {
                            if (func1(data7) < 1) {
                                const err16 = { instancePath: instancePath + "/deployments/" + i0 + "/environment", schemaPath: "#/properties/deployments/items/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/deployments/" + i0 + "/environment", schemaPath: "#/properties/deployments/items/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data6.version !== undefined) {
                        let data8 = data6.version;
                        if (!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))) {
                            const err18 = { instancePath: instancePath + "/deployments/" + i0 + "/version", schemaPath: "#/properties/deployments/items/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                        if (typeof data8 == "number") {
                            if (data8 < 1 || isNaN(data8)) {
                                const err19 = { instancePath: instancePath + "/deployments/" + i0 + "/version", schemaPath: "#/properties/deployments/items/properties/version/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    if (data6.deploymentId !== undefined) {
                        let data9 = data6.deploymentId;
                        if ((!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))) && (data9 !== null)) {
                            const err20 = { instancePath: instancePath + "/deployments/" + i0 + "/deploymentId", schemaPath: "#/properties/deployments/items/properties/deploymentId/type", keyword: "type", params: { type: schema37.properties.deployments.items.properties.deploymentId.type }, message: "must be integer,null" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    if (data6.status !== undefined) {
                        let data10 = data6.status;
                        if (!((((((data10 === "queued") || (data10 === "in_progress")) || (data10 === "success")) || (data10 === "failure")) || (data10 === "error")) || (data10 === "inactive"))) {
                            const err21 = { instancePath: instancePath + "/deployments/" + i0 + "/status", schemaPath: "#/properties/deployments/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema37.properties.deployments.items.properties.status.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data6.url !== undefined) {
                        let data11 = data6.url;
                        if ((typeof data11 !== "string") && (data11 !== null)) {
                            const err22 = { instancePath: instancePath + "/deployments/" + i0 + "/url", schemaPath: "#/properties/deployments/items/properties/url/type", keyword: "type", params: { type: schema37.properties.deployments.items.properties.url.type }, message: "must be string,null" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/deployments/" + i0, schemaPath: "#/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
        else {
            const err24 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
    }
}
else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err25];
    }
    else {
        vErrors.push(err25);
    }
    errors++;
} validate14.errors = vErrors; return errors === 0; }
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://mlops-actions.dev/schema/run-record.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(((((((key0 === "$schema") || (key0 === "version")) || (key0 === "data")) || (key0 === "sweep")) || (key0 === "gate")) || (key0 === "register")) || (key0 === "deploy"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.$schema !== undefined) {
        if (typeof data.$schema !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        if (1 !== data.version) {
            const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.data !== undefined) {
        if (!(validate1(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData }))) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
        }
    }
    if (data.sweep !== undefined) {
        if (!(validate6(data.sweep, { instancePath: instancePath + "/sweep", parentData: data, parentDataProperty: "sweep", rootData }))) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
        }
    }
    if (data.gate !== undefined) {
        if (!(validate10(data.gate, { instancePath: instancePath + "/gate", parentData: data, parentDataProperty: "gate", rootData }))) {
            vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
            errors = vErrors.length;
        }
    }
    if (data.register !== undefined) {
        if (!(validate12(data.register, { instancePath: instancePath + "/register", parentData: data, parentDataProperty: "register", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.deploy !== undefined) {
        if (!(validate14(data.deploy, { instancePath: instancePath + "/deploy", parentData: data, parentDataProperty: "deploy", rootData }))) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
        }
    }
}
else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err4];
    }
    else {
        vErrors.push(err4);
    }
    errors++;
} validate0.errors = vErrors; return errors === 0; }
const sweepPartValidator = validate16;
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.method === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property '" + "method" + "'" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.seed === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property '" + "seed" + "'" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.objective === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objective" }, message: "must have required property '" + "objective" + "'" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.trials === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trials" }, message: "must have required property '" + "trials" + "'" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func0.call(schema13.properties, key0))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.writtenAt !== undefined) {
        let data0 = data.writtenAt;
        if (typeof data0 === "string") {
            if (func1(data0) < 1) {
                const err5 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        else {
            const err6 = { instancePath: instancePath + "/writtenAt", schemaPath: "#/definitions/writtenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.run !== undefined) {
        let data1 = data.run;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.id === undefined) {
                const err7 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data1.attempt === undefined) {
                const err8 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/required", keyword: "required", params: { missingProperty: "attempt" }, message: "must have required property '" + "attempt" + "'" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(((key1 === "id") || (key1 === "attempt")) || (key1 === "sha"))) {
                    const err9 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data1.id !== undefined) {
                let data2 = data1.id;
                if ((!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))) && (data2 !== null)) {
                    const err10 = { instancePath: instancePath + "/run/id", schemaPath: "#/definitions/run/properties/id/type", keyword: "type", params: { type: schema3.properties.id.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data1.attempt !== undefined) {
                let data3 = data1.attempt;
                if ((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (data3 !== null)) {
                    const err11 = { instancePath: instancePath + "/run/attempt", schemaPath: "#/definitions/run/properties/attempt/type", keyword: "type", params: { type: schema3.properties.attempt.type }, message: "must be integer,null" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            if (data1.sha !== undefined) {
                let data4 = data1.sha;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err12 = { instancePath: instancePath + "/run/sha", schemaPath: "#/definitions/run/properties/sha/type", keyword: "type", params: { type: schema3.properties.sha.type }, message: "must be string,null" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
        else {
            const err13 = { instancePath: instancePath + "/run", schemaPath: "#/definitions/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.method !== undefined) {
        let data5 = data.method;
        if (typeof data5 === "string") {
            if (func1(data5) < 1) {
                const err14 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        else {
            const err15 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.seed !== undefined) {
        let data6 = data.seed;
        if (!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) {
            const err16 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
        if (typeof data6 == "number") {
            if (data6 < 0 || isNaN(data6)) {
                const err17 = { instancePath: instancePath + "/seed", schemaPath: "#/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    if (data.objective !== undefined) {
        let data7 = data.objective;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.metric === undefined) {
                const err18 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property '" + "metric" + "'" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if (data7.goal === undefined) {
                const err19 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/required", keyword: "required", params: { missingProperty: "goal" }, message: "must have required property '" + "goal" + "'" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            for (const key2 in data7) {
                if (!(((key2 === "metric") || (key2 === "goal")) || (key2 === "target"))) {
                    const err20 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data7.metric !== undefined) {
                let data8 = data7.metric;
                if (typeof data8 === "string") {
                    if (func1(data8) < 1) {
                        const err21 = { instancePath: instancePath + "/objective/metric", schemaPath: "#/properties/objective/properties/metric/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                else {
                    const err22 = { instancePath: instancePath + "/objective/metric", schemaPath: "#/properties/objective/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
            }
            if (data7.goal !== undefined) {
                let data9 = data7.goal;
                if (!((data9 === "maximize") || (data9 === "minimize"))) {
                    const err23 = { instancePath: instancePath + "/objective/goal", schemaPath: "#/properties/objective/properties/goal/enum", keyword: "enum", params: { allowedValues: schema13.properties.objective.properties.goal.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data7.target !== undefined) {
                if (!(typeof data7.target == "number")) {
                    const err24 = { instancePath: instancePath + "/objective/target", schemaPath: "#/properties/objective/properties/target/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
        }
        else {
            const err25 = { instancePath: instancePath + "/objective", schemaPath: "#/properties/objective/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    if (data.space !== undefined) {
        let data11 = data.space;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
            const err26 = { instancePath: instancePath + "/space", schemaPath: "#/properties/space/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
    }
    if (data.trials !== undefined) {
        let data12 = data.trials;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.total === undefined) {
                const err27 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property '" + "total" + "'" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            if (data12.complete === undefined) {
                const err28 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/required", keyword: "required", params: { missingProperty: "complete" }, message: "must have required property '" + "complete" + "'" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            for (const key3 in data12) {
                if (!((((key3 === "total") || (key3 === "complete")) || (key3 === "failed")) || (key3 === "pruned"))) {
                    const err29 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
            }
            if (data12.total !== undefined) {
                let data13 = data12.total;
                if (!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) {
                    const err30 = { instancePath: instancePath + "/trials/total", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
                if (typeof data13 == "number") {
                    if (data13 < 0 || isNaN(data13)) {
                        const err31 = { instancePath: instancePath + "/trials/total", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
            }
            if (data12.complete !== undefined) {
                let data14 = data12.complete;
                if (!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) {
                    const err32 = { instancePath: instancePath + "/trials/complete", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
                if (typeof data14 == "number") {
                    if (data14 < 0 || isNaN(data14)) {
                        const err33 = { instancePath: instancePath + "/trials/complete", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
            }
            if (data12.failed !== undefined) {
                let data15 = data12.failed;
                if (!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) {
                    const err34 = { instancePath: instancePath + "/trials/failed", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                if (typeof data15 == "number") {
                    if (data15 < 0 || isNaN(data15)) {
                        const err35 = { instancePath: instancePath + "/trials/failed", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
            }
            if (data12.pruned !== undefined) {
                let data16 = data12.pruned;
                if (!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) {
                    const err36 = { instancePath: instancePath + "/trials/pruned", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
                if (typeof data16 == "number") {
                    if (data16 < 0 || isNaN(data16)) {
                        const err37 = { instancePath: instancePath + "/trials/pruned", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
            }
        }
        else {
            const err38 = { instancePath: instancePath + "/trials", schemaPath: "#/properties/trials/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err38];
            }
            else {
                vErrors.push(err38);
            }
            errors++;
        }
    }
    if (data.stoppedEarly !== undefined) {
        if (typeof data.stoppedEarly !== "string") {
            const err39 = { instancePath: instancePath + "/stoppedEarly", schemaPath: "#/properties/stoppedEarly/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err39];
            }
            else {
                vErrors.push(err39);
            }
            errors++;
        }
    }
    if (data.best !== undefined) {
        let data18 = data.best;
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.trial === undefined) {
                const err40 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "trial" }, message: "must have required property '" + "trial" + "'" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            if (data18.value === undefined) {
                const err41 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property '" + "value" + "'" };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
            if (data18.params === undefined) {
                const err42 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property '" + "params" + "'" };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
            if (data18.metrics === undefined) {
                const err43 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property '" + "metrics" + "'" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            for (const key4 in data18) {
                if (!(((((key4 === "trial") || (key4 === "value")) || (key4 === "params")) || (key4 === "metrics")) || (key4 === "outputDir"))) {
                    const err44 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                        vErrors = [err44];
                    }
                    else {
                        vErrors.push(err44);
                    }
                    errors++;
                }
            }
            if (data18.trial !== undefined) {
                let data19 = data18.trial;
                if (!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))) {
                    const err45 = { instancePath: instancePath + "/best/trial", schemaPath: "#/definitions/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (typeof data19 == "number") {
                    if (data19 < 0 || isNaN(data19)) {
                        const err46 = { instancePath: instancePath + "/best/trial", schemaPath: "#/definitions/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            if (data18.value !== undefined) {
                if (!(typeof data18.value == "number")) {
                    const err47 = { instancePath: instancePath + "/best/value", schemaPath: "#/properties/best/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
            if (data18.params !== undefined) {
                if (!(validate7(data18.params, { instancePath: instancePath + "/best/params", parentData: data18, parentDataProperty: "params", rootData }))) {
                    vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
                    errors = vErrors.length;
                }
            }
            if (data18.metrics !== undefined) {
                let data22 = data18.metrics;
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    for (const key5 in data22) {
                        if (!(typeof data22[key5] == "number")) {
                            const err48 = { instancePath: instancePath + "/best/metrics/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/metrics/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err49 = { instancePath: instancePath + "/best/metrics", schemaPath: "#/definitions/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
            }
            if (data18.outputDir !== undefined) {
                let data24 = data18.outputDir;
                if (typeof data24 === "string") {
                    if (func1(data24) < 1) {
                        const err50 = { instancePath: instancePath + "/best/outputDir", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                else {
                    const err51 = { instancePath: instancePath + "/best/outputDir", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
            }
        }
        else {
            const err52 = { instancePath: instancePath + "/best", schemaPath: "#/properties/best/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
                vErrors = [err52];
            }
            else {
                vErrors.push(err52);
            }
            errors++;
        }
    }
    if (data.trialsTable !== undefined) {
        let data25 = data.trialsTable;
        if (typeof data25 === "string") {
            if (func1(data25) < 1) {
                const err53 = { instancePath: instancePath + "/trialsTable", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        else {
            const err54 = { instancePath: instancePath + "/trialsTable", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err54];
            }
            else {
                vErrors.push(err54);
            }
            errors++;
        }
    }
    if (data.trialsJson !== undefined) {
        let data26 = data.trialsJson;
        if (typeof data26 === "string") {
            if (func1(data26) < 1) {
                const err55 = { instancePath: instancePath + "/trialsJson", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
        else {
            const err56 = { instancePath: instancePath + "/trialsJson", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err56];
            }
            else {
                vErrors.push(err56);
            }
            errors++;
        }
    }
}
else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
        vErrors = [err57];
    }
    else {
        vErrors.push(err57);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./src/record/record-file.ts
/**
 * Reading and writing the run record file. Every reader of another stage's output goes through here
 * (or through the sweep-folder and profile readers in lineage.ts): the file is checked against
 * schema/run-record.schema.json before any field is used, and a missing or malformed part is a
 * RecordError that names the file and the field.
 *
 * Writing merges one part into the file: the other parts are kept, the same part from an earlier
 * run of the stage is replaced, and the file is replaced in one step (a temp file renamed over it),
 * so a reader sees the old record or the new one, never half of one. Two stages writing the same
 * file at the same instant can lose one part (last writer wins); the pipeline runs them in order.
 */








/** The run record, or a file it names, is missing or malformed. */
class RecordError extends errors/* UserError */.yo {
}
/**
 * Where a stage finds the record: the `record` input or `--record` option when given, else
 * `.mlops/record.json`; relative paths are resolved against the working directory.
 */
function recordPath(cwd, given) {
    return path.resolve(cwd, given ?? DEFAULT_RECORD_FILE);
}
/** A path as a part stores it: relative to the folder of `file` (the record), `/` separators. */
function relativeTo(file, target) {
    const relative = external_node_path_default().relative(external_node_path_default().dirname(file), target);
    return (relative === '' ? '.' : relative).split((external_node_path_default()).sep).join('/');
}
/** A path of a part, resolved against the folder of the file that holds it. */
function resolveFrom(file, stored) {
    return external_node_path_default().resolve(external_node_path_default().dirname(file), stored);
}
/** The workflow run a part is written in, from the runner's variables (nulls outside Actions). */
function runOf(env) {
    const int = (text) => (text && /^\d+$/.test(text) ? Number(text) : null);
    return { id: int(env.GITHUB_RUN_ID), attempt: int(env.GITHUB_RUN_ATTEMPT), sha: env.GITHUB_SHA ?? null };
}
/**
 * Throws a RecordError for the first violation of `validate`, naming `file` and the field
 * (`sweep.best.metrics.accuracy`); `base` prefixes the field when the value is part of a larger file.
 */
function checkAgainst(validate, value, file, what, hint, base = '') {
    if (validate(value))
        return;
    const error = firstError(validate.errors ?? []);
    const params = error.params;
    const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
        segments.push(String(params.missingProperty));
        message = 'is missing';
    }
    else if (error.keyword === 'additionalProperties') {
        segments.push(String(params.additionalProperty));
        message = 'is not a known field';
    }
    else if (error.keyword === 'enum') {
        message = `must be one of: ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    else if (error.keyword === 'const') {
        message = `must be ${JSON.stringify(params.allowedValue)}`;
    }
    const field = [base, ...segments].filter(Boolean).join('.') || '(top level)';
    throw new RecordError(`The ${what} ${file} is malformed: ${field} ${message}.`, { location: { file, key: field }, hint });
}
/** The deepest error is the one that points at the bad value (ajv also reports its parents' oneOf). */
function firstError(errors) {
    const concrete = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    const pool = concrete.length > 0 ? concrete : errors;
    const depth = (e) => e.instancePath.split('/').length + (e.keyword === 'required' || e.keyword === 'additionalProperties' ? 1 : 0);
    return pool.reduce((best, e) => (depth(e) > depth(best) ? e : best), pool[0]);
}
const FIX_RECORD = 'Delete the file to start a new record (the stages write their parts again), or pass another record path.';
/**
 * Reads and checks the whole record; undefined when the file does not exist. A file that is not
 * JSON or does not match the schema is a RecordError naming the file and the field.
 */
async function readRecord(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    const value = await (0,json/* readJsonFile */.JE)(file, { what: 'run record', hint: FIX_RECORD });
    checkAgainst(recordValidator, value, file, 'run record', FIX_RECORD);
    return value; // checked against the schema just above
}
/**
 * One part of the record at `file`, checked. A missing file or a missing part is a RecordError that
 * names the file, the field and the stage that writes it.
 */
async function readPart(file, name) {
    const record = await readRecord(file);
    const value = record?.[name];
    if (record === undefined || value === undefined) {
        throw new RecordError(`${record === undefined ? `There is no run record at ${file}` : `The run record ${file} has no ${name} part`}: field "${name}" is missing.`, { location: { file, key: name }, hint: `Run ${PART_WRITER[name]} first (it writes the ${name} part), or pass the record it wrote (input record, option --record).` });
    }
    return { value, file, resolve: (stored) => resolveFrom(file, stored) };
}
/** readPart, but undefined (not an error) when the file or the part is absent; a malformed file still fails. */
async function readPartIfPresent(file, name) {
    const record = await readRecord(file);
    const value = record?.[name];
    return value === undefined ? undefined : { value, file, resolve: (stored) => resolveFrom(file, stored) };
}
/**
 * Merges one part into the record at `file` (created when absent), keeping the other parts and
 * replacing an earlier run's part of the same stage; checks the result against the schema before it
 * replaces the file. Returns the record as written.
 */
async function writePart(file, name, part) {
    const current = (await readRecord(file)) ?? { version: RECORD_VERSION };
    const next = { ...current, version: RECORD_VERSION, [name]: part };
    // A writer's bug must not leave a record that the next stage rejects: check before replacing.
    try {
        checkAgainst(recordValidator, next, file, 'run record', '');
    }
    catch (error) {
        throw new Error(`Bug: the ${name} part written to the run record does not match schema/run-record.schema.json. ${error.message}`, { cause: error });
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, JSON.stringify(next, null, 2) + '\n');
        await (0,promises_.rename)(temp, file);
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
    return next;
}

;// CONCATENATED MODULE: ./src/record/lineage.ts
/**
 * Checked readers of the stage files a user can name directly, outside the record: a sweep's output
 * folder (`--from-sweep`, its sweep-record.json holds the sweep part) and validate-data's profile
 * (`--profile`, its files and their digests). They check with the same schema as the record's parts,
 * and fail the same way: a RecordError naming the file and the field.
 */




/** The file of a sweep folder that holds its sweep part (with `schemaVersion: 1` beside it). */
const SWEEP_RECORD_FILE = 'sweep-record.json';
/** The sweep part a sweep folder holds (`<dir>/sweep-record.json`), checked. */
async function readSweepFolder(dir) {
    const file = external_node_path_default().join(dir, SWEEP_RECORD_FILE);
    const hint = `Pass the out folder of a finished train-and-sweep (default .mlops/sweep): it holds ${SWEEP_RECORD_FILE}. Run the sweep again to rewrite the file.`;
    const value = await (0,json/* readJsonFile */.JE)(file, { what: 'sweep record', hint });
    if (!(0,json/* isRecord */.u4)(value))
        throw new RecordError(`The sweep record ${file} is malformed: (top level) must be an object, not ${(0,json/* describeJson */.kw)(value)}.`, { location: { file }, hint });
    const { schemaVersion, ...part } = value;
    if (schemaVersion !== 1) {
        throw new RecordError(`The sweep record ${file} is malformed: schemaVersion must be 1 (${(0,json/* describeJson */.kw)(schemaVersion)}).`, { location: { file, key: 'schemaVersion' }, hint });
    }
    checkAgainst(sweepPartValidator, part, file, 'sweep record', hint);
    return { value: part, file, resolve: (stored) => resolveFrom(file, stored) }; // checked just above
}
/**
 * The data files and digests of a validate-data profile (`files: [{path, sha256}, ...]`): the
 * lineage a model version carries. Only these fields are checked; the rest is the profile's own.
 */
async function readProfileFiles(file) {
    const hint = "Pass the profile validate-data wrote (its profile output, default .mlops/profile.json).";
    const value = await (0,json/* readJsonFile */.JE)(file, { what: 'data profile', hint });
    const fail = (field, what, got) => {
        throw new RecordError(`The data profile ${file} is malformed: ${field} must be ${what}, not ${(0,json/* describeJson */.kw)(got)}.`, { location: { file, key: field }, hint });
    };
    if (!(0,json/* isRecord */.u4)(value))
        return fail('(top level)', 'an object', value);
    if (!Array.isArray(value.files))
        return fail('files', 'a list of {path, sha256}', value.files);
    return value.files.map((entry, i) => {
        if (!(0,json/* isRecord */.u4)(entry))
            return fail(`files[${i}]`, 'an object {path, sha256}', entry);
        if (typeof entry.path !== 'string' || entry.path === '')
            return fail(`files[${i}].path`, 'a file path', entry.path);
        if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256))
            return fail(`files[${i}].sha256`, 'a hex sha256', entry.sha256);
        return { path: entry.path, sha256: entry.sha256 };
    });
}

;// CONCATENATED MODULE: ./src/record/writers.ts
/**
 * One writer per stage part: each turns what its stage produced into the part (paths made relative
 * to the record's folder) and merges it into the record file (record-file.ts writePart). The inputs
 * are structural, so src/record imports nothing of the stages: the stages import it.
 */

const dataFiles = (files) => files.map(({ path, sha256, bytes, rows }) => ({ path, sha256, bytes, rows }));
/** validate-data's part: digests, profile and report paths, the verdict. */
function writeDataPart(file, run, env) {
    const { report } = run;
    const evalFiles = report.datasets.filter((d) => d.name === 'eval').flatMap((d) => d.files);
    const part = {
        writtenAt: new Date().toISOString(),
        run: runOf(env),
        passed: report.passed,
        failOn: report.failOn,
        errors: report.errors,
        warnings: report.warnings,
        dataDigest: report.dataDigest,
        files: dataFiles(report.datasets.filter((d) => d.name === 'train').flatMap((d) => d.files)),
        ...(evalFiles.length > 0 ? { evalFiles: dataFiles(evalFiles) } : {}),
        profile: relativeTo(file, run.profilePath),
        report: relativeTo(file, run.reportPath),
    };
    return writePart(file, 'data', part);
}
/**
 * A sweep part with absolute paths (as the sweep knows them) made relative to the folder of
 * `file`: the run record, or the sweep folder's own sweep-record.json.
 */
function sweepPartFor(file, part) {
    return {
        ...part,
        ...(part.best ? { best: { ...part.best, ...(part.best.outputDir ? { outputDir: relativeTo(file, part.best.outputDir) } : {}) } } : {}),
        ...(part.trialsTable ? { trialsTable: relativeTo(file, part.trialsTable) } : {}),
        ...(part.trialsJson ? { trialsJson: relativeTo(file, part.trialsJson) } : {}),
    };
}
/** train-and-sweep's part (paths absolute in `part`; stored relative to the record). */
function writeSweepPart(file, part, env) {
    return writePart(file, 'sweep', { ...sweepPartFor(file, part), writtenAt: new Date().toISOString(), run: runOf(env) });
}
/** register-model's part: the version, its tag and release, its files' digests. */
function writeRegisterPart(file, result, aliases, env) {
    const part = {
        writtenAt: new Date().toISOString(),
        run: runOf(env),
        name: result.manifest.name,
        version: result.version,
        tag: result.tag,
        releaseUrl: result.htmlUrl ?? null,
        created: result.created,
        contentDigest: result.manifest.contentDigest,
        files: result.manifest.assets.map(({ name, size, sha256 }) => ({ name, size, sha256 })),
        aliases,
    };
    return writePart(file, 'register', part);
}
/** evaluate-gate's part (the report path absolute in `part`; stored relative to the record). */
function writeGatePart(file, part, env) {
    return writePart(file, 'gate', { ...part, ...(part.report ? { report: relativeTo(file, part.report) } : {}), writtenAt: new Date().toISOString(), run: runOf(env) });
}
/** deploy-env's part: the deployments this run made (a failed deploy and its rollback both). */
function writeDeployPart(file, deployments, env) {
    return writePart(file, 'deploy', { writtenAt: new Date().toISOString(), run: runOf(env), deployments });
}

;// CONCATENATED MODULE: ./src/record/index.ts
/** The run record (docs/architecture.md "The run record"): types, checked readers, one writer per part. */






/***/ }),

/***/ 78451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ readJsonFile),
/* harmony export */   kw: () => (/* binding */ describeJson),
/* harmony export */   op: () => (/* binding */ readJsonObject),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39677);
/**
 * Untrusted JSON (docs/architecture.md "Layers"): files another stage, another
 * job or a user wrote are `unknown` until a guard has checked them. The guards here are the shared
 * ones; a reader that knows a file's shape (src/record, the manifest, the journal) builds on them and
 * says which field is off.
 */


/** A JSON object: not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A JSON file that is missing, unreadable, not JSON or not of the expected shape. */
class JsonFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
}
/** The largest JSON file a stage reads from another (a profile, a trials table, the run record). */
const JSON_FILE_MAX_BYTES = 256 * 1024 * 1024;
/**
 * Reads and parses a JSON file, as `unknown`. A missing file, an unreadable one or one that is not
 * JSON is a JsonFileError that names the file; a FIFO, a device, a file over 256 MiB or JSON nested
 * deeper than the shared bound is refused by src/shared/safe-read.ts (never a hang or a crash).
 */
async function readJsonFile(file, options) {
    let text;
    try {
        text = await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextBoundedAsync */ .X3)(file, { maxBytes: JSON_FILE_MAX_BYTES, what: options.what });
    }
    catch (error) {
        if (error instanceof _safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeInputError */ .lK)
            throw error;
        const code = isRecord(error) ? error.code : undefined;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${error.message})`;
        throw new JsonFileError(`The ${options.what} ${file} ${why}.`, { location: { file }, hint: options.hint ?? `Pass a JSON file with the ${options.what}.` });
    }
    try {
        return (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonBounded */ .Xg)(text, { what: `${options.what} ${file}`, file });
    }
    catch (error) {
        if (error instanceof _safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeInputError */ .lK)
            throw error;
        throw new JsonFileError(`The ${options.what} ${file} is not valid JSON: ${error.message}.`, {
            location: { file },
            hint: options.hint ?? `Write the ${options.what} as JSON.`,
        });
    }
}
/** readJsonFile, and the top level must be an object. */
async function readJsonObject(file, options) {
    const value = await readJsonFile(file, options);
    if (!isRecord(value)) {
        throw new JsonFileError(`The ${options.what} ${file} must be a JSON object, not ${describeJson(value)}.`, {
            location: { file },
            hint: `Write the ${options.what} as {"key": value, ...}.`,
        });
    }
    return value;
}
/** A short description of a JSON value for messages: `a string ("abc")`, `a list`, `null`. */
function describeJson(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)})`;
    if (typeof value === 'number' || typeof value === 'boolean')
        return `a ${typeof value} (${String(value)})`;
    return `an ${typeof value}`;
}


/***/ }),

/***/ 39677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ describeFileKind),
/* harmony export */   LW: () => (/* binding */ readTextBounded),
/* harmony export */   QV: () => (/* binding */ jsonDepth),
/* harmony export */   VH: () => (/* binding */ yamlDepth),
/* harmony export */   X3: () => (/* binding */ readTextBoundedAsync),
/* harmony export */   Xg: () => (/* binding */ parseJsonBounded),
/* harmony export */   lK: () => (/* binding */ UnsafeInputError),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);


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
