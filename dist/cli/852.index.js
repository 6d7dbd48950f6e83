export const id = 852;
export const ids = [852];
export const modules = {

/***/ 74852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryCommands: () => (/* binding */ registryCommands)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54915);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17056);
/* harmony import */ var _backends_open_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72184);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14480);
/* harmony import */ var _registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16404);
/* harmony import */ var _registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(94493);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56520);
/* harmony import */ var _report_terminal_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(32994);
/* harmony import */ var _console_logger_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(49050);










const withBackend = (command) => command
    .option('--registry <dir>', `a local registry folder (default ${_backends_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LOCAL_REGISTRY */ .MF})`)
    .option('--github <owner/repo>', "the repository whose releases hold the registry (token from GITHUB_TOKEN)");
function backendOf(options) {
    if (options.github)
        return { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL };
    return { kind: 'local', dir: options.registry ?? _backends_open_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LOCAL_REGISTRY */ .MF };
}
const collect = (value, previous) => [...previous, value];
function version(text) {
    const n = Number(text.replace(/^v/, ''));
    if (!Number.isInteger(n) || n < 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`"${text}" is not a version number.`, { hint: 'Versions are 1, 2, 3, ...' });
    return n;
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
        .option('--record <file>', 'the run record: lineage from its sweep and data parts, the register part written to it', _record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RECORD_FILE */ .z7)
        .option('--alias <alias>', 'point this alias at the new version (repeatable)', collect, [])
        .option('--tag <tag>', 'a tag for the version (repeatable)', collect, [])
        .option('--parent <version>', 'the version this one derives from')
        .option('--dedupe', 'return an existing version with the same files instead of a new one')
        .addHelpText('after', '\nExamples:\n  mlops register --alias staging        # after mlops validate and mlops sweep: model and lineage from .mlops/record.json\n  mlops register --model .mlops/sweep/trials/5/output --from-sweep .mlops/sweep --profile .mlops/profile.json --alias staging')
        .action(async (options) => {
        const cwd = process.cwd();
        const name = options.name ?? (await (0,_config_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, options.config))).config.name;
        const logger = new _console_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .ConsoleLogger */ .C();
        const { registry } = (0,_backends_open_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegistry */ .Me)(backendOf(options), { sha: (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_5__/* .commitOf */ .D3)(cwd, process.env), logger });
        const result = await (0,_registry_service_register_model_js__WEBPACK_IMPORTED_MODULE_5__/* .registerModel */ .$R)({
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
            record: (0,_record_index_js__WEBPACK_IMPORTED_MODULE_4__/* .recordPath */ .lX)(cwd, options.record),
            registry,
            env: process.env,
        }, logger);
        out(`${result.created ? 'registered' : 'already registered'} ${result.tag} (version ${result.version})${result.htmlUrl ? ` ${result.htmlUrl}` : ''}`);
    });
    const models = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('models').description('Query the model registry: list, show, download, aliases, diff.');
    const open = (options) => (0,_backends_open_js__WEBPACK_IMPORTED_MODULE_3__/* .openRegistry */ .Me)(backendOf(options), { logger: new _console_logger_js__WEBPACK_IMPORTED_MODULE_9__/* .ConsoleLogger */ .C({ quiet: true }) });
    withBackend(models.command('list <name>'))
        .description('List the versions of a model, newest first.')
        .option('--alias <alias>', 'only the version an alias points at')
        .option('--tag <tag>', 'only versions with this tag')
        .option('--metric <name>', 'filter on this metric with --min / --max')
        .option('--min <x>', 'metric at least x')
        .option('--max <x>', 'metric at most x')
        .action(async (name, options) => {
        const { registry } = open(options);
        const versions = await registry.listAll(name, {
            alias: options.alias,
            tag: options.tag,
            metric: options.metric ? { name: options.metric, min: options.min === undefined ? undefined : Number(options.min), max: options.max === undefined ? undefined : Number(options.max) } : undefined,
        });
        const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.manifest.metrics)))].sort().slice(0, 4);
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .textTable */ .e)(['version', 'created', 'commit', ...metricNames, 'tags'], versions.map((v) => [String(v.version), v.manifest.createdAt, v.manifest.commit.slice(0, 7), ...metricNames.map((m) => (v.manifest.metrics[m] === undefined ? '' : String(Number(v.manifest.metrics[m].toPrecision(4))))), v.manifest.tags.join(',')])));
    });
    withBackend(models.command('show <model>'))
        .description('Show a version: NAME (latest), NAME@alias or NAME:3. Prints its manifest.')
        .action(async (selectorText, options) => {
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSelector */ .Pl)(selectorText);
        const found = await open(options).registry.get(name, selector);
        out(JSON.stringify(found.manifest, null, 2));
    });
    withBackend(models.command('download <model>'))
        .description('Download a version, checking every file against its sha256 before extracting it.')
        .requiredOption('-o, --out <dir>', 'where the files go')
        .action(async (selectorText, options) => {
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSelector */ .Pl)(selectorText);
        const { registry, store } = open(options);
        const found = await registry.get(name, selector);
        const files = await (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .downloadVersion */ .TA)(found, node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.out), store);
        out(`${found.tag}: ${files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(process.cwd(), f)).join(', ')}`);
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
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .textTable */ .e)(['#', 'at', 'actor', 'from', 'to'], moves.map((m) => [String(m.seq), m.at, m.actor, m.from === null ? '–' : String(m.from), m.to === null ? 'removed' : String(m.to)])));
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
        const { name, selector } = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSelector */ .Pl)(text);
        if (selector === 'latest' || !('version' in selector))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`"${text}" names no version: write NAME:3.`);
        const d = await open(options).registry.deprecate(name, selector.version, { actor: process.env.GITHUB_ACTOR ?? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).userInfo().username, reason: options.reason });
        out(`${name} v${d.version} deprecated (${d.reason})`);
    });
    withBackend(models.command('diff <a> <b>'))
        .description('Compare the params and metrics of two versions: NAME:1 NAME@production.')
        .action(async (a, b, options) => {
        const { registry } = open(options);
        const left = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSelector */ .Pl)(a);
        const right = (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .parseSelector */ .Pl)(b);
        const [x, y] = await Promise.all([registry.get(left.name, left.selector), registry.get(right.name, right.selector)]);
        out((0,_report_terminal_js__WEBPACK_IMPORTED_MODULE_8__/* .textTable */ .e)(['', 'name', x.tag, y.tag, 'change'], (0,_registry_service_models_js__WEBPACK_IMPORTED_MODULE_6__/* .diffRows */ .VD)(x, y)));
    });
    return [register, models];
}


