export const id = 362;
export const ids = [362];
export const modules = {

/***/ 22362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  matrixCommands: () => (/* binding */ matrixCommands)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/sweep/plan-sweep.ts + 16 modules
var plan_sweep = __webpack_require__(24715);
// EXTERNAL MODULE: ./src/backends/open.ts + 24 modules
var backends_open = __webpack_require__(92235);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/sweep/journal/index.ts + 4 modules
var sweep_journal = __webpack_require__(3980);
// EXTERNAL MODULE: ./src/sweep/run-sweep.ts
var run_sweep = __webpack_require__(37516);
// EXTERNAL MODULE: ./src/sweep/study.ts
var study = __webpack_require__(12557);
// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var src_record = __webpack_require__(60134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
// EXTERNAL MODULE: ./src/sweep/space/key.ts
var key = __webpack_require__(95398);
// EXTERNAL MODULE: ./src/sweep/random.ts
var random = __webpack_require__(27589);
;// CONCATENATED MODULE: ./src/sweep/matrix/matrix-plan.ts







/** GitHub runs at most 256 jobs of one matrix (docs/platform.md). */
const MAX_MATRIX_LEGS = 256;
/** Trials of `round` (1-based): the remaining budget spread over the remaining rounds. */
function trialsForRound(total, done, round, rounds) {
    const remaining = Math.max(0, total - done);
    const roundsLeft = Math.max(1, rounds - round + 1);
    return Math.ceil(remaining / roundsLeft);
}
function planMatrixRound(plan, history, options) {
    if (!Number.isInteger(options.shards) || options.shards < 1 || options.shards > MAX_MATRIX_LEGS) {
        throw new errors/* InputError */.dz(`shards must be a whole number from 1 to ${MAX_MATRIX_LEGS} (GitHub's matrix limit), not ${options.shards}.`, {
            hint: 'Set sweep.matrix.shards or the shards input.',
        });
    }
    const rounds = plan.matrix.rounds;
    const count = trialsForRound(plan.trials, history.length, options.round, rounds);
    const sampler = (0,plan_sweep/* samplerFor */.I6)(plan);
    const base = (0,random/* createRandom */.sk)(plan.seed);
    const seen = new Set(history.map((t) => (0,key/* configKey */.u)(t.params)));
    const proposed = [];
    let number = Math.max(-1, ...history.map((t) => t.number)) + 1;
    for (let i = 0; i < count; i++) {
        const params = (0,study/* proposeNew */.TX)(sampler, plan, history, proposed.map((p) => p.params), base.fork(number), seen);
        if (!params)
            break; // the space has no untried configuration left
        proposed.push({ number: number++, params });
    }
    const legs = Math.min(options.shards, proposed.length);
    return {
        schemaVersion: 1,
        sweepId: options.sweepId,
        round: options.round,
        rounds,
        trials: plan.trials,
        legs: Array.from({ length: legs }, (_, shard) => ({ shard, trials: proposed.filter((_, i) => i % legs === shard) })),
        history: history.map(({ number, params, state, value }) => ({ number, params, state, ...(value === undefined ? {} : { value }) })),
    };
}
/** A sweep id that is safe in artifact names and unique enough across the sweeps of one run. */
function newSweepId(name) {
    return `${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** The first round of a new matrix sweep. */
function planFirstRound(plan, shards) {
    return planMatrixRound(plan, [], { sweepId: newSweepId(plan.name), round: 1, shards: shards ?? plan.matrix.shards });
}
/** The `strategy.matrix` value for `fromJSON(...)`: one entry per leg. */
function matrixJson(plan) {
    return JSON.stringify({ shard: plan.legs.map((l) => l.shard) });
}
/** A plan of 10,000 trials with a dozen parameters is a few MiB; a file far larger is not a plan. */
const MAX_PLAN_BYTES = 256 * 1024 * 1024;
/**
 * Reads a plan written by the plan step, from a file (in a workflow: the plan artifact, downloaded
 * by the action; read bounded, as every file another job wrote) or as JSON text (the CLI's --plan);
 * anything else is refused with the reason.
 */
async function readMatrixPlan(fileOrJson) {
    let value;
    const file = fileOrJson.trimStart().startsWith('{') ? 'the plan input' : fileOrJson;
    try {
        value = JSON.parse(file === fileOrJson ? await (0,safe_read/* readTextBoundedAsync */.X3)(fileOrJson, { maxBytes: MAX_PLAN_BYTES, what: 'sweep plan' }) : fileOrJson);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`Cannot read the sweep plan ${file}: ${error.message}`, {
            hint: 'Pass the plan.json written by `mlops sweep plan` (in Actions: download the plan artifact first).',
        });
    }
    const plan = value;
    if (plan?.schemaVersion !== 1 || typeof plan.sweepId !== 'string' || !Array.isArray(plan.legs)) {
        throw new errors/* InputError */.dz(`${file} is not a sweep plan (schemaVersion 1 with sweepId and legs).`, { hint: 'Pass the plan.json written by `mlops sweep plan`.' });
    }
    const bad = (plan.history ?? []).findIndex((t) => !isPlannedResult(t));
    if (plan.history !== undefined && (!Array.isArray(plan.history) || bad >= 0)) {
        throw new errors/* InputError */.dz(`${file}: history${bad >= 0 ? `[${bad}]` : ''} is not a list of finished trials ({number, params, state, value}).`, {
            hint: 'Pass the plan exactly as `mlops sweep plan` or the collect step wrote it.',
        });
    }
    return plan;
}
function isPlannedResult(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const t = value;
    return (Number.isInteger(t.number) &&
        typeof t.params === 'object' && t.params !== null && !Array.isArray(t.params) &&
        (t.state === 'complete' || t.state === 'pruned' || t.state === 'failed') &&
        (t.value === undefined || typeof t.value === 'number'));
}
/** The plan's history as finished trials, for a sampler (what the plan does not carry is left empty). */
function historyOf(plan) {
    return (plan.history ?? []).map((t) => ({ ...t, metrics: {}, intermediates: [], attempts: 1, startedAt: '', seconds: 0 }));
}

;// CONCATENATED MODULE: ./src/sweep/matrix/collect.ts








/**
 * The fan-in: downloads every leg's artifact of every round so far, merges their journals (trials keep
 * their numbers), points each trial's output at its downloaded folder, writes the sweep's tables and
 * best trial (and, after the last round, the run record's sweep part), and plans the next round
 * from all results when one is left.
 */
async function collectRound(plan, matrix, store, logger) {
    const prefix = `mlops-sweep-${matrix.sweepId}-r`;
    const artifacts = (await store.list()).filter((a) => a.name.startsWith(prefix) && roundOf(a.name, prefix) <= matrix.round);
    const files = (0,run_sweep/* sweepFiles */.W9)(plan.outDir);
    const downloads = external_node_path_default().join(plan.outDir, 'legs');
    await (0,promises_.mkdir)(downloads, { recursive: true });
    const journals = [];
    const folderOf = new Map();
    for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
        const dir = external_node_path_default().join(downloads, artifact.name);
        await store.download(artifact.name, dir);
        const journal = external_node_path_default().join(dir, 'journal.jsonl');
        if (!(0,external_node_fs_.existsSync)(journal)) {
            logger.warning(`Artifact ${artifact.name} holds no journal.jsonl; its trials are not counted.`);
            continue;
        }
        journals.push(journal);
        for (const trial of (0,sweep_journal/* readJournal */.a0)(journal).finished)
            folderOf.set(trial.number, dir);
    }
    const uploaded = new Set(artifacts.map((a) => a.name));
    const missingLegs = matrix.legs.map((l) => l.shard).filter((shard) => !uploaded.has(`${prefix}${matrix.round}-s${shard}`));
    for (const shard of missingLegs)
        logger.warning(`Leg ${shard} of round ${matrix.round} uploaded no results (cancelled or crashed); its trials are missing.`);
    const merged = journals.length > 0 ? (0,sweep_journal/* mergeJournals */.Vj)(journals, { expect: { space: plan.space, objective: plan.objective }, logger }) : undefined;
    // Outputs were written on the legs' runners: point them at the downloaded copies.
    const trials = (merged?.finished ?? []).map((t) => {
        const dir = folderOf.get(t.number);
        return dir ? { ...t, outputDir: external_node_path_default().join(dir, 'trials', String(t.number), 'output') } : t;
    });
    const result = { trials, best: (0,study/* bestTrial */.jH)(plan.objective, trials) };
    const record = await (0,run_sweep/* writeOutputs */.Kn)(plan, result, files);
    let next;
    const targetReached = plan.objective.target !== undefined && result.best?.value !== undefined &&
        (plan.objective.goal === 'maximize' ? result.best.value >= plan.objective.target : result.best.value <= plan.objective.target);
    if (matrix.round < matrix.rounds && trials.length < plan.trials && !targetReached) {
        next = planMatrixRound(plan, trials, { sweepId: matrix.sweepId, round: matrix.round + 1, shards: matrix.legs.length });
    }
    if (!next) {
        // The last round's merge is the sweep's result: its part goes into the run record.
        await (0,src_record/* writeSweepPart */.Db)(plan.recordFile, record, process.env);
        (0,run_sweep/* checkFailures */.Uf)(plan, result, downloads);
    }
    return { result, record, files, missingLegs, next };
}
function roundOf(name, prefix) {
    return Number(name.slice(prefix.length).split('-s')[0]);
}

;// CONCATENATED MODULE: ./src/sweep/matrix/leg.ts

const LEARNS = { tpe: true, gp: true, grid: false, random: false };
function legHistory(method, matrix, leg) {
    if (!LEARNS[method])
        return { finished: [], unfinished: leg.trials };
    const others = matrix.legs.filter((l) => l.shard !== leg.shard).flatMap((l) => l.trials);
    return { finished: [], unfinished: [], planned: leg.trials, elsewhere: { finished: historyOf(matrix), running: others } };
}

;// CONCATENATED MODULE: ./src/sweep/matrix/shard.ts





/** The artifact of one leg; the sweep id keeps two sweeps of one workflow run apart. */
function shardArtifactName(sweepId, round, shard) {
    return `mlops-sweep-${sweepId}-r${round}-s${shard}`;
}
/** Every file below `dir`, for an artifact. */
async function filesBelow(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => external_node_path_default().join(e.parentPath ?? e.path, e.name));
}
/**
 * One matrix leg: runs the trials the plan gave this shard (numbers fixed by the plan, so legs never
 * overlap; TPE and GP legs propose their later trials again from their own results, see leg.ts), records them in the leg's own journal, and uploads the journal with the
 * trial folders (outputs included: the collect step hands the best model on) as one artifact.
 */
async function runShard(plan, matrix, shard, store, logger) {
    const leg = matrix.legs.find((l) => l.shard === shard);
    if (!leg) {
        throw new errors/* InputError */.dz(`The sweep plan has no leg ${shard} (round ${matrix.round} has legs 0-${matrix.legs.length - 1}).`, {
            hint: 'Pass the shard number of the matrix entry (matrix.shard), with the plan of the same round.',
        });
    }
    const dir = external_node_path_default().join(plan.outDir, `shard-r${matrix.round}-s${shard}`);
    const files = (0,run_sweep/* sweepFiles */.W9)(dir);
    // A re-run leg starts over: its artifact name is free only if the earlier attempt never uploaded.
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const writer = (0,run_sweep/* createJournal */.s9)(plan, files.journal, matrix.sweepId, `round ${matrix.round} shard ${shard}`);
    const result = await (0,run_sweep/* runTrials */.Fj)(plan, files.trials, writer, leg.trials.length, legHistory(plan.method, matrix, leg), logger);
    await (0,run_sweep/* writeOutputs */.Kn)(plan, result, files);
    const artifact = shardArtifactName(matrix.sweepId, matrix.round, shard);
    await store.upload(artifact, await filesBelow(dir), dir);
    logger.info(`Uploaded leg ${shard} of round ${matrix.round} as artifact ${artifact} (${result.trials.length} trials).`);
    return { result, artifact };
}

// EXTERNAL MODULE: ./src/report/sweep-text.ts
var sweep_text = __webpack_require__(93880);
// EXTERNAL MODULE: ./src/cli/console-logger.ts
var console_logger = __webpack_require__(58328);
// EXTERNAL MODULE: ./src/cli/validate-command.ts
var validate_command = __webpack_require__(15158);
;// CONCATENATED MODULE: ./src/cli/matrix-commands.ts











const common = (command) => command
    .option('-c, --config <file>', 'mlops.yml with train and sweep sections', 'mlops.yml')
    .option('--out <dir>', 'folder of the sweep outputs (default .mlops/sweep beside mlops.yml)')
    .option('--artifacts <dir>', 'hand results over in this folder instead of workflow artifacts (default inside Actions: artifacts; elsewhere <out>/artifacts)');
async function writePlan(out, plan) {
    const file = external_node_path_default().join(out, `plan-r${plan.round}.json`);
    await (0,promises_.mkdir)(out, { recursive: true });
    await (0,promises_.writeFile)(file, JSON.stringify(plan, null, 2) + '\n');
    return file;
}
/** `mlops sweep-plan`, `sweep-shard` and `sweep-collect`: a sweep fanned out over a job matrix. */
function matrixCommands(context) {
    const plan = common(new esm/* Command */.uB('sweep-plan'))
        .description('Plan a sweep over a job matrix: propose the first round of trials and split them into legs.')
        .option('--shards <n>', 'matrix legs (default sweep.matrix.shards, else 4; at most 256)')
        .addHelpText('after', '\nWrites <out>/plan-r1.json and prints the matrix for fromJSON(): {"shard":[0,1,...]}.')
        .action(async (options) => {
        const sweep = await (0,plan_sweep/* planSweep */.cK)({ cwd: process.cwd(), config: options.config, out: options.out });
        const matrix = planFirstRound(sweep, options.shards ? (0,validate_command.parsePositive)(options.shards, '--shards') : undefined);
        const file = await writePlan(sweep.outDir, matrix);
        process.stderr.write(`Planned round 1 of ${matrix.rounds}: ${matrix.legs.reduce((n, l) => n + l.trials.length, 0)} trials over ${matrix.legs.length} legs -> ${external_node_path_default().relative(process.cwd(), file)}\n`);
        context.stdout.write(matrixJson(matrix) + '\n');
    });
    const shard = common(new esm/* Command */.uB('sweep-shard'))
        .description("Run one leg of a planned sweep and upload its results.")
        .requiredOption('--plan <file>', 'the plan of this round (plan-r<round>.json)')
        .requiredOption('--shard <n>', 'this leg: the matrix entry shard')
        .option('-j, --parallel <n>', 'trials at once on this runner')
        .action(async (options) => {
        const logger = new console_logger/* ConsoleLogger */.C();
        const sweep = await (0,plan_sweep/* planSweep */.cK)({ cwd: process.cwd(), config: options.config, out: options.out, parallel: options.parallel ? (0,validate_command.parsePositive)(options.parallel, '--parallel') : undefined });
        const matrix = await readMatrixPlan(options.plan.trimStart().startsWith('{') ? options.plan : external_node_path_default().resolve(options.plan));
        const shardNumber = Number(options.shard);
        const { result, artifact } = await runShard(sweep, matrix, shardNumber, await (0,backends_open/* openArtifactStore */.kT)(process.env, options.artifacts, sweep.outDir), logger);
        context.stdout.write((0,sweep_text/* sweepText */.G)(sweep, result));
        context.stdout.write(`artifact: ${artifact}\n`);
    });
    const collect = common(new esm/* Command */.uB('sweep-collect'))
        .description('Download every leg of a sweep round, merge their journals, pick the best trial, and plan the next round if one is left.')
        .requiredOption('--plan <file>', 'the plan of the round being collected')
        .option('--record <file>', "the run record that gets the sweep's part after the last round (default .mlops/record.json beside mlops.yml)")
        .addHelpText('after', '\nWhen a round is left, writes <out>/plan-r<next>.json and prints its matrix; else prints {"shard":[]}.')
        .action(async (options) => {
        const logger = new console_logger/* ConsoleLogger */.C();
        const sweep = await (0,plan_sweep/* planSweep */.cK)({ cwd: process.cwd(), config: options.config, out: options.out, record: options.record });
        const matrix = await readMatrixPlan(options.plan.trimStart().startsWith('{') ? options.plan : external_node_path_default().resolve(options.plan));
        const outcome = await collectRound(sweep, matrix, await (0,backends_open/* openArtifactStore */.kT)(process.env, options.artifacts, sweep.outDir), logger);
        process.stderr.write((0,sweep_text/* sweepText */.G)(sweep, outcome.result));
        if (outcome.next) {
            const file = await writePlan(sweep.outDir, outcome.next);
            process.stderr.write(`Planned round ${outcome.next.round} of ${outcome.next.rounds} -> ${external_node_path_default().relative(process.cwd(), file)}\n`);
        }
        context.stdout.write((outcome.next ? matrixJson(outcome.next) : JSON.stringify({ shard: [] })) + '\n');
    });
    return [plan, shard, collect];
}


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


/***/ })

};
