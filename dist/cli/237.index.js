export const id = 237;
export const ids = [237];
export const modules = {

/***/ 64191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ userCommandEnv)
/* harmony export */ });
/* unused harmony export isRunnerOnlyVariable */
/**
 * The environment of a process that runs the user's own code (a trial's training command): the
 * user's environment without what a JavaScript action gets from the runner but a `run:` step never
 * does (PLATFORM.md "Actions and workflows").
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

/***/ 63237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ spawnTree),
/* harmony export */   gI: () => (/* binding */ treeAlive),
/* harmony export */   r7: () => (/* binding */ signalTree)
/* harmony export */ });
/* unused harmony export stopAllTrials */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64191);



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
