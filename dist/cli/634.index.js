export const id = 634;
export const ids = [634];
export const modules = {

/***/ 95440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   o0: () => (/* binding */ columnAt),
/* harmony export */   t7: () => (/* binding */ countLineFeeds)
/* harmony export */ });
/**
 * A simple, general record parser: one record at a time, any number of fields. It defines the
 * dialect (see csv-parser.ts) for the places where speed does not matter — the header, and
 * re-reading one row to describe an error — and must agree with the fast parser on every input.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * Parses the record starting at `pos` of `s`. With `final` false, a record that runs to the end of
 * the text is incomplete (its line break may be in the next chunk).
 */
function parseRecord(s, pos, final, delimiterCode) {
    const len = s.length;
    const fields = [];
    const starts = [];
    let newlines = 0;
    let i = pos;
    for (;;) {
        starts.push(i);
        let value = '';
        if (i < len && s.charCodeAt(i) === QUOTE) {
            let q = i + 1;
            for (;;) {
                const close = s.indexOf('"', q);
                if (close === -1 || (close + 1 >= len && !final)) {
                    if (close === -1 && final)
                        return { kind: 'unterminated', quoteAt: i };
                    fields.push(value + s.slice(q));
                    return { kind: 'incomplete', fields, starts };
                }
                newlines += countLineFeeds(s, q, close);
                if (s.charCodeAt(close + 1) === QUOTE) {
                    value += s.slice(q, close + 1);
                    q = close + 2;
                    continue;
                }
                value += s.slice(q, close);
                i = close + 1;
                break;
            }
        }
        // unquoted text, or lenient text after a closing quote, runs to a delimiter or line break
        let j = i;
        while (j < len) {
            const ch = s.charCodeAt(j);
            if (ch === delimiterCode || ch === LF)
                break;
            j++;
        }
        if (j >= len && !final) {
            fields.push(value + s.slice(i, j));
            return { kind: 'incomplete', fields, starts };
        }
        if (j < len && s.charCodeAt(j) === delimiterCode) {
            fields.push(value + s.slice(i, j));
            i = j + 1;
            continue;
        }
        // end of record: a CR before the LF (or before the end of the text) belongs to the line break
        const end = j > i && s.charCodeAt(j - 1) === CR ? j - 1 : j;
        fields.push(value + s.slice(i, end));
        return { kind: 'record', fields, starts, next: j < len ? j + 1 : len, newlines };
    }
}
/** Number of '\n' in s[from, to). */
function countLineFeeds(s, from, to) {
    // bounded loop, not indexOf: indexOf would scan past `to` to the end of a multi-MB chunk
    let n = 0;
    for (let i = from; i < to; i++)
        if (s.charCodeAt(i) === LF)
            n++;
    return n;
}
/** 1-based column (in characters) of position `pos`, counted from the line break before it. */
function columnAt(s, pos) {
    return pos - (s.lastIndexOf('\n', pos - 1) + 1) + 1;
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ pairOutputs),
/* harmony export */   ZO: () => (/* binding */ EVAL_OUTPUTS_FILE),
/* harmony export */   jO: () => (/* binding */ readPredictionsFile)
/* harmony export */ });
/* unused harmony export parsePredictions */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _read_bounded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84287);
/**
 * Per-example outputs: what a model predicted for each example of the eval set, the input of the
 * significance bootstrap. The trainer writes one file per model, a CSV with a header row:
 *
 *     id,label,prediction,score
 *     ex-0001,1,1,0.93
 *     ex-0002,0,1,0.61
 *
 * - `id` (required): the example's identifier, unique in the file. The candidate's and the
 *   baseline's files must hold the same ids (in any order): the comparison is paired.
 * - `label` (required): the true value; a class (any text) or, for regression, a number. Both
 *   files must give the same label for an id.
 * - `prediction` (required): the model's class, or its number for regression.
 * - `score` (optional): for binary labels, the probability (0..1) the model gives the positive
 *   class; needed for log loss and AUC.
 * Other columns are ignored. Cells may be quoted (RFC 4180, `"a,b"`, `""` for a quote); empty
 * lines are skipped. At most 5,000,000 rows and 1 GiB.
 */


