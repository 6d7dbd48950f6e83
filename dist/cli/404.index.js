export const id = 404;
export const ids = [404];
export const modules = {

/***/ 5642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   be: () => (/* binding */ normalizeSha256),
/* harmony export */   vl: () => (/* binding */ DigestStream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/**
 * Streaming size + sha256: a model is read once, in chunks, and never held in memory whole.
 * Digests are lowercase hex, without a `sha256:` prefix (one is accepted and stripped on input).
 */




/** Normalises a digest given by a user or a manifest: lowercase hex, `sha256:` prefix removed. */
function normalizeSha256(sha256) {
    return sha256.trim().toLowerCase().replace(/^sha256:/, '');
}
/**
 * A pass-through stream counting bytes and hashing them. `limit` aborts the stream as soon as
 * more than `limit` bytes went through (the error is made by `onLimit`), so a too-large archive is
 * noticed while it is written, not after.
 */
class DigestStream extends node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform {
    limit;
    onLimit;
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    constructor(limit = Infinity, onLimit = (size) => new Error(`stream exceeds ${size} bytes`)) {
        super();
        this.limit = limit;
        this.onLimit = onLimit;
    }
    _transform(chunk, _encoding, callback) {
        this.size += chunk.length;
        if (this.size > this.limit) {
            callback(this.onLimit(this.size));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    /** The digest, once the stream has ended. */
    digest() {
        return { size: this.size, sha256: this.hash.digest('hex') };
    }
}
/** Size and sha256 of a file, read as a stream. */
async function digestFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }), async function (source) {
        for await (const chunk of source) {
            size += chunk.length;
            hash.update(chunk);
        }
    });
    return { size, sha256: hash.digest('hex') };
}


/***/ }),

/***/ 33383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Zo: () => (/* binding */ packModel),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports MAX_ASSET_BYTES, contentTypeFor, assetName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14073);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56520);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5642);
/**
 * Packs a model for a release (PLATFORM.md "Releases as storage", "Limits"): a folder becomes one
 * `.tar.gz` asset, a single file is kept as it is. Everything streams: the model is read in chunks,
 * its size and sha256 computed on the way, and nothing is held in memory whole.
 *
 * The archive is deterministic, so the same folder gives the same digest (with the same Node/zlib):
 * entries are sorted, every mtime is the epoch, owners and device numbers are left out (tar's
 * `portable`), modes are normalised, and the gzip header carries no time nor OS.
 *
 * The archive holds only directories and regular files, which is all `extractModel` accepts:
 * - a symlink inside the folder whose target stays inside is stored as the file it points to;
 *   one pointing outside the folder (or dangling, or to a directory) is refused;
 * - hard links are stored as ordinary files (each copy in full);
 * - sockets, FIFOs and device files are refused.
 *
 * GitHub refuses assets of 2 GiB or more: a single file over the limit is refused before it is read,
 * and a folder's archive is abandoned (and deleted) as soon as it grows past the limit.
 */







