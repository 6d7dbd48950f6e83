/**
 * `gate.evaluate`: re-evaluating the baseline model on the candidate's eval data, so both columns
 * of the table are measured on the same rows. The command (a shell string or an argv list, like
 * train.command) runs in mlops.yml's folder with:
 *
 *   MLOPS_MODEL_DIR     the baseline model's folder, downloaded with every digest verified
 *   MLOPS_EVAL_DATA     the candidate's eval files (absolute paths, one per line)
 *   MLOPS_METRICS_FILE  where it writes the metrics (JSON or YAML)
 *   MLOPS_OUTPUTS_FILE  where it writes the per-example outputs CSV (optional, for intervals)
 *
 * Its environment leaves out the runner's credentials (ACTIONS_RUNTIME_TOKEN and the other
 * ACTIONS_* service variables and INPUT_*: src/shared/child-env.ts). A command that fails, times
 * out or writes no metrics is a located error (gate.evaluate.command) with its stderr's tail.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderCommand, type TrialCommand } from '../sweep/trial/command.js';
import { UserError, type SourceLocation } from '../shared/errors.js';
import { readMetricFile, type MetricSet } from './metric-file.js';
import { readPredictionsFile, type PredictionTable } from './predictions.js';
import { userCommandEnv } from '../shared/child-env.js';

/** `gate.evaluate` as parsed. */
export interface EvaluateSettings {
  command: TrialCommand;
  /** Seconds before the command is stopped (default 600). */
  timeout: number;
  location?: SourceLocation;
}

/** The evaluate command failed: the baseline could not be measured, so no verdict is given. */
class EvaluateCommandError extends UserError {}

export interface EvaluateRequest {
  settings: EvaluateSettings;
  /** mlops.yml's folder: where the command runs. */
  cwd: string;
  modelDir: string;
  evalFiles: string[];
  /** A scratch folder for the metrics and outputs files. */
  workDir: string;
  env: NodeJS.ProcessEnv;
}

/** Runs the evaluate command on the baseline model; its metrics and (when written) per-example outputs. */
export async function evaluateBaseline(request: EvaluateRequest): Promise<{ metrics: MetricSet; outputs?: PredictionTable }> {
  const { settings } = request;
  const metricsFile = path.join(request.workDir, 'baseline-metrics.json');
  const outputsFile = path.join(request.workDir, 'baseline-eval-outputs.csv');
  const spec = renderCommand(settings.command, {});
  const env = {
    ...userCommandEnv(request.env),
    MLOPS_MODEL_DIR: request.modelDir,
    MLOPS_EVAL_DATA: request.evalFiles.join('\n'),
    MLOPS_METRICS_FILE: metricsFile,
    MLOPS_OUTPUTS_FILE: outputsFile,
  };
  const fail = (what: string, stderr: string) =>
    new EvaluateCommandError(`The evaluate command \`${spec.display}\` ${what}; the baseline was not re-evaluated and no verdict was given.${stderr ? `\n${stderr}` : ''}`, {
      location: settings.location,
      hint: 'Run it by hand with MLOPS_MODEL_DIR, MLOPS_EVAL_DATA, MLOPS_METRICS_FILE and MLOPS_OUTPUTS_FILE set; it must exit 0 and write the metrics file.',
    });
  const { code, signal, stderr } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve, reject) => {
    const child = spawn(spec.file, spec.args, { cwd: request.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true, windowsVerbatimArguments: spec.windowsVerbatimArguments });
    let tail = '';
    child.stderr.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString('utf8')).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), settings.timeout * 1000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(fail(`could not start (${error.message})`, ''));
    });
    child.once('close', (exitCode, exitSignal) => {
      clearTimeout(timer);
      resolve({ code: exitCode, signal: exitSignal, stderr: tail.trim().split('\n').slice(-20).join('\n') });
    });
  });
  if (signal) throw fail(`was stopped (${signal}${signal === 'SIGKILL' ? `, after the ${settings.timeout} s timeout` : ''})`, stderr);
  if (code !== 0) throw fail(`exited with code ${code}`, stderr);
  if (!existsSync(metricsFile)) throw fail('exited 0 but wrote no metrics file ($MLOPS_METRICS_FILE)', stderr);
  return { metrics: await readMetricFile(metricsFile), outputs: existsSync(outputsFile) ? await readPredictionsFile(outputsFile) : undefined };
}
