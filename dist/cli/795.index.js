export const id = 795;
export const ids = [795,246];
export const modules = {

/***/ 63951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ standbyWorkersFor),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   rW: () => (/* binding */ newWorker),
/* harmony export */   sZ: () => (/* binding */ defaultParallelism)
/* harmony export */ });
/* unused harmony export StandbyWorkers */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _readers_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38016);
/**
 * Range workers started early: as soon as the validate command knows its inputs, before the heavy
 * modules of validation load. Light on purpose (no import of the validator itself): the CLI spawns
 * them first, so that they boot on the otherwise idle cores while this thread loads and plans.
 */





/** Files smaller than this are read in one thread: starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
/** Young generation of a validation worker, in MB. */
const WORKER_YOUNG_GENERATION_MB = 16;
/** Threads for large CSV files when none is asked for: one per core, at most 8. */
function defaultParallelism() {
    return Math.max(1, Math.min(node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism(), 8));
}
/**
 * Range workers for a request whose data paths (given directly) include a CSV/TSV file large enough
 * to be read in parallel; undefined otherwise.
 */
function standbyWorkersFor(request) {
    const threads = request.parallelism ?? defaultParallelism();
    if (!request.workerScript || threads < 2)
        return undefined;
    const large = [...(request.data ?? []), ...(request.eval ?? [])].some((file) => {
        try {
            const format = (0,_readers_format_js__WEBPACK_IMPORTED_MODULE_4__/* .detectFormat */ .T)(file, request.format);
            return (format === 'csv' || format === 'tsv') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(request.cwd, file)).size >= PARALLEL_MIN_BYTES;
        }
        catch {
            return false; // a glob, a missing file or an unknown format: planning says what is wrong
        }
    });
    return large ? new StandbyWorkers(request.workerScript, threads - 1) : undefined;
}
/**
 * Range workers started before the files are planned: a worker takes ~0.15 s to boot and load its
 * bundle, which these spend while the main thread loads the config and compiles the schema (one
 * core would sit idle then), instead of after the first range has started. Unused ones are closed;
 * they are unref'd, so one left over cannot keep the process alive either.
 */
class StandbyWorkers {
    script;
    idle = [];
    constructor(script, count) {
        this.script = script;
        for (let k = 0; k < count; k++) {
            const worker = newWorker(script, { kind: 'mlops-validate-standby' });
            worker.unref();
            worker.on('error', () => undefined); // a standby that failed to boot is just not used
            worker.once('exit', () => {
                const at = this.idle.indexOf(worker);
                if (at >= 0)
                    this.idle.splice(at, 1);
            });
            this.idle.push(worker);
        }
    }
    /** A booted (or booting) worker of `script`, or undefined when none is left. */
    take(script) {
        return script === this.script ? this.idle.shift() : undefined;
    }
    close() {
        for (const worker of this.idle.splice(0))
            void worker.terminate();
    }
}
/** A validation worker thread of `script`, given `data` (a RangeJob, or StandbyData). */
function newWorker(script, data) {
    return new node_worker_threads__WEBPACK_IMPORTED_MODULE_3__.Worker(script, {
        workerData: data,
        // Batches make little garbage (cells are positions, not strings): a 16 MB young generation
        // holds it and keeps the worker's footprint well below the default's (measured: same speed).
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
}


/***/ }),

/***/ 38016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ detectFormat),
/* harmony export */   p: () => (/* binding */ formatFromExtension)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/** Which reader a file goes to. */

/** Every format validate-data reads, with the file extensions that select it. */
const FORMAT_EXTENSIONS = {
    csv: ['.csv'],
    tsv: ['.tsv', '.tab'],
    jsonl: ['.jsonl', '.ndjson'],
    parquet: ['.parquet', '.pq'],
};
const FORMATS = Object.keys(FORMAT_EXTENSIONS);
/** The format implied by the file's extension (case-insensitive), or undefined. */
function formatFromExtension(file) {
    const lower = file.toLowerCase();
    for (const format of FORMATS) {
        if (FORMAT_EXTENSIONS[format].some((extension) => lower.endsWith(extension)))
            return format;
    }
    return undefined;
}
/** True if `value` names a format. */
function isDataFormat(value) {
    return FORMATS.includes(value);
}
/**
 * The format to read `file` with: `override` when given (it wins over the extension), else the
 * extension's. An unknown extension is a DataError, an unknown override an InputError; both list
 * the formats that exist.
 */
function detectFormat(file, override) {
    if (override !== undefined) {
        if (isDataFormat(override))
            return override;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`unknown data format ${JSON.stringify(override)}`, {
            hint: `Use one of: ${FORMATS.join(', ')}.`,
        });
    }
    const format = formatFromExtension(file);
    if (format)
        return format;
    const known = FORMATS.map((f) => `${f} (${FORMAT_EXTENSIONS[f].join(', ')})`).join('; ');
    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`cannot tell the format of ${file} from its extension`, {
        location: { file },
        hint: `Rename the file to a known extension — ${known} — or set the format explicitly (the format option: csv, tsv, jsonl or parquet).`,
    });
}


/***/ }),

/***/ 93880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ sweepText)
/* harmony export */ });
/* harmony import */ var _sweep_sweep_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88963);
/* harmony import */ var _sweep_trial_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81274);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11680);
/* harmony import */ var _terminal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87496);




const SHOWN = 10;
/** The sweep's result for a terminal: the best trials, counts, and the best trial's params. */
function sweepText(plan, result, options = {}) {
    const best = result.best;
    const bestLine = best
        ? `best: trial ${best.number}, ${plan.objective.metric} ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(best.value)} with ${JSON.stringify(best.params)}`
        : 'best: none (no trial completed)';
    if (options.quiet)
        return `${bestLine}\n`;
    const trials = (0,_sweep_sweep_report_js__WEBPACK_IMPORTED_MODULE_3__/* .sortByValue */ .v)(result.trials, plan.objective.goal);
    const params = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
    const rows = trials.slice(0, SHOWN).map((t) => [
        String(t.number),
        t.state,
        t.state === 'failed' ? (0,_sweep_trial_index_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonLine */ .$E)(t.reason, 60) : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(t.value),
        ...params.map((p) => (typeof t.params[p] === 'number' ? (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNumber */ .ZV)(t.params[p]) : String(t.params[p] ?? ''))),
        `${t.seconds.toFixed(1)}s`,
    ]);
    const counts = ['complete', 'pruned', 'failed'].map((s) => `${result.trials.filter((t) => t.state === s).length} ${s}`).join(', ');
    const out = [
        `${result.trials.length} trials (${counts})${result.stoppedEarly ? `; stopped early: ${result.stoppedEarly}` : ''}`,
        (0,_terminal_js__WEBPACK_IMPORTED_MODULE_2__/* .textTable */ .e)(['trial', 'state', plan.objective.metric, ...params, 'time'], rows),
    ];
    if (trials.length > SHOWN)
        out.push(`… ${trials.length - SHOWN} more in trials.csv`);
    out.push(bestLine);
    return out.join('\n\n') + '\n';
}


/***/ }),

/***/ 80889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ userCommandEnv)
/* harmony export */ });
/**
 * The environment of a process that runs the user's own code (a trial's training command): the
 * user's environment without what a JavaScript action gets from the runner but a `run:` step never
 * does (docs/platform.md "Actions and workflows").
 *
 * - `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_URL`, `ACTIONS_CACHE_URL`,
 *   `ACTIONS_CACHE_SERVICE_V2`: with them, code from a pull request could upload or overwrite the
 *   run's artifacts (other matrix legs' trials) and caches.
 * - `ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`: they mint OIDC tokens, which cloud roles trust.
 * - every `INPUT_*`: the action's own inputs, which may carry tokens (`github-token`).
 *
 * Everything else (PATH, HOME, GITHUB_* context, the user's `env:`) stays, as a `run:` step sees it.
 */
/** Variables a `run:` step never sees, by exact name. */
const RUNNER_ONLY = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
]);
/** Whether a variable is one a user's command must not inherit from the action. */
function isRunnerOnlyVariable(name) {
    // Windows names are case-insensitive; the runner writes them in capitals everywhere.
    const upper = name.toUpperCase();
    return RUNNER_ONLY.has(upper) || upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') || upper.startsWith('INPUT_');
}
/** A copy of `env` without the runner-only variables; use it for every process that runs user code. */
function userCommandEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        if (!isRunnerOnlyVariable(name))
            out[name] = value;
    return out;
}


/***/ }),

/***/ 3980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* reexport */ JournalError),
  Zx: () => (/* reexport */ JournalWriter),
  dj: () => (/* reexport */ canonicalJson),
  Vj: () => (/* reexport */ mergeJournals),
  a0: () => (/* reexport */ readJournal),
  nq: () => (/* reexport */ resumeSettings)
});

// UNUSED EXPORTS: preferTrial, studyDigest

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/sweep/journal/guards.ts

/**
 * Type guards for what a journal line holds. Journals come from disk and from other jobs' artifacts:
 * `unknown` until checked, never cast.
 */
function isParams(value) {
    return (0,json/* isRecord */.u4)(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}
function isNumbers(value) {
    return (0,json/* isRecord */.u4)(value) && Object.values(value).every((v) => typeof v === 'number');
}
function isIntermediate(value) {
    return (0,json/* isRecord */.u4)(value) && typeof value.step === 'number' && isNumbers(value.values);
}
const optional = (value, type) => value === undefined || typeof value === type;
function isFrozenTrial(value) {
    return ((0,json/* isRecord */.u4)(value) &&
        Number.isInteger(value.number) &&
        value.number >= 0 &&
        isParams(value.params) &&
        (value.state === 'complete' || value.state === 'failed' || value.state === 'pruned') &&
        optional(value.value, 'number') &&
        isNumbers(value.metrics) &&
        Array.isArray(value.intermediates) &&
        value.intermediates.every(isIntermediate) &&
        optional(value.reason, 'string') &&
        (value.exitCode === undefined || value.exitCode === null || typeof value.exitCode === 'number') &&
        typeof value.attempts === 'number' &&
        typeof value.startedAt === 'string' &&
        typeof value.seconds === 'number' &&
        optional(value.outputDir, 'string'));
}

;// CONCATENATED MODULE: ./src/sweep/journal/journal.ts






/**
 * The journal of a sweep: an append-only JSON Lines file, the sweep's only state. Resume and the
 * matrix collect step read it; nothing ever rewrites a line.
 *
 *     {"kind":"header","version":1,"sweepId":"...","configDigest":"...","studyDigest":"sha256:...","space":{...},"objective":{...},"seed":7,"method":"tpe","createdAt":"..."}
 *     {"kind":"started","number":0,"params":{"lr":0.01},"at":"..."}
 *     {"kind":"finished","trial":{...FrozenTrial...}}
 *
 * Writing: each line (JSON + "\n") is one `fs.appendFileSync` call, which opens the file with O_APPEND
 * and writes the line in one write(2). O_APPEND makes concurrent appenders never overwrite each other,
 * but POSIX promises no atomicity for regular files (PIPE_BUF is about pipes) and a crash or a full disk
 * can cut a line short. So readers treat the last line specially: a torn (or otherwise unreadable)
 * final line is ignored with a warning, and the trial it described counts as not finished. An
 * unreadable line anywhere else is corruption and an error naming the line. Before appending to an
 * existing journal, {@link JournalWriter.resume} cuts a torn final line off, so it never ends up in
 * the middle.
 *
 * Resume: `readJournal` returns the finished trials and the trials started but never finished, with
 * their numbers and params, so a resumed sweep re-runs exactly those before sampling new ones.
 */
const JOURNAL_VERSION = 1;
/**
 * The largest journal read. Journals also arrive as other jobs' artifacts, so they are read like any
 * untrusted file: a regular file, at most this big (far beyond 10,000 trials with their intermediate
 * metrics, well below the longest string V8 can make), lines nested at most {@link JOURNAL_MAX_DEPTH}.
 */
const JOURNAL_MAX_BYTES = 256 * 1024 * 1024;
/** The deepest nesting of a journal line (its space and trials nest a few levels). */
const JOURNAL_MAX_DEPTH = 64;
/** A journal's text, bounded; a refused or unreadable file is a JournalError naming it. */
function readJournalText(path, maxBytes) {
    try {
        return (0,safe_read/* readTextBounded */.LW)(path, {
            maxBytes,
            what: 'sweep journal',
            hint: `a sweep journal is an ordinary file of at most ${(0,safe_read/* formatBytes */.z3)(maxBytes)}; point the sweep at its own journal, or remove this file to start a new sweep`,
        });
    }
    catch (error) {
        if (error instanceof safe_read/* UnsafeInputError */.lK)
            throw new JournalError(error.message, { location: { file: path }, hint: error.hint });
        throw new JournalError(`cannot read the sweep journal ${path}: ${error.message}`, { location: { file: path }, cause: error });
    }
}
/** A journal that cannot be used: corrupt, of another sweep, or not a journal at all. */
class JournalError extends errors/* UserError */.yo {
}
/** Digest of what makes two runs the same study: the space and the objective's metric and goal. */
function studyDigest(study) {
    const identity = { space: study.space, objective: { metric: study.objective.metric, goal: study.objective.goal } };
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(identity)).digest('hex')}`;
}
/** JSON with object keys sorted at every level, so equal values have equal text. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => (0,json/* isRecord */.u4)(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner);
}
/** Appends events to a journal, one line per call. */
class JournalWriter {
    path;
    constructor(path) {
        this.path = path;
    }
    /** Starts a new journal; fails if the file exists (resume it, or remove it to start over). */
    static create(path, header) {
        const full = {
            kind: 'header',
            version: JOURNAL_VERSION,
            sweepId: header.sweepId,
            configDigest: header.configDigest,
            studyDigest: studyDigest(header),
            space: header.space,
            objective: { metric: header.objective.metric, goal: header.objective.goal },
            seed: header.seed,
            method: header.method,
            createdAt: header.createdAt ?? new Date().toISOString(),
        };
        try {
            external_node_fs_default().writeFileSync(path, JSON.stringify(full) + '\n', { flag: 'wx' });
        }
        catch (error) {
            if (error.code === 'EEXIST') {
                throw new JournalError(`the sweep journal ${path} already exists`, { hint: 'resume the sweep, or remove the file to start a new one' });
            }
            throw error;
        }
        return new JournalWriter(path);
    }
    /**
     * Appends to an existing journal (after {@link readJournal} accepted it). A torn final line is cut
     * off first; a complete final line missing only its newline gets one.
     */
    static resume(path) {
        const text = readJournalText(path, JOURNAL_MAX_BYTES);
        if (text.length > 0 && !text.endsWith('\n')) {
            const cut = text.lastIndexOf('\n') + 1;
            if (parseLine(text.slice(cut)) !== undefined)
                external_node_fs_default().appendFileSync(path, '\n');
            else
                external_node_fs_default().truncateSync(path, Buffer.byteLength(text.slice(0, cut)));
        }
        return new JournalWriter(path);
    }
    started(number, params, at = new Date().toISOString()) {
        this.append({ kind: 'started', number, params, at });
    }
    /** Records a finished trial; only FrozenTrial's own fields are kept (a TrialOutcome's log path is not). */
    finished(trial) {
        this.append({ kind: 'finished', trial: freeze(trial) });
    }
    append(event) {
        external_node_fs_default().appendFileSync(this.path, JSON.stringify(event) + '\n');
    }
}
/** Reads a journal for resume or collect (see the module comment for what is tolerated). */
function readJournal(path, options = {}) {
    const text = readJournalText(path, options.maxBytes ?? JOURNAL_MAX_BYTES);
    const lines = text.split('\n');
    // A final "\n" leaves one empty string, which is not a line.
    if (lines[lines.length - 1] === '')
        lines.pop();
    const warnings = [];
    const events = [];
    let header;
    for (let i = 0; i < lines.length; i++) {
        const parsed = parseLine(lines[i]);
        const last = i === lines.length - 1;
        if (i === 0) {
            if (!isHeader(parsed)) {
                throw new JournalError(`${path} is not a sweep journal: its first line is not a journal header`, {
                    location: { file: path, line: 1 },
                    hint: 'point the sweep at its own journal file, or remove this file to start a new sweep',
                });
            }
            header = parsed;
            if (header.version > JOURNAL_VERSION) {
                throw new JournalError(`the sweep journal ${path} has version ${header.version}; this version of the action reads version ${JOURNAL_VERSION}`, {
                    location: { file: path, line: 1 },
                    hint: 'use a newer version of the action',
                });
            }
            continue;
        }
        if (parsed === undefined || !isEvent(parsed)) {
            if (last) {
                const message = `ignored the unreadable last line ${i + 1} of the sweep journal ${path} (probably cut short by a crash)`;
                warnings.push(message);
                options.logger?.warning(message, { file: path, line: i + 1 });
                continue;
            }
            throw new JournalError(`line ${i + 1} of the sweep journal ${path} is not a journal event: ${JSON.stringify(lines[i].slice(0, 80))}`, {
                location: { file: path, line: i + 1 },
                hint: 'the journal is corrupt; restore it, or remove it to start a new sweep',
            });
        }
        events.push(parsed);
    }
    if (!header) {
        throw new JournalError(`the sweep journal ${path} is empty`, { location: { file: path }, hint: 'remove it to start a new sweep' });
    }
    if (options.expect)
        checkStudy(header, options.expect, path);
    return { header, ...replay(events), warnings };
}
/** Finished and unfinished trials from events in journal order. */
function replay(events) {
    const started = new Map();
    const finished = new Map();
    let nextNumber = 0;
    for (const event of events) {
        const number = event.kind === 'started' ? event.number : event.trial.number;
        nextNumber = Math.max(nextNumber, number + 1);
        if (event.kind === 'started') {
            // A trial re-run on resume is started twice with the same params; the first start is kept.
            if (!started.has(number))
                started.set(number, { number, params: event.params, startedAt: event.at });
        }
        else {
            const other = finished.get(number);
            finished.set(number, other ? preferTrial(other, event.trial) : event.trial);
        }
    }
    const unfinished = [...started.values()].filter((t) => !finished.has(t.number)).sort((a, b) => a.number - b.number);
    return { finished: [...finished.values()].sort((a, b) => a.number - b.number), unfinished, nextNumber };
}
/** Errors unless the journal's study is the config's, saying what differs. */
function checkStudy(header, expect, path) {
    if (header.studyDigest === studyDigest(expect))
        return;
    const differences = [];
    const journalObjective = `${header.objective.goal} ${header.objective.metric}`;
    const configObjective = `${expect.objective.goal} ${expect.objective.metric}`;
    if (journalObjective !== configObjective)
        differences.push(`the objective is "${journalObjective}" in the journal but "${configObjective}" in the config`);
    const names = new Set([...Object.keys(header.space), ...Object.keys(expect.space)]);
    const changed = [...names].filter((name) => canonicalJson(header.space[name]) !== canonicalJson(expect.space[name]));
    if (changed.length > 0)
        differences.push(`the search space differs in ${changed.join(', ')}`);
    if (differences.length === 0)
        differences.push('its study digest does not match the config');
    throw new JournalError(`the sweep journal ${path} belongs to a different sweep: ${differences.join('; ')}`, {
        location: { file: path, line: 1 },
        hint: 'start a new sweep (a new journal file), or resume with the config this journal was made with',
    });
}
/**
 * Which of two records of the same trial number to keep, independent of the order they are given:
 * complete over pruned over failed, then the earlier start, then the smaller canonical JSON text.
 * Shards of one plan own disjoint numbers, so this only settles a trial run twice (a re-run leg).
 */
function preferTrial(a, b) {
    const rank = { complete: 0, pruned: 1, failed: 2 };
    if (rank[a.state] !== rank[b.state])
        return rank[a.state] < rank[b.state] ? a : b;
    if (a.startedAt !== b.startedAt)
        return a.startedAt < b.startedAt ? a : b;
    return canonicalJson(a) <= canonicalJson(b) ? a : b;
}
/** FrozenTrial's own fields only, in a fixed order. */
function freeze(trial) {
    const frozen = {
        number: trial.number,
        params: trial.params,
        state: trial.state,
        value: trial.value,
        metrics: trial.metrics,
        intermediates: trial.intermediates,
        reason: trial.reason,
        exitCode: trial.exitCode,
        attempts: trial.attempts,
        startedAt: trial.startedAt,
        seconds: trial.seconds,
        outputDir: trial.outputDir,
    };
    for (const key of Object.keys(frozen))
        if (frozen[key] === undefined)
            delete frozen[key];
    return frozen;
}
/** A line's JSON, or undefined when it is not JSON or nested deeper than any journal line is. */
function parseLine(line) {
    // canonicalJson and the guards recurse: deeper text is a corrupt line, not a stack overflow.
    if ((0,safe_read/* jsonDepth */.QV)(line, JOURNAL_MAX_DEPTH) > JOURNAL_MAX_DEPTH)
        return undefined;
    try {
        return JSON.parse(line);
    }
    catch {
        return undefined;
    }
}
function isHeader(value) {
    return ((0,json/* isRecord */.u4)(value) &&
        value.kind === 'header' &&
        typeof value.version === 'number' &&
        typeof value.sweepId === 'string' &&
        typeof value.configDigest === 'string' &&
        typeof value.studyDigest === 'string' &&
        (0,json/* isRecord */.u4)(value.space) &&
        (0,json/* isRecord */.u4)(value.objective) &&
        typeof value.objective.metric === 'string' &&
        (value.objective.goal === 'maximize' || value.objective.goal === 'minimize') &&
        typeof value.seed === 'number' &&
        typeof value.method === 'string' &&
        typeof value.createdAt === 'string');
}
function isEvent(value) {
    if (!(0,json/* isRecord */.u4)(value))
        return false;
    if (value.kind === 'started')
        return Number.isInteger(value.number) && isParams(value.params) && typeof value.at === 'string';
    if (value.kind === 'finished')
        return isFrozenTrial(value.trial);
    return false;
}

;// CONCATENATED MODULE: ./src/sweep/journal/merge.ts

function mergeJournals(paths, options = {}) {
    if (paths.length === 0)
        throw new JournalError('no sweep journals to merge', { hint: 'check that the shard jobs uploaded their journals' });
    const finished = new Map();
    const started = new Map();
    const duplicates = new Set();
    const warnings = [];
    let header;
    for (const path of paths) {
        const journal = readJournal(path, options);
        warnings.push(...journal.warnings);
        if (!header)
            header = journal.header;
        else if (journal.header.sweepId !== header.sweepId || journal.header.studyDigest !== header.studyDigest) {
            throw new JournalError(journal.header.sweepId !== header.sweepId
                ? `the sweep journal ${path} is of sweep ${journal.header.sweepId}, not ${header.sweepId} like ${paths[0]}`
                : `the sweep journal ${path} has another space or objective than ${paths[0]} (same sweep id ${header.sweepId})`, { location: { file: path, line: 1 }, hint: 'merge only the shard journals of one sweep run' });
        }
        for (const trial of journal.finished) {
            const other = finished.get(trial.number);
            if (other)
                duplicates.add(trial.number);
            finished.set(trial.number, other ? preferTrial(other, trial) : trial);
        }
        for (const trial of journal.unfinished)
            if (!started.has(trial.number))
                started.set(trial.number, trial);
    }
    const sortedDuplicates = [...duplicates].sort((a, b) => a - b);
    if (sortedDuplicates.length > 0) {
        const message = `trial numbers ${sortedDuplicates.join(', ')} were finished in more than one shard journal; kept one record of each`;
        warnings.push(message);
        options.logger?.warning(message);
    }
    return {
        header: header,
        finished: [...finished.values()].sort((a, b) => a.number - b.number),
        unfinished: [...started.values()].filter((t) => !finished.has(t.number)).sort((a, b) => a.number - b.number),
        duplicates: sortedDuplicates,
        warnings,
    };
}

;// CONCATENATED MODULE: ./src/sweep/journal/resume.ts


const METHODS = ['grid', 'random', 'tpe', 'gp'];
/**
 * The method and seed a resumed sweep goes on with: the journal's. A sweep keeps both for life (its
 * trials so far were proposed by that sampler from that seed, and its record names them), so asking
 * for another one, by an option or in mlops.yml, is an error that says how to keep this sweep or
 * start a new one; a setting left at its default takes the journal's. The trial budget may change
 * (run-sweep.ts), as may the command, the target and the pruner.
 */
function resumeSettings(header, ask, journalFile) {
    const method = header.method;
    if (!METHODS.includes(method)) {
        throw new JournalError(`the sweep journal ${journalFile} names the method "${header.method}", which this version does not know`, {
            location: { file: journalFile, line: 1 },
            hint: `Start a new sweep: \`mlops sweep --fresh\` (action input resume: false), or another --out (action input out).`,
        });
    }
    check('method', method, ask.method, ask.origins.method, journalFile, 'its trials so far were proposed by that sampler');
    check('seed', header.seed, ask.seed, ask.origins.seed, journalFile, 'its trials so far were drawn from that seed, and a sweep reproduces only from one seed');
    return { method, seed: header.seed };
}
function check(name, journal, asked, origin, journalFile, why) {
    if (journal === asked || origin.from === 'default')
        return;
    const source = origin.from === 'option' ? `--${name} ${asked} (action input ${name})` : `sweep.${name}: ${asked} in ${(0,errors/* formatLocation */.j$)(origin.location)}`;
    const keep = origin.from === 'option' ? `drop --${name} (or pass --${name} ${journal})` : `set sweep.${name}: ${journal} in mlops.yml (or pass --${name} ${journal})`;
    throw new JournalError(`The sweep in ${journalFile} was started with ${name} ${journal}, but ${source} asks for ${name} ${asked}. A sweep keeps its ${name}: ${why}.`, {
        location: origin.from === 'config' ? origin.location : { file: journalFile, line: 1 },
        hint: `To go on with this sweep, ${keep}; to start a new sweep with ${name} ${asked}, run \`mlops sweep --fresh\` (action input resume: false), or pass another --out (action input out) to keep this one.`,
    });
}

