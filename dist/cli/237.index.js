export const id = 237;
export const ids = [237];
export const modules = {

/***/ 63237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q5: () => (/* binding */ spawnTree),
/* harmony export */   Zy: () => (/* binding */ stopAllTrials),
/* harmony export */   gI: () => (/* binding */ treeAlive),
/* harmony export */   r7: () => (/* binding */ signalTree)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A trial's process and everything it starts. On Linux and macOS the command is spawned detached,
 * which makes it the leader of a new session and process group (pgid = its pid), so a signal to
 * `-pgid` reaches the whole tree: the shell, the trainer, its data-loader workers, a sleeping
 * grandchild. A process that moves itself into another group (a daemon calling setsid) escapes; that
 * is the trainer's choice. On Windows the tree is stopped with `taskkill /T /F`.
 *
 * Detached trials would outlive this process if it died, so every live tree is SIGKILLed on process
 * exit; an entry point that handles SIGINT/SIGTERM should call {@link stopAllTrials} first.
 */
const WINDOWS = process.platform === 'win32';
const live = new Set();
let exitHookInstalled = false;
/** Spawns a command as the leader of its own process group, stdout and stderr piped. */
function spawnTree(spec, cwd, env) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once('exit', () => stopAllTrials('SIGKILL'));
    }
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(spec.file, spec.args, {
        cwd,
        env,
        detached: !WINDOWS,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
        windowsVerbatimArguments: spec.windowsVerbatimArguments,
    });
    if (child.pid !== undefined) {
        live.add(child);
        child.once('close', () => live.delete(child));
    }
    return child;
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
