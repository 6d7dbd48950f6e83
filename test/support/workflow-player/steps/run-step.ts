/**
 * A `run:` step as the runner runs it: the script written to a file under RUNNER_TEMP and run by
 * its shell (bash by default: `bash --noprofile --norc -eo pipefail {0}`), in the working
 * directory, with fresh file-command files whose contents come back as outputs, env and path.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createFileCommands, parseWorkflowCommands, readFileCommands } from '../../runner.js';
import { PlayerError } from '../types.js';
import { tail, type StepResult } from './step-result.js';

/** The shells the player runs, as the runner invokes them (`{0}` is the script file). */
const SHELLS: Record<string, { command: string; args: string[]; extension: string }> = {
  bash: { command: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail'], extension: '.sh' },
  sh: { command: 'sh', args: ['-e'], extension: '.sh' },
  python: { command: 'python3', args: [], extension: '.py' },
};

export interface RunScript {
  script: string;
  shell: string | undefined;
  /** Absolute working directory. */
  cwd: string;
  runnerTemp: string;
  /** The step's whole environment (never the runtime token). */
  env: Record<string, string>;
  timeoutMs: number;
}

export async function runScript(step: RunScript): Promise<StepResult> {
  const shell = SHELLS[step.shell ?? 'bash'];
  if (!shell) throw new PlayerError(`shell: ${step.shell} is not emulated by the workflow player; use one of ${Object.keys(SHELLS).join(', ')}`);
  const id = randomBytes(6).toString('hex');
  const scriptFile = path.join(step.runnerTemp, `${id}${shell.extension}`);
  const commandsDir = path.join(step.runnerTemp, '_runner_file_commands', id);
  await fs.mkdir(commandsDir, { recursive: true });
  const files = await createFileCommands(commandsDir);
  await fs.writeFile(scriptFile, step.script);
  await fs.mkdir(step.cwd, { recursive: true }).catch(() => undefined);
  const { code, output } = await spawnWithTimeout(shell.command, [...shell.args, scriptFile], { cwd: step.cwd, env: { ...step.env, ...files }, timeoutMs: step.timeoutMs });
  const { outputs, env, path: addedPath, summary } = await readFileCommands(files);
  return {
    exitCode: code,
    outputs,
    env,
    path: addedPath,
    summary,
    annotations: parseWorkflowCommands(output).flatMap((command) => (command.annotation ? [{ level: command.annotation.level, message: command.annotation.message }] : [])),
    log: tail(output),
  };
}

function spawnWithTimeout(command: string, args: string[], options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout ends the shell and whatever it started (a `sleep` holds the pipes open).
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const output = Buffer.concat(chunks).toString('utf8') + (timedOut ? `\nThe step was cancelled: it exceeded its time limit of ${options.timeoutMs} ms.` : '');
      resolve({ code: timedOut ? 1 : (code ?? 1), output });
    });
  });
}