;// CONCATENATED MODULE: ./src/sweep/journal/index.ts





/***/ }),

/***/ 24715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cK: () => (/* binding */ planSweep),
  _h: () => (/* binding */ prunerFor),
  I6: () => (/* binding */ samplerFor)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config_config = __webpack_require__(81122);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var record = __webpack_require__(60134);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(81066);
;// CONCATENATED MODULE: ./src/sweep/pruners/nop-pruner.ts
/** Never prunes: every trial runs to the end. */
class NopPruner {
    name = 'none';
    shouldPrune(_objective, _trial, _finished) {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/sweep/pruners/common.ts
/**
 * The objective's metric in one intermediate report, as a loss (lower is better). A report that
 * holds a single value counts as the objective's even under another name (`loss` vs `val_loss`).
 */
function intermediateLoss(objective, intermediate) {
    let value = intermediate.values[objective.metric];
    if (value === undefined) {
        const values = Object.values(intermediate.values);
        if (values.length === 1)
            value = values[0];
    }
    if (value === undefined || !Number.isFinite(value))
        return undefined;
    return objective.goal === 'maximize' ? -value : value;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

;// CONCATENATED MODULE: ./src/sweep/pruners/median-pruner.ts

/**
 * Optuna's MedianPruner: stop a trial whose best intermediate value so far is worse than the median
 * of the completed trials' values at the step it just reported.
 */
class MedianPruner {
    name = 'median';
    nStartupTrials;
    nWarmupSteps;
    intervalSteps;
    nMinTrials;
    constructor(options = {}) {
        this.nStartupTrials = options.nStartupTrials ?? 5;
        this.nWarmupSteps = options.nWarmupSteps ?? 0;
        this.intervalSteps = Math.max(1, options.intervalSteps ?? 1);
        this.nMinTrials = Math.max(1, options.nMinTrials ?? 1);
    }
    shouldPrune(objective, trial, finished) {
        const latest = trial.intermediates[trial.intermediates.length - 1];
        if (!latest)
            return false;
        const step = latest.step;
        if (step < this.nWarmupSteps || (step - this.nWarmupSteps) % this.intervalSteps !== 0)
            return false;
        const completed = finished.filter((other) => other.state === 'complete');
        if (completed.length < this.nStartupTrials)
            return false;
        let best = Infinity;
        for (const intermediate of trial.intermediates) {
            const loss = intermediateLoss(objective, intermediate);
            if (loss !== undefined && loss < best)
                best = loss;
        }
        if (best === Infinity)
            return false;
        const atStep = completed.flatMap((other) => {
            const report = other.intermediates.find((intermediate) => intermediate.step === step);
            const loss = report && intermediateLoss(objective, report);
            return loss === undefined ? [] : [loss];
        });
        if (atStep.length < this.nMinTrials)
            return false;
        return best > median(atStep);
    }
}

;// CONCATENATED MODULE: ./src/sweep/pruners/asha-pruner.ts

/**
 * Asynchronous successive halving (ASHA, as Optuna's SuccessiveHalvingPruner). Rungs sit at steps
 * minResource * eta^(k + s). When a trial's report crosses a rung, it continues only if its value is
 * in the top 1/eta of the values every trial had on reaching that rung (the best one always
 * continues, so the first trials to arrive are not stopped for lack of company).
 *
 * Stateless: rung values are read back from the finished trials' intermediates (the first report at
 * or after the rung), so a resumed or sharded sweep decides the same way. Trials still running on
 * other workers are not visible to it, which only makes it more lenient.
 */
class AshaPruner {
    name = 'asha';
    minResource;
    eta;
    rate;
    constructor(options = {}) {
        this.minResource = options.minResource ?? 1;
        this.eta = options.reductionFactor ?? 3;
        this.rate = options.minEarlyStoppingRate ?? 0;
        if (!(this.minResource > 0) || !(this.eta >= 2) || !(this.rate >= 0)) {
            throw new RangeError('AshaPruner needs minResource > 0, reductionFactor >= 2 and minEarlyStoppingRate >= 0');
        }
    }
    /** The step of rung k. */
    rung(k) {
        return this.minResource * this.eta ** (k + this.rate);
    }
    shouldPrune(objective, trial, finished) {
        const reports = trial.intermediates;
        const latest = reports[reports.length - 1];
        if (!latest)
            return false;
        const previousStep = reports.length > 1 ? reports[reports.length - 2].step : -Infinity;
        // The highest rung this report crossed (none: nothing to decide now).
        let k = -1;
        while (this.rung(k + 1) <= latest.step)
            k++;
        if (k < 0 || this.rung(k) <= previousStep)
            return false;
        const value = intermediateLoss(objective, latest);
        if (value === undefined)
            return false;
        const competing = [value];
        for (const other of finished) {
            if (other.number === trial.number)
                continue;
            const report = other.intermediates.find((intermediate) => intermediate.step >= this.rung(k));
            const loss = report && intermediateLoss(objective, report);
            if (loss !== undefined)
                competing.push(loss);
        }
        competing.sort((a, b) => a - b);
        const kept = Math.max(1, Math.floor(competing.length / this.eta));
        return value > competing[kept - 1];
    }
}

;// CONCATENATED MODULE: ./src/sweep/space/conditional.ts
/**
 * The parameters in an order where every `when` target comes before its dependants (stable: the
 * space's own order otherwise). `cycle` names a loop when there is one (then `order` is partial).
 */
function dependencyOrder(space) {
    const order = [];
    const state = new Map();
    let cycle;
    const visit = (name, trail) => {
        if (state.get(name) === 'done' || cycle)
            return;
        if (state.get(name) === 'visiting') {
            cycle = trail.slice(trail.indexOf(name));
            return;
        }
        state.set(name, 'visiting');
        for (const other of Object.keys(space[name].when ?? {})) {
            if (space[other] && other !== name)
                visit(other, [...trail, name]);
        }
        state.set(name, 'done');
        order.push(name);
    };
    for (const name of Object.keys(space))
        visit(name, []);
    return cycle ? { order, cycle } : { order };
}
/** Whether `spec` is switched on by the values in `params` (a parameter without `when` always is). */
function isActive(spec, params) {
    for (const [other, value] of Object.entries(spec.when ?? {})) {
        if (!(other in params) || params[other] !== value)
            return false;
    }
    return true;
}
/**
 * The parameters that exist given the values decided so far in `partial`, in dependency order. A
 * parameter whose condition refers to an undecided or inactive parameter is not active (yet).
 */
function activeParams(space, partial) {
    const active = [];
    const known = {};
    for (const name of dependencyOrder(space).order) {
        const spec = space[name];
        if (!isActive(spec, known))
            continue;
        active.push(name);
        if (name in partial)
            known[name] = partial[name];
    }
    return active;
}
/**
 * Builds one configuration by deciding each active parameter in dependency order with `decide`
 * (a sampler's choice of value for that dimension). Inactive parameters are left out.
 */
function buildParams(space, decide) {
    const params = {};
    for (const name of dependencyOrder(space).order) {
        const spec = space[name];
        if (isActive(spec, params))
            params[name] = decide(name, spec, params);
    }
    return params;
}

;// CONCATENATED MODULE: ./src/sweep/space/transform.ts
/** How many distinct values a dimension has (Infinity for a continuous one). */
function cardinality(spec) {
    switch (spec.type) {
        case 'const':
            return 1;
        case 'categorical':
            return spec.choices.length;
        case 'int':
            return Math.round((spec.high - spec.low) / (spec.step ?? 1)) + 1;
        case 'uniform':
            return spec.step === undefined ? Infinity : Math.round((spec.high - spec.low) / spec.step) + 1;
        default:
            return Infinity;
    }
}
/** The value at unit coordinate `u` in [0, 1] (clamped). */
function fromUnit(spec, u) {
    const x = Math.min(1, Math.max(0, u));
    switch (spec.type) {
        case 'const':
            return spec.value;
        case 'categorical':
            return spec.choices[bin(x, spec.choices.length)];
        case 'loguniform':
            return clamp(Math.exp(Math.log(spec.low) + x * (Math.log(spec.high) - Math.log(spec.low))), spec.low, spec.high);
        case 'int':
            if (spec.log) {
                const [lo, hi] = intLogRange(spec.low, spec.high);
                return clamp(Math.round(Math.exp(lo + x * (hi - lo))), spec.low, spec.high);
            }
            return spec.low + bin(x, cardinality(spec)) * (spec.step ?? 1);
        case 'uniform':
            if (spec.step === undefined)
                return spec.low + x * (spec.high - spec.low);
            return tidy(spec.low + bin(x, cardinality(spec)) * spec.step, spec.step);
    }
}
/** The unit coordinate of `value` (the centre of its bin for a discrete dimension). */
function toUnit(spec, value) {
    switch (spec.type) {
        case 'const':
            return 0.5;
        case 'categorical':
            return (Math.max(0, categoryIndex(spec, value)) + 0.5) / spec.choices.length;
        case 'loguniform':
            return unit((Math.log(Number(value)) - Math.log(spec.low)) / (Math.log(spec.high) - Math.log(spec.low)));
        case 'int':
            if (spec.log) {
                const [lo, hi] = intLogRange(spec.low, spec.high);
                return unit((Math.log(Number(value)) - lo) / (hi - lo));
            }
            return discreteUnit(Number(value), spec.low, spec.step ?? 1, cardinality(spec));
        case 'uniform':
            if (spec.step === undefined)
                return spec.high === spec.low ? 0.5 : unit((Number(value) - spec.low) / (spec.high - spec.low));
            return discreteUnit(Number(value), spec.low, spec.step, cardinality(spec));
    }
}
/** The index of `value` among a categorical's choices (-1 when it is not one). */
function categoryIndex(spec, value) {
    return spec.choices.findIndex((choice) => choice === value);
}
function intLogRange(low, high) {
    return [Math.log(low - 0.5 > 0 ? low - 0.5 : low / 2), Math.log(high + 0.5)];
}
function discreteUnit(value, low, step, count) {
    const index = Math.min(count - 1, Math.max(0, Math.round((value - low) / step)));
    return (index + 0.5) / count;
}
function bin(x, count) {
    return Math.min(count - 1, Math.floor(x * count));
}
function unit(x) {
    return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}
function clamp(x, low, high) {
    return Math.min(high, Math.max(low, x));
}
/** low + i*step carries float noise (0.30000000000000004); round to the step's precision. */
function tidy(value, step) {
    const decimals = Math.min(15, Math.max(0, -Math.floor(Math.log10(step)) + 6));
    return Number(value.toFixed(decimals));
}

;// CONCATENATED MODULE: ./src/sweep/samplers/common.ts
/**
 * What every sampler shares: ranking finished trials by the objective (failed trials count as the
 * worst value) and drawing a uniformly random configuration.
 */


/** The objective's value as a loss: minimised as is, maximised negated; undefined/NaN is the worst. */
function toLoss(objective, value) {
    if (value === undefined || !Number.isFinite(value))
        return Infinity;
    return objective.goal === 'maximize' ? -value : value;
}
/**
 * Finished trials (and, for a constant liar, running ones) as observations, best first. Failed and
 * running trials sit at the worst value: a model must steer away from a configuration that crashed,
 * and parallel workers must not pile onto a configuration someone is already running.
 */
function observations(objective, finished, running = []) {
    const list = finished.map((trial) => {
        const loss = trial.state === 'failed' ? Infinity : toLoss(objective, trial.value);
        const tier = loss === Infinity ? 2 : trial.state === 'pruned' ? 1 : 0;
        return { params: trial.params, tier, loss, order: trial.number };
    });
    const last = finished.reduce((max, trial) => Math.max(max, trial.number), -1);
    running.forEach((params, i) => list.push({ params, tier: 2, loss: Infinity, order: last + 1 + i }));
    return list.sort((a, b) => a.tier - b.tier || a.loss - b.loss || a.order - b.order);
}
/** A configuration drawn uniformly in the unit cube (log-uniform for log dimensions). */
function randomParams(space, random) {
    return buildParams(space, (_name, spec) => fromUnit(spec, random.next()));
}

;// CONCATENATED MODULE: ./src/sweep/samplers/random-sampler.ts

/** Independent uniform draws in the unit cube (log scale for log dimensions). The baseline. */
class RandomSampler {
    name = 'random';
    suggest(space, _objective, _finished, _running, random) {
        return randomParams(space, random);
    }
}

// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
;// CONCATENATED MODULE: ./src/sweep/space/grid.ts
/**
 * The grid of a space: the cartesian product of each dimension's values, expanded only where
 * conditions switch parameters on (a `momentum` that exists only for `sgd` is not multiplied into the
 * `adam` configurations).
 *
 * Values per dimension: every choice of a categorical; every value of an int (honouring `step`; with
 * `log: true` too, so bound such ranges with a step-free small span); every step of a stepped uniform.
 * A continuous dimension (uniform without step, loguniform) has no natural grid: it contributes
 * `pointsPerReal` evenly spaced values (default 5, both bounds included; evenly spaced in log for
 * loguniform). Write a `step` to choose the points yourself.
 */




/** The values dimension `spec` takes in a grid. */
function gridValues(spec, pointsPerReal = 5) {
    if (spec.type === 'const')
        return [spec.value];
    if (spec.type === 'categorical')
        return [...spec.choices];
    const count = cardinality(spec);
    if (count !== Infinity) {
        if (spec.type === 'int' && spec.log)
            return Array.from({ length: count }, (_, i) => spec.low + i);
        return Array.from({ length: count }, (_, i) => fromUnit(spec, (i + 0.5) / count));
    }
    const n = Math.max(1, Math.floor(pointsPerReal));
    if (n === 1)
        return [fromUnit(spec, 0.5)];
    return Array.from({ length: n }, (_, i) => fromUnit(spec, i / (n - 1)));
}
/**
 * Every configuration of the grid, in lexicographic order (the space's parameter order, each
 * dimension's values in order). Throws a ConfigError when there are more than `maxPoints`.
 */
function gridPoints(space, maxPoints, options = {}) {
    const order = dependencyOrder(space).order;
    const values = new Map(order.map((name) => [name, gridValues(space[name], options.pointsPerReal)]));
    const points = [];
    const expand = (index, partial) => {
        if (points.length > maxPoints)
            return;
        if (index === order.length) {
            points.push({ ...partial });
            return;
        }
        const name = order[index];
        if (!isActive(space[name], partial))
            return expand(index + 1, partial);
        for (const value of values.get(name)) {
            partial[name] = value;
            expand(index + 1, partial);
            if (points.length > maxPoints)
                break;
        }
        delete partial[name];
    };
    expand(0, {});
    if (points.length > maxPoints) {
        const bound = order.reduce((product, name) => product * values.get(name).length, 1);
        throw new errors/* ConfigError */.xL(`The sweep grid has more than ${maxPoints} configurations (up to ${(0,format/* groupDigits */.K)(bound)}).`, {
            location: { file: options.file ?? 'mlops.yml', key: 'sweep.space' },
            hint: 'Use larger steps, fewer choices, or the random or tpe sampler, or raise the grid limit.',
        });
    }
    return points;
}

// EXTERNAL MODULE: ./src/sweep/space/key.ts
var key = __webpack_require__(95398);
// EXTERNAL MODULE: ./src/sweep/random.ts
var sweep_random = __webpack_require__(27589);
;// CONCATENATED MODULE: ./src/sweep/samplers/grid-sampler.ts



/**
 * Every configuration of the grid once: the next point in the walk that no finished or running
 * trial has taken. Once all are taken it returns a random point again; `isExhausted` tells the runner
 * to stop instead.
 */
class GridSampler {
    options;
    name = 'grid';
    cache;
    constructor(options = {}) {
        this.options = options;
    }
    /** The grid in walking order. */
    points(space) {
        return this.grid(space).points;
    }
    suggest(space, _objective, finished, running, random) {
        const { points, keys } = this.grid(space);
        const taken = takenKeys(finished, running);
        const index = keys.findIndex((key) => !taken.has(key));
        if (index >= 0)
            return { ...points[index] };
        return { ...points[Math.min(points.length - 1, Math.floor(random.next() * points.length))] };
    }
    /** True when every grid point has been tried or is running. */
    isExhausted(space, finished, running) {
        const taken = takenKeys(finished, running);
        return this.grid(space).keys.every((key) => taken.has(key));
    }
    grid(space) {
        const spaceKey = JSON.stringify(space);
        if (this.cache?.key === spaceKey)
            return this.cache;
        let points = gridPoints(space, this.options.maxPoints ?? 10_000, this.options);
        if ((this.options.order ?? 'shuffled') === 'shuffled')
            points = new sweep_random/* SeededRandom */.AU(`grid/${this.options.seed ?? 0}`).shuffle(points);
        this.cache = { key: spaceKey, points, keys: points.map(key/* configKey */.u) };
        return this.cache;
    }
}
function takenKeys(finished, running) {
    return new Set([...finished.map((trial) => (0,key/* configKey */.u)(trial.params)), ...running.map(key/* configKey */.u)]);
}

;// CONCATENATED MODULE: ./src/sweep/samplers/parzen.ts
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
class ParzenEstimator {
    dims;
    logWeights;
    /** Per dim, per component: kernel centre (num) or undefined where the observation lacks the dim. */
    mus;
    sigmas;
    logNorms;
    /** Per cat dim, per component: log probabilities of each choice. */
    logProbs;
    constructor(dims, points, weights, options) {
        this.dims = dims;
        const n = points.length;
        const raw = [...weights, n === 0 ? 1 : options.priorWeight];
        const total = raw.reduce((sum, w) => sum + w, 0);
        this.logWeights = raw.map((w) => Math.log(w / total));
        this.mus = [];
        this.sigmas = [];
        this.logNorms = [];
        this.logProbs = [];
        dims.forEach((dim, d) => {
            const column = points.map((point) => point[d]);
            if (dim.kind === 'cat') {
                this.logProbs.push(categoricalKernels(column, dim.size, options.choicePriorWeight ?? options.priorWeight));
                this.mus.push([]);
                this.sigmas.push([]);
                this.logNorms.push([]);
                return;
            }
            const sigmas = options.multivariate
                ? column.map(() => options.bandwidthFactor * 0.2 * Math.max(n, 1) ** (-1 / (dims.length + 4)))
                : neighbourBandwidths(column, options.considerEndpoints);
            const observed = column.filter((x) => x !== undefined).length;
            const minSigma = options.magicClip ? 1 / Math.min(100, 1 + observed + 1) : 1e-12;
            const clipped = sigmas.map((s) => Math.min(1, Math.max(minSigma, s)));
            // The prior: centred, as wide as the range.
            const mus = [...column, 0.5];
            clipped.push(1);
            this.mus.push(mus);
            this.sigmas.push(clipped);
            this.logNorms.push(mus.map((mu, i) => (mu === undefined ? 0 : Math.log(truncMass(mu, clipped[i])))));
            this.logProbs.push([]);
        });
    }
    /** One point drawn from the mixture (every dimension filled in). */
    sample(random) {
        const component = random.weighted(this.logWeights.map(Math.exp));
        return this.dims.map((dim, d) => {
            if (dim.kind === 'cat') {
                const logP = this.logProbs[d][component];
                return logP ? random.weighted(Array.from(logP, Math.exp)) : random.int(dim.size);
            }
            const mu = this.mus[d][component];
            return mu === undefined ? random.next() : truncNormal(random, mu, this.sigmas[d][component]);
        });
    }
    /** Log density of `point`; dimensions that are undefined in it (inactive) are left out. */
    logPdf(point) {
        const terms = this.logWeights.slice();
        this.dims.forEach((dim, d) => {
            const x = point[d];
            if (x === undefined)
                return;
            for (let i = 0; i < terms.length; i++) {
                if (dim.kind === 'cat') {
                    const logP = this.logProbs[d][i];
                    terms[i] += logP ? logP[x] : -Math.log(dim.size);
                }
                else {
                    const mu = this.mus[d][i];
                    if (mu === undefined)
                        continue; // uniform on [0, 1]: log 1
                    const sigma = this.sigmas[d][i];
                    const z = (x - mu) / sigma;
                    terms[i] += -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI - this.logNorms[d][i];
                }
            }
        });
        return logSumExp(terms);
    }
}
/**
 * Each observed choice c gets the distribution (w/(n+1) + [j = c]) normalised, w the prior weight
 * (`choicePriorWeight`), so with few observations the others keep some mass; the prior component is
 * uniform.
 */
function categoricalKernels(column, size, priorWeight) {
    const observed = column.filter((x) => x !== undefined).length;
    const base = priorWeight / (observed + 1);
    const kernels = column.map((choice) => {
        if (choice === undefined)
            return undefined;
        const logP = new Float64Array(size);
        for (let j = 0; j < size; j++)
            logP[j] = Math.log((base + (j === choice ? 1 : 0)) / (base * size + 1));
        return logP;
    });
    kernels.push(new Float64Array(size).fill(-Math.log(size)));
    return kernels;
}
/**
 * Univariate TPE's bandwidths: each kernel as wide as the larger gap to its neighbours among the
 * observations, the prior's centre and the bounds.
 */
function neighbourBandwidths(column, considerEndpoints) {
    const present = column.flatMap((x, i) => (x === undefined ? [] : [{ x, i }]));
    const sorted = [...present, { x: 0.5, i: -1 }].sort((a, b) => a.x - b.x);
    const xs = [0, ...sorted.map((s) => s.x), 1];
    const sigmas = new Array(column.length).fill(1);
    sorted.forEach((entry, k) => {
        let sigma = Math.max(xs[k + 1] - xs[k], xs[k + 2] - xs[k + 1]);
        if (!considerEndpoints && sorted.length >= 2) {
            if (k === 0)
                sigma = xs[k + 2] - xs[k + 1];
            else if (k === sorted.length - 1)
                sigma = xs[k + 1] - xs[k];
        }
        if (entry.i >= 0)
            sigmas[entry.i] = sigma;
    });
    return sigmas;
}
/** Mass of N(mu, sigma) inside [0, 1]. */
function truncMass(mu, sigma) {
    return Math.max(1e-300, normalCdf((1 - mu) / sigma) - normalCdf((0 - mu) / sigma));
}
/** N(mu, sigma) restricted to [0, 1], by rejection (mu lies in [0, 1], so at least a third is kept). */
function truncNormal(random, mu, sigma) {
    for (let i = 0; i < 100; i++) {
        const x = random.normal(mu, sigma);
        if (x >= 0 && x <= 1)
            return x;
    }
    return Math.min(1, Math.max(0, mu));
}
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7). */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
function logSumExp(values) {
    let max = -Infinity;
    for (const v of values)
        if (v > max)
            max = v;
    if (max === -Infinity)
        return -Infinity;
    let sum = 0;
    for (const v of values)
        sum += Math.exp(v - max);
    return max + Math.log(sum);
}

;// CONCATENATED MODULE: ./src/sweep/samplers/tpe-sampler.ts
/**
 * Tree-structured Parzen Estimator, written here rather than bound from Optuna: it must be seeded by
 * our own Random (so shards and resumes agree), read our journal's FrozenTrials directly, and run in
 * an action with no Python. It follows Optuna's TPESampler (see parzen.ts), multivariate by default,
 * with a constant liar for parallel trials.
 *
 * Each suggestion: rank the trials, split them into the best `gamma(n)` ("below") and the rest
 * ("above"), fit a Parzen estimator l(x) to the first and g(x) to the second, draw `nEiCandidates`
 * configurations from l and return the one with the largest l(x)/g(x) (which maximises expected
 * improvement under TPE's model). In the joint model l(x) weighs its good trials by rank, the best
 * most (see goodRankWeight).
 *
 * Parallel trials (a local `--parallel` or a matrix round proposed at once) use Optuna's constant
 * liar: a running trial is an observation at the worst value, in the "above" group, so g(x) is high
 * around it and the next proposal goes elsewhere. Four choices differ from a sequential sweep,
 * measured with bench/sweep-batch.mjs (README, "Sweeps in parallel"), none changes a sweep run one
 * trial at a time:
 * - the startup counts running trials, so trial n is random exactly when n < nStartupTrials at any
 *   parallelism (counting finished ones only made 18 of 40 trials random at 8 at once; Optuna 5 also
 *   counts finished ones only, and pays for it in the same way);
 * - the "good" share is taken of the finished trials (the liars are not results, as in Optuna);
 * - while trials run, the joint kernels widen from 0.3x Optuna's width (not the sequential 0.18x)
 *   towards 0.6x, fully once the running trials are half as many as the finished ones: a liar then
 *   claims the region around it rather than a pin-point, so a batch spreads over the good region
 *   instead of piling onto its best point, and l(x) stays on the best trials. With few trials
 *   running among many results the kernels stay near 0.3x, which converges closer;
 * - while l(x) rests on at most 4 good trials (a 40-trial sweep), its categorical kernels keep their
 *   trial's choice (BATCH_FEW_GOOD), so the liars do not push a batch off the good trials' choice:
 *   training over 40 trials 16 at once went from 0.0950 to 0.0827 at 135 seeds (Optuna 0.0858),
 *   and the whole table (bench/sweep-batch.mjs) wins every cell at 45 and at 135 seeds.
 */





/** Optuna's gamma: min(ceil(0.1 n), 25). */
function optunaGamma(n) {
    return Math.min(Math.ceil(0.1 * n), 25);
}
/**
 * The sequential model (no trial running), measured on bench/sweep-batch.mjs one trial at a time and
 * bench/sweep-quality.mjs, at 45 and 180 seeds: Optuna's 10% "good" trials with joint kernels 0.18x
 * Optuna's width. The 10% alone made Hartmann-6 and training better at 40 and 100 trials but Branin
 * worse (l(x) fitted to 1-5 points spreads over the range); the narrower kernels give Branin back its
 * precision. Our earlier 20% with 0.3x kept Branin but lost Hartmann-6 over 100 trials and training
 * over 40 to Optuna. Schedules by the number of trials (gamma falling from 20% to 10%, kernels
 * narrowing or widening, more candidates or a lighter prior late) measured no better than constants.
 */
const SEQUENTIAL_TPE = {
    gamma: optunaGamma,
    bandwidthFactor: 0.18,
};
/**
 * The joint model's weight of the good trial ranked `rank` (0 the best) in l(x): (rank + 1)^-2, so
 * l(x) centres on the best few trials and the rest of the good group only shapes it (Optuna weighs
 * them alike, by age only). Measured with bench/sweep-batch.mjs at 45 and 135 seeds: it made
 * Hartmann-6 over 100 trials beat Optuna at every parallelism (one at a time -3.27 against Optuna's
 * -3.22, ours was -3.19) and kept every other cell winning. Powers 1 to 1.5 did little; 3 and above
 * also won Hartmann-6 but lost training over 40 trials 16 at once; weights by improvement over the
 * good group's worst value measured no better. The group keeps its age weights' total, so the prior
 * keeps its share.
 */
function goodRankWeight(rank) {
    return (rank + 1) ** -2;
}
/**
 * The batch model's categorical kernels in l(x) while it rests on few good trials (at most `upTo`: a
 * 40-trial sweep's 10% share throughout): the prior weighs 0.1 in each good trial's kernel instead
 * of 1, so 91-96% of its mass stays on that trial's choice (Optuna's kernels leave 25-40% to the
 * others of a 3-way choice). Why: g(x), fitted to every other trial and the liars, has sharp
 * kernels, so next to a liar l(x)/g(x) came out higher for a choice no good trial had, and a batch
 * left the good choice. On bench/sweep-batch.mjs (training, 40 trials 16 at once, 135 seeds) the
 * last 8 trials kept the best trial's optimizer 87% of the time, against 54% before and Optuna's
 * 84%, and the median best went from 0.0950 to 0.0827 (Optuna 0.0858); README "Sweeps in parallel"
 * has the other cells and what was tried. With more good trials l(x) already holds several choices:
 * sharper kernels then locked 100-trial sweeps onto a worse optimizer.
 */
const BATCH_FEW_GOOD = { upTo: 4, choicePriorWeight: 0.1 };
/** The joint kernels' width (x Optuna's) the batch model starts from with few trials running. */
const BATCH_BANDWIDTH_FROM = 0.3;
/**
 * Options that reproduce Optuna 3.1's default TPESampler (univariate, gamma 10%, magic clip), the
 * reference the sweep-quality bench compares against.
 */
const OPTUNA_TPE_OPTIONS = {
    multivariate: false,
    gamma: optunaGamma,
    magicClip: true,
    bandwidthFactor: 1,
    constantLiar: false,
};
/** Optuna's default weights: all 1 up to 25 observations, then a ramp from 1/n for the oldest. */
function defaultWeights(n) {
    if (n < 25)
        return new Array(n).fill(1);
    const ramp = Array.from({ length: n - 25 }, (_, i) => (n - 25 === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (n - 26)));
    return [...ramp, ...new Array(25).fill(1)];
}
class TpeSampler {
    name = 'tpe';
    nStartupTrials;
    nEiCandidates;
    gamma;
    constantLiar;
    weights;
    goodWeight;
    parzen;
    batchGamma;
    batchBandwidth;
    batchChoicePriorWeight;
    constructor(options = {}) {
        this.nStartupTrials = options.nStartupTrials ?? 10;
        this.nEiCandidates = options.nEiCandidates ?? 24;
        this.gamma = options.gamma ?? SEQUENTIAL_TPE.gamma;
        this.constantLiar = options.constantLiar ?? true;
        this.weights = options.weights ?? defaultWeights;
        const multivariate = options.multivariate ?? true;
        this.goodWeight = options.goodWeight ?? (multivariate ? goodRankWeight : () => 1);
        // Joint kernels narrower than Optuna's (SEQUENTIAL_TPE) without the magic clip exploit a good
        // region much sooner; the clip still guards the univariate neighbour bandwidths, which collapse
        // without it.
        this.parzen = {
            priorWeight: options.priorWeight ?? 1,
            multivariate,
            magicClip: options.magicClip ?? !multivariate,
            considerEndpoints: options.considerEndpoints ?? false,
            bandwidthFactor: options.bandwidthFactor ?? (multivariate ? SEQUENTIAL_TPE.bandwidthFactor : 1),
            choicePriorWeight: options.choicePriorWeight,
        };
        this.batchGamma = options.batchGamma ?? optunaGamma;
        const from = options.bandwidthFactor ?? (multivariate ? BATCH_BANDWIDTH_FROM : 1);
        this.batchBandwidth = [from, multivariate ? (options.batchBandwidthFactor ?? 0.6) : from];
        this.batchChoicePriorWeight = options.batchChoicePriorWeight ?? BATCH_FEW_GOOD.choicePriorWeight;
    }
    suggest(space, objective, finished, running, random) {
        const rng = (0,sweep_random/* asSeeded */.BE)(random);
        const liars = this.constantLiar ? running : [];
        if (finished.length + liars.length < this.nStartupTrials || finished.length === 0)
            return randomParams(space, rng);
        const dims = searchDims(space);
        if (dims.length === 0)
            return randomParams(space, rng);
        const { gamma, parzen } = liars.length > 0 ? this.batchModel(liars.length, finished.length) : { gamma: this.gamma, parzen: this.parzen };
        // Liars rank last (worst value), so they always land in "above", after the finished trials.
        const ranked = observations(objective, finished, liars);
        const nBelow = Math.max(1, Math.min(finished.length, gamma(finished.length)));
        const below = ranked.slice(0, nBelow);
        const above = ranked.slice(nBelow);
        if (!parzen.multivariate)
            return this.suggestPerDimension(space, dims, below, above, rng, parzen);
        const fewGood = liars.length > 0 && below.length <= BATCH_FEW_GOOD.upTo;
        const good = fewGood ? { ...parzen, choicePriorWeight: this.batchChoicePriorWeight } : parzen;
        return this.suggestJoint(space, dims, below, above, rng, good, parzen);
    }
    /** gamma and kernels while `running` trials run beside `finished` results (see the header). */
    batchModel(running, finished) {
        const share = Math.min(1, (2 * running) / finished);
        const [from, to] = this.batchBandwidth;
        const bandwidthFactor = from + (to - from) * share;
        return { gamma: this.batchGamma, parzen: { ...this.parzen, bandwidthFactor } };
    }
    /** Joint TPE: l(x) over `below` with `good`'s kernels, g(x) over `above` with `parzen`'s. */
    suggestJoint(space, dims, below, above, rng, good, parzen) {
        const l = this.estimator(dims, below, good, this.goodWeight);
        const g = this.estimator(dims, above, parzen);
        let best;
        let bestScore = -Infinity;
        for (let i = 0; i < this.nEiCandidates; i++) {
            const params = decode(space, dims, l.sample(rng));
            const point = encode(dims, params);
            const score = l.logPdf(point) - g.logPdf(point);
            if (best === undefined || score > bestScore) {
                best = params;
                bestScore = score;
            }
        }
        return best;
    }
    /** Univariate TPE: each dimension chosen on its own, from the trials where it was active. */
    suggestPerDimension(space, dims, below, above, rng, parzen) {
        const chosen = dims.map((dim, d) => {
            const l = this.estimator(dims, below, parzen, this.goodWeight, d);
            const g = this.estimator(dims, above, parzen, undefined, d);
            let best;
            let bestScore = -Infinity;
            for (let i = 0; i < this.nEiCandidates; i++) {
                const x = l.sample(rng)[0];
                const value = dim.kind === 'cat' ? x : toUnit(dim.spec, fromUnit(dim.spec, x));
                const score = l.logPdf([value]) - g.logPdf([value]);
                if (best === undefined || score > bestScore) {
                    best = value;
                    bestScore = score;
                }
            }
            return best;
        });
        return decode(space, dims, chosen);
    }
    /**
     * A Parzen estimator over `group` (ranked best first; all dims, or only dimension `only` when
     * given), each observation weighted by its age times `byRank` of its rank.
     */
    estimator(dims, group, parzen, byRank = () => 1, only) {
        const modelled = only === undefined ? dims : [dims[only]];
        const byAge = group.map((obs, rank) => ({ point: encode(modelled, obs.params), rank, order: obs.order })).sort((a, b) => a.order - b.order);
        // Univariate: a trial where this parameter was inactive says nothing about it.
        const kept = only === undefined ? byAge : byAge.filter((entry) => entry.point[0] !== undefined);
        const byAgeOnly = this.weights(kept.length);
        const weights = kept.map((entry, i) => byAgeOnly[i] * byRank(entry.rank));
        // The same total as the age weights, so the prior's share does not change.
        const scale = byAgeOnly.reduce((sum, w) => sum + w, 0) / weights.reduce((sum, w) => sum + w, 0);
        return new ParzenEstimator(modelled, kept.map((entry) => entry.point), weights.map((w) => w * scale), parzen);
    }
}
/** The searchable parameters of `space` in dependency order (constants need no model). */
function searchDims(space) {
    return dependencyOrder(space)
        .order.filter((name) => space[name].type !== 'const')
        .map((name) => {
        const spec = space[name];
        return spec.type === 'categorical' ? { name, spec, kind: 'cat', size: spec.choices.length } : { name, spec, kind: 'num', size: 0 };
    });
}
/** Params to model coordinates (undefined for absent, inactive or out-of-space values). */
function encode(dims, params) {
    return dims.map((dim) => {
        const value = params[dim.name];
        if (value === undefined)
            return undefined;
        if (dim.spec.type === 'categorical') {
            const index = categoryIndex(dim.spec, value);
            return index < 0 ? undefined : index;
        }
        return typeof value === 'number' ? toUnit(dim.spec, value) : undefined;
    });
}
/** Model coordinates to params, deciding conditional parameters in dependency order. */
function decode(space, dims, point) {
    const index = new Map(dims.map((dim, d) => [dim.name, d]));
    return buildParams(space, (name, spec) => {
        const d = index.get(name);
        if (d === undefined)
            return fromUnit(spec, 0.5);
        const x = point[d] ?? 0.5;
        return spec.type === 'categorical' ? spec.choices[Math.round(x)] : fromUnit(spec, x);
    });
}

;// CONCATENATED MODULE: ./src/sweep/samplers/gp-sampler.ts
/**
 * Gaussian-process Bayesian optimisation (expected improvement), for small budgets of expensive
 * trials where every trial counts. Written by hand for the same reasons as TPE (seeded by our Random,
 * reads our journal, no Python): a Cholesky of at most a few hundred points is a few lines.
 *
 * Model: a zero-mean GP over the unit cube with a Matern-5/2 kernel, one lengthscale per dimension,
 * fitted with the signal and noise levels by maximising the marginal likelihood (a coordinate search
 * on a log grid: no gradients to get wrong, cheap at this size). Targets are the standardised losses;
 * failed trials enter at the worst loss seen.
 *
 * Parallel trials: the kriging believer (Ginsbourger et al. 2010), not a constant liar. A running
 * trial is believed to return the posterior mean at its point, so the mean surface is unchanged and
 * only the uncertainty there collapses: EI drops around running trials and the next proposal goes to
 * the next most promising place. The constant liar at the worst value this sampler used before bent
 * the mean surface itself and measured far worse (Branin, 8 at once, 40 trials: 1.39 against 0.42; see
 * bench/sweep-batch.mjs). Running trials count towards the startup, as in TPE.
 * Categorical and discrete dimensions use their unit bin centres, inactive parameters 0.5.
 * Acquisition: log expected improvement, maximised over random points plus perturbations of the best
 * trials, then refined by a shrinking local search.
 */





const LENGTHSCALES = [0.03, 0.05, 0.08, 0.12, 0.18, 0.27, 0.4, 0.6, 0.9, 1.4, 2, 3.5];
const NOISES = [1e-6, 1e-4, 1e-3, 1e-2, 0.05, 0.2];
const SIGNALS = [0.3, 0.6, 1, 1.6, 2.5];
class GpSampler {
    name = 'gp';
    nStartupTrials;
    nCandidates;
    krigingBeliever;
    constructor(options = {}) {
        this.nStartupTrials = options.nStartupTrials ?? 10;
        this.nCandidates = options.nCandidates ?? 2000;
        this.krigingBeliever = options.krigingBeliever ?? true;
    }
    suggest(space, objective, finished, running, random) {
        const rng = (0,sweep_random/* asSeeded */.BE)(random);
        const names = dependencyOrder(space).order.filter((name) => space[name].type !== 'const');
        const pending = this.krigingBeliever ? running : [];
        if (finished.length + pending.length < this.nStartupTrials || names.length === 0)
            return randomParams(space, rng);
        const ranked = observations(objective, finished);
        const finite = ranked.filter((obs) => Number.isFinite(obs.loss)).map((obs) => obs.loss);
        if (finite.length < 2)
            return randomParams(space, rng);
        const worst = Math.max(...finite);
        const mean = finite.reduce((s, v) => s + v, 0) / finite.length;
        const sd = Math.sqrt(finite.reduce((s, v) => s + (v - mean) ** 2, 0) / finite.length) || 1;
        const unit = (params) => names.map((name) => (name in params ? toUnit(space[name], params[name]) : 0.5));
        const x = ranked.map((obs) => unit(obs.params));
        const y = ranked.map((obs) => ((Number.isFinite(obs.loss) ? obs.loss : worst) - mean) / sd);
        let fit = fitGp(x, y);
        const bestY = Math.min(...y);
        if (pending.length > 0) {
            // Kriging believer: each running trial is believed to return the model's mean there. The
            // mean elsewhere stays as the results say, but the uncertainty (so EI) collapses around the
            // running trials, so a batch spreads over the promising region instead of piling on its best
            // point. Hyperparameters stay those fitted to real results.
            const xp = pending.map(unit);
            const believed = xp.map((point) => posterior(fit, point).mean);
            fit = condition([...x, ...xp], [...y, ...believed], fit.hyper).fit ?? fit;
        }
        const score = (point) => logEi(fit, point, bestY);
        const best = maximise(score, x.slice(0, 5), names.length, this.nCandidates, rng);
        const decided = new Map(names.map((name, d) => [name, best[d]]));
        return buildParams(space, (name, spec) => fromUnit(spec, decided.get(name) ?? 0.5));
    }
}
function kernel(a, b, hyper) {
    let r2 = 0;
    for (let d = 0; d < a.length; d++)
        r2 += ((a[d] - b[d]) / hyper.lengthscales[d]) ** 2;
    const r = Math.sqrt(5 * r2);
    return hyper.signal * (1 + r + (r * r) / 3) * Math.exp(-r);
}
/** Lower-triangular Cholesky factor, or undefined when not positive definite. */
function cholesky(matrix) {
    const n = matrix.length;
    const l = Array.from({ length: n }, () => new Float64Array(n));
    for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = matrix[i][j];
            for (let k = 0; k < j; k++)
                sum -= l[i][k] * l[j][k];
            if (i === j) {
                if (!(sum > 0))
                    return undefined;
                l[i][i] = Math.sqrt(sum);
            }
            else
                l[i][j] = sum / l[j][j];
        }
    }
    return l;
}
function solveLower(l, b) {
    const n = l.length;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let sum = b[i];
        for (let k = 0; k < i; k++)
            sum -= l[i][k] * out[k];
        out[i] = sum / l[i][i];
    }
    return out;
}
function solveUpper(l, b) {
    const n = l.length;
    const out = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
        let sum = b[i];
        for (let k = i + 1; k < n; k++)
            sum -= l[k][i] * out[k];
        out[i] = sum / l[i][i];
    }
    return out;
}
/** The fitted GP for `hyper`, with its log marginal likelihood (-Infinity when singular). */
function condition(x, y, hyper) {
    const n = x.length;
    const matrix = x.map((a, i) => Float64Array.from(x, (b, j) => kernel(a, b, hyper) + (i === j ? hyper.noise + 1e-9 : 0)));
    const chol = cholesky(matrix);
    if (!chol)
        return { lml: -Infinity };
    const alpha = solveUpper(chol, solveLower(chol, y));
    let lml = 0;
    for (let i = 0; i < n; i++)
        lml += -0.5 * y[i] * alpha[i] - Math.log(chol[i][i]);
    // A weak prior on the log lengthscales keeps a handful of points from picking absurd ones.
    for (const ls of hyper.lengthscales)
        lml -= 0.5 * (Math.log(ls / 0.3) / 1.5) ** 2;
    return { fit: { x, hyper, chol, alpha }, lml };
}
/** Coordinate search over log grids: a shared lengthscale first, then each dimension, signal, noise. */
function fitGp(x, y) {
    const dims = x[0].length;
    let hyper = { lengthscales: new Array(dims).fill(0.3), signal: 1, noise: 1e-4 };
    let best = condition(x, y, hyper);
    const tryHyper = (candidate) => {
        const result = condition(x, y, candidate);
        if (result.lml > best.lml) {
            best = result;
            hyper = candidate;
        }
    };
    for (const ls of LENGTHSCALES)
        tryHyper({ ...hyper, lengthscales: new Array(dims).fill(ls) });
    for (let round = 0; round < 2; round++) {
        for (let d = 0; d < dims; d++) {
            for (const ls of LENGTHSCALES)
                tryHyper({ ...hyper, lengthscales: hyper.lengthscales.map((v, i) => (i === d ? ls : v)) });
        }
        for (const signal of SIGNALS)
            tryHyper({ ...hyper, signal });
        for (const noise of NOISES)
            tryHyper({ ...hyper, noise });
    }
    if (!best.fit) {
        // Nothing was positive definite (duplicate points, no noise): a noisy fit always is.
        return condition(x, y, { ...hyper, noise: 0.1 }).fit;
    }
    return best.fit;
}
/** The GP's posterior mean and standard deviation at `point`. */
function posterior(fit, point) {
    const k = Float64Array.from(fit.x, (row) => kernel(point, row, fit.hyper));
    let mean = 0;
    for (let i = 0; i < k.length; i++)
        mean += k[i] * fit.alpha[i];
    const v = solveLower(fit.chol, k);
    let variance = fit.hyper.signal;
    for (let i = 0; i < v.length; i++)
        variance -= v[i] * v[i];
    return { mean, sigma: Math.sqrt(Math.max(variance, 1e-12)) };
}
/** log EI of a minimisation at `point` against the best standardised loss so far. */
function logEi(fit, point, bestY) {
    const { mean, sigma } = posterior(fit, point);
    const z = (bestY - mean) / sigma;
    const ei = sigma * (z * normalCdf(z) + Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI));
    // Far in the tail EI underflows; the log of its asymptote keeps candidates comparable there.
    return ei > 1e-300 ? Math.log(ei) : Math.log(sigma) - 0.5 * z * z - Math.log(z * z + 1e-300);
}
/** Maximises `score` over the unit cube: random points and jitters of `seeds`, then local refinement. */
function maximise(score, seeds, dims, nCandidates, rng) {
    const clamp = (v) => Math.min(1, Math.max(0, v));
    const scored = [];
    for (let i = 0; i < nCandidates; i++) {
        const p = Array.from({ length: dims }, () => rng.next());
        scored.push({ p, s: score(p) });
    }
    for (const seed of seeds) {
        for (let i = 0; i < 50; i++) {
            const scale = [0.01, 0.03, 0.1][i % 3];
            const p = seed.map((v) => clamp(v + rng.normal(0, scale)));
            scored.push({ p, s: score(p) });
        }
    }
    scored.sort((a, b) => b.s - a.s);
    let best = scored[0];
    for (const start of scored.slice(0, 3)) {
        let current = start;
        let step = 0.05;
        for (let i = 0; i < 60 && step > 1e-4; i++) {
            const p = current.p.map((v) => clamp(v + rng.normal(0, step)));
            const s = score(p);
            if (s > current.s)
                current = { p, s };
            else if (i % 10 === 9)
                step /= 2;
        }
        if (current.s > best.s)
            best = current;
    }
    return best.p;
}

