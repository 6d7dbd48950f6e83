export const id = 960;
export const ids = [960];
export const modules = {

/***/ 30960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/data/validate/run-validate.ts
var run_validate = __webpack_require__(21749);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(81122);
// EXTERNAL MODULE: ./src/sweep/plan-sweep.ts + 16 modules
var plan_sweep = __webpack_require__(24715);
// EXTERNAL MODULE: ./src/sweep/run-sweep.ts
var run_sweep = __webpack_require__(37516);
// EXTERNAL MODULE: ./src/report/sweep-text.ts
var sweep_text = __webpack_require__(93880);
// EXTERNAL MODULE: ./src/registry/service/register-model.ts + 1 modules
var register_model = __webpack_require__(51446);
// EXTERNAL MODULE: ./src/backends/open.ts + 24 modules
var backends_open = __webpack_require__(92235);
// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var src_record = __webpack_require__(60134);
// EXTERNAL MODULE: ./src/cli/console-logger.ts
var console_logger = __webpack_require__(58328);
// EXTERNAL MODULE: ./src/cli/gate-command.ts + 17 modules
var gate_command = __webpack_require__(48006);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/cli/pipeline-stages.ts

/**
 * The stages `mlops run` runs for an mlops.yml: validate-data always; train-and-sweep, evaluate-gate
 * and register-model with `train:` and `sweep:`; deploy-env with `deploy.target` after them. A
 * section that no stage of the run would read (a sweep without a command to run, a gate or deploy
 * with no model to judge, a deploy without a target) is a located error before anything runs: the
 * run would otherwise print "Pipeline passed" having silently skipped it.
 */
function pipelineStages(loaded) {
    const { config } = loaded;
    const at = (key) => ({ ...loaded.source.locate([key], { keyOf: true }), key });
    if (config.sweep && !config.train) {
        throw new errors/* ConfigError */.xL(`sweep: has no train: section beside it: mlops run has no command to run as trials, so the sweep (and the gate, register and deploy after it) would be skipped.`, {
            location: at('sweep'),
            hint: 'Add `train: { command: "python train.py" }` (the command runs once per trial; see the README for the trial protocol).',
        });
    }
    if (config.train && !config.sweep) {
        throw new errors/* ConfigError */.xL(`train: has no sweep: section beside it: mlops run trains through train-and-sweep, which needs the metric to optimise and the space to search.`, {
            location: at('train'),
            hint: 'Add `sweep: { trials: 1, metric: { name: accuracy, goal: maximize }, space: { lr: { type: const, value: 0.01 } } }` (one trial of fixed parameters is a plain training run).',
        });
    }
    const trains = Boolean(config.train && config.sweep);
    for (const key of ['gate', 'deploy']) {
        if (config[key] && !trains) {
            throw new errors/* ConfigError */.xL(`${key}: is not used by mlops run: ${key === 'gate' ? 'evaluate-gate judges' : 'deploy-env deploys'} the model train-and-sweep registers, and this file has no train: and sweep: sections.`, {
                location: at(key),
                hint: `Add train: and sweep: sections, or run \`mlops ${key === 'gate' ? 'gate --metrics <file>' : 'deploy --env <environment> NAME:VERSION'}\` for a model made elsewhere; remove ${key}: if it is not meant for this model.`,
            });
        }
    }
    if (config.deploy && !config.deploy.target) {
        throw new errors/* ConfigError */.xL(`deploy: has no target: mlops run cannot deploy the version it registers.`, {
            location: at('deploy'),
            hint: 'Add deploy.target.command (a command that deploys $MLOPS_MODEL_DIR) or deploy.target.webhook; see the README section deploy-env.',
        });
    }
    return ['validate-data', ...(trains ? ['train-and-sweep', 'evaluate-gate', 'register-model'] : []), ...(config.deploy ? ['deploy-env'] : [])];
}

// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
;// CONCATENATED MODULE: ./src/cli/run-command.ts
















/** Default of `--out`, beside mlops.yml. */
const RUN_OUT_DIR = '.mlops';
/**
 * `mlops run`: the whole pipeline of mlops.yml on the local backends. Stages are added here as they
 * land; each stage runs only when the previous one passed, as in the workflow.
 */
function runCommand(context) {
    return new esm/* Command */.uB('run')
        .description('Run the whole pipeline of mlops.yml locally: validate-data, then (with train and sweep sections) train-and-sweep, evaluate-gate, register-model into a local registry and (with a deploy section) deploy-env.')
        .option('-c, --config <file>', 'mlops.yml of the model', 'mlops.yml')
        .option('--out <dir>', 'folder for the run outputs (default .mlops beside mlops.yml)')
        .addHelpText('after', '\nStages: validate-data, train-and-sweep, evaluate-gate (against the local production alias), register-model (a passed gate moves production), deploy-env (deploy.run_environment, on the local deployment log). Outputs go to --out (the run record to <out>/record.json, the registry to <out>/registry; validate.profile_out and validate.report of mlops.yml when set); nothing is published to GitHub. A sweep resumes its journal in <out>/sweep.\n\nExample:\n  mlops run --config examples/penguins/mlops.yml')
        .action(async (options) => {
        const logger = new console_logger/* ConsoleLogger */.C();
        const cwd = process.cwd();
        const loaded = await (0,config/* loadConfig */.Z)(external_node_path_default().resolve(cwd, options.config));
        // The path rule (config/paths.ts): --out against cwd, its default beside mlops.yml.
        const out = (0,paths/* projectPath */.D)(options.out, { cwd, projectDir: loaded.dir }, RUN_OUT_DIR);
        // One run record for the whole pipeline: each stage adds its part, register reads the others.
        const record = external_node_path_default().join(out, 'record.json');
        const stages = pipelineStages(loaded).length;
        const validateConfig = loaded.config.validate ?? {};
        context.stdout.write(`mlops run: ${options.config}\n\n[1/${stages}] validate-data\n`);
        const run = await (0,run_validate.runValidate)({
            cwd,
            config: options.config,
            configIsDefault: false,
            // validate.profile_out and validate.report of mlops.yml win over the run's folder.
            profileOut: validateConfig.profile_out === undefined ? external_node_path_default().join(out, 'profile.json') : undefined,
            reportOut: validateConfig.report === undefined ? external_node_path_default().join(out, 'validate-report.json') : undefined,
            workerScript: context.script,
        }, logger);
        await (0,src_record/* writeDataPart */.bJ)(record, run, process.env);
        context.stdout.write((0,terminal.validationText)(run.report));
        context.stdout.write(`profile: ${external_node_path_default().relative(cwd, run.profilePath)}\nreport:  ${external_node_path_default().relative(cwd, run.reportPath)}\n`);
        if (!run.report.passed) {
            context.stdout.write('\nThe pipeline stopped: validate-data failed.\n');
            context.setExitCode(1);
            return;
        }
        if (stages > 1) {
            context.stdout.write(`\n[2/${stages}] train-and-sweep\n`);
            const plan = await (0,plan_sweep/* planSweep */.cK)({ cwd, config: options.config, out: external_node_path_default().join(out, 'sweep'), resume: true, record });
            const outcome = await (0,run_sweep/* runSweep */.MI)(plan, logger);
            context.stdout.write((0,sweep_text/* sweepText */.G)(plan, outcome.result));
            context.stdout.write(`trials:  ${external_node_path_default().relative(cwd, outcome.files.trialsCsv)}\nbest:    ${external_node_path_default().relative(cwd, outcome.files.best)}\n`);
            const best = outcome.result.best;
            if (!best?.outputDir) {
                // Every trial pruned (a failed sweep has thrown): there is no model to gate, register or deploy.
                context.stdout.write('\nThe pipeline stopped: the sweep has no complete trial (nothing to gate or register).\n');
                context.setExitCode(1);
                return;
            }
            // evaluate-gate against the local registry's production alias; register only what passed.
            context.stdout.write(`\n[3/${stages}] evaluate-gate (baseline ${loaded.config.name}@production)\n`);
            const gate = await (0,gate_command.gateLocally)({ cwd, loaded, record, backend: { kind: 'local', dir: external_node_path_default().join(out, 'registry') }, checksDir: external_node_path_default().join(out, 'checks'), reportFile: external_node_path_default().join(out, 'gate-report.md') }, logger);
            context.stdout.write((0,gate_command.gateText)(gate, cwd));
            if (!gate.result.passed) {
                context.stdout.write('\nThe pipeline stopped: evaluate-gate failed (nothing registered).\n');
                context.setExitCode(1);
                return;
            }
            context.stdout.write(`\n[4/${stages}] register-model (local registry ${external_node_path_default().relative(cwd, external_node_path_default().join(out, 'registry'))})\n`);
            const registered = await (0,register_model/* registerModel */.$)({
                cwd,
                name: loaded.config.name,
                // The model, params, metrics and data lineage come from the record's sweep and data parts.
                record,
                // The gate passed: the version becomes production, the next run's baseline.
                aliases: ['candidate', 'production'],
                tags: [],
                // The same best trial on the same data registers once, however often the pipeline runs.
                idempotencyKey: `pipeline:${(0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([run.report.dataDigest, best.params, best.metrics])).digest('hex').slice(0, 32)}`,
                registry: (0,backends_open/* openRegistry */.Me)({ kind: 'local', dir: external_node_path_default().join(out, 'registry') }, { sha: (0,register_model/* commitOf */.D)(cwd, process.env), logger }).registry,
                env: process.env,
            }, logger);
            context.stdout.write(`${registered.created ? 'registered' : 'already registered'} ${registered.tag}; aliases candidate, production -> v${registered.version}\n`);
            await gate.relineage({ registryVersion: `${registered.tag} (local registry)` });
            if (loaded.config.deploy?.target) {
                // deploy-env last: the version just registered, to deploy.run_environment, on the local log.
                const environment = loaded.config.deploy.run_environment ?? loaded.config.deploy.environments?.[0] ?? 'local';
                context.stdout.write(`\n[5/${stages}] deploy-env (${environment})\n`);
                const { deployFromConfig, deployText } = await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 1219));
                const deployed = await deployFromConfig({ loaded, backend: { kind: 'local', dir: external_node_path_default().join(out, 'registry') }, environment, record, workDir: external_node_path_default().join(out, 'deploy'), cwd, logger });
                context.stdout.write(deployText(deployed, environment));
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
