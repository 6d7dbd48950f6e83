import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { userCommandEnv } from '../../shared/child-env.js';
import type { SpawnSpec } from './command.js';

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
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns a command as the leader of its own process group, stdout and stderr piped, with `env`
 * minus what only the action may hold (runtime and OIDC tokens, INPUT_*: see child-env.ts).
 */
export function spawnTree(spec: SpawnSpec, cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => stopAllTrials('SIGKILL'));
  }
  const child = spawn(spec.file, spec.args, {
    cwd,
    env: userCommandEnv(env),
    detached: !WINDOWS,
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
    windowsVerbatimArguments: spec.windowsVerbatimArguments,
  });
  if (child.pid !== undefined) {
    live.add(child);
    if (live.size === 1) listenForSignals(true);
    child.once('close', () => {
      live.delete(child);
      if (live.size === 0) listenForSignals(false);
    });
  }
  return child;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Stops every tree and ends the process as the signal would have (exit code 128 + its number). */
function onSignal(signal: keyof typeof SIGNAL_EXIT_CODES): void {
  stopAllTrials('SIGTERM');
  process.exit(SIGNAL_EXIT_CODES[signal]);
}

function listenForSignals(on: boolean): void {
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

/** Sends a signal to the whole tree; true if it reached something. Never throws. */
export function signalTree(child: ChildProcess, signal: NodeJS.Signals): boolean {
  const pid = child.pid;
  if (pid === undefined) return false;
  if (WINDOWS) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    // taskkill has no polite mode for console programs; both signals force the tree down.
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    return true;
  }
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

/**
 * Whether any process of the tree is still running (always false on Windows, where we cannot tell).
 * Zombies do not count: an init that never reaps orphans (`tail -f /dev/null` as PID 1 of a job
 * container) would otherwise keep a dead group "alive" for the whole grace period.
 */
export function treeAlive(child: ChildProcess): boolean {
  if (WINDOWS || child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !onlyZombies(child.pid);
}

/** True when /proc shows that every member of the process group is a zombie (Linux only). */
function onlyZombies(pgid: number): boolean {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc');
  } catch {
    return false; // no /proc (macOS): trust kill(2)
  }
  for (const pid of pids) {
    if (!/^[0-9]+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') return false;
  }
  return true;
}

/** Signals every trial tree still running (for an entry point's SIGINT/SIGTERM handler). */
function stopAllTrials(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of live) signalTree(child, signal);
}
