export const id = 476;
export const ids = [476];
export const modules = {

/***/ 60354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ rangeText)
/* harmony export */ });
/** A range as a report states it: `between 1 and 5`, `at least 1`, `at most 5`. */
function rangeText(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max}`;
    if (min !== undefined)
        return `at least ${min}`;
    return `at most ${max}`;
}


/***/ }),

/***/ 12215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ fastPathAllowed),
/* harmony export */   kS: () => (/* binding */ VALUE_CHECKS),
/* harmony export */   tg: () => (/* binding */ checksOf)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _expectation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60354);


/** The table, in the order a column's results are reported. */
const VALUE_CHECKS = [
    {
        kind: 'type',
        schemaKeys: ['type', 'format'],
        rule: (c) => ({ severity: c.severity, mostly: 1, expectation: `values are ${c.type}${c.type === 'date' || c.type === 'datetime' ? ` (${c.format ?? 'ISO 8601'})` : ''}` }),
        tally: 'analyzer',
        over: 'present',
        // the kernel hands back every cell it could not parse
        fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
    },
    {
        kind: 'not_null',
        schemaKeys: ['not_null'],
        rule: (c) => c.notNull && { ...c.notNull, expectation: 'no missing values' },
        tally: 'analyzer',
        over: 'rows',
        countsMissing: true,
        // missing cells are handed back, and never learned as clean values
        fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
    },
    {
        kind: 'between',
        schemaKeys: ['min', 'max', 'between'],
        rule: (c) => c.between && { ...c.between, expectation: (0,_expectation_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeText */ .l)(c.between.shown.min, c.between.shown.max) },
        tally: 'analyzer',
        over: 'valid',
        // the kernel checks the bounds and hands back the cells outside them
        fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
    },
    {
        kind: 'allowed',
        schemaKeys: ['allowed'],
        rule: (c) => c.allowed && { ...c.allowed, expectation: `in {${c.allowed.shown.join(', ')}}` },
        tally: 'analyzer',
        over: 'valid',
        // the number summary does not look at allowed values
        fastPaths: { numbers: false, knownTexts: true, freeTexts: false },
    },
    {
        kind: 'regex',
        schemaKeys: ['regex'],
        rule: (c) => c.regex && { ...c.regex, expectation: `match /${c.regex.pattern.source}/` },
        tally: 'analyzer',
        over: 'valid',
        fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
    },
    {
        kind: 'length',
        schemaKeys: ['length'],
        rule: (c) => c.length && { severity: c.length.severity, mostly: 1, expectation: `length ${(0,_expectation_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeText */ .l)(c.length.min, c.length.max)}` },
        tally: 'analyzer',
        over: 'valid',
        fastPaths: { numbers: true, knownTexts: true, freeTexts: true },
    },
    {
        kind: 'nan',
        schemaKeys: ['allow_nan'],
        rule: (c) => c.nan && { severity: c.nan, mostly: 1, expectation: 'no NaN' },
        tally: 'analyzer',
        over: 'valid',
        // the number summary runs only on batches whose parsed values are all finite
        fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
    },
    {
        kind: 'inf',
        schemaKeys: ['allow_inf'],
        rule: (c) => c.inf && { severity: c.inf, mostly: 1, expectation: 'no infinite values' },
        tally: 'analyzer',
        over: 'valid',
        fastPaths: { numbers: true, knownTexts: true, freeTexts: false },
    },
    {
        kind: 'multiple_of',
        schemaKeys: ['multiple_of'],
        rule: (c) => c.valueRules.multiple_of,
        tally: 'rule',
        over: 'valid',
        fastPaths: { numbers: false, knownTexts: true, freeTexts: false },
        resolve: (value, column) => {
            const spec = typeof value === 'number' ? { value } : value;
            if (column.type !== 'int' && column.type !== 'float') {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`multiple_of applies to int and float columns; "${column.name}" is ${column.type}.`, {
                    location: column.at('multiple_of'),
                    hint: 'Remove multiple_of, or change the column\'s type.',
                });
            }
            const step = spec.value;
            return {
                severity: spec.severity ?? column.severity,
                mostly: spec.mostly ?? 1,
                expectation: `a multiple of ${step}`,
                // a quotient within 1e-9 of a whole number: 0.3 is a multiple of 0.1
                testNumber: (x) => {
                    const q = x / step;
                    return Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, Math.abs(q));
                },
            };
        },
    },
    {
        kind: 'unique',
        schemaKeys: ['unique'],
        rule: (c) => c.unique && { severity: c.unique.severity, mostly: 1, expectation: 'unique values' },
        tally: 'hash',
        over: 'valid',
        // every value is logged with its row; a value counted by the kernel would not be
        fastPaths: { numbers: true, knownTexts: false, freeTexts: false },
    },
];
/** The checks `column` carries, with their statements, in report order. */
function checksOf(column) {
    const carried = [];
    for (const check of VALUE_CHECKS) {
        const statement = check.rule(column);
        if (statement)
            carried.push({ check, statement });
    }
    return carried;
}
/** Whether a column carrying these checks may take the kernel's fast path `path`. */
function fastPathAllowed(carried, path) {
    return carried.every(({ check }) => check.fastPaths[path]);
}


/***/ }),

/***/ 3591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jz: () => (/* binding */ FREE_ARENA_KEY),
  sX: () => (/* binding */ FREE_CAPACITY),
  FK: () => (/* binding */ KERNEL_BOOL),
  Qp: () => (/* binding */ KERNEL_DECIMAL),
  aF: () => (/* binding */ KERNEL_INT),
  Tu: () => (/* binding */ KERNEL_ISO_DATE),
  a0: () => (/* binding */ KERNEL_PARSED),
  rE: () => (/* binding */ TEXT_IDS),
  yF: () => (/* binding */ csvKernel),
  OZ: () => (/* binding */ paddedStride)
});

// UNUSED EXPORTS: CsvKernel

// EXTERNAL MODULE: ./src/data/profile/hyperloglog.ts
var hyperloglog = __webpack_require__(67976);
;// CONCATENATED MODULE: ./src/data/kernel/kernel-binary.ts
// Generated by scripts/build-wasm.mjs from wasm/csv-kernel.ts (AssemblyScript); do not edit.
// 9262 bytes of WebAssembly, loaded by csv-kernel.ts.
const KERNEL_WASM_BASE64 = 'AGFzbQEAAAABjgEPYAABf2AMf39/f39/f39/f39/AX9gAX8AYAN/f38AYAR/f39/AX9gB39/f39/f38AYAd/f398f39/AGAGf39/' +
    'f39/AX9gCn9/f398fH9/f38Bf2AQf39/f39/f39/f39/f39/fwF/YAV/f39/fwBgCn9/f39/f39/f38AYAN/f38Bf2AEf39/fwBg' +
    'AAF8Ax0cBgEAAAcICQAKAgELAwQMAAUNAA4AAAADBQACBAUDAQABBj8LfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFB' +
    'AAt/AUEAC3wBRAAAAAAAAAAAC38BQQALfwFBAAsHlQMaCmZpeHVwQ291bnQAGQxzdG9wUG9zaXRpb24ABwh0b2tlbml6ZQABDHBh' +
    'cnNlTnVtYmVycwALEnN1bW1hcnlQYXJzZWRDb3VudAACEHN1bW1hcnlPbmVzQ291bnQAAxBzdW1tYXJpemVOdW1iZXJzAAUNZmls' +
    'bERhdGVUYWJsZQAaCm5hcnJvd1RleHQADApkZWNvZGVVdGY4ABsJaGFzaFRleHRzABAOc3VtbWFyaXplVGV4dHMABAlsZWFyblRl' +
    'eHQADRFmcmVlQ29uc3VtZWRDb3VudAAWDmZyZWVWYWxpZENvdW50ABIPZnJlZUxlbmd0aFRvdGFsABMPZnJlZUxlbmd0aExlYXN0' +
    'ABUOZnJlZUxlbmd0aE1vc3QAFBJzdW1tYXJpemVGcmVlVGV4dHMABhByZWJ1aWxkRnJlZVNsb3RzAAkKZm9sZENvbHVtbgAYCWZv' +
    'bGRFbXB0eQAXEHBhcnRpdGlvblJlY29yZHMACgtzb3J0RmxvYXQ2NAAICGhlYXBCYXNlAA8GbWVtb3J5AgAMAQUKgEEcsgEBAn8g' +
    'ACgCACEIIAFB/x9xIQcDQCAAQSBqIAdBAnRqKAIABEAgB0EBakH/H3EhBwwBCwsgAEEgaiAHQQJ0aiAIQQFqIgc2AgAgCEECdCII' +
    'IABBoIABamogATYCACAAQaDAAWogCGogAjYCACAAQaCAAmogCEEBdGogAzkDACAAQaCAA2ogCGogBDYCACAAQaDAA2ogCGogBTYC' +
    'ACAAQaCABGogCGogBjYCACAAIAc2AgAL3QYDDH8CewF+IAdBAnQhFiACIQdBACQBQQAkAiAIIg8gCU4Ef0EABSABIAJMBH9BAAUg' +
    'ACACai0AACIOQQ1HIA5BCkdxCwtFBEAgAiQAQQAPCyAE/Q8hGCADQQFrIRMgD0ECdCERQX8hA0F/IRQgAiEQA0ACQCAAIBBqIgT9' +
    'AAQAIhkgGP0jIBn9DAoKCgoKCgoKCgoKCgoKCgr9I/1QIBn9DCIiIiIiIiIiIiIiIiIiIiL9I/1Q/WSsIAT9AAQQIhkgGP0jIBn9' +
    'DAoKCgoKCgoKCgoKCgoKCgr9I/1QIBn9DCIiIiIiIiIiIiIiIiIiIiL9I/1Q/WSsQhCGhCAE/QAEICIZIBj9IyAZ/QwKCgoKCgoK' +
    'CgoKCgoKCgoK/SP9UCAZ/QwiIiIiIiIiIiIiIiIiIiIi/SP9UP1krEIghoQgBP0ABDAiGSAY/SMgGf0MCgoKCgoKCgoKCgoKCgoK' +
    'Cv0j/VAgGf0MIiIiIiIiIiIiIiIiIiIiIv0j/VD9ZKxCMIaEIRoDQCAaQgBSBEAgECAaeqdqIQ4gGiAaQgF9gyEaIA4gFEYNASAB' +
    'IA5MDQIgACAOaiIELQAAIRcgFQRAIBdBIkYEQCAELQABQSJGBEBBASENIA5BAWohFAwEC0EAIRUgDiEDBSAXQQpGDQQLDAILIBdB' +
    'IkYEQCACIA5GBEBBASEVQQEhDAsMAgsgDiEEIAwEQCAOIANBAWpGIgQEfyAEBSAOIANBAmpGIBdBCkZxBH8gACADai0AAUENRgVB' +
    'AAsLRQ0DIAMhBCACQQFqIQILIA0EQCALIwFBAnRqIBFBAnY2AgAjAUEBaiQBQQAhDQsgF0EKRwR/IBIgE0YNAyAFIBFqIAI2AgAg' +
    'BiARaiAENgIAIBEgFmohESASQQFqBSASIBNHDQMgBEEBayAEIAxFIAIgBEhxBH8gACAEakEBay0AAEENRgVBAAsbIQwgDkEBaiIE' +
    'IAdrIApKDQMgBSARaiACNgIAIAYgEWogDDYCACMBJAIgBCEHIA9BAWoiDyAJTgR/QQAFIAEgB0wEf0EABSAAIAdqLQAAIgJBDUcg' +
    'AkEKR3ELC0UNAyAPQQJ0IRFBAAshEiAOQQFqIQJBACEMDAELCyAQQUBrIRAMAQsLIAckACMCJAEgDyAIawsEACMDCwQAIwQLzQEB' +
    'CH8gBEGAMGoiCUEAQYAI/AsAA0AgACAHSgRAIAdBAnQiBiADaigCAEEATgR/IAIgBmooAgAhCiABIAZqKAIAIgtB/wNxIQYDfyAE' +
    'IAZBDGxqIg0oAggiDAR/IA0oAgAgC0YEfyANKAIEIApGBUEACwR/IAwFIAZBAWpB/wNxIQYMAgsFQQALCwVBAAsiBgRAIAkgBkEB' +
    'a0ECdGoiBiAGKAIAQQFqNgIABSAFIAhBAnRqIAc2AgAgCEEBaiEICyAHQQFqIQcMAQsLIAgL4gECBn8BfANAIAAgC0oEQAJAIAIg' +
    'C2otAABBAUcEQCAIIApBAnRqIAs2AgAgCkEBaiEKDAELIAEgC0EDdGorAwAhECAJBEAgDSAQRAAAAAAAAPA/YWohDSAMQQFqIQwM' +
    'AQsgByAMQQN0aiAQOQMAIAxBAWohDCAGIAMgC0ECdGooAgAiD0ESdmohDiAPQQ50QYDAAHJnQQFqIg8gDi0AAEsEQCAOIA86AAAL' +
    'IAUgEGMgBCAQZHIEQCAIIApBAnRqIAs2AgAgCkEBaiEKCwsgC0EBaiELDAELCyAMJAMgDSQEIAoLug0CE38DfEH/////ByEZQX8h' +
    'GgNAIAAgGEoEQAJAIBhBAnQiECAFaigCACEbIAMgEGooAgAhFyAEIBBqKAIAIRwgBiAQaigCACIdIBtrQX8gHWsgHUEAThsiFgRA' +
    'IAsgFk4EQEEAIRACQANAIAogEEoEQEEBIRIgCSAQQQN0aiIRKAIAIBdGBH8gESgCBCAcRgVBAAsNAiAQQQFqIRAMAQsLQQAhEgsF' +
    'QQAhEgsFIAwhEgsCQCASBEAgDyAUQQJ0aiAYQQF0NgIAIBRBAWohFAwBCyAHQSBqIBdB/x9xIhFBAnRqKAIAIRACQANAIBAEQCAQ' +
    'QQFrIhJBAnQiECAHQaCAAWpqKAIAIBdGBH8gB0GgwAFqIBBqKAIAIBxGBUEACw0CIAdBIGogEUEBakH/H3EiEUECdGooAgAhEAwB' +
    'CwtBfyESCyASQQBIIB1BAE5xBH8gBygCGCAWakGAgCBMBH9BAQUgBygCACETQQAhEEEAIREDQCARIBNIBEAgEUECdCIVIAdBoIAD' +
    'amooAgBBAUYEQCAHQaCABGogFWooAgAhICAHQaDAA2ogFWooAgAiISAQRwRAIAdBsMAFaiIiIBBBAXRqICIgIUEBdGogIEEBdPwK' +
    'AAALIAdBoMADaiAVaiAQNgIAIBAgIGohEAsgEUEBaiERDAELCyAHIBA2AhggECAWakGAgCBMCwVBAQtFDQEgHkEBaiEeICMgFreg' +
    'ISMgFiAZIBYgGUgbIRkgFiAaIBYgGkobIRogDiAWSCANIBZKcgRAIA8gFEECdGogGEEBdEEBcjYCACAUQQFqIRQLIB9BAWohHyAS' +
    'QQBOBEAgB0GggAJqIBJBA3RqIhAgECsDAEQAAAAAAADwP6A5AwAMAQsgBygCACIVQYAQRgR8IAdBoMAEaiIgIAdBoIACaiAVQQN0' +
    'IhD8CgAAIBAgIGpEAAAAAAAA8D85AwACfCAVQYAIayEhQQAhEyAVIRIDQCASIBNKBEAgICASIBNqQQF2IhBBA3RqIhErAwAiJCAg' +
    'IBNBA3RqIiIrAwAiJWMEQCAiICQ5AwAgESAlOQMACyAgIBJBA3RqIhErAwAiJCAgIBNBA3RqIiIrAwAiJWMEQCAiICQ5AwAgESAl' +
    'OQMACyAgIBJBA3RqIhErAwAiJCAgIBBBA3RqIiIrAwAiJWMEQCAiICQ5AwAgESAlOQMACyAgIBBBA3RqKwMAISQgEyEQIBIhEQNA' +
    'IBAgEUwEQANAICAgEEEDdGorAwAgJGMEQCAQQQFqIRAMAQsLA0AgICARQQN0aisDACAkZARAIBFBAWshEQwBCwsgECARTARAICAg' +
    'EEEDdGoiIisDACElICIgICARQQN0aiIiKwMAOQMAICIgJTkDACARQQFrIREgEEEBaiEQCwwBCwsgESAhTgRAIBEhEgUgECAhSgRA' +
    'ICAgIUEDdGorAwAMBAsgECETCwwBCwsgICAhQQN0aisDAAshJCAHIAcrAxAgJKA5AxBBACERQQAhEwNAIBMgFUgEQCAHQaCAAmoi' +
    'ECATQQJ0IhJBAXRqKwMAICShIiVEAAAAAAAAAABlRQRAIBFBAnQiICAHQaCAAWoiIWogEiAhaigCADYCACAHQaDAAWoiISAgaiAS' +
    'ICFqKAIANgIAIBAgIEEBdGogJTkDACAHQaCAA2oiECAgaiAQIBJqKAIANgIAIAdBoMADaiIQICBqIBAgEmooAgA2AgAgICAHQaCA' +
    'BGoiEGogECASaigCADYCACARQQFqIRELIBNBAWohEwwBCwsgByARNgIAQQAhEiAHQSBqQQBBgIAB/AsAIAcoAgAhEQNAIBEgEkoE' +
    'QCAHQaCAAWogEkECdGooAgBB/x9xIRADQCAHQSBqIBBBAnRqKAIABEAgEEEBakH/H3EhEAwBCwsgB0EgaiAQQQJ0aiASQQFqIhI2' +
    'AgAMAQsLRAAAAAAAAPA/ICShBUQAAAAAAADwPwsiJEQAAAAAAAAAAGQEQCAdQQBOBEAgB0GwwAVqIAcoAhgiEEEBdGohESACBEAg' +
    'ESACIBtBAXRqIBZBAXT8CgAABUEAIRIDQCASIBZIBEAgESASQQF0aiABIBIgG2pq/V0DAP2JAf0LBAAgEkEIaiESDAELCwsgByAQ' +
    'IBZqNgIYIAcgFyAcICRBASAQIBYQAAUgByAXIBwgJEEAIBsgFhAACwsgF0EOdEGAwAByZ0EBaiIQIAggF0ESdmoiES0AAEsEQCAR' +
    'IBA6AAALCyAYQQFqIRgMAgsLCyAHIAcrAwggH7egOQMIIBgkBiAeJAcgIyQIIBkkCSAaJAogFAsEACMAC8IDAwd/An4BfCAEQQBB' +
    'gMAA/AsAA0AgASAGSgRARAAAAAAAAAAAIAAgBkEDdCIFaisDACIOIA5EAAAAAAAAAABhG70iDEI/h0KAgICAgICAgIB/hCAMhSEM' +
    'IAIgBWogDDcDAEEAIQUDQCAFQQhIBEAgBCAMIAWsQgOGiEL/AYOnIAVBCHRqQQJ0aiIJIAkoAgBBAWo2AgAgBUEBaiEFDAELCyAG' +
    'QQFqIQYMAQsLA0AgB0EISARAIAEgBCAHQQp0aiIJIAIpAwAgB6xCA4YiDIhC/wGDp0ECdGooAgBHBEBBACEGQQAhBQNAIAVBgAJI' +
    'BEAgCSAFQQJ0aiIKKAIAIQsgCiAGNgIAIAYgC2ohBiAFQQFqIQUMAQsLQQAhBQNAIAEgBUoEQCAJIAIgBUEDdGopAwAiDSAMiEL/' +
    'AYOnQQJ0aiIGKAIAIQogBiAKQQFqNgIAIAMgCkEDdGogDTcDACAFQQFqIQUMAQsLIAIgAyECIQMLIAdBAWohBwwBCwsDQCABIAhK' +
    'BEAgAiAIQQN0IgNqKQMAIQwgACADaiAMQoCAgICAgICAgH+FIAxCf4UgDEI/iKcbNwMAIAhBAWohCAwBCwsLcgEDfyAAQSBqQQBB' +
    'gIAB/AsAIAAoAgAhAwNAIAIgA0gEQCAAQaCAAWogAkECdGooAgBB/x9xIQEDQCAAQSBqIAFBAnRqKAIABEAgAUEBakH/H3EhAQwB' +
    'CwsgAEEgaiABQQJ0aiACQQFqIgI2AgAMAQsLC8wCAQV/IAtBAEGAAvwLAANAIAAgDUoEQCAGBH8gBiANai0AACAHRwVBAAtFBEAg' +
    'CyACIA1BAnRqKAIAQRp2QQJ0aiIOIA4oAgBBAWo2AgALIA1BAWohDQwBCwtBACENA0AgDEHAAEgEQCAMQQJ0Ig4gC2oiDygCACEQ' +
    'IAogDmogDTYCACAPIA02AgAgDSABIBBsaiENIAxBAWohDAwBCwsgCiANNgKAAkEAIQoDQCAAIApKBEAgBgR/IAYgCmotAAAgB0cF' +
    'QQALRQRAIAsgCkECdCIMIAJqKAIAIg5BGnZBAnRqIg8oAgAhECAPIAEgEGo2AgAgCSAQQQJ0aiIPIA42AgAgDyADIAxqKAIANgIE' +
    'IA8gCCAKajYCCCABQQVGBEAgDyAEIAxqKAIANgIMIA8gBSAMaigCADYCEAsLIApBAWohCgwBCwsgDSABbguDBgMBfAh/AX4DQCAE' +
    'IA5KBEBEAAAAAAAA+H8hCkEAIQwgDkECdCILIAJqKAIAIg0gAyALaigCACIRSARAIAAEQCAAQQFGBEAgASANai0AACILQS1GIgwg' +
    'C0ErRnIEfyANQQFqIQ0gDAVBAAshCwJ8RAAAAAAAAPh/IBEgDWtBD0ogDSARTnINABpCACETA0AgDSARSARARAAAAAAAAPh/IAEg' +
    'DWotAABBMGsiDEEJSw0CGiAMrCATQgp+fCETIA1BAWohDQwBCwsgE7kiCpogCiALGwsiCiAKYSEMBSAAQQJGBHwgASANIBEQDiIL' +
    'QYCAgIB+RyEMIAu3RAAAAABwmZRBogUgESANayEMIAEgDWoiDS0AACIPQTFGBH9BAQVBf0EAIA9BMEcbCyELAkAgDEEBRg0AQQEh' +
    'CyAPQfQARiAMQQRGcQR/IA0tAAFB8gBGBUEACwR/IA0tAAJB9QBGBUEACwR/IA0tAANB5QBGBUEACw0AQQAhCyAPQeYARiAMQQVG' +
    'cQR/IA0tAAFB4QBGBUEACwR/IA0tAAJB7ABGBUEACwR/IA0tAANB8wBGBUEACwR/IA0tAARB5QBGBUEACw0AQX8hCwsgC0EATiEM' +
    'IAu3CyEKCwUgASANai0AACILQS1GIgwgC0ErRnIEfyANQQFqIQ0gDAVBAAshEkIAIRNBACELQX8hDAJ8A0AgDSARSARAIAEgDWot' +
    'AAAiD0EwayIQQQlNBH9EAAAAAAAA+H8gC0EBaiILQQ9KDQMaIBCsIBNCCn58IRMgDEEBaiAMIAxBAE4bBUQAAAAAAAD4fyAPQS5G' +
    'IAxBAEhxRQ0DGkEACyEMIA1BAWohDQwBCwtEAAAAAAAA+H8gC0UNABogE7khCiAMQQBKBEAgCiAMQQN0QaAIaisDAKMhCgsgCpog' +
    'CiASGwsiCiAKYSEMCwsCQCAMRQRAIAYgDmpBADoAAAwBCyAGIA5qQQE6AAAgBSAOQQN0aiAKOQMACyAOQQFqIQ4MAQsLIAcEQCAF' +
    'IAQgCCAJEBELC5YBAQJ/A0AgA0EQaiIEIAJMBEAgASADaiAAIANBAXRqIgP9AAQA/Qz/AP8A/wD/AP8A/wD/AP8A/ZcBIAP9AAQQ' +
    '/Qz/AP8A/wD/AP8A/wD/AP8A/ZcB/Wb9CwQAIAQhAwwBCwsDQCACIANKBEAgASADakH/ASAAIANBAXRqLwEAIgQgBEH/AUsbOgAA' +
    'IANBAWohAwwBCwsLcQEDfyABQf8DcSEEA0AgACAEQQxsaiIFKAIIIgYEQCAFKAIAIAFGBH8gBSgCBCACRgVBAAsEQCAGQQFrDwUg' +
    'BEEBakH/A3EhBAwCCwALCyAAIARBDGxqIgAgATYCACAAIAI2AgQgACADQQFqNgIIIAMLjAQBBX8CQCACIAFrQQpHDQAgACABaiID' +
    'LQAEQS1HBH9BAQUgAy0AB0EtRwsNACADLQABQTBrIgBBCUsgAy0AAEEwayIBQQlLciADLQACQTBrIgJBCUtyIAMtAANBMGsiBEEJ' +
    'S3IgAy0ABUEwayIFQQlLciADLQAGQTBrIgZBCUtyIAMtAAhBMGsiB0EJS3IgAy0ACUEwayIDQQlLcg0AIAFB6AdsIABB5ABsaiAC' +
    'QQpsaiAEaiIAQeQASCAFQQpsIAZqIgFBAExyIAFBDEpyIAdBCmwgA2oiAkEATHINACAAQQxsIAFqQZGyAWsiA0GQHElBACMFGwRA' +
    'IAIjBSADQcDwAGpqLQAASg0BIwUgA0ECdGooAgAgAmpBAWsPCyABQQJGBH9BHEEdIABBA3EEf0EABSAAQeQAbwsEf0EABSAAQZAD' +
    'bwsbBUEeQR8gAUEGRiABQQRGciABQQlGciABQQtGchsLIAJIDQAgAiABQQJKBH8gAEEDcQR/QQAFIABB5ABvCwR/QQAFIABBkANv' +
    'CwVBAQtFIAFBAnRB7AlqKAIAIABBAWsiAUEEbSICQQFrIAIgAUEASCICQQAgAUEDcRsbIAFB5ABtIgNBAWsgAyACQQAgAUHkAG8b' +
    'G2sgAUGQA20iA0EBayADIAJBACABQZADbxsbaiAAQe0CbGpqampBqPUraw8LQYCAgIB+CwUAQawKC9gFAgp/AX4DQCAEIAxKBEAg' +
    'DEECdCINIAJqKAIAIQcgAyANaigCACILQQBOBEAgCyAHayIIQYzlnrp5cyEKIAhBkemXqgJzIQggACAHaiEJIAAgC2ohCwNAIAlB' +
    'A2ogC0kEQAJ/IAFBACAJKAIAIgdBgIGChHhxGwRAIAEgCSAAa0EBdGopAwAiEUKA/oP4j+C/gH+DQgBSBEAgEUIgiKdB0dr45Hxs' +
    'QQ93QZPrnNwBbCIHIBGnQdHa+OR8bEEPd0GT65zcAWwiDiAKc0ENd0EFbEGcqa7NAWtzQQ13QQVsQZyprs0BayEKIAcgCCAOc0EN' +
    'd0EFbEGcqa7NAWtzQQ13QQVsQZyprs0BawwCCwsgB0HR2vjkfGxBD3dBk+uc3AFsIgcgCnNBDXdBBWxBnKmuzQFrIQogByAIc0EN' +
    'd0EFbEGcqa7NAWsLIQggCUEEaiEJDAELCyAJIAtJBEAgAUEAIAkoAgBBASALIAlrIhBBA3R0QQFrcSIOQYCBgoR4cRsEfyABIAkg' +
    'AGtBAXRqIQ9BACEHAn8DQCAHIBBIBEBBASAPIAdBAXRqLwEAQf8BSw0CGiAHQQFqIQcMAQsLQQALBUEACwRAIAEgCSAAa0EBdGoh' +
    'CSABIAsgAGtBAXRqIQcDQCAHIAlLBEAgCS8BAEHR2vjkfGxBD3dBk+uc3AFsIgsgCnNBDXdBBWxBnKmuzQFrIQogCCALc0ENd0EF' +
    'bEGcqa7NAWshCCAJQQJqIQkMAQsLBSAOQdHa+OR8bEEPd0GT65zcAWwiByAKc0ENd0EFbEGcqa7NAWshCiAHIAhzQQ13QQVsQZyp' +
    'rs0BayEICwsgBSANaiAKIApBEHZzQeuUr694bCIHIAdBDXZzQbXcypV8bCIHIAdBEHZzNgIAIAYgDWogCCAIQRB2c0HrlK+veGwi' +
    'ByAHQQ12c0G13MqVfGwiByAHQRB2czYCAAsgDEEBaiEMDAELCwurBQQEfwR7AX4BfANAIAVBBGoiBCABTARAIAAgBUEDdGoiBv0A' +
    'BAAiCCAI/QwAAAAAAAAAAAAAAAAAAAAA/Uf9TyIKIAb9AAQQIgggCP0MAAAAAAAAAAAAAAAAAAAAAP1H/U8iC/0NAAECAwgJCgsQ' +
    'ERITGBkaGyIJ/QyMskeXjLJHl4yyR5eMskeX/VEiCCAIQRD9rQH9Uf0Ma8rrhWvK64VryuuFa8rrhf21ASIIIAhBDf2tAf1R/Qw1' +
    'rrLCNa6ywjWussI1rrLC/bUBIQggAiAFQQJ0IgVqIAkgCiAL/Q0EBQYHDA0ODxQVFhccHR4fIAggCEEQ/a0B/VH9USIJ/QyR9EUl' +
    'kfRFJZH0RSWR9EUl/VEiCCAIQRD9rQH9Uf0Ma8rrhWvK64VryuuFa8rrhf21ASIIIAhBDf2tAf1R/Qw1rrLCNa6ywjWussI1rrLC' +
    '/bUBIgggCEEQ/a0B/VH9USII/QsEACADIAVqIAkgCCAIQRD9rQH9Uf0Ma8rrhWvK64VryuuFa8rrhf21ASIIIAhBDf2tAf1R/Qw1' +
    'rrLCNa6ywjWussI1rrLC/bUBIgggCEEQ/a0B/VH9Uf0LBAAgBCEFDAELCwNAIAEgBUoEQEQAAAAAAAAAACAAIAVBA3RqKwMAIg0g' +
    'DUQAAAAAAAAAAGEbvSIMpyIGQYzlnrp5cyIEIARBEHZzQeuUr694bCIEIARBDXZzQbXcypV8bCEEIAVBAnQiByACaiAGIAxCIIin' +
    'IARBEHYgBHNzIgZBkemXqgJzIgQgBEEQdnNB65Svr3hsIgQgBEENdnNBtdzKlXxsIgQgBEEQdnNzIgQ2AgAgAyAHaiAGIAQgBEEQ' +
    'dnNB65Svr3hsIgQgBEENdnNBtdzKlXxsIgQgBEEQdnNzNgIAIAVBAWohBQwBCwsLBAAjBwsEACMICwQAIwoLBAAjCQsEACMGC1MB' +
    'An8DQCACIANKBEAgA0ECdCIEIABq/QwowrbrKMK26yjCtusowrbr/QsEACABIARq/Qx4AKeceACnnHgAp5x4AKec/QsEACADQQRq' +
    'IQMMAQsLC6UDAgJ7An8DQCAEIApKBEAgCkECdCEJIAUEe/0MjLJHl4yyR5eMskeXjLJHlwUgACAJav0ABAALIAIgCWr9AAQA/VEi' +
    'B0EN/asBIAdBE/2tAf1Q/QwFAAAABQAAAAUAAAAFAAAA/bUB/Qxka1TmZGtU5mRrVOZka1Tm/a4BIQggBQR7/QyR9EUlkfRFJZH0' +
    'RSWR9EUlBSABIAlq/QAEAAsgAyAJav0ABAD9USIHQQ39qwEgB0ET/a0B/VD9DAUAAAAFAAAABQAAAAUAAAD9tQH9DGRrVOZka1Tm' +
    'ZGtU5mRrVOb9rgEhByAAIAlqIAYEeyAHIAdBEP2tAf1R/QxryuuFa8rrhWvK64VryuuF/bUBIgcgB0EN/a0B/VH9DDWussI1rrLC' +
    'Na6ywjWussL9tQEiByAHQRD9rQH9USEHIAggCEEQ/a0B/VH9DGvK64VryuuFa8rrhWvK64X9tQEiCCAIQQ39rQH9Uf0MNa6ywjWu' +
    'ssI1rrLCNa6ywv21ASIIIAhBEP2tAf1RBSAIC/0LBAAgASAJaiAH/QsEACAKQQRqIQoMAQsLCwQAIwELpQIBBn8DQCACQZAcSARA' +
    'IAAgAkECdGogAkEMb0EBaiIDQQJ0QewJaigCACACQQxtQewOaiIBQQFrIgRBBG0iBUEBayAFIARBAEgiBUEAIARBA3EbGyAEQeQA' +
    'bSIGQQFrIAYgBUEAIARB5ABvGxtrIARBkANtIgZBAWsgBiAFQQAgBEGQA28bG2ogAUHtAmxqQaf1K2tqIANBAkoEfyABQQNxBH9B' +
    'AAUgAUHkAG8LBH9BAAUgAUGQA28LBUEBC0VqNgIAIAAgAkHA8ABqaiADQQJGBH9BHEEdIAFBA3EEf0EABSABQeQAbwsEf0EABSAB' +
    'QZADbwsbBUEeQR8gA0EGRiADQQRGciADQQlGciADQQtGchsLOgAAIAJBAWohAgwBCwsgACQFC/0CAgV/AXsDQCABIAVKBEAgBUEQ' +
    'aiABTARAIAAgBWr9AAQAIgn9ZCIEQQFxRQRAIAIgBkEBdGoiByAJ/YkB/QsEACAHIAn9igH9CwQQIAMgBmogCf0LBAAgBGhBECAE' +
    'GyIEIAVqIQUgBCAGaiEGDAMLCyAAIAVqIgctAAAiBEGAAUkEQCAFQQFqIQUFIARB4AFJBH8gBUECaiEFIActAAFBP3EgBEEfcUEG' +
    'dHIFIARB8AFJBH8gBUEDaiEFIActAAJBP3EgBEEPcUEMdCAHLQABQT9xQQZ0cnIFIAIgBkEBdGoiCCAHLQADQT9xIARBB3FBEnQg' +
    'By0AAUE/cUEMdHIgBy0AAkE/cUEGdHJyQYCABGsiBEEKdkGAsANqOwEAIAggBEH/B3FBgLgDajsBAiADIAZqQf//AzsBACAFQQRq' +
    'IQUgBkECaiEGDAQLCyEECyACIAZBAXRqIAQ7AQAgAyAGakH/ASAEIARB/wFLGzoAACAGQQFqIQYMAQsLIAYLC48CBQBBjAgLAcwA' +
    'QZgICwUEAAAAuABBpggLsgHwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNB' +
    'AAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDY' +
    'hVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBEAEHcCQsBTABB6AkLNgUAAAAwAAAAAAAAAB8AAAA7' +
    'AAAAWgAAAHgAAACXAAAAtQAAANQAAADzAAAAEQEAADABAABOAQ==';

// EXTERNAL MODULE: ./src/data/kernel/kernel-text.ts
var kernel_text = __webpack_require__(98951);
;// CONCATENATED MODULE: ./src/data/kernel/csv-kernel.ts
/**
 * The CSV kernel: tokenizing, number parsing and hashing of CSV text in WebAssembly
 * (source: wasm/csv-kernel.ts, built into kernel-binary.ts by scripts/build-wasm.mjs), and the
 * common cells' share of validation: the profile and bound checks of parsed number columns
 * (summarizeNumbers), counts of a text column's known values (summarizeTexts), a free-text
 * column's frequent values, presence and lengths (summarizeFreeTexts), hash records grouped by
 * partition (partitionRecords).
 *
 * Why: these per-byte and per-cell loops are most of the work of validating a large CSV. In
 * WebAssembly the tokenizer finds delimiters 64 bytes at a time (SIMD) and parsing, hashing and
 * counting run without JS's bounds and type checks. Written by hand because no library tokenizes
 * into our column-major position arrays (csv-parser.ts says why those exist).
 *
 * How it stays correct: the kernel does only the common case (simple rows, plain decimals, ISO
 * dates, text hashes, cells that need no report) and reports what it left; the JS code stays the
 * definition of the format and the checks and handles everything else, so a cell gets the same
 * value, hash, verdict and place in the profile on either path (test/data/kernel compares them).
 * The kernel holds a chunk as one byte per UTF-16 code unit of its JS string, so its positions are
 * the string's: a pure-ASCII chunk (TextReader says which) is copied in as it is, any other one is
 * loaded from its string (loadString) or decoded from its UTF-8 bytes by the kernel (decodeUtf8,
 * TextReader's decoder for the CSV parser, whose string is made only if something reads it whole:
 * kernel-text.ts); wasm/csv-kernel.ts says why the decisions stay the same on UTF-8 text. One
 * kernel per thread; it holds one text at a time, named by
 * `generation`: a batch remembers the generation of its text, and a consumer whose text is no
 * longer loaded (another reader loaded its own in between) takes the JS path. MLOPS_WASM=0 turns
 * the kernel off (A/B runs).
 *
 * Memory: one WebAssembly memory per thread: HyperLogLog registers for up to 64 columns
 * (takeHll), tables of known values for up to 64 text columns (takeTexts), frequent-values tables
 * for up to 8 free-text columns (takeFreeTexts), the NA spellings' hashes, a month table for dates,
 * then regions laid out by `reserve` for the largest batch seen, then the text. Results are copied
 * out, but for views that are used before the memory can grow (only reserve() and loadText() grow
 * it, which detaches every view): positions(), for the CSV parser's own rows, the summaries,
 * partitioned records and a free-text table's entries.
 */



/** The fast paths parseNumbers has, as parse-text.ts names them. */
const KERNEL_DECIMAL = 0;
const KERNEL_INT = 1;
const KERNEL_ISO_DATE = 2;
const KERNEL_BOOL = 3;
/** A state parseNumbers leaves in `states` for a cell it parsed (any other value: JS decides). */
const KERNEL_PARSED = 1;
/** The longest run sortFloat64 takes (the quantile sketch's default run size). */
const KERNEL_SORT_MAX = 1024;
/** HyperLogLog registers of one column (profile/hyperloglog.ts, p = 14), and how many columns' the kernel holds. */
const HLL_REGISTERS = 1 << 14;
const HLL_SLOTS = 64;
/** A text column's table of known values (wasm/csv-kernel.ts summarizeTexts), and how many the kernel holds. */
const TEXT_IDS = 256;
const TEXT_TABLE_BYTES = 512 * 12 + TEXT_IDS * 4;
const TEXT_TABLES = 64;
/**
 * A free-text column's frequent-values table (wasm/csv-kernel.ts summarizeFreeTexts): a header
 * (size u32, n and maxError f64, the arena's use u32), 4096 slots, then per entry of FREE_CAPACITY:
 * hash A, hash B, count (f64), kind, start, length; scratch; then an arena of
 * FREE_ARENA_UNITS UTF-16 code units for the keys. How many tables the kernel holds (their arenas
 * are only touched as they fill), and how many NA spellings (hash pairs) summarizeFreeTexts
 * compares a cell with.
 */
const FREE_CAPACITY = 2048;
const FREE_SLOTS = 4096;
const FREE_HASH_A = 32 + FREE_SLOTS * 4;
const FREE_HASH_B = FREE_HASH_A + FREE_CAPACITY * 4;
const FREE_COUNTS = FREE_HASH_B + FREE_CAPACITY * 4;
const FREE_KINDS = FREE_COUNTS + FREE_CAPACITY * 8;
const FREE_STARTS = FREE_KINDS + FREE_CAPACITY * 4;
const FREE_LENGTHS = FREE_STARTS + FREE_CAPACITY * 4;
const FREE_ARENA = FREE_LENGTHS + FREE_CAPACITY * 4 + (FREE_CAPACITY + 2) * 8;
const FREE_ARENA_UNITS = 1 << 19;
/** Bytes after the arena that copying a key eight code units at a time may write. */
const FREE_ARENA_SLACK = 16;
const FREE_TABLE_BYTES = align(FREE_ARENA + FREE_ARENA_UNITS * 2 + FREE_ARENA_SLACK);
const FREE_TABLES = 8;
const FREE_NA_MAX = 64;
/** An entry's key kind: JS's string number `start`, or `length` code units at `start` in the table's arena. */
const FREE_JS_KEY = 0;
const FREE_ARENA_KEY = 1;
/** The kernel's month table for dates (wasm/csv-kernel.ts fillDateTable): 3,600 months, 5 bytes each. */
const DATE_TABLE_BYTES = 3600 * 5;
/** Bytes after the text that the tokenizer's 64-byte steps may read: line feeds, so a search ends at the text's end. */
const PAD = 64;
const PAGE = 65536;
class CsvKernel {
    exports;
    /** Names the text loaded now; changes whenever it is replaced or may have moved. */
    generation = 0;
    textLength = 0;
    /** Where the loaded text's UTF-16 code units are (loadString), 0 when it was loaded as ASCII bytes. */
    textWide = 0;
    /** The text decodeUtf8 loaded, told before it is replaced (KernelText.replaced). */
    decoded;
    /** A Buffer over the memory, for strings of the text's code units. */
    bytes;
    layout;
    /** The widest batch reserved for (its column count). */
    ncols = 0;
    u8;
    i32;
    u32;
    f64;
    /** HyperLogLog registers of up to HLL_SLOTS columns, below every other region (they never move). */
    hllBase;
    freeHll = freeList(HLL_SLOTS);
    /** Tables of known text values of up to TEXT_TABLES columns, after the registers. */
    textBase;
    freeTexts = freeList(TEXT_TABLES);
    /** Free-text tables of up to FREE_TABLES columns, then the NA pairs of summarizeFreeTexts. */
    freeTextBase;
    idleFreeTextTables = freeList(FREE_TABLES);
    naBase;
    /** What the column scratch holds: the `scratchCells` cells of parseNumbers (with hashes or not) or of hashTexts. */
    scratch;
    scratchCells = 0;
    constructor(exports) {
        this.exports = exports;
        this.hllBase = align(exports.heapBase());
        this.textBase = this.hllBase + HLL_SLOTS * HLL_REGISTERS;
        this.freeTextBase = this.textBase + TEXT_TABLES * TEXT_TABLE_BYTES;
        this.naBase = this.freeTextBase + FREE_TABLES * FREE_TABLE_BYTES;
        const dates = this.naBase + FREE_NA_MAX * 8;
        this.layout = makeLayout(align(dates + DATE_TABLE_BYTES), 0, 0, 0);
        this.ensureMemory();
        exports.fillDateTable(dates);
    }
    /** Makes room for tokenizing batches of `ncols` columns by `rows` rows, and for columns of `rows` cells. */
    reserve(ncols, rows) {
        const l = this.layout;
        if (ncols <= this.ncols && rows <= l.rows)
            return;
        this.ncols = Math.max(ncols, this.ncols);
        const most = Math.max(rows, l.rows);
        this.replaceText();
        this.layout = makeLayout(l.starts, this.ncols * paddedStride(most), most, l.textCapacity);
        this.generation++; // the text's region moved
        this.textLength = 0;
        this.ensureMemory();
    }
    /** Copies `bytes` (ASCII: a byte per character) in as the text and returns its generation. */
    loadText(bytes) {
        this.replaceText();
        const l = this.makeRoom(bytes.length);
        this.u8.set(bytes, l.text);
        this.textWide = 0;
        return this.loaded(bytes.length);
    }
    /**
     * Loads any text (UTF-8 decoded, not ASCII) and returns its generation: its UTF-16 code units are
     * written in by Node (a copy), then narrowed to the byte per code unit the kernel reads.
     */
    loadString(text) {
        this.replaceText();
        const l = this.makeRoom(text.length);
        const wide = wideAt(l);
        Buffer.from(this.exports.memory.buffer, wide, text.length * 2).write(text, 'utf16le');
        this.exports.narrowText(wide, l.text, text.length);
        this.textWide = wide;
        return this.loaded(text.length);
    }
    /**
     * Decodes well-formed UTF-8 `bytes` (buffer.isUtf8 said so) and loads the text as loadString
     * would: TextReader's decoder for the CSV parser's blocks. Its string (the one Buffer's
     * toString('utf8') gives) is made only if something reads it whole (kernel-text.ts); WebAssembly
     * decodes to UTF-16 code units, and a string made from those costs a fraction of V8's UTF-8
     * decoding (bench/README.md has the figures).
     */
    decodeUtf8(bytes) {
        this.replaceText();
        const l = this.makeRoom(bytes.length);
        const wide = wideAt(l);
        const raw = wide + 2 * l.textCapacity;
        this.u8.set(bytes, raw);
        const units = this.exports.decodeUtf8(raw, bytes.length, wide, l.text);
        this.textWide = wide;
        this.decoded = new kernel_text/* KernelText */.F(this, this.loaded(units), units);
        return this.decoded;
    }
    /** Code units [start, end) of the loaded text as a string. */
    textSlice(start, end) {
        const wide = this.textWide;
        if (wide === 0)
            return this.bytes.toString('latin1', this.layout.text + start, this.layout.text + end);
        return this.bytes.toString('utf16le', wide + 2 * start, wide + 2 * end);
    }
    /** UTF-8 bytes of code units [start, end) of the loaded text (well-formed: surrogates come in pairs). */
    textUtf8Length(start, end) {
        if (this.textWide === 0)
            return end - start;
        const units = new Uint16Array(this.exports.memory.buffer, this.textWide + 2 * start, end - start);
        let bytes = 0;
        // a pair of surrogates (4 bytes) counts 2 + 2
        for (let i = 0; i < units.length; i++) {
            const u = units[i];
            bytes += u < 0x80 ? 1 : u < 0x800 || (u >= 0xd800 && u < 0xe000) ? 2 : 3;
        }
        return bytes;
    }
    /** Tells the text decodeUtf8 loaded, if any, that it is about to be replaced. */
    replaceText() {
        this.decoded?.replaced();
        this.decoded = undefined;
    }
    makeRoom(length) {
        const l = this.layout;
        if (length > l.textCapacity) {
            l.textCapacity = Math.max(length, 2 * l.textCapacity);
            this.ensureMemory();
        }
        return l;
    }
    /** The text of `length` bytes is in: pads it with line feeds and names it. */
    loaded(length) {
        const l = this.layout;
        this.u8.fill(10, l.text + length, l.text + length + PAD);
        this.textLength = length;
        return ++this.generation;
    }
    /** Whether the loaded text holds a line feed at or after `pos`. */
    hasLineFeed(pos) {
        const at = this.layout.text;
        // the padding after the text is line feeds: the search ends there at the latest
        return this.u8.indexOf(10, at + pos) - at < this.textLength;
    }
    /**
     * Tokenizes simple rows of the loaded text from `pos` into rows r0.. of the kernel's position
     * buffers (positions()), up to row rEnd - 1. Returns the rows parsed; `stopPosition()` is where
     * it stopped (wasm/csv-kernel.ts tokenize says when it stops early); fixups() lists the cells
     * whose value the caller must unescape.
     */
    tokenize(pos, ncols, delimiter, r0, rEnd, maxField) {
        const l = this.layout;
        if (ncols > this.ncols || rEnd > l.rows)
            throw new Error('CsvKernel.tokenize: reserve() room for the batch first');
        return this.exports.tokenize(l.text, this.textLength, pos, ncols, delimiter, l.starts, l.ends, paddedStride(l.rows), r0, rEnd, maxField, l.fixups);
    }
    /**
     * The cells of the last tokenize() whose quoted text holds `""`, as indexes into positions()
     * (their start and end frame the content with its quotes still doubled).
     */
    fixups() {
        return this.i32.subarray(this.layout.fixups >> 2, (this.layout.fixups >> 2) + this.exports.fixupCount());
    }
    /**
     * Views of the kernel's position buffers (column c, row r at c * stride + r), for rows the JS
     * parser adds among the kernel's. Valid until the next reserve() or loadText().
     */
    positions() {
        const l = this.layout;
        const buffer = this.exports.memory.buffer;
        return { starts: new Int32Array(buffer, l.starts, l.positions), ends: new Int32Array(buffer, l.ends, l.positions), stride: paddedStride(l.rows) };
    }
    /** Copies rows r0 .. r1 - 1 of the position buffers to `starts`/`ends` (columns `stride` apart). */
    copyOut(r0, r1, ncols, starts, ends, stride) {
        if (r1 <= r0)
            return;
        const l = this.layout;
        const from0 = l.starts >> 2;
        const ends0 = l.ends >> 2;
        const kernelStride = paddedStride(l.rows);
        for (let c = 0, from = r0, to = r0; c < ncols; c++, from += kernelStride, to += stride) {
            starts.set(this.i32.subarray(from0 + from, from0 + from + r1 - r0), to);
            ends.set(this.i32.subarray(ends0 + from, ends0 + from + r1 - r0), to);
        }
    }
    stopPosition() {
        return this.exports.stopPosition();
    }
    /**
     * Parses the common spellings of `n` cells of one column into `values`, writing KERNEL_PARSED to
     * `states` for those and 0 for cells JS must decide. With hashA/hashB, writes each parsed value's
     * hash pair there. False (nothing written) if the text is no longer loaded or n is too large.
     */
    parseNumbers(generation, kind, starts, ends, n, values, states, hashA, hashB) {
        const l = this.layout;
        if (generation !== this.generation || n > l.rows)
            return false;
        this.i32.set(starts.subarray(0, n), l.colStarts >> 2);
        this.i32.set(ends.subarray(0, n), l.colEnds >> 2);
        this.holds(hashA ? 'hashed numbers' : 'numbers', n);
        this.exports.parseNumbers(kind, l.text, l.colStarts, l.colEnds, n, l.colValues, l.colStates, hashA ? 1 : 0, l.colHashA, l.colHashB);
        values.set(this.f64.subarray(l.colValues >> 3, (l.colValues >> 3) + n));
        states.set(this.u8.subarray(l.colStates, l.colStates + n));
        if (hashA && hashB) {
            hashA.set(this.u32.subarray(l.colHashA >> 2, (l.colHashA >> 2) + n));
            hashB.set(this.u32.subarray(l.colHashB >> 2, (l.colHashB >> 2) + n));
        }
        return true;
    }
    /**
     * cell-hash.ts hashTextInto for `n` cells of one column, into outA/outB; escaped cells (end < 0)
     * are left for JS (their outA/outB entries are then meaningless). False if the text is gone.
     */
    hashTexts(generation, starts, ends, n, outA, outB) {
        const l = this.layout;
        if (generation !== this.generation || n > l.rows)
            return false;
        this.holds('texts', n);
        this.i32.set(starts.subarray(0, n), l.colStarts >> 2);
        this.i32.set(ends.subarray(0, n), l.colEnds >> 2);
        this.exports.hashTexts(l.text, this.textWide, l.colStarts, l.colEnds, n, l.colHashA, l.colHashB);
        outA.set(this.u32.subarray(l.colHashA >> 2, (l.colHashA >> 2) + n));
        outB.set(this.u32.subarray(l.colHashB >> 2, (l.colHashB >> 2) + n));
        return true;
    }
    /**
     * Row hashes: folds the cell hashes of columns (cellsA[k], cellsB[k], in that order) of n rows
     * into outA/outB, as part-analyzer.ts fold does in JS. Needs no text. False if n is too large.
     */
    foldRows(cellsA, cellsB, n, outA, outB) {
        const l = this.layout;
        if (n > l.rows)
            return false;
        this.holds(undefined, 0);
        const k = this.exports;
        if (cellsA.length === 0)
            k.foldEmpty(l.accA, l.accB, n);
        for (let c = 0; c < cellsA.length; c++) {
            this.u32.set(cellsA[c].subarray(0, n), l.colHashA >> 2);
            this.u32.set(cellsB[c].subarray(0, n), l.colHashB >> 2);
            k.foldColumn(l.accA, l.accB, l.colHashA, l.colHashB, n, c === 0 ? 1 : 0, c === cellsA.length - 1 ? 1 : 0);
        }
        outA.set(this.u32.subarray(l.accA >> 2, (l.accA >> 2) + n));
        outB.set(this.u32.subarray(l.accB >> 2, (l.accB >> 2) + n));
        return true;
    }
    /**
     * A column's HyperLogLog registers in the kernel, for summarizeNumbers (zeroed); -1 when all
     * HLL_SLOTS are taken (the caller keeps to its JS path). Give it back with releaseHll.
     */
    takeHll() {
        const slot = this.freeHll.pop();
        if (slot === undefined)
            return -1;
        const at = this.hllBase + slot * HLL_REGISTERS;
        this.u8.fill(0, at, at + HLL_REGISTERS);
        return slot;
    }
    /** Frees a slot of takeHll, first merging its registers into `into` (element-wise max) when given. */
    releaseHll(slot, into) {
        const at = this.hllBase + slot * HLL_REGISTERS;
        if (into)
            (0,hyperloglog/* maxInto */.X)(into, this.u8.subarray(at, at + HLL_REGISTERS));
        this.freeHll.push(slot);
    }
    /**
     * Right after parseNumbers of the same `n` cells (with hashes, unless `bool`): the parsed cells'
     * share of column-analyzer.ts's loop (wasm/csv-kernel.ts summarizeNumbers), their hashes added to
     * HyperLogLog slot `hll`. Undefined if the column scratch holds something else by now.
     */
    summarizeNumbers(n, lo, hi, bool, hll) {
        if (this.scratchCells !== n || n === 0 || !(this.scratch === 'hashed numbers' || (bool && this.scratch === 'numbers')))
            return undefined;
        this.holds(undefined, 0);
        const l = this.layout;
        const k = this.exports;
        // in place: the values are compacted over the parsed ones, the flags over the consumed starts
        const flagged = k.summarizeNumbers(n, l.colValues, l.colStates, l.colHashA, lo, hi, this.hllBase + hll * HLL_REGISTERS, l.colValues, l.colStarts, bool ? 1 : 0);
        const parsed = k.summaryParsedCount();
        return {
            flags: this.i32.subarray(l.colStarts >> 2, (l.colStarts >> 2) + flagged),
            values: this.f64.subarray(l.colValues >> 3, (l.colValues >> 3) + (bool ? 0 : parsed)),
            parsed,
            ones: k.summaryOnesCount(),
        };
    }
    /** A text column's table of known values for summarizeTexts (empty); -1 when all are taken. Give it back with releaseTexts. */
    takeTexts() {
        const table = this.freeTexts.pop();
        if (table === undefined)
            return -1;
        const at = this.textBase + table * TEXT_TABLE_BYTES;
        this.u8.fill(0, at, at + TEXT_TABLE_BYTES);
        return table;
    }
    releaseTexts(table) {
        this.freeTexts.push(table);
    }
    /**
     * Right after hashTexts of the same `n` cells: counts the cells that hold a value of text table
     * `table` (learnText), by value, and flags the others. Undefined if the column scratch holds
     * something else by now.
     */
    summarizeTexts(n, table) {
        if (this.scratch !== 'texts' || this.scratchCells !== n || n === 0)
            return undefined;
        this.holds(undefined, 0);
        const l = this.layout;
        const at = this.textBase + table * TEXT_TABLE_BYTES;
        // the flags go over the starts hashTexts no longer needs
        const flagged = this.exports.summarizeTexts(n, l.colHashA, l.colHashB, l.colEnds, at, l.colStarts);
        const counts = (at + TEXT_TABLE_BYTES) / 4 - TEXT_IDS;
        return { flags: this.i32.subarray(l.colStarts >> 2, (l.colStarts >> 2) + flagged), counts: this.u32.subarray(counts, counts + TEXT_IDS) };
    }
    /** Adds a value (its cell hash pair) to text table `table` as `id` (< TEXT_IDS); returns its id, the one it had if known. */
    learnText(table, a, b, id) {
        return this.exports.learnText(this.textBase + table * TEXT_TABLE_BYTES, a, b, id);
    }
    /** A free-text table for summarizeFreeTexts (empty); -1 when all are taken. Give it back with releaseFreeTexts. */
    takeFreeTexts() {
        const table = this.idleFreeTextTables.pop();
        if (table === undefined)
            return -1;
        const at = this.freeTextBase + table * FREE_TABLE_BYTES;
        this.u8.fill(0, at, at + FREE_ARENA);
        return table;
    }
    releaseFreeTexts(table) {
        this.idleFreeTextTables.push(table);
    }
    /**
     * After hashTexts of a column's `n` cells: the hash pair and length of escaped cell i (which
     * hashTexts left), and the number of its string in JS should it become a key, for
     * summarizeFreeTexts. False if the column scratch holds something else.
     */
    setEscapedCell(n, i, a, b, length, key) {
        if (this.scratch !== 'texts' || this.scratchCells !== n)
            return false;
        const l = this.layout;
        this.u32[(l.colHashA >> 2) + i] = a;
        this.u32[(l.colHashB >> 2) + i] = b;
        this.i32[(l.colStarts >> 2) + i] = key;
        this.i32[(l.colEnds >> 2) + i] = -1 - length;
        return true;
    }
    /**
     * Right after hashTexts of the same `n` cells (and setEscapedCell for each escaped one):
     * column-analyzer.ts's loop for a column checked for presence and length only, on free-text table
     * `table` and HyperLogLog slot `hll` (wasm/csv-kernel.ts summarizeFreeTexts). Undefined if the
     * column scratch holds something else or there are too many NA spellings.
     */
    summarizeFreeTexts(n, table, hll, na, minLength, maxLength) {
        if (this.scratch !== 'texts' || this.scratchCells !== n || n === 0 || na.a.length > FREE_NA_MAX)
            return undefined;
        this.holds(undefined, 0);
        const l = this.layout;
        const k = this.exports;
        for (let i = 0; i < na.a.length; i++) {
            this.u32[(this.naBase >> 2) + 2 * i] = na.a[i];
            this.u32[(this.naBase >> 2) + 2 * i + 1] = na.b[i];
        }
        // lengths are whole numbers: bounds rounded inward test the same, and fit an i32
        const least = Math.max(0, Math.min(Math.ceil(minLength), 0x7fffffff));
        const most = Math.max(-1, Math.min(Math.floor(maxLength), 0x7fffffff));
        // the flags go over the hashes' scratch of the parse (colValues, unused by hashTexts)
        const flagged = k.summarizeFreeTexts(n, l.text, this.textWide, l.colHashA, l.colHashB, l.colStarts, l.colEnds, this.freeTextBase + table * FREE_TABLE_BYTES, this.hllBase + hll * HLL_REGISTERS, this.naBase, na.a.length, na.maxLength, na.emptyIsNa ? 1 : 0, least, most, l.colValues);
        return {
            consumed: k.freeConsumedCount(),
            flags: this.i32.subarray(l.colValues >> 2, (l.colValues >> 2) + flagged),
            valid: k.freeValidCount(),
            lengthSum: k.freeLengthTotal(),
            lengthMin: k.freeLengthLeast(),
            lengthMax: k.freeLengthMost(),
        };
    }
    /** Views of free-text table `table`'s entries (writable; valid until the kernel's memory grows). */
    freeTextEntries(table) {
        const at = this.freeTextBase + table * FREE_TABLE_BYTES;
        const buffer = this.exports.memory.buffer;
        const size = this.u32[at >> 2];
        return {
            size,
            n: this.f64[(at + 8) >> 3],
            maxError: this.f64[(at + 16) >> 3],
            hashA: new Uint32Array(buffer, at + FREE_HASH_A, size),
            hashB: new Uint32Array(buffer, at + FREE_HASH_B, size),
            counts: new Float64Array(buffer, at + FREE_COUNTS, size),
            kinds: new Uint32Array(buffer, at + FREE_KINDS, size),
            starts: new Int32Array(buffer, at + FREE_STARTS, size),
            lengths: new Int32Array(buffer, at + FREE_LENGTHS, size),
        };
    }
    /** The key of `length` code units at `start` in free-text table `table`'s arena (FREE_ARENA_KEY). */
    arenaKey(table, start, length) {
        const at = this.freeTextBase + table * FREE_TABLE_BYTES + FREE_ARENA + start * 2;
        return Buffer.from(this.exports.memory.buffer, at, length * 2).toString('utf16le');
    }
    /**
     * Fills free-text table `table` with `size` entries whose keys are JS strings 0 .. size - 1
     * (FREE_JS_KEY) of the given lengths, and its n and maxError; the slots are rebuilt.
     */
    loadFreeTexts(table, size, n, maxError, hashA, hashB, counts, lengths) {
        if (size > FREE_CAPACITY)
            throw new RangeError(`a free-text table holds at most ${FREE_CAPACITY} entries, got ${size}`);
        const at = this.freeTextBase + table * FREE_TABLE_BYTES;
        this.u32[at >> 2] = size;
        this.f64[(at + 8) >> 3] = n;
        this.f64[(at + 16) >> 3] = maxError;
        this.u32[(at + 24) >> 2] = 0;
        this.u32.set(hashA.subarray(0, size), (at + FREE_HASH_A) >> 2);
        this.u32.set(hashB.subarray(0, size), (at + FREE_HASH_B) >> 2);
        this.f64.set(counts.subarray(0, size), (at + FREE_COUNTS) >> 3);
        for (let i = 0; i < size; i++) {
            this.u32[((at + FREE_KINDS) >> 2) + i] = FREE_JS_KEY;
            this.i32[((at + FREE_STARTS) >> 2) + i] = i;
            this.i32[((at + FREE_LENGTHS) >> 2) + i] = lengths[i];
        }
        this.exports.rebuildFreeSlots(at);
    }
    /**
     * record-log.ts's records of n rows grouped by partition (wasm/csv-kernel.ts partitionRecords):
     * [a[i], b[i], first + i] and, with c and d, c[i], d[i]; with `states`, only for rows whose state
     * is `keep`. Views valid until the kernel's next call; undefined if n is too large.
     */
    partitionRecords(n, first, a, b, c, d, states, keep = 0) {
        const l = this.layout;
        if (n > l.rows)
            return undefined;
        const rows4 = (l.rows + 3) & ~3;
        const column = (k) => l.recordIn + k * rows4 * 4;
        const u32 = this.u32;
        u32.set(a.subarray(0, n), column(0) >> 2);
        u32.set(b.subarray(0, n), column(1) >> 2);
        if (c && d) {
            u32.set(c.subarray(0, n), column(2) >> 2);
            u32.set(d.subarray(0, n), column(3) >> 2);
        }
        if (states)
            this.u8.set(states.subarray(0, n), l.recordStates);
        const width = c && d ? 5 : 3;
        this.exports.partitionRecords(n, width, column(0), column(1), column(2), column(3), states ? l.recordStates : 0, keep, first, l.recordOut, l.recordStarts, l.recordCursors);
        const starts = u32.subarray(l.recordStarts >> 2, (l.recordStarts >> 2) + 65);
        return { width, words: u32.subarray(l.recordOut >> 2, (l.recordOut >> 2) + starts[64]), starts };
    }
    holds(what, cells) {
        this.scratch = what;
        this.scratchCells = cells;
    }
    /**
     * Sorts values[0, length) ascending in place (profile/radix-sort.ts; no NaN); false, untouched, if
     * length exceeds KERNEL_SORT_MAX. Needs no text.
     */
    sortFloat64(values, length) {
        if (length > KERNEL_SORT_MAX)
            return false;
        const l = this.layout;
        this.f64.set(values.subarray(0, length), l.sortValues >> 3);
        this.exports.sortFloat64(l.sortValues, length, l.sortKeys, l.sortTmp, l.sortCounts);
        values.set(this.f64.subarray(l.sortValues >> 3, (l.sortValues >> 3) + length));
        return true;
    }
    ensureMemory() {
        const l = this.layout;
        // the text's code units, then room for the UTF-8 bytes decodeUtf8 reads
        const needed = wideAt(l) + 3 * l.textCapacity;
        const memory = this.exports.memory;
        if (needed > memory.buffer.byteLength)
            memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
        this.refreshViews();
    }
    refreshViews() {
        const buffer = this.exports.memory.buffer;
        this.u8 = new Uint8Array(buffer);
        this.bytes = Buffer.from(buffer);
        this.i32 = new Int32Array(buffer);
        this.u32 = new Uint32Array(buffer);
        this.f64 = new Float64Array(buffer);
    }
}
/**
 * The kernel's distance between columns, in cells: a row's cells are written to every column, and
 * at a power-of-two distance (2048 cells = 8 KiB) they all fall in the same L1 cache set, which
 * halved the tokenizer's speed. 16 more cells (64 bytes) put each column in a set of its own. The
 * JS parser lays out its batches the same way (csv-parser.ts), for the same reason.
 */
function paddedStride(rows) {
    return rows + 16;
}
/** Slots 0 .. count - 1, to pop from (the lowest first). */
function freeList(count) {
    return Array.from({ length: count }, (_, k) => count - 1 - k);
}
/** Where a text loaded from a string keeps its UTF-16 code units: after the text's region and padding. */
function wideAt(l) {
    return align(l.text + l.textCapacity + PAD);
}
function align(n) {
    return (n + 15) & ~15;
}
function makeLayout(base, positions, rows, textCapacity) {
    let at = base;
    const take = (bytes) => {
        const start = at;
        at = align(at + bytes);
        return start;
    };
    // 64 bytes apart, so that a column's starts and ends do not share a cache set either
    const starts = take(positions * 4 + 64);
    const ends = take(positions * 4);
    const fixups = take(positions * 4);
    const colStarts = take(rows * 4);
    const colEnds = take(rows * 4);
    const colValues = take(rows * 8);
    const colStates = take(rows);
    const rows4 = (rows + 3) & ~3;
    const colHashA = take(rows4 * 4);
    const colHashB = take(rows4 * 4);
    const accA = take(rows4 * 4);
    const accB = take(rows4 * 4);
    const recordIn = take(4 * rows4 * 4);
    const recordStates = take(rows);
    const recordOut = take(rows * 5 * 4);
    const recordStarts = take(65 * 4);
    const recordCursors = take(64 * 4);
    const sortValues = take(KERNEL_SORT_MAX * 8);
    const sortKeys = take(KERNEL_SORT_MAX * 8);
    const sortTmp = take(KERNEL_SORT_MAX * 8);
    const sortCounts = take(8 * 256 * 4);
    return { starts, ends, positions, fixups, colStarts, colEnds, colValues, colStates, colHashA, colHashB, accA, accB, recordIn, recordStates, recordOut, recordStarts, recordCursors, sortValues, sortKeys, sortTmp, sortCounts, rows, text: at, textCapacity };
}
let shared;
/**
 * This thread's kernel, or undefined where WebAssembly SIMD is missing or MLOPS_WASM=0 (the JS
 * path then does everything, as it always can).
 */
function csvKernel() {
    if (shared === undefined)
        shared = loadKernel();
    return shared ?? undefined;
}
function loadKernel() {
    if (process.env.MLOPS_WASM === '0' || typeof WebAssembly !== 'object')
        return null;
    const bytes = Buffer.from(KERNEL_WASM_BASE64, 'base64');
    if (!WebAssembly.validate(bytes))
        return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    return new CsvKernel(instance.exports);
}


/***/ }),

/***/ 98951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ KernelText)
/* harmony export */ });
class KernelText {
    kernel;
    generation;
    length;
    value;
    pins = 0;
    constructor(kernel, 
    /** The kernel's generation while it holds this text. */
    generation, length) {
        this.kernel = kernel;
        this.generation = generation;
        this.length = length;
    }
    /** True while the kernel holds this text (its positions then refer to the kernel's memory). */
    get loaded() {
        return this.kernel.generation === this.generation;
    }
    string() {
        if (this.value === undefined) {
            if (!this.loaded)
                throw new Error('KernelText: read after the kernel replaced it and nothing kept it (pin it while it is used)');
            this.value = this.kernel.textSlice(0, this.length);
        }
        return this.value;
    }
    /** Code units [start, end): from the string once made, otherwise from the kernel's memory. */
    slice(start, end) {
        if (this.value !== undefined || !this.loaded)
            return this.string().slice(start, end);
        return this.kernel.textSlice(start, end);
    }
    utf8Length(from) {
        if (this.value !== undefined || !this.loaded)
            return Buffer.byteLength(this.string().slice(from), 'utf8');
        return this.kernel.textUtf8Length(from, this.length);
    }
    /** Marks the text as used (by a batch, or a reader between its calls) until unpin. */
    pin() {
        this.pins++;
    }
    unpin() {
        this.pins--;
    }
    /** The kernel is about to replace the text: keep it as a string if anything still uses it. */
    replaced() {
        if (this.pins > 0 && this.value === undefined && this.loaded)
            this.value = this.kernel.textSlice(0, this.length);
    }
}


/***/ }),

/***/ 96104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pR: () => (/* binding */ expandPaths),
  J8: () => (/* binding */ fileBatches),
  aA: () => (/* binding */ planRanges),
  WJ: () => (/* binding */ rangeBatches)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/data/readers/errors.ts
var readers_errors = __webpack_require__(4980);
;// CONCATENATED MODULE: ./src/data/readers/paths.ts
/** Turning the user's dataset paths (files and globs) into a list of readable files. */





/**
 * Expands `patterns` (file paths or globs such as `data/*.csv`, `data/**\/*.parquet`) relative to
 * `cwd`. Each glob's matches are sorted; patterns keep their order; a file named twice is listed
 * once. Paths are returned as the user would write them (relative to cwd unless given absolute),
 * since they appear in messages and annotations.
 *
 * Errors (DataError): a glob matching no file, a missing path, a directory, an unreadable file.
 */
async function expandDataPaths(patterns, cwd = process.cwd()) {
    const result = [];
    const seen = new Set();
    for (const pattern of patterns) {
        const matches = (0,dist/* isDynamicPattern */.ey)(pattern) ? await expandGlob(pattern, cwd) : [pattern];
        for (const file of matches) {
            const absolute = external_node_path_default().resolve(cwd, file);
            if (seen.has(absolute))
                continue;
            seen.add(absolute);
            await checkReadableFile(file, absolute);
            result.push(file);
        }
    }
    return result;
}
async function expandGlob(pattern, cwd) {
    const absolute = external_node_path_default().isAbsolute(pattern);
    const matches = await (0,dist/* glob */.TI)(pattern, { cwd, onlyFiles: true, absolute, dot: false, expandDirectories: false });
    if (matches.length === 0) {
        throw new errors/* DataError */.fL(`no file matches ${JSON.stringify(pattern)}`, {
            location: { file: pattern },
            hint: `Check the pattern and the directory it is relative to (${cwd}); quote it in YAML so the shell or YAML does not alter it.`,
        });
    }
    return matches.map((m) => m.split((external_node_path_default()).sep).join('/')).sort();
}
async function checkReadableFile(file, absolute) {
    try {
        const stats = await (0,promises_.stat)(absolute);
        if (stats.isDirectory())
            throw (0,readers_errors/* isDirectoryError */.qN)(file);
        await (0,promises_.access)(absolute, promises_.constants.R_OK);
    }
    catch (error) {
        throw (0,readers_errors/* fileAccessError */.z9)(file, error);
    }
}

// EXTERNAL MODULE: ./src/data/readers/csv/csv-errors.ts
var csv_errors = __webpack_require__(72210);
// EXTERNAL MODULE: ./src/data/readers/csv/csv-record.ts
var csv_record = __webpack_require__(95440);
// EXTERNAL MODULE: ./src/data/readers/open-file.ts
var open_file = __webpack_require__(54274);
// EXTERNAL MODULE: ./src/data/readers/text-reader.ts + 1 modules
var text_reader = __webpack_require__(50758);
;// CONCATENATED MODULE: ./src/data/readers/csv/csv-header.ts
/** Reading and checking the header row of a CSV/TSV file. */




/** First read for the header: most headers are far smaller; the reader grows if needed. */
const HEADER_CHUNK_BYTES = 64 * 1024;
/**
 * Reads the first non-blank record of `file` as the header and checks the column names: none
 * empty, none repeated. Errors: empty file, no header, unterminated quote, invalid UTF-8, a NUL byte.
 */
async function readCsvHeader(file, options) {
    const { handle, size } = await (0,open_file/* openDataFile */.f)(file);
    try {
        if (size === 0)
            throw (0,csv_errors/* emptyFileError */.OR)(file);
        const reader = new text_reader/* TextReader */.T(handle, 0, size, Math.min(HEADER_CHUNK_BYTES, options.chunkBytes));
        // The reader keeps the text from the file's start; parsing it again on every block would be
        // quadratic in the header's length. A record ends only at a line break or at the file's end, so
        // it is parsed only when a block brought a new line break; and the fields of a header still
        // waiting for its end are held to maxFieldBytes at doubling lengths (linear in all).
        let searchFrom = 0;
        let sizeCheckAt = options.maxFieldBytes;
        for (;;) {
            const block = await reader.next(0);
            if (!block)
                throw (0,csv_errors/* noHeaderError */.ZL)(file, 1);
            const { text, final } = block;
            let pos = 0;
            let line = 1;
            while (pos < text.length && (text.charCodeAt(pos) === 10 || text.charCodeAt(pos) === 13)) {
                if (text.charCodeAt(pos) === 10)
                    line++;
                pos++;
            }
            const lineBreak = text.indexOf('\n', Math.max(pos, searchFrom));
            searchFrom = text.length;
            if (text.length - pos > sizeCheckAt) {
                throwIfHeaderFieldTooLarge(file, line, text, pos, options);
                sizeCheckAt *= 2;
            }
            if ((pos < text.length && lineBreak !== -1) || final) {
                const record = pos < text.length ? (0,csv_record/* parseRecord */.Hh)(text, pos, final, options.delimiterCode) : null;
                if (record === null)
                    throw (0,csv_errors/* noHeaderError */.ZL)(file, line);
                if (record.kind === 'unterminated') {
                    throw (0,csv_errors/* unterminatedQuoteError */.hM)(file, line + (0,csv_record/* countLineFeeds */.t7)(text, pos, record.quoteAt), (0,csv_record/* columnAt */.o0)(text, record.quoteAt));
                }
                if (record.kind === 'record') {
                    checkColumnNames(file, line, text, record.fields, record.starts);
                    const atEnd = record.next >= text.length && final;
                    return {
                        columns: record.fields,
                        dataStart: atEnd ? size : reader.offsetOf(record.next),
                        dataStartLine: line + record.newlines + 1,
                        size,
                    };
                }
            }
            const bad = block.invalidUtf8 ?? block.nulByte;
            if (bad) {
                const badLine = line + (0,csv_record/* countLineFeeds */.t7)(text, pos, text.length);
                if (block.invalidUtf8)
                    throw (0,csv_errors/* invalidUtf8Error */.PI)(file, badLine, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset);
                const record = (0,csv_record/* parseRecord */.Hh)(text, pos, false, options.delimiterCode);
                const field = record.kind === 'unterminated' ? 1 : record.fields.length;
                throw (0,csv_errors/* nulByteError */.UX)(file, badLine, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset, `#${field} (header)`);
            }
        }
    }
    finally {
        await handle.close();
    }
}
/** A header not yet ended whose fields so far include one over maxFieldBytes: the field limit applies to names too. */
function throwIfHeaderFieldTooLarge(file, line, text, pos, options) {
    const max = options.maxFieldBytes;
    const record = (0,csv_record/* parseRecord */.Hh)(text, pos, true, options.delimiterCode);
    if (record.kind === 'unterminated') {
        if (text.length - record.quoteAt > max) {
            throw (0,csv_errors/* fieldTooLargeError */.kl)(file, line + (0,csv_record/* countLineFeeds */.t7)(text, pos, record.quoteAt), (0,csv_record/* columnAt */.o0)(text, record.quoteAt), 'header', text.length - record.quoteAt, max);
        }
        return;
    }
    if (record.kind !== 'record')
        return;
    record.fields.forEach((field, i) => {
        if (field.length > max)
            throw (0,csv_errors/* fieldTooLargeError */.kl)(file, line + (0,csv_record/* countLineFeeds */.t7)(text, pos, record.starts[i]), (0,csv_record/* columnAt */.o0)(text, record.starts[i]), `#${i + 1} (header)`, field.length, max);
    });
}
function checkColumnNames(file, line, text, names, starts) {
    const seen = new Set();
    const repeated = new Set();
    names.forEach((name, i) => {
        if (name.trim() === '')
            throw (0,csv_errors/* emptyColumnNameError */.ld)(file, line, (0,csv_record/* columnAt */.o0)(text, starts[i]), i + 1);
        if (seen.has(name))
            repeated.add(name);
        seen.add(name);
    });
    if (repeated.size > 0)
        throw (0,csv_errors/* duplicateColumnsError */.BO)(file, line, [...repeated]);
}

// EXTERNAL MODULE: ./src/data/readers/csv/csv-options.ts
var csv_options = __webpack_require__(71211);
// EXTERNAL MODULE: ./src/data/kernel/csv-kernel.ts + 1 modules
var csv_kernel = __webpack_require__(3591);
// EXTERNAL MODULE: ./src/data/kernel/kernel-text.ts
var kernel_text = __webpack_require__(98951);
;// CONCATENATED MODULE: ./src/data/readers/csv/csv-parser.ts




const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Cells of a batch (columns x rows) up to which the WebAssembly kernel tokenizes: 12 MB of its memory. */
const KERNEL_MAX_CELLS = 1 << 20;
/** The first window of text a row the kernel left is parsed from (parseLeftRow), in code units. */
const LEFT_ROW_WINDOW = 1024;
/** Restartable column-major CSV row parser; the header has already been read. */
class CsvBatchParser {
    settings;
    /** Rows in the current, not yet taken, batch. */
    rowCount = 0;
    /** Line (1-based, relative to the part being read) on which the next row starts. */
    line = 1;
    /** Cell positions of the current batch, column after column: column c, row r is at c * stride + r. */
    starts;
    ends;
    /** Position buffers of batches their readers released, for reuse (see TextCells.release). */
    pool = [];
    buffer;
    escaped = [];
    lines;
    /** The block the rows of the current batch come from. */
    block;
    ncols;
    /** Distance between columns in the position buffers: batchRows padded (see paddedStride). */
    stride;
    delimiter;
    /** This thread's WebAssembly kernel, while it is worth asking (see parse). */
    kernel;
    /** The block whose text is loaded into the kernel, and the generation the kernel gave it. */
    kernelBlock;
    kernelGeneration = -1;
    /** Rows parsed by the kernel and rows it left to JS. */
    kernelRows = 0;
    textRows = 0;
    constructor(settings) {
        this.settings = settings;
        this.ncols = settings.columns.length;
        this.stride = (0,csv_kernel/* paddedStride */.OZ)(settings.batchRows);
        this.delimiter = String.fromCharCode(settings.delimiterCode);
        // a very wide file stays in JS: the kernel would hold another copy of its batch positions
        this.kernel = settings.noKernel || this.ncols * this.stride > KERNEL_MAX_CELLS ? undefined : (0,csv_kernel/* csvKernel */.yF)();
        this.kernel?.reserve(this.ncols, settings.batchRows);
        this.newBatch();
    }
    /** The kernel this parser loads its texts into, if any (it may stop using it later). */
    kernelInUse() {
        return this.kernel;
    }
    /** True when the current batch holds batchRows rows and must be taken before parsing on. */
    get full() {
        return this.rowCount >= this.settings.batchRows;
    }
    /**
     * Hands over the rows parsed so far and starts a new batch. Take the batch before parsing another
     * text: positions refer to the text the rows were parsed from.
     */
    takeBatch() {
        const rowCount = this.rowCount;
        const buffer = this.buffer;
        const block = this.block;
        const starts = columnViews(this.starts, this.ncols, this.stride, this.settings.batchRows);
        const ends = columnViews(this.ends, this.ncols, this.stride, this.settings.batchRows);
        const kernelGeneration = block !== undefined && this.kernelBlock === block ? this.kernelGeneration : undefined;
        const lazy = block?.lazy;
        let cells;
        if (lazy) {
            // the batch keeps the kernel's text: its string is made only if the batch is still
            // unreleased when the kernel replaces the text, or when something reads it whole
            lazy.pin();
            const release = () => {
                this.pool.push(buffer);
                lazy.unpin();
            };
            cells = {
                get text() {
                    return lazy.string();
                },
                lazy,
                starts,
                ends,
                escaped: this.escaped,
                kernelGeneration,
                release,
            };
        }
        else {
            cells = { text: block?.text ?? '', starts, ends, escaped: this.escaped, kernelGeneration, release: () => this.pool.push(buffer) };
        }
        const lines = rowCount === this.lines.length ? this.lines : this.lines.slice(0, rowCount);
        this.newBatch();
        return { cells, lines, rowCount };
    }
    /**
     * Parses rows of the block's text from `pos` until the batch is full or no complete row is left,
     * and returns the position after the last row parsed. Unless the block is final, a row that
     * reaches the end of its text is left for the next call (with more text appended); in a final
     * block the end of the text ends it. A block of pure ASCII comes with its bytes (the kernel copies
     * those instead of the string); a block the kernel decoded (`lazy`) is read as a string only where
     * JS parses rows (a quoted line break, an error, the end of the range: kernel-text.ts says why).
     */
    parse(block, pos) {
        if (this.rowCount > 0 && block !== this.block)
            throw new Error('CsvBatchParser: take the batch before parsing another block');
        this.block = block;
        const final = block.final;
        const kernel = this.kernel;
        const batchRows = this.settings.batchRows;
        if (!kernel)
            return this.parseText(block.text, pos, final, batchRows, this.starts, this.ends, this.stride);
        if (this.kernelBlock !== block || this.kernelGeneration !== kernel.generation) {
            const lazy = block.lazy;
            if (lazy instanceof kernel_text/* KernelText */.F && lazy.loaded)
                this.kernelGeneration = lazy.generation;
            else
                this.kernelGeneration = block.ascii ? kernel.loadText(block.ascii) : kernel.loadString(block.text);
            this.kernelBlock = block;
        }
        // Rows go to the kernel's position buffers (the rows JS parses too) and are copied out once
        // per call: a copy per kernel call cost ~1.5 us each time the kernel leaves a row to JS.
        const into = kernel.positions();
        const first = this.rowCount;
        const len = block.length;
        for (;;) {
            const r0 = this.rowCount;
            const rows = kernel.tokenize(pos, this.ncols, this.settings.delimiterCode, r0, batchRows, this.settings.maxFieldBytes);
            // quoted fields holding `""`: their value is the content with each pair made one quote
            for (const cell of kernel.fixups()) {
                const content = block.lazy ? block.lazy.slice(into.starts[cell], into.ends[cell]) : block.text.slice(into.starts[cell], into.ends[cell]);
                into.starts[cell] = this.escaped.push(content.replaceAll('""', '"')) - 1;
                into.ends[cell] = -1;
            }
            // every row the kernel parses is one line (it leaves quoted line breaks and blank lines to JS)
            for (let k = 0; k < rows; k++)
                this.lines[r0 + k] = this.line + k;
            this.line += rows;
            this.rowCount += rows;
            this.kernelRows += rows;
            pos = kernel.stopPosition();
            if (this.rowCount >= batchRows || pos >= len)
                break;
            // the row the kernel left: JS parses it (or finds it incomplete, or throws its error)
            const lazy = block.lazy;
            if (!lazy)
                pos = this.parseText(block.text, pos, final, r0 + rows + 1, into.starts, into.ends, into.stride);
            // in a block the kernel decoded, the last row with no line break yet is incomplete (unless
            // already long enough to hold an oversized field), and a row JS parses is read from a string
            // of its own, not the block's
            else if (final || len - pos > this.settings.maxFieldBytes || kernel.hasLineFeed(pos))
                pos = this.parseLeftRow(lazy, len, pos, final, r0 + rows + 1, into.starts, into.ends, into.stride);
            // Counted and tested on every block, every operand of the test (more than 64 rows, and more
            // than a quarter of the kernel's), also when JS found the row incomplete (it adds 0 then,
            // and the test cannot newly pass): code first run after V8 optimized parse() would throw
            // that code away and have it compiled again (~40 ms of a compiler thread each time).
            const parsedHere = this.rowCount - (r0 + rows);
            this.textRows += parsedHere;
            if (this.textRows > Math.max(64, this.kernelRows / 4)) {
                // rows the kernel leaves are the rule in this file (say every row has a quoted line break): stop asking it
                this.kernel = undefined;
                kernel.copyOut(first, this.rowCount, this.ncols, this.starts, this.ends, this.stride);
                return this.parseText(block.text, pos, final, batchRows, this.starts, this.ends, this.stride);
            }
            if (parsedHere === 0)
                break;
        }
        kernel.copyOut(first, this.rowCount, this.ncols, this.starts, this.ends, this.stride);
        return pos;
    }
    /**
     * parse() in JS, up to `rowLimit` rows in the batch, into `starts`/`ends` (columns `stride`
     * apart): the definition of the format.
     */
    parseText(s, pos, final, rowLimit, starts, ends, stride) {
        const len = s.length;
        const n = this.ncols;
        const last = n - 1;
        const delimiter = this.delimiter;
        const delimiterCode = this.settings.delimiterCode;
        const maxField = this.settings.maxFieldBytes;
        const lines = this.lines;
        let r = this.rowCount;
        let line = this.line;
        // next delimiter at or after pos; len when there is none (so it is not searched for again)
        let nd = -1;
        rows: while (r < rowLimit && pos < len) {
            const rowStart = pos;
            const first = s.charCodeAt(pos);
            if (first === LF) {
                pos++;
                line++;
                continue;
            }
            if (first === CR) {
                if (pos + 1 < len) {
                    if (s.charCodeAt(pos + 1) === LF) {
                        pos += 2;
                        line++;
                        continue;
                    }
                }
                else if (final) {
                    pos++;
                    continue;
                }
                else
                    break;
            }
            let nl = s.indexOf('\n', pos);
            if (nl === -1) {
                if (!final) {
                    this.checkIncomplete(s, rowStart, final, line);
                    break;
                }
                nl = len;
            }
            let extraLines = 0;
            // at = c * stride + r: where column c's cell of this row goes
            for (let c = 0, at = r; c < n; c++, at += stride) {
                if (s.charCodeAt(pos) === QUOTE) {
                    const open = pos;
                    let q = pos + 1;
                    // the unescaped text so far, only when the field holds "" (otherwise it is s[open+1, close))
                    let value;
                    let close;
                    for (;;) {
                        close = s.indexOf('"', q);
                        if (close === -1 || (close + 1 >= len && !final)) {
                            if (close === -1 && final)
                                throw this.unterminated(s, rowStart, open, line);
                            this.checkIncomplete(s, rowStart, final, line);
                            pos = rowStart;
                            break rows;
                        }
                        if (s.charCodeAt(close + 1) === QUOTE) {
                            value = (value ?? '') + s.slice(q, close + 1);
                            q = close + 2;
                            continue;
                        }
                        break;
                    }
                    if (value !== undefined)
                        value += s.slice(q, close);
                    pos = close + 1;
                    if (close > nl) {
                        // the quoted field holds line breaks: count them and find the row's real end
                        extraLines += (0,csv_record/* countLineFeeds */.t7)(s, nl, close);
                        nl = s.indexOf('\n', pos);
                        if (nl === -1) {
                            if (!final) {
                                this.checkIncomplete(s, rowStart, final, line);
                                pos = rowStart;
                                break rows;
                            }
                            nl = len;
                        }
                    }
                    const next = pos < len ? s.charCodeAt(pos) : -1;
                    // text after the closing quote, up to the field's end (lenient: kept literally)
                    let tail = '';
                    if (c < last) {
                        if (next === -1 && !final) {
                            pos = rowStart;
                            break rows;
                        }
                        if (next !== delimiterCode) {
                            if (nd < pos)
                                nd = nextDelimiter(s, delimiter, pos, len);
                            if (nd >= nl)
                                throw this.ragged(s, rowStart, final, line);
                            tail = s.slice(pos, nd);
                            pos = nd;
                        }
                        pos++;
                    }
                    else {
                        if (next === -1) {
                            if (!final) {
                                pos = rowStart;
                                break rows;
                            }
                        }
                        else if (next !== LF && !(next === CR && pos + 1 >= nl)) {
                            if (nd < pos)
                                nd = nextDelimiter(s, delimiter, pos, len);
                            if (nd < nl)
                                throw this.ragged(s, rowStart, final, line);
                            const end = s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                            tail = s.slice(pos, end);
                        }
                        pos = nl + 1;
                    }
                    if (value === undefined && tail === '') {
                        starts[at] = open + 1;
                        ends[at] = close;
                    }
                    else {
                        starts[at] = this.escaped.length;
                        ends[at] = -1;
                        this.escaped.push((value ?? s.slice(open + 1, close)) + tail);
                    }
                }
                else if (c < last) {
                    if (nd < pos)
                        nd = nextDelimiter(s, delimiter, pos, len);
                    if (nd >= nl)
                        throw this.ragged(s, rowStart, final, line);
                    starts[at] = pos;
                    ends[at] = nd;
                    pos = nd + 1;
                }
                else {
                    if (nd < pos)
                        nd = nextDelimiter(s, delimiter, pos, len);
                    if (nd < nl)
                        throw this.ragged(s, rowStart, final, line);
                    starts[at] = pos;
                    ends[at] = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                    pos = nl + 1;
                }
            }
            // only a row this long can hold an oversized field, so the common case costs one compare
            if (pos - rowStart > maxField)
                this.checkFieldSizes(s, rowStart, final, line);
            lines[r] = line;
            line += 1 + extraLines;
            r++;
        }
        this.rowCount = r;
        this.line = line;
        return pos > len ? len : pos;
    }
    /**
     * parseText of the row at `pos` in a text held as a LazyText (`len` code units), from a string of
     * a window of the text that starts at the row: LEFT_ROW_WINDOW code units, doubled while the row
     * does not end in it, the rest of the text at most (the window's end is the text's only there,
     * so the row is complete or not, and the same errors are thrown, as on the whole text). The
     * row's positions are then shifted to the text's. A window longer than maxFieldBytes could hold
     * an oversized field, which parseText judges by the text it sees: from there on the whole text is
     * read.
     */
    parseLeftRow(lazy, len, pos, final, rowLimit, starts, ends, stride) {
        const r = this.rowCount;
        for (let width = LEFT_ROW_WINDOW;; width *= 2) {
            const end = Math.min(len, pos + width);
            if (end < len && width > this.settings.maxFieldBytes)
                return this.parseText(lazy.string(), pos, final, rowLimit, starts, ends, stride);
            // blank lines before the row are skipped (and counted) also when the row is incomplete
            const from = pos;
            pos = from + this.parseText(lazy.slice(from, end), 0, end === len && final, rowLimit, starts, ends, stride);
            if (this.rowCount > r) {
                // the window's positions made the text's (an escaped cell's start is its string's index)
                for (let c = 0, at = r; c < this.ncols; c++, at += stride) {
                    if (ends[at] < 0)
                        continue;
                    starts[at] += from;
                    ends[at] += from;
                }
                return pos;
            }
            if (end === len)
                return pos;
        }
    }
    newBatch() {
        const size = this.ncols * this.stride;
        // one allocation per batch (or a released one): starts in its first half, ends in its second
        this.buffer = this.pool.pop() ?? new Int32Array(2 * size);
        this.starts = this.buffer.subarray(0, size);
        this.ends = this.buffer.subarray(size);
        this.escaped = [];
        this.lines = new Int32Array(this.settings.batchRows);
        this.rowCount = 0;
    }
    absoluteLine(relativeLine) {
        return this.settings.firstLine + relativeLine - 1;
    }
    /** Error for a row whose field count differs from the header's; re-reads the row to count. */
    ragged(s, rowStart, final, line) {
        const record = (0,csv_record/* parseRecord */.Hh)(s, rowStart, final, this.settings.delimiterCode);
        const got = record.kind === 'unterminated' ? this.ncols + 1 : record.fields.length;
        return (0,csv_errors/* raggedRowError */.Th)(this.settings.file, this.absoluteLine(line), this.ncols, got);
    }
    unterminated(s, rowStart, quoteAt, line) {
        const quoteLine = line + (0,csv_record/* countLineFeeds */.t7)(s, rowStart, quoteAt);
        return (0,csv_errors/* unterminatedQuoteError */.hM)(this.settings.file, this.absoluteLine(quoteLine), (0,csv_record/* columnAt */.o0)(s, quoteAt));
    }
    /** Throws if a field of the complete row at rowStart exceeds maxFieldBytes. */
    checkFieldSizes(s, rowStart, final, line) {
        const record = (0,csv_record/* parseRecord */.Hh)(s, rowStart, final, this.settings.delimiterCode);
        if (record.kind !== 'unterminated')
            this.throwIfOversized(s, rowStart, record.fields, record.starts, line);
    }
    /**
     * A row still waiting for its end: if it is already longer than a field may be, look for an
     * oversized field now rather than buffering an unbounded amount of text.
     */
    checkIncomplete(s, rowStart, final, line) {
        if (s.length - rowStart <= this.settings.maxFieldBytes)
            return;
        const record = (0,csv_record/* parseRecord */.Hh)(s, rowStart, final, this.settings.delimiterCode);
        if (record.kind === 'unterminated')
            return;
        this.throwIfOversized(s, rowStart, record.fields, record.starts, line);
    }
    throwIfOversized(s, rowStart, fields, starts, line) {
        const max = this.settings.maxFieldBytes;
        for (let c = 0; c < fields.length; c++) {
            if (fields[c].length > max) {
                const fieldLine = line + (0,csv_record/* countLineFeeds */.t7)(s, rowStart, starts[c]);
                const name = c < this.ncols ? this.settings.columns[c] : `#${c + 1}`;
                throw (0,csv_errors/* fieldTooLargeError */.kl)(this.settings.file, this.absoluteLine(fieldLine), (0,csv_record/* columnAt */.o0)(s, starts[c]), name, fields[c].length, max);
            }
        }
    }
}
/** Position of the next delimiter at or after pos, or len when there is none. */
function nextDelimiter(s, delimiter, pos, len) {
    const i = s.indexOf(delimiter, pos);
    return i === -1 ? len : i;
}
/** Per-column views (of `rows` cells) of positions stored column after column, `stride` apart. */
function columnViews(all, ncols, stride, rows) {
    const views = [];
    for (let c = 0; c < ncols; c++)
        views.push(all.subarray(c * stride, c * stride + rows));
    return views;
}

// EXTERNAL MODULE: ./src/data/readers/csv/text-cells.ts
var text_cells = __webpack_require__(33089);
;// CONCATENATED MODULE: ./src/data/readers/csv/text-batch.ts

/** A CSV batch: positions for the validator, strings (made once, on first access) for everyone else. */
class TextBatch {
    file;
    columns;
    rowCount;
    rowOffset;
    lines;
    text;
    strings;
    released = false;
    constructor(file, columns, rowCount, rowOffset, lines, text) {
        this.file = file;
        this.columns = columns;
        this.rowCount = rowCount;
        this.rowOffset = rowOffset;
        this.lines = lines;
        this.text = text;
    }
    /** Lets the reader reuse this batch's buffers: call when done with the batch, if ever. */
    release() {
        const release = this.text.release;
        if (!release)
            return;
        if (!this.strings)
            this.released = true;
        this.text.release = undefined;
        release();
    }
    get cells() {
        if (this.released)
            throw new Error('TextBatch: cells read after release()');
        if (!this.strings) {
            const t = this.text;
            // every cell: one string of the whole text to slice, rather than one from the kernel per cell
            if (t.lazy)
                void t.text;
            this.strings = t.starts.map((_, c) => {
                const column = new Array(this.rowCount);
                for (let r = 0; r < this.rowCount; r++)
                    column[r] = (0,text_cells/* cellText */.I)(t, c, r);
                return column;
            });
        }
        return this.strings;
    }
}

;// CONCATENATED MODULE: ./src/data/readers/csv/csv-range.ts
/** Reading CSV rows from one byte range of a file: the whole data part, or one worker's share. */







/**
 * Parses the rows of `range` in `file` into batches. `rowOffset` counts from the range's first row,
 * `lines` from its first line (unless `absoluteLines`). The caller learns each range's row count
 * by summing `rowCount`; ranges yield no rows only if they hold nothing but blank lines.
 */
async function* readCsvRange(file, range, options = {}) {
    const resolved = (0,csv_options/* resolveCsvOptions */.L)({ ...options, delimiter: range.delimiter });
    const parser = new CsvBatchParser({
        file,
        columns: range.columns,
        delimiterCode: resolved.delimiterCode,
        batchRows: resolved.batchRows,
        maxFieldBytes: resolved.maxFieldBytes,
        firstLine: range.firstLine,
        noKernel: !resolved.kernel,
    });
    const lineShift = options.absoluteLines ? range.firstLine - 1 : 0;
    let rowOffset = 0;
    const toBatch = (rows) => {
        if (lineShift !== 0)
            for (let i = 0; i < rows.rowCount; i++)
                rows.lines[i] += lineShift;
        const batch = new TextBatch(file, range.columns, rows.rowCount, rowOffset, rows.lines, rows.cells);
        rowOffset += rows.rowCount;
        return batch;
    };
    const { handle } = await (0,open_file/* openDataFile */.f)(file);
    try {
        // the parser's kernel decodes UTF-8 blocks (faster than Node) and keeps them loaded for it,
        // while the parser uses it
        const kernel = parser.kernelInUse();
        const decoder = kernel && { active: () => parser.kernelInUse() !== undefined, decode: (bytes) => kernel.decodeUtf8(bytes) };
        const reader = new text_reader/* TextReader */.T(handle, range.start, range.end, resolved.chunkBytes, options.onBytes, decoder);
        let consumed = 0;
        for (;;) {
            const block = await reader.next(consumed);
            if (!block)
                break;
            // kept while its rows are parsed, whatever a consumer does with the kernel in between
            block.lazy?.pin();
            let pos = 0;
            for (;;) {
                pos = parser.parse(block, pos);
                if (!parser.full)
                    break;
                yield toBatch(parser.takeBatch());
            }
            // positions refer to this block's text: its rows go out before the next block is read
            if (parser.rowCount > 0)
                yield toBatch(parser.takeBatch());
            const bad = block.invalidUtf8 ?? block.nulByte;
            if (bad) {
                // the rows before the bad byte were delivered; now say where it is: the row the parser
                // left (the text ends in it) holds it, in its last field so far
                const { text } = block;
                const line = range.firstLine - 1 + parser.line + (0,csv_record/* countLineFeeds */.t7)(text, pos, text.length);
                if (block.invalidUtf8)
                    throw (0,csv_errors/* invalidUtf8Error */.PI)(file, line, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset);
                const record = (0,csv_record/* parseRecord */.Hh)(text, pos, false, resolved.delimiterCode);
                const field = record.kind === 'unterminated' ? 0 : record.fields.length - 1;
                throw (0,csv_errors/* nulByteError */.UX)(file, line, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset, range.columns[field] ?? `#${field + 1}`);
            }
            block.lazy?.unpin();
            if (block.final)
                break;
            consumed = pos;
        }
    }
    finally {
        await handle.close();
    }
    if (options.counts)
        options.counts.lines = parser.line - 1;
}

;// CONCATENATED MODULE: ./src/data/readers/csv/csv-reader.ts
/** Reading a whole CSV/TSV file in one pass. */




/**
 * Reads `file` as CSV (or TSV with delimiter '\t') into batches of at most `batchRows` rows, with
 * file line numbers in `lines`. Throws NoRowsError (a DataError) after the header if there are no
 * data rows, so a caller that accepts empty files can catch it and still learn the columns.
 */
async function* readCsv(file, options = {}) {
    const resolved = (0,csv_options/* resolveCsvOptions */.L)(options);
    const header = await readCsvHeader(file, resolved);
    let rows = 0;
    if (header.dataStart < header.size) {
        const range = { index: 0, start: header.dataStart, end: header.size, firstLine: header.dataStartLine, columns: header.columns, delimiter: resolved.delimiter };
        for await (const batch of readCsvRange(file, range, { ...options, absoluteLines: true })) {
            rows += batch.rowCount;
            yield batch;
        }
    }
    if (rows === 0)
        throw new readers_errors/* NoRowsError */.TO(file, header.columns, header.dataStartLine - 1);
}

// EXTERNAL MODULE: ./src/data/readers/format.ts
var readers_format = __webpack_require__(38016);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
;// CONCATENATED MODULE: ./src/data/readers/jsonl-reader.ts
/**
 * Reading JSON Lines (one JSON object per line) into column-major batches.
 *
 * Columns are the union of the keys in first-seen order. A key first seen in a later row is
 * appended as a new column: batches read before it do not have it (each batch's `columns` is a
 * snapshot, and a later batch's columns extend an earlier batch's — existing columns never move),
 * and rows without a key get null. Reading the file twice to know every key up front would double
 * the cost for the rare file whose keys vary. Blank lines are skipped.
 */








/**
 * Reads `file` as JSON Lines. Each non-blank line must be a JSON object; its values are kept as
 * JSON.parse gives them (numbers, strings, booleans, null, nested objects/arrays). Throws a DataError
 * naming the line for invalid JSON or a non-object line, and NoRowsError if there is no row.
 */
async function* readJsonl(file, options = {}) {
    const batchRows = options.batchRows ?? csv_options/* DEFAULT_BATCH_ROWS */.V;
    const columns = [];
    const index = new Map();
    let cells = [];
    let lines = new Int32Array(batchRows);
    let r = 0;
    let rowOffset = 0;
    let line = 1;
    const addColumn = (key) => {
        const c = columns.length;
        columns.push(key);
        index.set(key, c);
        cells.push(new Array(batchRows).fill(null));
        return c;
    };
    const takeBatch = () => {
        const batch = {
            file,
            columns: columns.slice(),
            rowCount: r,
            rowOffset,
            lines: r === lines.length ? lines : lines.slice(0, r),
            cells: r === batchRows ? cells : cells.map((column) => column.slice(0, r)),
        };
        rowOffset += r;
        r = 0;
        cells = columns.map(() => new Array(batchRows).fill(null));
        lines = new Int32Array(batchRows);
        return batch;
    };
    const { handle, size } = await (0,open_file/* openDataFile */.f)(file);
    try {
        if (size === 0)
            throw (0,csv_errors/* emptyFileError */.OR)(file);
        const reader = new text_reader/* TextReader */.T(handle, 0, size, options.chunkBytes ?? text_reader/* DEFAULT_CHUNK_BYTES */.w);
        let consumed = 0;
        for (;;) {
            const block = await reader.next(consumed);
            if (!block)
                break;
            const { text, final } = block;
            let pos = 0;
            while (pos < text.length) {
                let nl = text.indexOf('\n', pos);
                if (nl === -1) {
                    if (!final)
                        break;
                    nl = text.length;
                }
                const content = text.slice(pos, nl);
                const start = pos;
                pos = nl + 1;
                if (content.trim() === '') {
                    line++;
                    continue;
                }
                const row = parseLine(file, content, line, text, start);
                for (const key in row) {
                    const c = index.get(key) ?? addColumn(key);
                    cells[c][r] = row[key];
                }
                lines[r++] = line++;
                if (r === batchRows)
                    yield takeBatch();
            }
            const bad = block.invalidUtf8 ?? block.nulByte;
            if (bad) {
                const badLine = line + (0,csv_record/* countLineFeeds */.t7)(text, Math.min(pos, text.length), text.length);
                if (block.invalidUtf8)
                    throw (0,csv_errors/* invalidUtf8Error */.PI)(file, badLine, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset);
                throw (0,csv_errors/* nulByteError */.UX)(file, badLine, (0,csv_record/* columnAt */.o0)(text, text.length), bad.byteOffset);
            }
            if (final)
                break;
            consumed = Math.min(pos, text.length);
        }
    }
    finally {
        await handle.close();
    }
    if (r > 0)
        yield takeBatch();
    if (rowOffset === 0)
        throw new readers_errors/* NoRowsError */.TO(file, columns);
}
/** The deepest nesting of lists and objects a JSONL row may have. */
const JSONL_MAX_DEPTH = 100;
function parseLine(file, content, line, text, start) {
    let value;
    try {
        // Nesting is bounded before parsing: V8 parses 100,000 levels, but every later walk of the value
        // (its text for the profile, its hash) would overflow the stack.
        value = (0,safe_read/* parseJsonBounded */.Xg)(content, { maxDepth: JSONL_MAX_DEPTH });
    }
    catch (error) {
        if (error instanceof safe_read/* UnsafeInputError */.lK) {
            throw new errors/* DataError */.fL(`line ${line} nests lists and objects more than ${JSONL_MAX_DEPTH} levels deep`, {
                location: { file, line },
                hint: `Flatten the row: at most ${JSONL_MAX_DEPTH} levels of nested lists and objects (a column holds one value, not a tree).`,
            });
        }
        const message = error.message;
        // V8 says "... at position N" (Node 20) or "... (line 1 column N)" (newer); point there if it does
        const position = /position (\d+)/.exec(message);
        const column = position ? Number(position[1]) + 1 : undefined;
        throw new errors/* DataError */.fL(`line ${line} is not valid JSON: ${message}`, {
            location: { file, line, column },
            hint: 'Each line must hold one complete JSON object, e.g. {"age": 31, "city": "Oslo"}; check quotes, commas and braces on this line.',
        });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
        throw new errors/* DataError */.fL(`line ${line} is ${kind}, not a JSON object`, {
            location: { file, line, column: (0,csv_record/* columnAt */.o0)(text, start) },
            hint: 'Write each row as an object of column names to values, e.g. {"age": 31, "city": "Oslo"}.',
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./src/data/readers/read-batches.ts



/**
 * Reads `file` batch by batch. The format comes from `options.format` or else the extension
 * (.csv; .tsv/.tab; .jsonl/.ndjson; .parquet/.pq); an unknown extension is a DataError listing the
 * formats. Every problem with the file is a DataError; a file with no data rows ends with a
 * NoRowsError (after zero batches), which callers that accept empty files may catch.
 */
function readBatches(file, options = {}) {
    const format = (0,readers_format/* detectFormat */.T)(file, options.format);
    switch (format) {
        case 'csv':
            return readCsv(file, options);
        case 'tsv':
            return readCsv(file, { ...options, delimiter: options.delimiter ?? '\t' });
        case 'jsonl':
            return readJsonl(file, options);
        case 'parquet':
            return readParquetLazily(file, options);
    }
}
/**
 * The Parquet reader and hyparquet are loaded only when a Parquet file is read: for CSV they were
 * ~200 KB of code loaded and compiled at every start.
 */
async function* readParquetLazily(file, options) {
    const { readParquet } = await Promise.all(/* import() */[__webpack_require__.e(33), __webpack_require__.e(39)]).then(__webpack_require__.bind(__webpack_require__, 84039));
    yield* readParquet(file, options);
}

;// CONCATENATED MODULE: ./src/data/readers/csv/csv-plan.ts
/** Splitting a CSV file into byte ranges that worker threads can parse independently. */






/** Ranges smaller than this are not worth a worker: the file gets fewer ranges. */
const MIN_RANGE_BYTES = 1024 * 1024;
/**
 * Reads the header of `file` once and cuts the data into at most `parts` ranges of similar size,
 * each starting at a row boundary (never inside a quoted field, even one holding line breaks) and
 * knowing its absolute first line. Feed each range to readCsvRange; parsing all ranges in order
 * gives exactly the rows of one pass. The delimiter defaults to a tab for .tsv/.tab files.
 *
 * Cost: one sequential scan up to the last split point that only looks at quotes and line feeds
 * (native Buffer.indexOf). Throws the header's DataErrors, and NoRowsError if there are no rows.
 *
 * @param minRangeBytes ranges are at least this large (default 1 MiB) so small files stay whole
 */
async function planCsvRanges(file, parts, options = {}) {
    const { resolved, header, handle, span, count } = await openShares(file, parts, options);
    const { dataStart, size, columns } = header;
    try {
        const targets = [];
        for (let i = 1; i < count; i++)
            targets.push(dataStart + Math.floor((span * i) / count));
        const boundaries = await findRowBoundaries(handle, dataStart, size, targets, resolved.delimiterCode, resolved.chunkBytes);
        const ranges = [];
        let start = dataStart;
        let firstLine = header.dataStartLine;
        for (const boundary of [...boundaries, { offset: size, lineFeeds: -1 }]) {
            if (boundary.offset <= start)
                continue;
            ranges.push({ index: ranges.length, start, end: boundary.offset, firstLine, columns, delimiter: resolved.delimiter });
            start = boundary.offset;
            firstLine = header.dataStartLine + boundary.lineFeeds;
        }
        return ranges;
    }
    finally {
        await handle.close();
    }
}
/**
 * Cuts the data of `file` into at most `parts` ranges without reading it: each range after the
 * first starts right after the first line feed past its share's target. That is a row boundary
 * unless the line feed sits inside a quoted field, which only the text before it can tell; so these
 * ranges are a guess that the caller confirms while parsing them in order (parse-ranges.ts): if
 * every range before range k parsed without an error, range k started on a row boundary (a range
 * that starts inside a quoted field leaves the one before it ending inside that field: an
 * unterminated quote). Lines are unknown too: `firstLine` is 1 and lines count from the range's
 * start. What planCsvRanges pays a scan of the file for, this pays for only when the guess fails.
 */
async function splitCsvRanges(file, parts, options = {}) {
    const { resolved, header, handle, span, count } = await openShares(file, parts, options);
    const { dataStart, size, columns } = header;
    // the first share weighs firstWeight(count) others (its reader may have more to do than parse it)
    const first = options.firstWeight?.(count) ?? 1;
    const share = (i) => Math.floor((span * (i === 0 ? 0 : first + i - 1)) / (first + count - 1));
    try {
        const ranges = [];
        let start = dataStart;
        for (let i = 1; i <= count; i++) {
            const end = i === count ? size : await lineStartAfter(handle, dataStart + share(i), size);
            if (end <= start)
                continue;
            ranges.push({ index: ranges.length, start, end, firstLine: ranges.length === 0 ? header.dataStartLine : 1, columns, delimiter: resolved.delimiter });
            start = end;
        }
        return { ranges, dataStartLine: header.dataStartLine };
    }
    finally {
        await handle.close();
    }
}
/** The offset after the first line feed at or after `from`, or `end` when there is none. */
async function lineStartAfter(handle, from, end) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let pos = from; pos < end;) {
        const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
        if (bytesRead === 0)
            break;
        const lf = buf.subarray(0, bytesRead).indexOf(10);
        if (lf !== -1)
            return pos + lf + 1;
        pos += bytesRead;
    }
    return end;
}
/** The header, the open file and how many shares of its data to cut (both planners start so). */
async function openShares(file, parts, options) {
    const resolved = (0,csv_options/* resolveCsvOptions */.L)(options, (0,readers_format/* formatFromExtension */.p)(file) === 'tsv' ? '\t' : ',');
    const header = await readCsvHeader(file, resolved);
    const { handle } = await (0,open_file/* openDataFile */.f)(file);
    try {
        if (!(await hasNonBlankByte(handle, header.dataStart, header.size)))
            throw new readers_errors/* NoRowsError */.TO(file, header.columns, header.dataStartLine - 1);
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    const span = header.size - header.dataStart;
    const minBytes = options.minRangeBytes ?? MIN_RANGE_BYTES;
    const count = Math.max(1, Math.min(Math.floor(parts), Math.floor(span / Math.max(1, minBytes)) || 1));
    return { resolved, header, handle, span, count };
}
/** True if [from, end) holds a byte other than CR or LF, i.e. the file has something after the header. */
async function hasNonBlankByte(handle, from, end) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let pos = from; pos < end;) {
        const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, end - pos), pos);
        if (bytesRead === 0)
            return false;
        for (let i = 0; i < bytesRead; i++)
            if (buf[i] !== 10 && buf[i] !== 13)
                return true;
        pos += bytesRead;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/data/parts/sources.ts
/**
 * The one place validation touches the readers: which files, their batches, and byte ranges for
 * worker threads. Paths are shown relative to the working directory when inside it, so messages and
 * annotations name files as a user (and GitHub) knows them.
 */






/** Expands files and globs (absolute, or relative to cwd) into files, shown relative to the process's cwd. */
async function expandPaths(patterns, cwd) {
    const files = await expandDataPaths(patterns, cwd);
    return files.map(displayPath);
}
function displayPath(file) {
    const relative = external_node_path_default().relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : file;
}
function fileBatches(file, format, batchRows) {
    return readBatches(file, { format, batchRows });
}
/**
 * Byte ranges for `parts` threads (guessed, see splitCsvRanges: parse-ranges.ts confirms them), or
 * undefined when the file is not CSV/TSV (not splittable).
 */
async function planRanges(file, parts, format, firstWeight) {
    const kind = (0,readers_format/* detectFormat */.T)(file, format);
    if (kind !== 'csv' && kind !== 'tsv')
        return undefined;
    return splitCsvRanges(file, parts, { ...(kind === 'tsv' ? { delimiter: '\t' } : {}), firstWeight });
}
/**
 * Batches of one range, lines counted from the range's first line (rows too); `counts.lines` is
 * filled in with the lines the range spans once it has been read.
 */
function rangeBatches(file, range, batchRows, counts, onBytes) {
    return readCsvRange(file, range, { batchRows, counts, onBytes });
}


/***/ }),

/***/ 67976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ maxInto),
/* harmony export */   l: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/**
 * HyperLogLog distinct counter over 32-bit hashes (see hash.ts), p = 14: 16384 one-byte registers,
 * standard error 1.04 / sqrt(16384) = 0.81%. Hand-written: it is one shift, one clz and one compare
 * per value, and the registers are a transferable Uint8Array that merges by element-wise max.
 *
 * Estimation uses Ertl's improved raw estimator ("New cardinality estimation algorithms for
 * HyperLogLog sketches", 2017), which is unbiased from 0 to billions without the empirical bias
 * tables of HLL++ or the linear-counting switch-over.
 */
const HLL_PRECISION = 14;
const M = 1 << HLL_PRECISION;
/** Bits of the hash left for the rank: registers hold 0..Q+1. */
const Q = 32 - HLL_PRECISION;
class HyperLogLog {
    registers;
    constructor(registers) {
        this.registers = registers ?? new Uint8Array(M);
    }
    /** Records a 32-bit hash. */
    add(hash) {
        const index = hash >>> Q;
        // The marker bit caps the rank at Q + 1 when the low Q bits are all zero.
        const rank = Math.clz32((hash << HLL_PRECISION) | (1 << (HLL_PRECISION - 1))) + 1;
        if (rank > this.registers[index])
            this.registers[index] = rank;
    }
    merge(other) {
        maxInto(this.registers, other.registers);
    }
    /** Estimated number of distinct hashes added. */
    estimate() {
        const c = new Float64Array(Q + 2);
        for (let i = 0; i < M; i++)
            c[this.registers[i]]++;
        let z = M * tau(1 - c[Q + 1] / M);
        for (let k = Q; k >= 1; k--)
            z = 0.5 * (z + c[k]);
        z += M * sigma(c[0] / M);
        return (M * M) / (2 * Math.LN2 * z);
    }
    toState() {
        return this.registers.slice();
    }
    static fromState(registers) {
        if (registers.length !== M)
            throw new RangeError(`HyperLogLog state must have ${M} registers`);
        return new HyperLogLog(registers.slice());
    }
}
/** sigma(x) = x + sum_{k>=1} x^(2^k) 2^(k-1) (Ertl, eq. for the empty-register correction). */
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    for (;;) {
        x *= x;
        const previous = z;
        z += x * y;
        y += y;
        if (z === previous)
            return z;
    }
}
/** tau(x) = (1 - x - sum_{k>=1} (1 - x^(2^-k))^2 2^-k) / 3 (correction for saturated registers). */
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    for (;;) {
        x = Math.sqrt(x);
        const previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
        if (z === previous)
            return z / 3;
    }
}
/** Merges registers `from` into `into` (same length): the element-wise max. */
function maxInto(into, from) {
    for (let i = 0; i < into.length; i++)
        if (from[i] > into[i])
            into[i] = from[i];
}


/***/ }),

/***/ 72210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ duplicateColumnsError),
/* harmony export */   OR: () => (/* binding */ emptyFileError),
/* harmony export */   PI: () => (/* binding */ invalidUtf8Error),
/* harmony export */   Th: () => (/* binding */ raggedRowError),
/* harmony export */   UX: () => (/* binding */ nulByteError),
/* harmony export */   ZL: () => (/* binding */ noHeaderError),
/* harmony export */   hM: () => (/* binding */ unterminatedQuoteError),
/* harmony export */   kl: () => (/* binding */ fieldTooLargeError),
/* harmony export */   ld: () => (/* binding */ emptyColumnNameError)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/** The DataErrors of the CSV/TSV reader, worded once so every path reports a problem the same way. */

function emptyFileError(file) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} is empty`, {
        location: { file },
        hint: 'The file has no bytes: check that it was written completely, or remove it from the dataset paths.',
    });
}
function noHeaderError(file, line) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} has no header row (only blank lines)`, {
        location: { file, line },
        hint: 'Put the column names on the first line, separated by the delimiter.',
    });
}
function unterminatedQuoteError(file, line, column) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`a quoted field opened on line ${line} is never closed`, {
        location: { file, line, column },
        hint: 'Close the quote, or double a quote that is part of the value ("" inside a quoted field).',
    });
}
function raggedRowError(file, line, expected, got) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`line ${line} has ${got} field${got === 1 ? '' : 's'}, expected ${expected} like the header`, {
        location: { file, line },
        hint: got > expected
            ? 'A value probably contains the delimiter: quote that value ("a, b"), or remove the extra delimiter.'
            : 'A value is missing or a line break splits the row: add the missing fields (empty is fine: a,,c) or quote values that contain line breaks.',
    });
}
function fieldTooLargeError(file, line, column, name, size, limit) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the field of column ${JSON.stringify(name)} starting on line ${line} is larger than ${limit} bytes (at least ${size})`, {
        location: { file, line, column },
        hint: `Check for a quote that is never closed before this point; if the value really is this large, raise the maxFieldBytes option (now ${limit}).`,
    });
}
function invalidUtf8Error(file, line, column, byteOffset) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`invalid UTF-8 at byte ${byteOffset} (line ${line})`, {
        location: { file, line, column },
        hint: 'Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8 in.csv > out.csv`, or "CSV UTF-8" in Excel).',
    });
}
/**
 * A NUL byte in a text file: a truncated write (a file padded with zeros after a crash) or a
 * binary file. `name` is the column it is in, when the reader knows it (CSV/TSV).
 */
function nulByteError(file, line, column, byteOffset, name) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`a NUL byte ${name === undefined ? '' : `in column ${JSON.stringify(name)} `}on line ${line} (byte ${byteOffset}): the file is truncated or binary`, {
        location: { file, line, column },
        hint: 'A text file holds no NUL bytes: re-export or re-copy the file (a write cut short leaves zeros), or check that it is really CSV/JSON Lines text.',
    });
}
function duplicateColumnsError(file, line, names) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`the header repeats column name${names.length === 1 ? '' : 's'} ${names.map((n) => JSON.stringify(n)).join(', ')}`, {
        location: { file, line },
        hint: 'Give every column a unique name in the header.',
    });
}
function emptyColumnNameError(file, line, column, position) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`column ${position} of the header has no name`, {
        location: { file, line, column },
        hint: 'Name every column. A file written by pandas `to_csv()` without `index=False` starts with an unnamed index column.',
    });
}


/***/ }),

/***/ 71211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ resolveCsvOptions),
/* harmony export */   V: () => (/* binding */ DEFAULT_BATCH_ROWS)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _text_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50758);
/** Options of the CSV/TSV reader, and their defaults. */


const DEFAULT_BATCH_ROWS = 2048;
const DEFAULT_MAX_FIELD_BYTES = 1024 * 1024;
/** Fills in defaults and rejects a delimiter the parser cannot honour. */
function resolveCsvOptions(options = {}, defaultDelimiter = ',') {
    const delimiter = options.delimiter ?? defaultDelimiter;
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code > 0x7f || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
            hint: 'Use a single ASCII character other than a quote or a line break, for example "," ";" "|" or "\\t".',
        });
    }
    return {
        delimiter,
        delimiterCode: code,
        batchRows: positiveInteger(options.batchRows, DEFAULT_BATCH_ROWS, 'batchRows'),
        maxFieldBytes: positiveInteger(options.maxFieldBytes, DEFAULT_MAX_FIELD_BYTES, 'maxFieldBytes'),
        chunkBytes: positiveInteger(options.chunkBytes, _text_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CHUNK_BYTES */ .w, 'chunkBytes'),
        kernel: options.kernel ?? true,
    };
}
function positiveInteger(value, fallback, name) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < 1) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${name} must be a positive integer, got ${value}`, { hint: `Pass a whole number >= 1 as ${name}.` });
    }
    return value;
}


/***/ }),

/***/ 95440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   o0: () => (/* binding */ columnAt),
/* harmony export */   t7: () => (/* binding */ countLineFeeds)
/* harmony export */ });
/**
 * A simple, general record parser: one record at a time, any number of fields. It defines the
 * dialect (see csv-parser.ts) for the places where speed does not matter — the header, and
 * re-reading one row to describe an error — and must agree with the fast parser on every input.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * Parses the record starting at `pos` of `s`. With `final` false, a record that runs to the end of
 * the text is incomplete (its line break may be in the next chunk).
 */
function parseRecord(s, pos, final, delimiterCode) {
    const len = s.length;
    const fields = [];
    const starts = [];
    let newlines = 0;
    let i = pos;
    for (;;) {
        starts.push(i);
        let value = '';
        if (i < len && s.charCodeAt(i) === QUOTE) {
            let q = i + 1;
            for (;;) {
                const close = s.indexOf('"', q);
                if (close === -1 || (close + 1 >= len && !final)) {
                    if (close === -1 && final)
                        return { kind: 'unterminated', quoteAt: i };
                    fields.push(value + s.slice(q));
                    return { kind: 'incomplete', fields, starts };
                }
                newlines += countLineFeeds(s, q, close);
                if (s.charCodeAt(close + 1) === QUOTE) {
                    value += s.slice(q, close + 1);
                    q = close + 2;
                    continue;
                }
                value += s.slice(q, close);
                i = close + 1;
                break;
            }
        }
        // unquoted text, or lenient text after a closing quote, runs to a delimiter or line break
        let j = i;
        while (j < len) {
            const ch = s.charCodeAt(j);
            if (ch === delimiterCode || ch === LF)
                break;
            j++;
        }
        if (j >= len && !final) {
            fields.push(value + s.slice(i, j));
            return { kind: 'incomplete', fields, starts };
        }
        if (j < len && s.charCodeAt(j) === delimiterCode) {
            fields.push(value + s.slice(i, j));
            i = j + 1;
            continue;
        }
        // end of record: a CR before the LF (or before the end of the text) belongs to the line break
        const end = j > i && s.charCodeAt(j - 1) === CR ? j - 1 : j;
        fields.push(value + s.slice(i, end));
        return { kind: 'record', fields, starts, next: j < len ? j + 1 : len, newlines };
    }
}
/** Number of '\n' in s[from, to). */
function countLineFeeds(s, from, to) {
    // bounded loop, not indexOf: indexOf would scan past `to` to the end of a multi-MB chunk
    let n = 0;
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) === LF)
            n++;
    return n;
}
/** 1-based column (in characters) of position `pos`, counted from the line break before it. */
function columnAt(s, pos) {
    return pos - (s.lastIndexOf('\n', pos - 1) + 1) + 1;
}


/***/ }),

/***/ 33089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ cellText)
/* harmony export */ });
/**
 * CSV cells as positions in the decoded text they came from, instead of one string per cell.
 *
 * Why: a string for every cell would be the largest cost of validating CSV (the slice itself, then
 * the garbage collector clearing millions of short strings). Validation parses numbers,
 * hashes values and checks lengths straight from the text by position, and makes a string only for
 * the few cells that need one (a new frequent value, an example of a failed check). Other readers of
 * a batch still see `cells` as strings: they are made on first access.
 */
/** The string value of one cell. */
function cellText(t, c, r) {
    const end = t.ends[c][r];
    if (end < 0)
        return t.escaped[t.starts[c][r]];
    return t.lazy ? t.lazy.slice(t.starts[c][r], end) : t.text.slice(t.starts[c][r], end);
}


/***/ }),

/***/ 4980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mg: () => (/* binding */ notRegularFileError),
/* harmony export */   TO: () => (/* binding */ NoRowsError),
/* harmony export */   qN: () => (/* binding */ isDirectoryError),
/* harmony export */   z9: () => (/* binding */ fileAccessError)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39677);


/**
 * The file has a header (or a schema) but no data rows. It is a DataError so that an unhandled one
 * still reads well, and a subclass so that a caller that accepts empty datasets can catch it and
 * carry on: `columns` holds the header (CSV/TSV), the schema's columns (Parquet) or [] (JSONL).
 */
class NoRowsError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL {
    /** The column names the file declares, for a caller that downgrades this error. */
    columns;
    constructor(file, columns, line) {
        super(`${file} has no data rows${columns.length ? ` (only a header with ${columns.length} column${columns.length === 1 ? '' : 's'})` : ''}`, {
            location: { file, line },
            hint: 'Add data rows to the file, or remove it from the dataset paths.',
        });
        this.columns = columns;
    }
}
/** Node's error code of a failed fs call, if it has one. */
function errorCode(error) {
    return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}
/**
 * Turns a failed open/stat/read of a data file into a DataError with a fix. Errors that are not
 * about the file (no `code`) are returned unchanged: they are bugs and keep their stack.
 */
function fileAccessError(file, error) {
    switch (errorCode(error)) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} does not exist`, {
                location: { file },
                hint: `Check the path; relative paths are resolved from ${process.cwd()}.`,
                cause: error,
            });
        case 'EACCES':
        case 'EPERM':
            return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} cannot be read: permission denied`, {
                location: { file },
                hint: 'Make the file readable by the user running the action (for example `chmod a+r`).',
                cause: error,
            });
        case 'EISDIR':
            return isDirectoryError(file);
        default:
            if (errorCode(error) !== undefined) {
                return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} cannot be read: ${error.message}`, {
                    location: { file },
                    hint: 'Check that the file exists, is a regular file and is readable.',
                    cause: error,
                });
            }
            return error;
    }
}
/** A directory was given where a data file was expected. */
function isDirectoryError(file) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} is a directory, not a data file`, {
        location: { file },
        hint: `Name the files, or use a glob such as ${JSON.stringify(`${file.replace(/\/+$/, '')}/*.csv`)}.`,
    });
}
/** A path that is neither a directory nor a regular file (a FIFO, a device, a socket): reading it could block forever. */
function notRegularFileError(file, stats) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`${file} is ${(0,_shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFileKind */ .C2)(stats)}, not a data file`, {
        location: { file },
        hint: 'Write the data to an ordinary file first (a pipe or a device cannot be read twice, and validate-data reads a file more than once).',
    });
}


/***/ }),

/***/ 54274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ openDataFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4980);
/** Opening a data file with errors a user can act on. */



/** Read-only and non-blocking: opening a FIFO must not wait for a writer (regular files read as usual). */
const READ_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * Opens `file` for reading. A missing, unreadable or directory path, or one that is not a regular
 * file (a FIFO, a device), becomes a DataError (on Linux opening a directory succeeds and only the
 * first read fails, hence the explicit check).
 */
async function openDataFile(file) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, READ_FLAGS);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(file, error);
    }
    try {
        const stats = await handle.stat();
        if (stats.isDirectory())
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isDirectoryError */ .qN)(file);
        if (!stats.isFile())
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notRegularFileError */ .Mg)(file, stats);
        return { handle, size: stats.size };
    }
    catch (error) {
        await handle.close();
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(file, error);
    }
}


/***/ }),

/***/ 50758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ DEFAULT_CHUNK_BYTES),
  T: () => (/* binding */ TextReader)
});

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/data/readers/utf8.ts
/**
 * UTF-8 helpers for the chunked text reader. The happy path uses Node's native validators
 * (buffer.isAscii / buffer.isUtf8, SIMD in recent Node); these JS functions only run at a chunk's
 * last few bytes, or once when a file turns out to be invalid and we need the exact byte.
 */
/**
 * Number of bytes (0-3) at the end of bytes[0, end) that start a multi-byte character whose
 * remaining bytes are not there yet, so a chunk can be decoded up to a character boundary and the
 * rest carried over to the next read.
 */
function incompleteUtf8Tail(bytes, end) {
    let i = end - 1;
    let continuation = 0;
    while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
        i--;
        continuation++;
    }
    if (i < 0)
        return 0;
    const lead = bytes[i];
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const have = end - i;
    return have < need ? have : 0;
}
/**
 * Index of the first byte in bytes[start, end) that is not part of a valid UTF-8 character
 * (WHATWG rules: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence),
 * or -1 when the whole span is valid.
 */
function firstInvalidUtf8(bytes, start, end) {
    let i = start;
    while (i < end) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let lower = 0x80;
        let upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0)
                lower = 0xa0;
            if (b === 0xed)
                upper = 0x9f;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0)
                lower = 0x90;
            if (b === 0xf4)
                upper = 0x8f;
        }
        else
            return i;
        // a sequence cut short by the end of the span is invalid here: callers hold back an
        // incomplete tail with incompleteUtf8Tail before asking
        if (i + need >= end)
            return i;
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf))
                return i;
        }
        i += need + 1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/data/readers/text-reader.ts
/**
 * Reads a byte range of a file as a sequence of large JS strings, carrying whatever the caller did
 * not consume (an incomplete row) over to the next string.
 *
 * Why this shape: the CSV parser's speed comes from running String.indexOf/slice over one big,
 * flat string, so each chunk is decoded once (not per line) and unconsumed bytes are moved in the
 * byte buffer rather than concatenated as strings (which would hand the parser a ConsString).
 * Pure-ASCII chunks — the common case — are decoded as latin1, which is ~5x faster than UTF-8
 * decoding and gives the same string; other chunks are validated with buffer.isUtf8, and only an
 * invalid chunk pays for a JS scan that finds the exact bad byte. A NUL byte ends the text the same
 * way (found by memchr, once per chunk): it has no place in a text file, and is reported, not read.
 * A caller with a faster UTF-8 decoder that holds the text itself (the CSV kernel) gets such blocks
 * as a LazyText: the string is made only if something reads it whole.
 */



/**
 * Default number of bytes read per chunk: 120 KiB, so that a chunk's string (with a carried-over
 * partial row) stays under V8's largest regular heap object (128 KiB) and is made in the young
 * generation. Larger chunks measured worse: Node copies a latin1 string over 1 MiB into a malloc'd
 * external string, and glibc kept ~40-50 MB of those freed copies at peak on a 1 GB file (peak RSS
 * 247 MB against 174 MB now); between 128 KiB and 1 MiB each string is a fresh large-object page,
 * whose page faults cost more system time than the per-chunk overhead saved.
 */
const DEFAULT_CHUNK_BYTES = 120 * 1024;
/**
 * The most new bytes of UTF-8 text (not pure ASCII) decoded into one string: 60 KiB. Such text
 * becomes a two-byte string as soon as one character is above U+00FF, two bytes per character, and
 * a string over 128 KiB is a large object of its own (outside V8's young generation): decoding
 * 120 KiB chunks of the benchmark's UTF-8 file measured ~10x slower per byte than 60 KiB ones.
 * A LazyDecoder's blocks (no string unless asked for) take a whole chunk, if larger.
 */
const MAX_UTF8_DECODE = 60 * 1024;
/** Sequential reader of the bytes [start, end) of an open file as text blocks. */
class TextReader {
    handle;
    end;
    chunkBytes;
    onRead;
    lazyDecoder;
    buf;
    /** Bytes held in buf, starting at file offset `base`. */
    held = 0;
    base;
    /** Next file offset to read from. */
    readPos;
    /** Bytes of buf (from 0) that the current text was decoded from. */
    decodedBytes = 0;
    /** The current text: a string, or a LazyText. */
    text = '';
    textIsAscii = true;
    started = false;
    /**
     * @param handle open file
     * @param start first byte of the range; a UTF-8 BOM is skipped only when start is 0
     * @param end byte after the range (file size for the whole file)
     * @param chunkBytes bytes to read per block
     * @param onRead sees every byte of the range once, in order, as read (a running file digest)
     * @param lazyDecoder decodes well-formed UTF-8 (not pure ASCII) faster than Node, into memory of
     *   its own: the CSV kernel's (csv-kernel.ts decodeUtf8), which keeps the text loaded for the parser
     */
    constructor(handle, start, end, chunkBytes = DEFAULT_CHUNK_BYTES, onRead, lazyDecoder) {
        this.handle = handle;
        this.end = end;
        this.chunkBytes = chunkBytes;
        this.onRead = onRead;
        this.lazyDecoder = lazyDecoder;
        this.base = start;
        this.readPos = start;
        this.buf = Buffer.allocUnsafeSlow(Math.max(1024, Math.min(chunkBytes, end - start + 4)));
    }
    /** Absolute file offset of character `chars` of the last block's text. */
    offsetOf(chars) {
        if (this.textIsAscii)
            return this.base + chars;
        const text = this.text;
        const rest = typeof text === 'string' ? Buffer.byteLength(text.slice(chars), 'utf8') : text.utf8Length(chars);
        return this.base + this.decodedBytes - rest;
    }
    /**
     * Returns the next block. `consumed` is how many characters of the previous block's text the
     * caller has used up; the rest is kept and comes first in the new block. Returns null when the
     * range is exhausted and nothing is left over.
     */
    // eslint-disable-next-line @typescript-eslint/require-await -- reads synchronously (below) behind the readers' async interface
    async next(consumed = 0) {
        // bytes the caller saw in the last block and left (they come first again)
        let carried = 0;
        if (this.started) {
            const used = this.offsetOf(consumed) - this.base;
            carried = this.decodedBytes - used;
            if (used > 0) {
                this.buf.copyWithin(0, used, this.held);
                this.held -= used;
                this.base += used;
            }
        }
        this.started = true;
        if (this.readPos >= this.end && this.held === 0)
            return null;
        // a UTF-8 block may have left read bytes undecoded: read more only when they run short
        const lazy = this.lazyDecoder?.active() === true;
        const utf8Most = lazy ? Math.max(this.chunkBytes, MAX_UTF8_DECODE) : MAX_UTF8_DECODE;
        const want = this.held - carried >= utf8Most ? 0 : Math.min(this.chunkBytes, this.end - this.readPos);
        if (this.held + want > this.buf.length) {
            const bigger = Buffer.allocUnsafeSlow(Math.max(this.held + want, this.buf.length * 2));
            this.buf.copy(bigger, 0, 0, this.held);
            this.buf = bigger;
        }
        let got = 0;
        while (got < want) {
            // Synchronous on purpose: a promise read of each 120 KiB chunk cost a 125 MB range ~0.14 s of
            // a 2.4 s run (a thread-pool round trip per chunk). The readers run alone on their thread
            // (a worker, or the CLI's main thread), so blocking it between chunks delays nothing.
            const bytesRead = (0,external_node_fs_.readSync)(this.handle.fd, this.buf, this.held + got, want - got, this.readPos + got);
            if (bytesRead === 0)
                break; // the file shrank while we read it: treat as its end
            got += bytesRead;
        }
        this.onRead?.(this.buf.subarray(this.held, this.held + got));
        this.readPos += got;
        this.held += got;
        const final = got < want || this.readPos >= this.end;
        if (this.base === 0 && this.held >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
            // strip the UTF-8 byte order mark that Excel writes
            this.buf.copyWithin(0, 3, this.held);
            this.held -= 3;
            this.base = 3;
        }
        let decodeEnd = final ? this.held : this.held - incompleteUtf8Tail(this.buf, this.held);
        // a block of at most a chunk of new bytes, utf8Most of UTF-8 (ending on a character); twice
        // what the caller left, at least, so that a row longer than that is read in linear time
        const allAscii = (0,external_node_buffer_.isAscii)(this.buf.subarray(0, decodeEnd));
        const most = Math.max(carried + (allAscii ? this.chunkBytes : utf8Most), 2 * carried);
        if (decodeEnd > most)
            decodeEnd = most - (allAscii ? 0 : incompleteUtf8Tail(this.buf, most));
        let nulByte;
        const nul = this.buf.subarray(0, decodeEnd).indexOf(0);
        if (nul >= 0) {
            decodeEnd = nul;
            nulByte = { byteOffset: this.base + nul };
        }
        let invalidUtf8;
        const bytes = this.buf.subarray(0, decodeEnd);
        if (allAscii || (0,external_node_buffer_.isAscii)(bytes)) {
            this.textIsAscii = true;
            this.text = this.buf.toString('latin1', 0, decodeEnd);
        }
        else {
            if (!(0,external_node_buffer_.isUtf8)(bytes)) {
                const bad = firstInvalidUtf8(this.buf, 0, decodeEnd);
                decodeEnd = bad < 0 ? decodeEnd : bad;
                invalidUtf8 = { byteOffset: this.base + decodeEnd };
                nulByte = undefined; // the invalid byte comes first
            }
            this.textIsAscii = (0,external_node_buffer_.isAscii)(this.buf.subarray(0, decodeEnd));
            if (this.textIsAscii)
                this.text = this.buf.toString('latin1', 0, decodeEnd);
            else
                this.text = lazy ? this.lazyDecoder.decode(this.buf.subarray(0, decodeEnd)) : this.buf.toString('utf8', 0, decodeEnd);
        }
        this.decodedBytes = decodeEnd;
        const ascii = this.textIsAscii ? this.buf.subarray(0, decodeEnd) : undefined;
        const blockFinal = final && !invalidUtf8 && !nulByte && decodeEnd === this.held;
        const text = this.text;
        if (typeof text === 'string')
            return { text, length: text.length, final: blockFinal, invalidUtf8, nulByte, ascii };
        return {
            get text() {
                return text.string();
            },
            length: text.length,
            lazy: text,
            final: blockFinal,
            invalidUtf8,
            nulByte,
        };
    }
}


/***/ }),

/***/ 80222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ loadSchemaFile),
/* harmony export */   _3: () => (/* binding */ loadConfiguredSchema),
/* harmony export */   eM: () => (/* binding */ loadSchemaFromRaw)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_schema_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97823);
/* harmony import */ var _config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12865);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58382);
/* harmony import */ var _resolve_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26092);





/** Loads a data schema file (YAML or JSON), validates it and resolves its checks. */
async function loadSchemaFile(file, options = {}) {
    const source = await (0,_config_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlFile */ .k)(file, 'schema file');
    return fromSource(source, [], file, options);
}
/** Resolves a schema written inline in mlops.yml under `data.schema`. */
function loadInlineSchema(config, options = {}) {
    return fromSource(config, ['data', 'schema'], config.file, options);
}
/** The schema `data.schema` of mlops.yml names: a path relative to mlops.yml, or the inline schema. */
async function loadConfiguredSchema(config, configDir, value, options) {
    if (typeof value === 'string')
        return loadSchemaFile(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(configDir, value), options);
    return loadInlineSchema(config, options);
}
function fromSource(source, base, file, options) {
    const value = base.reduce((v, k) => v?.[k], source.value);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The data schema in ${file} must be a mapping with a "columns" key.`, {
            location: source.locate(base),
            hint: 'Write `columns:` with one entry per column, or run `mlops validate --infer-schema schema.yml` to start one.',
        });
    }
    (0,_config_schema_check_js__WEBPACK_IMPORTED_MODULE_1__/* .checkDataSchema */ .o)(source, base);
    const raw = value;
    const resolved = (0,_resolve_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSchema */ .u)(raw, (p) => source.locate([...base, ...p]), file, options);
    return { resolved, raw, options };
}
/** A schema built in code (already valid): checks run, locations point at the code's purpose. */
function loadSchemaFromRaw(raw, options) {
    return { raw, options, resolved: (0,_resolve_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveSchema */ .u)(raw, () => ({ file: '(inferred schema)' }), '(inferred schema)', options) };
}


/***/ }),

/***/ 26092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ resolveSchema)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _values_parse_number_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57444);
/* harmony import */ var _values_parse_date_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19673);
/* harmony import */ var _resolved_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46972);
/* harmony import */ var _checks_value_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12215);





/**
 * Turns a schema-valid raw schema into runnable checks, catching what JSON Schema cannot express
 * (min above max, a bad regex, a date bound that is not a date, a bound on a column of the wrong type).
 */
function resolveSchema(raw, locate, file, options = {}) {
    const columns = Object.entries(raw.columns).map(([name, column]) => resolveColumn(name, column, locate));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const dataset = raw.dataset ?? {};
    const label = dataset.label ?? options.label;
    const checkColumnsExist = (names, path) => {
        for (const name of names) {
            if (!byName.has(name)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`dataset check names the column "${name}", which the schema does not define.`, {
                    location: locate(path),
                    hint: `Add "${name}" under columns, or fix the name (columns: ${[...byName.keys()].join(', ')}).`,
                });
            }
        }
    };
    const unique = (dataset.unique ?? []).map((entry, index) => {
        const spec = Array.isArray(entry) ? { columns: entry } : entry;
        checkColumnsExist(spec.columns, ['dataset', 'unique', index]);
        return { columns: spec.columns, severity: spec.severity ?? 'error' };
    });
    if (dataset.label !== undefined)
        checkColumnsExist([dataset.label], ['dataset', 'label']);
    const range = dataset.row_count;
    if (range)
        checkRange(range.min, range.max, locate(['dataset', 'row_count']));
    const labelKnown = label !== undefined && byName.has(label);
    return {
        columns,
        byName,
        file,
        naValues: new Set(raw.na_values ?? _resolved_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_NA_VALUES */ .j),
        dataset: {
            unexpectedColumns: dataset.unexpected_columns ?? 'error',
            rowCount: range ? { min: range.min, max: range.max, severity: range.severity ?? 'error' } : undefined,
            unique,
            duplicateRows: integrity(dataset.duplicate_rows, 'warning'),
            label: labelKnown ? label : undefined,
            conflictingLabels: labelKnown ? integrity(dataset.conflicting_labels, 'warning') : undefined,
            trainEvalLeakage: options.hasEval ? integrity(dataset.train_eval_leakage, 'error') : undefined,
        },
    };
}
function integrity(value, fallback) {
    if (value === false)
        return undefined;
    return value ?? fallback;
}
function checkRange(min, max, location) {
    if (min !== undefined && max !== undefined && min > max) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`min (${min}) is above max (${max}).`, { location, hint: 'Swap the bounds or correct one of them.' });
    }
}
function resolveColumn(name, raw, locate) {
    const at = (...keys) => locate(['columns', name, ...keys]);
    const severity = raw.severity ?? 'error';
    const rule = (spec) => ({
        severity: spec?.severity ?? severity,
        mostly: spec?.mostly ?? 1,
    });
    const isDate = raw.type === 'date' || raw.type === 'datetime';
    const numeric = raw.type === 'int' || raw.type === 'float' || raw.type === 'bool' || isDate;
    if (raw.format !== undefined && !isDate) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`format only applies to date and datetime columns; "${name}" is ${raw.type}.`, {
            location: at('format'),
            hint: 'Remove format, or change the type to date or datetime.',
        });
    }
    const parse = isDate
        ? (0,_values_parse_date_js__WEBPACK_IMPORTED_MODULE_2__/* .compileDateParser */ .$Z)(raw.type, raw.format, at('format'))
        : raw.type === 'int'
            ? _values_parse_number_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInt64 */ .pX
            : raw.type === 'float'
                ? _values_parse_number_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFloat64 */ .yE
                : raw.type === 'bool'
                    ? _values_parse_number_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBool */ .q6
                    : undefined;
    const bound = (value, key) => {
        if (value === undefined)
            return undefined;
        if (isDate) {
            const t = typeof value === 'string' ? parse(value) : undefined;
            if (t === undefined) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`The bound ${JSON.stringify(value)} of date column "${name}" is not a date in its format.`, {
                    location: at(...key),
                    hint: `Write it like the data, e.g. "${raw.format ? raw.format.replace('%Y', '2024').replace('%m', '01').replace('%d', '31') : '2024-01-31'}".`,
                });
            }
            return t;
        }
        if (typeof value !== 'number' || !(raw.type === 'int' || raw.type === 'float')) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`min/max of "${name}" must be ${raw.type === 'int' || raw.type === 'float' ? 'a number' : 'absent: the column is ' + raw.type}.`, {
                location: at(...key),
                hint: raw.type === 'string' || raw.type === 'categorical' ? 'Use length for string lengths or allowed for a set of values.' : 'Write the bound as a number.',
            });
        }
        return value;
    };
    let between;
    const spec = raw.between ?? (raw.min !== undefined || raw.max !== undefined ? { min: raw.min, max: raw.max } : undefined);
    if (spec) {
        const key = raw.between ? ['between'] : [];
        const min = bound(spec.min, [...key, raw.between ? 'min' : 'min']);
        const max = bound(spec.max, [...key, 'max']);
        checkRange(min, max, at(...(raw.between ? ['between'] : raw.min !== undefined ? ['min'] : ['max'])));
        between = { ...rule(raw.between), min, max, shown: { min: spec.min, max: spec.max } };
    }
    let allowed;
    if (raw.allowed !== undefined) {
        const list = Array.isArray(raw.allowed) ? raw.allowed : raw.allowed.values;
        const values = new Set();
        list.forEach((value, index) => {
            if (numeric) {
                const parsed = parse(typeof value === 'boolean' ? String(value) : value);
                if (parsed === undefined) {
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`The allowed value ${JSON.stringify(value)} is not a valid ${raw.type}.`, {
                        location: at('allowed', ...(Array.isArray(raw.allowed) ? [index] : ['values', index])),
                        hint: `Every allowed value of "${name}" must be of its type.`,
                    });
                }
                values.add(parsed);
            }
            else {
                values.add(String(value));
            }
        });
        allowed = { ...rule(Array.isArray(raw.allowed) ? undefined : raw.allowed), values, shown: list };
    }
    let regex;
    if (raw.regex !== undefined) {
        const source = typeof raw.regex === 'string' ? raw.regex : raw.regex.pattern;
        try {
            regex = { ...rule(typeof raw.regex === 'string' ? undefined : raw.regex), pattern: new RegExp(source, 'u') };
        }
        catch (error) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`The regex of "${name}" does not compile: ${error.message}.`, {
                location: at('regex'),
                hint: 'Write a JavaScript regular expression; escape backslashes in YAML double quotes or use single quotes.',
            });
        }
    }
    const onlyFor = (key, ok, what) => {
        if (!ok) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${key} applies to ${what} columns; "${name}" is ${raw.type}.`, {
                location: at(key),
                hint: `Remove ${key}, or change the column's type.`,
            });
        }
    };
    const stringLike = raw.type === 'string' || raw.type === 'categorical';
    if (raw.length)
        onlyFor('length', stringLike, 'string and categorical');
    if (raw.mean)
        onlyFor('mean', numeric, 'numeric and date');
    if (raw.std)
        onlyFor('std', numeric, 'numeric and date');
    if (raw.quantiles)
        onlyFor('quantiles', numeric, 'numeric and date');
    if (raw.regex !== undefined)
        onlyFor('regex', stringLike, 'string and categorical');
    if (raw.allow_nan !== undefined)
        onlyFor('allow_nan', raw.type === 'float', 'float');
    if (raw.allow_inf !== undefined)
        onlyFor('allow_inf', raw.type === 'float', 'float');
    for (const key of ['length', 'mean', 'std']) {
        const r = raw[key];
        if (r)
            checkRange(r.min, r.max, at(key));
    }
    raw.quantiles?.forEach((q, index) => checkRange(q.min, q.max, at('quantiles', index)));
    // checks resolved by their descriptor alone, from their schema key
    const valueRules = {};
    for (const check of _checks_value_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUE_CHECKS */ .kS) {
        const value = check.resolve ? raw[check.schemaKeys[0]] : undefined;
        if (value !== undefined)
            valueRules[check.kind] = check.resolve(value, { name, type: raw.type, severity, at });
    }
    const notNull = raw.not_null === true ? rule(undefined) : raw.not_null ? rule(raw.not_null) : undefined;
    const uniqueSpec = raw.unique === true ? {} : raw.unique || undefined;
    const range = (r) => r ? { min: r.min, max: r.max, severity: r.severity ?? severity } : undefined;
    return {
        name,
        type: raw.type,
        format: raw.format,
        representation: numeric ? 'number' : 'string',
        parse,
        required: raw.required ?? true,
        severity,
        notNull,
        between,
        allowed,
        regex,
        unique: uniqueSpec ? { severity: uniqueSpec.severity ?? severity } : undefined,
        length: range(raw.length),
        mean: range(raw.mean),
        std: range(raw.std),
        quantiles: (raw.quantiles ?? []).map((q) => ({ q: q.q, min: q.min, max: q.max, severity: q.severity ?? severity })),
        nan: raw.type === 'float' && !raw.allow_nan ? severity : undefined,
        inf: raw.type === 'float' && !raw.allow_inf ? severity : undefined,
        valueRules,
        location: at(),
    };
}


/***/ }),

/***/ 46972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ DEFAULT_NA_VALUES)
/* harmony export */ });
const DEFAULT_NA_VALUES = ['', 'NA', 'N/A', 'null', 'NULL', 'None'];


/***/ }),

/***/ 63557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ planValidation)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config_config = __webpack_require__(81122);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/data/schema/load-schema.ts
var load_schema = __webpack_require__(80222);
// EXTERNAL MODULE: ./src/data/validate/infer-types.ts
var infer_types = __webpack_require__(90947);
// EXTERNAL MODULE: ./src/shared/did-you-mean.ts
var did_you_mean = __webpack_require__(44498);
// EXTERNAL MODULE: ./src/data/parts/sources.ts + 9 modules
var sources = __webpack_require__(96104);
;// CONCATENATED MODULE: ./src/data/validate/config-data.ts
/**
 * What mlops.yml's `data:` section names, checked against the files before a row is validated, so a
 * typo is an error at its line in mlops.yml (docs/architecture.md "Config") rather than a message
 * about some other file, or a check that quietly disappears from the report.
 */




/**
 * Each path or glob of `data.train` / `data.eval` must name at least one readable file: otherwise
 * the error points at the entry in mlops.yml, with the reader's reason.
 */
async function checkConfiguredPaths(loaded, key, resolved) {
    const value = loaded.config.data[key];
    const written = (0,config_config/* asList */.D)(value);
    for (const [index, file] of resolved.entries()) {
        try {
            await (0,sources/* expandPaths */.pR)([file], loaded.dir);
        }
        catch (error) {
            if (!(0,errors/* isUserError */.iU)(error))
                throw error;
            const at = Array.isArray(value) ? ['data', key, index] : ['data', key];
            throw new errors/* ConfigError */.xL(`data.${key} names ${JSON.stringify(written[index])}, which cannot be read: ${error.message}`, {
                location: { ...loaded.source.locate(at), key: at.join('.') },
                hint: `Paths in mlops.yml are relative to its folder (${loaded.dir}): correct data.${key}, or create the file.`,
                cause: error,
            });
        }
    }
}
/**
 * `data.label` must be a column of the data and of the data schema: the conflicting-labels check
 * runs on it, and a label the schema does not know would turn that check off without a word.
 * A label the schema itself names (`dataset.label`) is the schema's to check.
 */
async function checkConfiguredLabel(loaded, schema, train, cwd, format) {
    const label = loaded.config.data.label;
    if (label === undefined || schema.raw.dataset?.label !== undefined || schema.resolved.byName.has(label))
        return;
    const location = { ...loaded.source.locate(['data', 'label']), key: 'data.label' };
    const [file] = await (0,sources/* expandPaths */.pR)(train.slice(0, 1), cwd);
    const columns = await headerOf(file, format);
    if (columns === undefined)
        return;
    if (!columns.includes(label)) {
        throw new errors/* ConfigError */.xL(`data.label names the column "${label}", which ${file} does not have.${(0,did_you_mean/* didYouMean */.a)(label, columns)}`, {
            location,
            hint: `Name the label column as the data writes it (columns: ${columns.join(', ')}).`,
        });
    }
    throw new errors/* ConfigError */.xL(`data.label names the column "${label}", which the data schema (${schema.resolved.file}) does not define, so the conflicting-labels check could not run.${(0,did_you_mean/* didYouMean */.a)(label, schema.resolved.byName.keys())}`, {
        location,
        hint: `Add "${label}" under columns in ${schema.resolved.file}, or correct data.label.`,
    });
}
/** A data file's column names from its first batch, or undefined when it has no rows (validation says so). */
async function headerOf(file, format) {
    try {
        for await (const batch of (0,sources/* fileBatches */.J8)(file, format, 1))
            return batch.columns;
    }
    catch (error) {
        // The reader's own error comes again, with its location, when the file is validated.
        if ((0,errors/* isUserError */.iU)(error))
            return undefined;
        throw error;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/data/parallel/standby.ts
var standby = __webpack_require__(63951);
;// CONCATENATED MODULE: ./src/data/validate/build-settings.ts










const DEFAULT_PROFILE_OUT = '.mlops/profile.json';
const DEFAULT_REPORT_OUT = '.mlops/validate-report.json';
/** Builds the one settings object of a validation (docs/architecture.md "Conventions"): request first, then mlops.yml, then defaults. */
async function planValidation(request) {
    const configPath = request.config ? external_node_path_default().resolve(request.cwd, request.config) : undefined;
    let loaded;
    if (configPath && ((0,external_node_fs_.existsSync)(configPath) || !request.configIsDefault))
        loaded = await (0,config_config/* loadConfig */.Z)(configPath);
    const config = loaded?.config;
    if (config?.validate?.drift && loaded)
        checkDriftThresholds(config.validate.drift, loaded);
    // Paths from mlops.yml are relative to its folder; paths given as options are relative to cwd.
    const fromConfig = (p) => external_node_path_default().resolve(loaded.dir, p);
    const fromRequest = (p) => external_node_path_default().resolve(request.cwd, p);
    const train = request.data?.length ? request.data.map(fromRequest) : (0,config_config/* asList */.D)(config?.data.train).map(fromConfig);
    if (train.length === 0) {
        throw new errors/* InputError */.dz('No data to validate: give data paths, or a config file whose data.train names them.', {
            hint: configPath ? `${configPath} was not found; pass --data FILE (action input "data") or create it.` : 'Pass --data FILE or --config mlops.yml.',
        });
    }
    const evalPaths = request.eval?.length ? request.eval.map(fromRequest) : request.data?.length ? [] : (0,config_config/* asList */.D)(config?.data.eval).map(fromConfig);
    if (loaded && !request.data?.length)
        await checkConfiguredPaths(loaded, 'train', train);
    if (loaded && !request.data?.length && !request.eval?.length)
        await checkConfiguredPaths(loaded, 'eval', evalPaths);
    const label = config?.data.label;
    const resolveOptions = { label, hasEval: evalPaths.length > 0 };
    const format = request.format ?? config?.data.format;
    // Without a schema the columns' types are read from the data first, so profiles and drift treat
    // numbers as numbers; every column is then only profiled, and the dataset-wide checks still run.
    const schema = request.schema
        ? await (0,load_schema/* loadSchemaFile */.C0)(fromRequest(request.schema), resolveOptions)
        : config?.data.schema !== undefined
            ? await (0,load_schema/* loadConfiguredSchema */._3)(loaded.source, loaded.dir, config.data.schema, resolveOptions)
            : (0,load_schema/* loadSchemaFromRaw */.eM)(await (0,infer_types/* inferColumnTypes */.g)(train, request.cwd, format), resolveOptions);
    if (loaded)
        await checkConfiguredLabel(loaded, schema, train, request.cwd, format);
    const validate = config?.validate ?? {};
    const drift = validate.drift;
    const driftOptions = drift
        ? {
            ...(drift.psi && { psi: drift.psi }),
            ...(drift.js && { js: drift.js }),
            ...(drift.linf && { linf: drift.linf }),
            ...(drift.drifted_share_fail !== undefined && { driftedShareFail: drift.drifted_share_fail }),
            ...(drift.columns && { columns: drift.columns }),
        }
        : {};
    const baseline = request.baseline ? fromRequest(request.baseline) : validate.baseline ? fromConfig(validate.baseline) : undefined;
    const outPath = (requested, configured, fallback) => configured && !requested ? fromConfig(configured) : (0,paths/* projectPath */.D)(requested, { cwd: request.cwd, projectDir: loaded?.dir ?? request.cwd }, fallback);
    return {
        settings: {
            cwd: request.cwd,
            train,
            eval: evalPaths,
            format,
            schema,
            baseline,
            drift: driftOptions,
            failOn: request.failOn ?? validate.fail_on ?? 'error',
            parallelism: request.parallelism ?? (0,standby/* defaultParallelism */.sZ)(),
            workerScript: request.workerScript,
        },
        profileOut: outPath(request.profileOut, validate.profile_out, DEFAULT_PROFILE_OUT),
        reportOut: outPath(request.reportOut, validate.report, DEFAULT_REPORT_OUT),
    };
}
/** A warn threshold above its fail threshold is a mistake JSON Schema cannot see. */
function checkDriftThresholds(drift, loaded) {
    const check = (t, path) => {
        if (t?.warn !== undefined && t.fail !== undefined && t.warn > t.fail) {
            throw new errors/* ConfigError */.xL(`Drift threshold ${path.join('.')}: warn (${t.warn}) is above fail (${t.fail}).`, {
                location: { ...loaded.source.locate(path), key: path.join('.') },
                hint: 'A column warns at the lower value and fails at the higher one: swap them.',
            });
        }
    };
    for (const metric of ['psi', 'js', 'linf']) {
        check(drift[metric], ['validate', 'drift', metric]);
        for (const [column, overrides] of Object.entries(drift.columns ?? {}))
            check(overrides[metric], ['validate', 'drift', 'columns', column, metric]);
    }
}


/***/ }),

/***/ 90947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ inferColumnTypes)
/* harmony export */ });
/* harmony import */ var _values_parse_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57444);
/* harmony import */ var _values_parse_date_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19673);
/* harmony import */ var _parts_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96104);
/* harmony import */ var _schema_resolved_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46972);




/** A categorical column has at most this many distinct values (and repeats them). */
const MAX_CATEGORIES = 20;
/** Which types every non-missing value of a column still fits. */
class TypeCandidates {
    int = true;
    float = true;
    bool = true;
    date = true;
    datetime = true;
    values = 0;
    distinct = new Set();
    overflow = false;
    see(value) {
        this.values++;
        if (this.int && (0,_values_parse_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInt64 */ .pX)(value) === undefined)
            this.int = false;
        if (this.float && (0,_values_parse_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFloat64 */ .yE)(value) === undefined)
            this.float = false;
        if (this.bool && (0,_values_parse_number_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBool */ .q6)(value) === undefined)
            this.bool = false;
        if (this.date && (0,_values_parse_date_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoDate */ .jT)(value) === undefined)
            this.date = false;
        if (this.datetime && (0,_values_parse_date_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoDateTime */ .GU)(value) === undefined)
            this.datetime = false;
        if (!this.overflow) {
            this.distinct.add(String(value));
            if (this.distinct.size > MAX_CATEGORIES)
                this.overflow = true;
        }
    }
    /** The narrowest type that fits: int before bool so 0/1 columns stay numbers. */
    type() {
        if (this.values === 0)
            return 'string';
        if (this.int)
            return 'int';
        if (this.bool)
            return 'bool';
        if (this.float)
            return 'float';
        if (this.date)
            return 'date';
        if (this.datetime)
            return 'datetime';
        return !this.overflow && this.distinct.size < this.values ? 'categorical' : 'string';
    }
}
/**
 * The type of every column, read from all of its values: a schema with types and no expectations
 * (unexpected columns allowed). Used to start a schema, and to profile data that has none, so that
 * numbers are profiled as numbers and drift compares distributions rather than strings.
 */
async function inferColumnTypes(patterns, cwd, format) {
    const candidates = new Map();
    const na = new Set(_schema_resolved_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_NA_VALUES */ .j);
    for (const file of await (0,_parts_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .expandPaths */ .pR)(patterns, cwd)) {
        for await (const batch of (0,_parts_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .fileBatches */ .J8)(file, format, 2048)) {
            batch.columns.forEach((name, c) => {
                let candidate = candidates.get(name);
                if (!candidate)
                    candidates.set(name, (candidate = new TypeCandidates()));
                for (const v of batch.cells[c]) {
                    if (v === null || v === undefined || (typeof v === 'string' && na.has(v)))
                        continue;
                    candidate.see(v);
                }
            });
        }
    }
    const schema = { columns: {}, dataset: { unexpected_columns: 'allow' } };
    for (const [name, candidate] of candidates)
        schema.columns[name] = { type: candidate.type(), required: false };
    return schema;
}


/***/ }),

/***/ 57208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/data/hash/cell-hash.ts
/**
 * 64-bit hashes of cells, as two 32-bit halves, for uniqueness, duplicate rows, conflicting labels and
 * train/eval leakage. Two independently seeded 32-bit murmur-style hashes make accidental collisions
 * negligible at the row counts we see (about n^2 / 2^65: 1e-7 for 3 million rows) without BigInt,
 * which would allocate per cell. Hand-written because it runs once per cell in the hot loop.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const SEED_A = 0x9747b28c;
const SEED_B = 0x2545f491;
function fmix(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** Folds one 32-bit word into a running hash (murmur3's body step): step(h, scramble(k)). */
function mix(h, k) {
    return step(h, scramble(k));
}
/** The half of mix() that depends only on the word. */
function scramble(k) {
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    return Math.imul(k, 0x1b873593);
}
/**
 * The half of mix() that folds a scrambled word into the running hash. Row hashes fold cell hashes
 * with it alone: those are fmix outputs already, as well scrambled as scramble() would make them.
 */
function step(h, k) {
    h ^= k;
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
/** A fixed hash for a missing value, distinct from any string or number hash in practice. */
function hashNull(seed) {
    return fmix(seed ^ 0x5bd1e995);
}
/** The hash pair of a missing cell in row hashes. */
const NULL_A = hashNull(SEED_A);
const NULL_B = hashNull(SEED_B);
/**
 * Both halves of a string's 64-bit hash in one pass over its characters (the hot loop hashes every
 * cell). Returns half A; half B is left in `pair.b` rather than returned in an object, which would
 * allocate once per cell.
 */
const pair = { b: 0 };
function hashStringPair(s) {
    return hashTextPair(s, 0, s.length);
}
const ONE_A = new Uint32Array(1);
const ONE_B = new Uint32Array(1);
/** hashStringPair of text.slice(start, end), without making that string (text-cells.ts). */
function hashTextPair(text, start, end) {
    hashTextInto(text, start, end, ONE_A, ONE_B, 0);
    pair.b = ONE_B[0];
    return ONE_A[0];
}
/**
 * The hash pair of text.slice(start, end) written to outA[i] and outB[i] (the hot loop's cell
 * hash arrays): returned from a call V8 does not inline, a 32-bit hash above 2^30 is boxed into a
 * heap number, one allocation per text cell; stored into typed arrays it is not.
 *
 * Characters go in groups of four: a group whose four code units are all below 256 (any ASCII or
 * Latin-1 text) is one 32-bit word, any other group two words of two code units. A value is a
 * function of its code units only, so a cell hashes the same whichever reader it came from; and
 * most text takes one mixing step per four characters instead of two (this runs for every text cell).
 */
function hashTextInto(text, start, end, outA, outB, i0) {
    const n = end - start;
    let a = SEED_A ^ n;
    let b = SEED_B ^ n;
    let i = start;
    for (; i + 3 < end; i += 4) {
        const c0 = text.charCodeAt(i);
        const c1 = text.charCodeAt(i + 1);
        const c2 = text.charCodeAt(i + 2);
        const c3 = text.charCodeAt(i + 3);
        if ((c0 | c1 | c2 | c3) < 256) {
            // mix(a, k) and mix(b, k) with the word's scrambling (the same for both halves) done once
            const k = scramble(c0 | (c1 << 8) | (c2 << 16) | (c3 << 24));
            a = step(a, k);
            b = step(b, k);
        }
        else {
            const k = c0 | (c1 << 16);
            const l = c2 | (c3 << 16);
            a = mix(mix(a, k), l);
            b = mix(mix(b, k), l);
        }
    }
    if (i < end) {
        // the last one to three characters: one word when they fit in bytes, else one word per character
        let k = 0;
        let wide = false;
        for (let shift = 0; i < end; i++, shift += 8) {
            const c = text.charCodeAt(i);
            if (c >= 256)
                wide = true;
            k |= c << shift;
        }
        if (!wide) {
            a = mix(a, k);
            b = mix(b, k);
        }
        else {
            for (let j = end - ((end - start) & 3); j < end; j++) {
                a = mix(a, text.charCodeAt(j));
                b = mix(b, text.charCodeAt(j));
            }
        }
    }
    outA[i0] = fmix(a);
    outB[i0] = fmix(b);
}
/**
 * Both halves of a number's hash; half B in `pair.b`, as hashStringPair. The float64's two words go
 * through two Feistel rounds with the fmix finalizer as round function: a bijection of 64 bits, so
 * distinct numbers never share a pair, at half the multiplies of hashing each half separately (it
 * runs for every numeric cell). Both halves depend on every bit of the value.
 */
function hashNumberPair(x) {
    f64[0] = x === 0 ? 0 : x;
    const lo = u32[0];
    const hi = u32[1];
    const b = (hi ^ fmix(lo ^ SEED_A)) >>> 0;
    const a = (lo ^ fmix(b ^ SEED_B)) >>> 0;
    pair.b = (b ^ fmix(a)) >>> 0;
    return a;
}

;// CONCATENATED MODULE: ./src/data/profile/hash.ts
/**
 * The profile's 32-bit hashes (distinct counts, the frequent-value table) are half A of the 64-bit
 * cell hashes of src/data/hash/cell-hash.ts: validation hashes each cell once and hands that half to
 * the profile. One hash family for the whole data path; murmur3-style mixing with a full-avalanche
 * finalizer, so HyperLogLog can take its register index from the high bits and its rank from the low.
 */


;// CONCATENATED MODULE: ./src/data/profile/select-kth.ts
/**
 * The value that would stand at index `k` if `a` were sorted ascending, found by quickselect
 * (Hoare partitions around a median of three; `a` is reordered). Misra-Gries needs one order
 * statistic per reduction of its 2049 counts, and quickselect finds it in about a tenth of a full
 * sort's time. Counts repeat a lot (many are 1),
 * and Hoare's partition splits runs of equal values evenly, so they do not degrade it.
 */
function selectKth(a, k) {
    if (!(k >= 0 && k < a.length))
        throw new RangeError(`index ${k} is outside 0..${a.length - 1}`);
    let lo = 0;
    let hi = a.length - 1;
    while (hi > lo) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < a[lo])
            swap(a, lo, mid);
        if (a[hi] < a[lo])
            swap(a, lo, hi);
        if (a[hi] < a[mid])
            swap(a, mid, hi);
        const pivot = a[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                swap(a, i, j);
                i++;
                j--;
            }
        }
        // a[lo..j] <= pivot <= a[i..hi]; anything strictly between j and i equals the pivot
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
function swap(a, i, j) {
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
}

;// CONCATENATED MODULE: ./src/data/profile/frequent-strings.ts



/** Default capacity: exact up to 2048 distinct values, then error <= n / 1025. */
const DEFAULT_FREQUENT_CAPACITY = 2048;
class FrequentStrings {
    capacity;
    total = 0;
    error = 0;
    size = 0;
    /** Who holds the entries now, if lent (lend): every use here first has them given back. */
    holder;
    keys;
    /** Halves A and B of each key's 64-bit cell hash. */
    hashes;
    hashesB;
    counts;
    /** Open-addressing slots holding key index + 1 (0 = empty); twice the capacity, power of two. */
    slots;
    mask;
    constructor(capacity = DEFAULT_FREQUENT_CAPACITY) {
        if (!Number.isInteger(capacity) || capacity < 2)
            throw new RangeError(`capacity must be >= 2, got ${capacity}`);
        this.capacity = capacity;
        this.keys = new Array(capacity).fill('');
        this.hashes = new Uint32Array(capacity);
        this.hashesB = new Uint32Array(capacity);
        this.counts = new Float64Array(capacity);
        let slotCount = 1;
        while (slotCount < capacity * 2)
            slotCount *= 2;
        this.slots = new Int32Array(slotCount);
        this.mask = slotCount - 1;
    }
    /** Total number of values added. */
    get n() {
        this.settle();
        return this.total;
    }
    /** Upper bound on how much any count was undercounted (0 while exact). */
    get maxError() {
        this.settle();
        return this.error;
    }
    /** True while no count was ever reduced: counts and the number of keys are exact. */
    get exact() {
        return this.maxError === 0;
    }
    /** Number of distinct keys held (exact distinct count while `exact`). */
    get distinct() {
        this.settle();
        return this.size;
    }
    /** The entries, for `holder` to copy: it holds them from now on, until it gives them back (restore). */
    lend(holder) {
        this.settle();
        this.holder = holder;
        return { size: this.size, keys: this.keys, hashA: this.hashes, hashB: this.hashesB, counts: this.counts, n: this.total, maxError: this.error };
    }
    /** Whether `holder` holds the entries now. */
    lentTo(holder) {
        return this.holder === holder;
    }
    /** Takes back entries in the layout lend() gave out (the holder's giveBack calls it). */
    restore(entries) {
        if (entries.size > this.capacity)
            throw new RangeError(`${entries.size} entries do not fit a capacity of ${this.capacity}`);
        this.holder = undefined;
        for (let i = 0; i < entries.size; i++)
            this.keys[i] = entries.keys[i];
        for (let i = entries.size; i < this.size; i++)
            this.keys[i] = '';
        this.hashes.set(entries.hashA.subarray(0, entries.size));
        this.hashesB.set(entries.hashB.subarray(0, entries.size));
        this.counts.set(entries.counts.subarray(0, entries.size));
        this.size = entries.size;
        this.total = entries.n;
        this.error = entries.maxError;
        this.rebuildSlots();
    }
    settle() {
        const holder = this.holder;
        if (holder !== undefined) {
            this.holder = undefined;
            holder.giveBack();
        }
    }
    /** Adds `weight` occurrences of s. */
    add(s, weight = 1) {
        const a = hashStringPair(s);
        this.addText(s, 0, s.length, a, pair.b, weight);
    }
    /**
     * add() for text.slice(start, end), whose 64-bit cell hash is (hash, hashB): the text is made
     * into a string only when it becomes a key (most cells repeat a held key, found by its hash).
     * Returns true when the value was already held (the caller's HyperLogLog has seen it then).
     */
    addText(text, start, end, hash, hashB, weight = 1) {
        if (this.holder !== undefined)
            this.settle();
        this.total += weight;
        let slot = hash & this.mask;
        for (;;) {
            const entry = this.slots[slot];
            if (entry === 0)
                break;
            const i = entry - 1;
            if (this.hashes[i] === hash && this.hashesB[i] === hashB) {
                this.counts[i] += weight;
                return true;
            }
            slot = (slot + 1) & this.mask;
        }
        if (this.size === this.capacity) {
            this.reduce(weight);
            // The newcomer competed in the reduction; keep what is left of it.
            const left = weight - this.lastCut;
            if (left > 0)
                this.insertNew(text.slice(start, end), hash, hashB, left);
            return false;
        }
        this.slots[slot] = this.size + 1;
        this.keys[this.size] = text.slice(start, end);
        this.hashes[this.size] = hash >>> 0;
        this.hashesB[this.size] = hashB >>> 0;
        this.counts[this.size] = weight;
        this.size++;
        return false;
    }
    lastCut = 0;
    scratch;
    /**
     * Subtracts the (k+1)-th largest count among the held counters and a newcomer of count
     * `incoming` (k = capacity / 2), drops counters that reach 0 and rebuilds the slots.
     */
    reduce(incoming) {
        const k = this.capacity >> 1;
        // A column of mostly distinct values reduces once per ~capacity/2 new values: reuse the scratch.
        const all = (this.scratch ??= new Float64Array(this.capacity + 1)).subarray(0, this.size + 1);
        all.set(this.counts.subarray(0, this.size));
        all[this.size] = incoming;
        const cut = selectKth(all, all.length - 1 - k);
        this.lastCut = cut;
        this.error += cut;
        let kept = 0;
        for (let i = 0; i < this.size; i++) {
            const c = this.counts[i] - cut;
            if (c <= 0)
                continue;
            this.keys[kept] = this.keys[i];
            this.hashes[kept] = this.hashes[i];
            this.hashesB[kept] = this.hashesB[i];
            this.counts[kept] = c;
            kept++;
        }
        for (let i = kept; i < this.size; i++)
            this.keys[i] = '';
        this.size = kept;
        this.rebuildSlots();
    }
    rebuildSlots() {
        this.slots.fill(0);
        for (let i = 0; i < this.size; i++) {
            let slot = this.hashes[i] & this.mask;
            while (this.slots[slot] !== 0)
                slot = (slot + 1) & this.mask;
            this.slots[slot] = i + 1;
        }
    }
    insertNew(s, hash, hashB, count) {
        let slot = hash & this.mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & this.mask;
        this.slots[slot] = this.size + 1;
        this.keys[this.size] = s;
        this.hashes[this.size] = hash >>> 0;
        this.hashesB[this.size] = hashB >>> 0;
        this.counts[this.size] = count;
        this.size++;
    }
    /** Adds another summary's counters into this one. */
    merge(other) {
        this.settle();
        other.settle();
        const n = this.total + other.total;
        for (let i = 0; i < other.size; i++)
            this.addText(other.keys[i], 0, other.keys[i].length, other.hashes[i], other.hashesB[i], other.counts[i]);
        // addText() counted only the other's retained weight, and reductions during the loop already grew
        // maxError; the other's own undercount adds to both.
        this.total = n;
        this.error += other.error;
    }
    /** All held keys with their (lower-bound) counts, largest first, ties by key for determinism. */
    entries() {
        this.settle();
        const out = [];
        for (let i = 0; i < this.size; i++)
            out.push({ value: this.keys[i], count: this.counts[i] });
        out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
        return out;
    }
    toState() {
        this.settle();
        return {
            capacity: this.capacity,
            keys: this.keys.slice(0, this.size),
            counts: this.counts.slice(0, this.size),
            maxError: this.error,
            n: this.total,
        };
    }
    static fromState(state) {
        const f = new FrequentStrings(state.capacity);
        for (let i = 0; i < state.keys.length; i++) {
            const a = hashStringPair(state.keys[i]);
            f.insertNew(state.keys[i], a, pair.b, state.counts[i]);
        }
        f.total = state.n;
        f.error = state.maxError;
        return f;
    }
}

;// CONCATENATED MODULE: ./src/data/profile/types.ts
/**
 * The JSON a profile is written as (e.g. the baseline artifact of validate-data). Everything drift
 * needs is in here — quantile table, exact small samples, category frequencies — so comparing two
 * datasets never re-reads rows. Numbers are finite or null (JSON has no NaN or Infinity).
 */
/** The quantiles every numeric/datetime profile reports. */
const QUANTILE_KEYS = ['p01', 'p05', 'p25', 'p50', 'p75', 'p95', 'p99'];
/** The current profile format version; readProfile rejects others. */
const PROFILE_SCHEMA_VERSION = 1;

;// CONCATENATED MODULE: ./src/data/profile/finalize-column.ts

/** Quantile table resolution: 1000 steps, so interpolation adds at most 0.1% rank error. */
const QUANTILE_TABLE_STEPS = 1000;
/** Numeric columns with at most this many finite values keep them all (exact small-sample tests). */
const EXACT_VALUES_LIMIT = 1000;
/** String columns with at most this many distinct values keep every category frequency. */
const CATEGORY_LIMIT = 1000;
/** Categories kept (plus an "other" count) when the domain is larger. */
const CATEGORY_TOP_WHEN_LARGE = 100;
const TOP_VALUES = 20;
const HISTOGRAM_BINS = 20;
const QUANTILE_LEVELS = {
    p01: 0.01,
    p05: 0.05,
    p25: 0.25,
    p50: 0.5,
    p75: 0.75,
    p95: 0.95,
    p99: 0.99,
};
/** Builds the JSON profile of a column from a (flushed) profiler. */
function finalizeColumn(p) {
    const profile = {
        kind: p.kind,
        count: p.count,
        nulls: p.nulls,
        nullFraction: p.count === 0 ? 0 : p.nulls / p.count,
        nan: p.nan,
        inf: { positive: p.posInf, negative: p.negInf },
        valid: 0,
        min: null,
        max: null,
        mean: null,
        std: null,
        quantiles: null,
        iso: null,
        distinctApprox: 0,
        distinctExact: true,
        top: null,
        topMaxError: 0,
        histogram: null,
        length: null,
        quantileTable: null,
        exactValues: null,
        categories: null,
    };
    if (p.kind === 'numeric' || p.kind === 'datetime')
        fillNumeric(p, profile);
    else if (p.kind === 'string')
        fillString(p, profile);
    else
        fillBoolean(p, profile);
    return profile;
}
function fillNumeric(p, out) {
    const m = p.moments;
    out.valid = m.n;
    if (m.n === 0)
        return;
    const cdf = p.sketch.cdf();
    const quantile = (q) => (q <= 0 ? m.min : q >= 1 ? m.max : clamp(cdf.quantile(q), m.min, m.max));
    out.min = m.min;
    out.max = m.max;
    out.mean = m.mean;
    out.std = m.std;
    out.quantiles = mapLevels((q) => quantile(q));
    const points = [];
    for (let i = 0; i <= QUANTILE_TABLE_STEPS; i++)
        points.push(quantile(i / QUANTILE_TABLE_STEPS));
    out.quantileTable = { points, rankError: p.sketch.rankErrorBound };
    out.histogram = histogram(cdf, m.min, m.max, m.n);
    if (p.sketch.exact) {
        // Every value is still in the sketch: the distinct count is exact too.
        out.distinctApprox = countDistinctSorted(cdf.values);
        if (m.n <= EXACT_VALUES_LIMIT)
            out.exactValues = Array.from(cdf.values);
    }
    else {
        out.distinctApprox = Math.min(Math.round(p.hll.estimate()), m.n);
        out.distinctExact = false;
    }
    if (p.kind === 'datetime') {
        out.iso = {
            min: toIso(m.min),
            max: toIso(m.max),
            quantiles: mapLevels((q) => toIso(quantile(q))),
        };
    }
}
function fillString(p, out) {
    const valid = p.count - p.nulls;
    out.valid = valid;
    const f = p.frequent;
    const entries = f.entries();
    out.top = entries.slice(0, TOP_VALUES);
    out.topMaxError = f.maxError;
    if (f.exact) {
        out.distinctApprox = f.distinct;
    }
    else {
        out.distinctApprox = Math.min(Math.max(Math.round(p.hll.estimate()), f.distinct), valid);
        out.distinctExact = false;
    }
    const small = f.exact && entries.length <= CATEGORY_LIMIT;
    const listed = small ? entries : entries.slice(0, CATEGORY_TOP_WHEN_LARGE);
    const listedTotal = listed.reduce((sum, e) => sum + e.count, 0);
    out.categories = { values: listed, other: Math.max(0, valid - listedTotal), exact: small };
    if (valid > 0)
        out.length = { min: p.lengthMin, mean: p.lengthSum / valid, max: p.lengthMax };
}
function fillBoolean(p, out) {
    out.valid = p.trueCount + p.falseCount;
    const values = [
        { value: 'true', count: p.trueCount },
        { value: 'false', count: p.falseCount },
    ]
        .filter((v) => v.count > 0)
        .sort((a, b) => b.count - a.count);
    out.top = values;
    out.distinctApprox = values.length;
    out.categories = { values, other: 0, exact: true };
    if (out.valid > 0)
        out.mean = p.trueCount / out.valid;
}
/**
 * Equal-width bins from min to max with counts estimated from the sketch's CDF (the first bin
 * includes min), so the histogram needs no second pass over the rows; counts are integers.
 */
function histogram(cdf, min, max, n) {
    if (!(max > min))
        return { edges: [min, max], counts: [n] };
    const edges = [];
    for (let i = 0; i <= HISTOGRAM_BINS; i++)
        edges.push(i === HISTOGRAM_BINS ? max : min + ((max - min) * i) / HISTOGRAM_BINS);
    // Counts are whole rows: each bin is the rounded cumulative count at its right edge minus the one
    // before, so no bin reads 5.999999999999999 and the bins still add up to n exactly.
    const counts = [];
    let previous = 0;
    for (let i = 1; i <= HISTOGRAM_BINS; i++) {
        const cumulative = i === HISTOGRAM_BINS ? n : Math.max(previous, Math.min(n, Math.round(cdf.le(edges[i]) * n)));
        counts.push(cumulative - previous);
        previous = cumulative;
    }
    return { edges, counts };
}
function mapLevels(f) {
    const out = {};
    for (const key of QUANTILE_KEYS)
        out[key] = f(QUANTILE_LEVELS[key]);
    return out;
}
function countDistinctSorted(values) {
    let distinct = 0;
    for (let i = 0; i < values.length; i++)
        if (i === 0 || values[i] !== values[i - 1])
            distinct++;
    return distinct;
}
function clamp(x, lo, hi) {
    return x < lo ? lo : x > hi ? hi : x;
}
/** ISO 8601 for epoch milliseconds; out-of-range dates (beyond ±8.64e15 ms) are shown as numbers. */
function toIso(ms) {
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
}

// EXTERNAL MODULE: ./src/data/profile/hyperloglog.ts
var hyperloglog = __webpack_require__(67976);
;// CONCATENATED MODULE: ./src/data/profile/moments.ts
/**
 * Count, mean, variance, min and max of finite numbers. Blocks are summarised with an exact
 * two-pass pass (no division per value, numerically stable) and combined with Chan et al.'s
 * parallel formula, which is also how two workers' results merge.
 */
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    /** Adds one finite value (Welford's update). */
    add(x) {
        const n = ++this.n;
        const delta = x - this.mean;
        this.mean += delta / n;
        this.m2 += delta * (x - this.mean);
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
    }
    /** Adds values[0..length) (all finite) with a stable two-pass summary, then merges it. */
    addBlock(values, length) {
        if (length === 0)
            return;
        let sum = 0;
        let min = this.min;
        let max = this.max;
        for (let i = 0; i < length; i++) {
            const x = values[i];
            sum += x;
            if (x < min)
                min = x;
            if (x > max)
                max = x;
        }
        const mean = sum / length;
        let m2 = 0;
        for (let i = 0; i < length; i++) {
            const d = values[i] - mean;
            m2 += d * d;
        }
        this.combine(length, mean, m2);
        this.min = min;
        this.max = max;
    }
    /** Chan, Golub & LeVeque's pairwise combination of (n, mean, m2) summaries. */
    combine(nB, meanB, m2B) {
        const nA = this.n;
        if (nB === 0)
            return;
        if (nA === 0) {
            this.n = nB;
            this.mean = meanB;
            this.m2 = m2B;
            return;
        }
        const n = nA + nB;
        const delta = meanB - this.mean;
        this.mean += (delta * nB) / n;
        this.m2 += m2B + (delta * delta * nA * nB) / n;
        this.n = n;
    }
    merge(other) {
        this.combine(other.n, other.mean, other.m2);
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
    }
    /** Sample standard deviation (divides by n - 1, like pandas); 0 for one value, NaN for none. */
    get std() {
        if (this.n < 2)
            return this.n === 0 ? NaN : 0;
        return Math.sqrt(this.m2 / (this.n - 1));
    }
    toState() {
        return { n: this.n, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
    }
    static fromState(state) {
        const m = new Moments();
        Object.assign(m, { n: state.n, mean: state.mean, m2: state.m2, min: state.min, max: state.max });
        return m;
    }
}

// EXTERNAL MODULE: ./src/data/kernel/csv-kernel.ts + 1 modules
var csv_kernel = __webpack_require__(3591);
;// CONCATENATED MODULE: ./src/data/profile/radix-sort.ts

/**
 * In-place ascending sort of a Float64Array run for the quantile sketch. Written by hand because
 * comparison sorts (TypedArray#sort included) cost 40-60 ns per value on random data in V8 (branch
 * mispredictions), which alone would blow the profiling budget; byte-wise LSD radix passes are
 * branch-free and cost a few ns per value per pass.
 *
 * Doubles are mapped to unsigned keys that order like the numbers (flip all bits of negatives, the
 * sign bit of positives). The run is radix-sorted on the high 32 bits (sign, exponent and 20
 * mantissa bits); ties on those bits (close values, e.g. timestamps within the same ~17 minutes)
 * are then sorted on the low 32 bits, run by run. Passes whose byte is the same for every value
 * are skipped. NaN must not be passed (the profiler counts it instead); -0 is treated as +0.
 */
class Float64RadixSorter {
    kernel;
    hi;
    hiTmp;
    valTmp;
    counts = new Uint32Array(4 * 256);
    /** @param kernel sort runs of up to KERNEL_SORT_MAX values in WebAssembly (default; false: in JS) */
    constructor(capacity, kernel = true) {
        this.kernel = kernel;
        this.hi = new Uint32Array(capacity);
        this.hiTmp = new Uint32Array(capacity);
        this.valTmp = new Float64Array(capacity);
    }
    /** Sorts values[0..length) in place. */
    sort(values, length) {
        if (length > this.hi.length) {
            this.hi = new Uint32Array(length);
            this.hiTmp = new Uint32Array(length);
            this.valTmp = new Float64Array(length);
        }
        if (length < 2 || ascending(values, length))
            return;
        // The same sort in WebAssembly, 1.5-2.5x faster (any correct sort gives the same array: no NaN, and
        // equal doubles are the same bits since the sketch folds -0 onto +0).
        if (this.kernel && (0,csv_kernel/* csvKernel */.yF)()?.sortFloat64(values, length))
            return;
        const words = new Uint32Array(values.buffer, values.byteOffset, length * 2);
        this.sortByWord(values, words, 1, 0, length);
        // Ties on the high word: sort each tie run on the low word.
        const hi = this.hi;
        let start = 0;
        for (let i = 1; i <= length; i++) {
            if (i === length || hi[i] !== hi[start]) {
                if (i - start > 1)
                    this.sortTies(values, words, start, i);
                start = i;
            }
        }
    }
    sortTies(values, words, from, to) {
        if (to - from <= 16) {
            insertionSort(values, from, to);
            return;
        }
        this.sortByWord(values, words, 0, from, to);
    }
    /**
     * LSD radix sort of values[from..to) on one 32-bit word of the key (word 1 = high, 0 = low).
     * Leaves the sorted high keys in this.hi[from..to) when sorting on the high word.
     */
    sortByWord(values, words, word, from, to) {
        const n = to - from;
        const counts = this.counts;
        counts.fill(0);
        let keys = this.hi.subarray(from, to);
        let keysTmp = this.hiTmp.subarray(from, to);
        let vals = values.subarray(from, to);
        let valsTmp = this.valTmp.subarray(0, n);
        for (let i = 0; i < n; i++) {
            const w = words[2 * (from + i) + word];
            // Order-preserving key; a negative number's sign lives in its high word.
            const hiWord = words[2 * (from + i) + 1];
            const k = word === 1 ? (w ^ ((w >> 31) | 0x80000000)) >>> 0 : (w ^ (hiWord >> 31)) >>> 0;
            keys[i] = k;
            counts[k & 255]++;
            counts[256 + ((k >>> 8) & 255)]++;
            counts[512 + ((k >>> 16) & 255)]++;
            counts[768 + (k >>> 24)]++;
        }
        let swapped = false;
        for (let pass = 0; pass < 4; pass++) {
            const base = pass * 256;
            const shift = pass * 8;
            if (counts[base + ((keys[0] >>> shift) & 255)] === n)
                continue; // every value has this byte
            let sum = 0;
            for (let d = 0; d < 256; d++) {
                const c = counts[base + d];
                counts[base + d] = sum;
                sum += c;
            }
            for (let i = 0; i < n; i++) {
                const k = keys[i];
                const pos = counts[base + ((k >>> shift) & 255)]++;
                keysTmp[pos] = k;
                valsTmp[pos] = vals[i];
            }
            const k = keys;
            keys = keysTmp;
            keysTmp = k;
            const v = vals;
            vals = valsTmp;
            valsTmp = v;
            swapped = !swapped;
        }
        if (swapped) {
            values.set(vals, from);
            if (word === 1)
                this.hi.set(keys, from);
        }
    }
}
/**
 * Whether a[0..length) is already in order: ids, row numbers and timestamps of time-ordered data
 * arrive sorted, and one pass of compares (which stops at the first step down on other data) saves
 * them the radix passes. -0 and +0 count as equal, as in the sort.
 */
function ascending(a, length) {
    for (let i = 1; i < length; i++)
        if (!(a[i - 1] <= a[i]))
            return false;
    return true;
}
/** Insertion sort of a[from..to): cheap for short or nearly sorted ranges. */
function insertionSort(a, from, to) {
    for (let i = from + 1; i < to; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= from && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

;// CONCATENATED MODULE: ./src/data/profile/weighted-cdf.ts
/**
 * A step CDF over sorted values with weights: what the quantile sketch answers queries from, and
 * what exact small samples are evaluated with.
 */
class WeightedCdf {
    values;
    cumulative;
    /** Total weight (number of values represented). */
    total;
    /**
     * @param values ascending, distinct or not
     * @param cumulative cumulative[i] = total weight of values[0..i] (inclusive)
     */
    constructor(values, cumulative) {
        this.values = values;
        this.cumulative = cumulative;
        this.total = values.length === 0 ? 0 : cumulative[values.length - 1];
    }
    /** Builds the CDF of plain (weight 1) values; they need not be sorted. */
    static fromValues(values) {
        const sorted = Float64Array.from(values).sort();
        const cumulative = new Float64Array(sorted.length);
        for (let i = 0; i < sorted.length; i++)
            cumulative[i] = i + 1;
        return new WeightedCdf(sorted, cumulative);
    }
    /** Fraction of the weight at values <= x. */
    le(x) {
        if (this.total === 0)
            return NaN;
        const i = upperBound(this.values, x);
        return i === 0 ? 0 : this.cumulative[i - 1] / this.total;
    }
    /** Fraction of the weight at values < x. */
    lt(x) {
        if (this.total === 0)
            return NaN;
        const i = lowerBound(this.values, x);
        return i === 0 ? 0 : this.cumulative[i - 1] / this.total;
    }
    /** Smallest value v with le(v) >= q (q in [0, 1]). */
    quantile(q) {
        const n = this.values.length;
        if (n === 0)
            return NaN;
        const target = q * this.total;
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.cumulative[mid] >= target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return this.values[lo];
    }
}
/** First index i with a[i] > x (a ascending). */
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** First index i with a[i] >= x (a ascending). */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/data/profile/quantile-sketch.ts


/** Default run size: bounds the rank error by 1% up to n = 2^30 values (see class docs). */
const DEFAULT_RUN_SIZE = 1024;
/**
 * Levels kept before sampling starts (see class docs): sampling begins after 2^6 runs (64K values).
 * Measured max rank error over p01..p99 of 3e6 values (normal, uniform, lognormal) in two parts of
 * 1.5e6, merged as validation's threads do: <= 0.36%, reported bound 0.93%. One level more (6)
 * halved that error but cost 1.6-1.9x the time: sorting was a tenth of validate-data's parse.
 */
const DEFAULT_FULL_LEVELS = 5;
/** ln(2 / 0.01): the Hoeffding bound is reported at 99% confidence. */
const LN_2_OVER_DELTA = Math.log(200);
class QuantileSketch {
    runSize;
    /** Number of values added (the total weight). */
    n = 0;
    levels = [];
    buffer;
    bufferLength = 0;
    spare = [];
    mergeScratch;
    sorter;
    seed;
    fullLevels;
    /** Sampling level: buffered values have weight 2^level. */
    level = 0;
    countdown = 1;
    offset = 0;
    weightSquares = 0;
    constructor(runSize = DEFAULT_RUN_SIZE, seed = 0x2545f491, fullLevels = DEFAULT_FULL_LEVELS) {
        if (!Number.isInteger(runSize) || runSize < 2 || runSize % 2 !== 0) {
            throw new RangeError(`runSize must be an even integer >= 2, got ${runSize}`);
        }
        this.runSize = runSize;
        this.buffer = new Float64Array(runSize);
        this.mergeScratch = new Float64Array(2 * runSize);
        this.sorter = new Float64RadixSorter(runSize);
        this.seed = seed | 0 || 1;
        this.fullLevels = fullLevels;
    }
    /** Adds one value; it must not be NaN. */
    add(x) {
        this.n++;
        if (--this.countdown > 0)
            return; // not this block's sample
        this.buffer[this.bufferLength++] = x + 0; // fold -0 onto +0
        const weight = 1 << this.level;
        if (weight > 1)
            this.weightSquares += weight * weight;
        const restOfBlock = weight - this.offset;
        if (this.bufferLength === this.runSize)
            this.flush(); // may raise the sampling level
        this.offset = this.level === 0 ? 0 : this.nextBits(this.level);
        this.countdown = restOfBlock + this.offset;
    }
    /**
     * Adds values[0..length): the same as add() for each, but values that are not their block's
     * sample are skipped in one step (at 3 million values, 31 of 32 are), not counted down one by one.
     */
    addBlock(values, length) {
        let i = 0;
        while (i < length) {
            const skip = Math.max(0, Math.min(this.countdown - 1, length - i));
            this.n += skip;
            this.countdown -= skip;
            i += skip;
            if (i < length)
                this.add(values[i++]); // countdown is 1: this one is sampled
        }
    }
    flush() {
        const run = this.buffer;
        this.sorter.sort(run, this.runSize);
        this.buffer = this.spare.pop() ?? new Float64Array(this.runSize);
        this.bufferLength = 0;
        this.carry(run, this.level);
        this.level = Math.max(this.level, this.levels.length - 1 - this.fullLevels);
    }
    /** Puts a sorted run of weight 2^level into the hierarchy, compacting upwards while occupied. */
    carry(run, level) {
        let h = level;
        for (;;) {
            const resident = h < this.levels.length ? this.levels[h] : null;
            if (!resident)
                break;
            this.levels[h] = null;
            mergeSorted(resident, run, this.mergeScratch);
            // Keep every other value from a random offset: the run's rank estimates stay unbiased.
            const offset = this.nextBit();
            const b = this.runSize;
            const merged = this.mergeScratch;
            for (let i = 0; i < b; i++)
                resident[i] = merged[2 * i + offset];
            this.spare.push(run);
            run = resident;
            h++;
        }
        while (this.levels.length <= h)
            this.levels.push(null);
        this.levels[h] = run;
    }
    /** The top `bits` (1..31) bits of the next xorshift32 output. */
    nextBits(bits) {
        let x = this.seed;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.seed = x | 0; // int32 keeps the field a small integer in V8 (uint32 would box it)
        return x >>> (32 - bits);
    }
    nextBit() {
        return this.nextBits(1);
    }
    /** Keeps each buffered value with probability 2^-(levels): re-weights the buffer upwards. */
    thinBuffer(levels) {
        if (levels <= 0)
            return;
        let kept = 0;
        for (let i = 0; i < this.bufferLength; i++)
            if (this.nextBits(Math.min(levels, 31)) === 0)
                this.buffer[kept++] = this.buffer[i];
        this.bufferLength = kept;
        this.weightSquares += kept * 4 ** (this.level + levels);
    }
    /** Adds another sketch's values into this one (both must have the same run size). */
    merge(other) {
        if (other.runSize !== this.runSize) {
            throw new RangeError(`cannot merge quantile sketches of run sizes ${this.runSize} and ${other.runSize}`);
        }
        for (let h = 0; h < other.levels.length; h++) {
            const run = other.levels[h];
            if (run)
                this.carry(Float64Array.from(run), h);
        }
        // Both buffers must end at the same weight: the higher sampling level wins, values of the lower
        // one are kept with probability 2^-(difference) (unbiased thinning).
        const level = Math.max(this.level, other.level);
        this.thinBuffer(level - this.level);
        this.level = level;
        this.weightSquares += other.weightSquares;
        for (let i = 0; i < other.bufferLength; i++) {
            const keepBits = this.level - other.level; // flush() may raise the level mid-loop
            if (keepBits > 0) {
                if (this.nextBits(Math.min(keepBits, 31)) !== 0)
                    continue;
                this.weightSquares += 4 ** this.level;
            }
            this.buffer[this.bufferLength++] = other.buffer[i];
            if (this.bufferLength === this.runSize)
                this.flush();
        }
        this.n += other.n;
    }
    /** True while no value was compacted or sampled away: answers are exact. */
    get exact() {
        return this.levels.length <= 1 && this.level === 0;
    }
    /**
     * Bound on the rank error of a query, as a fraction of n (see class docs): the deterministic
     * compaction bound (levels compacted) / (2b) plus the sampling error at 99% confidence.
     * 0 while exact.
     */
    get rankErrorBound() {
        if (this.n === 0)
            return 0;
        const compaction = Math.max(0, this.levels.length - 1) / (2 * this.runSize);
        const sampled = Math.sqrt((this.weightSquares * LN_2_OVER_DELTA) / 2) / this.n;
        return compaction + sampled;
    }
    /** Number of values retained (memory is 8 bytes each plus fixed scratch). */
    get retained() {
        return this.bufferLength + this.levels.reduce((sum, run) => sum + (run ? run.length : 0), 0);
    }
    /** The weighted step CDF that quantile and rank queries are answered from. */
    cdf() {
        // Every run is sorted and has one weight, and so has the buffer once sorted: merged one after
        // the other (ties: earlier ones first), they give what a stable sort of all the values by value
        // gives, in linear passes, without a comparator sort.
        const m = this.retained;
        let values = new Float64Array(m);
        let weights = new Float64Array(m);
        let spareValues = new Float64Array(m);
        let spareWeights = new Float64Array(m);
        let length = 0;
        const add = (run, weight) => {
            mergeWeighted(values, weights, length, run, weight, spareValues, spareWeights);
            [values, spareValues] = [spareValues, values];
            [weights, spareWeights] = [spareWeights, weights];
            length += run.length;
        };
        if (this.bufferLength > 0)
            add(this.buffer.slice(0, this.bufferLength).sort(), 2 ** this.level);
        for (let h = 0; h < this.levels.length; h++) {
            const run = this.levels[h];
            if (run)
                add(run, 2 ** h);
        }
        let sum = 0;
        for (let i = 0; i < m; i++) {
            sum += weights[i];
            weights[i] = sum;
        }
        return new WeightedCdf(values, weights);
    }
    toState() {
        return {
            runSize: this.runSize,
            n: this.n,
            levels: this.levels.map((run) => (run ? Float64Array.from(run) : null)),
            buffer: this.buffer.slice(0, this.bufferLength),
            seed: this.seed,
            level: this.level,
            countdown: this.countdown,
            offset: this.offset,
            weightSquares: this.weightSquares,
            fullLevels: this.fullLevels,
        };
    }
    static fromState(state) {
        const sketch = new QuantileSketch(state.runSize, state.seed, state.fullLevels);
        sketch.level = state.level;
        sketch.countdown = state.countdown;
        sketch.offset = state.offset;
        sketch.weightSquares = state.weightSquares;
        sketch.levels = state.levels.map((run) => (run ? Float64Array.from(run) : null));
        sketch.buffer.set(state.buffer);
        sketch.bufferLength = state.buffer.length;
        sketch.n = state.n;
        return sketch;
    }
}
/**
 * Merges the first `length` values of an ascending list (with their weights) and an ascending run
 * of one weight into outValues/outWeights; on ties the list's values come first.
 */
function mergeWeighted(values, weights, length, run, weight, outValues, outWeights) {
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < length && j < run.length) {
        if (values[i] <= run[j]) {
            outValues[k] = values[i];
            outWeights[k++] = weights[i++];
        }
        else {
            outValues[k] = run[j++];
            outWeights[k++] = weight;
        }
    }
    for (; i < length; i++, k++) {
        outValues[k] = values[i];
        outWeights[k] = weights[i];
    }
    for (; j < run.length; j++, k++) {
        outValues[k] = run[j];
        outWeights[k] = weight;
    }
}
/**
 * Merges two ascending runs into out (out.length >= a.length + b.length). The rest of the run left
 * over is copied with set(): as loops of their own, the two tails had no type feedback when the
 * merge was first optimized, and every merge that reached one left the optimized code (183 times a
 * run on the UTF-8 bench file, `node --trace-deopt`).
 */
function mergeSorted(a, b, out) {
    const na = a.length;
    const nb = b.length;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < na && j < nb) {
        const x = a[i];
        const y = b[j];
        if (x <= y) {
            out[k++] = x;
            i++;
        }
        else {
            out[k++] = y;
            j++;
        }
    }
    if (i < na)
        out.set(a.subarray(i), k);
    else if (j < nb)
        out.set(b.subarray(j), k);
}

;// CONCATENATED MODULE: ./src/data/profile/column-profiler.ts







/** Finite numbers are batched so moments use a division-free two-pass block update. */
const BLOCK = 1024;
/**
 * Streaming, mergeable profile of one column. Feed each cell with the add method for its parsed
 * type; build one per column per worker, merge the workers' profilers (or their states), finalize
 * once. The add methods do no allocation: a few typed-array writes and one hash per value.
 *
 * Which parts are used depends on the calls, not on `kind`: addNumber feeds moments, the quantile
 * sketch and HyperLogLog; addString feeds lengths, frequent values and HyperLogLog; addBoolean two
 * counters. `kind` only decides what finalize() reports.
 */
class ColumnProfiler {
    kind;
    /** Cells seen, nulls included. */
    count = 0;
    nulls = 0;
    nan = 0;
    posInf = 0;
    negInf = 0;
    trueCount = 0;
    falseCount = 0;
    lengthMin = Infinity;
    lengthMax = -Infinity;
    lengthSum = 0;
    moments;
    sketch;
    hll;
    frequent;
    block = new Float64Array(BLOCK);
    blockLength = 0;
    constructor(kind, parts) {
        this.kind = kind;
        this.moments = parts?.moments ?? new Moments();
        this.sketch = parts?.sketch ?? new QuantileSketch();
        this.hll = parts?.hll ?? new hyperloglog/* HyperLogLog */.l();
        this.frequent = parts?.frequent ?? new FrequentStrings();
    }
    /** A missing or empty cell. */
    addNull() {
        this.count++;
        this.nulls++;
    }
    /** A numeric cell (or a datetime as epoch milliseconds). NaN and ±Infinity are only counted. */
    addNumber(x) {
        this.addNumberHashed(x, hashNumberPair(x));
    }
    /**
     * addNumber with the value's 32-bit hash already computed (validation hashes every cell for its
     * row checks; hashing again here would cost as much as the rest of this method).
     */
    addNumberHashed(x, hash) {
        this.count++;
        if (x !== x) {
            this.nan++;
            return;
        }
        if (x === Infinity) {
            this.posInf++;
            return;
        }
        if (x === -Infinity) {
            this.negInf++;
            return;
        }
        this.hll.add(hash);
        this.block[this.blockLength++] = x;
        if (this.blockLength === BLOCK)
            this.flush();
    }
    /** A non-null string cell. */
    addString(s) {
        const a = hashStringPair(s);
        this.addTextHashed(s, 0, s.length, a, pair.b);
    }
    /**
     * addString for text.slice(start, end), without making that string (text-cells.ts), with halves A
     * and B of its 64-bit cell hash already computed (validation hashes every cell for its row checks;
     * hashing again here would cost as much as the rest of this method).
     */
    addTextHashed(text, start, end, h, hB) {
        this.count++;
        // A value the frequent table holds went into HyperLogLog when it entered the table (or came
        // with a merged table and its HyperLogLog): adding it again would change nothing.
        if (!this.frequent.addText(text, start, end, h, hB))
            this.hll.add(h);
        const length = end - start;
        this.lengthSum += length;
        if (length < this.lengthMin)
            this.lengthMin = length;
        if (length > this.lengthMax)
            this.lengthMax = length;
    }
    /**
     * Finite numbers, in order, whose hashes went into HyperLogLog elsewhere (the CSV kernel's
     * registers for this column, merged into `hll` when the part ends): what addNumberHashed does for
     * each, but for the hash.
     */
    addFiniteValues(values) {
        this.count += values.length;
        let from = 0;
        while (from < values.length) {
            if (this.blockLength === 0 && values.length - from >= BLOCK) {
                // a whole block goes to the moments and the sketch straight from `values` (no copy)
                this.feedMomentsAndSketch(values.subarray(from, from + BLOCK));
                from += BLOCK;
                continue;
            }
            const take = Math.min(BLOCK - this.blockLength, values.length - from);
            this.block.set(values.subarray(from, from + take), this.blockLength);
            this.blockLength += take;
            from += take;
            if (this.blockLength === BLOCK)
                this.flush();
        }
    }
    /**
     * `valid` text cells whose frequent values and hashes went in elsewhere (the CSV kernel:
     * checks/kernel-free-texts.ts), with the sum, least and most of their lengths.
     */
    addSummarizedTexts(valid, lengthSum, lengthMin, lengthMax) {
        if (valid === 0)
            return;
        this.count += valid;
        this.lengthSum += lengthSum;
        if (lengthMin < this.lengthMin)
            this.lengthMin = lengthMin;
        if (lengthMax > this.lengthMax)
            this.lengthMax = lengthMax;
    }
    /**
     * `count` cells of one text (half A and B of its cell hash `h`, `hB`): what `count` calls of
     * addTextHashed do (the frequent table counts by weight; exact either way while it never reduced).
     */
    addRepeatedText(text, h, hB, count) {
        this.count += count;
        if (!this.frequent.addText(text, 0, text.length, h, hB, count))
            this.hll.add(h);
        const length = text.length;
        this.lengthSum += length * count;
        if (length < this.lengthMin)
            this.lengthMin = length;
        if (length > this.lengthMax)
            this.lengthMax = length;
    }
    /** `trues` true and `falses` false cells. */
    addBooleans(trues, falses) {
        this.count += trues + falses;
        this.trueCount += trues;
        this.falseCount += falses;
    }
    /** A non-null boolean cell. */
    addBoolean(b) {
        this.count++;
        if (b)
            this.trueCount++;
        else
            this.falseCount++;
    }
    /** Moves batched numbers into the moments and the sketch. */
    flush() {
        if (this.blockLength === 0)
            return;
        this.feedMomentsAndSketch(this.block.subarray(0, this.blockLength));
        this.blockLength = 0;
    }
    feedMomentsAndSketch(values) {
        this.moments.addBlock(values, values.length);
        this.sketch.addBlock(values, values.length);
    }
    /** Adds everything `other` saw (same kind) into this profiler. */
    merge(other) {
        if (other.kind !== this.kind)
            throw new TypeError(`cannot merge a ${other.kind} column profile into a ${this.kind} one`);
        this.flush();
        other.flush();
        this.count += other.count;
        this.nulls += other.nulls;
        this.nan += other.nan;
        this.posInf += other.posInf;
        this.negInf += other.negInf;
        this.trueCount += other.trueCount;
        this.falseCount += other.falseCount;
        this.lengthSum += other.lengthSum;
        this.lengthMin = Math.min(this.lengthMin, other.lengthMin);
        this.lengthMax = Math.max(this.lengthMax, other.lengthMax);
        this.moments.merge(other.moments);
        this.sketch.merge(other.sketch);
        this.hll.merge(other.hll);
        this.frequent.merge(other.frequent);
    }
    /** A copy of the state (batched numbers are flushed first). */
    toState() {
        this.flush();
        return {
            kind: this.kind,
            count: this.count,
            nulls: this.nulls,
            nan: this.nan,
            posInf: this.posInf,
            negInf: this.negInf,
            trueCount: this.trueCount,
            falseCount: this.falseCount,
            lengthMin: this.lengthMin,
            lengthMax: this.lengthMax,
            lengthSum: this.lengthSum,
            moments: this.moments.toState(),
            sketch: this.sketch.toState(),
            hll: this.hll.toState(),
            frequent: this.frequent.toState(),
        };
    }
    static fromState(state) {
        const p = new ColumnProfiler(state.kind, {
            moments: Moments.fromState(state.moments),
            sketch: QuantileSketch.fromState(state.sketch),
            hll: hyperloglog/* HyperLogLog */.l.fromState(state.hll),
            frequent: FrequentStrings.fromState(state.frequent),
        });
        p.count = state.count;
        p.nulls = state.nulls;
        p.nan = state.nan;
        p.posInf = state.posInf;
        p.negInf = state.negInf;
        p.trueCount = state.trueCount;
        p.falseCount = state.falseCount;
        p.lengthMin = state.lengthMin;
        p.lengthMax = state.lengthMax;
        p.lengthSum = state.lengthSum;
        return p;
    }
    /** The column's profile. Does not change the profiler (more values may still be added). */
    finalize() {
        this.flush();
        return finalizeColumn(this);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/data/profile/digest.ts



/** Hex SHA-256 of a file, streamed (constant memory whatever the file size). */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * The digest loop of sha256File as a worker thread's whole program: one reused 1 MiB buffer, so the
 * thread makes no garbage. Plain CommonJS source (an eval worker), so it needs no bundle of its own.
 */
const DIGEST_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
const hash = createHash('sha256');
const buffer = Buffer.allocUnsafe(1 << 20);
const fd = openSync(workerData, 'r');
try {
  for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) hash.update(buffer.subarray(0, n));
} finally {
  closeSync(fd);
}
parentPort.postMessage(hash.digest('hex'));
`;
/**
 * sha256File on a thread of its own, for large files read while the validator parses them. On the
 * event loop of a busy parser the digest fell behind and finished about 0.12 s after the parse (250
 * MB file); on its own thread the OS shares the cores between it and the parsers.
 */
function sha256FileInThread(path) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(DIGEST_THREAD, { eval: true, workerData: path });
        let settled = false;
        worker.once('message', (hex) => {
            settled = true;
            resolve(hex);
        });
        worker.once('error', (error) => {
            settled = true;
            reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`the digest thread of ${path} exited with code ${code} before answering`));
        });
    });
}
/**
 * SHA-256 of a file computed by the thread that parses its first byte range: bytes before the range
 * (the header) at the start, the range's bytes as its reader reads them (update, in order), and the
 * rest of the file after the range (finish), while the other ranges' workers still parse theirs.
 *
 * Why not a digest thread: on two cores a third busy thread shared a core with one of the parsers,
 * a different one from run to run, and the parse waited ~0.16 s on it (250 MB bench file). Here the
 * first range's bytes are hashed without a second read, and the first range is cut smaller
 * (firstRangeWeight) so that its thread, digest included, ends with the others.
 */
class InlineDigest {
    path;
    size;
    hash = (0,external_node_crypto_.createHash)('sha256');
    /** Bytes hashed so far: the file's bytes [0, position). */
    position = 0;
    constructor(path, size) {
        this.path = path;
        this.size = size;
    }
    /** The next bytes of the file, in order. */
    update(bytes) {
        this.hash.update(bytes);
        this.position += bytes.length;
    }
    /** Hashes the file's bytes [position, end) by reading them (synchronously: this thread has nothing else to do). */
    readTo(end) {
        if (end <= this.position)
            return;
        const buffer = Buffer.allocUnsafe(1 << 20);
        const fd = (0,external_node_fs_.openSync)(this.path, 'r');
        try {
            while (this.position < end) {
                const n = (0,external_node_fs_.readSync)(fd, buffer, 0, Math.min(buffer.length, end - this.position), this.position);
                if (n === 0)
                    throw new Error(`${this.path} shrank while it was read (at byte ${this.position} of ${end})`);
                this.update(buffer.subarray(0, n));
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** The hex digest, once the rest of the file is hashed. */
    finish() {
        this.readTo(this.size);
        return this.hash.digest('hex');
    }
}
/**
 * Weight of the first range, which also carries the file's digest, against one other range's (1):
 * SHA-256 of the whole file at ~1.6 GB/s plus re-reading the other ranges costs about DIGEST_COST
 * of what parsing the whole file costs one thread, so with n ranges w = (1 - c (n - 1)) / (1 + c)
 * balances the threads (0.82 for two). Measured on the bench files (npm run bench), by when each
 * thread ended its range: 0.1 on the UTF-8 file, 0.12 on the ASCII one (which parses faster); the
 * threads then end within ~0.1 s of each other, in either order from run to run.
 */
const DIGEST_COST = 0.1;
function firstRangeWeight(ranges) {
    return Math.max(0.3, (1 - DIGEST_COST * (ranges - 1)) / (1 + DIGEST_COST));
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/data/profile/read-profile.ts



const KINDS = new Set(['numeric', 'string', 'boolean', 'datetime']);
const HINT = 'Use a profile written by validate-data (profile.json), or regenerate the baseline.';
/** Reads and validates a profile JSON file written by validate-data. Throws DataError if invalid. */
async function readProfile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* DataError */.fL(`cannot read profile ${path}: ${error.message}`, {
            location: { file: path },
            hint: 'Check the path of the baseline profile.',
            cause: error,
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const { line, column } = jsonErrorPosition(text, error.message);
        throw new errors/* DataError */.fL(`profile is not valid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, '')}`, {
            location: { file: path, line, column },
            hint: HINT,
        });
    }
    return parseProfile(json, path);
}
/** Line and column of a JSON.parse error: from its "position N", or the end of the text when it ran out. */
function jsonErrorPosition(text, message) {
    const match = / at position (\d+)/.exec(message);
    const offset = match ? Math.min(Number(match[1]), text.length) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
/**
 * Checks that `json` is a {@link DatasetProfile} and returns it typed. Checks the shape and the
 * invariants drift relies on (ascending quantile tables, histogram sizes), naming the first
 * offending key.
 */
function parseProfile(json, file) {
    const v = new Validator(file);
    const root = v.object(json, '');
    if (root.schemaVersion !== PROFILE_SCHEMA_VERSION) {
        v.fail('schemaVersion', `unsupported profile schemaVersion ${JSON.stringify(root.schemaVersion)} (this version reads ${PROFILE_SCHEMA_VERSION})`);
    }
    v.string(root.createdAt, 'createdAt');
    v.array(root.files, 'files').forEach((f, i) => {
        const key = `files[${i}]`;
        const file = v.object(f, key);
        v.string(file.path, `${key}.path`);
        v.string(file.sha256, `${key}.sha256`);
        v.count(file.bytes, `${key}.bytes`);
        v.count(file.rows, `${key}.rows`);
    });
    v.count(root.rowCount, 'rowCount');
    const columns = v.object(root.columns, 'columns');
    for (const [name, column] of Object.entries(columns))
        checkColumn(v, column, `columns.${name}`);
    return json;
}
function checkColumn(v, json, key) {
    const c = v.object(json, key);
    if (typeof c.kind !== 'string' || !KINDS.has(c.kind))
        v.fail(`${key}.kind`, `unknown column kind ${JSON.stringify(c.kind)}`);
    for (const field of ['count', 'nulls', 'nan', 'valid', 'distinctApprox', 'topMaxError'])
        v.count(c[field], `${key}.${field}`);
    v.number(c.nullFraction, `${key}.nullFraction`);
    const inf = v.object(c.inf, `${key}.inf`);
    v.count(inf.positive, `${key}.inf.positive`);
    v.count(inf.negative, `${key}.inf.negative`);
    for (const field of ['min', 'max', 'mean', 'std'])
        if (c[field] !== null)
            v.number(c[field], `${key}.${field}`);
    if (typeof c.distinctExact !== 'boolean')
        v.fail(`${key}.distinctExact`, 'must be a boolean');
    if (c.quantiles !== null) {
        const q = v.object(c.quantiles, `${key}.quantiles`);
        for (const k of QUANTILE_KEYS)
            v.number(q[k], `${key}.quantiles.${k}`);
    }
    if (c.top !== null)
        checkValueCounts(v, c.top, `${key}.top`);
    if (c.histogram !== null) {
        const h = v.object(c.histogram, `${key}.histogram`);
        const edges = v.numbers(h.edges, `${key}.histogram.edges`);
        const counts = v.numbers(h.counts, `${key}.histogram.counts`);
        if (edges.length !== counts.length + 1)
            v.fail(`${key}.histogram`, 'must have one more edge than counts');
    }
    if (c.quantileTable !== null) {
        const t = v.object(c.quantileTable, `${key}.quantileTable`);
        const points = v.numbers(t.points, `${key}.quantileTable.points`);
        if (points.length < 2)
            v.fail(`${key}.quantileTable.points`, 'must hold at least 2 points');
        v.ascending(points, `${key}.quantileTable.points`);
        v.number(t.rankError, `${key}.quantileTable.rankError`);
    }
    if (c.exactValues !== null)
        v.ascending(v.numbers(c.exactValues, `${key}.exactValues`), `${key}.exactValues`);
    if (c.categories !== null) {
        const cat = v.object(c.categories, `${key}.categories`);
        checkValueCounts(v, cat.values, `${key}.categories.values`);
        v.count(cat.other, `${key}.categories.other`);
        if (typeof cat.exact !== 'boolean')
            v.fail(`${key}.categories.exact`, 'must be a boolean');
    }
    // What drift needs: a distribution for every column that has values.
    const numeric = c.kind === 'numeric' || c.kind === 'datetime';
    if (c.valid > 0 && numeric && c.quantileTable === null)
        v.fail(`${key}.quantileTable`, 'is missing for a numeric column with values');
    if (c.valid > 0 && !numeric && c.categories === null)
        v.fail(`${key}.categories`, 'is missing for a categorical column with values');
}
function checkValueCounts(v, json, key) {
    v.array(json, key).forEach((e, i) => {
        const entry = v.object(e, `${key}[${i}]`);
        v.string(entry.value, `${key}[${i}].value`);
        v.count(entry.count, `${key}[${i}].count`);
    });
}
/** Type checks that throw a DataError naming the key. */
class Validator {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(key, message) {
        throw new errors/* DataError */.fL(`invalid profile: ${key || 'root'} ${message}`, { location: { file: this.file, key: key || undefined }, hint: HINT });
    }
    object(json, key) {
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            this.fail(key, 'must be an object');
        return json;
    }
    array(json, key) {
        if (!Array.isArray(json))
            this.fail(key, 'must be an array');
        return json;
    }
    string(json, key) {
        if (typeof json !== 'string')
            this.fail(key, 'must be a string');
        return json;
    }
    number(json, key) {
        if (typeof json !== 'number' || !Number.isFinite(json))
            this.fail(key, 'must be a finite number');
        return json;
    }
    count(json, key) {
        const n = this.number(json, key);
        if (n < 0)
            this.fail(key, 'must not be negative');
        return n;
    }
    numbers(json, key) {
        const a = this.array(json, key);
        a.forEach((x, i) => this.number(x, `${key}[${i}]`));
        return a;
    }
    ascending(a, key) {
        for (let i = 1; i < a.length; i++)
            if (a[i] < a[i - 1])
                this.fail(`${key}[${i}]`, 'must not be smaller than the previous point');
    }
}

;// CONCATENATED MODULE: ./src/data/profile/index.ts
/** Streaming, mergeable column profiles and the profile JSON format. */





// EXTERNAL MODULE: ./src/data/readers/csv/text-cells.ts
var text_cells = __webpack_require__(33089);
;// CONCATENATED MODULE: ./src/data/hash/spill.ts



let counter = 0;
/**
 * One spill file, open for appending from its first write until close(). Kept open because a log
 * appends to it hundreds of times: opening and closing it for every write costs file-system time.
 */
class SpillFile {
    path;
    fd = -1;
    constructor(settings, name) {
        (0,external_node_fs_.mkdirSync)(settings.dir, { recursive: true });
        this.path = external_node_path_default().join(settings.dir, `${process.pid}-${external_node_worker_threads_.threadId}-${counter++}-${name}.bin`);
    }
    /** Appends the first `words` words of `data`. */
    append(data, words) {
        if (this.fd < 0)
            this.fd = (0,external_node_fs_.openSync)(this.path, 'a');
        const bytes = new Uint8Array(data.buffer, data.byteOffset, words * 4);
        for (let at = 0; at < bytes.length;)
            at += (0,external_node_fs_.writeSync)(this.fd, bytes, at);
    }
    /** Appends the arrays one after the other, in one system call when the OS takes them all at once. */
    appendAll(pieces) {
        if (pieces.length === 0)
            return;
        if (this.fd < 0)
            this.fd = (0,external_node_fs_.openSync)(this.path, 'a');
        const views = pieces.map((piece) => new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength));
        const total = views.reduce((sum, view) => sum + view.length, 0);
        const written = (0,external_node_fs_.writevSync)(this.fd, views);
        if (written === total)
            return;
        // a short write: the rest piece by piece, from where it stopped
        let skip = written;
        for (const view of views) {
            if (skip >= view.length) {
                skip -= view.length;
                continue;
            }
            for (let at = skip; at < view.length;)
                at += (0,external_node_fs_.writeSync)(this.fd, view, at);
            skip = 0;
        }
    }
    /** Closes the file (a later append opens it again). */
    close() {
        if (this.fd < 0)
            return;
        (0,external_node_fs_.closeSync)(this.fd);
        this.fd = -1;
    }
}
/**
 * Default budget: 256 Ki words (1 MiB) per log. The hash checks read each partition's records from
 * every spilled chunk, one read per chunk and group of partitions (partition-reader.ts): with
 * 256 KiB chunks the UTF-8 bench file took 6,800 reads of ~8 KB (1,600 now), and a run 0.12 s
 * more CPU (2.18 s against 2.12 s of wall, median of 10 interleaved runs). What a finished part
 * keeps in memory stays smaller (record-log.ts RETAINED_WORDS): peaks are as they were.
 */
const DEFAULT_BUDGET_WORDS = 1 << 18;

;// CONCATENATED MODULE: ./src/data/hash/record-log.ts

/**
 * Records are split by the top 6 bits of their hash: repeats always fall in the same partition. The
 * checks hold one partition at a time, so 64 of them keep that to ~1/64 of the records (8 MB for a
 * 1 GB file's duplicate-row, label and unique records) instead of a quarter of that at 16.
 */
const PARTITIONS = 64;
const PARTITION_SHIFT = 26;
/**
 * Words a finished part's log keeps in memory (toState); more are written out first. The budget
 * (spill.ts) is what a log fills while its part is read: large, for few large reads at the end. But
 * a dataset of many files holds every part's tails until the hash checks, so those stay small: 101
 * files of 30,000 rows peaked ~45 MB higher with tails of up to the 1 MiB budget.
 */
const RETAINED_WORDS = 1 << 16;
/**
 * Hash records of `width` 32-bit words, `[hashA, hashB, position, ...extra]`, kept in 64 partitions
 * by the top bits of hashA. Below its budget a log lives in memory; past it, the partitions are
 * appended to the log's spill file as one chunk (one write) and the buffers start over, so memory
 * stays bounded whatever the rows. One file per log, not one per partition: creating and writing
 * 64 files per log cost a 125 MB range ~0.1 s of file-system time.
 */
class RecordLog {
    width;
    spill;
    name;
    buffers = [];
    lengths = new Int32Array(PARTITIONS);
    file = null;
    spilled = new Uint32Array(16 * PARTITIONS);
    chunks = 0;
    words = 0;
    constructor(width, spill, name) {
        this.width = width;
        this.spill = spill;
        this.name = name;
        for (let p = 0; p < PARTITIONS; p++)
            this.buffers.push(new Uint32Array(256 * width));
    }
    push(a, b, position) {
        const p = a >>> PARTITION_SHIFT;
        const at = this.reserve(p);
        const buffer = this.buffers[p];
        buffer[at] = a;
        buffer[at + 1] = b;
        buffer[at + 2] = position;
    }
    /** A record with two extra words (the label hash of conflicting labels). */
    push5(a, b, position, c, d) {
        const p = a >>> PARTITION_SHIFT;
        const at = this.reserve(p);
        const buffer = this.buffers[p];
        buffer[at] = a;
        buffer[at + 1] = b;
        buffer[at + 2] = position;
        buffer[at + 3] = c;
        buffer[at + 4] = d;
    }
    /**
     * Appends records already grouped by partition (the CSV kernel's partitionRecords), in order:
     * the same records, in the same order within each partition, as push() one by one.
     */
    pushPartitioned(records) {
        if (records.width !== this.width)
            throw new Error(`records of width ${records.width} for a log of width ${this.width}`);
        const { words, starts } = records;
        for (let p = 0; p < PARTITIONS; p++) {
            const from = starts[p];
            const count = starts[p + 1] - from;
            if (count === 0)
                continue;
            const at = this.reserveWords(p, count);
            this.buffers[p].set(words.subarray(from, from + count), at);
        }
    }
    /** Room for `count` words at the end of partition p (spilling first when over budget, as reserve does). */
    reserveWords(p, count) {
        const at = this.lengths[p];
        if (at + count > this.buffers[p].length) {
            if (this.words >= this.spill.budgetWords) {
                this.writeOut();
                return this.reserveWords(p, count);
            }
            let length = this.buffers[p].length * 2;
            while (length < at + count)
                length *= 2;
            const grown = new Uint32Array(length);
            grown.set(this.buffers[p].subarray(0, at));
            this.buffers[p] = grown;
        }
        this.lengths[p] = at + count;
        this.words += count;
        return at;
    }
    reserve(p) {
        const at = this.lengths[p];
        if (at + this.width > this.buffers[p].length) {
            if (this.words >= this.spill.budgetWords) {
                this.writeOut();
                return this.reserve(p);
            }
            const grown = new Uint32Array(this.buffers[p].length * 2);
            grown.set(this.buffers[p].subarray(0, at));
            this.buffers[p] = grown;
        }
        this.lengths[p] = at + this.width;
        this.words += this.width;
        return at;
    }
    writeOut() {
        this.file ??= new SpillFile(this.spill, this.name);
        if ((this.chunks + 1) * PARTITIONS > this.spilled.length) {
            const grown = new Uint32Array(this.spilled.length * 2);
            grown.set(this.spilled);
            this.spilled = grown;
        }
        const pieces = [];
        for (let p = 0; p < PARTITIONS; p++) {
            this.spilled[this.chunks * PARTITIONS + p] = this.lengths[p];
            if (this.lengths[p] > 0)
                pieces.push(this.buffers[p].subarray(0, this.lengths[p]));
            this.lengths[p] = 0;
        }
        this.file.appendAll(pieces);
        this.chunks++;
        this.words = 0;
    }
    /** Closes the spill file (toState does too): call when a part ends early, on an error. */
    close() {
        this.file?.close();
    }
    /** The log as it is now, for the hash checks; its spill file is closed. */
    toState() {
        if (this.words > RETAINED_WORDS)
            this.writeOut();
        this.close();
        return {
            width: this.width,
            file: this.file?.path ?? null,
            spilled: this.spilled.slice(0, this.chunks * PARTITIONS),
            tails: this.buffers.map((buffer, p) => buffer.slice(0, this.lengths[p])),
        };
    }
}

;// CONCATENATED MODULE: ./src/data/hash/ascending-runs.ts

/**
 * The values a numeric unique column logged, while each is larger than the one before: runs of
 * values that go up by exactly 1 in consecutive positions (ids 1, 2, 3, ...), three numbers a run
 * instead of a hash record a value.
 *
 * Why: parts whose values ascend throughout, each after the one before, hold no repeat
 * (dataset-accumulator.ts) and never need their unique records, yet logging them (hashing into
 * partitions, spilling) was ~3% of validate-data on a file with an id column. A part keeps runs
 * while its values ascend and become records only when they must: when a value does not ascend, or
 * when the runs grow past MAX_RUNS (values that ascend but skip, such as timestamps), the part
 * writes its runs out as the records they stand for (writeTo) and logs records from then on; the
 * dataset does the same with a finished part's runs when its parts do not follow on from each other.
 */
class AscendingRuns {
    /** [value, position, length] per run before the open one. */
    runs = new Float64Array(3 * 64);
    count = 0;
    /** The open run: its first value and position, and its length (0: no run yet). */
    runStart = 0;
    runPosition = 0;
    runLength = 0;
    /**
     * Adds `x` at `position` (positions ascend). False, nothing added, when it cannot be kept as a
     * run: `x` is not finite or not above the last value, or a new run would pass MAX_RUNS.
     */
    add(x, position) {
        if (this.runLength > 0) {
            // the run's last and next values computed as writeRuns will, so a run stands for exactly the
            // values it took; past 2^53 adding 1 stops counting, and the repeat is refused as not above
            const last = this.runStart + (this.runLength - 1);
            if (!(x > last))
                return false;
            if (x === this.runStart + this.runLength && position === this.runPosition + this.runLength) {
                this.runLength++;
                return true;
            }
        }
        if (!Number.isFinite(x) || this.count === MAX_RUNS)
            return false;
        if (this.runLength > 0)
            this.keepOpenRun();
        this.runStart = x;
        this.runPosition = position;
        this.runLength = 1;
        return true;
    }
    /** The runs as a transferable array ([value, position, length] each). */
    toArray() {
        const open = this.runLength > 0 ? 1 : 0;
        const out = new Float64Array(3 * (this.count + open));
        out.set(this.runs.subarray(0, 3 * this.count));
        if (open)
            out.set([this.runStart, this.runPosition, this.runLength], 3 * this.count);
        return out;
    }
    /** Pushes the records the runs stand for into `log`, in order (as if each value was pushed when it came). */
    writeTo(log) {
        writeRuns(this.toArray(), log);
    }
    keepOpenRun() {
        const at = 3 * this.count;
        if (at + 3 > this.runs.length) {
            const grown = new Float64Array(this.runs.length * 2);
            grown.set(this.runs);
            this.runs = grown;
        }
        this.runs[at] = this.runStart;
        this.runs[at + 1] = this.runPosition;
        this.runs[at + 2] = this.runLength;
        this.count++;
    }
}
/** Past this many runs the values are not ids: records cost no more then (3 words a value against 3 numbers a run). */
const MAX_RUNS = 4096;
/** Pushes the records of runs ([value, position, length] each, from toArray) into `log`. */
function writeRuns(runs, log) {
    for (let r = 0; r < runs.length; r += 3) {
        const start = runs[r];
        const position = runs[r + 1];
        const length = runs[r + 2];
        for (let k = 0; k < length; k++) {
            const a = hashNumberPair(start + k);
            log.push(a, pair.b, position + k);
        }
    }
}

;// CONCATENATED MODULE: ./src/data/checks/result.ts
/** Maximum examples kept per check (Great Expectations' partial_unexpected_list is 20 too). */
const MAX_EXAMPLES = 20;

;// CONCATENATED MODULE: ./src/data/checks/tally.ts

/** Counts the values that broke one check and keeps the first 20 of them with their rows. */
class Tally {
    unexpected = 0;
    examples = [];
    /** True once the first 20 examples are kept: later values only count. */
    get full() {
        return this.examples.length >= MAX_EXAMPLES;
    }
    record(file, row, line, value, firstRow) {
        this.unexpected++;
        if (this.examples.length < MAX_EXAMPLES) {
            this.examples.push(firstRow === undefined ? { file, row, line, value } : { file, row, line, value, firstRow });
        }
    }
    /** Adds a later part of the data (the next byte range or file): its examples come after ours. */
    merge(other, shift = { rows: 0, lines: 0 }) {
        this.unexpected += other.unexpected;
        for (const example of other.examples) {
            if (this.examples.length >= MAX_EXAMPLES)
                break;
            this.examples.push(shiftExample(example, shift));
        }
    }
    toState() {
        return { unexpected: this.unexpected, examples: this.examples };
    }
}
function shiftExample(example, shift) {
    const shifted = { ...example, row: example.row + shift.rows, line: example.line + shift.lines };
    if (example.firstRow !== undefined)
        shifted.firstRow = example.firstRow + shift.rows;
    return shifted;
}

;// CONCATENATED MODULE: ./src/data/values/na-matcher.ts

/** Recognises missing cells: null/undefined, and the NA spellings of text formats ('' and NA, ...). */
class NaMatcher {
    values;
    maxLength;
    emptyIsNa;
    /** First characters of the NA spellings: most cells are rejected by one array read. */
    first = new Uint8Array(65536);
    spellings;
    /** The spellings' cell hashes (cell-hash.ts), and a filter on the low byte of half A. */
    hashA;
    hashB;
    hashFilter = new Uint8Array(256);
    constructor(values) {
        this.values = values;
        this.maxLength = Math.max(0, ...[...values].map((s) => s.length));
        this.emptyIsNa = values.has('');
        this.spellings = [...values].filter((na) => na.length > 0);
        for (const na of values)
            if (na.length > 0)
                this.first[na.charCodeAt(0)] = 1;
        this.hashA = new Uint32Array(this.spellings.length);
        this.hashB = new Uint32Array(this.spellings.length);
        this.spellings.forEach((na, k) => {
            this.hashA[k] = hashStringPair(na);
            this.hashB[k] = pair.b;
            this.hashFilter[this.hashA[k] & 255] = 1;
        });
    }
    /**
     * isMissingText for a cell of `length` characters whose 64-bit cell hash is (a, b), already
     * computed: no read of the text at all (reading a cell's first character is a cache miss per
     * row); a hash is told from an NA spelling's with the odds the
     * unique and duplicate checks accept (2^-64 per cell and spelling).
     */
    isMissingHashed(a, b, length) {
        if (length === 0)
            return this.emptyIsNa;
        if (length > this.maxLength || this.hashFilter[a & 255] === 0)
            return false;
        for (let k = 0; k < this.hashA.length; k++)
            if (this.hashA[k] === a && this.hashB[k] === b)
                return true;
        return false;
    }
    /**
     * isMissing for the cell text[start, end), without making a string of it (text-cells.ts): a cell
     * that passes the first-character and length tests (a country code `NL` against `NA`) is compared
     * in place with the few spellings.
     */
    isMissingText(text, start, end) {
        const n = end - start;
        if (n === 0)
            return this.emptyIsNa;
        if (n > this.maxLength || this.first[text.charCodeAt(start)] !== 1)
            return false;
        for (const na of this.spellings) {
            if (na.length !== n)
                continue;
            let i = 0;
            while (i < n && na.charCodeAt(i) === text.charCodeAt(start + i))
                i++;
            if (i === n)
                return true;
        }
        return false;
    }
    /** The non-empty spellings' cell hashes, for the CSV kernel's isMissingHashed (summarizeFreeTexts). */
    hashPairs() {
        return { a: this.hashA, b: this.hashB, maxLength: this.maxLength, emptyIsNa: this.emptyIsNa };
    }
    /** The non-empty NA spellings. */
    spellingList() {
        return this.spellings;
    }
    isMissing(v) {
        if (typeof v === 'string') {
            const n = v.length;
            if (n === 0)
                return this.emptyIsNa;
            return n <= this.maxLength && this.first[v.charCodeAt(0)] === 1 && this.values.has(v);
        }
        return v === null || v === undefined;
    }
}

// EXTERNAL MODULE: ./src/data/values/parse-number.ts
var parse_number = __webpack_require__(57444);
// EXTERNAL MODULE: ./src/data/values/parse-date.ts
var parse_date = __webpack_require__(19673);
;// CONCATENATED MODULE: ./src/data/values/parse-column.ts


/** What became of a cell: a value in `values`, missing, or not of the column's type. */
const VALID = 0;
const MISSING = 1;
const INVALID = 2;
/**
 * Parses a batch column into numbers (`values`) and cell states (`states`). The common parsers get a
 * loop of their own so that each call site sees one function and V8 inlines it; one shared loop
 * calling `parse` through a variable was measured slower (the call site turns megamorphic).
 */
function parseColumn(parse, cells, n, na, values, states) {
    if (parse === parse_number/* parseFloat64 */.yE)
        parseFloats(cells, n, na, values, states);
    else if (parse === parse_number/* parseInt64 */.pX)
        parseInts(cells, n, na, values, states);
    else if (parse === parse_date/* parseIsoDate */.jT)
        parseDates(cells, n, na, values, states);
    else
        parseAny(parse, cells, n, na, values, states);
}
function parseFloats(cells, n, na, values, states) {
    for (let i = 0; i < n; i++) {
        const v = cells[i];
        if (na.isMissing(v)) {
            states[i] = MISSING;
            continue;
        }
        const x = (0,parse_number/* parseFloat64 */.yE)(v);
        if (x === undefined)
            states[i] = INVALID;
        else {
            values[i] = x;
            states[i] = VALID;
        }
    }
}
function parseInts(cells, n, na, values, states) {
    for (let i = 0; i < n; i++) {
        const v = cells[i];
        if (na.isMissing(v)) {
            states[i] = MISSING;
            continue;
        }
        const x = (0,parse_number/* parseInt64 */.pX)(v);
        if (x === undefined)
            states[i] = INVALID;
        else {
            values[i] = x;
            states[i] = VALID;
        }
    }
}
function parseDates(cells, n, na, values, states) {
    for (let i = 0; i < n; i++) {
        const v = cells[i];
        if (na.isMissing(v)) {
            states[i] = MISSING;
            continue;
        }
        const x = (0,parse_date/* parseIsoDate */.jT)(v);
        if (x === undefined)
            states[i] = INVALID;
        else {
            values[i] = x;
            states[i] = VALID;
        }
    }
}
function parseAny(parse, cells, n, na, values, states) {
    for (let i = 0; i < n; i++) {
        const v = cells[i];
        if (na.isMissing(v)) {
            states[i] = MISSING;
            continue;
        }
        const x = parse(v);
        if (x === undefined)
            states[i] = INVALID;
        else {
            values[i] = x;
            states[i] = VALID;
        }
    }
}

;// CONCATENATED MODULE: ./src/data/values/parse-text.ts
/**
 * parseColumn for CSV cells given as positions in a text (text-cells.ts): the common spellings of
 * ints, decimals, ISO dates and booleans are parsed straight from the characters, with no string per
 * cell; anything else (exponents, NaN/Inf, other date formats, escaped quotes) takes the string
 * parser on a slice, so both paths always agree. Hand-written for the same reason as
 * parse-number.ts: it runs once per cell.
 */





/**
 * A state parseTextColumn gives a valid value whose cell-hash pair it also wrote (to the hashA and
 * hashB it was given): the kernel hashes the values it parses in the same pass.
 */
const VALID_HASHED = 3;
/**
 * Parses column `c` of a text batch into values and states, as parseColumn does for strings. With
 * hashA/hashB, cells the WebAssembly kernel parsed get state VALID_HASHED and their hash pair there.
 * Returns true when the kernel parsed the column and every valid cell of it (the cells it left are
 * missing or invalid): its summarizeNumbers then covers every value, in order.
 */
function parseTextColumn(parse, t, c, n, na, values, states, hashA, hashB) {
    const kind = parse === parse_number/* parseFloat64 */.yE ? DECIMAL : parse === parse_number/* parseInt64 */.pX ? INT : parse === parse_date/* parseIsoDate */.jT ? ISO_DATE : parse === parse_number/* parseBool */.q6 ? BOOL : OTHER;
    // read only when a cell needs it: a text the kernel holds is then made a string (kernel-text.ts)
    let text;
    const starts = t.starts[c];
    const ends = t.ends[c];
    // The kernel parses the common spellings of the whole column at once; the loop below does the
    // cells it left (NA spellings, empty and escaped cells, exponents...), exactly as without it.
    const kernel = t.kernelGeneration !== undefined && kind !== OTHER && kernelMayParse(na, kind) ? (0,csv_kernel/* csvKernel */.yF)() : undefined;
    const byKernel = kernel !== undefined && kernel.parseNumbers(t.kernelGeneration, kind, starts, ends, n, values, states, hashA, hashB);
    const kernelState = hashA ? VALID_HASHED : VALID;
    let validHere = 0;
    for (let i = 0; i < n; i++) {
        if (byKernel && states[i] === csv_kernel/* KERNEL_PARSED */.a0) {
            states[i] = kernelState;
            continue;
        }
        const start = starts[i];
        const end = ends[i];
        if (end < 0 || kind === OTHER || (byKernel && t.lazy !== undefined)) {
            // an escaped cell, a type without a text fast path, or a cell the kernel left in a text it
            // holds (not made a string for a few cells): the string parser decides, as on the fast path
            const v = (0,text_cells/* cellText */.I)(t, c, i);
            if (na.isMissing(v))
                states[i] = MISSING;
            else
                validHere += store(parse(v), values, states, i);
            continue;
        }
        text ??= t.text;
        if (na.isMissingText(text, start, end)) {
            states[i] = MISSING;
            continue;
        }
        // No double comes back from a call here: V8 boxes one returned by a function it does not
        // inline (a heap number per cell, ~190 MB of garbage per 250 MB). Decimals are stored by
        // decimalInto, dates come back as days (a small integer).
        if (kind === DECIMAL) {
            if ((0,parse_number/* decimalInto */._z)(text, start, end, values, i)) {
                states[i] = VALID;
                validHere++;
                continue;
            }
        }
        else if (kind === INT) {
            const x = (0,parse_number/* intAt */.J1)(text, start, end);
            if (x === x) {
                values[i] = x;
                states[i] = VALID;
                validHere++;
                continue;
            }
        }
        else if (kind === ISO_DATE) {
            const days = isoDateDays(text, start, end);
            if (days !== NOT_A_DATE) {
                values[i] = days * 86_400_000;
                states[i] = VALID;
                validHere++;
                continue;
            }
        }
        else {
            const x = boolAt(text, start, end);
            if (x >= 0) {
                values[i] = x;
                states[i] = VALID;
                validHere++;
                continue;
            }
        }
        // not one of the common spellings: the string parser decides
        validHere += store(parse(text.slice(start, end)), values, states, i);
    }
    return byKernel && validHere === 0;
}
// the kernel's numbering (csv-kernel.ts KERNEL_DECIMAL...), so a kind is passed to it as is
const DECIMAL = csv_kernel/* KERNEL_DECIMAL */.Qp;
const INT = csv_kernel/* KERNEL_INT */.aF;
const ISO_DATE = csv_kernel/* KERNEL_ISO_DATE */.Tu;
const BOOL = csv_kernel/* KERNEL_BOOL */.FK;
const OTHER = 4;
/** Per NA matcher, per kind: 1 when no NA spelling is a value the kernel would parse (so it may). */
const kernelSafety = new WeakMap();
/**
 * The kernel does not know the NA spellings: it may parse a column only when none of them is a
 * common spelling of a value of the kind (an NA value of `-999` or `0` keeps a column on the JS path,
 * which tests NA spellings first).
 */
function kernelMayParse(na, kind) {
    let safety = kernelSafety.get(na);
    if (!safety) {
        safety = new Uint8Array(4);
        const spellings = na.spellingList();
        safety[DECIMAL] = spellings.every((v) => !(0,parse_number/* decimalInto */._z)(v, 0, v.length, SCRATCH, 0)) ? 1 : 0;
        safety[INT] = spellings.every((v) => (0,parse_number/* intAt */.J1)(v, 0, v.length) !== (0,parse_number/* intAt */.J1)(v, 0, v.length)) ? 1 : 0;
        safety[ISO_DATE] = spellings.every((v) => isoDateDays(v, 0, v.length) === NOT_A_DATE) ? 1 : 0;
        safety[BOOL] = spellings.every((v) => boolAt(v, 0, v.length) < 0) ? 1 : 0;
        kernelSafety.set(na, safety);
    }
    return safety[kind] === 1;
}
const SCRATCH = new Float64Array(1);
/** Stores a parsed value (or INVALID); 1 when the cell is valid. */
function store(x, values, states, i) {
    if (x === undefined) {
        states[i] = INVALID;
        return 0;
    }
    values[i] = x;
    states[i] = VALID;
    return 1;
}
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
/** isoDateDays' answer for text that is not a valid `YYYY-MM-DD` date (a small integer, never a day). */
const NOT_A_DATE = -(2 ** 29);
/**
 * `YYYY-MM-DD` as days since the epoch, by arithmetic (no Date); NOT_A_DATE when it is not a valid
 * date. Days, not milliseconds: a small integer comes back from a call unboxed, where milliseconds
 * (a double) cost a heap number per cell when V8 does not inline this function.
 */
function isoDateDays(text, start, end) {
    if (end - start !== 10 || text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
        return NOT_A_DATE;
    // ten characters read once, unrolled: this runs for every cell of a date column
    const y0 = text.charCodeAt(start) - 48;
    const y1 = text.charCodeAt(start + 1) - 48;
    const y2 = text.charCodeAt(start + 2) - 48;
    const y3 = text.charCodeAt(start + 3) - 48;
    const m0 = text.charCodeAt(start + 5) - 48;
    const m1 = text.charCodeAt(start + 6) - 48;
    const d0 = text.charCodeAt(start + 8) - 48;
    const d1 = text.charCodeAt(start + 9) - 48;
    // a character below '0' makes its digit negative, above '9' more than 9: one test for all eight
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9)
        return NOT_A_DATE;
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const day = d0 * 10 + d1;
    // years before 100 take the slow path, which keeps Date.UTC's reading of them (19xx)
    if (year < 100 || month < 1 || month > 12 || day < 1)
        return NOT_A_DATE;
    const slot = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
    if (slot >= 0 && slot < MONTH_FIRST_DAY.length) {
        if (day > MONTH_LENGTH[slot])
            return NOT_A_DATE;
        return MONTH_FIRST_DAY[slot] + day - 1;
    }
    if (day > monthLength(year, month))
        return NOT_A_DATE;
    return daysFromCivil(year) + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0) + day - 1;
}
function isLeap(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function monthLength(year, month) {
    return month === 2 ? (isLeap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Days from 1970-01-01 to January 1st of `year` (proleptic Gregorian, as Date.UTC). */
function daysFromCivil(year) {
    const y = year - 1;
    return 365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477;
}
/** Each month of 1900-2199 (where nearly every date falls): its first day since the epoch and its length. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const MONTH_FIRST_DAY = new Int32Array(TABLE_YEARS * 12);
const MONTH_LENGTH = new Uint8Array(TABLE_YEARS * 12);
for (let k = 0; k < TABLE_YEARS * 12; k++) {
    const year = TABLE_FIRST_YEAR + Math.floor(k / 12);
    const month = (k % 12) + 1;
    MONTH_FIRST_DAY[k] = daysFromCivil(year) + DAYS_BEFORE_MONTH[month - 1] + (month > 2 && isLeap(year) ? 1 : 0);
    MONTH_LENGTH[k] = monthLength(year, month);
}
/** `true`/`false`/`1`/`0` (the spellings of nearly every file) as 1/0; -1 asks the slow path. */
function boolAt(text, start, end) {
    const n = end - start;
    const first = text.charCodeAt(start);
    if (n === 1)
        return first === 49 ? 1 : first === 48 ? 0 : -1;
    if (n === 4 && first === 116 && text.charCodeAt(start + 1) === 114 && text.charCodeAt(start + 2) === 117 && text.charCodeAt(start + 3) === 101)
        return 1;
    if (n === 5 && first === 102 && text.charCodeAt(start + 1) === 97 && text.charCodeAt(start + 2) === 108 && text.charCodeAt(start + 3) === 115 && text.charCodeAt(start + 4) === 101)
        return 0;
    return -1;
}

;// CONCATENATED MODULE: ./src/data/checks/kernel-free-texts.ts


/**
 * A free-text column's frequent-values table while the CSV kernel adds its cells
 * (wasm/csv-kernel.ts summarizeFreeTexts): the column's FrequentStrings is lent to it, and given
 * back as soon as anything else uses it (profile/frequent-strings.ts lend).
 *
 * Why: a column of mostly distinct values (comments, names) makes a new key of most cells, and
 * most keys are dropped again at the next reduction of the Misra-Gries table. In JS that was a
 * string per new key and the table's work per cell: ~0.35 s of CPU for the comment column of the
 * UTF-8 bench file (3M rows, ~1.5M distinct values), ~0.2 s in the kernel (CPU profiles of both). The
 * kernel copies a new key's code units into its table's arena instead; strings are made only of the
 * keys held when the table is given back. Keys that were strings already (the table as lent,
 * escaped cells) stay JS strings: `strings`, which the kernel's entries name by number.
 */
class KernelFreeTexts {
    /** The kernel's table, -1 for none yet. */
    table = -1;
    lentFrom;
    /** Keys the kernel names by number (FREE_JS_KEY). */
    strings = [];
    /**
     * Hands column `index` of a batch to the kernel, hashed by hashTexts just before into hashA/hashB
     * (this hashes its escaped cells there): its cells go to `frequent` and HyperLogLog slot `hll`.
     * Undefined when the kernel has no table free or cannot take the column (the caller's loop then
     * does everything); a summary of fewer cells than n when a key did not fit the kernel's arena.
     */
    summarize(frequent, hll, t, index, n, hashA, hashB, na, minLength, maxLength) {
        const kernel = (0,csv_kernel/* csvKernel */.yF)();
        if (frequent.capacity !== csv_kernel/* FREE_CAPACITY */.sX || !this.takeTable())
            return undefined;
        if (!frequent.lentTo(this)) {
            const entries = frequent.lend(this);
            this.lentFrom = frequent;
            this.strings = entries.keys.slice(0, entries.size);
            kernel.loadFreeTexts(this.table, entries.size, entries.n, entries.maxError, entries.hashA, entries.hashB, entries.counts, this.strings.map((key) => key.length));
        }
        else if (this.strings.length > 2 * csv_kernel/* FREE_CAPACITY */.sX) {
            this.dropUnnamedStrings();
        }
        if (t.escaped.length > 0) {
            const starts = t.starts[index];
            const ends = t.ends[index];
            for (let i = 0; i < n; i++) {
                if (ends[i] >= 0)
                    continue;
                const value = t.escaped[starts[i]];
                hashTextInto(value, 0, value.length, hashA, hashB, i);
                if (!kernel.setEscapedCell(n, i, hashA[i], hashB[i], value.length, this.strings.length))
                    return undefined;
                this.strings.push(value);
            }
        }
        return kernel.summarizeFreeTexts(n, this.table, hll, na.hashPairs(), minLength, maxLength);
    }
    /** Takes a table in the kernel unless held already; false when all are taken. */
    takeTable() {
        if (this.table < 0)
            this.table = (0,csv_kernel/* csvKernel */.yF)().takeFreeTexts();
        return this.table >= 0;
    }
    /** Gives the table's entries back to the FrequentStrings they came from (its lend). */
    giveBack() {
        const frequent = this.lentFrom;
        if (!frequent)
            return;
        const kernel = (0,csv_kernel/* csvKernel */.yF)();
        const e = kernel.freeTextEntries(this.table);
        const keys = new Array(e.size);
        for (let i = 0; i < e.size; i++)
            keys[i] = e.kinds[i] === csv_kernel/* FREE_ARENA_KEY */.Jz ? kernel.arenaKey(this.table, e.starts[i], e.lengths[i]) : this.strings[e.starts[i]];
        const entries = { size: e.size, keys, hashA: e.hashA, hashB: e.hashB, counts: e.counts, n: e.n, maxError: e.maxError };
        this.lentFrom = undefined;
        this.strings = [];
        frequent.restore(entries);
    }
    /** Gives back the entries and the kernel's table. */
    release() {
        if (this.lentFrom?.lentTo(this))
            this.giveBack();
        this.lentFrom = undefined;
        if (this.table >= 0)
            (0,csv_kernel/* csvKernel */.yF)().releaseFreeTexts(this.table);
        this.table = -1;
    }
    /** Drops the strings no entry names any more (escaped cells' values pile up as the table reduces). */
    dropUnnamedStrings() {
        const e = (0,csv_kernel/* csvKernel */.yF)().freeTextEntries(this.table);
        const strings = [];
        for (let i = 0; i < e.size; i++) {
            if (e.kinds[i] === csv_kernel/* FREE_ARENA_KEY */.Jz)
                continue;
            e.starts[i] = strings.push(this.strings[e.starts[i]]) - 1;
        }
        this.strings = strings;
    }
}

;// CONCATENATED MODULE: ./src/data/checks/kernel-slots.ts


/**
 * What one column holds in this thread's CSV kernel (kernel/csv-kernel.ts): HyperLogLog registers
 * for the number cells the kernel profiles, a table of the text values it counts by itself, or the
 * frequent-values table of a free-text column it adds every cell to (kernel-free-texts.ts). A
 * column analyzer takes them as it needs them and gives them back when its part ends (toState,
 * close); should an analyzer be dropped without either (a failed read), the registry below does.
 */
class KernelSlots {
    /** The HyperLogLog registers' slot, -1 for none. */
    hll = -1;
    /** The text table, -1 for none yet, -2 once the column stopped asking for one. */
    texts = -1;
    /** The text table's values by id: text and hash pair. */
    known = { texts: [], a: [], b: [] };
    /** The free-text table, once asked for; null once the column stopped asking. */
    free;
    /** Slots of `owner`, given back when it is collected (this object must not refer to it). */
    constructor(owner) {
        dropped.register(owner, this);
    }
    /** Takes HyperLogLog registers unless held already; false when the kernel has none free. */
    takeHll() {
        if (this.hll >= 0)
            return true;
        this.hll = (0,csv_kernel/* csvKernel */.yF)().takeHll();
        return this.hll >= 0;
    }
    /**
     * The kernel's text summary of a column's batch that hashTexts just hashed: counts of the cells
     * holding a known value (learn), and the other cells flagged. Undefined when every cell must go
     * through the caller's loop: the column's frequent values are no longer exact, or could stop being
     * so in this batch (counts added per value after the flagged cells must come to what adding cell
     * by cell gives), or the column stopped asking.
     */
    textSummary(n, frequent) {
        if (this.texts === -2)
            return undefined;
        if (!frequent.exact) {
            this.stopTexts();
            return undefined;
        }
        const kernel = (0,csv_kernel/* csvKernel */.yF)();
        if (this.texts < 0) {
            this.texts = kernel.takeTexts();
            if (this.texts < 0) {
                this.texts = -2;
                return undefined;
            }
        }
        const summary = kernel.summarizeTexts(n, this.texts);
        if (!summary || frequent.distinct + summary.flags.length > frequent.capacity)
            return undefined;
        return summary;
    }
    /**
     * The kernel's summary of column `index` of a batch that hashTexts just hashed into hashA/hashB:
     * its cells added to `frequent` and this column's HyperLogLog registers, missing and
     * out-of-length cells flagged (kernel-free-texts.ts). Undefined when the kernel cannot take the
     * column. The column stops asking (until its part ends) when the kernel has no table or
     * registers left for it, or once a summary stops short (a key too long for the kernel).
     */
    freeTextSummary(frequent, t, index, n, hashA, hashB, na, minLength, maxLength) {
        if (this.free === null)
            return undefined;
        const free = (this.free ??= new KernelFreeTexts());
        // the table first: a column left without one must not hold registers a number column could use
        if (!free.takeTable() || !this.takeHll()) {
            this.stopFreeTexts();
            return undefined;
        }
        const summary = free.summarize(frequent, this.hll, t, index, n, hashA, hashB, na, minLength, maxLength);
        if (summary && summary.consumed < n)
            this.stopFreeTexts();
        return summary;
    }
    stopFreeTexts() {
        this.free?.release();
        this.free = null;
    }
    /** Whether the text table has room for another value. */
    get learning() {
        return this.known.texts.length < csv_kernel/* TEXT_IDS */.rE;
    }
    /** Adds a clean value (present, and passing every check of the column) to the text table while it has room: the kernel counts it from the next batch on. */
    learn(text, start, end, a, b) {
        const known = this.known;
        const id = known.texts.length;
        if (id >= csv_kernel/* TEXT_IDS */.rE || (0,csv_kernel/* csvKernel */.yF)().learnText(this.texts, a, b, id) !== id)
            return; // full, or known already
        known.texts.push(text.slice(start, end));
        known.a.push(a);
        known.b.push(b);
    }
    /**
     * Calls `add` for each known value a summary counted (with its count), then stops asking for
     * summaries if the column looks like free text: its table full, and more than a quarter of the
     * batch's `cells` still held values it does not know.
     */
    forKnownCounts(summary, cells, add) {
        const { texts, a, b } = this.known;
        for (let id = 0; id < texts.length; id++) {
            const count = summary.counts[id];
            if (count > 0)
                add(texts[id], a[id], b[id], count);
        }
        if (texts.length === csv_kernel/* TEXT_IDS */.rE && summary.flags.length * 4 > cells)
            this.stopTexts();
    }
    /** Gives back everything held (the column may take slots again); the HyperLogLog registers merged into `hllInto` first when given. */
    release(hllInto) {
        this.free?.release();
        this.free = undefined;
        if (this.hll >= 0)
            (0,csv_kernel/* csvKernel */.yF)().releaseHll(this.hll, hllInto);
        if (this.texts >= 0)
            (0,csv_kernel/* csvKernel */.yF)().releaseTexts(this.texts);
        this.hll = -1;
        this.texts = -1;
        this.known = { texts: [], a: [], b: [] };
    }
    stopTexts() {
        if (this.texts >= 0)
            (0,csv_kernel/* csvKernel */.yF)().releaseTexts(this.texts);
        this.texts = -2;
        this.known = { texts: [], a: [], b: [] };
    }
}
/** Gives back what an owner collected without release() held (a part that failed); a no-op otherwise. */
const dropped = new FinalizationRegistry((slots) => slots.release());

// EXTERNAL MODULE: ./src/data/checks/value-checks.ts
var value_checks = __webpack_require__(12215);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
;// CONCATENATED MODULE: ./src/data/checks/column-analyzer.ts













/** The profile kind of a column type: numbers, booleans, dates or text. */
function profileKind(column) {
    if (!column)
        return 'string';
    if (column.type === 'bool')
        return 'boolean';
    if (column.type === 'date' || column.type === 'datetime')
        return 'datetime';
    return column.representation === 'number' ? 'numeric' : 'string';
}
/**
 * Runs one column's value checks and profile over batches of one part of the data (a file, or a byte
 * range of a file read by a worker). This loop is the hot path of validate-data: each cell is looked
 * at once, parsed once, hashed once, and nothing is allocated for a value that passes.
 *
 * Which checks run, and whether the CSV kernel's fast paths may stand in for this loop, comes from
 * the table of checks (value-checks.ts): the analyzer's own loops tally the checks marked `analyzer`,
 * and run the test of every check marked `rule` on each value.
 */
class ColumnAnalyzer {
    name;
    spec;
    elementCount = 0;
    missingCount = 0;
    validCount = 0;
    profiler;
    tallies = {};
    /** Hash records of the present, well-typed values, for the unique check once all parts are in. */
    uniqueHashes;
    /** Per-row hashes of this column's cells in the current batch, for the dataset-wide row checks. */
    cellA;
    cellB;
    na;
    /** Remembered allowed/regex verdicts of string values, by hash (consumeStrings). */
    verdicts;
    /** The values logged for a numeric unique check so far: strictly ascending, first and last. */
    uniqueAscending = true;
    uniqueCount = 0;
    uniqueFirst = NaN;
    uniqueLast = -Infinity;
    /** A numeric unique column's values as runs while they ascend; undefined once they became records (deferUnique). */
    uniqueRuns;
    /** Scratch for one batch of a numeric column: parsed values and cell states (parse-column.ts). */
    values = new Float64Array(0);
    states = new Uint8Array(0);
    /** What this column holds in the CSV kernel (kernel-slots.ts). */
    kernelSlots = new KernelSlots(this);
    /** Whether every check of the column lets the kernel's fast paths run (value-checks.ts FastPaths). */
    kernelNumbers = true;
    kernelTexts = true;
    kernelFreeTexts = true;
    /** The tests of the column's rule-tallied checks, undefined when there are none. */
    numberTests;
    textTests;
    /** A batch's hashes when no row hashes are kept. */
    scratchA = new Uint32Array(0);
    scratchB = new Uint32Array(0);
    constructor(name, spec, naValues, options) {
        this.name = name;
        this.spec = spec;
        this.profiler = new ColumnProfiler(profileKind(spec));
        if (spec) {
            const carried = (0,value_checks/* checksOf */.tg)(spec);
            const numberTests = [];
            const textTests = [];
            for (const { check } of carried) {
                if (check.tally === 'hash')
                    continue;
                const tally = (this.tallies[check.kind] = new Tally());
                const rule = check.tally === 'rule' ? spec.valueRules[check.kind] : undefined;
                if (rule?.testNumber)
                    numberTests.push({ tally, test: rule.testNumber });
                if (rule?.testText)
                    textTests.push({ tally, test: rule.testText });
            }
            if (numberTests.length > 0)
                this.numberTests = numberTests;
            if (textTests.length > 0)
                this.textTests = textTests;
            this.kernelNumbers = (0,value_checks/* fastPathAllowed */.MR)(carried, 'numbers');
            this.kernelTexts = (0,value_checks/* fastPathAllowed */.MR)(carried, 'knownTexts');
            this.kernelFreeTexts = (0,value_checks/* fastPathAllowed */.MR)(carried, 'freeTexts');
            if (spec.unique)
                this.uniqueHashes = new RecordLog(3, options.spill, `unique-${name.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)}`);
            if (spec.unique && spec.representation === 'number')
                this.uniqueRuns = new AscendingRuns();
        }
        if (options.rowHashes) {
            this.cellA = new Uint32Array(options.batchRows);
            this.cellB = new Uint32Array(options.batchRows);
        }
        this.na = new NaMatcher(naValues);
    }
    /** Looks at column `index` of a batch. With row hashing on, cellA/cellB hold this batch's hashes after. */
    consume(batch, index) {
        const n = batch.rowCount;
        if (this.cellA && this.cellA.length < n)
            throw new Error(`batch of ${n} rows exceeds the analyzer's ${this.cellA.length}`);
        this.elementCount += n;
        if (this.spec?.representation === 'number')
            this.consumeNumbers(batch, index, n);
        else
            this.consumeStrings(batch, index, n);
    }
    /** Counts `n` rows that did not have this column at all (a key that appears late in JSON Lines). */
    addMissing(n) {
        this.elementCount += n;
        this.missingCount += n;
        for (let i = 0; i < n; i++) {
            this.profiler.addNull();
        }
    }
    /** A missing cell: counted, reported by not_null, profiled as null, hashed as the null marker. */
    recordMissing(batch, index, i) {
        this.missingCount++;
        if (this.tallies.not_null)
            flag(this.tallies.not_null, batch, index, i);
        this.profiler.addNull();
        if (this.cellA) {
            this.cellA[i] = NULL_A;
            this.cellB[i] = NULL_B;
        }
    }
    consumeNumbers(batch, index, n) {
        const spec = this.spec;
        const parse = spec.parse;
        const { between, allowed, nan, inf } = this.tallies;
        const min = spec.between?.min ?? -Infinity;
        const max = spec.between?.max ?? Infinity;
        const allowedValues = spec.allowed?.values;
        const profiler = this.profiler;
        const cellA = this.cellA;
        const cellB = this.cellB;
        const unique = this.uniqueHashes;
        const isBool = spec.type === 'bool';
        const tests = this.numberTests;
        if (this.values.length < n) {
            this.values = new Float64Array(n);
            this.states = new Uint8Array(n);
        }
        const values = this.values;
        const states = this.states;
        // CSV cells are parsed from their text; a cell's string is made only to show it in a report
        const t = batch.text;
        const cells = t ? undefined : batch.cells[index];
        const cell = (i) => (t ? (0,text_cells/* cellText */.I)(t, index, i) : cells[i]);
        // where the kernel hashes the values it parses: the row-hash arrays, or a scratch
        const hashA = cellA ?? (this.scratchA = atLeast(this.scratchA, n));
        const hashB = cellB ?? (this.scratchB = atLeast(this.scratchB, n));
        if (t) {
            const kernelParsedAll = parseTextColumn(parse, t, index, n, this.na, values, states, hashA, hashB);
            // the kernel profiles and bound-checks what it parsed, this thread the rest, when the column's checks allow it
            if (kernelParsedAll && this.kernelNumbers && this.consumeSummarized(batch, index, n, min, max, isBool, hashA, hashB))
                return;
        }
        else
            parseColumn(parse, cells, n, this.na, values, states);
        for (let i = 0; i < n; i++) {
            const state = states[i];
            if (state === MISSING) {
                this.recordMissing(batch, index, i);
                continue;
            }
            if (state === INVALID) {
                this.recordInvalid(batch, index, i, cell(i));
                continue;
            }
            const x = values[i];
            this.validCount++;
            if (x !== x) {
                if (nan)
                    flag(nan, batch, index, i);
            }
            else if (x === Infinity || x === -Infinity) {
                if (inf)
                    flag(inf, batch, index, i);
            }
            else {
                if (between && (x < min || x > max))
                    flag(between, batch, index, i);
                if (tests !== undefined) {
                    for (let k = 0; k < tests.length; k++)
                        if (!tests[k].test(x))
                            flag(tests[k].tally, batch, index, i);
                }
            }
            if (allowed && !allowedValues.has(x))
                flag(allowed, batch, index, i);
            if (cellA || unique) {
                // One hash serves the row checks, the unique check and the profile's distinct count.
                let a;
                let b;
                if (state === VALID_HASHED) {
                    a = hashA[i];
                    b = hashB[i];
                }
                else {
                    a = hashNumberPair(x);
                    b = pair.b;
                    if (cellA) {
                        cellA[i] = a;
                        cellB[i] = b;
                    }
                }
                if (unique) {
                    if (!this.deferUnique(x, batch.rowOffset + i))
                        unique.push(a, b, batch.rowOffset + i);
                    // NaN and -Infinity (never above the start) end the ascending run: the hash pass decides
                    if (!(x > this.uniqueLast))
                        this.uniqueAscending = false;
                    if (this.uniqueCount++ === 0)
                        this.uniqueFirst = x;
                    this.uniqueLast = x;
                }
                if (isBool)
                    profiler.addBoolean(x === 1);
                else
                    profiler.addNumberHashed(x, a);
            }
            else if (isBool)
                profiler.addBoolean(x === 1);
            else
                profiler.addNumber(x);
        }
    }
    /**
     * consumeNumbers' loop for a column of which the kernel parsed every valid cell (all finite) and
     * whose checks all allow the kernel's number summary (value-checks.ts): the kernel counts them,
     * adds them to this column's HyperLogLog registers, hands over their values in order for the
     * moments and quantiles, and flags the cells to look at here (missing, invalid, out of bounds); a
     * unique check logs them all here. False, nothing done, when the kernel cannot (no free
     * registers, or its scratch holds another column): the caller's loop then runs.
     */
    consumeSummarized(batch, index, n, min, max, isBool, hashA, hashB) {
        if (!isBool && !this.kernelSlots.takeHll())
            return false;
        const summary = (0,csv_kernel/* csvKernel */.yF)().summarizeNumbers(n, min, max, isBool, this.kernelSlots.hll);
        if (!summary)
            return false;
        const { flags, parsed } = summary;
        const states = this.states;
        for (let k = 0; k < flags.length; k++) {
            const i = flags[k];
            const state = states[i];
            // a parsed value out of bounds (profiled by the kernel), a missing or an invalid cell
            if (state === VALID_HASHED)
                flag(this.tallies.between, batch, index, i);
            else if (state === MISSING)
                this.recordMissing(batch, index, i);
            else
                this.recordInvalid(batch, index, i, (0,text_cells/* cellText */.I)(batch.text, index, i));
        }
        this.validCount += parsed;
        if (isBool)
            this.profiler.addBooleans(summary.ones, parsed - summary.ones);
        else
            this.profiler.addFiniteValues(summary.values);
        if (this.uniqueHashes)
            this.logUnique(batch.rowOffset, n, hashA, hashB);
        return true;
    }
    /**
     * Logs the batch's parsed values for the unique check, watching their order: as runs while they
     * ascend (deferUnique), as hash records (grouped by partition in the kernel) from the first that
     * does not on.
     */
    logUnique(rowOffset, n, hashA, hashB) {
        const unique = this.uniqueHashes;
        const values = this.values;
        const states = this.states;
        let recordsFrom = this.uniqueRuns ? n : 0;
        let last = this.uniqueLast;
        let ascending = this.uniqueAscending;
        for (let i = 0; i < n; i++) {
            if (states[i] !== VALID_HASHED)
                continue;
            const x = values[i];
            if (recordsFrom === n && !this.deferUnique(x, rowOffset + i))
                recordsFrom = i;
            if (!(x > last))
                ascending = false;
            if (this.uniqueCount++ === 0)
                this.uniqueFirst = x;
            last = x;
        }
        this.uniqueLast = last;
        this.uniqueAscending = ascending;
        if (recordsFrom === n)
            return;
        const records = recordsFrom === 0 ? (0,csv_kernel/* csvKernel */.yF)().partitionRecords(n, rowOffset, hashA, hashB, undefined, undefined, states, VALID_HASHED) : undefined;
        if (records)
            unique.pushPartitioned(records);
        else
            for (let i = recordsFrom; i < n; i++)
                if (states[i] === VALID_HASHED)
                    unique.push(hashA[i], hashB[i], rowOffset + i);
    }
    /**
     * Keeps a unique value in the column's runs while its values ascend. False when it must be
     * logged as a record: the runs are then written out as records first (in order), and every later
     * value is logged as a record too.
     */
    deferUnique(x, position) {
        const runs = this.uniqueRuns;
        if (!runs)
            return false;
        if (runs.add(x, position))
            return true;
        runs.writeTo(this.uniqueHashes);
        this.uniqueRuns = undefined;
        return false;
    }
    /** A cell that is not a value of the column's type: reported by the type check, hashed as its text. */
    recordInvalid(batch, index, i, v) {
        this.tallies.type.record(batch.file, batch.rowOffset + i + 1, batch.lines[i], display(v));
        if (this.cellA) {
            this.cellA[i] = hashStringPair(String(v));
            this.cellB[i] = pair.b;
        }
        // Values of the wrong type are left out of the unique check (the type check reports them).
    }
    /** For a part that ends early (an error): frees what this analyzer holds in the kernel. */
    close() {
        this.kernelSlots.release();
    }
    /**
     * Text cells: CSV cells are read in place in the batch's text (a string is made only for a value
     * the checks or the profile keep); other formats' values are turned into text first.
     */
    consumeStrings(batch, index, n) {
        const spec = this.spec;
        const { allowed, regex, length } = this.tallies;
        const tests = this.textTests;
        const allowedValues = spec?.allowed?.values;
        const pattern = spec?.regex?.pattern;
        const minLength = spec?.length?.min ?? 0;
        const maxLength = spec?.length?.max ?? Infinity;
        const profiler = this.profiler;
        const cellA = this.cellA;
        const cellB = this.cellB;
        const unique = this.uniqueHashes;
        const verdicts = (this.verdicts ??= newVerdicts());
        const na = this.na;
        const t = batch.text;
        const cells = t ? undefined : batch.cells[index];
        const starts = t?.starts[index];
        const ends = t?.ends[index];
        // cells' hashes go straight into the row-hash arrays (or a scratch when rows are not hashed)
        const hashesA = cellA ?? (this.scratchA = atLeast(this.scratchA, n));
        const hashesB = cellB ?? (this.scratchB = atLeast(this.scratchB, n));
        // the kernel hashes the column's cells at once (all but escaped ones) when it holds the text
        const hashed = t !== undefined && t.kernelGeneration !== undefined && (0,csv_kernel/* csvKernel */.yF)()?.hashTexts(t.kernelGeneration, starts, ends, n, hashesA, hashesB) === true;
        // A column of repeated values (categories): the kernel counts the cells holding a value the
        // column found clean before (learned below) and flags the others, which this loop then looks
        // at alone. The known values' counts are added after it, by value.
        const slots = this.kernelSlots;
        const summary = hashed && this.kernelTexts ? slots.textSummary(n, profiler.frequent) : undefined;
        // a column of free text (no known values to count) checked for presence and length alone: the kernel adds its cells
        const done = summary === undefined && hashed && this.kernelFreeTexts ? this.consumeFreeTexts(batch, index, n, hashesA, hashesB) : 0;
        if (done === n)
            return;
        const flags = summary?.flags;
        const cellCount = flags ? flags.length : n;
        const learning = summary !== undefined && slots.learning;
        for (let k = done; k < cellCount; k++) {
            const i = flags === undefined ? k : flags[k];
            // the cell is text[start, end)
            let text;
            let start = 0;
            let end;
            if (t) {
                start = starts[i];
                end = ends[i];
                if (end < 0 || t.lazy) {
                    // an escaped cell, or a cell of a text the kernel holds (made a string alone)
                    text = (0,text_cells/* cellText */.I)(t, index, i);
                    start = 0;
                    end = text.length;
                }
                else
                    text = t.text;
            }
            else {
                const v = cells[i];
                if (v === null || v === undefined) {
                    this.recordMissing(batch, index, i);
                    continue;
                }
                // JSONL and Parquet may hold numbers or booleans in a string column; their text is the value.
                text = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : (0,format/* valueText */.R)(v);
                end = text.length;
            }
            // a cell the kernel hashed is checked against the NA spellings by its hash (no text read)
            const kernelHashed = hashed && ends[i] >= 0;
            if (kernelHashed ? na.isMissingHashed(hashesA[i], hashesB[i], end - start) : na.isMissingText(text, start, end)) {
                this.recordMissing(batch, index, i);
                continue;
            }
            this.validCount++;
            if (!kernelHashed)
                hashTextInto(text, start, end, hashesA, hashesB, i);
            const a = hashesA[i];
            const b = hashesB[i];
            let clean = true;
            if (allowed || regex) {
                // Categorical columns repeat a few values: the verdict of a value is remembered by its hash,
                // which saves making the string, a Set lookup and a regex run per cell.
                const slot = a & VERDICT_MASK;
                let verdict;
                if (verdicts.a[slot] === a && verdicts.b[slot] === b && verdicts.known[slot] === 1)
                    verdict = verdicts.verdict[slot];
                else {
                    const s = text.slice(start, end);
                    verdict = (allowed && !allowedValues.has(s) ? NOT_ALLOWED : 0) | (regex && !pattern.test(s) ? NO_MATCH : 0);
                    verdicts.a[slot] = a;
                    verdicts.b[slot] = b;
                    verdicts.verdict[slot] = verdict;
                    verdicts.known[slot] = 1;
                }
                if (verdict & NOT_ALLOWED)
                    flag(allowed, batch, index, i);
                if (verdict & NO_MATCH)
                    flag(regex, batch, index, i);
                clean = verdict === 0;
            }
            const chars = end - start;
            if (length && (chars < minLength || chars > maxLength)) {
                flag(length, batch, index, i);
                clean = false;
            }
            if (tests !== undefined) {
                const s = text.slice(start, end);
                for (let k = 0; k < tests.length; k++) {
                    if (!tests[k].test(s)) {
                        flag(tests[k].tally, batch, index, i);
                        clean = false;
                    }
                }
            }
            if (unique)
                unique.push(a, b, batch.rowOffset + i);
            profiler.addTextHashed(text, start, end, a, b);
            if (learning && clean && kernelHashed)
                slots.learn(text, start, end, a, b);
        }
        if (summary) {
            slots.forKnownCounts(summary, n, (text, a, b, count) => {
                this.validCount += count;
                profiler.addRepeatedText(text, a, b, count);
            });
        }
    }
    /**
     * consumeStrings' loop done by the CSV kernel (kernel-slots.ts freeTextSummary) for a batch it
     * hashed: only missing and out-of-length cells come back. Returns how many cells, from the first,
     * were done: all of them, none when the kernel cannot take the column, or the cells before a key
     * the kernel had no room for (the caller's loop does the rest).
     */
    consumeFreeTexts(batch, index, n, hashesA, hashesB) {
        const bounds = this.spec?.length;
        const summary = this.kernelSlots.freeTextSummary(this.profiler.frequent, batch.text, index, n, hashesA, hashesB, this.na, bounds?.min ?? 0, bounds?.max ?? Infinity);
        if (!summary)
            return 0;
        const { flags } = summary;
        const length = this.tallies.length;
        for (let k = 0; k < flags.length; k++) {
            const i = flags[k] >> 1;
            if ((flags[k] & 1) === 0)
                this.recordMissing(batch, index, i);
            else if (length)
                flag(length, batch, index, i);
        }
        this.validCount += summary.valid;
        this.profiler.addSummarizedTexts(summary.valid, summary.lengthSum, summary.lengthMin, summary.lengthMax);
        return summary.consumed;
    }
    toState() {
        this.kernelSlots.release(this.profiler.hll.registers);
        const tallies = {};
        for (const [check, tally] of Object.entries(this.tallies))
            tallies[check] = tally.toState();
        return {
            name: this.name,
            elementCount: this.elementCount,
            missingCount: this.missingCount,
            validCount: this.validCount,
            tallies,
            profile: this.profiler.toState(),
            uniqueHashes: this.uniqueHashes?.toState(),
            uniqueRuns: this.uniqueRuns?.toArray(),
            uniqueAscending: this.spec?.representation !== 'number' || !this.uniqueHashes || this.uniqueCount === 0
                ? undefined
                : this.uniqueAscending && { first: this.uniqueFirst, last: this.uniqueLast },
        };
    }
}
function atLeast(array, n) {
    return array.length >= n ? array : new Uint32Array(n);
}
/**
 * Counts row i of a batch against `tally`. The cell's text is read and shown only while the tally
 * still keeps examples (the first 20): a column with a million missing cells makes 20 strings.
 */
function flag(tally, batch, index, i) {
    if (tally.full)
        tally.unexpected++;
    else
        tally.record(batch.file, batch.rowOffset + i + 1, batch.lines[i], display(batch.text ? (0,text_cells/* cellText */.I)(batch.text, index, i) : batch.cells[index][i]));
}
const VERDICT_MASK = 1023;
const NOT_ALLOWED = 1;
const NO_MATCH = 2;
function newVerdicts() {
    const size = VERDICT_MASK + 1;
    return { a: new Uint32Array(size), b: new Uint32Array(size), verdict: new Uint8Array(size), known: new Uint8Array(size) };
}
/** A cell as shown in a report: long text is cut so reports stay readable and small. */
function display(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'boolean')
        return value;
    const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
    return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}

// EXTERNAL MODULE: ./src/data/checks/expectation.ts
var checks_expectation = __webpack_require__(60354);
;// CONCATENATED MODULE: ./src/data/hash/hash-groups.ts
/**
 * Finding equal hashes among records `[hashA, hashB, position, ...]`, one hash partition at a time.
 * A partition holds about 1/64 of the rows, so its open-addressing table (4 bytes a slot, load at
 * most 1/2) stays small enough for the CPU caches: about 20 ns a record, where one table over all
 * rows would miss the cache on nearly every probe.
 */
/**
 * Calls `visit(first, repeat)` for every record whose 64-bit hash equals that of an earlier record,
 * with the indexes of the first record of that hash and of the repeat. Records arrive in position
 * order, so "first" is the earliest row. With `withExtra`, records of width 5 are equal only when
 * their extra words (a label's hash) are equal too.
 */
function forEachRepeat(records, width, count, visit, withExtra = false, scratch = new HashScratch()) {
    const extra = withExtra && width >= 5;
    const size = tableSize(count);
    const mask = size - 1;
    const slots = scratch.table(0, size);
    for (let r = 0; r < count; r++) {
        const at = r * width;
        const a = records[at];
        const b = records[at + 1];
        const c = extra ? records[at + 3] : 0;
        const d = extra ? records[at + 4] : 0;
        // The top bits of A chose the partition; its low bits (and the label's) spread records over the slots.
        let slot = (a ^ Math.imul(c, 0x9e3779b1)) & mask;
        for (;;) {
            const existing = slots[slot];
            if (existing === -1) {
                slots[slot] = r;
                break;
            }
            const e = existing * width;
            if (records[e] === a && records[e + 1] === b && (!extra || (records[e + 3] === c && records[e + 4] === d))) {
                visit(existing, r);
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
}
/**
 * The two row checks of a labelled log (width 5: features hash, position, label hash) in one pass:
 * `duplicate(first, repeat)` for a record whose features and label both equal an earlier record's
 * (first = the earliest such), `conflict(first, repeat)` for one whose features equal an earlier
 * record's but whose label differs from that earliest record's label. The same calls as
 * forEachRepeat with and without `withExtra`, for one read of the partition instead of two.
 *
 * The table is keyed by features only. A repeat with the first record's label duplicates it; a repeat
 * with another label conflicts, and duplicates the earliest record with its own features and label,
 * which is found in a second table holding only those conflicting records (few in usual data).
 */
function forEachLabelledRepeat(records, count, duplicate, conflict, scratch = new HashScratch()) {
    const width = 5;
    const size = tableSize(count);
    const mask = size - 1;
    const slots = scratch.table(0, size);
    let others;
    for (let r = 0; r < count; r++) {
        const at = r * width;
        const a = records[at];
        const b = records[at + 1];
        let slot = a & mask;
        for (;;) {
            const existing = slots[slot];
            if (existing === -1) {
                slots[slot] = r;
                break;
            }
            const e = existing * width;
            if (records[e] === a && records[e + 1] === b) {
                if (records[e + 3] === records[at + 3] && records[e + 4] === records[at + 4])
                    duplicate(existing, r);
                else {
                    conflict(existing, r);
                    const earlier = findOrAdd((others ??= scratch.table(1, size)), mask, records, r);
                    if (earlier >= 0)
                        duplicate(earlier, r);
                }
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
}
/** The earliest record in `table` with record r's features and label, or -1 after adding r. */
function findOrAdd(table, mask, records, r) {
    const at = r * 5;
    const a = records[at];
    const c = records[at + 3];
    let slot = (a ^ Math.imul(c, 0x9e3779b1)) & mask;
    for (;;) {
        const existing = table[slot];
        if (existing === -1) {
            table[slot] = r;
            return -1;
        }
        const e = existing * 5;
        if (records[e] === a && records[e + 1] === records[at + 1] && records[e + 3] === c && records[e + 4] === records[at + 4])
            return existing;
        slot = (slot + 1) & mask;
    }
}
/** Slots of an open-addressing table for `count` records: a power of two, load at most 1/2. */
function tableSize(count) {
    let size = 1024;
    while (size < count * 2)
        size *= 2;
    return size;
}
/**
 * Hash tables reused from one partition to the next, so that the hash checks leave no garbage per
 * partition. Allocated afresh, a 1 GB file's partitions piled up between collections and lifted
 * peak memory by ~60 MB at the end of a run (records are reused the same way: partition-reader.ts).
 */
class HashScratch {
    tables = [new Int32Array(0), new Int32Array(0)];
    /** Table `k` (0 or 1) of `size` empty (-1) slots (valid until the next call for `k`). */
    table(k, size) {
        if (this.tables[k].length < size)
            this.tables[k] = new Int32Array(size);
        const table = this.tables[k].subarray(0, size);
        table.fill(-1);
        return table;
    }
}

;// CONCATENATED MODULE: ./src/data/hash/line-log.ts


/**
 * The line each row starts on, so a row found by its hash can be annotated where it stands. Rows
 * nearly always follow each other line by line, so only the rows that break that run are kept (the
 * first row, a row after blank lines or after a quoted line break): a plain file has one pair, not
 * a word per row. Pairs spill like RecordLog, so a file with a line break
 * in every row still keeps memory bounded; only the few lines of reported examples are read back.
 */
class LineLog {
    spill;
    pairs;
    length = 0;
    file = null;
    spilled = 0;
    rows = 0;
    /** The line the next row starts on if it continues the current run. */
    expected = -1;
    constructor(spill) {
        this.spill = spill;
        this.pairs = new Int32Array(Math.max(2, Math.min(2048, spill.budgetWords & ~1)));
    }
    pushMany(lines, n) {
        let expected = this.expected;
        for (let i = 0; i < n; i++) {
            const line = lines[i];
            if (line !== expected)
                this.add(this.rows + i, line);
            expected = line + 1;
        }
        this.expected = expected;
        this.rows += n;
    }
    add(row, line) {
        if (this.length + 2 > this.pairs.length) {
            if (this.length >= this.spill.budgetWords) {
                this.file ??= new SpillFile(this.spill, 'lines');
                this.file.append(this.pairs, this.length);
                this.spilled += this.length / 2;
                this.length = 0;
            }
            else {
                const grown = new Int32Array(this.pairs.length * 2);
                grown.set(this.pairs);
                this.pairs = grown;
            }
        }
        this.pairs[this.length++] = row;
        this.pairs[this.length++] = line;
    }
    /** Closes the spill file (toState does too): call when a part ends early, on an error. */
    close() {
        this.file?.close();
    }
    toState() {
        this.close();
        return { file: this.file?.path ?? null, spilled: this.spilled, tail: this.pairs.slice(0, this.length) };
    }
}
/** The line of row `index` of a part (0-based): a binary search over the run starts. */
function lineAt(state, index) {
    const tail = state.tail;
    if (tail.length > 0 && tail[0] <= index)
        return lineIn((k) => tail[2 * k], (k) => tail[2 * k + 1], tail.length / 2, index);
    if (state.spilled === 0)
        return 0;
    // Only reported examples come here (at most 20 per check): a few reads of 8 bytes each.
    const fd = (0,external_node_fs_.openSync)(state.file, 'r');
    try {
        const pair = new Int32Array(2);
        const bytes = new Uint8Array(pair.buffer);
        const word = (k, w) => {
            (0,external_node_fs_.readSync)(fd, bytes, 0, 8, k * 8);
            return pair[w];
        };
        return lineIn((k) => word(k, 0), (k) => word(k, 1), state.spilled, index);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * The line of row `index` from `count` run starts (row `rowOf(k)` is on line `lineOf(k)`, rows
 * ascending, the first being row 0): the last run that starts at or before the row holds it.
 */
function lineIn(rowOf, lineOf, count, index) {
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (rowOf(mid) <= index)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lineOf(lo) + (index - rowOf(lo));
}

;// CONCATENATED MODULE: ./src/data/hash/partition-reader.ts


/** Bytes of records held at once: partitions are read in groups up to about this size. */
const GROUP_BYTES = 2 << 20;
/**
 * Reads the partitions of a stream of parts' logs in ascending order, as one array each, with
 * positions moved by each part's offset (parts in order, so positions stay ascending within equal
 * hashes, as the hash checks need).
 *
 * Why in groups: a spilled chunk holds all 64 partitions one after the other, a few KB each, so
 * reading one partition took one read per chunk (15,000 system calls for the bench file's row
 * logs). Consecutive partitions are contiguous in every chunk: a group of them is read with one
 * vectored read per chunk (preadv), straight to where each partition's records go, in a buffer
 * reused from group to group. Groups stay near GROUP_BYTES, so memory stays flat whatever the size
 * of the file.
 */
class PartitionReader {
    parts;
    to;
    groupFrom = 0;
    groupTo = 0;
    buffer = new Uint32Array(0);
    /** Where partition groupFrom + j starts in the buffer, and its length in words. */
    starts = new Int32Array(0);
    lengths = new Int32Array(0);
    span;
    width;
    /**
     * @param to the partition after the last one that will be read (a thread's share ends there)
     * @param groupBytes about how many bytes of records to hold at once
     */
    constructor(parts, to = PARTITIONS, groupBytes = GROUP_BYTES) {
        this.parts = parts;
        this.to = to;
        let words = 0;
        for (const { state } of parts) {
            for (let k = 0; k < state.spilled.length; k++)
                words += state.spilled[k];
            for (const tail of state.tails)
                words += tail.length;
        }
        const partitionBytes = (words * 4) / PARTITIONS;
        this.span = Math.max(1, Math.min(PARTITIONS, Math.floor(groupBytes / Math.max(1, partitionBytes))));
        this.width = parts[0]?.state.width ?? 3;
    }
    /** Partition p (ascending from call to call) as records and their count; valid until the next call. */
    read(p) {
        if (p < this.groupFrom || p >= this.groupTo)
            this.readGroup(p, Math.min(this.to, p + this.span));
        const j = p - this.groupFrom;
        const records = this.buffer.subarray(this.starts[j], this.starts[j] + this.lengths[j]);
        return { records, count: records.length / this.width };
    }
    /** Reads partitions [from, to) of every part: one vectored read per spilled chunk. */
    readGroup(from, to) {
        this.groupFrom = from;
        this.groupTo = to;
        const span = to - from;
        const lengths = new Int32Array(span);
        for (const { state } of this.parts) {
            for (let k = 0; k < state.spilled.length; k += PARTITIONS)
                for (let j = 0; j < span; j++)
                    lengths[j] += state.spilled[k + from + j];
            for (let j = 0; j < span; j++)
                lengths[j] += state.tails[from + j].length;
        }
        const starts = new Int32Array(span);
        let total = 0;
        for (let j = 0; j < span; j++) {
            starts[j] = total;
            total += lengths[j];
        }
        if (this.buffer.length < total)
            this.buffer = new Uint32Array(Math.max(total, Math.floor(this.buffer.length * 1.25)));
        const buffer = this.buffer;
        // where the next words of partition from + j go: parts one after the other, chunks in order
        const cursor = Int32Array.from(starts);
        const partStart = new Int32Array(span);
        for (const { state, offset } of this.parts) {
            partStart.set(cursor);
            if (state.file && state.spilled.length > 0)
                readSpilled(state, from, to, buffer, cursor);
            for (let j = 0; j < span; j++) {
                const tail = state.tails[from + j];
                buffer.set(tail, cursor[j]);
                cursor[j] += tail.length;
                if (offset !== 0)
                    for (let i = partStart[j] + 2; i < cursor[j]; i += state.width)
                        buffer[i] += offset;
            }
        }
        this.starts = starts;
        this.lengths = lengths;
    }
}
/** Appends partitions [from, to) of each spilled chunk of `state` at cursor[p - from] (advanced). */
function readSpilled(state, from, to, buffer, cursor) {
    const spilled = state.spilled;
    const fd = (0,external_node_fs_.openSync)(state.file, 'r');
    try {
        let chunkStart = 0; // words into the file
        for (let k = 0; k < spilled.length; k += PARTITIONS) {
            let before = 0;
            for (let q = 0; q < from; q++)
                before += spilled[k + q];
            const views = [];
            let length = 0;
            for (let q = from; q < to; q++) {
                const words = spilled[k + q];
                if (words === 0)
                    continue;
                views.push(new Uint8Array(buffer.buffer, buffer.byteOffset + cursor[q - from] * 4, words * 4));
                cursor[q - from] += words;
                length += words;
            }
            let after = 0;
            for (let q = to; q < PARTITIONS; q++)
                after += spilled[k + q];
            if (length > 0)
                readFully(fd, views, (chunkStart + before) * 4, state.file);
            chunkStart += before + length + after;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Fills `views` from the file at `position` (contiguous there), in one call unless the OS reads short. */
function readFully(fd, views, position, file) {
    let got = (0,external_node_fs_.readvSync)(fd, views, position);
    const total = views.reduce((sum, view) => sum + view.length, 0);
    if (got === total)
        return;
    // a short read: the rest view by view
    for (const view of views) {
        if (got >= view.length) {
            got -= view.length;
            position += view.length;
            continue;
        }
        for (let at = got; at < view.length;) {
            const n = (0,external_node_fs_.readSync)(fd, view, at, view.length - at, position + at);
            if (n === 0)
                throw new Error(`spill file ${file} is shorter than expected`);
            at += n;
        }
        position += view.length;
        got = 0;
    }
}

;// CONCATENATED MODULE: ./src/data/checks/hash-checks.ts






/** Maps a dataset-wide row position (parts concatenated) to the file, row and line it came from. */
class RowPlaces {
    parts = [];
    length = 0;
    /** Adds the next part: `rows` rows of `file`, the first being data row `rowShift + 1`, its lines `lineShift` after those recorded. */
    add(file, rows, rowShift, lines, lineShift = 0) {
        const start = this.length;
        this.parts.push({ start, file, rowShift, lineShift, lines });
        this.length += rows;
        return start;
    }
    place(position) {
        let lo = 0;
        let hi = this.parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.parts[mid].start <= position)
                lo = mid;
            else
                hi = mid - 1;
        }
        const part = this.parts[lo];
        const local = position - part.start;
        return { file: part.file, row: part.rowShift + local + 1, line: part.lines ? lineAt(part.lines, local) + part.lineShift : 0 };
    }
}
function describePlace(place, sameFile) {
    return place.file === sameFile ? `row ${place.row}` : `row ${place.row} of ${place.file}`;
}
/**
 * Offending positions, found in hash order and reported in row order: the count of all of them and
 * the first 20 by position (each with the earlier position it repeats), in constant memory.
 */
class Findings {
    count = 0;
    kept = [];
    add(position, earlier) {
        this.count++;
        const kept = this.kept;
        if (kept.length === MAX_EXAMPLES && position >= kept[kept.length - 1].position)
            return;
        let at = kept.length;
        while (at > 0 && kept[at - 1].position > position)
            at--;
        kept.splice(at, 0, { position, earlier });
        if (kept.length > MAX_EXAMPLES)
            kept.pop();
    }
    toState() {
        return { count: this.count, kept: this.kept };
    }
}
/**
 * The findings of several shares of the partitions as one: partitions hold disjoint hashes, so the
 * counts add up and the first 20 of the union are the first 20 overall.
 */
function mergeFindings(shares) {
    const kept = shares.flatMap((s) => s.kept).sort((x, y) => x.position - y.position);
    return { count: shares.reduce((sum, s) => sum + s.count, 0), kept: kept.slice(0, MAX_EXAMPLES) };
}
/**
 * Runs every job over partitions [from, to), one partition of one stream in memory at a time. Each
 * job gives one FindingsState, `labelled-rows` two (duplicates, then conflicts). Threads can split
 * the partitions between them and merge their findings (mergeFindings).
 */
function hash_checks_runHashJobs(jobs, from = 0, to = PARTITIONS) {
    const scratch = new HashScratch();
    return jobs.map((job) => {
        const found = job.kind === 'labelled-rows' ? [new Findings(), new Findings()] : [new Findings()];
        if (job.stream.length > 0) {
            const width = job.stream[0].state.width;
            const reader = new PartitionReader(job.stream, to);
            for (let p = from; p < to; p++) {
                const { records, count } = reader.read(p);
                if (count > 1)
                    visitPartition(job, records, width, count, found, scratch);
            }
        }
        return found.map((f) => f.toState());
    });
}
function visitPartition(job, records, width, count, found, scratch) {
    const [first, second] = found;
    const at = (record) => records[record * width + 2];
    switch (job.kind) {
        case 'repeats':
            forEachRepeat(records, width, count, (f, r) => first.add(at(r), at(f)), true, scratch);
            return;
        case 'conflicts':
            forEachRepeat(records, width, count, (f, r) => {
                if (records[r * width + 3] !== records[f * width + 3] || records[r * width + 4] !== records[f * width + 4])
                    first.add(at(r), at(f));
            }, false, scratch);
            return;
        case 'labelled-rows':
            forEachLabelledRepeat(records, count, (f, r) => first.add(at(r), at(f)), (f, r) => second.add(at(r), at(f)), scratch);
            return;
        case 'leakage': {
            const trainRows = job.trainRows;
            forEachRepeat(records, width, count, (f, r) => {
                if (at(f) < trainRows && at(r) >= trainRows)
                    first.add(at(r) - trainRows, at(f));
            }, true, scratch);
            return;
        }
    }
}
const runHashJobsHere = (jobs) => ({ finish: () => Promise.resolve(hash_checks_runHashJobs(jobs)) });
/** The tally of repeats (unique values, duplicate rows), each described as `verb` the earlier row. */
function repeatsTally(findings, places, verb) {
    return toTally(findings, places, places, (here, earlier) => `${verb} ${describePlace(earlier, here.file)}`);
}
/** The tally of conflicting labels (Deepchecks' conflicting labels). */
function conflictsTally(findings, places) {
    return toTally(findings, places, places, (here, earlier) => `same features as ${describePlace(earlier, here.file)}, other label`);
}
/** Eval rows that also stand in the training data (Deepchecks' train-test samples mix). */
function findLeakage(train, trainPlaces, evalRows, evalPlaces) {
    // Both in one position space, train first: a repeat whose first row is a train row and which is
    // itself an eval row leaks.
    const trainRows = trainPlaces.length;
    const both = [...train, ...evalRows.map(({ state, offset }) => ({ state, offset: offset + trainRows }))];
    const [[findings]] = hash_checks_runHashJobs([{ kind: 'leakage', stream: both, trainRows }]);
    return toTally(findings, evalPlaces, trainPlaces, (_, there) => `also row ${there.row} of ${there.file}`);
}
function toTally(findings, places, earlierPlaces, describe) {
    const tally = new Tally();
    for (const { position, earlier: e } of findings.kept) {
        const here = places.place(position);
        const earlier = earlierPlaces.place(e);
        const firstRow = places === earlierPlaces && earlier.file === here.file ? earlier.row : undefined;
        tally.record(here.file, here.row, here.line, describe(here, earlier), firstRow);
    }
    tally.unexpected = findings.count;
    return tally;
}

;// CONCATENATED MODULE: ./src/data/checks/check-results.ts



/**
 * A dataset-level check over `elements` items (columns of a header, rows) in which each offending
 * item counts once: `found` is the Tally of offenders (count and first examples).
 */
function countResult(check, id, severity, expectation, elements, found) {
    return {
        id, check, severity, expectation,
        success: found.unexpected === 0,
        elementCount: elements, missingCount: 0,
        unexpectedCount: found.unexpected,
        unexpectedPercent: elements === 0 ? 0 : (100 * found.unexpected) / elements,
        examples: found.examples.slice(0, MAX_EXAMPLES),
    };
}
function percent(part, whole) {
    return whole === 0 ? 0 : (100 * part) / whole;
}
/**
 * The per-value checks of one column (value-checks.ts, in its order), judged with Great
 * Expectations' `mostly` semantics. `unique` is the unique check's tally from the hash checks.
 */
function columnCheckResults(column, merged, unique) {
    const results = [];
    const { elementCount, missingCount, validCount } = merged;
    const nonMissing = elementCount - missingCount;
    for (const { check, statement } of (0,value_checks/* checksOf */.tg)(column)) {
        const { severity, mostly, expectation } = statement;
        const tally = check.tally === 'hash' ? unique : merged.tallies[check.kind];
        const evaluated = check.over === 'rows' ? elementCount : check.over === 'present' ? nonMissing : validCount;
        const unexpected = check.countsMissing ? missingCount : (tally?.unexpected ?? 0);
        const passing = evaluated === 0 ? 1 : (evaluated - unexpected) / evaluated;
        results.push({
            id: `column.${column.name}.${check.kind}`, check: check.kind, column: column.name, severity,
            success: mostly >= 1 ? unexpected === 0 : passing >= mostly,
            expectation: mostly < 1 ? `${expectation} (mostly ${mostly})` : expectation,
            elementCount, missingCount, unexpectedCount: unexpected,
            unexpectedPercent: percent(unexpected, evaluated),
            examples: tally?.examples ?? [],
        });
    }
    return results;
}
/** Mean, std and quantile bounds, judged from the merged profile (no second pass over the data). */
function aggregateChecks(column, profile) {
    const results = [];
    const aggregate = (check, id, severity, expectation, observed, min, max) => {
        const ok = observed !== null && (min === undefined || observed >= min) && (max === undefined || observed <= max);
        results.push({
            id: `column.${column.name}.${id}`, check, column: column.name, severity, success: ok,
            expectation: `${expectation} ${(0,checks_expectation/* rangeText */.l)(min, max)}`,
            elementCount: profile.count, missingCount: profile.nulls,
            unexpectedCount: ok ? 0 : 1, unexpectedPercent: ok ? 0 : 100,
            observed: observed ?? 'no values', examples: [],
        });
    };
    if (column.mean)
        aggregate('mean', 'mean', column.mean.severity, 'mean', profile.mean, column.mean.min, column.mean.max);
    if (column.std)
        aggregate('std', 'std', column.std.severity, 'standard deviation', profile.std, column.std.min, column.std.max);
    for (const q of column.quantiles) {
        aggregate('quantile', `quantile_${q.q}`, q.severity, `quantile ${q.q}`, quantileOf(profile, q.q), q.min, q.max);
    }
    return results;
}
/** Interpolates quantile q from the profile's quantile table (rank error <= the sketch's ~1%). */
function quantileOf(profile, q) {
    const points = profile.quantileTable?.points;
    if (!points || points.length === 0)
        return null;
    const position = q * (points.length - 1);
    const lo = Math.floor(position);
    const hi = Math.min(points.length - 1, lo + 1);
    return points[lo] + (points[hi] - points[lo]) * (position - lo);
}

;// CONCATENATED MODULE: ./src/data/checks/dataset-accumulator.ts








/**
 * Merges the parts of one dataset (its files, and the byte ranges of each file) in order and turns
 * the merged counts, tallies, profiles and hashes into check results.
 */
class DatasetAccumulator {
    schema;
    spill;
    merged = new Map();
    places = new RowPlaces();
    rows = [];
    compound;
    missingColumns = [];
    unexpectedColumns = [];
    headersSeen = new Set();
    rowCount = 0;
    /**
     * Profiles of added parts, merged and finalized when first asked for: between startHashChecks and
     * finish, so that this work overlaps the helper threads' share of the hash checks.
     */
    pendingProfiles = [];
    finalized;
    /** The hash checks under way (startHashChecks), and which job answers which check. */
    hashChecks;
    /** `spill`: where the records of parts that kept runs go, should their check need them (uniqueStream). */
    constructor(schema, spill) {
        this.schema = schema;
        this.spill = spill;
        this.compound = schema.dataset.unique.map(() => []);
    }
    /** Adds the next part; `shift` places its rows and lines within its file (non-zero for later byte ranges). */
    add(part, shift = { rows: 0, lines: 0 }) {
        if (shift.rows === 0)
            this.checkHeader(part);
        this.rowCount += part.rowCount;
        const hashes = part.hashes;
        // Hash records hold positions within their part; the part's offset makes them dataset-wide.
        const offset = this.places.add(part.file, part.rowCount, shift.rows, hashes?.lines, shift.lines);
        part.analyzers.forEach((state) => this.mergeColumn(state, shift, offset));
        if (hashes) {
            this.rows.push({ state: hashes.rows, offset });
            hashes.compound.forEach((state, k) => this.compound[k].push({ state, offset }));
        }
    }
    checkHeader(part) {
        const present = new Set(part.columns);
        for (const column of this.schema.columns) {
            if (column.required && !present.has(column.name))
                this.missingColumns.push({ file: part.file, row: 0, line: 1, value: column.name });
        }
        for (const name of part.columns) {
            if (!this.schema.byName.has(name))
                this.unexpectedColumns.push({ file: part.file, row: 0, line: 1, value: name });
            this.headersSeen.add(name);
        }
    }
    column(name) {
        let merged = this.merged.get(name);
        if (!merged) {
            const spec = this.schema.byName.get(name);
            merged = {
                name,
                spec,
                elementCount: 0,
                missingCount: 0,
                validCount: 0,
                tallies: {},
                profiler: new ColumnProfiler(profileKind(spec)),
                unique: spec?.unique ? [] : undefined,
                ascendingParts: [],
            };
            this.merged.set(name, merged);
        }
        return merged;
    }
    mergeColumn(state, shift, offset) {
        const merged = this.column(state.name);
        merged.elementCount += state.elementCount;
        merged.missingCount += state.missingCount;
        merged.validCount += state.validCount;
        for (const [check, tally] of Object.entries(state.tallies)) {
            (merged.tallies[check] ??= new Tally()).merge(tally, shift);
        }
        this.pendingProfiles.push({ merged, state: state.profile });
        if (merged.unique && state.uniqueHashes)
            merged.unique.push({ state: state.uniqueHashes, offset, runs: state.uniqueRuns });
        if (state.uniqueAscending !== undefined)
            merged.ascendingParts.push(state.uniqueAscending);
    }
    /**
     * The finalized profiles by column: the schema's columns in its order (those present), then the
     * columns outside the schema, profiled too (a profile is the data's lineage, whatever the schema
     * says). Called between startHashChecks and finish, it is this thread's work while helper
     * threads run their share of the hash checks.
     */
    profileColumns() {
        const profiles = this.finalizeProfiles();
        const columns = {};
        for (const column of this.schema.columns)
            if (this.merged.has(column.name))
                columns[column.name] = profiles.get(column.name);
        for (const merged of this.merged.values())
            if (!merged.spec)
                columns[merged.name] = profiles.get(merged.name);
        return columns;
    }
    /** Merges the parts' profiles, in the order the parts came, and finalizes every column's profile (once). */
    finalizeProfiles() {
        if (!this.finalized) {
            for (const { merged, state } of this.pendingProfiles)
                merged.profiler.merge(ColumnProfiler.fromState(state));
            this.pendingProfiles.length = 0;
            this.finalized = new Map([...this.merged.values()].map((merged) => [merged.name, merged.profiler.finalize()]));
        }
        return this.finalized;
    }
    /**
     * Starts the hash checks (unique values, duplicate rows, conflicting labels) once every part is
     * added: all at once through `runHashJobs`, so that helper threads can take a share of their
     * partitions and start on it now. finish() starts them here when nobody did.
     */
    startHashChecks(runHashJobs = runHashJobsHere) {
        const d = this.schema.dataset;
        const jobs = [];
        const job = (kind, stream) => jobs.push({ kind, stream }) - 1;
        const uniqueJobs = new Map();
        for (const column of this.schema.columns) {
            const merged = this.merged.get(column.name);
            if (column.unique && merged?.unique && !ascendingThroughout(merged))
                uniqueJobs.set(column.name, job('repeats', this.uniqueStream(merged.unique)));
        }
        const compoundJobs = this.compound.map((stream) => job('repeats', stream));
        const conflictsChecked = Boolean(d.conflictingLabels && d.label);
        // Both row checks of a labelled log share one pass over it.
        const labelledRows = d.duplicateRows && conflictsChecked && this.rows[0]?.state.width === 5 ? job('labelled-rows', this.rows) : undefined;
        const duplicateJob = d.duplicateRows && labelledRows === undefined ? job('repeats', this.rows) : undefined;
        const conflictJob = conflictsChecked && labelledRows === undefined ? job('conflicts', this.rows) : undefined;
        this.hashChecks = { pending: jobs.length > 0 ? runHashJobs(jobs) : undefined, uniqueJobs, compoundJobs, conflictsChecked, labelledRows, duplicateJob, conflictJob };
    }
    /**
     * A column's unique records for the hash pass: a part that kept runs (its values ascended) has
     * them written out now as the records they stand for, in a log of their own.
     */
    uniqueStream(parts) {
        return parts.map(({ state, offset, runs }) => {
            if (!runs || runs.length === 0)
                return { state, offset };
            const log = new RecordLog(3, this.spill, 'unique-runs');
            writeRuns(runs, log);
            return { state: log.toState(), offset };
        });
    }
    /** The dataset's check results (in the order of the checks in the schema) and profile. */
    async finish() {
        if (!this.hashChecks)
            this.startHashChecks();
        const { pending, uniqueJobs, compoundJobs, conflictsChecked, labelledRows, duplicateJob, conflictJob } = this.hashChecks;
        const d = this.schema.dataset;
        const found = pending ? await pending.finish() : [];
        const profiles = this.finalizeProfiles();
        const findings = (k, which = 0) => found[k][which];
        const checks = [];
        const headerCount = Math.max(1, this.headersSeen.size);
        checks.push(countResult('columns_present', 'dataset.columns_present', 'error', 'every required column is present', headerCount, { unexpected: this.missingColumns.length, examples: this.missingColumns }));
        if (d.unexpectedColumns !== 'allow') {
            checks.push(countResult('unexpected_columns', 'dataset.unexpected_columns', d.unexpectedColumns, 'no column outside the schema', headerCount, { unexpected: this.unexpectedColumns.length, examples: this.unexpectedColumns }));
        }
        for (const column of this.schema.columns) {
            const merged = this.merged.get(column.name);
            if (!merged)
                continue; // absent everywhere: reported by columns_present
            const profile = profiles.get(column.name);
            const k = uniqueJobs.get(column.name);
            const unique = k !== undefined ? repeatsTally(findings(k), this.places, 'repeats') : column.unique && merged.unique ? repeatsTally(NO_FINDINGS, this.places, 'repeats') : undefined;
            checks.push(...columnCheckResults(column, merged, unique), ...aggregateChecks(column, profile));
        }
        if (d.rowCount) {
            const { min, max, severity } = d.rowCount;
            const ok = (min === undefined || this.rowCount >= min) && (max === undefined || this.rowCount <= max);
            checks.push({
                id: 'dataset.row_count', check: 'row_count', severity, success: ok,
                expectation: `row count ${(0,checks_expectation/* rangeText */.l)(min, max)}`,
                elementCount: this.rowCount, missingCount: 0, unexpectedCount: ok ? 0 : 1, unexpectedPercent: ok ? 0 : 100,
                observed: this.rowCount, examples: [],
            });
        }
        d.unique.forEach((u, k) => {
            const tally = repeatsTally(findings(compoundJobs[k]), this.places, 'repeats');
            checks.push(countResult('compound_unique', `dataset.unique.${u.columns.join('+')}`, u.severity, `(${u.columns.join(', ')}) unique together`, this.rowCount, tally));
        });
        if (d.duplicateRows) {
            const tally = repeatsTally(labelledRows !== undefined ? findings(labelledRows, 0) : findings(duplicateJob), this.places, 'duplicates');
            checks.push(countResult('duplicate_rows', 'dataset.duplicate_rows', d.duplicateRows, 'no duplicate rows', this.rowCount, tally));
        }
        if (conflictsChecked) {
            const tally = conflictsTally(labelledRows !== undefined ? findings(labelledRows, 1) : findings(conflictJob), this.places);
            checks.push(countResult('conflicting_labels', 'dataset.conflicting_labels', d.conflictingLabels, `rows with the same features have the same ${d.label}`, this.rowCount, tally));
        }
        return {
            checks,
            rowCount: this.rowCount,
            columns: this.profileColumns(),
            rows: this.rows.length > 0 ? { rows: this.rows, places: this.places } : undefined,
        };
    }
}
const NO_FINDINGS = { count: 0, kept: [] };
/**
 * True when a unique column's values rose strictly through every part, in part order (sorted ids
 * read in ranges, or files of consecutive ids): no value can repeat, so the hash pass over its log
 * is skipped. Any part out of order leaves it to the hash pass.
 */
function ascendingThroughout(merged) {
    const parts = merged.ascendingParts;
    if (parts.length === 0)
        return false;
    for (let k = 0; k < parts.length; k++) {
        const part = parts[k];
        if (part === false)
            return false;
        if (k > 0 && !(part.first > parts[k - 1].last))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/data/checks/part-analyzer.ts





/**
 * Whether rows are hashed as features + label (the schema names a label and checks conflicting
 * labels). One log then serves every row check: equal rows are equal features with equal labels,
 * so they fall in the same hash partition as the features, and a second log of whole-row hashes
 * (3 more words a row to write, read back and group) is not needed.
 */
function labelledRows(schema) {
    return schema.dataset.label !== undefined && Boolean(schema.dataset.conflictingLabels);
}
/** Whether any check of the schema needs a per-row hash. */
function needsRowHashes(schema, hasEvalPartner) {
    const d = schema.dataset;
    return Boolean(d.duplicateRows || d.conflictingLabels || d.unique.length > 0 || (hasEvalPartner && d.trainEvalLeakage));
}
/**
 * Runs every column analyzer over the batches of one part and folds their cell hashes into row
 * hashes. Columns are folded in name order so that files whose columns come in another order still
 * hash equal rows equally.
 */
class PartAnalyzer {
    file;
    columns;
    schema;
    options;
    rowCount = 0;
    analyzers;
    foldOrder;
    labelled;
    labelIndex;
    compoundIndexes;
    lineLog;
    rowLog;
    compoundLogs = [];
    scratchA;
    scratchB;
    constructor(file, columns, schema, options) {
        this.file = file;
        this.columns = columns;
        this.schema = schema;
        this.options = options;
        this.analyzers = columns.map((name) => new ColumnAnalyzer(name, schema.byName.get(name), schema.naValues, options));
        this.foldOrder = columns.map((_, i) => i).sort((x, y) => (columns[x] < columns[y] ? -1 : columns[x] > columns[y] ? 1 : 0));
        this.labelled = labelledRows(schema);
        // A file without the label column hashes its rows as if every label were missing.
        this.labelIndex = this.labelled ? columns.indexOf(schema.dataset.label) : -1;
        this.compoundIndexes = schema.dataset.unique.map((u) => u.columns.map((c) => columns.indexOf(c)));
        if (options.rowHashes)
            (0,csv_kernel/* csvKernel */.yF)()?.reserve(0, options.batchRows);
        this.scratchA = new Uint32Array(options.rowHashes ? options.batchRows : 0);
        this.scratchB = new Uint32Array(options.rowHashes ? options.batchRows : 0);
        if (options.rowHashes) {
            this.lineLog = new LineLog(options.spill);
            this.rowLog = new RecordLog(this.labelled ? 5 : 3, options.spill, 'rows');
            this.compoundLogs = this.compoundIndexes.map((_, k) => new RecordLog(3, options.spill, `unique${k}`));
        }
    }
    consume(batch) {
        const n = batch.rowCount;
        const first = this.rowCount;
        for (let c = 0; c < this.analyzers.length; c++)
            this.analyzers[c].consume(batch, c);
        this.rowCount += n;
        if (!this.options.rowHashes)
            return;
        this.lineLog.pushMany(batch.lines, n);
        const a = this.scratchA;
        const b = this.scratchB;
        const rows = this.rowLog;
        // the kernel groups a batch's records by partition at once (a push per record cost ~30 ns)
        const kernel = (0,csv_kernel/* csvKernel */.yF)();
        if (this.labelled) {
            // The row without its label, then the label on its own (the null hash when the file has none).
            this.fold(this.foldOrder.filter((c) => c !== this.labelIndex), n);
            const label = this.labelIndex >= 0 ? this.analyzers[this.labelIndex] : undefined;
            const records = label ? kernel?.partitionRecords(n, first, a, b, label.cellA, label.cellB) : undefined;
            if (records)
                rows.pushPartitioned(records);
            else
                for (let i = 0; i < n; i++)
                    rows.push5(a[i], b[i], first + i, label ? label.cellA[i] : NULL_A, label ? label.cellB[i] : NULL_B);
        }
        else {
            this.fold(this.foldOrder, n);
            pushRecords(rows, kernel, n, first, a, b);
        }
        this.compoundIndexes.forEach((indexes, k) => {
            // A column missing from this file hashes as missing in every row (-1 index): fold nothing for it.
            this.fold(indexes.filter((c) => c >= 0), n);
            pushRecords(this.compoundLogs[k], kernel, n, first, a, b);
        });
    }
    /**
     * Adds columns first seen after some rows (JSON Lines keys that appear late): earlier rows count as
     * missing for them. Row hashes of earlier rows do not include the new columns, so a duplicate that
     * straddles the first appearance of a key is not found: a documented limit of key-by-key formats.
     */
    extendColumns(columns) {
        for (const name of columns.slice(this.columns.length)) {
            const analyzer = new ColumnAnalyzer(name, this.schema.byName.get(name), this.schema.naValues, this.options);
            analyzer.addMissing(this.rowCount);
            this.columns.push(name);
            this.analyzers.push(analyzer);
        }
        if (this.labelled)
            this.labelIndex = this.columns.indexOf(this.schema.dataset.label);
        const names = this.columns;
        this.foldOrder = names.map((_, i) => i).sort((x, y) => (names[x] < names[y] ? -1 : names[x] > names[y] ? 1 : 0));
    }
    /** Folds the cell hashes of `columnIndexes` into scratchA/B for the batch's n rows. */
    fold(columnIndexes, n) {
        const a = this.scratchA;
        const b = this.scratchB;
        const kernel = (0,csv_kernel/* csvKernel */.yF)();
        if (kernel) {
            // the same fold four rows at a time in WebAssembly
            const cellsA = columnIndexes.map((c) => this.analyzers[c].cellA);
            const cellsB = columnIndexes.map((c) => this.analyzers[c].cellB);
            if (kernel.foldRows(cellsA, cellsB, n, a, b))
                return;
        }
        a.fill(SEED_A, 0, n);
        b.fill(SEED_B, 0, n);
        for (const c of columnIndexes) {
            const ca = this.analyzers[c].cellA;
            const cb = this.analyzers[c].cellB;
            for (let i = 0; i < n; i++) {
                a[i] = step(a[i], ca[i]);
                b[i] = step(b[i], cb[i]);
            }
        }
        for (let i = 0; i < n; i++) {
            a[i] = fmix(a[i]);
            b[i] = fmix(b[i]);
        }
    }
    /** Closes the spill files of every log: for a part that ends early, on an error (toState closes them too). */
    close() {
        this.lineLog?.close();
        this.rowLog?.close();
        for (const log of this.compoundLogs)
            log.close();
        for (const analyzer of this.analyzers) {
            analyzer.uniqueHashes?.close();
            analyzer.close();
        }
    }
    toState() {
        const hashes = this.options.rowHashes
            ? {
                lines: this.lineLog.toState(),
                rows: this.rowLog.toState(),
                compound: this.compoundLogs.map((log) => log.toState()),
            }
            : undefined;
        return {
            file: this.file,
            columns: this.columns,
            rowCount: this.rowCount,
            analyzers: this.analyzers.map((a) => a.toState()),
            hashes,
        };
    }
}
/** Records [a[i], b[i], first + i] of n rows into a log of width 3: grouped by the kernel when there is one. */
function pushRecords(log, kernel, n, first, a, b) {
    const records = kernel?.partitionRecords(n, first, a, b);
    if (records)
        log.pushPartitioned(records);
    else
        for (let i = 0; i < n; i++)
            log.push(a[i], b[i], first + i);
}

;// CONCATENATED MODULE: ./src/data/profile/table-cdf.ts

/**
 * The CDF of a profile's {@link QuantileTable}, interpolating linearly between points. Runs of
 * equal points (a value holding several percent of the data) come out as a jump of that size, so
 * heavy duplicates are kept.
 */
class TableCdf {
    points;
    steps;
    constructor(table) {
        this.points = table.points;
        this.steps = table.points.length - 1;
    }
    /** Estimated fraction of values <= x. */
    le(x) {
        const p = this.points;
        const N = this.steps;
        if (x < p[0])
            return 0;
        if (x >= p[N])
            return 1;
        const i = upperBound(p, x) - 1; // p[i] <= x < p[i + 1]
        return (i + (x - p[i]) / (p[i + 1] - p[i])) / N;
    }
    /** Estimated fraction of values < x. */
    lt(x) {
        const p = this.points;
        const N = this.steps;
        if (x <= p[0])
            return 0;
        if (x > p[N])
            return 1;
        const i = lowerBound(p, x); // p[i - 1] < x <= p[i]
        return (i - 1 + (x - p[i - 1]) / (p[i] - p[i - 1])) / N;
    }
    /** The q-quantile (q in [0, 1]), interpolated between points. */
    quantile(q) {
        const x = Math.min(Math.max(q, 0), 1) * this.steps;
        const i = Math.min(Math.floor(x), this.steps - 1);
        return this.points[i] + (x - i) * (this.points[i + 1] - this.points[i]);
    }
    /** The points themselves: where the CDF's slope changes. */
    support() {
        return this.points;
    }
}

;// CONCATENATED MODULE: ./src/data/drift/distributions.ts


/**
 * The exact empirical CDF when the profile kept every value (small columns), else the CDF
 * interpolated from its quantile table. Null when the column has no finite values.
 */
function numericCdf(profile) {
    if (profile.valid === 0)
        return null;
    if (profile.exactValues && profile.exactValues.length > 0) {
        const cdf = WeightedCdf.fromValues(profile.exactValues);
        return { le: (x) => cdf.le(x), lt: (x) => cdf.lt(x), quantile: (q) => cdf.quantile(q), support: () => cdf.values };
    }
    if (profile.quantileTable)
        return new TableCdf(profile.quantileTable);
    return null;
}
/**
 * Probabilities of the bins (-inf, e1], (e1, e2], ..., (ek, +inf) for the distinct inner edges
 * e1 < ... < ek.
 */
function cutProbabilities(cdf, innerEdges) {
    const out = [];
    let previous = 0;
    for (const edge of innerEdges) {
        const f = cdf.le(edge);
        out.push(Math.max(0, f - previous));
        previous = f;
    }
    out.push(Math.max(0, 1 - previous));
    return out;
}
/**
 * Probabilities over a histogram's bins plus an underflow and an overflow bin: (-inf, e0),
 * [e0, e1], (e1, e2], ..., (e_last, +inf). Values of the current data outside the baseline's range
 * land in the outer bins instead of being lost. A one-value baseline (edges [v, v]) gives the bins
 * below v, exactly v, above v.
 */
function histogramProbabilities(cdf, edges) {
    const out = [];
    let previous = cdf.lt(edges[0]);
    out.push(previous);
    for (let i = 1; i < edges.length; i++) {
        const f = cdf.le(edges[i]);
        out.push(Math.max(0, f - previous));
        previous = f;
    }
    out.push(Math.max(0, 1 - previous));
    return out;
}
/** PSI bin edges: the baseline's deciles (bins - 1 inner edges), duplicates removed. */
function quantileEdges(cdf, bins) {
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const e = cdf.quantile(i / bins);
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    return edges;
}
/**
 * Aligns two profiles' category frequencies. A value listed on one side only counts 0 on the
 * other; when that side's list is not exact (large domain, top values only) the value may hide in
 * its "other" count, so the L-infinity distance can overstate such a value's change.
 */
function alignCategories(baseline, current) {
    const b = new Map((baseline.categories?.values ?? []).map((v) => [v.value, v.count]));
    const c = new Map((current.categories?.values ?? []).map((v) => [v.value, v.count]));
    const keys = [...new Set([...b.keys(), ...c.keys()])];
    const out = { keys, baseline: keys.map((k) => b.get(k) ?? 0), current: keys.map((k) => c.get(k) ?? 0), hasOther: false };
    const otherB = baseline.categories?.other ?? 0;
    const otherC = current.categories?.other ?? 0;
    if (otherB > 0 || otherC > 0) {
        out.hasOther = true;
        out.baseline.push(otherB);
        out.current.push(otherC);
    }
    return out;
}
/** counts / sum(counts) (all zeros when the sum is 0). */
function normalize(counts) {
    const sum = counts.reduce((a, b) => a + b, 0);
    return counts.map((c) => (sum > 0 ? c / sum : 0));
}

;// CONCATENATED MODULE: ./src/data/drift/metrics.ts
/** Distances between two discrete distributions given as probability vectors over the same bins. */
/**
 * Population Stability Index: sum (q - p) ln(q / p), with probabilities below `epsilon` raised to
 * it (see DriftOptions.psiEpsilon). Symmetric, 0 for identical distributions.
 */
function psi(p, q, epsilon) {
    let sum = 0;
    for (let i = 0; i < p.length; i++) {
        const a = Math.max(p[i], epsilon);
        const b = Math.max(q[i], epsilon);
        sum += (b - a) * Math.log(b / a);
    }
    return sum;
}
/**
 * Jensen-Shannon distance with base-2 logarithms: sqrt of the JS divergence, in [0, 1]; 1 means
 * disjoint supports. Empty bins need no epsilon (0 log 0 = 0). Inputs are renormalised.
 */
function jensenShannonDistance(p, q) {
    const sp = total(p);
    const sq = total(q);
    if (sp <= 0 || sq <= 0)
        return NaN;
    let divergence = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            divergence += 0.5 * a * Math.log2(a / m);
        if (b > 0)
            divergence += 0.5 * b * Math.log2(b / m);
    }
    return Math.sqrt(Math.min(1, Math.max(0, divergence)));
}
/** L-infinity distance: the largest absolute difference of one bin's probability. */
function lInfinity(p, q) {
    let max = 0;
    for (let i = 0; i < p.length; i++)
        max = Math.max(max, Math.abs(p[i] - q[i]));
    return max;
}
function total(p) {
    let s = 0;
    for (let i = 0; i < p.length; i++)
        s += p[i];
    return s;
}

;// CONCATENATED MODULE: ./src/data/drift/stat-tests.ts
/**
 * p-values of the two-sample tests used on small samples. Hand-written: two short numerical
 * routines do not justify a statistics dependency.
 */
/**
 * p-value of the two-sample Kolmogorov-Smirnov statistic d for sample sizes n1 and n2, from the
 * asymptotic Kolmogorov distribution with Stephens' small-sample correction (Numerical Recipes
 * `probks`); accurate to a few percent of p for n >= ~20, which is all a drift warning needs.
 */
function ksPValue(d, n1, n2) {
    if (n1 === 0 || n2 === 0)
        return 1;
    const ne = Math.sqrt((n1 * n2) / (n1 + n2));
    return kolmogorovQ((ne + 0.12 + 0.11 / ne) * d);
}
/** Q(lambda) = 2 sum_{j>=1} (-1)^(j-1) exp(-2 j^2 lambda^2). */
function kolmogorovQ(lambda) {
    if (lambda < 0.2)
        return 1; // the series converges slowly there, and Q is 1 to 1e-9 precision
    const a2 = -2 * lambda * lambda;
    let fac = 2;
    let sum = 0;
    let previous = 0;
    for (let j = 1; j <= 100; j++) {
        const term = fac * Math.exp(a2 * j * j);
        sum += term;
        if (Math.abs(term) <= 1e-3 * previous || Math.abs(term) <= 1e-10 * sum)
            return Math.min(1, Math.max(0, sum));
        fac = -fac;
        previous = Math.abs(term);
    }
    return 1;
}
/** Upper-tail p-value of a chi-squared statistic x with `df` degrees of freedom. */
function chiSquaredPValue(x, df) {
    if (df <= 0)
        return 1;
    if (x <= 0)
        return 1;
    return regularizedGammaQ(df / 2, x / 2);
}
/** Q(a, x) = Gamma(a, x) / Gamma(a): series below a + 1, continued fraction above (NR 6.2). */
function regularizedGammaQ(a, x) {
    const lnFront = -x + a * Math.log(x) - lnGamma(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < 500; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(lnFront));
    }
    // Lentz's method for the continued fraction.
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 500; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return Math.min(1, Math.exp(lnFront) * h);
}
/** ln Gamma(x) for x > 0 (Lanczos, g = 7, 9 coefficients; ~1e-15 relative). */
function lnGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

;// CONCATENATED MODULE: ./src/data/drift/compute-drift.ts



/** Defaults of every drift option (see DriftOptions for the reasons). */
const DEFAULT_DRIFT_OPTIONS = {
    psi: { warn: 0.1, fail: 0.2 },
    js: { warn: 0.1, fail: 0.2 },
    linf: { warn: 0.1, fail: 0.3 },
    pValue: { warn: 0.05, fail: 0.01 },
    smallSampleRows: 1000,
    driftedShareFail: 0.5,
    psiEpsilon: 1e-4,
    missingColumn: 'warning',
    columns: {},
};
/** PSI bins: deciles of the baseline, the usual choice. */
const PSI_BINS = 10;
const RANK = { ok: 0, warning: 1, fail: 2 };
/**
 * Compares two dataset profiles column by column. Only the profiles are read: numeric columns are
 * compared through their quantile tables (or exact values when small), categorical ones through
 * their category frequencies. Columns present on one side only are reported, not an error.
 */
function computeDrift(baseline, current, options = {}) {
    const resolved = { ...DEFAULT_DRIFT_OPTIONS, ...options, columns: options.columns ?? {} };
    const names = [...Object.keys(baseline.columns), ...Object.keys(current.columns).filter((n) => !(n in baseline.columns))];
    const columns = names.map((name) => compareColumn(name, baseline.columns[name], current.columns[name], resolved));
    const compared = columns.filter((c) => c.decidedBy.length > 0);
    const driftedColumns = compared.filter((c) => c.status === 'fail').map((c) => c.column);
    const share = compared.length === 0 ? 0 : driftedColumns.length / compared.length;
    let status = columns.reduce((worst, c) => (RANK[c.status] > RANK[worst] ? c.status : worst), 'ok');
    let reason;
    if (compared.length > 0 && driftedColumns.length > 0 && share >= resolved.driftedShareFail) {
        status = 'fail';
        reason = `${driftedColumns.length} of ${compared.length} columns drifted (share ${round(share)} >= ${resolved.driftedShareFail})`;
    }
    else if (columns.some((c) => c.missingFrom && c.status === 'fail')) {
        status = 'fail';
        reason = 'a column is missing on one side (missingColumn: fail)';
    }
    else {
        // A single drifted column does not fail the dataset unless the share says so.
        if (status === 'fail')
            status = 'warning';
        reason =
            driftedColumns.length > 0
                ? `${driftedColumns.length} of ${compared.length} columns drifted (share ${round(share)} < ${resolved.driftedShareFail})`
                : status === 'warning'
                    ? 'some columns warn'
                    : 'no drift';
    }
    return { columns, dataset: { compared: compared.length, driftedColumns, share, status, reason }, options: resolved };
}
function compareColumn(name, base, cur, options) {
    const overrides = options.columns[name] ?? {};
    const kind = (base ?? cur).kind;
    const result = {
        column: name,
        kind,
        decidedBy: [],
        metrics: {},
        status: 'ok',
        reason: '',
        baselineValues: base?.valid ?? 0,
        currentValues: cur?.valid ?? 0,
    };
    if (!base || !cur) {
        result.missingFrom = base ? 'current' : 'baseline';
        result.status = options.missingColumn;
        result.reason = base ? 'column is missing from the current data' : 'column is new (not in the baseline)';
        return result;
    }
    if (overrides.skip) {
        result.skipped = true;
        result.reason = 'skipped by configuration';
        return result;
    }
    const numeric = isNumeric(base.kind);
    if (numeric !== isNumeric(cur.kind) || (numeric && base.kind !== cur.kind)) {
        result.status = 'warning';
        result.reason = `kind changed from ${base.kind} to ${cur.kind}; distributions not compared`;
        return result;
    }
    if (base.valid === 0 || cur.valid === 0) {
        result.status = base.valid === cur.valid ? 'ok' : 'warning';
        result.reason = base.valid === cur.valid ? 'no values on either side' : `no values in the ${base.valid === 0 ? 'baseline' : 'current data'}`;
        return result;
    }
    const small = base.valid < options.smallSampleRows && cur.valid < options.smallSampleRows;
    let method = overrides.method ?? 'auto';
    let note = '';
    const applicable = numeric ? ['auto', 'psi', 'js', 'ks'] : ['auto', 'psi', 'js', 'linf', 'chi2'];
    if (!applicable.includes(method)) {
        note = ` (${method} does not apply to ${base.kind} columns; auto used)`;
        method = 'auto';
    }
    const test = method === 'ks' || method === 'chi2' || (method === 'auto' && small);
    result.metrics = numeric ? numericMetrics(base, cur, options, test) : categoricalMetrics(base, cur, options, test);
    const deciding = method !== 'auto' ? [method === 'ks' || method === 'chi2' ? 'pValue' : method] : test ? ['pValue'] : numeric ? ['psi', 'js'] : ['linf', 'psi'];
    judge(result, deciding, { ...options, ...pick(overrides) });
    result.reason += note;
    if (test && method === 'auto')
        result.reason += ` (small samples: ${numeric ? 'KS' : 'chi-squared'} test)`;
    return result;
}
function numericMetrics(base, cur, options, test) {
    const b = numericCdf(base);
    const c = numericCdf(cur);
    const edges = quantileEdges(b, PSI_BINS);
    const metrics = { psi: psi(cutProbabilities(b, edges), cutProbabilities(c, edges), options.psiEpsilon) };
    const histogramEdges = base.histogram?.edges ?? [base.min, base.max];
    metrics.js = jensenShannonDistance(histogramProbabilities(b, histogramEdges), histogramProbabilities(c, histogramEdges));
    metrics.ks = ksStatistic(b, c);
    if (test)
        metrics.pValue = ksPValue(metrics.ks, base.valid, cur.valid);
    return metrics;
}
/** Largest |F_b - F_c|, checked on both sides of every support point of either CDF. */
function ksStatistic(b, c) {
    let d = 0;
    for (const support of [b.support(), c.support()]) {
        for (let i = 0; i < support.length; i++) {
            const x = support[i];
            d = Math.max(d, Math.abs(b.le(x) - c.le(x)), Math.abs(b.lt(x) - c.lt(x)));
        }
    }
    return d;
}
function categoricalMetrics(base, cur, options, test) {
    const aligned = alignCategories(base, cur);
    const p = normalize(aligned.baseline);
    const q = normalize(aligned.current);
    const listed = aligned.keys.length; // L-inf over real categories, not the "other" bucket
    const metrics = {
        psi: psi(p, q, options.psiEpsilon),
        js: jensenShannonDistance(p, q),
        linf: lInfinity(p.slice(0, listed), q.slice(0, listed)),
    };
    if (test) {
        const { chi2, df } = chiSquared(aligned.baseline, aligned.current);
        metrics.chi2 = chi2;
        metrics.pValue = chiSquaredPValue(chi2, df);
    }
    return metrics;
}
/** Pearson's chi-squared test of homogeneity on a 2 x k table (empty categories dropped). */
function chiSquared(a, b) {
    const na = a.reduce((s, x) => s + x, 0);
    const nb = b.reduce((s, x) => s + x, 0);
    const n = na + nb;
    let chi2 = 0;
    let k = 0;
    for (let i = 0; i < a.length; i++) {
        const total = a[i] + b[i];
        if (total === 0)
            continue;
        k++;
        const ea = (total * na) / n;
        const eb = (total * nb) / n;
        chi2 += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
    }
    return { chi2, df: k - 1 };
}
/** Sets status and reason from the deciding metrics (p-values fail when small, distances when large). */
function judge(result, deciding, thresholds) {
    result.decidedBy = deciding;
    const parts = [];
    let status = 'ok';
    for (const key of deciding) {
        const value = result.metrics[key];
        if (value === undefined || Number.isNaN(value))
            continue;
        let s;
        if (key === 'pValue') {
            const t = thresholds.pValue;
            s = value < t.fail ? 'fail' : value < t.warn ? 'warning' : 'ok';
            parts.push(s === 'ok' ? `p-value ${round(value)} >= ${t.warn}` : `p-value ${round(value)} < ${s === 'fail' ? t.fail : t.warn}`);
        }
        else {
            const t = thresholds[key];
            s = value >= t.fail ? 'fail' : value >= t.warn ? 'warning' : 'ok';
            parts.push(s === 'ok' ? `${key} ${round(value)} < ${t.warn}` : `${key} ${round(value)} >= ${s === 'fail' ? t.fail : t.warn}`);
        }
        if (RANK[s] > RANK[status])
            status = s;
    }
    result.status = status;
    result.reason = parts.join(', ');
}
function pick(o) {
    const out = {};
    for (const key of ['psi', 'js', 'linf', 'pValue'])
        if (o[key])
            out[key] = o[key];
    return out;
}
function isNumeric(kind) {
    return kind === 'numeric' || kind === 'datetime';
}
function round(x) {
    return Number(x.toPrecision(3)).toString();
}

;// CONCATENATED MODULE: ./src/data/drift/index.ts
/** Drift between two dataset profiles (baseline vs current), computed from the profiles alone. */


// EXTERNAL MODULE: ./src/data/parts/sources.ts + 9 modules
var sources = __webpack_require__(96104);
;// CONCATENATED MODULE: ./src/data/parts/read-part.ts


/**
 * Runs a PartAnalyzer over a stream of batches (a whole file, or a byte range of one). The header
 * comes with the first batch; a file with a header and no rows still yields its header through
 * `columns` so that missing and unexpected columns are reported.
 */
async function analyzePart(file, batches, schema, options, columns) {
    let analyzer = columns ? new PartAnalyzer(file, columns, schema, options) : undefined;
    try {
        for await (const batch of batches) {
            // JSONL may discover new keys mid-file; a new analyzer would lose counts, so rebuild only before rows.
            if (!analyzer || (analyzer.rowCount === 0 && analyzer.columns.length !== batch.columns.length)) {
                analyzer = new PartAnalyzer(file, batch.columns, schema, options);
            }
            else if (batch.columns.length !== analyzer.columns.length) {
                analyzer.extendColumns(batch.columns);
            }
            analyzer.consume(batch);
            batch.release?.();
        }
    }
    catch (error) {
        analyzer?.close();
        throw error;
    }
    return (analyzer ?? new PartAnalyzer(file, [], schema, options)).toState();
}
/** One byte range of a CSV file, with the number of lines it spans (later ranges' lines follow them). */
async function read_part_analyzeRange(file, range, schema, options, onBytes) {
    const counts = { lines: 0 };
    const state = await analyzePart(file, (0,sources/* rangeBatches */.WJ)(file, range, options.batchRows, counts, onBytes), schema, options, range.columns);
    state.lineCount = counts.lines;
    return state;
}

// EXTERNAL MODULE: ./src/data/schema/resolve-schema.ts
var resolve_schema = __webpack_require__(26092);
// EXTERNAL MODULE: ./src/data/parallel/standby.ts
var parallel_standby = __webpack_require__(63951);
;// CONCATENATED MODULE: ./src/data/parallel/worker.ts






/** The worker side: analyze the range, post the state back (typed arrays are transferred, not copied). */
async function runWorker() {
    const data = workerData;
    const job = data.kind === 'mlops-validate-standby' ? await new Promise((resolve) => parentPort.once('message', resolve)) : data;
    let reply;
    const transfer = [];
    try {
        // The main thread validated this schema already; here it is only rebuilt, so locations are unused.
        const schema = resolveSchema(job.raw, () => ({ file: job.file }), job.file, job.resolveOptions);
        const state = await analyzeRange(job.file, job.range, schema, job.partOptions);
        collectBuffers(state, transfer);
        reply = { ok: true, state };
    }
    catch (error) {
        reply = isUserError(error)
            ? { ok: false, userError: { name: error.name, message: error.message, location: error.location, hint: error.hint } }
            : { ok: false, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort.postMessage(reply, transfer);
    if (!reply.ok)
        return;
    // The main thread may send a share of the hash checks, or terminate this worker.
    parentPort.on('message', (request) => {
        let answer;
        try {
            answer = { ok: true, found: runHashJobs(request.jobs, request.from, request.to) };
        }
        catch (error) {
            answer = { ok: false, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        }
        parentPort.postMessage(answer);
    });
}
function collectBuffers(state, transfer) {
    const add = (array) => {
        if (array && array.buffer instanceof ArrayBuffer && !transfer.includes(array.buffer))
            transfer.push(array.buffer);
    };
    const addLog = (log) => log?.tails.forEach(add);
    for (const analyzer of state.analyzers)
        addLog(analyzer.uniqueHashes);
    const h = state.hashes;
    if (h) {
        add(h.lines.tail);
        addLog(h.rows);
        h.compound.forEach(addLog);
    }
}
/**
 * The main side: run one range job in a worker of `script` (dist/validate-worker/index.js): a
 * standby one when there is one left, else a new one. The worker stays after its answer as the
 * part's helper for the hash checks, until helper.close(); it is unref'd then, so a helper nobody
 * closes cannot keep the process alive.
 */
function runRangeInWorker(script, job, standby) {
    return new Promise((resolve, reject) => {
        const rangeJob = { ...job, kind: 'mlops-validate-range' };
        const waiting = standby?.take(script);
        const worker = waiting ?? (0,parallel_standby/* newWorker */.rW)(script, rangeJob);
        if (waiting) {
            waiting.ref();
            waiting.postMessage(rangeJob);
        }
        let settled = false;
        worker.once('message', (reply) => {
            settled = true;
            if (reply.ok) {
                worker.unref();
                resolve({ state: reply.state, helper: helperOf(worker) });
                return;
            }
            void worker.terminate();
            if (reply.userError) {
                const error = new errors/* DataError */.fL(reply.userError.message, { location: reply.userError.location, hint: reply.userError.hint });
                reject(error);
            }
            else
                reject(new Error(`validation worker failed:\n${reply.stack}`));
        });
        worker.once('error', (error) => {
            if (!settled)
                reject(error);
        });
        worker.once('exit', (code) => {
            if (!settled)
                reject(new Error(`validation worker exited with code ${code} before answering`));
        });
    });
}
/** One share request at a time: the caller awaits each before sending the next. */
function helperOf(worker) {
    let closed = false;
    return {
        share: (jobs, from, to) => new Promise((resolve, reject) => {
            if (closed)
                return reject(new Error('the helper worker was closed'));
            const onExit = (code) => reject(new Error(`the helper worker exited with code ${code}`));
            // referenced while it works: an unref'd worker alone would let the process exit mid-await
            worker.ref();
            worker.once('exit', onExit);
            worker.once('message', (answer) => {
                worker.off('exit', onExit);
                worker.unref();
                if (answer.ok)
                    resolve(answer.found);
                else
                    reject(new Error(`the helper worker failed:\n${answer.stack}`));
            });
            worker.postMessage({ kind: 'mlops-hash-share', jobs, from, to });
        }),
        close: () => {
            if (closed)
                return;
            closed = true;
            void worker.terminate();
        },
    };
}

;// CONCATENATED MODULE: ./src/data/parallel/parse-ranges.ts


async function analyzeRanges(file, size, planned, schema, partOptions, workerScript, standby, digest) {
    const ranges = planned.ranges;
    const readHere = (range) => read_part_analyzeRange(file, range, schema.resolved, partOptions);
    // The first range feeds the file's digest as it is read; the rest of the file is hashed right
    // after it, while the workers still parse their ranges.
    const readFirst = async () => {
        if (!digest)
            return readHere(ranges[0]);
        digest.readTo(ranges[0].start);
        const state = await read_part_analyzeRange(file, ranges[0], schema.resolved, partOptions, (bytes) => digest.update(bytes));
        digest.readTo(size);
        return state;
    };
    // Workers start first; this thread then reads the first range while they run.
    const workers = ranges.slice(1).map((range) => runRangeInWorker(workerScript, { file, range, raw: schema.raw, resolveOptions: schema.options, partOptions }, standby));
    for (const p of workers)
        void p.catch(() => undefined); // judged below, in order
    const results = [readFirst().then((state) => ({ state })), ...workers];
    const placed = [];
    let rows = 0;
    // lines of a range count from its own start; this is the file's line where the next one starts
    let nextLine = planned.dataStartLine;
    for (let k = 0; k < ranges.length; k++) {
        const result = await results[k].catch(() => undefined);
        const shift = { rows, lines: nextLine - 1 };
        if (!result) {
            // Read from this range's start (a confirmed boundary) to the end of the file here: real
            // errors are then thrown with the file's own line numbers. The later ranges' workers go.
            for (const later of results.slice(k + 1))
                later.then((r) => r.helper?.close(), () => undefined);
            try {
                placed.push({ state: await readHere({ ...ranges[k], end: size, firstLine: nextLine }), shift, rereadFrom: ranges[k].start });
            }
            catch (error) {
                placed.forEach((part) => part.helper?.close());
                throw error;
            }
            return placed;
        }
        placed.push({ state: result.state, shift, helper: result.helper });
        rows += result.state.rowCount;
        nextLine += result.state.lineCount;
    }
    return placed;
}

;// CONCATENATED MODULE: ./src/data/parallel/hash-share.ts


/**
 * This thread's share of the partitions, in helpers' shares. Well below one: between start and
 * finish this thread has other work (validate.ts: the profiles and drift, ~0.1 s on the bench files)
 * while helpers start on theirs, and its share starts cold (its first run of the checks' code). With
 * 0.4, on the UTF-8 bench file, the helper was done before this thread's share every time (40-90 ms
 * of it still to run); with 0.1 the share takes 30-55 ms and the checks end ~25 ms sooner.
 */
const HERE_WEIGHT = 0.1;
/**
 * Hash checks shared with the range workers of a parallel read: partitions hold disjoint hashes, so
 * this thread and each helper take a contiguous share of them and their findings merge exactly,
 * and no core sits idle while they run. A helper that fails (its worker died) has its share run
 * here instead: the answer never depends on it.
 */
function shareHashJobs(helpers) {
    return (jobs) => {
        // share k (k >= 1) ends at bound(k); this thread's share weighs HERE_WEIGHT helpers' shares
        const total = HERE_WEIGHT + helpers.length;
        const bound = (k) => (k === 0 ? 0 : Math.round(((HERE_WEIGHT + k - 1) * PARTITIONS) / total));
        const remote = helpers.map((helper, k) => helper.share(jobs, bound(k + 1), bound(k + 2)));
        for (const p of remote)
            void p.catch(() => undefined); // judged in finish, after this thread's share
        return {
            finish: async () => {
                const found = [hash_checks_runHashJobs(jobs, 0, bound(1))];
                for (let k = 0; k < helpers.length; k++) {
                    found.push(await remote[k].catch(() => hash_checks_runHashJobs(jobs, bound(k + 1), bound(k + 2))));
                }
                return jobs.map((_, j) => found[0][j].map((__, w) => mergeFindings(found.map((share) => share[j][w]))));
            },
        };
    };
}

// EXTERNAL MODULE: ./src/data/readers/errors.ts
var readers_errors = __webpack_require__(4980);
;// CONCATENATED MODULE: ./src/data/validate/validate.ts


















/** Validates the training (and eval) data: checks, profile, drift, one report. Publishes nothing. */
async function validateData(settings, logger) {
    const started = performance.now();
    const schema = settings.schema.resolved;
    const hasEval = settings.eval.length > 0;
    // Hash records past their budget go to a temp folder that lives exactly as long as this call.
    const spillDir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlops-validate-'));
    try {
        const spill = { dir: spillDir, budgetWords: settings.spillBudgetWords ?? DEFAULT_BUDGET_WORDS };
        return await validateWith(settings, { batchRows: settings.batchRows ?? 2048, rowHashes: needsRowHashes(schema, hasEval), spill }, logger, started);
    }
    finally {
        await (0,promises_.rm)(spillDir, { recursive: true, force: true });
    }
}
async function validateWith(settings, partOptions, logger, started) {
    const schema = settings.schema.resolved;
    const hasEval = settings.eval.length > 0;
    // The baseline profile is read while the training data is, and drift measured as soon as the
    // training profile is final (validateDataset). Should anything go wrong there, drift is measured
    // again below, where errors belong.
    const baseline = settings.baseline ? readProfile(external_node_path_default().resolve(settings.cwd, settings.baseline)) : undefined;
    baseline?.catch(() => undefined); // awaited below
    const train = await logger.group('Validate training data', () => validateDataset('train', settings.train, settings, partOptions, logger, baseline));
    const evaluation = hasEval ? await logger.group('Validate eval data', () => validateDataset('eval', settings.eval, settings, partOptions, logger)) : undefined;
    if (evaluation && schema.dataset.trainEvalLeakage && train.outcome.rows && evaluation.outcome.rows) {
        const tally = findLeakage(train.outcome.rows.rows, train.outcome.rows.places, evaluation.outcome.rows.rows, evaluation.outcome.rows.places);
        evaluation.report.checks.push(countResult('train_eval_leakage', 'dataset.train_eval_leakage', schema.dataset.trainEvalLeakage, 'no eval row also in the training data', evaluation.report.rowCount, tally));
    }
    const profile = toProfile(train);
    let drift;
    if (baseline) {
        drift = await logger.group('Measure drift against the baseline', async () => train.drift ?? computeDrift(await baseline, profile, settings.drift));
    }
    const datasets = [train.report, ...(evaluation ? [evaluation.report] : [])];
    const failed = datasets.flatMap((d) => d.checks).filter((c) => !c.success);
    // Each drifted column counts at its level; a dataset that drifted as a whole is one more error.
    const driftFailed = drift ? drift.columns.filter((c) => c.status === 'fail').length + (drift.dataset.status === 'fail' ? 1 : 0) : 0;
    const driftWarned = drift ? drift.columns.filter((c) => c.status === 'warning').length : 0;
    const errors = failed.filter((c) => c.severity === 'error').length + driftFailed;
    const warnings = failed.filter((c) => c.severity === 'warning').length + driftWarned;
    const passed = settings.failOn === 'never' || (errors === 0 && (settings.failOn === 'error' || warnings === 0));
    const report = {
        schemaVersion: 1,
        passed,
        failOn: settings.failOn,
        errors,
        warnings,
        dataDigest: digestOf(datasets.flatMap((d) => d.files)),
        datasets,
        drift,
        seconds: (performance.now() - started) / 1000,
    };
    return { report, profile, evalProfile: evaluation ? toProfile(evaluation) : undefined };
}
async function validateDataset(name, patterns, settings, partOptions, logger, baseline) {
    const files = await (0,sources/* expandPaths */.pR)(patterns, settings.cwd);
    const accumulator = new DatasetAccumulator(settings.schema.resolved, partOptions.spill);
    const profiled = [];
    // Workers of the last parallel file stay to share the hash checks; older ones go (memory).
    let helpers = [];
    try {
        for (const shown of files) {
            const file = shown;
            const started = performance.now();
            const stats = await (0,promises_.stat)(file);
            if (!stats.isFile())
                throw stats.isDirectory() ? (0,readers_errors/* isDirectoryError */.qN)(file) : (0,readers_errors/* notRegularFileError */.Mg)(file, stats);
            const bytes = stats.size;
            const parallel = settings.workerScript !== undefined && settings.parallelism > 1 && bytes >= parallel_standby/* PARALLEL_MIN_BYTES */.rV;
            // In parallel, this thread hashes the file while reading the first range (InlineDigest),
            // which is cut smaller for it. Otherwise a large file is hashed on a thread of its own
            // (the cores are idle but this one), a small one on the event loop.
            const planned = parallel ? await (0,sources/* planRanges */.aA)(file, settings.parallelism, settings.format, firstRangeWeight) : undefined;
            const inline = planned && planned.ranges.length >= 2 ? new InlineDigest(file, bytes) : undefined;
            const analyzed = analyzeFile(file, planned, bytes, settings, partOptions, inline);
            const digest = inline ? undefined : bytes >= parallel_standby/* PARALLEL_MIN_BYTES */.rV ? sha256FileInThread(file) : sha256File(file);
            digest?.catch(() => undefined); // awaited below unless the parse fails first
            const parts = await analyzed;
            const fresh = parts.flatMap((part) => (part.helper ? [part.helper] : []));
            if (fresh.length > 0) {
                helpers.forEach((helper) => helper.close());
                helpers = fresh;
            }
            let rows = 0;
            for (const { state, shift, rereadFrom } of parts) {
                accumulator.add(state, shift);
                rows += state.rowCount;
                // only a file that is not valid CSV there, or a quoted line break right at a cut, is read twice
                if (rereadFrom !== undefined)
                    logger.info(`${shown}: a cut between ranges fell inside a quoted field; read from byte ${rereadFrom} on in one thread`);
            }
            const sha256 = inline ? inline.finish() : await digest;
            profiled.push({ path: shown, sha256, bytes, rows });
            const seconds = (performance.now() - started) / 1000;
            logger.info(`${shown}: ${(0,format/* groupDigits */.K)(rows)} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${(bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(0)} MB/s, ${parts.length} part${parts.length === 1 ? '' : 's'})`);
        }
        accumulator.startHashChecks(helpers.length > 0 ? shareHashJobs(helpers) : undefined);
        // this thread's work while helpers run their share of the hash checks: the profiles, and drift
        const columns = accumulator.profileColumns();
        const drift = baseline ? await baseline.then((profile) => computeDrift(profile, { columns }, settings.drift)).catch(() => undefined) : undefined;
        const outcome = await accumulator.finish();
        const checks = outcome.checks;
        return { report: { name, files: profiled, rowCount: outcome.rowCount, checks }, outcome, drift };
    }
    finally {
        helpers.forEach((helper) => helper.close());
    }
}
/** One file's parts in order: the whole file, or byte ranges analyzed by worker threads in parallel. */
async function analyzeFile(file, planned, bytes, settings, partOptions, digest) {
    const schema = settings.schema;
    if (!planned || planned.ranges.length < 2) {
        const state = await analyzePart(file, (0,sources/* fileBatches */.J8)(file, settings.format, partOptions.batchRows), schema.resolved, partOptions);
        return [{ state, shift: { rows: 0, lines: 0 } }];
    }
    return analyzeRanges(file, bytes, planned, schema, partOptions, settings.workerScript, settings.standby, digest);
}
function toProfile(dataset) {
    return {
        schemaVersion: PROFILE_SCHEMA_VERSION,
        createdAt: new Date().toISOString(),
        files: dataset.report.files,
        rowCount: dataset.report.rowCount,
        columns: dataset.outcome.columns,
    };
}
function digestOf(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files)
        hash.update(`${file.sha256}  ${file.path}\n`);
    return hash.digest('hex');
}


/***/ }),

/***/ 19673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ compileDateParser),
/* harmony export */   GU: () => (/* binding */ parseIsoDateTime),
/* harmony export */   jT: () => (/* binding */ parseIsoDate)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

const DIRECTIVES = {
    Y: { pattern: '(\\d{4})', field: 'year' },
    m: { pattern: '(\\d{1,2})', field: 'month' },
    d: { pattern: '(\\d{1,2})', field: 'day' },
    H: { pattern: '(\\d{1,2})', field: 'hour' },
    M: { pattern: '(\\d{1,2})', field: 'minute' },
    S: { pattern: '(\\d{1,2})', field: 'second' },
    f: { pattern: '(\\d{1,9})', field: 'fraction' },
    z: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', field: 'offset' },
};
/**
 * Builds a parser for a strftime-style format (`%Y-%m-%d`, `%d/%m/%Y %H:%M`, ...). Without a format,
 * dates are ISO `YYYY-MM-DD` and datetimes ISO 8601 (`YYYY-MM-DDTHH:MM[:SS[.fff]][Z|+hh:mm]`, a space
 * accepted for the T). Impossible dates (Feb 30) are rejected, not rolled over as Date does.
 */
function compileDateParser(kind, format, where) {
    if (format === undefined)
        return kind === 'date' ? parseIsoDate : parseIsoDateTime;
    // The ISO spelling written as a format still gets the regex-free path (it runs once per cell).
    if (format === '%Y-%m-%d')
        return parseIsoDate;
    const fields = [];
    let pattern = '^';
    for (let i = 0; i < format.length; i++) {
        const c = format[i];
        if (c !== '%') {
            pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            continue;
        }
        const directive = DIRECTIVES[format[++i]];
        if (!directive) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Unknown date directive "%${format[i] ?? ''}" in format "${format}".`, {
                location: where,
                hint: 'Use %Y %m %d %H %M %S %f %z and literal characters, e.g. "%d/%m/%Y".',
            });
        }
        pattern += directive.pattern;
        fields.push(directive.field);
    }
    if (!fields.includes('year') || !fields.includes('month') || !fields.includes('day')) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`The date format "${format}" needs %Y, %m and %d.`, { location: where, hint: 'Add the missing directives.' });
    }
    const regex = new RegExp(pattern + '$');
    return (value) => {
        if (value instanceof Date)
            return validTime(value);
        if (typeof value !== 'string')
            return undefined;
        const match = regex.exec(value);
        if (!match)
            return undefined;
        const parts = {};
        fields.forEach((field, index) => (parts[field] = match[index + 1]));
        return build(parts);
    };
}
function validTime(date) {
    const t = date.getTime();
    return Number.isNaN(t) ? undefined : t;
}
function build(parts) {
    const year = Number(parts.year);
    const month = Number(parts.month);
    const day = Number(parts.day);
    const hour = Number(parts.hour ?? 0);
    const minute = Number(parts.minute ?? 0);
    const second = Number(parts.second ?? 0);
    const ms = parts.fraction === undefined ? 0 : Math.floor(Number(`0.${parts.fraction}`) * 1000);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60)
        return undefined;
    let t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    const offset = parts.offset;
    if (offset !== undefined && offset !== 'Z') {
        const sign = offset[0] === '-' ? -1 : 1;
        const digits = offset.slice(1).replace(':', '');
        t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
    return t;
}
function daysIn(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Fast path for the common `YYYY-MM-DD`: digit arithmetic, no regex. */
function parseIsoDate(value) {
    if (value instanceof Date)
        return validTime(value);
    if (typeof value !== 'string' || value.length !== 10)
        return undefined;
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
        return undefined;
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 7);
    const day = digits(value, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return undefined;
    return Date.UTC(year, month - 1, day);
}
/** The number written by the digits text[from, to), or -1 if one of them is not a digit. */
function digits(text, from, to) {
    let result = 0;
    for (let i = from; i < to; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        result = result * 10 + d;
    }
    return result;
}
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
function parseIsoDateTime(value) {
    if (value instanceof Date)
        return validTime(value);
    if (typeof value !== 'string')
        return undefined;
    const m = ISO_DATETIME.exec(value);
    if (!m)
        return undefined;
    return build({ year: m[1], month: m[2], day: m[3], hour: m[4], minute: m[5], second: m[6], fraction: m[7], offset: m[8] });
}


/***/ }),

/***/ 57444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J1: () => (/* binding */ intAt),
/* harmony export */   _z: () => (/* binding */ decimalInto),
/* harmony export */   pX: () => (/* binding */ parseInt64),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   yE: () => (/* binding */ parseFloat64)
/* harmony export */ });
/**
 * Cell parsers for the hot loop of validation. Each returns the parsed number, or `undefined` when
 * the text is not of the type. They work on strings from CSV and on JS values from JSONL/Parquet.
 * Written by hand because they run once per cell (tens of millions of times in the benchmark):
 * no regex, no allocation on the common path.
 */
/** Parses a whole number: optional sign, digits. `1.0` and `1e3` are not ints (pandas agrees). */
function parseInt64(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value !== 'string')
        return undefined;
    const x = intAt(value, 0, value.length);
    if (x === x)
        return x;
    // Up to 15 digits fit exactly in a double; longer ones fall back to Number().
    return /^[+-]?\d{16,}$/.test(value) ? Number(value) : undefined;
}
const SPECIAL_FLOATS = {
    nan: NaN, NaN: NaN, NAN: NaN,
    inf: Infinity, Inf: Infinity, INF: Infinity, Infinity: Infinity, infinity: Infinity,
    '+inf': Infinity, '+Inf': Infinity, '+Infinity': Infinity,
    '-inf': -Infinity, '-Inf': -Infinity, '-INF': -Infinity, '-Infinity': -Infinity, '-infinity': -Infinity,
};
/** Exact powers of ten: a double holds 10^k exactly up to k = 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * The common spellings `-12`, `3.25`, `.5` without an exponent, in text[start, end): digits
 * accumulated as an integer and divided once by an exact power of ten. While the digits stay below
 * 2^53 and there are at most 22 decimals, both operands are exact and IEEE division rounds once, so
 * the result is the same double Number() gives (the classic fast path of strtod). Anything else
 * returns NaN, for the slow path. Takes positions so CSV cells need no string (parse-text.ts).
 */
function decimalAt(text, start, end) {
    return decimalInto(text, start, end, ONE, 0) ? ONE[0] : NaN;
}
const ONE = new Float64Array(1);
/**
 * decimalAt stored into values[i]; false (and values[i] untouched) where decimalAt gives NaN. The
 * CSV fast path uses this form: a double returned from a call V8 does not inline is boxed into a
 * heap number (measured: 16 bytes of garbage per decimal cell), a stored one is not.
 */
function decimalInto(text, start, end, values, i) {
    let at = start;
    let negative = false;
    let c = text.charCodeAt(at);
    if (c === 45 || c === 43) {
        negative = c === 45;
        at++;
    }
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; at < end; at++) {
        c = text.charCodeAt(at);
        const d = c - 48;
        if (d >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
            if (decimals >= 0)
                decimals++;
        }
        else if (c === 46 && decimals < 0) {
            decimals = 0;
        }
        else {
            return false;
        }
    }
    if (digits === 0 || digits > 15 || decimals > 22)
        return false;
    const x = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
    values[i] = negative ? -x : x;
    return true;
}
/** An optional sign and up to 15 digits in text[start, end), or NaN (longer ones: the slow path). */
function intAt(text, start, end) {
    let i = start;
    let negative = false;
    const first = text.charCodeAt(i);
    if (first === 45 || first === 43) {
        negative = first === 45;
        i++;
    }
    if (i >= end || end - i > 15)
        return NaN;
    let result = 0;
    for (; i < end; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return NaN;
        result = result * 10 + d;
    }
    return negative ? -result : result;
}
/** Parses a decimal or scientific number, plus NaN/Inf spellings (they are then checked by allow_nan/allow_inf). */
function parseFloat64(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value !== 'string')
        return undefined;
    const simple = decimalAt(value, 0, value.length);
    if (simple === simple)
        return simple;
    const first = value.charCodeAt(0);
    // Number() accepts '0x1f', ' 12 ' and ''; only let it see text that starts like a decimal number.
    const startsNumeric = (first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46;
    if (startsNumeric) {
        const x = Number(value);
        if (x === x && isDecimalText(value))
            return x;
    }
    const special = SPECIAL_FLOATS[value];
    return special === undefined ? undefined : special;
}
/** Rejects what Number() accepts but a data file should not hold: hex, binary, octal, inner spaces. */
function isDecimalText(value) {
    const last = value.charCodeAt(value.length - 1);
    if (!((last >= 48 && last <= 57) || last === 46))
        return false;
    const second = value.charCodeAt(1);
    // 0x.., 0b.., 0o..
    return !(value.charCodeAt(0) === 48 && (second === 120 || second === 98 || second === 111 || second === 88 || second === 66 || second === 79));
}
const TRUE_TEXT = new Set(['true', 'True', 'TRUE', 't', 'T', 'yes', 'Yes', 'YES', 'y', 'Y', '1']);
const FALSE_TEXT = new Set(['false', 'False', 'FALSE', 'f', 'F', 'no', 'No', 'NO', 'n', 'N', '0']);
/** Parses a boolean as 1 or 0: true/false, t/f, yes/no, y/n, 1/0 in the usual capitalisations. */
function parseBool(value) {
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'number')
        return value === 1 ? 1 : value === 0 ? 0 : undefined;
    if (typeof value !== 'string')
        return undefined;
    if (TRUE_TEXT.has(value))
        return 1;
    if (FALSE_TEXT.has(value))
        return 0;
    return undefined;
}


/***/ })

};