/** GitHub's limit on one release asset: strictly less than 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;
const EPOCH = new Date(0);
/** tar keeps a cache to write the second name of a hard link as a `Link` entry; this one forgets. */
const NO_HARD_LINKS = { get: () => undefined, set() { return this; }, has: () => false };
const CONTENT_TYPES = {
    '.json': 'application/json',
    '.txt': 'text/plain',
    '.csv': 'text/csv',
    '.yaml': 'application/yaml',
    '.yml': 'application/yaml',
    '.gz': 'application/gzip',
    '.tgz': 'application/gzip',
    '.zip': 'application/zip',
};
function contentTypeFor(name) {
    return CONTENT_TYPES[(0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(name).toLowerCase()] ?? 'application/octet-stream';
}
/** An asset name GitHub keeps as is: other characters become `-`. */
function assetName(name) {
    // Also no trailing "." and room for ".tar.gz" within GitHub's 255 characters (ASSET_NAME_PATTERN).
    const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 240).replace(/\.+$/, '');
    return safe === '' ? 'model' : safe;
}
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return unit === 0 ? `${bytes} bytes` : `${value.toFixed(2)} ${units[unit]} (${bytes} bytes)`;
}
const TOO_LARGE_HINT = 'GitHub release assets must be smaller than 2 GiB: split the model into smaller files (e.g. sharded weights) and register a folder of shards per asset, or store the weights elsewhere (object storage, Git LFS, Hugging Face) and register a small pointer file.';
/** True when target is root or below it (both absolute, normalised). */
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
async function listFolder(root) {
    const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const entries = [];
    const files = [];
    const walk = async (dir) => {
        const children = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, dir), { withFileTypes: true });
        for (const child of children) {
            const rel = dir === '' ? child.name : `${dir}/${child.name}`;
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, rel);
            if (child.isSymbolicLink()) {
                let target;
                try {
                    target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
                }
                catch (cause) {
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot pack ${abs}: it is a symlink whose target does not exist.`, { cause, hint: 'Remove the broken link or replace it with the file.' });
                }
                if (!isInside(rootReal, target)) {
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot pack ${abs}: it is a symlink pointing outside the model folder (to ${target}).`, {
                        hint: 'Copy the file into the model folder instead of linking to it, or remove the link.',
                    });
                }
                const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(abs);
                if (!info.isFile()) {
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot pack ${abs}: it is a symlink to a ${info.isDirectory() ? 'directory' : 'special file'}; only links to regular files are packed.`, {
                        hint: 'Replace the link with a copy of the directory, or remove it.',
                    });
                }
                entries.push(rel);
                files.push({ path: rel, size: info.size });
            }
            else if (child.isDirectory()) {
                entries.push(rel);
                await walk(rel);
            }
            else if (child.isFile()) {
                entries.push(rel);
                files.push({ path: rel, size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs)).size });
            }
            else {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot pack ${abs}: it is not a regular file, directory or symlink (a socket, FIFO or device).`, { hint: 'Remove it from the model folder.' });
            }
        }
    };
    await walk('');
    entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { entries, files };
}
/** Packs a model file or folder into release assets: see the module comment. */
async function packModel(path, outDir, options = {}) {
    const limit = options.maxAssetBytes ?? MAX_ASSET_BYTES;
    const source = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(source);
    }
    catch (cause) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Model path ${path} does not exist or cannot be read.`, { cause, hint: 'Check the model path in mlops.yml or the action inputs.' });
    }
    if (info.isFile()) {
        if (info.size > limit) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Model file ${path} is ${formatBytes(info.size)}, over the release asset limit of ${formatBytes(limit)}.`, { hint: TOO_LARGE_HINT });
        }
        const digest = await (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .digestFile */ .TM)(source);
        if (digest.size > limit) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Model file ${path} grew to ${formatBytes(digest.size)} while it was read, over the release asset limit of ${formatBytes(limit)}.`, { hint: TOO_LARGE_HINT });
        }
        const name = assetName((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(source));
        return { files: [{ name, path: source, size: digest.size, sha256: digest.sha256, contentType: contentTypeFor(name) }] };
    }
    if (!info.isDirectory()) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Model path ${path} is neither a file nor a folder.`, { hint: 'Point the model path at the model file or at the folder holding it.' });
    }
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(outDir);
    if (isInside(source, out) || isInside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(source), out)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Cannot pack ${path} into ${outDir}: the output folder is inside the model folder, so the archive would contain itself.`, {
            hint: 'Choose an output folder outside the model folder (e.g. under $RUNNER_TEMP).',
        });
    }
    const listing = await listFolder(source);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(out, { recursive: true });
    const name = `${assetName((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(source))}.tar.gz`;
    const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(out, name);
    const tooLarge = (size) => {
        const largest = [...listing.files].sort((a, b) => b.size - a.size).slice(0, 3);
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Model folder ${path} packs to more than the release asset limit of ${formatBytes(limit)} (stopped after ${formatBytes(size)}). ` +
            `Its largest files: ${largest.map((f) => `${f.path} (${formatBytes(f.size)})`).join(', ')}.`, { hint: TOO_LARGE_HINT });
    };
    const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_6__/* .DigestStream */ .vl(limit, tooLarge);
    const pack = new tar__WEBPACK_IMPORTED_MODULE_4__/* .Pack */ .mM({
        cwd: source,
        portable: true,
        mtime: EPOCH,
        noDirRecurse: true,
        follow: true,
        strict: true,
        // tar reads files in chunks of up to 16 MiB by default; 1 MiB keeps the peak memory low.
        maxReadSize: 1 << 20,
        gzip: { level: options.gzipLevel ?? 6 },
        linkCache: NO_HARD_LINKS,
    });
    try {
        for (const entry of listing.entries)
            pack.add(entry);
        pack.end();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(pack, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(archive));
    }
    catch (error) {
        pack.destroy?.();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(archive, { force: true });
        throw error;
    }
    const digest = counter.digest();
    const unpacked = { bytes: listing.files.reduce((sum, file) => sum + file.size, 0), entries: listing.entries.length };
    return { files: [{ name, path: archive, size: digest.size, sha256: digest.sha256, contentType: 'application/gzip', unpacked }] };
}


