export const id = 267;
export const ids = [267];
export const modules = {

/***/ 59316:
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

/***/ 56529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Zo: () => (/* binding */ packModel),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export assetName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98697);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58382);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59316);
/**
 * Packs a model for a release (docs/platform.md "Releases as storage", "Limits"): a folder becomes one
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

/***/ 79352:
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
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
// EXTERNAL MODULE: ./src/registry/archive/pack.ts
var pack = __webpack_require__(56529);
// EXTERNAL MODULE: ./src/registry/archive/digest.ts
var digest = __webpack_require__(59316);
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
            rejectPromise(error instanceof Error ? error : new Error(String(error)));
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


/***/ }),

/***/ 3958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ registerModel),
/* harmony export */   D: () => (/* binding */ commitOf)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/* harmony import */ var _shared_scratch_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44365);
/* harmony import */ var _shared_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(78451);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60134);
/* harmony import */ var _archive_pack_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56529);
/* harmony import */ var _archive_digest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59316);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(21815);











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
    return { files: part.value.files, evalFiles: part.value.evalFiles, profilePath };
}
/**
 * The gate's verdict on this model, from the record's gate part: only when the model is the
 * record's own candidate (no model named), since the part judged that one. A warning is a pass.
 */
async function gateSource(request) {
    if (request.model || request.fromSweep)
        return null;
    const part = await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_7__/* .readPartIfPresent */ .As)(request.record, 'gate');
    if (!part)
        return null;
    const { verdict, baselineVersion, reasons } = part.value;
    return { verdict: verdict === 'warn' ? 'pass' : verdict, baselineVersion, reasons };
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
            for (const file of data.evalFiles ?? [])
                digests[`eval:${file.path}`] = `sha256:${file.sha256}`;
            const digest = await (0,_archive_digest_js__WEBPACK_IMPORTED_MODULE_9__/* .digestFile */ .TM)(data.profilePath);
            files.push({ name: 'data-profile.json', path: data.profilePath, size: digest.size, sha256: digest.sha256, contentType: 'application/json' });
            logger.info(`Lineage: ${data.files.length} data file(s) and the profile ${data.profilePath}.`);
        }
        const run = runFromEnv(request.env);
        const gate = await gateSource(request);
        const result = await logger.group(`Register ${request.name}`, () => request.registry.register({
            name: request.name,
            files,
            ref: request.env.GITHUB_REF ?? null,
            run,
            params,
            metrics,
            data: digests,
            sweep,
            gate,
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
