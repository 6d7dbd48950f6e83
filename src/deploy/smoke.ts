/**
 * The smoke check: the deployed model must answer the first N rows of the eval data exactly as the
 * registered version answered them when it was trained. The expected answers are the per-example
 * outputs file the trainer writes into its model folder, {@link PREDICTIONS_FILE} (format in
 * src/gate/predictions.ts: `id,label,prediction[,score]`, one row per eval example). A row of the
 * eval data is matched to its expected prediction by the `id` column when the eval data has one,
 * else by position (the trainer writes its rows in the eval file's order). Predictions are compared
 * as text, numbers within a relative 1e-6.
 *
 * This is the one check that a deploy serves the model it claims to: a health check passes for any
 * model, an old one included.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EVAL_OUTPUTS_FILE, readPredictionsFile } from '../gate/predictions.js';
import { DataError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { childEnv, describeOutcome, runShellCommand, tail } from './run-process.js';
import { checkUrl, DeployFailure, type Deployed, type EvalRow, type Predictor } from './types.js';

/** The per-example outputs file in a model folder, as the trainer writes it. */
export const PREDICTIONS_FILE = EVAL_OUTPUTS_FILE;

/** Cells that mean "no value" in the eval data. */
const MISSING = new Set(['', 'NA', 'NaN', 'null']);

/** The expected outputs of a downloaded version: its model folder's predictions file, if any. */
export function findPredictionsFile(modelDir: string): string | undefined {
  const file = path.join(modelDir, PREDICTIONS_FILE);
  return existsSync(file) ? file : undefined;
}

/** Splits one CSV line (RFC 4180 quotes). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** The first `n` rows of a CSV eval file, as objects (quoted newlines are not supported). */
async function readFirstRows(file: string, n: number): Promise<EvalRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DataError(`The eval data ${file} cannot be read for the smoke check.`, { location: { file }, hint: 'Point data.eval in mlops.yml (or the smoke-data input) at a CSV file.', cause: error });
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = splitCsvLine(lines[0] ?? '');
  return lines.slice(1, n + 1).map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((name, i) => [name, cells[i] === undefined || MISSING.has(cells[i]) ? null : cells[i]]));
  });
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
}

export interface SmokeCheckInput {
  predictor: Predictor;
  /** The eval data (CSV). */
  evalFile: string;
  /** The version's predictions file. */
  predictionsFile: string;
  rows: number;
  logger: Logger;
  deployed: Deployed;
}

/** Sends the first rows to the deployed model and compares; throws a DeployFailure on a mismatch. */
export async function smokeCheck(input: SmokeCheckInput): Promise<{ rows: number }> {
  const rows = await readFirstRows(input.evalFile, input.rows);
  if (rows.length === 0) throw new DataError(`The eval data ${input.evalFile} has no rows for the smoke check.`, { location: { file: input.evalFile } });
  const expected = await readPredictionsFile(input.predictionsFile);
  const byId = new Map(expected.ids.map((id, i) => [id, expected.predictions[i]]));
  const wanted = rows.map((row, i) => {
    const id = row.id ?? undefined;
    const prediction = id !== undefined ? byId.get(id) : expected.predictions[i];
    if (prediction === undefined) {
      throw new DataError(`${input.predictionsFile} has no prediction for eval row ${i + 1}${id !== undefined ? ` (id ${id})` : ''}.`, {
        location: { file: input.predictionsFile },
        hint: 'The trainer writes one row per eval example, in the eval file\'s order (or with its id column).',
      });
    }
    return prediction;
  });
  const answers = await input.predictor.predict(rows, input.logger, input.deployed);
  if (answers.length !== rows.length) throw new DeployFailure('smoke', `The smoke check sent ${rows.length} rows and got ${answers.length} predictions back (${input.predictor.description})`);
  const wrong = wanted.map((w, i) => ({ i, w, got: answers[i] })).filter((x) => !same(x.w, x.got));
  if (wrong.length > 0) {
    const shown = wrong.slice(0, 3).map((x) => `row ${x.i + 1}: expected ${JSON.stringify(x.w)}, got ${JSON.stringify(x.got)}`).join('; ');
    throw new DeployFailure('smoke', `The deployed model does not answer as the registered version did: ${wrong.length} of ${rows.length} rows differ (${shown})`);
  }
  input.logger.info(`Smoke check passed: ${rows.length} rows answered as recorded`);
  return { rows: rows.length };
}

/** The predictions in an answer: `{"predictions": [...]}` or a bare array, each as text. */
function predictionsOf(text: string, where: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DeployFailure('smoke', `${where} answered something that is not JSON: ${text.slice(0, 200)}`);
  }
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? (value as { predictions?: unknown }).predictions : undefined;
  if (!Array.isArray(list)) throw new DeployFailure('smoke', `${where} answered without a "predictions" array: ${text.slice(0, 200)}`);
  return list.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)));
}

/** POSTs `{"rows": [...]}` to a predict URL; expects `{"predictions": [...]}`. */
export class HttpPredictor implements Predictor {
  constructor(private readonly options: { url: string; timeoutMs?: number; fetch?: typeof fetch }) {}

  get description(): string {
    return `POST ${this.options.url}`;
  }

  async predict(rows: EvalRow[], _logger: Logger, deployed: Deployed): Promise<string[]> {
    const url = checkUrl(this.options.url, deployed);
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rows }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new DeployFailure('smoke', `The predict URL ${url} did not answer: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) throw new DeployFailure('smoke', `The predict URL ${url} answered ${response.status}: ${text.slice(0, 200)}`);
    return predictionsOf(text, url);
  }
}

/**
 * Runs a command with the rows as a JSON array in the file named by MLOPS_SMOKE_ROWS; its stdout is
 * `{"predictions": [...]}` or a JSON array.
 */
export class CommandPredictor implements Predictor {
  constructor(private readonly options: { command: string; cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; secrets?: readonly string[] }) {}

  get description(): string {
    return `command: ${this.options.command}`;
  }

  async predict(rows: EvalRow[]): Promise<string[]> {
    const o = this.options;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-smoke-'));
    try {
      const file = path.join(dir, 'rows.json');
      await writeFile(file, JSON.stringify(rows));
      const outcome = await runShellCommand(o.command, { cwd: o.cwd, env: childEnv(o.env, { MLOPS_SMOKE_ROWS: file }), timeoutMs: o.timeoutMs, secrets: o.secrets, graceMs: 500 });
      if (outcome.timedOut || outcome.exitCode !== 0) throw new DeployFailure('smoke', `${describeOutcome('The predict command', outcome, o.timeoutMs)}${tail(outcome.log, 3)}`);
      return predictionsOf(outcome.stdout.trim(), 'The predict command');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