/***/ }),

/***/ 94493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VD: () => (/* binding */ diffRows),
  TA: () => (/* binding */ downloadVersion),
  Pl: () => (/* binding */ parseSelector)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(56520);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(16308);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ../main/node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(14073);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(59475);
// EXTERNAL MODULE: ./src/registry/archive/pack.ts
var pack = __webpack_require__(33383);
// EXTERNAL MODULE: ./src/registry/archive/digest.ts
var digest = __webpack_require__(5642);
;// CONCATENATED MODULE: ./src/registry/archive/verify.ts
/**
 * Integrity check of a downloaded asset: size and sha256 against the manifest, read as a stream.
 * On a mismatch nothing may be used: the caller gets an IntegrityError and should delete the file.
 */



/** A downloaded asset is not what the manifest recorded (corrupt, truncated or tampered with). */
class IntegrityError extends errors/* UserError */.yo {
    asset;
    expected;
    actual;
    constructor(message, asset, expected, actual) {
        super(message, {
            hint: 'Nothing from it was used. Download it again; if it still differs, the release asset was replaced or corrupted after registration: register the model again.',
        });
        this.asset = asset;
        this.expected = expected;
        this.actual = actual;
    }
}
/** Checks a file's size and sha256 against the expected ones; returns its digest, throws IntegrityError on a mismatch. */
async function verifyFile(path, expected, options = {}) {
    const asset = options.name ?? (0,external_node_path_.basename)(path);
    const want = { size: expected.size, sha256: (0,digest/* normalizeSha256 */.be)(expected.sha256) };
    const actual = await (0,digest/* digestFile */.TM)(path);
    if (actual.sha256 !== want.sha256 || actual.size !== want.size) {
        throw new IntegrityError(`Integrity check failed for asset ${asset}: expected sha256 ${want.sha256} (${want.size} bytes), got sha256 ${actual.sha256} (${actual.size} bytes).`, asset, want, actual);
    }
    return actual;
}