/***/ }),

/***/ 16404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ registerModel),
/* harmony export */   D3: () => (/* binding */ commitOf)
/* harmony export */ });
/* unused harmony export runFromEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56520);
/* harmony import */ var _shared_scratch_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24147);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93625);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14480);
/* harmony import */ var _archive_pack_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33383);
/* harmony import */ var _archive_digest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5642);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(10977);











/** A user's metrics file: numbers, nested sections skipped; anything else names the metric and the file. */
function numbers(values, file) {
    const out = {};
    for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'number' && Number.isFinite(value))
            out[key] = value;
        else if (value !== null && typeof value === 'object')
            continue; // nested sections are not metrics
        else
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`Metric "${key}" in ${file} is ${(0,_shared_json_js__WEBPACK_IMPORTED_MODULE_6__/* .describeJson */ .kw)(value)}, not a finite number.`, { location: { file, key }, hint: 'Metrics are numbers; leave others out.' });
    }
    return out;
}
function scalars(values) {
    const out = {};
    for (const [key, value] of Object.entries(values))
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            out[key] = value;
    return out;
}
/**
 * The sweep part: of the folder the user named, else of the run record (undefined when it has none).
 * The record's part is taken only for its own model: when the user names another model, the
 * record's params and metrics would be another model's lineage, so they are left out (with a warning).
 */
async function sweepSource(request, logger) {
    if (request.fromSweep)
        return (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readSweepFolder */ .tt)(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(request.cwd, request.fromSweep));
    const part = await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readPartIfPresent */ .As)(request.record, 'sweep');
    const best = part?.value.best?.outputDir;
    if (!part || !request.model || best === undefined)
        return part;
    const model = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(request.cwd, request.model);
    const bestDir = part.resolve(best);
    if (model === bestDir || model.startsWith(bestDir + (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)))
        return part;
    logger.warning(`The run record's sweep part (${part.file}) describes the best trial output ${bestDir}, not the model ${model}: its params, metrics and sweep summary are not attached. Pass from-sweep (--from-sweep) to attach a sweep's lineage to this model.`);
    return undefined;
}
/** The data lineage: of the profile the user named, else of the run record's data part. */
async function dataSource(request) {
    if (request.profile) {
        const profilePath = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(request.cwd, request.profile);
        return { files: await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readProfileFiles */ .vL)(profilePath), profilePath };
    }
    const part = await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readPartIfPresent */ .As)(request.record, 'data');
    if (!part)
        return undefined;
    const profilePath = part.resolve(part.value.profile);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(profilePath)) {
        throw new _record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RecordError */ .W1(`The run record ${part.file} names the profile ${profilePath} (field data.profile), which does not exist.`, {
            location: { file: part.file, key: 'data.profile' },
            hint: "Download validate-data's artifact beside the record (the profile travels with it), or pass the profile input (--profile).",
        });
    }
    return { files: part.value.files, profilePath };
}
/** The model to register: the one the user named, else the sweep part's best output. */
function modelOf(request, sweep) {
    if (request.model)
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(request.cwd, request.model);
    const hint = 'Pass the model input (--model), or run train-and-sweep first: its sweep part names the best trial\'s output.';
    if (!sweep)
        throw new _record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RecordError */ .W1(`No model to register: no model input, and the run record ${request.record} has no sweep part (field "sweep" is missing).`, { location: { file: request.record, key: 'sweep' }, hint });
    const outputDir = sweep.value.best?.outputDir;
    if (outputDir === undefined) {
        const field = sweep.value.best === undefined ? 'sweep.best' : 'sweep.best.outputDir';
        throw new _record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .RecordError */ .W1(`No model to register: ${sweep.file} has no best trial output (field ${field} is missing).`, { location: { file: sweep.file, key: field }, hint });
    }
    return sweep.resolve(outputDir);
}
/** The commit checked out in `cwd`, for lineage outside Actions; undefined outside a git checkout. */
function gitHead(cwd) {
    const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
    const sha = result.status === 0 ? result.stdout.trim() : '';
    return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
}
/** The run a version comes from, from the runner's variables (nothing outside Actions). */
function runFromEnv(env) {
    const id = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : null;
    return {
        url: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null,
        actor: env.GITHUB_ACTOR ?? null,
        id,
        attempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : null,
    };
}
/**
 * register-model end to end: pack the model, gather its lineage (params, metrics, data digests, sweep
 * summary, the run), register it (draft, upload, publish: never a half-version), set its aliases and
 * add the register part to the run record. The lineage comes from the files the user names
 * (`fromSweep`, `profile`), else from the record's sweep and data parts; all of them are read through
 * src/record's checked readers, so a malformed one fails before anything is published. Inside Actions the run id and attempt make registration idempotent: re-running the same job returns
 * the version it registered.
 */
