/**
 * Range workers started early: as soon as the validate command knows its inputs, before the heavy
 * modules of validation load. Light on purpose (no import of the validator itself): the CLI spawns
 * them first, so that they boot on the otherwise idle cores while this thread loads and plans.
 */
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { detectFormat } from '../readers/format.js';
import type { DataFormat } from '../readers/types.js';

/** Files smaller than this are read in one thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** What standbyWorkersFor looks at in a validation request (validate/build-settings.ts's ValidateRequest). */
export interface StandbyRequest {
  cwd: string;
  data?: string[];
  eval?: string[];
  format?: DataFormat;
  parallelism?: number;
  workerScript?: string;
}

/** A worker started before its job is known (StandbyWorkers): it boots, then waits for a RangeJob message. */
export interface StandbyData {
  kind: 'mlops-validate-standby';
}

/** Young generation of a validation worker, in MB. */
const WORKER_YOUNG_GENERATION_MB = 16;

/** Threads for large CSV files when none is asked for: one per core, at most 8. */
export function defaultParallelism(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

/**
 * Range workers for a request whose data paths (given directly) include a CSV/TSV file large enough
 * to be read in parallel; undefined otherwise.
 */
export function standbyWorkersFor(request: StandbyRequest): StandbyWorkers | undefined {
  const threads = request.parallelism ?? defaultParallelism();
  if (!request.workerScript || threads < 2) return undefined;
  const large = [...(request.data ?? []), ...(request.eval ?? [])].some((file) => {
    try {
      const format = detectFormat(file, request.format);
      return (format === 'csv' || format === 'tsv') && statSync(path.resolve(request.cwd, file)).size >= PARALLEL_MIN_BYTES;
    } catch {
      return false; // a glob, a missing file or an unknown format: planning says what is wrong
    }
  });
  return large ? new StandbyWorkers(request.workerScript, threads - 1) : undefined;
}

/**
 * Range workers started before the files are planned: a worker takes ~0.15 s to boot and load its
 * bundle, which these spend while the main thread loads the config and compiles the schema (one
 * core would sit idle then), instead of after the first range has started. Unused ones are closed;
 * they are unref'd, so one left over cannot keep the process alive either.
 */
export class StandbyWorkers {
  private readonly idle: Worker[] = [];

  constructor(
    readonly script: string,
    count: number,
  ) {
    for (let k = 0; k < count; k++) {
      const worker = newWorker(script, { kind: 'mlops-validate-standby' });
      worker.unref();
      worker.on('error', () => undefined); // a standby that failed to boot is just not used
      worker.once('exit', () => {
        const at = this.idle.indexOf(worker);
        if (at >= 0) this.idle.splice(at, 1);
      });
      this.idle.push(worker);
    }
  }

  /** A booted (or booting) worker of `script`, or undefined when none is left. */
  take(script: string): Worker | undefined {
    return script === this.script ? this.idle.shift() : undefined;
  }

  close(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }
}

/** A validation worker thread of `script`, given `data` (a RangeJob, or StandbyData). */
export function newWorker(script: string, data: object): Worker {
  return new Worker(script, {
    workerData: data,
    // Batches make little garbage (cells are positions, not strings): a 16 MB young generation
    // holds it and keeps the worker's footprint well below the default's (measured: same speed).
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}