;// CONCATENATED MODULE: ./src/registry/archive/extract.ts
/**
 * Extracts a model archive downloaded from a release, treating it as hostile input.
 *
 * 1. The archive's size and sha256 are checked against the manifest FIRST: on a mismatch nothing
 *    is extracted (IntegrityError).
 * 2. Entries are extracted into a fresh temporary folder beside destDir, then the folder is renamed
 *    into place. On any refusal or error the temporary folder is deleted: destDir is left as it was
 *    (absent, or empty) and nothing is written outside it.
 *
 * Refused entries (UnsafeArchiveError, naming the entry):
 * - absolute paths (`/x`, `\x`, `C:x`), any `..` segment, NUL bytes, and paths resolving outside destDir;
 * - ALL links, symbolic and hard, wherever they point. Archives made by `packModel` never contain
 *   links (it stores in-folder symlinks and hard links as regular files), so this loses nothing,
 *   and it makes writing "through" a planted link impossible: every path is a plain directory.
 * - character and block devices, FIFOs and any other type that is not a regular file or a directory;
 * - the same path twice (files are opened with `wx`, never overwritten);
 * - more entries, or more bytes in all, than the limits (see {@link ExtractLimits}): the manifest's
 *   declared `unpacked` sizes when it has them, else default caps. Each entry's header states its
 *   size, so the archive is refused before the entry that crosses a limit is written.
 *
 * Resources: one file is open at a time, written synchronously as its data arrives, so the parser
 * (and the gunzip inside it) cannot run ahead of the disk: memory stays at a few chunks and open
 * files at one, whatever the ratio of compression or the number of entries (200,000 work).
 * Modes are normalised to 0644 / 0755 (executable bit kept); owners and mtimes are not restored.
 */








/** An archive entry that could write outside the destination, or is not a plain file or folder. */
class UnsafeArchiveError extends errors/* UserError */.yo {
    entry;
    constructor(message, entry) {
        super(message, { hint: 'Nothing was extracted. The archive was not made by `mlops` register-model, or was tampered with: do not use it.' });
        this.entry = entry;
    }
}
/** Entries accepted from an archive whose manifest declares none. */
const DEFAULT_MAX_ENTRIES = 1_000_000;
/** Bytes accepted from an archive whose manifest declares none: this many times its own size... */
const DEFAULT_MAX_RATIO = 100;
/** ...but at least this much. */
const DEFAULT_MIN_MAX_BYTES = 1024 ** 3;
/**
 * The limits an archive is held to: what its manifest declares (an honest archive unpacks to exactly
 * that), else {@link DEFAULT_MAX_ENTRIES} entries and {@link DEFAULT_MAX_RATIO} times its size (at
 * least {@link DEFAULT_MIN_MAX_BYTES}); never more than `options.limits`.
 */
