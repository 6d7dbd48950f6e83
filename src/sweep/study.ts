import { configKey } from './space/key.js';
import type { FrozenTrial, Intermediate, Objective, Params, Pruner, Random, Sampler, SearchSpace } from './types.js';

/** What a study needs besides its collaborators. */
export interface StudySettings {
  space: SearchSpace;
  objective: Objective;
  /** Trials in all, finished ones from a resumed journal included. */
  trials: number;
  /** Trials running at once. */
  parallel: number;
  /** The sweep fails when more than this share of its trials failed (1: only when all did). */
  maxFailedShare: number;
  /** Asked before new trials start: a reason ends the study there (running trials finish) and becomes its `stoppedEarly`. */
  stop?: () => string | undefined;
}

/** Runs one trial to its end; `shouldPrune` is asked after each intermediate report. */
export type TrialExecutor = (
  trial: { number: number; params: Params },
  shouldPrune: (intermediates: readonly Intermediate[]) => boolean,
) => Promise<FrozenTrial>;

/** The append-only record of the sweep (the journal): started trials, then finished ones. */
export interface StudyRecorder {
  started(number: number, params: Params): void;
  finished(trial: FrozenTrial): void;
}

/** A trial number with its configuration. */
interface Proposal {
  number: number;
  params: Params;
}

/** What a resumed sweep already has, and (for a matrix leg) what the rest of the sweep does. */
export interface StudyHistory {
  finished: FrozenTrial[];
  /** Trials started before a crash and never finished: run again with the same number and params. */
  unfinished: Proposal[];
  /**
   * The trials this study runs, by number, in order, as a matrix round planned them (the study
   * proposes no other numbers). Each runs its planned configuration until the study has a result of
   * its own to learn from (one of its trials has finished); later ones are proposed again, from the
   * results of `elsewhere` and of this study's own finished trials.
   */
  planned?: Proposal[];
  /** The sweep's trials run elsewhere: earlier rounds' results, and other legs' planned trials (running for the sampler). */
  elsewhere?: { finished: readonly FrozenTrial[]; running: readonly Proposal[] };
}

export type StudyEvent =
  | { kind: 'started'; number: number; params: Params; running: number }
  | { kind: 'finished'; trial: FrozenTrial; best?: FrozenTrial; done: number; total: number };

export interface StudyResult {
  trials: FrozenTrial[];
  best?: FrozenTrial;
  /** Why the study stopped before `trials`, if it did: the target was reached, or the grid ran out. */
  stoppedEarly?: string;
}

/** Whether `a` is better than `b` for the objective. */
export function better(objective: Objective, a: number, b: number): boolean {
  return objective.goal === 'maximize' ? a > b : a < b;
}

/** The best complete trial (lowest number wins ties, so results are deterministic). */
export function bestTrial(objective: Objective, trials: readonly FrozenTrial[]): FrozenTrial | undefined {
  let best: FrozenTrial | undefined;
  for (const t of [...trials].sort((x, y) => x.number - y.number)) {
    if (t.state !== 'complete' || t.value === undefined) continue;
    if (!best || better(objective, t.value, best.value!)) best = t;
  }
  return best;
}

