export const id = 497;
export const ids = [497];
export const modules = {

/***/ 59316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ digestFiles),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   be: () => (/* binding */ normalizeSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Streaming size + sha256: a model is read once, in chunks, and never held in memory whole.
 * Digests are lowercase hex, without a `sha256:` prefix (one is accepted and stripped on input).
 */



/** Normalises a digest given by a user or a manifest: lowercase hex, `sha256:` prefix removed. */
function normalizeSha256(sha256) {
    return sha256.trim().toLowerCase().replace(/^sha256:/, '');
}
/** Size and sha256 of a file, read as a stream. */
async function digestFile(path) {
    return (await digestFiles([path])).whole;
}
/**
 * Size and sha256 of files read in order as one stream (the parts of a model), and of each file.
 * `onFile` gets each file's digest as soon as it is read, and may throw to stop there.
 */
async function digestFiles(paths, onFile) {
    const whole = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let total = 0;
    const files = [];
    for (const [index, path] of paths.entries()) {
        // With one file, its hash is the whole's: no second hash pass.
        const hash = paths.length === 1 ? whole : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1 << 20 }), async function (source) {
            for await (const chunk of source) {
                size += chunk.length;
                hash.update(chunk);
                if (hash !== whole)
                    whole.update(chunk);
            }
        });
        total += size;
        if (hash === whole)
            break;
        files.push({ size, sha256: hash.digest('hex') });
        onFile?.(index, files[index]);
    }
    const digest = { size: total, sha256: whole.digest('hex') };
    if (paths.length === 1) {
        files.push(digest);
        onFile?.(0, digest);
    }
    return { whole: digest, files };
}


/***/ }),

/***/ 53789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z3: () => (/* binding */ formatBytes),
  FK: () => (/* binding */ isInside),
  Zo: () => (/* binding */ packModel)
});

// UNUSED EXPORTS: assetName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/registry/archive/compressible.ts

const SAMPLE_BYTES = 64 * 1024;
const SAMPLES = 4;
/** The fraction the samples must shrink by: float weights shrink by less (a few percent) and are stored. */
const MIN_SAVING = 0.1;
/** True when the open file (of `size` bytes) should be deflated, false when it should be stored. */
async function worthCompressing(handle, size) {
    if (size < SAMPLE_BYTES * 2)
        return true;
    const count = Math.min(SAMPLES, Math.floor(size / SAMPLE_BYTES));
    const step = (size - SAMPLE_BYTES) / Math.max(1, count - 1);
    let raw = 0;
    let packed = 0;
    const sample = Buffer.allocUnsafe(SAMPLE_BYTES);
    for (let i = 0; i < count; i++) {
        const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, Math.floor(i * step));
        raw += bytesRead;
        packed += (0,external_node_zlib_.deflateRawSync)(sample.subarray(0, bytesRead), { level: 1 }).length;
    }
    return packed <= raw * (1 - MIN_SAVING);
}

// EXTERNAL MODULE: ./src/registry/archive/digest.ts
var archive_digest = __webpack_require__(59316);
;// CONCATENATED MODULE: ./src/registry/archive/gzip-writer.ts
/**
 * A gzip stream (RFC 1952, one member) whose deflate data (RFC 1951) is chosen per region: regions
 * that compress are deflated, regions that do not (model weights) are written as deflate's "stored"
 * blocks, which cost 5 bytes per 64 KiB and no compression work. Any gzip reader (gunzip, `tar xzf`,
 * extractModel) reads the result as an ordinary `.tar.gz`.
 *
 * Hand-written because zlib has no per-region choice that keeps the stream deterministic: a zlib
 * stream at level 0 still runs every byte through the compressor, and changing its level mid-stream
 * (`params`) flushes at points set by the timing of its threadpool. Here a deflated region is
 * compressed in segments of at most SEGMENT_BYTES, each by one `deflateRawSync` call ending in a
 * sync flush (byte-aligned, not final), so no segment refers back into another; stored blocks are
 * written between segments; one empty final stored block and the trailer (CRC-32, length) end it.
 * The same input, cut into the same regions, gives the same bytes.
 */

