import { parentPort, workerData, Worker } from 'node:worker_threads';
import type { PartOptions, PartState } from '../checks/part-analyzer.js';
import type { RecordLogState } from '../hash/record-log.js';
import { resolveSchema, type ResolveOptions } from '../schema/resolve-schema.js';
import type { RawDataSchema } from '../schema/raw-schema.js';
import { DataError, isUserError, type UserError } from '../../shared/errors.js';
import { analyzeRange } from './read-part.js';
import type { SourceRange } from './sources.js';

/** What the main thread sends a worker: everything needed to analyze one byte range of a CSV file. */
export interface RangeJob {
  kind: 'mlops-validate-range';
  file: string;
  range: SourceRange;
  raw: RawDataSchema;
  resolveOptions: ResolveOptions;
  partOptions: PartOptions;
}

type WorkerReply = { ok: true; state: PartState } | { ok: false; userError?: { name: string; message: string; location?: UserError['location']; hint?: string }; stack?: string };

/** Young generation of a validation worker, in MB. */
const WORKER_YOUNG_GENERATION_MB = 16;

/** The worker side: analyze the range, post the state back (typed arrays are transferred, not copied). */
export async function runWorker(): Promise<void> {
  const job = workerData as RangeJob;
  let reply: WorkerReply;
  const transfer: ArrayBuffer[] = [];
  try {
    // The main thread validated this schema already; here it is only rebuilt, so locations are unused.
    const schema = resolveSchema(job.raw, () => ({ file: job.file }), job.file, job.resolveOptions);
    const state = await analyzeRange(job.file, job.range, schema, job.partOptions);
    collectBuffers(state, transfer);
    reply = { ok: true, state };
  } catch (error) {
    reply = isUserError(error)
      ? { ok: false, userError: { name: error.name, message: error.message, location: error.location, hint: error.hint } }
      : { ok: false, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply, transfer);
}

function collectBuffers(state: PartState, transfer: ArrayBuffer[]): void {
  const add = (array: Uint32Array | Int32Array | undefined) => {
    if (array && array.buffer instanceof ArrayBuffer && !transfer.includes(array.buffer)) transfer.push(array.buffer);
  };
  const addLog = (log: RecordLogState | undefined) => log?.tails.forEach(add);
  for (const analyzer of state.analyzers) addLog(analyzer.uniqueHashes);
  const h = state.hashes;
  if (h) {
    add(h.lines.tail);
    addLog(h.rows);
    h.compound.forEach(addLog);
  }
}

/** The main side: run one range job in a new worker of `script` (dist/validate-worker/index.js). */
export function runRangeInWorker(script: string, job: Omit<RangeJob, 'kind'>): Promise<PartState> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { ...job, kind: 'mlops-validate-range' } satisfies RangeJob,
      // Batches make little garbage (cells are positions, not strings): a 16 MB young generation
      // holds it and keeps the worker's footprint well below the default's (measured: same speed).
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(reply.state);
      else if (reply.userError) {
        const error = new DataError(reply.userError.message, { location: reply.userError.location, hint: reply.userError.hint });
        reject(error);
      } else reject(new Error(`validation worker failed:\n${reply.stack}`));
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`validation worker exited with code ${code} before answering`));
    });
  });
}