function extractLimits(expected, options = {}) {
    const declared = expected.unpacked !== undefined;
    const maxBytes = expected.unpacked?.bytes ?? Math.max(DEFAULT_MIN_MAX_BYTES, DEFAULT_MAX_RATIO * expected.size);
    const maxEntries = expected.unpacked?.entries ?? DEFAULT_MAX_ENTRIES;
    return {
        maxBytes: Math.min(maxBytes, options.limits?.maxBytes ?? Infinity),
        maxEntries: Math.min(maxEntries, options.limits?.maxEntries ?? Infinity),
        declared,
    };
}
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
/** The entry's destination below root, or a refusal naming it. Returns undefined for the root itself (`./`). */
function checkEntry(entry, root, archive) {
    const name = entry.path;
    const refuse = (why) => new UnsafeArchiveError(`Refusing to extract ${archive}: entry ${JSON.stringify(name)} ${why}.`, name);
    if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
        throw refuse(`is a ${entry.type === 'Link' ? 'hard link' : 'symbolic link'} to ${JSON.stringify(entry.linkpath ?? '')}; model archives may not contain links`);
    }
    if (entry.type === 'CharacterDevice' || entry.type === 'BlockDevice')
        throw refuse('is a device file');
    if (entry.type === 'FIFO')
        throw refuse('is a FIFO');
    if (entry.type !== 'Directory' && !FILE_TYPES.has(entry.type))
        throw refuse(`has unsupported type ${entry.type}`);
    if (name.includes('\0'))
        throw refuse('contains a NUL byte');
    if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name))
        throw refuse('has an absolute path');
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        throw refuse('contains a ".." segment');
    const clean = segments.filter((s) => s !== '' && s !== '.');
    if (clean.length === 0) {
        if (entry.type === 'Directory')
            return undefined;
        throw refuse('has an empty path');
    }
    const target = (0,external_node_path_.resolve)(root, ...clean);
    if (!(0,pack/* isInside */.FK)(root, target) || target === root)
        throw refuse('resolves outside the destination folder');
    return target;
}
function unpackInto(archive, root, label, limits) {
    return new Promise((resolvePromise, rejectPromise) => {
        const input = (0,external_node_fs_.createReadStream)(archive, { highWaterMark: 1 << 20 });
        const parser = new index_min/* Parser */.iX({ strict: true });
        const folders = new Set([root]);
        let entries = 0;
        let bytes = 0;
        /** The one file being written, if any. */
        let open;
        let failed = false;
        const closeOpen = () => {
            if (open === undefined)
                return;
            const { fd } = open;
            open = undefined;
            (0,external_node_fs_.closeSync)(fd);
        };
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            input.destroy();
            try {
                closeOpen();
            }
            catch {
                // the error being reported matters more
            }
            rejectPromise(error);
        };
        const ensureFolder = (folder) => {
            if (folders.has(folder))
                return;
            (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: 0o755 });
            // Every ancestor exists now too: remember them all, so 200,000 entries cost 200,000 lookups.
            for (let f = folder; !folders.has(f); f = (0,external_node_path_.dirname)(f))
                folders.add(f);
        };
        const writeFailed = (entry, cause) => new errors/* UserError */.yo(`Cannot extract entry ${JSON.stringify(entry)} of ${label} into ${root}: ${cause.message}`, {
            cause,
            hint: 'Check the free space and permissions of the destination folder, then download again.',
        });
        const limit = (what, value, entry) => {
            const source = limits.declared ? 'its manifest declares' : `the limit for an archive that declares no size (${DEFAULT_MAX_RATIO} times its own size, at least ${(0,safe_read/* formatBytes */.z3)(DEFAULT_MIN_MAX_BYTES)})`;
            return new UnsafeArchiveError(`Refusing to extract ${label}: at entry ${JSON.stringify(entry)} it holds more ${what} than ${source}: ${value}.`, entry);
        };
        parser.on('entry', (entry) => {
            if (failed) {
                entry.resume();
                return;
            }
            try {
                const target = checkEntry(entry, root, label);
                entries += 1;
                if (entries > limits.maxEntries)
                    throw limit('entries', `${limits.maxEntries}`, entry.path);
                if (target === undefined || entry.type === 'Directory') {
                    if (target !== undefined)
                        ensureFolder(target);
                    entry.resume();
                    return;
                }
                // The header states the size: refuse before writing a byte of the entry that crosses the cap.
                bytes += entry.size ?? 0;
                if (bytes > limits.maxBytes)
                    throw limit('bytes', (0,pack/* formatBytes */.z3)(limits.maxBytes), entry.path);
                ensureFolder((0,external_node_path_.dirname)(target));
                try {
                    open = { fd: (0,external_node_fs_.openSync)(target, 'wx', (entry.mode ?? 0) & 0o111 ? 0o755 : 0o644), path: entry.path };
                }
                catch (cause) {
                    if (cause.code === 'EEXIST')
                        throw new UnsafeArchiveError(`Refusing to extract ${label}: entry ${JSON.stringify(entry.path)} appears twice.`, entry.path);
                    throw writeFailed(entry.path, cause);
                }
                const fd = open.fd;
                entry.on('data', (chunk) => {
                    if (failed)
                        return;
                    try {
                        // Synchronous: the parser gets the next chunk only once this one is on disk.
                        for (let at = 0; at < chunk.length;)
                            at += (0,external_node_fs_.writeSync)(fd, chunk, at);
                    }
                    catch (cause) {
                        fail(writeFailed(entry.path, cause));
                    }
                });
                entry.on('end', () => {
                    if (failed || open?.fd !== fd)
                        return;
                    try {
                        closeOpen();
                    }
                    catch (cause) {
                        fail(writeFailed(entry.path, cause));
                    }
                });
            }
            catch (error) {
                entry.resume();
                fail(error);
            }
        });
        parser.on('warn', (code, message) => fail(new errors/* UserError */.yo(`Cannot extract ${label}: ${code} ${message}`)));
        parser.on('error', (error) => fail(new errors/* UserError */.yo(`Cannot extract ${label}: it is not a valid tar.gz archive (${error.message}).`, { cause: error })));
        input.on('error', (error) => fail(error));
        parser.on('end', () => {
            if (failed)
                return;
            if (open !== undefined) {
                fail(new errors/* UserError */.yo(`Cannot extract ${label}: the archive ends inside entry ${JSON.stringify(open.path)}.`));
                return;
            }
            resolvePromise();
        });
        input.pipe(parser);
    });
}
/** Verifies then extracts a model archive into destDir (absent or empty): see the module comment. */
async function extractModel(archivePath, destDir, expected, options = {}) {
    const label = options.name ?? (0,external_node_path_.basename)(archivePath);
    await verifyFile(archivePath, { size: expected.size, sha256: expected.sha256 }, { name: label });
    const limits = extractLimits(expected, options);
    const dest = (0,external_node_path_.resolve)(destDir);
    let destExists = false;
    try {
        const existing = await (0,promises_.readdir)(dest);
        if (existing.length > 0) {
            throw new errors/* UserError */.yo(`Cannot extract ${label} into ${destDir}: the folder is not empty.`, { hint: 'Choose an empty or new destination folder.' });
        }
        destExists = true;
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(dest), `.${(0,external_node_path_.basename)(dest)}.extracting-`));
    try {
        await unpackInto(archivePath, temp, label, limits);
        await (0,promises_.chmod)(temp, 0o755);
        if (destExists)
            await (0,promises_.rmdir)(dest);
        await (0,promises_.rename)(temp, dest);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/registry/service/models.ts






/** `NAME`, `NAME@alias`, `NAME@latest` or `NAME:3` (version 3). */
function parseSelector(text) {
    const at = text.indexOf('@');
    const colon = text.lastIndexOf(':');
    if (at > 0) {
        const alias = text.slice(at + 1);
        return { name: text.slice(0, at), selector: alias === 'latest' ? 'latest' : { alias } };
    }
    if (colon > 0) {
        const version = Number(text.slice(colon + 1).replace(/^v/, ''));
        if (!Number.isInteger(version) || version < 1) {
            throw new errors/* InputError */.dz(`"${text}" names no version: after ":" comes a version number.`, { hint: 'Write NAME:3, NAME@production or NAME.' });
        }
        return { name: text.slice(0, colon), selector: { version } };
    }
    return { name: text, selector: 'latest' };
}
/**
 * Downloads a version's files into `dest`: every asset of the manifest is checked against its size
 * and sha256 before anything uses it, and an archive is extracted only after that (with its paths
 * checked). Nothing is left in `dest` when a check fails.
 */
async function downloadVersion(version, dest, store) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(dest)), { recursive: true });
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().resolve(dest)), '.mlops-download-'));
    try {
        const written = [];
        for (const asset of version.manifest.assets) {
            const released = version.release.assets.find((a) => a.name === asset.name);
            if (!released)
                throw new errors/* InputError */.dz(`Version ${version.tag} lists ${asset.name} in its manifest, but the release has no such asset.`, { hint: 'The release was edited after registration; register the model again.' });
            const file = external_node_path_default().join(staging, asset.name);
            await store.downloadAsset(released.id, { path: file });
            await verifyFile(file, { size: asset.size, sha256: asset.sha256 }, { name: asset.name });
            written.push(file);
        }
        const out = [];
        await (0,promises_.mkdir)(dest, { recursive: true });
        for (const file of written) {
            const name = external_node_path_default().basename(file);
            const asset = version.manifest.assets.find((a) => a.name === name);
            if (name.endsWith('.tar.gz')) {
                const target = external_node_path_default().join(dest, name.slice(0, -'.tar.gz'.length));
                // The asset with its declared `unpacked` sizes: extraction refuses an archive that holds more.
                await extractModel(file, target, asset, { name });
                out.push(target);
            }
            else {
                await (0,promises_.rename)(file, external_node_path_default().join(dest, name));
                out.push(external_node_path_default().join(dest, name));
            }
        }
        return out;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** A param or metric value in a table cell; `–` where a version has none. */
function shown(value) {
    return value === undefined ? '–' : (0,format/* valueText */.R)(value);
}
/** Params and metrics of two versions side by side, for `mlops models diff`. */
function diffRows(a, b) {
    const rows = [];
    const section = (kind, x, y) => {
        for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
            const left = x[key];
            const right = y[key];
            const delta = typeof left === 'number' && typeof right === 'number' ? String(Number((right - left).toPrecision(6))) : left === right ? '' : 'changed';
            rows.push([kind, key, shown(left), shown(right), delta]);
        }
    };
    section('metric', a.manifest.metrics, b.manifest.metrics);
    section('param', a.manifest.params, b.manifest.params);
    return rows;
}


/***/ })

};
