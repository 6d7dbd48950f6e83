/**
 * Runs the bundled `mlops` command (`node dist/cli/index.js ...`) as a user would, in a given
 * working directory, and captures what it printed and how it ended.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './runner.js';

export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');

export interface CliResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  /** Working directory of the process (required: the CLI writes .mlops/ there by default). */
  cwd: string;
  /** Extra environment variables. GITHUB_ACTIONS and the like are never inherited. */
  env?: Record<string, string>;
  /** Kill the process after this long; 60 s by default. */
  timeoutMs?: number;
}

/** Variables of the test process passed on to the CLI; anything GitHub-specific stays out. */
const INHERITED_ENV = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SYSTEMROOT', 'SystemRoot', 'TEMP', 'TMP'];

/** `mlops <args...>` through the bundle, in `options.cwd`. */
export function runCli(args: string[], options: RunCliOptions): Promise<CliResult> {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`No bundle at ${CLI_BUNDLE}; run \`npm run build\` first.`);
  const env: Record<string, string> = {};
  for (const name of INHERITED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  Object.assign(env, { NO_COLOR: '1' }, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        exitCode: code ?? 1,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** A fresh empty temp folder; `cleanup()` removes every folder made by this helper instance. */
export function tempDirs(prefix = 'mlops-cli-'): { make(): Promise<string>; cleanup(): Promise<void> } {
  const made: string[] = [];
  return {
    async make() {
      const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** A line of a Node stack trace (`    at fn (file.js:1:2)` or `    at file.js:1:2`). */
export const STACK_LINE = /^\s+at .*(?:\.[cm]?[jt]s|<anonymous>|node:[\w/]+):\d+(?::\d+)?\)?$/m;

/** A small seeded PRNG (mulberry32) so generated data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A normal deviate from a uniform source (Box-Muller). */
export function normal(random: () => number, mean = 0, std = 1): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  const v = random();
  return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