;// CONCATENATED MODULE: ./src/sweep/samplers/index.ts
/** Samplers: propose the next configuration from the trials so far (see Sampler in ../types.ts). */





// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/sweep/space/validate.ts
/**
 * Turns the raw `sweep.space` of mlops.yml into a typed SearchSpace, or explains every problem in it.
 * Each problem names the parameter and field and says what to write instead; the first becomes a
 * located ConfigError (line and column through the config loader's `locate`), the rest ride along.
 *
 * Accepted per parameter (see ParamSpec in ../types.ts):
 *   { type: uniform, low, high, step? }      real; `min`/`max` are accepted for `low`/`high`
 *   { type: loguniform, low, high }          real, 0 < low < high, sampled on a log scale
 *   { type: int, low, high, step?, log? }    integers, both bounds inclusive
 *   { type: categorical, choices: [...] }
 *   { type: const, value }                   also a bare scalar: `epochs: 10`
 * plus `when: { other: value, ... }` on any of them.
 */




/** The sweep space is invalid; `problems` lists every problem, the message and location the first. */
class SpaceError extends errors/* ConfigError */.xL {
    problems;
    constructor(problems, location) {
        const [first, ...rest] = problems;
        const more = rest.length === 0 ? '' : `\n  ${rest.length} more problem(s) in sweep.space:\n${rest.map((p) => `  - ${p.message}`).join('\n')}`;
        super(`${first.message}${more}`, { location, hint: first.hint });
        this.problems = problems;
    }
}
const TYPES = ['uniform', 'loguniform', 'int', 'categorical', 'const'];
const FIELDS = {
    uniform: ['type', 'low', 'high', 'min', 'max', 'step', 'when'],
    loguniform: ['type', 'low', 'high', 'min', 'max', 'when'],
    int: ['type', 'low', 'high', 'min', 'max', 'step', 'log', 'when'],
    categorical: ['type', 'choices', 'when'],
    const: ['type', 'value', 'when'],
};
/** Dotted names become nested JSON for the user's command, so each segment is an identifier. */
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** A grid step that leaves more than this many points in one dimension is almost surely a typo. */
const MAX_STEPS = 1_000_000;
/** Validates `raw` and returns the typed space; throws SpaceError listing every problem. */
function parseSpace(raw, options = {}) {
    const { space, problems } = checkSpace(raw);
    if (problems.length > 0) {
        const first = problems[0];
        const keyPath = [...(options.path ?? ['sweep', 'space']), ...(first.param ? [first.param] : []), ...(first.field ? first.field.split('.') : [])];
        const located = options.locate?.(keyPath) ?? { file: options.file ?? 'mlops.yml' };
        throw new SpaceError(problems, { ...located, key: keyPath.join('.') });
    }
    return space;
}
/** Validates `raw` without throwing: the space built from the valid entries, and every problem. */
function checkSpace(raw) {
    const problems = [];
    const space = {};
    if (!(0,json/* isRecord */.u4)(raw) || Object.keys(raw).length === 0) {
        problems.push({
            param: '',
            message: 'sweep.space must be a mapping of parameter names to their ranges, with at least one parameter.',
            hint: 'Write e.g. `space: { lr: { type: loguniform, low: 1e-4, high: 0.1 } }`.',
        });
        return { space, problems };
    }
    for (const [name, entry] of Object.entries(raw)) {
        const spec = checkParam(name, entry, problems);
        if (spec)
            space[name] = spec;
    }
    checkNames(Object.keys(raw), problems);
    checkConditions(space, problems);
    return { space, problems };
}
function checkParam(name, entry, problems) {
    const add = (field, message, hint) => {
        problems.push({ param: name, field, message: `sweep.space.${name}${field ? `.${field}` : ''}: ${message}`, hint });
        return undefined;
    };
    if (!NAME.test(name)) {
        add(undefined, `"${name}" is not a usable parameter name.`, 'Use letters, digits, _ and -, with dots only to nest (`model.depth`).');
    }
    // A bare scalar is a constant: `epochs: 10`.
    if (isScalar(entry))
        return { type: 'const', value: entry };
    if (!(0,json/* isRecord */.u4)(entry)) {
        return add(undefined, 'must be a mapping with a `type`, or a constant value.', 'Write e.g. `{ type: uniform, low: 0, high: 1 }`.');
    }
    const type = entry.type;
    if (typeof type !== 'string' || !TYPES.includes(type)) {
        return add('type', type === undefined ? 'has no `type`.' : `unknown type ${JSON.stringify(type)}.`, `Use one of ${TYPES.join(', ')}${type === 'float' || type === 'real' ? ' (a real range is `uniform`)' : ''}${type === 'log' || type === 'loguniform_int' ? ' (or `int` with `log: true`)' : ''}.`);
    }
    const kind = type;
    const before = problems.length;
    for (const field of Object.keys(entry)) {
        if (!FIELDS[kind].includes(field)) {
            add(field, `\`${field}\` is not a field of a ${kind} parameter.`, `Remove it; a ${kind} parameter takes ${FIELDS[kind].filter((f) => f !== 'type' && f !== 'min' && f !== 'max').join(', ')}.`);
        }
    }
    const when = checkWhen(entry.when, add);
    if (kind === 'categorical') {
        const choices = entry.choices;
        if (!Array.isArray(choices) || choices.length === 0) {
            return add('choices', 'needs a non-empty list of `choices`.', 'List the values to try, e.g. `choices: [adam, sgd]`.');
        }
        const bad = choices.findIndex((choice) => !isScalar(choice));
        if (bad >= 0)
            return add(`choices`, `choice ${bad + 1} is not a string, number or boolean.`, 'Each choice must be a plain value.');
        const seen = new Set();
        for (const choice of choices) {
            const key = JSON.stringify(choice);
            if (seen.has(key))
                add('choices', `the choice ${key} is listed twice.`, 'List each value once.');
            seen.add(key);
        }
        return problems.length > before ? undefined : withWhen({ type: 'categorical', choices: choices }, when);
    }
    if (kind === 'const') {
        if (!isScalar(entry.value))
            return add('value', 'needs a `value` (a string, number or boolean).', 'Write e.g. `{ type: const, value: 10 }`.');
        return problems.length > before ? undefined : withWhen({ type: 'const', value: entry.value }, when);
    }
    const low = bound(entry, 'low', 'min', add);
    const high = bound(entry, 'high', 'max', add);
    if (low === undefined || high === undefined)
        return undefined;
    const lowField = 'low' in entry ? 'low' : 'min';
    const highField = 'high' in entry ? 'high' : 'max';
    if (low > high) {
        return add(lowField, `${lowField} (${low}) is above ${highField} (${high}).`, `Swap them, or make ${lowField} at most ${highField}.`);
    }
    if (low === high && kind !== 'int') {
        add(highField, `${lowField} and ${highField} are both ${low}, so there is nothing to search.`, `Widen the range, or use \`{ type: const, value: ${low} }\`.`);
    }
    const log = kind === 'loguniform' || (kind === 'int' && entry.log === true);
    if (kind === 'int' && entry.log !== undefined && typeof entry.log !== 'boolean')
        add('log', '`log` must be true or false.', 'Write `log: true` to search on a log scale.');
    if (log && low <= 0) {
        add(lowField, `a log-scale range needs ${lowField} above 0 (it is ${low}).`, `Use a positive ${lowField} such as ${kind === 'int' ? 1 : '1e-6'}, or a linear type (\`uniform\` / \`int\` without log).`);
    }
    if (kind === 'int') {
        if (!Number.isInteger(low))
            add(lowField, `an int range needs whole-number bounds (${lowField} is ${low}).`, `Use ${Math.ceil(low)}, or type \`uniform\` for real values.`);
        if (!Number.isInteger(high))
            add(highField, `an int range needs whole-number bounds (${highField} is ${high}).`, `Use ${Math.floor(high)}, or type \`uniform\` for real values.`);
    }
    let step;
    if (entry.step !== undefined) {
        step = typeof entry.step === 'number' && Number.isFinite(entry.step) ? entry.step : NaN;
        if (!(step > 0)) {
            add('step', `step must be a number above 0 (it is ${JSON.stringify(entry.step)}).`, 'Use a positive step, or remove it for a continuous range.');
        }
        else if (kind === 'int' && !Number.isInteger(step)) {
            add('step', `an int step must be a whole number (it is ${step}).`, `Use ${Math.max(1, Math.round(step))}.`);
        }
        else if (step > high - low && high > low) {
            add('step', `step ${step} is larger than the range ${low}..${high}, so only ${lowField} could ever be tried.`, `Use a step of at most ${high - low}.`);
        }
        else if ((high - low) / step > MAX_STEPS) {
            add('step', `step ${step} makes ${(0,format/* groupDigits */.K)(Math.floor((high - low) / step))} values; that is not a grid anyone can walk.`, 'Use a larger step, or remove it for a continuous range.');
        }
        else if (!divides(high - low, step)) {
            const last = low + Math.floor((high - low) / step + 1e-9) * step;
            add('step', `step ${step} does not divide ${low}..${high} evenly (the last value would be ${round12(last)}, not ${high}).`, `Change ${highField} to ${round12(last)} or ${round12(last + step)}, or pick a step that divides the range.`);
        }
        if (kind === 'int' && log && step !== 1 && step > 0)
            add('step', 'an int range cannot have both `log: true` and a step other than 1.', 'Remove `step` or `log`.');
    }
    if (problems.length > before)
        return undefined;
    let spec;
    if (kind === 'uniform')
        spec = step === undefined ? { type: 'uniform', low, high } : { type: 'uniform', low, high, step };
    else if (kind === 'loguniform')
        spec = { type: 'loguniform', low, high };
    else
        spec = { type: 'int', low, high, ...(step !== undefined && step !== 1 ? { step } : {}), ...(log ? { log: true } : {}) };
    return withWhen(spec, when);
}
function bound(entry, name, alias, add) {
    if (name in entry && alias in entry)
        return add(alias, `has both \`${name}\` and \`${alias}\`.`, `Keep one of them (\`${alias}\` is another name for \`${name}\`).`);
    const field = name in entry ? name : alias;
    const value = entry[field];
    if (value === undefined)
        return add(name, `needs \`${name}\`.`, `Add the ${name === 'low' ? 'lowest' : 'highest'} value to try, e.g. \`${name}: ${name === 'low' ? 0 : 1}\`.`);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        return add(field, `${field} must be a finite number (it is ${JSON.stringify(value)}).`, `Write a number${typeof value === 'string' ? ' without quotes' : ''}.`);
    }
    return value;
}
function checkWhen(when, add) {
    if (when === undefined)
        return undefined;
    if (!(0,json/* isRecord */.u4)(when) || Object.keys(when).length === 0) {
        return add('when', '`when` must map other parameters to the values that switch this one on.', 'Write e.g. `when: { optimizer: sgd }`.');
    }
    for (const [other, value] of Object.entries(when)) {
        if (!isScalar(value))
            return add(`when.${other}`, `the condition on ${other} must be one value.`, 'Write e.g. `when: { optimizer: sgd }`.');
    }
    return when;
}
/** `when` must name a known parameter and a value it can take, and conditions must not loop. */
function checkConditions(space, problems) {
    for (const [name, spec] of Object.entries(space)) {
        for (const [other, value] of Object.entries(spec.when ?? {})) {
            const field = `when.${other}`;
            const target = space[other];
            const fail = (message, hint) => problems.push({ param: name, field, message: `sweep.space.${name}.${field}: ${message}`, hint });
            if (other === name)
                fail(`${name} cannot depend on itself.`, 'Remove this condition.');
            else if (!target) {
                fail(`\`when\` names ${other}, which is not a parameter of the space.`, `Use one of ${Object.keys(space).filter((n) => n !== name).join(', ') || '(none)'}, or define ${other}.`);
            }
            else if (!canTake(target, value)) {
                fail(`${other} can never be ${JSON.stringify(value)} (${describe(target)}), so ${name} would never be used.`, `Use a value ${other} can take.`);
            }
        }
    }
    const order = dependencyOrder(space);
    if (order.cycle) {
        const [first] = order.cycle;
        problems.push({
            param: first,
            field: 'when',
            message: `sweep.space.${first}.when: conditions form a loop (${[...order.cycle, first].join(' -> ')}).`,
            hint: 'A parameter can only depend on parameters that do not depend on it; remove one condition.',
        });
    }
}
/** `model` and `model.depth` cannot both exist: the command receives nested JSON. */
function checkNames(names, problems) {
    const set = new Set(names);
    for (const name of names) {
        const segments = name.split('.');
        for (let i = 1; i < segments.length; i++) {
            const parent = segments.slice(0, i).join('.');
            if (set.has(parent)) {
                problems.push({
                    param: name,
                    message: `sweep.space.${name}: ${parent} is also a parameter, so ${name} cannot nest under it.`,
                    hint: `Rename one of them (e.g. ${parent}.value and ${name}).`,
                });
            }
        }
    }
}
function canTake(spec, value) {
    switch (spec.type) {
        case 'categorical':
            return spec.choices.some((choice) => choice === value);
        case 'const':
            return spec.value === value;
        case 'int': {
            if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.low || value > spec.high)
                return false;
            return divides(value - spec.low, spec.step ?? 1);
        }
        default:
            if (typeof value !== 'number' || value < spec.low || value > spec.high)
                return false;
            return spec.type === 'uniform' && spec.step !== undefined ? divides(value - spec.low, spec.step) : true;
    }
}
function describe(spec) {
    switch (spec.type) {
        case 'categorical':
            return `its choices are ${spec.choices.map((c) => JSON.stringify(c)).join(', ')}`;
        case 'const':
            return `it is always ${JSON.stringify(spec.value)}`;
        default:
            return `it ranges over ${spec.low}..${spec.high}${'step' in spec && spec.step ? ` in steps of ${spec.step}` : ''}`;
    }
}
function withWhen(spec, when) {
    return when ? { ...spec, when } : spec;
}
/** `span` is a whole multiple of `step`, up to floating-point noise (0.1 steps over 0..1). */
function divides(span, step) {
    const ratio = span / step;
    return Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, Math.abs(ratio));
}
function round12(x) {
    return Number(x.toPrecision(12));
}
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