async function registerModel(request, logger) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .validateModelName */ .HW)(request.name);
    // Named by pid, removed on exit; a run killed before it could clean up is swept by the next one.
    const scratch = await (0,_shared_scratch_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)('mlops-register-');
    const staging = scratch.path;
    try {
        const resolve = (p) => node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(request.cwd, p);
        // Every file another stage wrote is read through src/record's checked readers, before anything is packed.
        const sweepPart = await sweepSource(request, logger);
        const data = await dataSource(request);
        const model = modelOf(request, sweepPart);
        let params = {};
        let metrics = {};
        let sweep = null;
        if (sweepPart) {
            const { best, trials, objective } = sweepPart.value;
            params = { ...(best?.params ?? {}) };
            metrics = { ...(best?.metrics ?? {}) };
            sweep = {
                trials: trials.total,
                completed: trials.complete,
                bestTrial: best === undefined ? null : String(best.trial),
                objective: { metric: objective.metric, direction: objective.goal },
            };
            logger.info(`Lineage: the sweep part of ${sweepPart.file}${best ? ` (best trial ${best.trial})` : ' (no complete trial)'}.`);
        }
        if (request.params)
            params = { ...params, ...scalars(await (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonObject */ .op)(resolve(request.params), { what: 'params' })) };
        if (request.metrics)
            metrics = { ...metrics, ...numbers(await (0,_shared_json_js__WEBPACK_IMPORTED_MODULE_6__/* .readJsonObject */ .op)(resolve(request.metrics), { what: 'metrics' }), request.metrics) };
        const packed = await logger.group('Pack the model', () => (0,_archive_pack_js__WEBPACK_IMPORTED_MODULE_8__/* .packModel */ .Zo)(model, staging));
        const files = packed.files.map((f) => ({ name: f.name, path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType, unpacked: f.unpacked }));
        const digests = {};
        if (data) {
            for (const file of data.files)
                digests[file.path] = `sha256:${file.sha256}`;
            const digest = await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_9__/* .digestFile */ .TM)(data.profilePath);
            files.push({ name: 'data-profile.json', path: data.profilePath, size: digest.size, sha256: digest.sha256, contentType: 'application/json' });
            logger.info(`Lineage: ${data.files.length} data file(s) and the profile ${data.profilePath}.`);
        }
        const run = runFromEnv(request.env);
        const result = await logger.group(`Register ${request.name}`, () => request.registry.register({
            name: request.name,
            files,
            ref: request.env.GITHUB_REF ?? null,
            run,
            params,
            metrics,
            data: digests,
            sweep,
            parentVersion: request.parentVersion ?? null,
            tags: request.tags,
            idempotencyKey: request.idempotencyKey ?? (run.id !== null ? `run:${run.id}:${run.attempt ?? 1}` : undefined),
            dedupeByContent: request.dedupeByContent,
            aliases: request.aliases,
            actor: run.actor ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().userInfo().username,
        }));
        await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeRegisterPart */ .kR)(request.record, result, request.aliases, request.env);
        return result;
    }
    finally {
        await scratch.dispose();
    }
}
/** The commit a new version's tag points at: GITHUB_SHA inside Actions, else the checkout's HEAD. */
function commitOf(cwd, env) {
    return env.GITHUB_SHA ?? gitHead(cwd);
}


/***/ })

};
