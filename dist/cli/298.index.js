export const id = 298;
export const ids = [298];
export const modules = {

/***/ 6298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryCommands: () => (/* binding */ registryCommands)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(81122);
/* harmony import */ var _backends_open_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92235);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60134);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81066);
/* harmony import */ var _registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51446);
/* harmony import */ var _registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79352);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(58382);
/* harmony import */ var _shared_did_you_mean_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(44498);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87496);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(58328);













const withBackend = (command) => command
    .option('--registry <dir>', `a local registry folder (default ${_backends_open_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOCAL_REGISTRY */ .MF})`)
    .option('--github <owner/repo>', "the repository whose releases hold the registry (token from GITHUB_TOKEN)");
/**
 * The registry: GitHub, or a local folder. `--registry` is against cwd; the default is beside
 * mlops.yml for `register` (it has --config), in cwd for `models` (config/paths.ts).
 */
function backendOf(options, projectDir = process.cwd()) {
    if (options.github)
        return { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL };
    return { kind: 'local', dir: (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .projectPath */ .D)(options.registry, { cwd: process.cwd(), projectDir }, _backends_open_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOCAL_REGISTRY */ .MF) };
}
const collect = (value, previous) => [...previous, value];
function version(text) {
    const n = Number(text.replace(/^v/, ''));
    if (!Number.isInteger(n) || n < 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`"${text}" is not a version number.`, { hint: 'Versions are 1, 2, 3, ...' });
    return n;
}
/** The value of `--min` or `--max`: a number, or a located error (Number('abc') is NaN, which filters nothing). */
function bound(option, text) {
    if (text === undefined)
        return undefined;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${option} "${text}" is not a number.`, { hint: `Write a number, e.g. ${option} 0.9.` });
    return n;
}
/** `models list`'s metric filter; --min or --max without --metric is a mistake, not a no-op. */
function metricFilter(options) {
    const min = bound('--min', options.min);
    const max = bound('--max', options.max);
    if (options.metric === undefined) {
        if (min !== undefined || max !== undefined)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${min !== undefined ? '--min' : '--max'} needs --metric: which metric should it bound?`, { hint: 'Add --metric NAME, e.g. --metric accuracy --min 0.9.' });
        return undefined;
    }
    if (min !== undefined && max !== undefined && min > max)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`--min ${min} is above --max ${max}: no value is in between.`, { hint: 'Swap the bounds or correct one of them.' });
    return { name: options.metric, min, max };
}
/** `mlops register` and `mlops models ...`: the registry from the command line. */
function registryCommands(context) {
    const out = (text) => context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    const register = withBackend(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('register'))
        .description('Register a model version: pack it, record its lineage, publish it, set aliases.')
        .option('-m, --model <path>', "the model: a folder (packed as .tar.gz) or a file (default: the sweep part's best trial output)")
        .option('-n, --name <name>', 'model name (default: name in mlops.yml)')
        .option('-c, --config <file>', 'mlops.yml, for the name', 'mlops.yml')
        .option('--from-sweep <dir>', "a sweep's output folder: params and metrics of its best trial, the sweep summary (default: the record's sweep part)")
        .option('--metrics <file>', 'metrics JSON')
        .option('--params <file>', 'params JSON')
        .option('--profile <file>', "validate-data's profile: the data lineage (default: the record's data part)")
        .option('--record <file>', 'the run record: lineage from its sweep and data parts, the register part written to it (default .mlops/record.json beside mlops.yml)')
        .option('--alias <alias>', 'point this alias at the new version (repeatable)', collect, [])
        .option('--tag <tag>', 'a tag for the version (repeatable)', collect, [])
        .option('--parent <version>', 'the version this one derives from')
        .option('--dedupe', 'return an existing version with the same files instead of a new one')
        .addHelpText('after', '\nExamples:\n  mlops register --alias staging        # after mlops validate and mlops sweep: model and lineage from .mlops/record.json\n  mlops register --model .mlops/sweep/trials/5/output --from-sweep .mlops/sweep --profile .mlops/profile.json --alias staging')
        .action(async (options) => {
        const cwd = process.cwd();
        if (options.model !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.model))) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`--model ${options.model}: no such file or folder (in ${cwd}).`, {
                hint: "Name the trained model's folder or file (e.g. .mlops/sweep/trials/3/output), or leave --model out to register the best trial of the run record.",
            });
        }
        const name = options.name ?? (await (0,_config_config_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, options.config))).config.name;
        const projectDir = (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .projectDirOf */ .q)(cwd, options.config);
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .ConsoleLogger */ .C();
        const { registry } = (0,_backends_open_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegistry */ .Me)(backendOf(options, projectDir), { sha: (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_7__/* .commitOf */ .D)(cwd, process.env), logger });
        const result = await (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_7__/* .registerModel */ .$)({
            cwd,
            name,
            model: options.model,
            fromSweep: options.fromSweep,
            metrics: options.metrics,
            params: options.params,
            profile: options.profile,
            aliases: options.alias,
            tags: options.tag,
            parentVersion: options.parent ? version(options.parent) : undefined,
            dedupeByContent: options.dedupe,
            record: (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .projectPath */ .D)(options.record, { cwd, projectDir }, _record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_RECORD_FILE */ .z7),
            registry,
            env: process.env,
        }, logger);
        out(`${result.created ? 'registered' : 'already registered'} ${result.tag} (version ${result.version})${result.htmlUrl ? ` ${result.htmlUrl}` : ''}`);
    });
    const models = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('models').description('Query the model registry: list, show, download, aliases, diff.');
    const open = (options) => (0,_backends_open_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegistry */ .Me)(backendOf(options), { logger: new _console_logger_js__WEBPACK_IMPORTED_MODULE_11__/* .ConsoleLogger */ .C({ quiet: true }) });
    withBackend(models.command('list <name>'))
        .description('List the versions of a model, newest first.')
        .option('--alias <alias>', 'only the version an alias points at')
        .option('--tag <tag>', 'only versions with this tag')
        .option('--metric <name>', 'filter on this metric with --min / --max')
        .option('--min <x>', 'metric at least x')
        .option('--max <x>', 'metric at most x')
        .action(async (name, options) => {
        const { registry } = open(options);
        const metric = metricFilter(options);
        const versions = await registry.listAll(name, { alias: options.alias, tag: options.tag, metric });
        // No version passed the filter: a metric no version has is a typo, not an empty answer.
        if (metric && versions.length === 0) {
            const known = new Set((await registry.listAll(name, { alias: options.alias, tag: options.tag })).flatMap((v) => Object.keys(v.manifest.metrics)));
            if (known.size > 0 && !known.has(metric.name)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`--metric ${metric.name}: no version of ${name} has this metric.${(0,_shared_did_you_mean_js__WEBPACK_IMPORTED_MODULE_12__/* .didYouMean */ .a)(metric.name, known)}`, { hint: `Use one of its metrics: ${[...known].sort().join(', ')}.` });
            }
        }
        const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.manifest.metrics)))].sort().slice(0, 4);
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_10__/* .textTable */ .e)(['version', 'created', 'commit', ...metricNames, 'tags'], versions.map((v) => [String(v.version), v.manifest.createdAt, v.manifest.commit.slice(0, 7), ...metricNames.map((m) => (v.manifest.metrics[m] === undefined ? '' : String(Number(v.manifest.metrics[m].toPrecision(4))))), v.manifest.tags.join(',')])));
    });
    withBackend(models.command('show <model>'))
        .description('Show a version: NAME (latest), NAME@alias or NAME:3. Prints its manifest.')
        .action(async (selectorText, options) => {
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSelector */ .Pl)(selectorText);
        const found = await open(options).registry.get(name, selector);
        out(JSON.stringify(found.manifest, null, 2));
    });
    withBackend(models.command('download <model>'))
        .description('Download a version into -o DIR, checking every file against its sha256 before extracting it.')
        .usage('-o <dir> [options] <model>')
        .requiredOption('-o, --out <dir>', 'where the files go (required)')
        .action(async (selectorText, options) => {
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSelector */ .Pl)(selectorText);
        const { registry, store } = open(options);
        const found = await registry.get(name, selector);
        const files = await (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .downloadVersion */ .TA)(found, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.out), store);
        out(`${found.tag}: ${files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(process.cwd(), f)).join(', ')}`);
    });
    const alias = models.command('alias').description('Move an alias, or show its history.');
    withBackend(alias.command('set <name> <alias> <version>'))
        .description('Point ALIAS of model NAME at VERSION (recorded with who, when, from and to).')
        .action(async (name, aliasName, versionText, options) => {
        const move = await open(options).registry.setAlias(name, aliasName, version(versionText), { actor: process.env.GITHUB_ACTOR ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).userInfo().username });
        out(`${name}@${aliasName}: ${move.from ?? 'none'} -> ${move.to}`);
    });
    withBackend(alias.command('history <name> <alias>'))
        .description('Every move of an alias, oldest first.')
        .action(async (name, aliasName, options) => {
        const moves = await open(options).registry.aliasHistory(name, aliasName);
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_10__/* .textTable */ .e)(['#', 'at', 'actor', 'from', 'to'], moves.map((m) => [String(m.seq), m.at, m.actor, m.from === null ? '–' : String(m.from), m.to === null ? 'removed' : String(m.to)])));
    });
    withBackend(alias.command('remove <name> <alias>'))
        .description('Unassign ALIAS of model NAME (recorded in its history).')
        .action(async (name, aliasName, options) => {
        const move = await open(options).registry.removeAlias(name, aliasName, { actor: process.env.GITHUB_ACTOR ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).userInfo().username });
        out(`${name}@${aliasName}: ${move.from ?? 'none'} -> removed`);
    });
    withBackend(models.command('deprecate <version>'))
        .description('Deprecate NAME:3: kept, but never deployed again without an override.')
        .requiredOption('--reason <text>', 'why (recorded)')
        .action(async (text, options) => {
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSelector */ .Pl)(text);
        if (selector === 'latest' || !('version' in selector))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`"${text}" names no version: write NAME:3.`);
        const d = await open(options).registry.deprecate(name, selector.version, { actor: process.env.GITHUB_ACTOR ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).userInfo().username, reason: options.reason });
        out(`${name} v${d.version} deprecated (${d.reason})`);
    });
    withBackend(models.command('diff <a> <b>'))
        .description('Compare the params and metrics of two versions: NAME:1 NAME@production.')
        .action(async (a, b, options) => {
        const { registry } = open(options);
        const left = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSelector */ .Pl)(a);
        const right = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .parseSelector */ .Pl)(b);
        const [x, y] = await Promise.all([registry.get(left.name, left.selector), registry.get(right.name, right.selector)]);
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_10__/* .textTable */ .e)(['', 'name', x.tag, y.tag, 'change'], (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_8__/* .diffRows */ .VD)(x, y)));
    });
    return [register, models];
}


/***/ })

};
