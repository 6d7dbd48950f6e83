/**
 * Runs a user's deploy, health or predict command: `/bin/sh -c <command>` (cmd.exe on Windows) as
 * the leader of its own process group, so a timeout stops the whole tree (the sweep's
 * src/sweep/trial/process-tree.ts, reused as is: SIGTERM, then SIGKILL after a grace period).
 * The child gets a scrubbed environment (src/shared/child-env.ts): the runner's credentials for
 * JavaScript actions and the action's inputs (its token) never reach user code. Its output is
 * the deploy log, with every secret replaced by `***` before anyone reads it.
 */
import { userCommandEnv } from '../shared/child-env.js';
import { signalTree, spawnTree, treeAlive } from '../sweep/trial/process-tree.js';

/**
 * `env` as a `run:` step would see it (src/shared/child-env.ts: no runner-only credentials, no
 * INPUT_*, which carry the action's token), plus the deploy's own variables.
 */
export function childEnv(env: NodeJS.ProcessEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...userCommandEnv(env), ...extra };
}

/** `text` with every secret (of 4 characters or more) replaced by `***`. */
function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('***');
  return out;
}

export interface RunCommandOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  secrets?: readonly string[];
  /** Time between SIGTERM and SIGKILL at a timeout; default 2000 ms. */
  graceMs?: number;
  /** Keep at most this many characters of output (the end is kept); default 1,000,000. */
  maxOutput?: number;
}

export interface CommandOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  /** stdout and stderr interleaved, masked: the log. */
  log: string;
  /** The spawn error (a missing shell), when there was one. */
  error?: Error;
}

/** Runs `command` through the shell; never rejects. */
export function runShellCommand(command: string, options: RunCommandOptions): Promise<CommandOutcome> {
  const windows = process.platform === 'win32';
  const spec = windows
    ? { file: process.env.ComSpec ?? 'cmd.exe', args: ['/d', '/s', '/c', `"${command}"`], display: command, windowsVerbatimArguments: true }
    : { file: '/bin/sh', args: ['-c', command], display: command };
  const child = spawnTree(spec, options.cwd, options.env);
  const max = options.maxOutput ?? 1_000_000;
  let stdout = '';
  let log = '';
  const keep = (text: string, chunk: string) => (text.length + chunk.length > max ? (text + chunk).slice(-max) : text + chunk);
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout = keep(stdout, chunk);
    log = keep(log, chunk);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    log = keep(log, chunk);
  });
  return new Promise((resolve) => {
    let timedOut = false;
    let spawnError: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      signalTree(child, 'SIGTERM');
      killTimer = setTimeout(() => {
        if (treeAlive(child)) signalTree(child, 'SIGKILL');
      }, options.graceMs ?? 2000);
    }, options.timeoutMs);
    child.once('error', (error) => {
      spawnError = error;
    });
    let settled = false;
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      const secrets = options.secrets ?? [];
      resolve({ exitCode, signal, timedOut, stdout: maskSecrets(stdout, secrets), log: maskSecrets(log, secrets), error: spawnError });
    };
    child.once('close', finish);
    // A server the command leaves running in the background may hold the pipes open: once the
    // command itself has exited, its output is read for a moment more and then taken as it is.
    // (That server is left running on purpose: starting one is what a local deploy target does.)
    child.once('exit', (exitCode, signal) => {
      setTimeout(() => finish(exitCode, signal), 500).unref();
    });
  });
}

/** One line that says how a command ended, for failure reasons. */
export function describeOutcome(what: string, outcome: CommandOutcome, timeoutMs: number): string {
  if (outcome.timedOut) return `${what} did not finish within ${timeoutMs / 1000} s; its process tree was stopped`;
  if (outcome.error) return `${what} could not start: ${outcome.error.message}`;
  if (outcome.signal) return `${what} was killed by ${outcome.signal}`;
  return `${what} exited with code ${outcome.exitCode}`;
}

/** The last lines of a log, for a failure message. */
export function tail(log: string, lines = 5): string {
  const kept = log.trimEnd().split('\n').slice(-lines).join('\n');
  return kept === '' ? '' : `\n${kept}`;
}
