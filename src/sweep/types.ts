/**
 * The vocabulary of train-and-sweep, shared by the search space, samplers, pruners, the trial runner,
 * the journal and the matrix plan/collect steps. Modelled on Optuna: a Study is composed of a
 * Sampler, a Pruner and a journal; live trials run, finished trials are frozen (never change).
 */

/** A parameter value as the user's command receives it. */
export type ParamValue = string | number | boolean;

/** One configuration: dotted parameter names (`model.depth`) to values. */
export type Params = Record<string, ParamValue>;

/**
 * One dimension of the search space, as written in mlops.yml `sweep.space`.
 * - uniform / loguniform: real values in [low, high]; loguniform needs low > 0 (bounds are real values,
 *   not exponents); optional `step` quantizes (uniform only).
 * - int: integers in [low, high], both bounds inclusive; optional `step`, optional `log`.
 * - categorical: one of `choices`.
 * - const: always `value`.
 * `when` makes a parameter conditional: it exists only when the named parameters have those values.
 */
export type ParamSpec =
  | { type: 'uniform'; low: number; high: number; step?: number; when?: Params }
  | { type: 'loguniform'; low: number; high: number; when?: Params }
  | { type: 'int'; low: number; high: number; step?: number; log?: boolean; when?: Params }
  | { type: 'categorical'; choices: ParamValue[]; when?: Params }
  | { type: 'const'; value: ParamValue; when?: Params };

export type SearchSpace = Record<string, ParamSpec>;

type Goal = 'maximize' | 'minimize';

/** The metric the sweep optimises. */
export interface Objective {
  metric: string;
  goal: Goal;
  /** Stop the sweep early once a finished trial reaches this value. */
  target?: number;
}

type TrialState = 'complete' | 'failed' | 'pruned' | 'running';

/** An intermediate value reported by a running trial (`mlops:metric {"step": 3, "loss": 0.41}`). */
export interface Intermediate {
  step: number;
  values: Record<string, number>;
}

/** A finished trial; never changes once written to the journal. */
export interface FrozenTrial {
  /** 0-based, in the order trials were started; stable across resumes and shards. */
  number: number;
  params: Params;
  state: Exclude<TrialState, 'running'>;
  /** The objective's value (complete and pruned trials; for pruned, the last intermediate). */
  value?: number;
  /** Everything the trial's metrics file held (numbers only). */
  metrics: Record<string, number>;
  intermediates: Intermediate[];
  /** Why it failed: exit code or signal, and the last lines of stderr; or why it was pruned. */
  reason?: string;
  exitCode?: number | null;
  attempts: number;
  startedAt: string;
  seconds: number;
  /** Where the trial's output (its model) is. */
  outputDir?: string;
}

/** A deterministic random source (samplers must not use Math.random: sweeps are seeded). */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
}

/**
 * Proposes the next configuration. `finished` are the frozen trials so far (any order), `running`
 * the params of trials started but not finished (a model-based sampler uses them, e.g. with a
 * constant liar, so parallel trials do not collide). Must be deterministic for a given Random state.
 */
export interface Sampler {
  readonly name: string;
  suggest(space: SearchSpace, objective: Objective, finished: readonly FrozenTrial[], running: readonly Params[], random: Random): Params;
}

/** Decides whether a running trial should stop early, from its intermediates and the finished trials. */
export interface Pruner {
  readonly name: string;
  shouldPrune(objective: Objective, trial: { number: number; intermediates: readonly Intermediate[] }, finished: readonly FrozenTrial[]): boolean;
}