/** The per-example outputs file a trainer writes into its model folder (the gate's candidate and baseline, deploy's smoke check). */
const EVAL_OUTPUTS_FILE = 'eval-outputs.csv';
const MAX_ROWS = 5_000_000;
const MAX_BYTES = 1024 * 1024 * 1024;
const POSITIVE_NAMES = ['1', 'true', 'yes', 'positive', 'pos'];
/** Reads a per-example outputs file. */
async function readPredictionsFile(file) {
    return parsePredictions(await (0,_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .C)(file, MAX_BYTES, 'per-example outputs file'), file);
}
/** Parses the text of a per-example outputs file (the format is in the module header). */
function parsePredictions(text, file, maxRows = MAX_ROWS) {
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineNumber = 0;
    const nextLine = () => {
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            let line = text.slice(start, end);
            start = end + 1;
            lineNumber++;
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (line !== '')
                return line;
        }
        return undefined;
    };
    const headerLine = nextLine();
    if (headerLine === undefined)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} is empty.`, { location: { file }, hint: 'Write a header row id,label,prediction[,score] and one row per example.' });
    const header = splitRow(headerLine, file, lineNumber).map((h) => h.trim().toLowerCase());
    const column = (name, required) => {
        const index = header.indexOf(name);
        if (index < 0 && required) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} has no \`${name}\` column (its header is ${headerLine.slice(0, 200)}).`, {
                location: { file, line: lineNumber },
                hint: 'The header row must name id, label and prediction (and score for log loss and AUC).',
            });
        }
        return index;
    };
    const [idCol, labelCol, predCol, scoreCol] = [column('id', true), column('label', true), column('prediction', true), column('score', false)];
    const width = header.length;
    const ids = [];
    const labels = [];
    const predictions = [];
    const scores = [];
    const lines = [];
    for (let line = nextLine(); line !== undefined; line = nextLine()) {
        if (ids.length >= maxRows)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} has more than ${maxRows} rows.`, { location: { file, line: lineNumber }, hint: 'Write the outputs of the eval set only, or a sample of it with the same ids for both models.' });
        const cells = line.includes('"') ? splitRow(line, file, lineNumber) : line.split(',');
        if (cells.length !== width) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has ${cells.length} cells; the header has ${width}.`, { location: { file, line: lineNumber }, hint: 'Quote cells that contain a comma ("a,b").' });
        }
        const id = cells[idCol];
        if (id === '')
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has an empty id.`, { location: { file, line: lineNumber, key: 'id' }, hint: 'Give every example an id.' });
        ids.push(id);
        labels.push(cells[labelCol].trim());
        predictions.push(cells[predCol].trim());
        lines.push(lineNumber);
        if (scoreCol >= 0) {
            const cell = cells[scoreCol].trim();
            const score = cell === '' ? NaN : Number(cell);
            if (!(score >= 0 && score <= 1)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has the score ${JSON.stringify(cell)}, not a probability from 0 to 1.`, {
                    location: { file, line: lineNumber, key: 'score' },
                    hint: 'The score is the probability the model gives the positive class; leave the column out if the model has none.',
                });
            }
            scores.push(score);
        }
    }
    return { file, ids, labels, predictions, scores: scoreCol >= 0 ? Float64Array.from(scores) : undefined, lines: Uint32Array.from(lines) };
}
/** Splits one CSV row with RFC 4180 quotes. */
function splitRow(line, file, lineNumber) {
    const cells = [];
    let i = 0;
    for (;;) {
        if (line[i] === '"') {
            let cell = '';
            i++;
            for (;;) {
                const q = line.indexOf('"', i);
                if (q < 0)
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has a quote that is never closed.`, { location: { file, line: lineNumber }, hint: 'Close the quoted cell; write a quote inside it as "".' });
                cell += line.slice(i, q);
                if (line[q + 1] === '"') {
                    cell += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            cells.push(cell);
            if (i >= line.length)
                return cells;
            if (line[i] !== ',')
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has text after a closing quote.`, { location: { file, line: lineNumber }, hint: 'A quoted cell ends at its closing quote, then a comma.' });
            i++;
        }
        else {
            const comma = line.indexOf(',', i);
            if (comma < 0) {
                cells.push(line.slice(i));
                return cells;
            }
            cells.push(line.slice(i, comma));
            i = comma + 1;
        }
    }
}
/**
 * Joins the candidate's and the baseline's outputs on id. Errors (located at file and row): an id
 * twice in a file, an id in one file but not the other, an id with two different labels.
 */
