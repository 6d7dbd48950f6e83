import { randomBytes } from 'node:crypto';
import { InputError } from '../../shared/errors.js';
import { readTextBoundedAsync } from '../../shared/safe-read.js';
import { configKey } from '../space/key.js';
import { createRandom } from '../random.js';
import { samplerFor, type SweepPlan } from '../plan-sweep.js';
import { proposeNew } from '../study.js';
import type { FrozenTrial, Params } from '../types.js';

/** GitHub runs at most 256 jobs of one matrix (docs/platform.md). */
const MAX_MATRIX_LEGS = 256;

/** A finished trial as the plan carries it to the legs: what a sampler learns from, nothing more. */
interface PlannedResult {
  number: number;
  params: Params;
  state: FrozenTrial['state'];
  value?: number;
}

/**
 * One round of a sweep fanned out over a job matrix: which trials each leg runs. Trials are proposed
 * here, all at once, from every result so far (for TPE: earlier rounds), each new proposal seeing the
 * earlier ones as running (the constant liar), so legs do not duplicate each other's work. A leg of
 * a learning method (TPE, GP) proposes its later trials again from `history` and its own results
 * (see leg.ts).
 */
export interface MatrixPlan {
  schemaVersion: 1;
  sweepId: string;
  round: number;
  rounds: number;
  /** Trials of the whole sweep, all rounds. */
  trials: number;
  legs: { shard: number; trials: { number: number; params: Params }[] }[];
  /**
   * The results of earlier rounds the plan was made from (an additive field: a plan without it is
   * read as having none, so its legs learn only from their own trials).
   */
  history?: PlannedResult[];
}

/** Trials of `round` (1-based): the remaining budget spread over the remaining rounds. */
function trialsForRound(total: number, done: number, round: number, rounds: number): number {
  const remaining = Math.max(0, total - done);
  const roundsLeft = Math.max(1, rounds - round + 1);
  return Math.ceil(remaining / roundsLeft);
}

export function planMatrixRound(
  plan: SweepPlan,
  history: readonly FrozenTrial[],
  options: { sweepId: string; round: number; shards: number },
): MatrixPlan {
  if (!Number.isInteger(options.shards) || options.shards < 1 || options.shards > MAX_MATRIX_LEGS) {
    throw new InputError(`shards must be a whole number from 1 to ${MAX_MATRIX_LEGS} (GitHub's matrix limit), not ${options.shards}.`, {
      hint: 'Set sweep.matrix.shards or the shards input.',
    });
  }
  const rounds = plan.matrix.rounds;
  const count = trialsForRound(plan.trials, history.length, options.round, rounds);
  const sampler = samplerFor(plan);
  const base = createRandom(plan.seed);
  const seen = new Set(history.map((t) => configKey(t.params)));
  const proposed: { number: number; params: Params }[] = [];
  let number = Math.max(-1, ...history.map((t) => t.number)) + 1;
  for (let i = 0; i < count; i++) {
    const params = proposeNew(sampler, plan, history, proposed.map((p) => p.params), base.fork(number), seen);
    if (!params) break; // the space has no untried configuration left
    proposed.push({ number: number++, params });
  }
  const legs = Math.min(options.shards, proposed.length);
  return {
    schemaVersion: 1,
    sweepId: options.sweepId,
    round: options.round,
    rounds,
    trials: plan.trials,
    legs: Array.from({ length: legs }, (_, shard) => ({ shard, trials: proposed.filter((_, i) => i % legs === shard) })),
    history: history.map(({ number, params, state, value }) => ({ number, params, state, ...(value === undefined ? {} : { value }) })),
  };
}

/** A sweep id that is safe in artifact names and unique enough across the sweeps of one run. */
function newSweepId(name: string): string {
  return `${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${randomBytes(4).toString('hex')}`;
}

/** The first round of a new matrix sweep. */
export function planFirstRound(plan: SweepPlan, shards?: number): MatrixPlan {
  return planMatrixRound(plan, [], { sweepId: newSweepId(plan.name), round: 1, shards: shards ?? plan.matrix.shards });
}

/** The `strategy.matrix` value for `fromJSON(...)`: one entry per leg. */
export function matrixJson(plan: MatrixPlan): string {
  return JSON.stringify({ shard: plan.legs.map((l) => l.shard) });
}

/** A plan of 10,000 trials with a dozen parameters is a few MiB; a file far larger is not a plan. */
const MAX_PLAN_BYTES = 256 * 1024 * 1024;

/**
 * Reads a plan written by the plan step, from a file (in a workflow: the plan artifact, downloaded
 * by the action; read bounded, as every file another job wrote) or as JSON text (the CLI's --plan);
 * anything else is refused with the reason.
 */
export async function readMatrixPlan(fileOrJson: string): Promise<MatrixPlan> {
  let value: unknown;
  const file = fileOrJson.trimStart().startsWith('{') ? 'the plan input' : fileOrJson;
  try {
    value = JSON.parse(file === fileOrJson ? await readTextBoundedAsync(fileOrJson, { maxBytes: MAX_PLAN_BYTES, what: 'sweep plan' }) : fileOrJson);
  } catch (error) {
    throw new InputError(`Cannot read the sweep plan ${file}: ${(error as Error).message}`, {
      hint: 'Pass the plan.json written by `mlops sweep plan` (in Actions: download the plan artifact first).',
    });
  }
  const plan = value as Partial<MatrixPlan>;
  if (plan?.schemaVersion !== 1 || typeof plan.sweepId !== 'string' || !Array.isArray(plan.legs)) {
    throw new InputError(`${file} is not a sweep plan (schemaVersion 1 with sweepId and legs).`, { hint: 'Pass the plan.json written by `mlops sweep plan`.' });
  }
  const bad = (plan.history ?? []).findIndex((t: unknown) => !isPlannedResult(t));
  if (plan.history !== undefined && (!Array.isArray(plan.history) || bad >= 0)) {
    throw new InputError(`${file}: history${bad >= 0 ? `[${bad}]` : ''} is not a list of finished trials ({number, params, state, value}).`, {
      hint: 'Pass the plan exactly as `mlops sweep plan` or the collect step wrote it.',
    });
  }
  return plan as MatrixPlan;
}

function isPlannedResult(value: unknown): value is PlannedResult {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    Number.isInteger(t.number) &&
    typeof t.params === 'object' && t.params !== null && !Array.isArray(t.params) &&
    (t.state === 'complete' || t.state === 'pruned' || t.state === 'failed') &&
    (t.value === undefined || typeof t.value === 'number')
  );
}

/** The plan's history as finished trials, for a sampler (what the plan does not carry is left empty). */
export function historyOf(plan: MatrixPlan): FrozenTrial[] {
  return (plan.history ?? []).map((t) => ({ ...t, metrics: {}, intermediates: [], attempts: 1, startedAt: '', seconds: 0 }));
}
