export const id = 246;
export const ids = [246];
export const modules = {

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


/***/ })

};
