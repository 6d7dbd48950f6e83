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
import { constants, existsSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseRecord } from '../data/readers/csv/csv-record.js';
import { EVAL_OUTPUTS_FILE, readPredictionsFile } from '../gate/predictions.js';
import { DataError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { childEnv, describeOutcome, runShellCommand, tail } from './run-process.js';
import { checkUrl, DeployFailure, type Deployed, type EvalRow, type Predictor } from './types.js';

/** The per-example outputs file in a model folder, as the trainer writes it. */
export const PREDICTIONS_FILE = EVAL_OUTPUTS_FILE;

/** Cells that mean "no value" in the eval data. */
const MISSING = new Set(['', 'NA', 'NaN', 'null']);

const COMMA = 44;

/** The expected outputs of a downloaded version: its model folder's predictions file, if any. */
export function findPredictionsFile(modelDir: string): string | undefined {
  const file = path.join(modelDir, PREDICTIONS_FILE);
  return existsSync(file) ? file : undefined;
}

/** Enough of the eval file for its first rows: the smoke check sends a few rows, never the whole file. */
const SMOKE_READ_BYTES = 4 * 1024 * 1024;

/** The eval file's first bytes (a regular file only: a FIFO must not hang the deploy), and whether that is all of it. */
async function readPrefix(file: string): Promise<{ text: string; whole: boolean }> {
  const unreadable = (cause?: unknown) =>
    new DataError(`The eval data ${file} cannot be read for the smoke check.`, { location: { file }, hint: 'Point data.eval in mlops.yml (or the smoke-data input) at a CSV file.', cause });
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw unreadable();
    const buffer = Buffer.alloc(Math.min(stats.size, SMOKE_READ_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { text: buffer.subarray(0, bytesRead).toString('utf8'), whole: bytesRead >= stats.size };
  } finally {
    await handle.close();
  }
}

/** The first `n` rows of a CSV eval file, as objects, read with the data layer's record parser. */
async function readFirstRows(file: string, n: number): Promise<EvalRow[]> {
  const { text, whole } = await readPrefix(file);
  let header: string[] | undefined;
  const rows: EvalRow[] = [];
  let pos = 0;
  while (rows.length < n && pos < text.length) {
    const record = parseRecord(text, pos, whole, COMMA);
    if (record.kind !== 'record') break; // cut by the prefix, or an unterminated quote
    pos = record.next;
    if (record.fields.every((cell) => cell.trim() === '')) continue; // a blank line
    if (!header) header = record.fields;
    else rows.push(Object.fromEntries(header.map((name, i) => [name, record.fields[i] === undefined || MISSING.has(record.fields[i]) ? null : record.fields[i]])));
  }
  return rows;
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
