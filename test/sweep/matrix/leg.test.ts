// A matrix leg learns from its own finished trials for its later ones (issue 15).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { legHistory } from '../../../src/sweep/matrix/leg.js';
import { planMatrixRound, readMatrixPlan } from '../../../src/sweep/matrix/matrix-plan.js';
import type { SweepPlan } from '../../../src/sweep/plan-sweep.js';
import { createRandom } from '../../../src/sweep/random.js';
import { runStudy } from '../../../src/sweep/study.js';
import type { FrozenTrial, Params, Sampler } from '../../../src/sweep/types.js';

const space = { x: { type: 'uniform' as const, low: 0, high: 1 } };
const objective = { metric: 'loss', goal: 'minimize' as const };
const plan = { space, objective, method: 'tpe', seed: 3, trials: 30, matrix: { shards: 2, rounds: 2 } } as unknown as SweepPlan;
const frozen = (number: number, params: Params): FrozenTrial => ({ number, params, state: 'complete', value: Number(params.x), metrics: {}, intermediates: [], attempts: 1, startedAt: '', seconds: 0 });

test("a TPE leg runs its first trial as planned, then proposes the next from the earlier rounds, its first trial's result and the other legs' trials as running", async () => {
  const earlier = Array.from({ length: 12 }, (_, n) => frozen(n, { x: (n + 0.5) / 12 }));
  const matrix = planMatrixRound(plan, earlier, { sweepId: 's', round: 2, shards: 2 });
  const leg = matrix.legs[0];
  expect(leg.trials.map((t) => t.number)).toEqual([12, 14, 16, 18, 20, 22, 24, 26, 28]);
  // The plan carries the results the legs learn from.
  expect(matrix.history).toHaveLength(12);

  const asked: { number: number; known: number[]; running: number }[] = [];
  const recording: Sampler = {
    name: 'recording',
    suggest: (_space, _objective, finished, running, random) => {
      asked.push({ number: asked.length, known: finished.map((t) => t.number), running: running.length });
      return { x: random.next() };
    },
  };
  const base = createRandom(plan.seed);
  const result = await runStudy(
    { space, objective, trials: leg.trials.length, parallel: 1, maxFailedShare: 1 },
    recording,
    { name: 'none', shouldPrune: () => false },
    async ({ number, params }) => frozen(number, params),
    { started() {}, finished() {} },
    (n) => base.fork(n),
    legHistory('tpe', matrix, leg),
  );
  expect(result.trials.map((t) => t.number)).toEqual(leg.trials.map((t) => t.number));
  expect(result.trials[0].params).toEqual(leg.trials[0].params);
  // Trial 14, the leg's second: the 12 earlier results and trial 12's, with 13 (leg 1) running.
  expect(asked[0]).toEqual({ number: 0, known: [...earlier.map((t) => t.number), 12], running: 1 });
  expect(result.trials[1].params).not.toEqual(leg.trials[1].params);
  // Trial 28, the last: every own trial before it, and leg 1's trials 13 to 27 running.
  expect(asked.at(-1)).toEqual({ number: 7, known: [...earlier.map((t) => t.number), 12, 14, 16, 18, 20, 22, 24, 26], running: 8 });
  // Grid and random legs learn nothing: they run the plan as it is.
  expect(legHistory('random', matrix, leg)).toEqual({ finished: [], unfinished: leg.trials });
});

test('a plan whose history is not a list of finished trials is refused with where and how to fix it', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-plan-'));
  try {
    const file = path.join(dir, 'plan-r2.json');
    const good = planMatrixRound(plan, [frozen(0, { x: 0.5 })], { sweepId: 's', round: 2, shards: 2 });
    await writeFile(file, JSON.stringify({ ...good, history: [good.history![0], { number: 'one', params: {} }] }));
    await expect(readMatrixPlan(file)).rejects.toThrow(`${file}: history[1] is not a list of finished trials`);
    // Plans written before the field existed are still read.
    const { history: _history, ...older } = good;
    await writeFile(file, JSON.stringify(older));
    expect((await readMatrixPlan(file)).legs).toEqual(good.legs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