;// CONCATENATED MODULE: ./src/sweep/space/index.ts
/** The search space: validation, conditions, unit-cube transforms, grids and configuration keys. */






// EXTERNAL MODULE: ./src/sweep/trial/index.ts + 4 modules
var trial = __webpack_require__(81274);
;// CONCATENATED MODULE: ./src/sweep/plan-sweep.ts










const DEFAULT_SWEEP_OUT = '.mlops/sweep';
async function planSweep(request) {
    const loaded = await (0,config_config/* loadConfig */.Z)(external_node_path_default().resolve(request.cwd, request.config));
    const { config } = loaded;
    if (!config.train && !request.command) {
        throw new errors/* ConfigError */.xL(`${loaded.file} has no train section: train-and-sweep does not know what to run.`, {
            location: { file: loaded.file, line: 1, column: 1, key: 'train' },
            hint: 'Add `train: { command: "python train.py" }` (the command runs once per trial; see the README for the trial protocol).',
        });
    }
    const sweep = config.sweep;
    if (!sweep) {
        throw new errors/* ConfigError */.xL(`${loaded.file} has no sweep section: there is no metric to optimise or space to search.`, {
            location: { file: loaded.file, line: 1, column: 1, key: 'sweep' },
            hint: 'Add `sweep: { metric: { name: accuracy, goal: maximize }, space: { lr: { type: loguniform, low: 0.0001, high: 0.1 } } }`.',
        });
    }
    const space = parseSpace(sweep.space, { file: loaded.file, locate: (p) => loaded.source.locate(p) });
    const command = request.command ?? config.train.command;
    const workdir = external_node_path_default().resolve(loaded.dir, config.train?.workdir ?? '.');
    (0,trial/* checkCommand */.em)(command, Object.keys(space), { cwd: workdir, location: request.command ? undefined : locate(loaded, ['train', 'command']) });
    const positive = (value, option) => {
        if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
            throw new errors/* InputError */.dz(`${option} must be a whole number of at least 1, not ${value}.`, { hint: `For example ${option} 4.` });
        }
        return value;
    };
    return {
        name: config.name,
        configFile: loaded.file,
        command,
        workdir,
        timeoutSeconds: config.train?.timeout ?? 3600,
        retries: config.train?.retries ?? 0,
        env: config.train?.env ?? {},
        space,
        objective: { metric: sweep.metric.name, goal: sweep.metric.goal, target: sweep.metric.target },
        method: request.method ?? sweep.method ?? 'tpe',
        trials: positive(request.trials, '--trials') ?? sweep.trials ?? 20,
        parallel: positive(request.parallel, '--parallel') ?? sweep.parallel ?? Math.max(1, external_node_os_default().availableParallelism()),
        seed: request.seed ?? sweep.seed ?? 0,
        maxFailedShare: sweep.max_failed_share ?? 1,
        pruner: sweep.pruner,
        resume: request.resume ?? false,
        // The path rule (config/paths.ts): options against cwd, defaults beside mlops.yml.
        outDir: (0,paths/* projectPath */.D)(request.out, { cwd: request.cwd, projectDir: loaded.dir }, DEFAULT_SWEEP_OUT),
        recordFile: (0,paths/* projectPath */.D)(request.record, { cwd: request.cwd, projectDir: loaded.dir }, record/* DEFAULT_RECORD_FILE */.z7),
        matrix: { shards: sweep.matrix?.shards ?? 4, rounds: sweep.matrix?.rounds ?? 1 },
        origins: { method: originOf(loaded, request.method, sweep.method, 'method'), seed: originOf(loaded, request.seed, sweep.seed, 'seed') },
        metricKeys: {
            objective: locate(loaded, ['sweep', 'metric', 'name']),
            pruner: sweep.pruner?.metric === undefined || sweep.pruner.type === 'none' ? undefined : locate(loaded, ['sweep', 'pruner', 'metric']),
        },
    };
}
function originOf(loaded, option, configured, key) {
    if (option !== undefined)
        return { from: 'option' };
    if (configured !== undefined)
        return { from: 'config', location: locate(loaded, ['sweep', key]) };
    return { from: 'default' };
}
function locate(loaded, keys) {
    return { ...loaded.source.locate(keys), key: keys.join('.') };
}
/** The sampler of a method. Grid walks its points in a seeded order; TPE and GP start with random trials. */
function samplerFor(plan) {
    switch (plan.method) {
        case 'grid':
            return new GridSampler({ seed: plan.seed });
        case 'random':
            return new RandomSampler();
        case 'tpe':
            return new TpeSampler();
        case 'gp':
            return new GpSampler();
    }
}
/**
 * The pruner of the sweep, judging its own metric when `pruner.metric` names one (a trainer may report
 * `eval_loss` per epoch and `accuracy` at the end).
 */
