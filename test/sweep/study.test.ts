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

  test('resumed in parallel: unfinished trials rerun first with their params, and the next proposal counts them as running', async () => {
    const { asked, sampler } = recordingSampler();
    const ran: string[] = [];
    await runStudy({ space: { x: { type: 'int', low: 0, high: 99 } }, objective, trials: 5, parallel: 3, maxFailedShare: 1 }, sampler, nop, async ({ number, params }) => {
      ran.push(`${number}:${params.x}`);
      return trial(number, params, 1);
    }, recorder(), random, { finished: [trial(0, { x: 50 }, 1)], unfinished: [{ number: 1, params: { x: 51 } }, { number: 2, params: { x: 52 } }] });
    expect(ran.slice(0, 2)).toEqual(['1:51', '2:52']);
    expect(asked[0]).toEqual({ known: [0], running: [51, 52] });
  });

  test('failed trials never win; ties go to the lower number', () => {
    const trials = [trial(2, { x: 1 }, 1), trial(0, { x: 2 }, 1), trial(1, { x: 3 }, 0, 'failed')];
    expect(bestTrial(objective, trials)?.number).toBe(0);
    expect(configKey({ b: 1, a: 2 })).toBe(configKey({ a: 2, b: 1 }));
  });
});

/** A sampler that records what each proposal knew (finished numbers, running x values) and proposes x = 0, 1, 2, ... */
function recordingSampler() {
  const asked: { known: number[]; running: number[] }[] = [];
  const sampler: Sampler = {
    name: 'recording',
    suggest: (_space, _objective, finished, running) => {
      asked.push({ known: finished.map((t) => t.number), running: running.map((p) => Number(p.x)) });
      return { x: asked.length - 1 };
    },
  };
  return { asked, sampler };
}

describe('runStudy in parallel (issue #15): a trial learns from every finished trial and waits for none', () => {
  test('8 at once: trials 8-15 are proposed knowing all of 0-7 once they have finished, the batch before them as running', async () => {
    const { asked, sampler } = recordingSampler();
    // Trials end as soon as they start: 0-7 have all finished when trial 8 is proposed.
    await runStudy({ space: { x: { type: 'int', low: 0, high: 99 } }, objective, trials: 16, parallel: 8, maxFailedShare: 1 }, sampler, nop, async ({ number, params }) => trial(number, params, 1), recorder(), random);
    const all = [0, 1, 2, 3, 4, 5, 6, 7];
    // Proposing trial n from the trials up to n - 8 only, trial 8 knew trial 0 alone, with 1-7 as running.
    expect(asked[8]).toEqual({ known: all, running: [] });
    expect(asked[9]).toEqual({ known: all, running: [8] });
    expect(asked[15]).toEqual({ known: all, running: [8, 9, 10, 11, 12, 13, 14] });
  });

  test('a straggler leaves no slot idle: later trials start and are proposed with it running', async () => {
    const { asked, sampler } = recordingSampler();
    const order: string[] = [];
    let release = () => {};
    const straggler = new Promise<void>((resolve) => (release = resolve));
    // Should the study wait for trial 0 after all, it is let go soon, after the others could have run.
    const fallback = setTimeout(() => release(), 20);
    await runStudy({ space: { x: { type: 'int', low: 0, high: 99 } }, objective, trials: 8, parallel: 3, maxFailedShare: 1 }, sampler, nop, async ({ number, params }) => {
      order.push(`start ${number}`);
      if (number === 0) await straggler;
      else if (number === 7) release();
      order.push(`finish ${number}`);
      return trial(number, params, 1);
    }, recorder(), random);
    clearTimeout(fallback);
    // Trials 1-7 ran on the two other slots while trial 0 ran.
    expect(order.indexOf('finish 0')).toBeGreaterThan(order.indexOf('start 7'));
    // Trial 3 was proposed from trials 1 and 2, with trial 0 running; trial 7 from 1-6.
    expect(asked[3]).toEqual({ known: [1, 2], running: [0] });
    expect(asked[7]).toEqual({ known: [1, 2, 3, 4, 5, 6], running: [0] });
  });
  test('a matrix leg 2 at once keeps the plan until a trial of its own has finished, then learns from all its finished ones', async () => {
    const { asked, sampler } = recordingSampler();
    const planned = [10, 12, 14, 16].map((number) => ({ number, params: { x: 90 + number } }));
    const result = await runStudy({ space: { x: { type: 'int', low: 0, high: 199 } }, objective, trials: 4, parallel: 2, maxFailedShare: 1 }, sampler, nop, async ({ number, params }) => trial(number, params, 1), recorder(), random, {
      finished: [],
      unfinished: [],
      planned,
      elsewhere: { finished: [trial(9, { x: 9 }, 1)], running: [11, 13, 15].map((number) => ({ number, params: { x: 90 + number } })) },
    });
    expect(result.trials.slice(0, 2).map((t) => t.params)).toEqual([planned[0].params, planned[1].params]);
    // Trial 14: the earlier round's result and both of the leg's first trials; the other leg's 11 and 13 running.
    expect(asked[0]).toEqual({ known: [9, 10, 12], running: [101, 103] });
  });
});

describe('runStudy determinism', () => {
  const realSpace = { x: { type: 'uniform' as const, low: -5, high: 5 }, y: { type: 'uniform' as const, low: -5, high: 5 } };
  /** A seeded TPE sweep of 18 trials; `delays` sets how many event-loop turns each trial takes. */
  const sweep = async (parallel: number, delays: (n: number) => number) => {
    const { TpeSampler } = await import('../../src/sweep/samplers/index.js');
    const { createRandom } = await import('../../src/sweep/random.js');
    const base = createRandom(11);
    const result = await runStudy(
      { space: realSpace, objective, trials: 18, parallel, maxFailedShare: 1 },
      new TpeSampler(),
      nop,
      async ({ number, params }) => {
        for (let turn = 0; turn < delays(number); turn++) await new Promise((r) => setImmediate(r));
        return trial(number, params, (Number(params.x) - 1) ** 2 + (Number(params.y) + 2) ** 2);
      },
      recorder(),
      (n) => base.fork(n),
    );
    return result.trials.map((t) => t.params);
  };
  const shuffled = (n: number) => (n * 7) % 5;

  test('one at a time, the same seed gives the same trials however long each takes', async () => {
    expect(await sweep(1, shuffled)).toEqual(await sweep(1, () => 0));
  });

  test('in parallel, the same seed gives the same trials when they finish in the same order; the random startup whatever the order', async () => {
    const inOrder = await sweep(3, () => 0);
    expect(await sweep(3, () => 0)).toEqual(inOrder);
    // The first 10 (TPE's startup) are random at any parallelism and finish order (the trade: later ones may differ).
    const other = await sweep(3, shuffled);
    expect(other.slice(0, 10)).toEqual(inOrder.slice(0, 10));
    expect((await sweep(1, () => 0)).slice(0, 10)).toEqual(inOrder.slice(0, 10));
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
