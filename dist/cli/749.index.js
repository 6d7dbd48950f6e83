export const id = 749;
export const ids = [749];
export const modules = {

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

/***/ 21749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _checks_order_checks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26448);
/* harmony import */ var _build_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63557);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57208);
/* harmony import */ var _parallel_standby_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63951);






/**
 * validate-data end to end, shared by the action and the CLI: plan, validate, write the profile and
 * the JSON report, annotate the first offending rows. The profile and report are written even when
 * checks fail (they say why); nothing else is published. `early` are range workers the caller
 * started (standby.ts); they are closed here either way.
 */
async function runValidate(request, logger, early) {
    // range workers boot while this thread plans (the CLI starts them even earlier: `early`)
    const standby = early ?? (0,_parallel_standby_js__WEBPACK_IMPORTED_MODULE_4__/* .standbyWorkersFor */ .Il)(request);
    try {
        const plan = await (0,_build_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .planValidation */ .p)(request);
        const outcome = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateData */ .l)({ ...plan.settings, standby }, logger);
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
        for (const check of (0,_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_5__/* .orderChecks */ .g)(dataset.checks)) {
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


/***/ })

};