function prunerFor(plan) {
    const config = plan.pruner;
    if (!config || config.type === 'none')
        return new NopPruner();
    const inner = config.type === 'median'
        ? new MedianPruner({ nStartupTrials: config.startup_trials, nWarmupSteps: config.warmup_steps })
        : new AshaPruner({ minResource: config.min_resource, reductionFactor: config.reduction_factor });
    const objective = { metric: config.metric ?? plan.objective.metric, goal: config.goal ?? plan.objective.goal };
    return { name: inner.name, shouldPrune: (_objective, trial, finished) => inner.shouldPrune(objective, trial, finished) };
}


/***/ }),

/***/ 27589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ SeededRandom),
/* harmony export */   BE: () => (/* binding */ asSeeded),
/* harmony export */   sk: () => (/* binding */ createRandom)
/* harmony export */ });
/** A seeded PRNG (sfc32, 128-bit state) with helpers and label-derived independent streams. */
class SeededRandom {
    /** The textual seed this stream was made from; `fork` derives children from it, not from the state. */
    key;
    a;
    b;
    c;
    d;
    constructor(seed) {
        this.key = String(seed);
        [this.a, this.b, this.c, this.d] = hash128(this.key);
        // sfc32 mixes poorly in its first outputs when seeded with close states; discard a few.
        for (let i = 0; i < 15; i++)
            this.nextUint32();
    }
    /**
     * An independent stream named by `label` (e.g. the trial number). It depends only on this stream's
     * seed and the label, never on how many numbers were drawn, so shards and resumes agree.
     */
    fork(label) {
        return new SeededRandom(`${this.key}/${label}`);
    }
    /** Uniform 32-bit unsigned integer. */
    nextUint32() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return t >>> 0;
    }
    /** Uniform in [0, 1) with 53 bits of precision. */
    next() {
        const high = this.nextUint32() >>> 5; // 27 bits
        const low = this.nextUint32() >>> 6; // 26 bits
        return (high * 67108864 + low) / 9007199254740992;
    }
    /** Uniform in [low, high). */
    uniform(low, high) {
        return low + (high - low) * this.next();
    }
    /** Uniform integer in [0, n). */
    int(n) {
        return Math.min(n - 1, Math.floor(this.next() * n));
    }
    /** Standard normal (Box-Muller; one value per call keeps the stream easy to reason about). */
    normal(mean = 0, sd = 1) {
        let u = this.next();
        while (u === 0)
            u = this.next();
        const v = this.next();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** One element of `items` (non-empty). */
    pick(items) {
        return items[this.int(items.length)];
    }
    /** An index drawn with probability proportional to `weights` (non-negative, not all zero). */
    weighted(weights) {
        let total = 0;
        for (const w of weights)
            total += w;
        let u = this.next() * total;
        for (let i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0)
                return i;
        }
        return weights.length - 1;
    }
    /** A shuffled copy of `items` (Fisher-Yates). */
    shuffle(items) {
        const copy = items.slice();
        for (let i = copy.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            [copy[i], copy[j]] = [copy[j], copy[i]];
        }
        return copy;
    }
}
/** A seeded stream; `createRandom(seed).fork(trialNumber)` is the usual way to get a trial's stream. */
function createRandom(seed) {
    return new SeededRandom(seed);
}
/** Uses `random`'s helpers when it is a SeededRandom, else wraps any `Random` (a test double). */
function asSeeded(random) {
    if (random instanceof SeededRandom)
        return random;
    return new WrappedRandom(random);
}
class WrappedRandom extends SeededRandom {
    inner;
    constructor(inner) {
        super('wrapped');
        this.inner = inner;
    }
    next() {
        return this.inner.next();
    }
}
/** cyrb128: a fast string hash to four 32-bit words, used only to seed sfc32. */
function hash128(text) {
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (let i = 0; i < text.length; i++) {
        const k = text.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 | 0, h2 | 0, h3 | 0, h4 | 0];
}


/***/ }),

/***/ 37516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ runTrials),
/* harmony export */   Kn: () => (/* binding */ writeOutputs),
/* harmony export */   MI: () => (/* binding */ runSweep),
/* harmony export */   Uf: () => (/* binding */ checkFailures),
/* harmony export */   W9: () => (/* binding */ sweepFiles),
/* harmony export */   s9: () => (/* binding */ createJournal)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/* harmony import */ var _journal_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3980);
/* harmony import */ var _plan_sweep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24715);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27589);
/* harmony import */ var _study_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(12557);
/* harmony import */ var _trial_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(81274);
/* harmony import */ var _sweep_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(88963);
/* harmony import */ var _record_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60134);












/** The sweep failed as a whole (every trial, or more than the allowed share, failed). */
class SweepFailedError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
}
/** Where a sweep writes: the journal, one folder per trial, and the result tables. */
function sweepFiles(outDir) {
    return {
        journal: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, 'journal.jsonl'),
        trials: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, 'trials'),
        trialsCsv: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, 'trials.csv'),
        trialsJson: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, 'trials.json'),
        best: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, 'best.json'),
        record: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, _record_index_js__WEBPACK_IMPORTED_MODULE_9__/* .SWEEP_RECORD_FILE */ .wL),
    };
}
/** Digest of everything in the plan that defines the sweep (informational, in the journal header). */
function configDigest(plan) {
    const defining = { command: plan.command, space: plan.space, objective: plan.objective, method: plan.method, seed: plan.seed };
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalJson */ .dj)(defining)).digest('hex')}`;
}
/**
 * A local sweep: trials of the user's command, `parallel` at a time, recorded in the journal before
 * and after each one, so a crashed or cancelled sweep resumes where it stopped (`plan.resume`, the
 * default when a journal of the same study exists). Writes the trials table, the best trial and the
 * run record's sweep part; fails only when too many trials failed.
 */
async function runSweep(asked, logger) {
    const files = sweepFiles(asked.outDir);
    const { plan, history, writer } = await openJournal(asked, files, logger);
    const { result, halted } = await study(plan, files.trials, writer, plan.trials, history, logger);
    const record = await writeOutputs(plan, result, files);
    // The sweep part tells the later stages about this sweep, failed or not (then without a best trial to register).
    await (0,_record_index_js__WEBPACK_IMPORTED_MODULE_9__/* .writeSweepPart */ .Db)(plan.recordFile, record, process.env);
    if (halted)
        throw halted;
    checkFailures(plan, result, files.trials);
    return { result, record, files };
}
/**
 * The journal to go on with (`plan.resume` and one exists) or a new one. A resumed sweep keeps its
 * journal's method and seed (resume.ts refuses to change them, so the record never disagrees with the
 * journal); its trial budget may grow (the new trials run) or shrink (no new trial runs; the finished
 * ones all stay in the results).
 */
async function openJournal(plan, files, logger) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(files.journal) || !plan.resume) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(files.journal))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(plan.outDir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(plan.outDir, { recursive: true });
        return { plan, history: { finished: [], unfinished: [] }, writer: createJournal(plan, files.journal, `${plan.name}-${Date.now().toString(36)}`, configDigest(plan)) };
    }
    let journal;
    try {
        journal = (0,_journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readJournal */ .a0)(files.journal, { expect: { space: plan.space, objective: plan.objective }, logger });
    }
    catch (error) {
        if (!(error instanceof _journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalError */ .k))
            throw error;
        throw new _journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalError */ .k(error.message, {
            location: error.location,
            hint: `${(error.hint ?? 'Start a new sweep').replace(/\.?$/, '.')} To start over, run \`mlops sweep --fresh\` (action input resume: false); to keep this sweep, pass another --out (action input out).`,
        });
    }
    const resumed = { ...plan, ...(0,_journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .resumeSettings */ .nq)(journal.header, plan, files.journal) };
    const done = journal.finished.length;
    const budget = done >= resumed.trials
        ? `it already holds ${done} finished trials, at least the ${resumed.trials} asked for: no trial runs, and the results keep all ${done}`
        : `${done} finished, ${journal.unfinished.length} to run again, ${resumed.trials} in all`;
    logger.info(`Resuming the sweep in ${files.journal} (method ${resumed.method}, seed ${resumed.seed}): ${budget}.`);
    return {
        plan: resumed,
        history: { finished: journal.finished, unfinished: journal.unfinished.map(({ number, params }) => ({ number, params })) },
        writer: _journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalWriter */ .Zx.resume(files.journal),
    };
}
/** A new journal for the plan's study. */
function createJournal(plan, file, sweepId, digest) {
    return _journal_index_js__WEBPACK_IMPORTED_MODULE_5__/* .JournalWriter */ .Zx.create(file, {
        sweepId,
        configDigest: digest,
        space: plan.space,
        objective: { metric: plan.objective.metric, goal: plan.objective.goal },
        seed: plan.seed,
        method: plan.method,
    });
}
/** The study of a plan (see {@link study}); a metric name of mlops.yml that trials do not write is a located error. */
async function runTrials(plan, trialsDir, writer, trials, history, logger) {
    const { result, halted } = await study(plan, trialsDir, writer, trials, history, logger);
    if (halted)
        throw halted;
    return result;
}
/**
 * The study of a plan: its sampler, pruner and seeded streams, trials run with the protocol, progress
 * logged. It halts (no new trial starts, running ones finish) after the first trial that wrote
 * metrics without one that mlops.yml names: the error comes back with the trials run so far.
 */
async function study(plan, trialsDir, writer, trials, history, logger) {
    const started = Date.now();
    const base = (0,_random_js__WEBPACK_IMPORTED_MODULE_7__/* .createRandom */ .sk)(plan.seed);
    const halt = {};
    const settings = {
        space: plan.space,
        objective: plan.objective,
        parallel: plan.parallel,
        maxFailedShare: plan.maxFailedShare,
        trials,
        // A halted study starts no new trial; the record says why it ended short of its budget.
        stop: () => (halt.error ? `${halt.error.location?.key ?? 'a metric name of mlops.yml'} names a metric the trials do not write` : undefined),
    };
    const result = await (0,_study_js__WEBPACK_IMPORTED_MODULE_10__/* .runStudy */ .$4)(settings, (0,_plan_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .samplerFor */ .I6)(plan), (0,_plan_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .prunerFor */ ._h)(plan), trialExecutor(plan, trialsDir, logger, halt), writer, (number) => base.fork(number), history, (event) => progress(event, plan, trials, started, logger));
    return { result, halted: halt.error };
}
/**
 * Runs each trial of the sweep with the trial protocol, in `trialsDir/<number>`; the first trial that
 * misses a metric name of mlops.yml sets `halt.error`.
 */