/** The record of a trial whose run threw: failed, the error (with its first frames) as the reason. */
function crashedTrial(trial: { number: number; params: Params }, startedAt: string, error: unknown): FrozenTrial {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`).split('\n').slice(0, 6).join('\n') : String(error);
  return {
    number: trial.number,
    params: trial.params,
    state: 'failed',
    metrics: {},
    intermediates: [],
    reason: `the sweep could not run this trial (a bug; please report it with this reason): ${text}`,
    attempts: 1,
    startedAt,
    seconds: (Date.now() - Date.parse(startedAt)) / 1000,
  };
}

function reached(objective: Objective, best: FrozenTrial | undefined): boolean {
  if (objective.target === undefined || best?.value === undefined) return false;
  return objective.goal === 'maximize' ? best.value >= objective.target : best.value <= objective.target;
}

/**
 * Asks `sampler` for a configuration not in `seen` (a sampler may propose one already tried: grids
 * end, TPE converges), a bounded number of times; adds it to `seen`. Undefined: the space is exhausted.
 */
export function proposeNew(
  sampler: Sampler,
  settings: Pick<StudySettings, 'space' | 'objective'>,
  known: readonly FrozenTrial[],
  running: readonly Params[],
  random: Random,
  seen: Set<string>,
): Params | undefined {
  for (let attempt = 0; attempt < 100; attempt++) {
    const params = sampler.suggest(settings.space, settings.objective, known, running, random);
    const key = configKey(params);
    if (seen.has(key)) continue;
    seen.add(key);
    return params;
  }
  return undefined;
}

/**
 * The sweep loop, written once over its collaborators (Optuna's Study): keeps `parallel` trials
 * running, asks the sampler for each new configuration from every finished trial with the running
 * ones as context (the rule, and what it trades, above `propose`), never runs a configuration
 * twice, records every start and finish before acting on it, and stops at the trial budget, the
 * target value, or when the sampler has nothing new (a finished grid).
 */
export async function runStudy(
  settings: StudySettings,
  sampler: Sampler,
  pruner: Pruner,
  execute: TrialExecutor,
  recorder: StudyRecorder,
  randomFor: (number: number) => Random,
  history: StudyHistory = { finished: [], unfinished: [] },
  onEvent: (event: StudyEvent) => void = () => {},
): Promise<StudyResult> {
  const finished = [...history.finished];
  const queue = [...history.unfinished];
  const planned = history.planned;
  let taken = 0;
  const elsewhere = history.elsewhere ?? { finished: [], running: [] };
  const seen = new Set([...finished, ...queue, ...elsewhere.finished, ...elsewhere.running].map((t) => configKey(t.params)));
  const running = new Map<number, Params>();
  let next = Math.max(-1, ...finished.map((t) => t.number), ...queue.map((t) => t.number)) + 1;
  let stoppedEarly: string | undefined = reached(settings.objective, bestTrial(settings.objective, finished)) ? 'target reached' : undefined;
  let exhausted = false;

  /**
   * Trial n is proposed from every trial that has finished when it is proposed (with `elsewhere`'s
   * results), every trial started and not finished counting as running (the constant liar); it
   * never waits for a straggler, so no slot idles while another trial runs long. So trial 16 of a
   * 16-at-once sweep knows trials 0 to 15 when they have all finished, as each batch of Optuna's
   * knows every earlier one; proposing it from the trials numbered up to n - parallel only (so
   * that a seed gave the same trials whatever order they finished in) lost to Optuna at 16 at once
   * (README "Sweeps in parallel"). The trade: at parallel > 1 a seed gives the same trials only
   * when each trial is proposed with the same trials finished (the same finish order); one at a
   * time it always does, as before. Trial n is random while finished + running trials are fewer
   * than the sampler's startup (every trial before n is one or the other), so the first
   * nStartupTrials are the same at any parallelism and any finish order. With `planned` numbers a
   * slot keeps the plan's configuration until one of the study's own trials has finished (it
   * knows nothing the plan did not, and the other legs count on it as running); `elsewhere` adds
   * the earlier rounds' results, and the other legs' trials numbered before n as running.
   */
  const propose = (): Proposal | undefined => {
    const resumed = queue.shift();
    if (resumed) return resumed;
    if (exhausted) return undefined;
    let number = next;
    let params: Params | undefined;
    if (planned) {
      const slot = planned[taken];
      if (!slot) return undefined;
      number = slot.number;
      if (finished.length === 0) params = slot.params;
    }
    if (params) seen.add(configKey(params));
    else {
      // By number, not finish order: a sampler then sees the same lists for the same trials.
      const known = [...elsewhere.finished, ...[...finished].sort((a, b) => a.number - b.number)];
      const liars = [
        ...[...running].sort(([a], [b]) => a - b).map(([, p]) => p),
        ...elsewhere.running.filter((t) => t.number < number).map((t) => t.params),
      ];
      params = proposeNew(sampler, settings, known, liars, randomFor(number), seen);
    }
    if (!params) {
      exhausted = true;
      return undefined;
    }
    if (planned) taken++;
    else next++;
    return { number, params };
  };

  const inFlight = new Set<Promise<void>>();
  const start = (trial: { number: number; params: Params }) => {
    running.set(trial.number, trial.params);
    recorder.started(trial.number, trial.params);
    onEvent({ kind: 'started', number: trial.number, params: trial.params, running: running.size });
    const startedAt = new Date().toISOString();
    // A trial's failure stays that trial's failure: should running it throw after all (the executor
    // answers failed trials itself, so this is a bug), it is recorded as failed, with the error, and
    // the sweep goes on. Otherwise the journal would keep it started and every resume would crash again.
    const run = Promise.resolve()
      .then(() => execute(trial, (intermediates) => pruner.shouldPrune(settings.objective, { number: trial.number, intermediates }, finished)))
      .catch((error: unknown) => crashedTrial(trial, startedAt, error));
    const promise = run.then((result) => {
      running.delete(trial.number);
      recorder.finished(result);
      finished.push(result);
      const best = bestTrial(settings.objective, finished);
      onEvent({ kind: 'finished', trial: result, best, done: finished.length, total: settings.trials });
      if (!stoppedEarly && reached(settings.objective, best)) stoppedEarly = 'target reached';
      inFlight.delete(promise);
    });
    inFlight.add(promise);
  };

  for (;;) {
    stoppedEarly ??= settings.stop?.();
    while (!stoppedEarly && inFlight.size < settings.parallel && finished.length + inFlight.size < settings.trials) {
      const trial = propose();
      if (!trial) break;
      start(trial);
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
  if (!stoppedEarly && exhausted && finished.length < settings.trials) stoppedEarly = 'the search space has no untried configuration left';
  const trials = finished.sort((a, b) => a.number - b.number);
  return { trials, best: bestTrial(settings.objective, trials), stoppedEarly };
}
