import { parentPort, workerData, Worker } from 'node:worker_threads';
import { runHashJobs, type FindingsState, type HashJob } from '../checks/hash-checks.js';
import type { PartOptions, PartState } from '../checks/part-analyzer.js';
import type { RecordLogState } from '../hash/record-log.js';
import { resolveSchema, type ResolveOptions } from '../schema/resolve-schema.js';
import type { RawDataSchema } from '../schema/raw-schema.js';
import { DataError, isUserError, type UserError } from '../../shared/errors.js';
import { analyzeRange } from '../parts/read-part.js';
import type { SourceRange } from '../parts/sources.js';
import { newWorker, type StandbyData, type StandbyWorkers } from './standby.js';

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

/** After its range, a worker can take a share of the hash checks' partitions (see hash-share.ts). */
interface ShareRequest {
  kind: 'mlops-hash-share';
  jobs: HashJob[];
  from: number;
  to: number;
}

type ShareReply = { ok: true; found: FindingsState[][] } | { ok: false; stack: string };

/** A range worker kept after its range, to run a share of the hash checks; close() ends it. */
export interface RangeHelper {
  share(jobs: HashJob[], from: number, to: number): Promise<FindingsState[][]>;
  close(): void;
}

/** The worker side: analyze the range, post the state back (typed arrays are transferred, not copied). */
export async function runWorker(): Promise<void> {
  const data = workerData as RangeJob | StandbyData;
  const job = data.kind === 'mlops-validate-standby' ? await new Promise<RangeJob>((resolve) => parentPort!.once('message', resolve)) : data;
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
  if (!reply.ok) return;
  // The main thread may send a share of the hash checks, or terminate this worker.
  parentPort!.on('message', (request: ShareRequest) => {
    let answer: ShareReply;
    try {
      answer = { ok: true, found: runHashJobs(request.jobs, request.from, request.to) };
    } catch (error) {
      answer = { ok: false, stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(answer);
  });
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

/**
 * The main side: run one range job in a worker of `script` (dist/validate-worker/index.js): a
 * standby one when there is one left, else a new one. The worker stays after its answer as the
 * part's helper for the hash checks, until helper.close(); it is unref'd then, so a helper nobody
 * closes cannot keep the process alive.
 */
export function runRangeInWorker(script: string, job: Omit<RangeJob, 'kind'>, standby?: StandbyWorkers): Promise<{ state: PartState; helper: RangeHelper }> {
  return new Promise((resolve, reject) => {
    const rangeJob: RangeJob = { ...job, kind: 'mlops-validate-range' };
    const waiting = standby?.take(script);
    const worker = waiting ?? newWorker(script, rangeJob);
    if (waiting) {
      waiting.ref();
      waiting.postMessage(rangeJob);
    }
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) {
        worker.unref();
        resolve({ state: reply.state, helper: helperOf(worker) });
        return;
      }
      void worker.terminate();
      if (reply.userError) {
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

/** One share request at a time: the caller awaits each before sending the next. */
function helperOf(worker: Worker): RangeHelper {
  let closed = false;
  return {
    share: (jobs, from, to) =>
      new Promise((resolve, reject) => {
        if (closed) return reject(new Error('the helper worker was closed'));
        const onExit = (code: number) => reject(new Error(`the helper worker exited with code ${code}`));
        // referenced while it works: an unref'd worker alone would let the process exit mid-await
        worker.ref();
        worker.once('exit', onExit);
        worker.once('message', (answer: ShareReply) => {
          worker.off('exit', onExit);
          worker.unref();
          if (answer.ok) resolve(answer.found);
          else reject(new Error(`the helper worker failed:\n${answer.stack}`));
        });
        worker.postMessage({ kind: 'mlops-hash-share', jobs, from, to } satisfies ShareRequest);
      }),
    close: () => {
      if (closed) return;
      closed = true;
      void worker.terminate();
    },
  };
}