function trialExecutor(plan, trialsDir, logger, halt) {
    const expected = {
        objective: { name: plan.objective.metric, location: plan.metricKeys.objective },
        pruner: plan.metricKeys.pruner && plan.pruner?.metric !== undefined ? { name: plan.pruner.metric, location: plan.metricKeys.pruner } : undefined,
    };
    let warned = false;
    return async ({ number, params }, shouldPrune) => {
        const intermediates = [];
        const outcome = await (0,_trial_index_js__WEBPACK_IMPORTED_MODULE_8__/* .runTrial */ .Wx)({
            command: plan.command,
            number,
            params,
            objective: plan.objective,
            dir: node_path__WEBPACK_IMPORTED_MODULE_3___default().join(trialsDir, String(number)),
            paramOrder: Object.keys(plan.space),
            seed: (0,_trial_index_js__WEBPACK_IMPORTED_MODULE_8__/* .trialSeed */ .IC)(plan.seed, number),
            cwd: plan.workdir,
            env: { ...process.env, ...plan.env },
            timeoutSeconds: plan.timeoutSeconds,
            retries: plan.retries,
            logger,
            onIntermediate: (step, values) => {
                intermediates.push({ step, values });
                return shouldPrune(intermediates);
            },
        });
        halt.error ??= (0,_trial_index_js__WEBPACK_IMPORTED_MODULE_8__/* .missingMetricError */ .r8)(outcome, expected);
        if (plan.pruner && plan.pruner.type !== 'none' && outcome.state === 'complete' && outcome.intermediates.length === 0 && !warned) {
            warned = true;
            logger.warning(`trial ${number} reported no intermediate metrics: the pruner (sweep.pruner) has nothing to judge; print \`mlops:metric {"step": 1, "${expected.pruner?.name ?? plan.objective.metric}": ...}\` lines to use it`);
        }
        const { logFile: _log, notes: _notes, written: _written, ...trial } = outcome;
        return trial;
    };
}
/** Fails the sweep when every trial, or more than the allowed share, failed. */
function checkFailures(plan, result, trialsDir) {
    const failed = result.trials.filter((t) => t.state === 'failed');
    if (result.trials.length > 0 && (failed.length === result.trials.length || failed.length / result.trials.length > plan.maxFailedShare)) {
        throw new SweepFailedError(`${failed.length} of ${result.trials.length} trials failed${failed.length === result.trials.length ? ' (all of them)' : ` (more than the allowed share ${plan.maxFailedShare})`}. First failure, trial ${failed[0].number}: ${failed[0].reason ?? 'no reason recorded'}`, { hint: `Read the trial logs under ${trialsDir}; run the command by hand with MLOPS_PARAMS set to see it fail.` });
    }
}
/** The trials table (CSV and JSON), the best trial and the sweep folder's own copy of the sweep part. */
async function writeOutputs(plan, result, files) {
    const tables = (0,_sweep_report_js__WEBPACK_IMPORTED_MODULE_11__/* .sweepTables */ ._)(plan, result);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.trialsCsv, tables.csv);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.trialsJson, JSON.stringify(result.trials, null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.best, JSON.stringify(tables.record.best ?? null, null, 2) + '\n');
    const record = { ...tables.record, trialsTable: files.trialsCsv, trialsJson: files.trialsJson };
    // sweep-record.json: the sweep part with its paths relative to the sweep folder (register's --from-sweep reads it).
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(files.record, JSON.stringify({ schemaVersion: 1, ...(0,_record_index_js__WEBPACK_IMPORTED_MODULE_9__/* .sweepPartFor */ .x8)(files.record, record) }, null, 2) + '\n');
    return record;
}
/** The longest failure reason a progress line shows (cut at a word). */
const REASON_WIDTH = 100;
function describeValue(trial, metric) {
    if (trial.state === 'failed')
        return `failed: ${(0,_trial_index_js__WEBPACK_IMPORTED_MODULE_8__/* .reasonLine */ .$E)(trial.reason, REASON_WIDTH) || 'no reason recorded'}`;
    if (trial.state === 'pruned')
        return `pruned at step ${trial.intermediates.at(-1)?.step ?? '?'}`;
    return `${metric} ${format(trial.value)}`;
}
function format(value) {
    return value === undefined ? '–' : Number(value.toPrecision(5)).toString();
}
function describeParams(params) {
    return Object.entries(params)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : v}`)
        .join(' ');
}
/**
 * One line per finished trial: the trial (by its number, as in trials/<number> and "best (trial n)"),
 * how many of the budget are done, its params and value, best so far, elapsed and time left.
 */
function progress(event, plan, total, started, logger) {
    if (event.kind === 'started') {
        logger.debug(`trial ${event.number} started: ${describeParams(event.params)}`);
        return;
    }
    const elapsed = (Date.now() - started) / 1000;
    const left = event.done < total ? (elapsed / event.done) * (total - event.done) : 0;
    const best = event.best ? `best ${format(event.best.value)} (trial ${event.best.number})` : 'no complete trial yet';
    logger.info(`trial ${event.trial.number} (${event.done}/${total} done) ${describeParams(event.trial.params)} -> ${describeValue(event.trial, plan.objective.metric)} · ${best} · ${elapsed.toFixed(1)} s, ~${left.toFixed(0)} s left`);
}


/***/ }),

/***/ 95398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ configKey)
/* harmony export */ });
/* unused harmony export nestParams */
/** `{"a":1,"b":"x"}` with keys sorted and numbers rounded to 12 significant digits. */
function configKey(params) {
    const keys = Object.keys(params).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(canonical(params[key]))}`).join(',')}}`;
}
function canonical(value) {
    if (typeof value !== 'number')
        return value;
    if (value === 0)
        return 0; // -0 and 0 are one configuration
    return Number(value.toPrecision(12));
}
/**
 * The params as nested JSON for the user's command: `{"model.depth": 3}` becomes
 * `{"model": {"depth": 3}}`. (The space rejects `model` beside `model.depth`, so nothing collides.)
 */
function nestParams(params) {
    const root = {};
    for (const key of Object.keys(params).sort()) {
        const segments = key.split('.');
        let node = root;
        for (const segment of segments.slice(0, -1)) {
            if (typeof node[segment] !== 'object' || node[segment] === null)
                node[segment] = {};
            node = node[segment];
        }
        node[segments[segments.length - 1]] = params[key];
    }
    return root;
}


/***/ }),

/***/ 12557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ runStudy),
/* harmony export */   TX: () => (/* binding */ proposeNew),
/* harmony export */   jH: () => (/* binding */ bestTrial)
/* harmony export */ });
/* unused harmony export better */
/* harmony import */ var _space_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95398);

/** Whether `a` is better than `b` for the objective. */
function better(objective, a, b) {
    return objective.goal === 'maximize' ? a > b : a < b;
}
/** The best complete trial (lowest number wins ties, so results are deterministic). */
function bestTrial(objective, trials) {
    let best;
    for (const t of [...trials].sort((x, y) => x.number - y.number)) {
        if (t.state !== 'complete' || t.value === undefined)
            continue;
        if (!best || better(objective, t.value, best.value))
            best = t;
    }
    return best;
}
/** The record of a trial whose run threw: failed, the error (with its first frames) as the reason. */
function crashedTrial(trial, startedAt, error) {
    const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 6).join('\n') : String(error);
    return {
        number: trial.number,
        params: trial.params,
        state: 'failed',
        metrics: {},
        intermediates: [],
        reason: `the sweep could not run this trial (a bug; please report it with this reason): ${text}`,
        attempts: 1,
        startedAt,
        seconds: (Date.now() - Date.parse(startedAt)) / 1000,
    };
}
function reached(objective, best) {
    if (objective.target === undefined || best?.value === undefined)
        return false;
    return objective.goal === 'maximize' ? best.value >= objective.target : best.value <= objective.target;
}
/**
 * Asks `sampler` for a configuration not in `seen` (a sampler may propose one already tried: grids
 * end, TPE converges), a bounded number of times; adds it to `seen`. Undefined: the space is exhausted.
 */
function proposeNew(sampler, settings, known, running, random, seen) {
    for (let attempt = 0; attempt < 100; attempt++) {
        const params = sampler.suggest(settings.space, settings.objective, known, running, random);
        const key = (0,_space_key_js__WEBPACK_IMPORTED_MODULE_0__/* .configKey */ .u)(params);
        if (seen.has(key))
            continue;
        seen.add(key);
        return params;
    }
    return undefined;
}
/**
 * The sweep loop, written once over its collaborators (Optuna's Study): keeps `parallel` trials
 * running, asks the sampler for each new configuration from every finished trial with the running
 * ones as context (the rule, and what it trades, above `propose`), never runs a configuration
 * twice, records every start and finish before acting on it, and stops at the trial budget, the
 * target value, or when the sampler has nothing new (a finished grid).
 */
async function runStudy(settings, sampler, pruner, execute, recorder, randomFor, history = { finished: [], unfinished: [] }, onEvent = () => { }) {
    const finished = [...history.finished];
    const queue = [...history.unfinished];
    const planned = history.planned;
    let taken = 0;
    const elsewhere = history.elsewhere ?? { finished: [], running: [] };
    const seen = new Set([...finished, ...queue, ...elsewhere.finished, ...elsewhere.running].map((t) => (0,_space_key_js__WEBPACK_IMPORTED_MODULE_0__/* .configKey */ .u)(t.params)));
    const running = new Map();
    let next = Math.max(-1, ...finished.map((t) => t.number), ...queue.map((t) => t.number)) + 1;
    let stoppedEarly = reached(settings.objective, bestTrial(settings.objective, finished)) ? 'target reached' : undefined;
    let exhausted = false;
    /**
     * Trial n is proposed from every trial that has finished when it is proposed (with `elsewhere`'s
     * results), every trial started and not finished counting as running (the constant liar); it
     * never waits for a straggler, so no slot idles while another trial runs long. So trial 16 of a
     * 16-at-once sweep knows trials 0 to 15 when they have all finished, as each batch of Optuna's
     * knows every earlier one; proposing it from the trials numbered up to n - parallel only (so
     * that a seed gave the same trials whatever order they finished in) lost to Optuna at 16 at once
     * (README "Sweeps in parallel"). The trade: at parallel > 1 a seed gives the same trials only
     * when each trial is proposed with the same trials finished (the same finish order); one at a
     * time it always does, as before. Trial n is random while finished + running trials are fewer
     * than the sampler's startup (every trial before n is one or the other), so the first
     * nStartupTrials are the same at any parallelism and any finish order. With `planned` numbers a
     * slot keeps the plan's configuration until one of the study's own trials has finished (it
     * knows nothing the plan did not, and the other legs count on it as running); `elsewhere` adds
     * the earlier rounds' results, and the other legs' trials numbered before n as running.
     */
    const propose = () => {
        const resumed = queue.shift();
        if (resumed)
            return resumed;
        if (exhausted)
            return undefined;
        let number = next;
        let params;
        if (planned) {
            const slot = planned[taken];
            if (!slot)
                return undefined;
            number = slot.number;
            if (finished.length === 0)
                params = slot.params;
        }
        if (params)
            seen.add((0,_space_key_js__WEBPACK_IMPORTED_MODULE_0__/* .configKey */ .u)(params));
        else {
            // By number, not finish order: a sampler then sees the same lists for the same trials.
            const known = [...elsewhere.finished, ...[...finished].sort((a, b) => a.number - b.number)];
            const liars = [
                ...[...running].sort(([a], [b]) => a - b).map(([, p]) => p),
                ...elsewhere.running.filter((t) => t.number < number).map((t) => t.params),
            ];
            params = proposeNew(sampler, settings, known, liars, randomFor(number), seen);
        }
        if (!params) {
            exhausted = true;
            return undefined;
        }
        if (planned)
            taken++;
        else
            next++;
        return { number, params };
    };
    const inFlight = new Set();
    const start = (trial) => {
        running.set(trial.number, trial.params);
        recorder.started(trial.number, trial.params);
        onEvent({ kind: 'started', number: trial.number, params: trial.params, running: running.size });
        const startedAt = new Date().toISOString();
        // A trial's failure stays that trial's failure: should running it throw after all (the executor
        // answers failed trials itself, so this is a bug), it is recorded as failed, with the error, and
        // the sweep goes on. Otherwise the journal would keep it started and every resume would crash again.
        const run = Promise.resolve()
            .then(() => execute(trial, (intermediates) => pruner.shouldPrune(settings.objective, { number: trial.number, intermediates }, finished)))
            .catch((error) => crashedTrial(trial, startedAt, error));
        const promise = run.then((result) => {
            running.delete(trial.number);
            recorder.finished(result);
            finished.push(result);
            const best = bestTrial(settings.objective, finished);
            onEvent({ kind: 'finished', trial: result, best, done: finished.length, total: settings.trials });
            if (!stoppedEarly && reached(settings.objective, best))
                stoppedEarly = 'target reached';
            inFlight.delete(promise);
        });
        inFlight.add(promise);
    };
    for (;;) {
        stoppedEarly ??= settings.stop?.();
        while (!stoppedEarly && inFlight.size < settings.parallel && finished.length + inFlight.size < settings.trials) {
            const trial = propose();
            if (!trial)
                break;
            start(trial);
        }
        if (inFlight.size === 0)
            break;
        await Promise.race(inFlight);
    }
    if (!stoppedEarly && exhausted && finished.length < settings.trials)
        stoppedEarly = 'the search space has no untried configuration left';
    const trials = finished.sort((a, b) => a.number - b.number);
    return { trials, best: bestTrial(settings.objective, trials), stoppedEarly };
}


/***/ }),

/***/ 88963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sweepTables),
/* harmony export */   v: () => (/* binding */ sortByValue)
/* harmony export */ });
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36338);

/** CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value) {
    if (value === undefined || value === null)
        return '';
    const text = (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_0__/* .valueText */ .R)(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** The trials table (CSV, best first) and the run record of a finished sweep. */
function sweepTables(plan, result) {
    const trials = sortByValue(result.trials, plan.objective.goal);
    const params = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
    const metrics = [...new Set(trials.flatMap((t) => Object.keys(t.metrics)))].sort();
    const header = ['trial', 'state', 'value', ...params.map((p) => `param.${p}`), ...metrics.map((m) => `metric.${m}`), 'seconds', 'attempts', 'reason'];
    const rows = trials.map((t) => [t.number, t.state, t.value, ...params.map((p) => t.params[p]), ...metrics.map((m) => t.metrics[m]), t.seconds, t.attempts, t.reason]);
    const csv = [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
    const count = (state) => result.trials.filter((t) => t.state === state).length;
    const best = result.best;
    return {
        csv,
        record: {
            method: plan.method,
            seed: plan.seed,
            objective: plan.objective,
            space: plan.space,
            trials: { total: result.trials.length, complete: count('complete'), failed: count('failed'), pruned: count('pruned') },
            ...(result.stoppedEarly === undefined ? {} : { stoppedEarly: result.stoppedEarly }),
            best: best && best.value !== undefined ? { trial: best.number, value: best.value, params: best.params, metrics: best.metrics, outputDir: best.outputDir } : undefined,
        },
    };
}
/** Complete trials best first, then pruned, then failed; by number within each. */
function sortByValue(trials, goal) {
    const rank = (t) => (t.state === 'complete' ? 0 : t.state === 'pruned' ? 1 : 2);
    return [...trials].sort((a, b) => {
        if (rank(a) !== rank(b))
            return rank(a) - rank(b);
        if (rank(a) === 0 && a.value !== b.value)
            return goal === 'maximize' ? b.value - a.value : a.value - b.value;
        return a.number - b.number;
    });
}


/***/ }),

/***/ 37466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ renderCommand),
/* harmony export */   e: () => (/* binding */ checkCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);



/** The word `{args}` expands to. */
const ARGS = 'args';
const NAME = /^[A-Za-z0-9_.-]+$/;
/**
 * Checks a command before any trial runs: parameter names nest without clashes (not both `model`
 * and `model.depth`), every placeholder names a parameter of the space (or is
 * `{args}`), braces are balanced, the argv form is not empty and its program exists (on PATH or
 * relative to `cwd`) unless `argv[0]` itself holds a placeholder. The string form's program is not
 * looked up: the shell may define it (a function, `cd dir && ...`); a missing one fails the first
 * trial with exit code 127 instead. Throws a ConfigError saying what to change.
 */
function checkCommand(command, paramNames, options = {}) {
    const known = new Set(paramNames);
    const location = options.location;
    // MLOPS_PARAMS nests dotted names, so `model` and `model.depth` cannot both be parameters.
    for (const name of paramNames) {
        const parts = name.split('.');
        for (let i = 1; i < parts.length; i++) {
            const prefix = parts.slice(0, i).join('.');
            if (known.has(prefix)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`parameters ${prefix} and ${name} clash: MLOPS_PARAMS nests dotted names, so ${prefix} cannot be both a value and a group`, {
                    location,
                    hint: `rename one of them (e.g. ${prefix}.value)`,
                });
            }
        }
    }
    const where = (element) => (element === undefined ? 'the sweep command' : `element ${element} of the sweep command`);
    const checkParts = (parts, element) => {
        for (const part of parts) {
            if (part.kind === 'param' && !known.has(part.name)) {
                const names = paramNames.length > 0 ? paramNames.map((n) => `{${n}}`).join(', ') + ', {args}' : '{args}';
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unknown placeholder {${part.name}} at column ${part.column} of ${where(element)}`, {
                    location,
                    hint: `use one of ${names}, or write {{ and }} for literal braces (a shell variable is $VAR or \${{VAR}})`,
                });
            }
        }
    };
    if (typeof command === 'string') {
        if (command.trim() === '')
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('the sweep command is empty', { location, hint: 'write the command that trains one model' });
        checkParts(parseTemplate(command, location));
        return;
    }
    if (command.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('the sweep command is an empty list', { location, hint: 'write the program and its arguments' });
    command.forEach((element, index) => {
        const parts = parseTemplate(element, location, index);
        checkParts(parts, index);
        const args = parts.find((p) => p.kind === 'args');
        if (args && parts.length > 1) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`{args} must be an element of its own in the list form of the sweep command (element ${index}: ${JSON.stringify(element)})`, {
                location,
                hint: 'put {args} in its own list element; it expands to one element per parameter',
            });
        }
        if (index === 0 && args)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('the sweep command cannot start with {args}', { location, hint: 'put the program first' });
    });
    const program = command[0];
    if (!program.includes('{')) {
        const found = findExecutable(program, options.cwd ?? process.cwd(), options.env ?? process.env);
        if (!found) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`the sweep command's program ${JSON.stringify(program)} was not found`, {
                location,
                hint: program.includes('/') || program.includes((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))
                    ? `check the path (relative to ${options.cwd ?? process.cwd()}) and that the file is executable`
                    : 'install it or put its folder on PATH, or give its full path',
            });
        }
    }
}
/**
 * Fills in a command's placeholders for one trial. `paramOrder` is the order of `{args}` (the space's
 * keys); parameters missing from it follow in sorted order. Call {@link checkCommand} first: an
 * unknown placeholder here throws too.
 */