/** Deflated data is compressed in segments of this size (memory: two segments). */
const SEGMENT_BYTES = 1 << 20;
/** The largest stored block deflate allows. */
const STORED_BLOCK = 65_535;
/** ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=0 OS=255 (unknown): no time, no OS, so the bytes are deterministic. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty stored block with BFINAL set: the end of the deflate data. */
const FINAL_BLOCK = Buffer.from([1, 0, 0, 0xff, 0xff]);
class MixedGzipWriter {
    sink;
    level;
    crc = 0;
    length = 0;
    pending = [];
    pendingBytes = 0;
    /** `level`: the zlib level (1-9) of deflated regions. */
    constructor(sink, level) {
        this.sink = sink;
        this.level = level;
    }
    async start() {
        await this.sink.write(GZIP_HEADER);
    }
    /** Bytes to compress (tar headers, compressible files). The writer keeps `data`: do not reuse it. */
    async deflate(data) {
        if (data.length === 0)
            return;
        this.count(data);
        this.pending.push(data);
        this.pendingBytes += data.length;
        if (this.pendingBytes >= SEGMENT_BYTES)
            await this.flush();
    }
    /** Bytes to store as they are (data that does not compress). */
    async store(data) {
        if (data.length === 0)
            return;
        await this.flush();
        this.count(data);
        const pieces = [];
        for (let at = 0; at < data.length; at += STORED_BLOCK) {
            const len = Math.min(STORED_BLOCK, data.length - at);
            const header = Buffer.allocUnsafe(5);
            header[0] = 0; // BFINAL 0, BTYPE 00 (stored); the stream is byte-aligned here
            header.writeUInt16LE(len, 1);
            header.writeUInt16LE(~len & 0xffff, 3);
            pieces.push(header, data.subarray(at, at + len));
        }
        await this.sink.write(Buffer.concat(pieces));
    }
    /** Ends the deflate data and writes the trailer. */
    async end() {
        await this.flush();
        const trailer = Buffer.allocUnsafe(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        trailer.writeUInt32LE(this.length % 2 ** 32, 4);
        await this.sink.write(Buffer.concat([FINAL_BLOCK, trailer]));
    }
    count(data) {
        this.crc = (0,external_node_zlib_.crc32)(data, this.crc);
        this.length += data.length;
    }
    /** Deflates the pending bytes as one segment ending byte-aligned (sync flush), so stored blocks may follow. */
    async flush() {
        if (this.pendingBytes === 0)
            return;
        const input = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
        this.pending = [];
        this.pendingBytes = 0;
        await this.sink.write((0,external_node_zlib_.deflateRawSync)(input, { level: this.level, finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/archive/parts.ts
/**
 * A packed model as release assets of bounded size (docs/platform.md "Limits": an asset is under
 * 2 GiB). What packModel writes goes through a PartWriter: bytes fill `<name>.part-001`, then
 * `-002`..., each at most `partBytes`, with one sha256 per part and one for the whole. A model that
 * fits in one part is one file named `<name>`, as before parts existed, so versions that need no
 * parts stay readable by older readers. Writes are queued one at a time behind the hashing, so the
 * disk and the hash work at the same time, and memory holds a chunk or two.
 */




/** GitHub's limit on one release asset: strictly less than 2 GiB. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3 - 1;
/** A release holds at most 1,000 assets (docs/platform.md "Limits"); the manifest and lineage files need a few. */
const MAX_PARTS = 990;
/** The asset name of part `index` (0-based) of `name`: `name.part-001`; sorting the names sorts the parts. */
function partName(name, index) {
    return `${name}.part-${String(index + 1).padStart(3, '0')}`;
}
class PartWriter {
    dir;
    name;
    partBytes;
    tooMany;
    whole;
    done = [];
    current;
    queued = Promise.resolve();
    total = 0;
    /**
     * `mayNeedParts`: false when the caller knows the output fits in one part; then the one part's
     * hash is the whole's, and the second hash pass (the costliest work of packing) is skipped.
     */
    constructor(dir, name, partBytes, mayNeedParts, tooMany) {
        this.dir = dir;
        this.name = name;
        this.partBytes = partBytes;
        this.tooMany = tooMany;
        this.whole = mayNeedParts ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    }
    /** Appends bytes; `chunk` must not be changed afterwards (it may still be being written). */
    async write(chunk) {
        this.whole?.update(chunk);
        this.total += chunk.length;
        for (let at = 0; at < chunk.length;) {
            if (this.current === undefined || this.current.size === this.partBytes)
                await this.nextPart();
            const part = this.current;
            const piece = chunk.subarray(at, at + Math.min(chunk.length - at, this.partBytes - part.size));
            part.hash.update(piece);
            part.size += piece.length;
            at += piece.length;
            // One write in flight: wait for the previous one, queue this one, go on hashing the next chunk.
            await this.queued;
            const write = writeAll(part.handle, piece);
            // Handled here so a failure while nobody awaits it is not an unhandled rejection; the next await reports it.
            write.catch(() => undefined);
            this.queued = write;
        }
    }
    /** Closes the last part; one part is renamed to the plain name. */
    async close() {
        if (this.current === undefined)
            await this.nextPart();
        await this.finishPart();
        // Without a running whole hash (the caller expected one part), more parts are hashed again as one.
        const sha256 = this.whole ? this.whole.digest('hex') : this.done.length === 1 ? this.done[0].sha256 : (await (0,archive_digest/* digestFiles */.Eh)(this.done.map((p) => p.path))).whole.sha256;
        const whole = { size: this.total, sha256 };
        if (this.done.length === 1) {
            const path = (0,external_node_path_.join)(this.dir, this.name);
            await (0,promises_.rename)(this.done[0].path, path);
            return { path, whole };
        }
        return { path: this.done[0].path, whole, parts: this.done };
    }
    /** Closes and deletes whatever was written. */
    async abort() {
        await this.queued.catch(() => undefined);
        await this.current?.handle.close().catch(() => undefined);
        const paths = [...this.done.map((p) => p.path), ...(this.current ? [this.current.path] : [])];
        this.current = undefined;
        await Promise.all(paths.map((p) => (0,promises_.rm)(p, { force: true })));
    }
    async nextPart() {
        await this.finishPart();
        if (this.done.length >= MAX_PARTS)
            throw this.tooMany(this.done.length + 1);
        const name = partName(this.name, this.done.length);
        const path = (0,external_node_path_.join)(this.dir, name);
        this.current = { handle: await (0,promises_.open)(path, 'w'), hash: (0,external_node_crypto_.createHash)('sha256'), size: 0, name, path };
    }
    async finishPart() {
        const part = this.current;
        if (part === undefined)
            return;
        await this.queued;
        this.current = undefined;
        await part.handle.close();
        this.done.push({ name: part.name, path: part.path, size: part.size, sha256: part.hash.digest('hex') });
    }
}
async function writeAll(handle, data) {
    for (let at = 0; at < data.length;)
        at += (await handle.write(data, at, data.length - at)).bytesWritten;
}

;// CONCATENATED MODULE: ./src/registry/archive/pack.ts
/**
 * Packs a model for a release (docs/platform.md "Releases as storage", "Limits"): a folder becomes a
 * `.tar.gz`, a single file is kept as it is. Everything streams: the model is read in chunks, the
 * archive's size and sha256 computed on the way, and nothing is held in memory whole.
 *
 * Speed (issue #14): each file is sampled (compressible.ts) and only files that shrink are deflated;
 * the others are written as deflate's stored blocks (gzip-writer.ts). The result is still one
 * ordinary gzip stream of one tar, so every reader (old `mlops` versions, `tar xzf`) reads it, and
 * on incompressible weights packing costs about what reading and hashing them costs.
 *
 * The archive is deterministic, so the same folder gives the same digest: entries are sorted,
 * every mtime is the epoch, owners are left out, modes are 0644 or 0755, the gzip header carries no
 * time nor OS, and the choice to deflate a file depends on its bytes only.
 *
 * The archive holds only directories and regular files, which is all `extractModel` accepts:
 * - a symlink inside the folder whose target stays inside is stored as the file it points to;
 *   one pointing outside the folder (or dangling, or to a directory) is refused;
 * - hard links are stored as ordinary files (each copy in full);
 * - sockets, FIFOs and device files are refused.
 *
 * Size: GitHub refuses assets of 2 GiB or more. A model (archive or single file) larger than the
 * part size is written as ordered parts (parts.ts), each with its own sha256 beside the whole's.
 */








const EPOCH = new Date(0);
/** Files are read in chunks of this size. */
const CHUNK_BYTES = 1 << 20;
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
    return CONTENT_TYPES[(0,external_node_path_.extname)(name).toLowerCase()] ?? 'application/octet-stream';
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
const TOO_MANY_PARTS_HINT = 'A release holds at most 1,000 assets: store the weights elsewhere (object storage, Git LFS, Hugging Face) and register a small pointer file.';
/** True when target is root or below it (both absolute, normalised). */
function isInside(root, target) {
    const rel = (0,external_node_path_.relative)(root, target);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
async function listFolder(root) {
    const rootReal = await (0,promises_.realpath)(root);
    const entries = [];
    const files = [];
    const walk = async (dir) => {
        const children = await (0,promises_.readdir)(dir === '' ? root : (0,external_node_path_.join)(root, dir), { withFileTypes: true });
        for (const child of children) {
            const rel = dir === '' ? child.name : `${dir}/${child.name}`;
            const abs = (0,external_node_path_.join)(root, rel);
            if (child.isSymbolicLink()) {
                let target;
                try {
                    target = await (0,promises_.realpath)(abs);
                }
                catch (cause) {
                    throw new errors/* UserError */.yo(`Cannot pack ${abs}: it is a symlink whose target does not exist.`, { cause, hint: 'Remove the broken link or replace it with the file.' });
                }
                if (!isInside(rootReal, target)) {
                    throw new errors/* UserError */.yo(`Cannot pack ${abs}: it is a symlink pointing outside the model folder (to ${target}).`, {
                        hint: 'Copy the file into the model folder instead of linking to it, or remove the link.',
                    });
                }
                const info = await (0,promises_.stat)(abs);
                if (!info.isFile()) {
                    throw new errors/* UserError */.yo(`Cannot pack ${abs}: it is a symlink to a ${info.isDirectory() ? 'directory' : 'special file'}; only links to regular files are packed.`, {
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
                files.push({ path: rel, size: (await (0,promises_.lstat)(abs)).size });
            }
            else {
                throw new errors/* UserError */.yo(`Cannot pack ${abs}: it is not a regular file, directory or symlink (a socket, FIFO or device).`, { hint: 'Remove it from the model folder.' });
            }
        }
    };
    await walk('');
    entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { entries, files };
}
/** The error for a model that needs more parts than a release can hold. */
function tooManyParts(path, partBytes) {
    return (parts) => new errors/* UserError */.yo(`Model ${path} needs more than ${MAX_PARTS} parts of ${formatBytes(partBytes)} (stopped at part ${parts}).`, { hint: TOO_MANY_PARTS_HINT });
}
/** Reads `length` bytes at `position` into a new buffer; a short read means the file shrank while it was packed. */
async function readChunk(handle, position, length, label) {
    const buffer = Buffer.allocUnsafe(length);
    for (let at = 0; at < length;) {
        const { bytesRead } = await handle.read(buffer, at, length - at, position + at);
        if (bytesRead === 0)
            throw new errors/* UserError */.yo(`Model file ${label} shrank while it was packed.`, { hint: 'Register the model once the training has finished writing it.' });
        at += bytesRead;
    }
    return buffer;
}
/** Calls `use` with the file's bytes in order, in chunks, the next chunk read while `use` works on this one. */
async function eachChunk(handle, size, label, use) {
    let position = 0;
    const read = () => {
        const chunk = readChunk(handle, position, Math.min(CHUNK_BYTES, size - position), label);
        // Handled here so a failed read-ahead is not an unhandled rejection; awaiting it reports it.
        chunk.catch(() => undefined);
        return chunk;
    };
    let next = size > 0 ? read() : undefined;
    try {
        while (next !== undefined) {
            const chunk = await next;
            position += chunk.length;
            next = position < size ? read() : undefined;
            await use(chunk);
        }
    }
    finally {
        await next?.catch(() => undefined);
    }
}
/** A tar header (with a pax header before it when the path or size does not fit ustar's fields). */
function tarHeader(path, directory, size, executable) {
    const name = directory ? `${path}/` : path;
    const header = new index_min/* Header */.Y9({ path: name, type: directory ? 'Directory' : 'File', size, mode: directory || executable ? 0o755 : 0o644, mtime: EPOCH });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    return header.needPax ? Buffer.concat([new index_min/* Pax */.un({ path: name, size, mtime: EPOCH }).encode(), block]) : block;
}
/** A single file over the part size: copied into parts. */
async function splitFile(source, label, out, partBytes) {
    const name = assetName((0,external_node_path_.basename)(source));
    await (0,promises_.mkdir)(out, { recursive: true });
    const writer = new PartWriter(out, name, partBytes, true, tooManyParts(label, partBytes));
    const handle = await (0,promises_.open)(source, 'r');
    try {
        await eachChunk(handle, (await handle.stat()).size, label, (chunk) => writer.write(chunk));
        const written = await writer.close();
        return { name, path: written.parts ? out : written.path, ...written.whole, contentType: contentTypeFor(name), ...(written.parts ? { parts: written.parts } : {}), written: true };
    }
    catch (error) {
        await writer.abort();
        throw error;
    }
    finally {
        await handle.close();
    }
}
/** Writes the folder's entries as a tar through the gzip writer; returns the bytes of its files. */
async function writeTar(source, listing, gzip) {
    const sizes = new Map(listing.files.map((f) => [f.path, f.size]));
    let bytes = 0;
    for (const entry of listing.entries) {
        if (!sizes.has(entry)) {
            await gzip.deflate(tarHeader(entry, true, 0, false));
            continue;
        }
        // open() follows an in-folder symlink to its file (listFolder checked where it points).
        const handle = await (0,promises_.open)((0,external_node_path_.join)(source, entry), 'r');
        try {
            const info = await handle.stat();
            await gzip.deflate(tarHeader(entry, false, info.size, (info.mode & 0o111) !== 0));
            const compress = await worthCompressing(handle, info.size);
            await eachChunk(handle, info.size, (0,external_node_path_.join)(source, entry), (chunk) => (compress ? gzip.deflate(chunk) : gzip.store(chunk)));
            const padding = (512 - (info.size % 512)) % 512;
            if (padding > 0)
                await gzip.deflate(Buffer.alloc(padding));
            bytes += info.size;
        }
        finally {
            await handle.close();
        }
    }
    // Two zero blocks end a tar.
    await gzip.deflate(Buffer.alloc(1024));
    return bytes;
}
/** Packs a model file or folder into release assets: see the module comment. */
async function packModel(path, outDir, options = {}) {
    const partBytes = options.partBytes ?? MAX_ASSET_BYTES;
    const source = (0,external_node_path_.resolve)(path);
    let info;
    try {
        info = await (0,promises_.stat)(source);
    }
    catch (cause) {
        throw new errors/* UserError */.yo(`Model path ${path} does not exist or cannot be read.`, { cause, hint: "Check the `model` input (`--model`), or, when it is left out, the best trial's output folder that the run record's sweep part names (rerun the sweep or download its artifact)." });
    }
    if (info.isFile()) {
        if (info.size > partBytes)
            return { files: [await splitFile(source, path, (0,external_node_path_.resolve)(outDir), partBytes)] };
        const digest = await (0,archive_digest/* digestFile */.TM)(source);
        if (digest.size > partBytes)
            return { files: [await splitFile(source, path, (0,external_node_path_.resolve)(outDir), partBytes)] };
        const name = assetName((0,external_node_path_.basename)(source));
        return { files: [{ name, path: source, size: digest.size, sha256: digest.sha256, contentType: contentTypeFor(name), written: false }] };
    }
    if (!info.isDirectory()) {
        throw new errors/* UserError */.yo(`Model path ${path} is neither a file nor a folder.`, { hint: 'Point the model path at the model file or at the folder holding it.' });
    }
    const out = (0,external_node_path_.resolve)(outDir);
    if (isInside(source, out) || isInside(await (0,promises_.realpath)(source), out)) {
        throw new errors/* UserError */.yo(`Cannot pack ${path} into ${outDir}: the output folder is inside the model folder, so the archive would contain itself.`, {
            hint: 'Choose an output folder outside the model folder (e.g. under $RUNNER_TEMP).',
        });
    }
    const listing = await listFolder(source);
    await (0,promises_.mkdir)(out, { recursive: true });
    const name = `${assetName((0,external_node_path_.basename)(source))}.tar.gz`;
    // About the largest the archive can be (the tar, headers with room for pax, deflate's worst-case
    // growth): below one part, the part's own hash is the whole's and a second hash pass is saved.
    const tarBound = listing.entries.length * 2048 + listing.files.reduce((sum, f) => sum + f.size + 512, 0) + 1024;
    const bound = tarBound * 1.001 + (1 << 20);
    const writer = new PartWriter(out, name, partBytes, bound > partBytes, tooManyParts(path, partBytes));
    const gzip = new MixedGzipWriter(writer, options.gzipLevel ?? 1);
    let bytes;
    let written;
    try {
        await gzip.start();
        bytes = await writeTar(source, listing, gzip);
        await gzip.end();
        written = await writer.close();
    }
    catch (error) {
        await writer.abort();
        throw error;
    }
    const unpacked = { bytes, entries: listing.entries.length };
    return {
        files: [{ name, path: written.parts ? out : written.path, ...written.whole, contentType: 'application/gzip', unpacked, ...(written.parts ? { parts: written.parts } : {}), written: true }],
    };
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
// EXTERNAL MODULE: ./src/registry/archive/digest.ts
var digest = __webpack_require__(59316);
// EXTERNAL MODULE: ./src/registry/archive/pack.ts + 3 modules
var pack = __webpack_require__(53789);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/registry/archive/verify.ts
/**
 * Integrity check of downloaded assets: size and sha256 against the manifest, read as a stream.
 * On a mismatch nothing may be used: the caller gets an IntegrityError and should delete the file.
 *
 * A model in parts (parts.ts) is checked part by part, in order, as each arrives (AssetCheck): a
 * part's own digest, and the whole's over all of them in the same pass. Only a VerifiedAsset,
 * which nothing but a finished AssetCheck makes, is accepted by extraction and joining, so
 * unverified bytes cannot reach them.
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
function mismatch(what, asset, want, actual) {
    return new IntegrityError(`Integrity check failed for ${what}: expected sha256 ${want.sha256} (${want.size} bytes), got sha256 ${actual.sha256} (${actual.size} bytes).`, asset, want, actual);
}
/** Checks a file's size and sha256 against the expected ones; returns its digest, throws IntegrityError on a mismatch. */
async function verifyFile(path, expected, options = {}) {
    const asset = options.name ?? basename(path);
    const want = { size: expected.size, sha256: normalizeSha256(expected.sha256) };
    const actual = await digestFile(path);
    if (actual.sha256 !== want.sha256 || actual.size !== want.size)
        throw mismatch(`asset ${asset}`, asset, want, actual);
    return actual;
}
const MADE_BY_CHECK = Symbol('AssetCheck');
/** An asset's files (its parts in order, or the one file) whose digests matched the manifest. */
class VerifiedAsset {
    name;
    paths;
    digest;
    constructor(token, name, paths, digest) {
        this.name = name;
        this.paths = paths;
        this.digest = digest;
        if (token !== MADE_BY_CHECK)
            throw new Error('A VerifiedAsset is made by AssetCheck only');
    }
    /** The bytes of the whole asset, part after part. */
    read() {
        const paths = this.paths;
        return external_node_stream_.Readable.from((async function* () {
            for (const path of paths)
                yield* (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
        })(), { objectMode: false });
    }
    /** Writes the whole asset into one file (a single model file stored in parts). */
    async joinInto(path) {
        await (0,external_node_stream_promises_.pipeline)(this.read(), (0,external_node_fs_.createWriteStream)(path, { flags: 'wx' }));
    }
}
/**
 * Checks an asset's files as they arrive: `add` each part in order (or the one file), then
 * `finish`. Each file is read once; a mismatch names the part and stops there.
 */
class AssetCheck {
    expected;
    whole = (0,external_node_crypto_.createHash)('sha256');
    paths = [];
    size = 0;
    constructor(expected) {
        this.expected = expected;
    }
    /** The files to add, by asset name, in order. */
    get names() {
        return this.expected.parts ? this.expected.parts.map((p) => p.name) : [this.expected.name];
    }
    async add(path) {
        const index = this.paths.length;
        const parts = this.expected.parts;
        if (index >= this.names.length)
            throw new Error(`${this.expected.name} has ${this.names.length} file(s); got another`);
        const single = parts === undefined;
        const hash = single ? this.whole : (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 })) {
            size += chunk.length;
            hash.update(chunk);
            if (!single)
                this.whole.update(chunk);
        }
        this.size += size;
        this.paths.push(path);
        if (!single) {
            const want = { size: parts[index].size, sha256: (0,digest/* normalizeSha256 */.be)(parts[index].sha256) };
            const actual = { size, sha256: hash.digest('hex') };
            if (actual.size !== want.size || actual.sha256 !== want.sha256) {
                throw mismatch(`part ${index + 1} of ${parts.length} (${parts[index].name}) of asset ${this.expected.name}`, parts[index].name, want, actual);
            }
        }
    }
    /** The verified asset, once every file was added and the whole matches. */
    finish() {
        if (this.paths.length !== this.names.length)
            throw new Error(`${this.expected.name}: ${this.paths.length} of ${this.names.length} file(s) added`);
        const want = { size: this.expected.size, sha256: (0,digest/* normalizeSha256 */.be)(this.expected.sha256) };
        const actual = { size: this.size, sha256: this.whole.digest('hex') };
        if (actual.size !== want.size || actual.sha256 !== want.sha256) {
            throw mismatch(this.expected.parts ? `asset ${this.expected.name} (its ${this.expected.parts.length} parts joined)` : `asset ${this.expected.name}`, this.expected.name, want, actual);
        }
        return new VerifiedAsset(MADE_BY_CHECK, this.expected.name, this.paths, actual);
    }
}
/** Checks one file or the files of an asset in order; a VerifiedAsset or an IntegrityError. */
async function verifyAsset(paths, expected) {
    const check = new AssetCheck(expected);
    for (const path of paths)
        await check.add(path);
    return check.finish();
}

;// CONCATENATED MODULE: ./src/registry/archive/extract.ts
/**
 * Extracts a model archive downloaded from a release, treating it as hostile input.
 *
 * 1. The archive's size and sha256 are checked against the manifest FIRST: on a mismatch nothing
 *    is extracted (IntegrityError). An archive in parts comes as a VerifiedAsset (verify.ts), whose
 *    parts and whole were checked as they were downloaded; it is read part after part.
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
function unpackInto(input, root, label, limits) {
    return new Promise((resolvePromise, rejectPromise) => {
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
/**
 * Verifies then extracts a model archive into destDir (absent or empty): see the module comment.
 * `archive` is the archive's path (verified here), or a VerifiedAsset (an archive in parts).
 */
async function extractModel(archive, destDir, expected, options = {}) {
    const label = options.name ?? (typeof archive === 'string' ? (0,external_node_path_.basename)(archive) : archive.name);
    const verified = typeof archive === 'string' ? await verifyAsset([archive], { name: label, size: expected.size, sha256: expected.sha256 }) : archive;
    if (!(verified instanceof VerifiedAsset) || verified.digest.size !== expected.size || verified.digest.sha256 !== (0,digest/* normalizeSha256 */.be)(expected.sha256)) {
        throw new Error(`extractModel: ${label} was verified against another digest than the one given`);
    }
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
        await unpackInto(verified.read(), temp, label, limits);
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
 * checked). An asset in parts is downloaded part by part, in order, each part checked as it arrives
 * and the whole once all are in (AssetCheck): a missing or corrupt part stops the download there.
 * Nothing is left in `dest` when a check fails.
 */
async function downloadVersion(version, dest, store) {
    const checks = version.manifest.assets.map((asset) => ({ asset, check: new AssetCheck(asset) }));
    // Every file must be on the release before a byte is downloaded.
    const ids = new Map();
    for (const { asset, check } of checks) {
        check.names.forEach((name, index) => {
            const released = version.release.assets.find((a) => a.name === name);
            const what = asset.parts ? `${name} (part ${index + 1} of ${asset.parts.length} of ${asset.name})` : name;
            if (!released)
                throw new errors/* InputError */.dz(`Version ${version.tag} lists ${what} in its manifest, but the release has no such asset.`, { hint: 'The release was edited after registration; register the model again.' });
            ids.set(name, released.id);
        });
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(dest)), { recursive: true });
    const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_path_default().dirname(external_node_path_default().resolve(dest)), '.mlops-download-'));
    try {
        const verified = [];
        for (const { check } of checks) {
            for (const name of check.names) {
                const file = external_node_path_default().join(staging, name);
                await store.downloadAsset(ids.get(name), { path: file });
                await check.add(file);
            }
            verified.push(check.finish());
        }
        const out = [];
        await (0,promises_.mkdir)(dest, { recursive: true });
        for (const [index, file] of verified.entries()) {
            const asset = version.manifest.assets[index];
            if (asset.name.endsWith('.tar.gz')) {
                const target = external_node_path_default().join(dest, asset.name.slice(0, -'.tar.gz'.length));
                // The asset with its declared `unpacked` sizes: extraction refuses an archive that holds more.
                await extractModel(file, target, asset, { name: asset.name });
                out.push(target);
            }
            else if (asset.parts) {
                await file.joinInto(external_node_path_default().join(dest, asset.name));
                out.push(external_node_path_default().join(dest, asset.name));
            }
            else {
                await (0,promises_.rename)(file.paths[0], external_node_path_default().join(dest, asset.name));
                out.push(external_node_path_default().join(dest, asset.name));
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

/***/ 51446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ commitOf),
  $: () => (/* binding */ registerModel)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/scratch-dir.ts
var scratch_dir = __webpack_require__(44365);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var record = __webpack_require__(60134);
// EXTERNAL MODULE: ./src/registry/archive/pack.ts + 3 modules
var pack = __webpack_require__(53789);
// EXTERNAL MODULE: ./src/registry/archive/digest.ts
var archive_digest = __webpack_require__(59316);
// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(21815);
;// CONCATENATED MODULE: ./src/registry/service/trial-lineage.ts




/**
 * The sweep lineage of the model being registered. A sweep's part describes its best trial; a model
 * taken from another trial of the same sweep (`<sweep>/trials/<n>/output`, also under a matrix leg's
 * folder) gets that trial's number, value, params and metrics from the sweep's trials.json instead,
 * so the manifest always describes the files registered. `undefined`: the model is in no trial
 * folder of this sweep.
 */
async function lineageOfModel(part, sweepDir, model) {
    const best = part.value.best;
    if (best?.outputDir !== undefined && isInside(model, part.resolve(best.outputDir)))
        return part;
    const trialNumber = trialFolderNumber(sweepDir, model);
    if (trialNumber === undefined)
        return undefined;
    if (best?.trial === trialNumber)
        return part;
    const trialsFile = part.value.trialsJson ? part.resolve(part.value.trialsJson) : external_node_path_default().join(sweepDir, 'trials.json');
    const trial = await readTrial(trialsFile, trialNumber);
    return { ...part, value: { ...part.value, best: { trial: trialNumber, value: trial.value, params: trial.params, metrics: trial.metrics, outputDir: external_node_path_default().relative(external_node_path_default().dirname(part.file), model) } } };
}
/** The refusal when the user named a sweep (from-sweep) that the model is not an output of. */
function notFromThisSweep(sweepDir, model) {
    return new errors/* InputError */.dz(`The model ${model} is not an output of the sweep in ${sweepDir}: its lineage (params, metrics, trial) would describe other files.`, {
        hint: `Pass a trial's output folder of that sweep (${external_node_path_default().join(sweepDir, 'trials', '<n>', 'output')}), or leave out from-sweep (--from-sweep) and give the lineage with metrics and params (--metrics, --params).`,
    });
}
function isInside(file, dir) {
    return file === dir || file.startsWith(dir + (external_node_path_default()).sep);
}
/** n when `model` lies in a `trials/<n>/` folder under the sweep's folder. */
function trialFolderNumber(sweepDir, model) {
    const relative = external_node_path_default().relative(sweepDir, model);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    const parts = relative.split((external_node_path_default()).sep);
    for (let i = parts.length - 2; i >= 0; i--) {
        if (parts[i] === 'trials' && /^\d+$/.test(parts[i + 1]))
            return Number(parts[i + 1]);
    }
    return undefined;
}
/** Trial `number` of trials.json (the sweep's every trial), checked field by field: it must have completed. */
async function readTrial(file, number) {
    const hint = 'Register a trial of a finished sweep from its folder (trials.json is written when the sweep ends), or run the sweep again.';
    const trials = await (0,json/* readJsonFile */.JE)(file, { what: 'trials file', hint });
    if (!Array.isArray(trials))
        throw new record/* RecordError */.W1(`The trials file ${file} is malformed: it must be a list of trials, not ${(0,json/* describeJson */.kw)(trials)}.`, { location: { file }, hint });
    const index = trials.findIndex((trial) => (0,json/* isRecord */.u4)(trial) && trial.number === number);
    const trial = trials[index];
    if (!(0,json/* isRecord */.u4)(trial))
        throw new record/* RecordError */.W1(`The trials file ${file} has no trial ${number}, whose output folder is being registered.`, { location: { file }, hint });
    const where = { file, key: `[${index}]` };
    if (trial.state !== 'complete' || typeof trial.value !== 'number') {
        throw new errors/* InputError */.dz(`Trial ${number} did not complete (state ${(0,json/* describeJson */.kw)(trial.state)}): its output is not a finished model.`, {
            location: where,
            hint: 'Register the output of a complete trial (the trials table lists them, best first).',
        });
    }
    const params = trial.params;
    const metrics = trial.metrics;
    const scalar = (v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    if (!(0,json/* isRecord */.u4)(params) || !Object.values(params).every(scalar))
        throw new record/* RecordError */.W1(`The trials file ${file} is malformed: trial ${number}'s params must be an object of values.`, { location: where, hint });
    if (!(0,json/* isRecord */.u4)(metrics) || !Object.values(metrics).every((v) => typeof v === 'number'))
        throw new record/* RecordError */.W1(`The trials file ${file} is malformed: trial ${number}'s metrics must be an object of numbers.`, { location: where, hint });
    return { value: trial.value, params: params, metrics: metrics };
}

;// CONCATENATED MODULE: ./src/registry/service/register-model.ts












/** A user's metrics file: numbers, nested sections skipped; anything else names the metric and the file. */
function numbers(values, file) {
    const out = {};
    for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'number' && Number.isFinite(value))
            out[key] = value;
        else if (value !== null && typeof value === 'object')
            continue; // nested sections are not metrics
        else
            throw new errors/* InputError */.dz(`Metric "${key}" in ${file} is ${(0,json/* describeJson */.kw)(value)}, not a finite number.`, { location: { file, key }, hint: 'Metrics are numbers; leave others out.' });
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
 * The sweep part: of the folder the user named, else of the run record (undefined when it has none),
 * describing the model registered: a model from another trial of that sweep gets that trial's
 * lineage (trial-lineage.ts). A model from no trial of the named sweep is refused; one from no trial
 * of the record's sweep gets no sweep lineage (with a warning), never another model's.
 */
async function sweepSource(request, logger) {
    if (request.fromSweep) {
        const sweepDir = external_node_path_default().resolve(request.cwd, request.fromSweep);
        const part = await (0,record/* readSweepFolder */.tt)(sweepDir);
        if (!request.model)
            return part;
        const model = external_node_path_default().resolve(request.cwd, request.model);
        const lineage = await lineageOfModel(part, sweepDir, model);
        if (!lineage)
            throw notFromThisSweep(sweepDir, model);
        return lineage;
    }
    const part = await (0,record/* readPartIfPresent */.As)(request.record, 'sweep');
    if (!part || !request.model)
        return part;
    const model = external_node_path_default().resolve(request.cwd, request.model);
    const sweepDir = part.value.trialsJson ? external_node_path_default().dirname(part.resolve(part.value.trialsJson)) : external_node_path_default().dirname(part.file);
    const lineage = await lineageOfModel(part, sweepDir, model);
    if (lineage)
        return lineage;
    logger.warning(`The run record's sweep part (${part.file}) describes the trials of the sweep in ${sweepDir}, and the model ${model} is none of them: its params, metrics and sweep summary are not attached. Pass from-sweep (--from-sweep) to attach a sweep's lineage to this model.`);
    return undefined;
}
/** The data lineage: of the profile the user named, else of the run record's data part. */
async function dataSource(request) {
    if (request.profile) {
        const profilePath = external_node_path_default().resolve(request.cwd, request.profile);
        return { files: await (0,record/* readProfileFiles */.vL)(profilePath), profilePath };
    }
    const part = await (0,record/* readPartIfPresent */.As)(request.record, 'data');
    if (!part)
        return undefined;
    const profilePath = part.resolve(part.value.profile);
    if (!(0,external_node_fs_.existsSync)(profilePath)) {
        throw new record/* RecordError */.W1(`The run record ${part.file} names the profile ${profilePath} (field data.profile), which does not exist.`, {
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
    const part = await (0,record/* readPartIfPresent */.As)(request.record, 'gate');
    if (!part)
        return null;
    const { verdict, baselineVersion, reasons } = part.value;
    return { verdict: verdict === 'warn' ? 'pass' : verdict, baselineVersion, reasons };
}
/** The model to register: the one the user named, else the sweep part's best output. */
function modelOf(request, sweep) {
    if (request.model)
        return external_node_path_default().resolve(request.cwd, request.model);
    const hint = 'Pass the model input (--model), or run train-and-sweep first: its sweep part names the best trial\'s output.';
    if (!sweep)
        throw new record/* RecordError */.W1(`No model to register: no model input, and the run record ${request.record} has no sweep part (field "sweep" is missing).`, { location: { file: request.record, key: 'sweep' }, hint });
    const outputDir = sweep.value.best?.outputDir;
    if (outputDir === undefined) {
        const field = sweep.value.best === undefined ? 'sweep.best' : 'sweep.best.outputDir';
        throw new record/* RecordError */.W1(`No model to register: ${sweep.file} has no best trial output (field ${field} is missing).`, { location: { file: sweep.file, key: field }, hint });
    }
    return sweep.resolve(outputDir);
}
/** The commit checked out in `cwd`, for lineage outside Actions; undefined outside a git checkout. */
function gitHead(cwd) {
    const result = (0,external_node_child_process_.spawnSync)('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' });
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
    (0,names/* validateModelName */.HW)(request.name);
    // Named by pid, removed on exit; a run killed before it could clean up is swept by the next one.
    const scratch = await (0,scratch_dir/* makeScratchDir */.K)('mlops-register-');
    const staging = scratch.path;
    try {
        const resolve = (p) => external_node_path_default().resolve(request.cwd, p);
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
            params = { ...params, ...scalars(await (0,json/* readJsonObject */.op)(resolve(request.params), { what: 'params' })) };
        if (request.metrics)
            metrics = { ...metrics, ...numbers(await (0,json/* readJsonObject */.op)(resolve(request.metrics), { what: 'metrics' }), request.metrics) };
        const packed = await logger.group('Pack the model', () => (0,pack/* packModel */.Zo)(model, staging, { partBytes: request.partBytes }));
        const files = packed.files.map((f) => ({ name: f.name, path: f.path, size: f.size, sha256: f.sha256, contentType: f.contentType, unpacked: f.unpacked, parts: f.parts, move: f.written }));
        const digests = {};
        if (data) {
            for (const file of data.files)
                digests[file.path] = `sha256:${file.sha256}`;
            for (const file of data.evalFiles ?? [])
                digests[`eval:${file.path}`] = `sha256:${file.sha256}`;
            const digest = await (0,archive_digest/* digestFile */.TM)(data.profilePath);
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
            actor: run.actor ?? external_node_os_default().userInfo().username,
        }));
        await (0,record/* writeRegisterPart */.kR)(request.record, result, request.aliases, request.env);
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