function pairOutputs(candidate, baseline, positiveLabel) {
    for (const table of [candidate, baseline]) {
        if (table.ids.length === 0)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${table.file} has a header but no rows.`, { location: { file: table.file }, hint: 'Write one row per example of the eval set.' });
    }
    const baseIndex = indexIds(baseline);
    indexIds(candidate);
    const n = candidate.ids.length;
    const classes = new Map();
    const classOf = (value) => {
        let k = classes.get(value);
        if (k === undefined) {
            k = classes.size;
            classes.set(value, k);
        }
        return k;
    };
    const label = new Int32Array(n);
    const cand = new Int32Array(n);
    const base = new Int32Array(n);
    const baseRow = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = baseIndex.get(candidate.ids[i]);
        if (j === undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(candidate.ids[i])} (row ${candidate.lines[i]} of ${candidate.file}) is not in the baseline's outputs ${baseline.file}.`, {
                location: { file: candidate.file, line: candidate.lines[i], key: 'id' },
                hint: 'Both models must be evaluated on the same examples with the same ids: re-run the baseline on this eval set, or drop the extra ids.',
            });
        }
        if (candidate.labels[i] !== baseline.labels[j]) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(candidate.ids[i])} has the label ${JSON.stringify(candidate.labels[i])} in ${candidate.file} (row ${candidate.lines[i]}) but ${JSON.stringify(baseline.labels[j])} in ${baseline.file} (row ${baseline.lines[j]}).`, {
                location: { file: candidate.file, line: candidate.lines[i], key: 'label' },
                hint: 'Both outputs must come from the same eval set; check that the ids were not shuffled against the labels.',
            });
        }
        baseRow[i] = j;
        label[i] = classOf(candidate.labels[i]);
        cand[i] = classOf(candidate.predictions[i]);
        base[i] = classOf(baseline.predictions[j]);
    }
    if (baseline.ids.length !== n) {
        const inCandidate = new Set(candidate.ids);
        const j = baseline.ids.findIndex((id) => !inCandidate.has(id));
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(baseline.ids[j])} (row ${baseline.lines[j]} of ${baseline.file}) is not in the candidate's outputs ${candidate.file}.`, {
            location: { file: baseline.file, line: baseline.lines[j], key: 'id' },
            hint: 'Both models must be evaluated on the same examples with the same ids.',
        });
    }
    const names = [...classes.keys()];
    const paired = { n, classes: names, label, candidate: cand, baseline: base };
    const asNumbers = names.map(Number);
    if (names.every((name, k) => name.trim() !== '' && Number.isFinite(asNumbers[k]))) {
        const pick = (codes) => Float64Array.from(codes, (k) => asNumbers[k]);
        paired.numeric = { label: pick(label), candidate: pick(cand), baseline: pick(base) };
    }
    paired.positive = positiveClass(names, label, positiveLabel);
    if (candidate.scores && baseline.scores) {
        const baseScores = baseline.scores;
        paired.scores = { candidate: candidate.scores, baseline: Float64Array.from(baseRow, (j) => baseScores[j]) };
    }
    return paired;
}
function indexIds(table) {
    const index = new Map();
    table.ids.forEach((id, i) => {
        const first = index.get(id);
        if (first !== undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(id)} appears twice in ${table.file} (rows ${table.lines[first]} and ${table.lines[i]}).`, {
                location: { file: table.file, line: table.lines[i], key: 'id' },
                hint: 'Each example must appear once per model; remove the duplicate row.',
            });
        }
        index.set(id, i);
    });
    return index;
}
/** The positive class of binary labels: the configured one, else 1/true/yes/positive, else undefined. */
function positiveClass(classes, label, configured) {
    const labelClasses = new Set(label);
    if (labelClasses.size > 2)
        return undefined;
    if (configured !== undefined) {
        const k = classes.indexOf(configured);
        return k >= 0 ? k : undefined;
    }
    for (const k of labelClasses)
        if (POSITIVE_NAMES.includes(classes[k].toLowerCase()))
            return k;
    return undefined;
}


/***/ }),

/***/ 84287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39677);
/**
 * The gate's read of a user's file (metrics, per-example outputs): the shared bounded read
 * (src/shared/safe-read.ts: regular files only, a size cap, never blocking on a FIFO), with the
 * errors of opening it worded for the gate's inputs.
 */


/** Reads `file` as UTF-8, refusing other kinds of files and files larger than `maxBytes` (`what` names it). */
async function readBounded(file, maxBytes, what) {
    try {
        return await (0,_shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextBoundedAsync */ .X3)(file, { maxBytes, what });
    }
    catch (error) {
        if (error instanceof _shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeInputError */ .lK)
            throw error;
        const code = error.code;
        const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The ${what} ${file} ${reason}.`, {
            location: { file },
            hint: code === 'ENOENT' ? 'Check the path, or make the training command write this file.' : 'Check the path and its permissions.',
            cause: error,
        });
    }
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