function renderCommand(command, params, paramOrder = [], platform = process.platform) {
    const ordered = orderedParams(params, paramOrder);
    if (typeof command === 'string') {
        const windows = platform === 'win32';
        const text = renderShell(parseTemplate(command), params, ordered, windows);
        if (windows) {
            const shell = process.env.ComSpec ?? 'cmd.exe';
            return { file: shell, args: ['/d', '/s', '/c', `"${text}"`], display: text, windowsVerbatimArguments: true };
        }
        return { file: '/bin/sh', args: ['-c', text], display: text };
    }
    const argv = [];
    command.forEach((element, index) => {
        const parts = parseTemplate(element, undefined, index);
        if (parts.length === 1 && parts[0].kind === 'args') {
            for (const [name, value] of ordered)
                argv.push(`--${name}=${formatValue(value)}`);
            return;
        }
        argv.push(parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'param' ? paramText(params, part.name) : '')).join(''));
    });
    return { file: argv[0], args: argv.slice(1), display: argv.map((a) => quoteBare(a)).join(' ') };
}
/** A parameter value as text on a command line. */
function formatValue(value) {
    return typeof value === 'string' ? value : String(value);
}
/** Quotes a word for /bin/sh outside any quotes; safe words stay bare. */
function quoteBare(text) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text))
        return text;
    return `'${text.replace(/'/g, `'\\''`)}'`;
}
function quoteFor(state, text, windows) {
    if (windows)
        return `"${text.replace(/"/g, '""')}"`;
    switch (state) {
        case 'bare':
            return text === '' ? "''" : quoteBare(text);
        case 'double':
            return text.replace(/[\\"$`]/g, (c) => `\\${c}`);
        case 'single':
            return text.replace(/'/g, `'\\''`);
    }
}
function renderShell(parts, params, ordered, windows) {
    let out = '';
    for (const { part, quote } of shellContexts(parts)) {
        if (part.kind === 'text')
            out += part.text;
        else if (part.kind === 'param')
            out += quoteFor(quote, paramText(params, part.name), windows);
        else
            out += ordered.map(([name, value]) => quoteFor(quote, `--${name}=${formatValue(value)}`, windows)).join(' ');
    }
    return out;
}
function paramText(params, name) {
    if (!Object.hasOwn(params, name)) {
        // Unknown names were rejected by checkCommand; a known one can be absent when conditional.
        return '';
    }
    return formatValue(params[name]);
}
function orderedParams(params, order) {
    const seen = new Set();
    const out = [];
    for (const name of order) {
        if (Object.hasOwn(params, name) && !seen.has(name)) {
            seen.add(name);
            out.push([name, params[name]]);
        }
    }
    for (const name of Object.keys(params).sort())
        if (!seen.has(name))
            out.push([name, params[name]]);
    return out;
}
/**
 * Tracks /bin/sh quoting through the literal text so each placeholder knows whether it sits bare, in
 * single or in double quotes. Placeholders themselves never change the state (their quoted output is
 * balanced).
 */
function shellContexts(parts) {
    let state = 'bare';
    let escaped = false;
    const out = [];
    for (const part of parts) {
        out.push({ part, quote: state });
        if (part.kind !== 'text') {
            escaped = false;
            continue;
        }
        for (const c of part.text) {
            if (escaped) {
                escaped = false;
                continue;
            }
            if (state === 'single') {
                if (c === "'")
                    state = 'bare';
            }
            else if (state === 'double') {
                if (c === '\\')
                    escaped = true;
                else if (c === '"')
                    state = 'bare';
            }
            else if (c === '\\')
                escaped = true;
            else if (c === "'")
                state = 'single';
            else if (c === '"')
                state = 'double';
        }
    }
    return out;
}
/** Splits a template into text and placeholders; throws a ConfigError on unbalanced braces. */
function parseTemplate(template, location, element) {
    const parts = [];
    let text = '';
    const where = element === undefined ? 'the sweep command' : `element ${element} of the sweep command`;
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '{' && template[i + 1] === '{') {
            text += '{';
            i++;
        }
        else if (c === '}' && template[i + 1] === '}') {
            text += '}';
            i++;
        }
        else if (c === '{') {
            const end = template.indexOf('}', i + 1);
            const name = end < 0 ? '' : template.slice(i + 1, end);
            if (end < 0 || !NAME.test(name)) {
                const shown = end < 0 ? template.slice(i, i + 20) : template.slice(i, end + 1);
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(end < 0 ? `unmatched "{" at column ${i + 1} of ${where}` : `unknown placeholder ${shown} at column ${i + 1} of ${where}`, { location, hint: 'write {{ and }} for literal braces (a shell variable is $VAR or ${{VAR}}); placeholders are {param.name} and {args}' });
            }
            if (text)
                parts.push({ kind: 'text', text });
            text = '';
            parts.push(name === ARGS ? { kind: 'args', column: i + 1 } : { kind: 'param', name, column: i + 1 });
            i = end;
        }
        else if (c === '}') {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`unmatched "}" at column ${i + 1} of ${where}`, { location, hint: 'write }} for a literal brace' });
        }
        else
            text += c;
    }
    if (text)
        parts.push({ kind: 'text', text });
    return parts;
}
/** Finds a program like the OS would: a path with a separator relative to `cwd`, else on PATH. */
function findExecutable(program, cwd, env) {
    const windows = process.platform === 'win32';
    const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
    const candidates = [];
    if (program.includes('/') || (windows && program.includes('\\'))) {
        candidates.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, program));
    }
    else {
        const pathVar = env.PATH ?? env.Path ?? '';
        for (const dir of pathVar.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)))
            if (dir)
                candidates.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, program));
    }
    for (const candidate of candidates) {
        for (const ext of extensions) {
            const file = candidate + ext;
            try {
                if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(file).isFile())
                    continue;
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().accessSync(file, windows ? (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).F_OK : (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).X_OK);
                return file;
            }
            catch {
                // not here
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 81274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  em: () => (/* reexport */ command/* checkCommand */.e),
  r8: () => (/* reexport */ missingMetricError),
  $E: () => (/* reexport */ reasonLine),
  Wx: () => (/* reexport */ runTrial),
  IC: () => (/* reexport */ trialSeed)
});

// EXTERNAL MODULE: ./src/sweep/trial/command.ts
var command = __webpack_require__(37466);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/sweep/trial/metrics.ts



/**
 * What a trial reports, and how it is read:
 *
 * Final metrics: the trial writes one mapping of metric names to numbers to $MLOPS_METRICS_FILE, as
 * JSON or YAML (`{"accuracy": 0.93, "loss": 0.21}` or `accuracy: 0.93`). Nested mappings flatten to
 * dotted names (`{"val": {"acc": 0.9}}` is `val.acc`). Non-finite values are read from every spelling a
 * trainer produces: YAML `.nan` / `.inf` / `-.inf`, and in JSON the strings `"NaN"`, `"Infinity"`,
 * `"-Infinity"` (also `"nan"`, `"inf"`) as well as the bare `NaN` / `Infinity` tokens Python's
 * `json.dump` writes. They are recognised only to say so precisely: a trial whose objective is NaN or
 * infinite fails ("objective metric loss is NaN"), because it cannot be ranked. Other metrics that are
 * not finite numbers (NaN, strings, booleans, null, lists) are dropped with a note: the journal keeps
 * numbers only. A numeric string ("0.93") is not a number: write numbers as numbers.
 *
 * Intermediate metrics: a line on stdout `mlops:metric {"step": 3, "loss": 0.41}` (or the same JSON
 * object, without the prefix, as a line appended to $MLOPS_METRICS_STREAM). `step` is an integer >= 0;
 * if absent, it is the previous step + 1 (0 first). The other finite numeric values are the
 * intermediate's values.
 */
/** The stdout prefix of an intermediate-metrics line. */
const METRIC_LINE_PREFIX = 'mlops:metric';
/**
 * The deepest nesting of mappings a metrics file or an intermediate report may have. Metric names
 * nest a few levels (`val.acc`); deeper text is refused before it is parsed, because the parsers and
 * the flattening below recurse (the `yaml` package even aborts the process at 10,000 levels).
 */
const METRICS_MAX_DEPTH = 100;
/** Parses a metrics file's text (JSON first, then YAML). `file` names it in messages. */
function parseMetricsText(text, file) {
    if (text.trim() === '')
        return { ok: false, reason: `metrics file ${file} is empty; write a mapping of metric names to numbers` };
    const tooDeep = { ok: false, reason: `metrics file ${file} is nested more than ${METRICS_MAX_DEPTH} levels deep; write a flat mapping of metric names to numbers` };
    if ((0,safe_read/* jsonDepth */.QV)(text, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH)
        return tooDeep;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (jsonError) {
        if ((0,safe_read/* yamlDepth */.VH)(text, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH)
            return tooDeep;
        try {
            data = (0,dist/* parse */.qg)(text, { prettyErrors: false });
        }
        catch (yamlError) {
            return { ok: false, reason: `metrics file is not JSON or YAML: ${file}: ${firstLine(jsonError)}; as YAML: ${firstLine(yamlError)}` };
        }
        // A scalar that YAML happily takes (a lone word, a Python repr) is garbage, not metrics.
        if (!isMapping(data)) {
            return { ok: false, reason: `metrics file is not JSON or YAML: ${file}: ${firstLine(jsonError)}; starts with ${JSON.stringify(text.slice(0, 40))}` };
        }
    }
    if (!isMapping(data)) {
        return { ok: false, reason: `metrics file ${file} holds ${describe(data)}, not a mapping of metric names to numbers` };
    }
    const raw = {};
    flatten(data, '', raw);
    const metrics = {};
    const dropped = {};
    for (const [name, value] of Object.entries(raw)) {
        const number = finiteNumber(value);
        if (number !== undefined)
            metrics[name] = number;
        else
            dropped[name] = describe(value);
    }
    return { ok: true, metrics, dropped, raw };
}
/**
 * Why a raw metric value cannot be an objective, or undefined when it is a finite number. Says which
 * non-number it is: `is NaN`, `is Infinity`, `is a string ("high")`, `is null`.
 */
function objectiveProblem(value) {
    if (finiteNumber(value) !== undefined)
        return undefined;
    return `is ${describe(value)}`;
}
/** A finite number, or undefined for everything else (NaN, infinities, strings, ...). */
function finiteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
/** Parses one intermediate report (the JSON after the prefix); a string says why it is not one. */
function parseIntermediate(json, previousStep) {
    if ((0,safe_read/* jsonDepth */.QV)(json, METRICS_MAX_DEPTH) > METRICS_MAX_DEPTH)
        return `nested more than ${METRICS_MAX_DEPTH} levels deep`;
    let data;
    try {
        data = JSON.parse(json);
    }
    catch (error) {
        return `not JSON (${firstLine(error)})`;
    }
    if (!isMapping(data))
        return `not a JSON object but ${describe(data)}`;
    let step;
    if (data.step === undefined)
        step = previousStep === undefined ? 0 : previousStep + 1;
    else if (typeof data.step === 'number' && Number.isInteger(data.step) && data.step >= 0)
        step = data.step;
    else
        return `"step" must be an integer >= 0, not ${JSON.stringify(data.step)}`;
    const flat = {};
    flatten(data, '', flat);
    const values = {};
    for (const [name, value] of Object.entries(flat)) {
        if (name === 'step')
            continue;
        const number = finiteNumber(value);
        if (number !== undefined)
            values[name] = number;
    }
    return { step, values };
}
/**
 * Parameters as the trial's MLOPS_PARAMS sees them: nested by dotted names
 * (`{"model.depth": 3, "lr": 0.1}` is `{"model": {"depth": 3}, "lr": 0.1}`). A name that is both a
 * value and a prefix (`model` and `model.depth`) cannot nest: throws.
 */
function nestParams(params) {
    const root = {};
    for (const name of Object.keys(params)) {
        const keys = name.split('.');
        let node = root;
        for (let i = 0; i < keys.length - 1; i++) {
            const next = node[keys[i]];
            if (next === undefined)
                node = node[keys[i]] = {};
            else if (isMapping(next))
                node = next;
            else
                throw new errors/* ConfigError */.xL(`parameter ${name} nests under ${keys.slice(0, i + 1).join('.')}, which is itself a parameter`);
        }
        const last = keys[keys.length - 1];
        if (node[last] !== undefined)
            throw new errors/* ConfigError */.xL(`parameter ${keys.slice(0, -1).join('.') || name} is both a value and a group of parameters`);
        node[last] = params[name];
    }
    return root;
}
/** The non-finite numbers trainers write as text, recognised so reasons can name them. */
const NON_FINITE = {
    nan: NaN,
    infinity: Infinity,
    '+infinity': Infinity,
    '-infinity': -Infinity,
    inf: Infinity,
    '+inf': Infinity,
    '-inf': -Infinity,
};
function flatten(value, prefix, out) {
    for (const [key, inner] of Object.entries(value)) {
        const name = prefix + key;
        if (isMapping(inner))
            flatten(inner, `${name}.`, out);
        else if (typeof inner === 'string' && Object.hasOwn(NON_FINITE, inner.toLowerCase()))
            out[name] = NON_FINITE[inner.toLowerCase()];
        else
            out[name] = inner;
    }
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'number' && Number.isFinite(value))
        return `a number (${value})`;
    if (typeof value === 'number')
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    if (typeof value === 'string')
        return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value)})`;
    if (typeof value === 'boolean')
        return `a boolean (${value})`;
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
function firstLine(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

// EXTERNAL MODULE: ./src/sweep/trial/process-tree.ts
var process_tree = __webpack_require__(54163);
;// CONCATENATED MODULE: ./src/sweep/trial/reason.ts
/**
 * A failed trial's reason is a summary line, then (for a command that failed) the last lines of its
 * stderr, indented (see run-trial.ts). Progress lines and tables show one line of it: the summary with
 * the last stderr line in brackets, cut at a word boundary with an ellipsis.
 */
/** What joins a reason's summary to its stderr tail. */
const STDERR_TAIL_INTRO = '; last lines of stderr:';
/** The reason of a failed attempt: the summary, and the stderr tail when there is one. */
function failureReason(summary, stderrTail) {
    return stderrTail.trim() === '' ? summary : `${summary}${STDERR_TAIL_INTRO}\n${stderrTail}`;
}
/**
 * One line of a reason, at most `max` characters: `exited with code 3 (stderr: ValueError: lr too…)`.
 * An empty stderr tail adds nothing.
 */
function reasonLine(reason, max) {
    if (!reason)
        return '';
    const [first, ...rest] = reason.split('\n');
    const lastStderr = rest.map((line) => line.trim()).filter((line) => line !== '').at(-1);
    const summary = first.endsWith(STDERR_TAIL_INTRO) ? first.slice(0, -STDERR_TAIL_INTRO.length) : first;
    return clipWords(lastStderr ? `${summary} (stderr: ${lastStderr})` : summary, max);
}
/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis; a single word longer
 * than half the room is cut inside it (a long path has no better place).
 */
function clipWords(text, max) {
    if (text.length <= max)
        return text;
    const room = text.slice(0, Math.max(0, max - 1));
    // The room ends at a word's end when the next character is a space; else drop the partial word.
    const space = /\s/.test(text[room.length]) ? room.length : room.search(/\s\S*$/);
    const cut = space > max / 2 ? room.slice(0, space) : room;
    return `${cut.replace(/[\s,;:(]+$/, '')}…`;
}

;// CONCATENATED MODULE: ./src/sweep/trial/run-trial.ts







/**
 * The trial protocol: how train-and-sweep runs the user's training command, in any language, once
 * per trial.
 *
 * The command (see {@link TrialCommand} for placeholders and quoting) runs in `cwd` with the caller's
 * environment as a `run:` step would see it (no ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL,
 * ACTIONS_CACHE_URL, ACTIONS_ID_TOKEN_REQUEST_* or INPUT_*: see shared/child-env.ts) plus:
 *
 * | variable              | value                                                                  |
 * |-----------------------|------------------------------------------------------------------------|
 * | MLOPS_PARAMS          | the trial's parameters as JSON, nested by dotted names: `{"model": {"depth": 3}, "lr": 0.01}` |
 * | MLOPS_PARAMS_FILE     | a file holding the same JSON                                           |
 * | MLOPS_OUTPUT_DIR      | an empty folder for this trial: save the model here                   |
 * | MLOPS_METRICS_FILE    | where to write the final metrics, JSON or YAML (see metrics.ts)       |
 * | MLOPS_METRICS_STREAM  | optional: append one JSON object per line for intermediate metrics    |
 * | MLOPS_TRIAL_NUMBER    | the trial's number, 0-based                                            |
 * | MLOPS_SEED            | a seed for this trial (from the sweep's seed and the number, < 2^31)   |
 * | PYTHONUNBUFFERED      | `1` unless already set, so Python's prints arrive as they happen      |
 *
 * Intermediate metrics, for pruning: print a line `mlops:metric {"step": 3, "loss": 0.41}` on stdout
 * (flush it), or append `{"step": 3, "loss": 0.41}` lines to $MLOPS_METRICS_STREAM (read every
 * 250 ms). A line with bad JSON is a warning, never a crash. Each report goes to `onIntermediate`; if
 * it answers true, the trial's whole process tree is stopped and the trial is `pruned`, its value the
 * last reported objective value.
 *
 * Everything printed (stdout and stderr, as it arrives) goes to `<dir>/trial.log`; the last 20 lines
 * of stderr go into a failed trial's reason.
 *
 * Limits (a trial's output can fail that trial, never the sweep): the metrics file must be a regular
 * file of at most {@link METRICS_MAX_BYTES} nested at most METRICS_MAX_DEPTH deep (else the trial
 * fails, saying which limit); intermediate lines longer than {@link METRIC_LINE_MAX_BYTES}, reports
 * past {@link MAX_INTERMEDIATES} steps, values past {@link MAX_INTERMEDIATE_VALUES} per report, the
 * stream past {@link MAX_STREAM_BYTES} and a stream that is not a regular file are skipped with a note.
 *
 * Outcome:
 * - `complete`: exit code 0 and a metrics file whose objective metric is a finite number.
 * - `failed`, with a reason: a non-zero exit code (`exited with code 2`) or a signal (`killed by
 *   SIGKILL`), each with the stderr tail; `timed out after 600s`; a program that does not exist
 *   (exit code 127 from the shell, ENOENT in the argv form); no metrics file (`wrote no metrics file
 *   at ...`); a file that is neither JSON nor YAML; an objective that is missing (the reason names the
 *   keys that were written) or not a finite number (NaN, Infinity, a string, null).
 * - `pruned`: `onIntermediate` said so.
 * Only crashes (a non-zero exit other than 126/127, or a signal nobody here sent) are retried, up to
 * `retries` times, each attempt in fresh output and metrics files; `attempts` counts them.
 *
 * Stopping (timeout, prune): SIGTERM to the process group, then SIGKILL `killGraceMs` later if
 * anything is left. Processes a trial leaves behind after exiting normally get the same treatment.
 */
/** Names of the variables a trial receives, in one place. */
var TrialEnv;
(function (TrialEnv) {
    TrialEnv["Params"] = "MLOPS_PARAMS";
    TrialEnv["ParamsFile"] = "MLOPS_PARAMS_FILE";
    TrialEnv["OutputDir"] = "MLOPS_OUTPUT_DIR";
    TrialEnv["MetricsFile"] = "MLOPS_METRICS_FILE";
    TrialEnv["MetricsStream"] = "MLOPS_METRICS_STREAM";
    TrialEnv["TrialNumber"] = "MLOPS_TRIAL_NUMBER";
    TrialEnv["Seed"] = "MLOPS_SEED";
})(TrialEnv || (TrialEnv = {}));
/** Files inside a trial's folder. */
const TRIAL_FILES = {
    output: 'output',
    params: 'params.json',
    metrics: 'metrics.json',
    stream: 'metrics-stream.jsonl',
    log: 'trial.log',
};
const STDERR_TAIL_LINES = 20;
const STDERR_TAIL_BYTES = 16 * 1024;
const MAX_LINE = 2000;
/**
 * Limits on what a trial hands back, so that no trial output can take the sweep down with it (a
 * 400 MB metrics file, a stream that grows forever, a metrics file linked to /dev/zero): what exceeds
 * them fails that trial, or is skipped with a note, and the sweep goes on.
 */
/** The largest metrics file: metrics are a few numbers, a few MiB is thousands of them. */
const METRICS_MAX_BYTES = 4 * 1024 * 1024;
/** The longest intermediate-metrics line; a longer one is skipped with a note. */
const METRIC_LINE_MAX_BYTES = 64 * 1024;
/** Intermediate reports (distinct steps) kept per trial; later steps are ignored with a note. */
const MAX_INTERMEDIATES = 10_000;
/** Values kept per intermediate report. */
const MAX_INTERMEDIATE_VALUES = 100;
/** What one poll of $MLOPS_METRICS_STREAM reads at most; the rest waits for the next poll. */
const STREAM_READ_BYTES = 1024 * 1024;
/** How much of $MLOPS_METRICS_STREAM is read in all (far more than MAX_INTERMEDIATES lines). */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** A per-trial seed: a hash of the sweep's seed and the trial number, in [0, 2^31). */
function trialSeed(sweepSeed, number) {
    // splitmix32-style mixing: neighbouring trials get unrelated seeds, every language can take them.
    let h = (Math.imul(sweepSeed | 0, 0x9e3779b1) ^ Math.imul(number + 1, 0x85ebca6b)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return ((h ^ (h >>> 16)) >>> 0) & 0x7fffffff;
}
/** Runs one trial to its end (see the protocol above). Never throws for the trial's own failures. */
async function runTrial(options) {
    const started = Date.now();
    const dir = external_node_path_default().resolve(options.dir);
    const files = {
        output: external_node_path_default().join(dir, TRIAL_FILES.output),
        params: external_node_path_default().join(dir, TRIAL_FILES.params),
        metrics: external_node_path_default().join(dir, TRIAL_FILES.metrics),
        stream: external_node_path_default().join(dir, TRIAL_FILES.stream),
        log: external_node_path_default().join(dir, TRIAL_FILES.log),
    };
    const notes = [];
    const note = (message) => {
        notes.push(message);
        options.logger?.warning(`trial ${options.number}: ${message}`);
    };
    external_node_fs_default().rmSync(dir, { recursive: true, force: true });
    external_node_fs_default().mkdirSync(files.output, { recursive: true });
    const paramsJson = JSON.stringify(nestParams(options.params));
    external_node_fs_default().writeFileSync(files.params, paramsJson);
    const spec = (0,command/* renderCommand */.C)(options.command, options.params, options.paramOrder);
    const baseEnv = options.env ?? process.env;
    const env = {
        ...baseEnv,
        PYTHONUNBUFFERED: baseEnv.PYTHONUNBUFFERED ?? '1',
        [TrialEnv.Params]: paramsJson,
        [TrialEnv.ParamsFile]: files.params,
        [TrialEnv.OutputDir]: files.output,
        [TrialEnv.MetricsFile]: files.metrics,
        [TrialEnv.MetricsStream]: files.stream,
        [TrialEnv.TrialNumber]: String(options.number),
        [TrialEnv.Seed]: String(options.seed ?? trialSeed(0, options.number)),
    };
    const cwd = options.cwd ?? process.cwd();
    const maxAttempts = 1 + Math.max(0, Math.floor(options.retries ?? 0));
    const log = external_node_fs_default().openSync(files.log, 'w');
    const base = { number: options.number, params: options.params, startedAt: new Date(started).toISOString(), outputDir: files.output, logFile: files.log, notes };
    try {
        for (let attempt = 1;; attempt++) {
            if (attempt > 1) {
                // Every attempt starts clean: no model or metrics of the crashed one can leak into the result.
                external_node_fs_default().rmSync(files.output, { recursive: true, force: true });
                external_node_fs_default().mkdirSync(files.output);
                external_node_fs_default().rmSync(files.metrics, { force: true });
                external_node_fs_default().rmSync(files.stream, { force: true });
                external_node_fs_default().writeSync(log, `\n--- attempt ${attempt} of ${maxAttempts} ---\n`);
            }
            const result = await runAttempt(spec, cwd, env, files.stream, log, options, note);
            const seconds = (Date.now() - started) / 1000;
            const common = { ...base, intermediates: result.intermediates, attempts: attempt, seconds, exitCode: result.exitCode };
            if (result.pruned) {
                // Reports that came in after the pruned one, before the command stopped, depend on how fast
                // it was stopped (the machine's load): the trial ends at the step it was pruned at.
                const step = result.pruned.step;
                const intermediates = result.intermediates.filter((i) => i.step <= step);
                const value = lastValue(intermediates, options.objective.metric);
                return { ...common, intermediates, state: 'pruned', value, metrics: {}, reason: `pruned at step ${step}` };
            }
            const failure = attemptFailure(result, options, spec, cwd);
            if (failure) {
                if (failure.retry && attempt < maxAttempts) {
                    const lastLine = result.stderrTail.split('\n').pop()?.trim();
                    note(`${failure.summary}${lastLine ? ` (${lastLine})` : ''}; retrying (attempt ${attempt + 1} of ${maxAttempts})`);
                    continue;
                }
                return { ...common, state: 'failed', metrics: {}, reason: failure.reason };
            }
            return { ...common, ...readMetrics(files.metrics, options.objective.metric, options.maxMetricsBytes ?? METRICS_MAX_BYTES, note) };
        }
    }
    finally {
        external_node_fs_default().closeSync(log);
    }
}
/** Runs the command once: streams output, feeds intermediates, enforces the timeout. */
function runAttempt(spec, cwd, env, streamFile, log, options, note) {
    const grace = options.killGraceMs ?? 5000;
    const intermediates = [];
    let previousStep;
    let stderrTail = '';
    let stdoutPartial = '';
    let skippingStdout = false;
    let stopping;
    let exited = false;
    let pruned;
    let callbacks = Promise.resolve();
    let callbackError;
    const maxLine = options.maxMetricLineBytes ?? METRIC_LINE_MAX_BYTES;
    const noted = new Set();
    /** A limit's note, once per attempt: a runaway trainer must not flood the log. */
    const noteOnce = (key, message) => {
        if (noted.has(key))
            return;
        noted.add(key);
        note(message);
    };
    const report = (json, source) => {
        const parsed = parseIntermediate(json, previousStep);
        if (typeof parsed === 'string') {
            note(`ignored an intermediate metrics line (${source}): ${parsed}: ${json.slice(0, 200)}`);
            return;
        }
        previousStep = parsed.step;
        const names = Object.keys(parsed.values);
        if (names.length > MAX_INTERMEDIATE_VALUES) {
            noteOnce('values', `kept the first ${MAX_INTERMEDIATE_VALUES} values of intermediate reports with more (step ${parsed.step} had ${names.length})`);
            parsed.values = Object.fromEntries(names.slice(0, MAX_INTERMEDIATE_VALUES).map((name) => [name, parsed.values[name]]));
        }
        const same = intermediates.find((i) => i.step === parsed.step);
        if (same)
            Object.assign(same.values, parsed.values);
        else if (intermediates.length >= MAX_INTERMEDIATES) {
            noteOnce('steps', `ignored intermediate reports after the first ${MAX_INTERMEDIATES} steps (from step ${parsed.step} on)`);
            return;
        }
        else
            intermediates.push(parsed);
        const onIntermediate = options.onIntermediate;
        if (!onIntermediate)
            return;
        // One decision at a time, in order: a pruner sees the reports as the trial made them.
        callbacks = callbacks.then(async () => {
            if (stopping || callbackError !== undefined)
                return;
            try {
                const prune = (await onIntermediate(parsed.step, { ...parsed.values })) === true;
                // A verdict that arrives after the command has ended cannot stop it any more: it completed.
                if (prune && !stopping && !exited) {
                    pruned = { step: parsed.step };
                    stop('prune');
                }
            }
            catch (error) {
                callbackError = error instanceof Error ? error : new Error(String(error));
                stop('prune');
            }
        });
    };
    const onStdoutLine = (line) => {
        const trimmed = line.trimStart();
        if (trimmed.length > maxLine) {
            if (trimmed.startsWith(METRIC_LINE_PREFIX))
                noteOnce('stdout-line', `skipped an intermediate metrics line on stdout longer than ${(0,safe_read/* formatBytes */.z3)(maxLine)}`);
            return;
        }
        if (trimmed.startsWith(METRIC_LINE_PREFIX))
            report(trimmed.slice(METRIC_LINE_PREFIX.length).trim(), 'stdout');
    };
    // $MLOPS_METRICS_STREAM: read what was appended since last time, complete lines only, a bounded
    // amount per poll. The trial owns the file: it may be huge, endless (a link to /dev/zero) or a FIFO
    // (whose read would block the event loop, signals included), so it is opened without blocking,
    // read only while it is a regular file, and never more than MAX_STREAM_BYTES of it.
    let streamOffset = 0;
    let streamPartial = '';
    let skippingLine = false;
    let streamClosed = false;
    const streamLine = (raw) => {
        let line = raw.trim();
        if (line.startsWith(METRIC_LINE_PREFIX))
            line = line.slice(METRIC_LINE_PREFIX.length).trim();
        if (line)
            report(line, external_node_path_default().basename(streamFile));
    };
    const readStream = (final) => {
        if (streamClosed)
            return;
        let fd;
        try {
            fd = external_node_fs_default().openSync(streamFile, (external_node_fs_default()).constants.O_RDONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0));
        }
        catch {
            return;
        }
        try {
            const stats = external_node_fs_default().fstatSync(fd);
            if (!stats.isFile()) {
                streamClosed = true;
                note(`ignored $${TrialEnv.MetricsStream} (${streamFile}): it is not a regular file; append lines to an ordinary file`);
                return;
            }
            const buffer = Buffer.allocUnsafe(STREAM_READ_BYTES);
            do {
                if (streamOffset >= MAX_STREAM_BYTES) {
                    streamClosed = true;
                    note(`stopped reading $${TrialEnv.MetricsStream} after ${(0,safe_read/* formatBytes */.z3)(MAX_STREAM_BYTES)}; report fewer intermediate metrics`);
                    return;
                }
                const read = external_node_fs_default().readSync(fd, buffer, 0, Math.min(buffer.length, MAX_STREAM_BYTES - streamOffset), streamOffset);
                if (read === 0)
                    break;
                streamOffset += read;
                const lines = (streamPartial + buffer.subarray(0, read).toString('utf8')).split('\n');
                streamPartial = lines.pop() ?? '';
                for (const line of lines) {
                    // The end of a line too long to keep: skipped, like its beginning.
                    if (skippingLine)
                        skippingLine = false;
                    else if (line.length > maxLine)
                        noteOnce('stream-line', `skipped a line of $${TrialEnv.MetricsStream} longer than ${(0,safe_read/* formatBytes */.z3)(maxLine)}`);
                    else
                        streamLine(line);
                }
                if (streamPartial.length > maxLine) {
                    noteOnce('stream-line', `skipped a line of $${TrialEnv.MetricsStream} longer than ${(0,safe_read/* formatBytes */.z3)(maxLine)}`);
                    streamPartial = '';
                    skippingLine = true;
                }
            } while (final);
            if (final && streamPartial.trim() && !skippingLine)
                streamLine(streamPartial);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
    };
    const child = (0,process_tree/* spawnTree */.Q5)(spec, cwd, env);
    let killTimer;
    let pipeTimer;
    let timeoutTimer;
    /** SIGTERM to the tree now, SIGKILL after the grace period. */
    const terminate = () => {
        if (killTimer)
            return;
        (0,process_tree/* signalTree */.r7)(child, 'SIGTERM');
        killTimer = setTimeout(() => (0,process_tree/* signalTree */.r7)(child, 'SIGKILL'), grace);
        // A process outside the group holding our pipes would keep 'close' away forever.
        pipeTimer = setTimeout(() => {
            child.stdout?.destroy();
            child.stderr?.destroy();
        }, grace + 2000);
    };
    const stop = (why) => {
        if (stopping)
            return;
        stopping = why;
        terminate();
    };
    return new Promise((resolve, reject) => {
        let spawnError;
        let exit = { code: null, signal: null };
        if (options.timeoutSeconds !== undefined && options.timeoutSeconds > 0) {
            timeoutTimer = setTimeout(() => stop('timeout'), options.timeoutSeconds * 1000);
        }
        const poll = setInterval(() => readStream(false), options.streamPollMs ?? 250);
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (chunk) => {
            external_node_fs_default().writeSync(log, chunk);
            const lines = (stdoutPartial + chunk).split('\n');
            stdoutPartial = lines.pop() ?? '';
            for (const line of lines) {
                if (skippingStdout)
                    skippingStdout = false;
                else
                    onStdoutLine(line);
            }
            // A runaway line with no newline must not grow without bound; metric lines are short.
            if (stdoutPartial.length > maxLine) {
                if (!skippingStdout)
                    onStdoutLine(stdoutPartial);
                stdoutPartial = '';
                skippingStdout = true;
            }
        });
        child.stderr?.on('data', (chunk) => {
            external_node_fs_default().writeSync(log, chunk);
            stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_BYTES);
        });
        child.on('error', (error) => {
            spawnError = error;
        });
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            exited = true;
            clearTimeout(timeoutTimer);
            if (!stopping && (0,process_tree/* treeAlive */.gI)(child)) {
                // The command is done but left processes behind (a background job): they go too.
                note('the command left processes running after it exited; stopping them');
                terminate();
            }
        });
        child.on('close', () => {
            clearInterval(poll);
            clearTimeout(timeoutTimer);
            clearTimeout(pipeTimer);
            if (stdoutPartial && !skippingStdout)
                onStdoutLine(stdoutPartial);
            readStream(true);
            const finish = async () => {
                await callbacks;
                if (stopping) {
                    // A stopped trial's tree is gone before its result is: wait out the grace, then SIGKILL.
                    const deadline = Date.now() + grace;
                    while ((0,process_tree/* treeAlive */.gI)(child) && Date.now() < deadline)
                        await new Promise((r) => setTimeout(r, 20));
                    clearTimeout(killTimer);
                    (0,process_tree/* signalTree */.r7)(child, 'SIGKILL');
                }
                else if (killTimer) {
                    // Leftovers of a finished trial get their grace without holding up the result.
                    killTimer.unref();
                }
                if (callbackError !== undefined)
                    throw callbackError;
                return {
                    exitCode: exit.code,
                    signal: exit.signal,
                    spawnError,
                    timedOut: stopping === 'timeout',
                    pruned,
                    intermediates,
                    stderrTail: tailLines(stderrTail),
                };
            };
            finish().then(resolve, reject);
        });
    });
}
/** Why an attempt failed, or undefined when it exited 0 (metrics are checked next). */
function attemptFailure(result, options, spec, cwd) {
    const found = failureSummary(result, options, spec, cwd);
    if (!found)
        return undefined;
    return { summary: found.summary, reason: failureReason(found.summary, found.withStderr ? result.stderrTail : ''), retry: found.retry };
}
/** The one-line why of a failed attempt; `withStderr` when the stderr tail explains it further. */
function failureSummary(result, options, spec, cwd) {
    const error = result.spawnError;
    if (error) {
        const file = JSON.stringify(spec.file);
        let summary = `could not start ${file}: ${error.message}`;
        if (error.code === 'ENOENT' && !external_node_fs_default().existsSync(cwd))
            summary = `the working folder ${cwd} does not exist`;
        else if (error.code === 'ENOENT')
            summary = `command not found: ${file} (${error.message}); install it, put it on PATH or give its path`;
        else if (error.code === 'EACCES')
            summary = `command is not executable: ${file} (${error.message}); chmod +x it`;
        return { summary, retry: false, withStderr: false };
    }
    if (result.timedOut)
        return { summary: `timed out after ${options.timeoutSeconds}s`, retry: false, withStderr: true };
    if (result.signal)
        return { summary: `killed by ${result.signal}`, retry: true, withStderr: true };
    const code = result.exitCode;
    if (code === 0)
        return undefined;
    // 126 and 127 are the shell's "not executable" and "not found": running again cannot help.
    if (code === 127)
        return { summary: 'exited with code 127 (command not found)', retry: false, withStderr: true };
    if (code === 126)
        return { summary: 'exited with code 126 (command not executable)', retry: false, withStderr: true };
    return { summary: `exited with code ${code}`, retry: true, withStderr: true };
}
/** Reads the metrics file of a trial that exited 0: complete, or failed with a precise reason. */
function readMetrics(file, objective, maxBytes, note) {
    let text;
    try {
        text = (0,safe_read/* readTextBounded */.LW)(file, {
            maxBytes,
            what: 'metrics file',
            hint: `write only the final metrics to $${TrialEnv.MetricsFile}, as an ordinary file of at most ${(0,safe_read/* formatBytes */.z3)(maxBytes)} (metrics are a mapping of names to numbers); save models and other outputs in $${TrialEnv.OutputDir}`,
        });
    }
    catch (error) {
        const reason = error instanceof safe_read/* UnsafeInputError */.lK
            ? `${error.message}; ${error.hint}`
            : error.code === 'ENOENT'
                ? `wrote no metrics file at ${file} (write JSON or YAML to $${TrialEnv.MetricsFile})`
                : `could not read the metrics file ${file}: ${error.message}`;
        return { state: 'failed', metrics: {}, reason };
    }
    const read = parseMetricsText(text, file);
    if (!read.ok)
        return { state: 'failed', metrics: {}, reason: read.reason };
    const written = Object.keys(read.raw);
    if (!Object.hasOwn(read.raw, objective)) {
        const wrote = written.length === 0 ? 'it wrote no metrics' : `it wrote: ${written.join(', ')}`;
        return { state: 'failed', metrics: read.metrics, written, reason: `metrics file ${file} has no objective metric "${objective}"; ${wrote}` };
    }
    const problem = objectiveProblem(read.raw[objective]);
    if (problem)
        return { state: 'failed', metrics: read.metrics, written, reason: `objective metric "${objective}" ${problem} in ${file}` };
    const dropped = Object.entries(read.dropped);
    if (dropped.length > 0)
        note(`dropped metrics that are not finite numbers: ${dropped.map(([name, why]) => `${name} (${why})`).join(', ')}`);
    return { state: 'complete', value: read.metrics[objective], metrics: read.metrics, written };
}
function lastValue(intermediates, metric) {
    for (let i = intermediates.length - 1; i >= 0; i--) {
        const value = intermediates[i].values[metric];
        if (value !== undefined)
            return value;
    }
    return undefined;
}
function tailLines(text) {
    const lines = text.replace(/\r/g, '').split('\n');
    while (lines.length > 0 && lines[lines.length - 1].trim() === '')
        lines.pop();
    return lines
        .slice(-STDERR_TAIL_LINES)
        .map((line) => `  ${line.length > MAX_LINE ? line.slice(0, MAX_LINE) + '...' : line}`)
        .join('\n');
}

// EXTERNAL MODULE: ./src/shared/did-you-mean.ts
var did_you_mean = __webpack_require__(44498);
;// CONCATENATED MODULE: ./src/sweep/trial/metric-names.ts


/**
 * The located error for a metric name of mlops.yml that a trial did not write although it wrote
 * others (a typo: every later trial would miss it too), or undefined. The objective must be in the
 * metrics file; the pruner's metric in the intermediate reports. A trial that wrote nothing there
 * (it crashed, or reports no steps) proves nothing.
 */
function missingMetricError(trial, expected) {
    const final = trial.written ?? [];
    if (final.length > 0 && !final.includes(expected.objective.name)) {
        // The objective is part of the sweep's identity (journal.ts studyDigest): a new name is a new sweep.
        return located(expected.objective, trial.number, final, 'its metrics file', 'a key of the mapping your command writes to $MLOPS_METRICS_FILE', 'start the sweep again with `mlops sweep --fresh`');
    }
    if (!expected.pruner)
        return undefined;
    // The pruner judges intermediate reports only; a trial that made none (another --command) proves nothing.
    const reported = [...new Set(trial.intermediates.flatMap((i) => Object.keys(i.values)))];
    if (reported.length > 0 && !reported.includes(expected.pruner.name)) {
        return located(expected.pruner, trial.number, reported, 'its intermediate reports', 'a metric your command reports per step (`mlops:metric {"step": 3, "eval_loss": 0.41}` lines)', 'run the sweep again (it resumes)');
    }
    return undefined;
}
function located(expected, trial, written, where, what, again) {
    const key = expected.location.key ?? 'the key';
    return new errors/* ConfigError */.xL(`${key} is "${expected.name}", but trial ${trial} wrote no metric of that name in ${where} (it wrote: ${written.join(', ')}).${(0,did_you_mean/* didYouMean */.a)(expected.name, written)} The sweep stopped after this trial: every trial would miss it the same way.`, {
        location: expected.location,
        hint: `Set ${key} in ${expected.location.file} to ${what}, then ${again}.`,
    });
}

;// CONCATENATED MODULE: ./src/sweep/trial/index.ts






/***/ }),

