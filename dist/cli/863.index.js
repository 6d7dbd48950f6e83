export const id = 863;
export const ids = [863];
export const modules = {

/***/ 85863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _data_validate_run_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21749);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87496);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81122);
/* harmony import */ var _sweep_plan_sweep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24715);
/* harmony import */ var _sweep_run_sweep_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37516);
/* harmony import */ var _report_sweep_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93880);
/* harmony import */ var _registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3958);
/* harmony import */ var _backends_open_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(92235);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(60134);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(58328);
/* harmony import */ var _gate_command_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(48006);














/**
 * `mlops run`: the whole pipeline of mlops.yml on the local backends. Stages are added here as they
 * land; each stage runs only when the previous one passed, as in the workflow.
 */
function runCommand(context) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('run')
        .description('Run the whole pipeline of mlops.yml locally: validate-data, then (with train and sweep sections) train-and-sweep, evaluate-gate, register-model into a local registry and (with a deploy section) deploy-env.')
        .option('-c, --config <file>', 'mlops.yml of the model', 'mlops.yml')
        .option('--out <dir>', 'folder for the run outputs (profile, reports)', '.mlops')
        .addHelpText('after', '\nStages: validate-data, train-and-sweep, evaluate-gate (against the local production alias), register-model (a passed gate moves production), deploy-env (deploy.run_environment, on the local deployment log). Outputs go to --out (the run record to <out>/record.json, the registry to <out>/registry); nothing is published to GitHub. A sweep resumes its journal in <out>/sweep.\n\nExample:\n  mlops run --config examples/penguins/mlops.yml')
        .action(async (options) => {
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_12__/* .ConsoleLogger */ .C();
        const cwd = process.cwd();
        const out = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.out);
        // One run record for the whole pipeline: each stage adds its part, register reads the others.
        const record = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'record.json');
        const loaded = await (0,_config_config_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.config));
        const stages = loaded.config.train && loaded.config.sweep ? (loaded.config.deploy?.target ? 5 : 4) : 1;
        context.stdout.write(`mlops run: ${options.config}\n\n[1/${stages}] validate-data\n`);
        const run = await (0,_data_validate_run_validate_js__WEBPACK_IMPORTED_MODULE_3__.runValidate)({
            cwd,
            config: options.config,
            configIsDefault: false,
            profileOut: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'profile.json'),
            reportOut: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'validate-report.json'),
            workerScript: context.script,
        }, logger);
        await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_11__/* .writeDataPart */ .bJ)(record, run, process.env);
        context.stdout.write((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_4__.validationText)(run.report));
        context.stdout.write(`profile: ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, run.profilePath)}\nreport:  ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, run.reportPath)}\n`);
        if (!run.report.passed) {
            context.stdout.write('\nThe pipeline stopped: validate-data failed.\n');
            context.setExitCode(1);
            return;
        }
        if (stages > 1) {
            context.stdout.write(`\n[2/${stages}] train-and-sweep\n`);
            const plan = await (0,_sweep_plan_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .planSweep */ .cK)({ cwd, config: options.config, out: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'sweep'), resume: true, record });
            const outcome = await (0,_sweep_run_sweep_js__WEBPACK_IMPORTED_MODULE_7__/* .runSweep */ .MI)(plan, logger);
            context.stdout.write((0,_report_sweep_text_js__WEBPACK_IMPORTED_MODULE_8__/* .sweepText */ .G)(plan, outcome.result));
            context.stdout.write(`trials:  ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, outcome.files.trialsCsv)}\nbest:    ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, outcome.files.best)}\n`);
            const best = outcome.result.best;
            if (best?.outputDir) {
                // evaluate-gate against the local registry's production alias; register only what passed.
                context.stdout.write(`\n[3/${stages}] evaluate-gate (baseline ${loaded.config.name}@production)\n`);
                const gate = await (0,_gate_command_js__WEBPACK_IMPORTED_MODULE_13__.gateLocally)({ cwd, loaded, record, backend: { kind: 'local', dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'registry') }, checksDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'checks'), reportFile: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'gate-report.md') }, logger);
                context.stdout.write((0,_gate_command_js__WEBPACK_IMPORTED_MODULE_13__.gateText)(gate, cwd));
                if (!gate.result.passed) {
                    context.stdout.write('\nThe pipeline stopped: evaluate-gate failed (nothing registered).\n');
                    context.setExitCode(1);
                    return;
                }
                context.stdout.write(`\n[4/${stages}] register-model (local registry ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'registry'))})\n`);
                const registered = await (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_9__/* .registerModel */ .$)({
                    cwd,
                    name: loaded.config.name,
                    // The model, params, metrics and data lineage come from the record's sweep and data parts.
                    record,
                    // The gate passed: the version becomes production, the next run's baseline.
                    aliases: ['candidate', 'production'],
                    tags: [],
                    // The same best trial on the same data registers once, however often the pipeline runs.
                    idempotencyKey: `pipeline:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(JSON.stringify([run.report.dataDigest, best.params, best.metrics])).digest('hex').slice(0, 32)}`,
                    registry: (0,_backends_open_js__WEBPACK_IMPORTED_MODULE_10__/* .openRegistry */ .Me)({ kind: 'local', dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'registry') }, { sha: (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_9__/* .commitOf */ .D)(cwd, process.env), logger }).registry,
                    env: process.env,
                }, logger);
                context.stdout.write(`${registered.created ? 'registered' : 'already registered'} ${registered.tag}; aliases candidate, production -> v${registered.version}\n`);
                await gate.relineage({ registryVersion: `${registered.tag} (local registry)` });
                if (loaded.config.deploy?.target) {
                    // deploy-env last: the version just registered, to deploy.run_environment, on the local log.
                    const environment = loaded.config.deploy.run_environment ?? loaded.config.deploy.environments?.[0] ?? 'local';
                    context.stdout.write(`\n[5/${stages}] deploy-env (${environment})\n`);
                    const { deployFromConfig, deployText } = await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 1219));
                    const deployed = await deployFromConfig({ loaded, backend: { kind: 'local', dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'registry') }, environment, record, workDir: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(out, 'deploy'), cwd, logger });
                    context.stdout.write(deployText(deployed, environment));
                }
            }
        }
        context.stdout.write('\nPipeline passed.\n');
    });
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
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82201);
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
