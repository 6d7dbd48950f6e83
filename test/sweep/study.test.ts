import { bestTrial, runStudy, type StudyEvent } from '../../src/sweep/study.js';
import { configKey } from '../../src/sweep/space/key.js';
import type { FrozenTrial, Params, Pruner, Random, Sampler } from '../../src/sweep/types.js';

const objective = { metric: 'loss', goal: 'minimize' as const };
const space = { x: { type: 'int' as const, low: 0, high: 9 } };
const nop: Pruner = { name: 'nop', shouldPrune: () => false };

/** Proposes x = 0, 1, 2, ... in order, or a fixed list. */
function counting(values?: number[]): Sampler {
  let i = 0;
  return { name: 'counting', suggest: () => ({ x: values ? values[i++ % values.length] : i++ }) };
}

const random = (): Random => ({ next: () => 0.5 });

function trial(number: number, params: Params, value: number, state: FrozenTrial['state'] = 'complete'): FrozenTrial {
  return { number, params, state, value: state === 'failed' ? undefined : value, metrics: { loss: value }, intermediates: [], attempts: 1, startedAt: '2026-01-01T00:00:00Z', seconds: 0 };
}

function recorder() {
  const lines: string[] = [];
  return { lines, started: (n: number, p: Params) => void lines.push(`start ${n} ${JSON.stringify(p)}`), finished: (t: FrozenTrial) => void lines.push(`finish ${t.number}`) };
}

describe('runStudy', () => {
  test('keeps at most `parallel` trials running and records every start before its finish', async () => {
    let running = 0;
    let peak = 0;
    const rec = recorder();
    const result = await runStudy(
      { space, objective, trials: 6, parallel: 3, maxFailedShare: 1 },
      counting(),
      nop,
      async ({ number, params }) => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5 + (number % 3) * 5));
        running--;
        return trial(number, params, 10 - Number(params.x));
      },
      rec,
      random,
    );
    expect(peak).toBe(3);
    expect(result.trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.best?.params).toEqual({ x: 5 });
    for (let n = 0; n < 6; n++) expect(rec.lines.indexOf(`finish ${n}`)).toBeGreaterThan(rec.lines.findIndex((l) => l.startsWith(`start ${n} `)));
  });

  test('never runs a configuration twice and stops when the sampler has nothing new', async () => {
    const ran: number[] = [];
    const result = await runStudy({ space, objective, trials: 10, parallel: 2, maxFailedShare: 1 }, counting([1, 2, 1, 2]), nop, async ({ number, params }) => {
      ran.push(Number(params.x));
      return trial(number, params, 1);
    }, recorder(), random);
    expect(ran.sort()).toEqual([1, 2]);
    expect(result.stoppedEarly).toMatch(/no untried configuration/);
  });

  test('stops at the target value', async () => {
    const events: StudyEvent[] = [];
    const result = await runStudy(
      { space, objective: { ...objective, target: 7 }, trials: 10, parallel: 1, maxFailedShare: 1 },
      counting(),
      nop,
      async ({ number, params }) => trial(number, params, 10 - Number(params.x)),
      recorder(),
      random,
      undefined,
      (e) => events.push(e),
    );
    expect(result.trials).toHaveLength(4);
    expect(result.stoppedEarly).toBe('target reached');
    expect(events.filter((e) => e.kind === 'finished')).toHaveLength(4);
  });

  test('a resumed study keeps finished trials, reruns unfinished ones with their numbers, then goes on', async () => {
    const ran: string[] = [];
    const result = await runStudy(
      { space, objective, trials: 5, parallel: 1, maxFailedShare: 1 },
      counting([7, 8, 9]),
      nop,
      async ({ number, params }) => {
        ran.push(`${number}:${params.x}`);
        return trial(number, params, Number(params.x));
      },
      recorder(),
      random,
      { finished: [trial(0, { x: 3 }, 3), trial(1, { x: 4 }, 4)], unfinished: [{ number: 2, params: { x: 5 } }] },
    );
    expect(ran).toEqual(['2:5', '3:7', '4:8']);
    expect(result.best?.number).toBe(0);
  });

  test('failed trials never win; ties go to the lower number', () => {
    const trials = [trial(2, { x: 1 }, 1), trial(0, { x: 2 }, 1), trial(1, { x: 3 }, 0, 'failed')];
    expect(bestTrial(objective, trials)?.number).toBe(0);
    expect(configKey({ b: 1, a: 2 })).toBe(configKey({ a: 2, b: 1 }));
  });
});

describe('runStudy determinism', () => {
  test('the same seed gives the same trials at any parallelism, whatever order trials finish in', async () => {
    const { TpeSampler } = await import('../../src/sweep/samplers/index.js');
    const { createRandom } = await import('../../src/sweep/random.js');
    const realSpace = { x: { type: 'uniform' as const, low: -5, high: 5 }, y: { type: 'uniform' as const, low: -5, high: 5 } };
    const sweep = async (delays: (n: number) => number) => {
      const base = createRandom(11);
      const result = await runStudy(
        { space: realSpace, objective, trials: 18, parallel: 3, maxFailedShare: 1 },
        new TpeSampler(),
        nop,
        async ({ number, params }) => {
          await new Promise((r) => setTimeout(r, delays(number)));
          const x = Number(params.x);
          const y = Number(params.y);
          return trial(number, params, (x - 1) ** 2 + (y + 2) ** 2);
        },
        recorder(),
        (n) => base.fork(n),
      );
      return result.trials.map((t) => t.params);
    };
    const inOrder = await sweep(() => 1);
    const shuffled = await sweep((n) => ((n * 7) % 5) * 4);
    expect(shuffled).toEqual(inOrder);
  });
});

test('a trial whose run throws is recorded as failed with the error, and the sweep goes on (issue #16)', async () => {
  const rec = recorder();
  const result = await runStudy({ space, objective, trials: 4, parallel: 2, maxFailedShare: 1 }, counting(), nop, async ({ number, params }) => {
    if (number === 1) throw new RangeError('Maximum call stack size exceeded');
    return trial(number, params, 10 - Number(params.x));
  }, rec, random);
  expect(result.trials.map((t) => t.state)).toEqual(['complete', 'failed', 'complete', 'complete']);
  expect(result.trials[1].reason).toMatch(/^the sweep could not run this trial \(a bug; please report it with this reason\): RangeError: Maximum call stack size exceeded/);
  // Recorded as finished: a resumed sweep does not run it (and crash) again.
  expect(rec.lines).toContain('finish 1');
});
