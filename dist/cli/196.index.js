export const id = 196;
export const ids = [196];
export const modules = {

/***/ 42815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inferSchemaFile: () => (/* binding */ inferSchemaFile)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _build_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63557);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57208);
/* harmony import */ var _infer_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90947);
/* harmony import */ var _schema_load_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80222);





/**
 * Writes a starter schema for the data: types from every value, nullability, observed ranges, small
 * categorical domains. Two passes: one to find the types, one (the ordinary validation) to profile
 * with those types. The result is a draft for a person to review, and says so.
 */
async function inferSchemaFile(request, logger) {
    const plan = await (0,_build_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .planValidation */ .p)({ ...request, configIsDefault: request.config === 'mlops.yml' || request.config === undefined });
    const typed = await logger.group('Infer column types', () => (0,_infer_types_js__WEBPACK_IMPORTED_MODULE_3__/* .inferColumnTypes */ .g)(plan.settings.train, plan.settings.cwd, plan.settings.format));
    const settings = { ...plan.settings, eval: [], baseline: undefined, failOn: 'never', schema: (0,_schema_load_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .loadSchemaFromRaw */ .eM)({ ...typed, dataset: { unexpected_columns: 'error' } }, {}) };
    const { profile } = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateData */ .l)(settings, logger);
    const schema = { columns: {}, dataset: { unexpected_columns: 'error', row_count: { min: 1 }, duplicate_rows: 'warning' } };
    for (const [name, column] of Object.entries(typed.columns))
        schema.columns[name] = describeColumn(column.type, profile.columns[name]);
    const header = [
        '# Data schema inferred by `mlops validate --infer-schema` from:',
        ...profile.files.map((f) => `#   ${f.path} (${f.rows} rows, sha256 ${f.sha256.slice(0, 12)})`),
        '# A draft: review every type and bound, widen ranges that only reflect this sample,',
        '# and add the checks you know should hold (regex, unique, mean/std bounds).',
        // Not a path: the schema files are the suite's, not the user's project's.
        '# Every key is described in the mlops-actions README, section "The data schema".',
    ].join('\n');
    return `${header}\n${(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 })}`;
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


/***/ })

};
