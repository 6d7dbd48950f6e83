// Parallel trials stay model-based (issue 15): what made 8-at-once sweeps as good as Optuna's.
import { createRandom } from '../../../src/sweep/random.js';
import { GpSampler, RandomSampler, TpeSampler } from '../../../src/sweep/samplers/index.js';
import { runStudy } from '../../../src/sweep/study.js';
import type { FrozenTrial, Params, Sampler, SearchSpace } from '../../../src/sweep/types.js';

const minimize = { metric: 'loss', goal: 'minimize' as const };
const space: SearchSpace = { x: { type: 'uniform', low: 0, high: 1 }, y: { type: 'uniform', low: 0, high: 1 } };
const bowl = (p: Params) => ((p.x as number) - 0.3) ** 2 + ((p.y as number) - 0.7) ** 2;
const frozen = (number: number, params: Params): FrozenTrial => ({ number, params, state: 'complete', value: bowl(params), metrics: {}, intermediates: [], attempts: 1, startedAt: '', seconds: 0 });

/** The trials of a `parallel`-at-once sweep of `sampler`, seed 5. */
async function sweep(sampler: Sampler, parallel: number, trials: number): Promise<Params[]> {
  const base = createRandom(5);
  const result = await runStudy(
    { space, objective: minimize, trials, parallel, maxFailedShare: 1 },
    sampler,
    { name: 'none', shouldPrune: () => false },
    async ({ number, params }) => frozen(number, params),
    { started() {}, finished() {} },
    (n) => base.fork(n),
  );
  return result.trials.map((t) => t.params);
}

test('8 at once: trials 0-9 are the random startup at any parallelism, trial 10 is proposed by the model (running trials count)', async () => {
  const random = await sweep(new RandomSampler(), 1, 12);
  const eight = await sweep(new TpeSampler(), 8, 12);
  expect(eight.slice(0, 10)).toEqual(random.slice(0, 10));
  expect((await sweep(new TpeSampler(), 1, 10)).slice(0, 10)).toEqual(random.slice(0, 10));
  // Counting finished trials only, trials 10-17 were random too: 18 of 40 trials wasted.
  expect(eight[10]).not.toEqual(random[10]);
  expect(eight[11]).not.toEqual(random[11]);
});

test('GP, kriging believer: running trials near the optimum thin it out, they do not turn it into a bad region', () => {
  const root = createRandom('gp');
  const finished = Array.from({ length: 16 }, (_, n) => frozen(n, { x: root.fork(n).next(), y: root.fork(`y${n}`).next() }));
  const gp = new GpSampler({ nCandidates: 300 });
  const first = gp.suggest(space, minimize, finished, [], createRandom(1));
  // Six trials already running around the optimum (0.3, 0.7).
  const ring = Array.from({ length: 6 }, (_, i) => ({ x: 0.3 + 0.06 * Math.cos(i), y: 0.7 + 0.06 * Math.sin(i) }));
  const next = gp.suggest(space, minimize, finished, ring, createRandom(1));
  expect(next).not.toEqual(first);
  // Believed at the model's mean, they leave the good region good (the worst-value liar made it look bad).
  expect(bowl(next)).toBeLessThan(0.02);
});