/***/ 54163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ spawnTree),
/* harmony export */   gI: () => (/* binding */ treeAlive),
/* harmony export */   r7: () => (/* binding */ signalTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80889);



/**
 * A trial's process and everything it starts. On Linux and macOS the command is spawned detached,
 * which makes it the leader of a new session and process group (pgid = its pid), so a signal to
 * `-pgid` reaches the whole tree: the shell, the trainer, its data-loader workers, a sleeping
 * grandchild. A process that moves itself into another group (a daemon calling setsid) escapes; that
 * is the trainer's choice. On Windows the tree is stopped with `taskkill /T /F`.
 *
 * Detached trials would outlive this process if it died, so every live tree is SIGKILLed on process
 * exit. A signal does not run exit hooks, so while any tree is live SIGINT and SIGTERM are handled
 * here too: every tree gets SIGTERM (SIGKILL follows at exit) and the process ends with 128 + the
 * signal's number, as the signal would have ended it. The sweep journal already records which
 * trials started and never finished, so the next run resumes them. Nothing here reads from a file a
 * trial controls without a bound (see run-trial.ts), so the event loop, and with it these handlers,
 * always gets its turn.
 */
const WINDOWS = process.platform === 'win32';
const live = new Set();
let exitHookInstalled = false;
/**
 * Spawns a command as the leader of its own process group, stdout and stderr piped, with `env`
 * minus what only the action may hold (runtime and OIDC tokens, INPUT_*: see child-env.ts).
 */
function spawnTree(spec, cwd, env) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once('exit', () => stopAllTrials('SIGKILL'));
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(spec.file, spec.args, {
        cwd,
        env: (0,_shared_child_env_js__WEBPACK_IMPORTED_MODULE_2__/* .userCommandEnv */ .c)(env),
        detached: !WINDOWS,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        windowsVerbatimArguments: spec.windowsVerbatimArguments,
    });
    if (child.pid !== undefined) {
        live.add(child);
        if (live.size === 1)
            listenForSignals(true);
        child.once('close', () => {
            live.delete(child);
            if (live.size === 0)
                listenForSignals(false);
        });
    }
    return child;
}
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
/** Stops every tree and ends the process as the signal would have (exit code 128 + its number). */
function onSignal(signal) {
    stopAllTrials('SIGTERM');
    process.exit(SIGNAL_EXIT_CODES[signal]);
}
function listenForSignals(on) {
    for (const signal of Object.keys(SIGNAL_EXIT_CODES)) {
        if (on)
            process.on(signal, onSignal);
        else
            process.off(signal, onSignal);
    }
}
/** Sends a signal to the whole tree; true if it reached something. Never throws. */
function signalTree(child, signal) {
    const pid = child.pid;
    if (pid === undefined)
        return false;
    if (WINDOWS) {
        if (child.exitCode !== null || child.signalCode !== null)
            return false;
        // taskkill has no polite mode for console programs; both signals force the tree down.
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
        return true;
    }
    try {
        process.kill(-pid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: the group is gone
    }
}
/**
 * Whether any process of the tree is still running (always false on Windows, where we cannot tell).
 * Zombies do not count: an init that never reaps orphans (`tail -f /dev/null` as PID 1 of a job
 * container) would otherwise keep a dead group "alive" for the whole grace period.
 */
function treeAlive(child) {
    if (WINDOWS || child.pid === undefined)
        return false;
    try {
        process.kill(-child.pid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    return !onlyZombies(child.pid);
}
/** True when /proc shows that every member of the process group is a zombie (Linux only). */
function onlyZombies(pgid) {
    let pids;
    try {
        pids = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readdirSync('/proc');
    }
    catch {
        return false; // no /proc (macOS): trust kill(2)
    }
    for (const pid of pids) {
        if (!/^[0-9]+$/.test(pid))
            continue;
        let stat;
        try {
            stat = node_fs__WEBPACK_IMPORTED_MODULE_1___default().readFileSync(`/proc/${pid}/stat`, 'utf8');
        }
        catch {
            continue; // gone meanwhile
        }
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z')
            return false;
    }
    return true;
}
/** Signals every trial tree still running (for an entry point's SIGINT/SIGTERM handler). */
function stopAllTrials(signal = 'SIGTERM') {
    for (const child of live)
        signalTree(child, signal);
}


/***/ })

};
