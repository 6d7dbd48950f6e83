import os from 'node:os';
import path from 'node:path';
import { loadConfig, type LoadedConfig, type SweepConfig } from '../config/config.js';
import { ConfigError, InputError, type SourceLocation } from '../shared/errors.js';
import { DEFAULT_RECORD_FILE } from '../record/index.js';
import { projectPath } from '../config/paths.js';
import { AshaPruner, MedianPruner, NopPruner } from './pruners/index.js';
import { GpSampler, GridSampler, RandomSampler, TpeSampler } from './samplers/index.js';
import { parseSpace } from './space/index.js';
import { checkCommand, type TrialCommand } from './trial/index.js';
import type { Objective, Pruner, Sampler, SearchSpace } from './types.js';

export type SweepMethod = 'grid' | 'random' | 'tpe' | 'gp';

/** What a user asked for, from action inputs or CLI options; unset fields come from mlops.yml. */
export interface SweepRequest {
  cwd: string;
  config: string;
  command?: string;
  trials?: number;
  parallel?: number;
  method?: SweepMethod;
  seed?: number;
  /** Go on with the journal in `out` instead of starting a new sweep. */
  resume?: boolean;
  /** Folder of the sweep's outputs (journal, trials, tables), relative to cwd; default .mlops/sweep beside mlops.yml. */
  out?: string;
  /** The run record the sweep part goes into, relative to cwd; default .mlops/record.json beside mlops.yml. */
  record?: string;
}

/** The one settings object of a sweep (docs/architecture.md "Conventions"), built from the request, mlops.yml and defaults. */
export interface SweepPlan {
  name: string;
  configFile: string;
  command: TrialCommand;
  /** Where trials run: the folder of mlops.yml unless train.workdir says otherwise. */
  workdir: string;
  timeoutSeconds?: number;
  retries: number;
  env: Record<string, string>;
  space: SearchSpace;
  objective: Objective;
  method: SweepMethod;
  trials: number;
  parallel: number;
  seed: number;
  maxFailedShare: number;
  pruner: SweepConfig['pruner'];
  resume: boolean;
  outDir: string;
  /** The run record (absolute path) that gets the sweep part. */
  recordFile: string;
  matrix: { shards: number; rounds: number };
  /** Where `method` and `seed` came from: a resumed journal must agree with what was asked for. */
  origins: { method: SettingOrigin; seed: SettingOrigin };
  /** The mlops.yml keys naming metrics the trials must write, located for errors (sweep.metric.name, sweep.pruner.metric). */
  metricKeys: { objective: SourceLocation; pruner?: SourceLocation };
}

/** Where a setting came from: an option (CLI option or action input), a key of mlops.yml, or the default. */
export type SettingOrigin = { from: 'option' } | { from: 'config'; location: SourceLocation } | { from: 'default' };

const DEFAULT_SWEEP_OUT = '.mlops/sweep';

export async function planSweep(request: SweepRequest): Promise<SweepPlan> {
  const loaded = await loadConfig(path.resolve(request.cwd, request.config));
  const { config } = loaded;
  if (!config.train && !request.command) {
    throw new ConfigError(`${loaded.file} has no train section: train-and-sweep does not know what to run.`, {
      location: { file: loaded.file, line: 1, column: 1, key: 'train' },
      hint: 'Add `train: { command: "python train.py" }` (the command runs once per trial; see the README for the trial protocol).',
    });
  }
  const sweep = config.sweep;
  if (!sweep) {
    throw new ConfigError(`${loaded.file} has no sweep section: there is no metric to optimise or space to search.`, {
      location: { file: loaded.file, line: 1, column: 1, key: 'sweep' },
      hint: 'Add `sweep: { metric: { name: accuracy, goal: maximize }, space: { lr: { type: loguniform, low: 0.0001, high: 0.1 } } }`.',
    });
  }
  const space = parseSpace(sweep.space, { file: loaded.file, locate: (p) => loaded.source.locate(p) });
  const command: TrialCommand = request.command ?? config.train!.command;
  const workdir = path.resolve(loaded.dir, config.train?.workdir ?? '.');
  checkCommand(command, Object.keys(space), { cwd: workdir, location: request.command ? undefined : locate(loaded, ['train', 'command']) });
  const positive = (value: number | undefined, option: string) => {
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
      throw new InputError(`${option} must be a whole number of at least 1, not ${value}.`, { hint: `For example ${option} 4.` });
    }
    return value;
  };
  return {
    name: config.name,
    configFile: loaded.file,
    command,
    workdir,
    timeoutSeconds: config.train?.timeout ?? 3600,
    retries: config.train?.retries ?? 0,
    env: config.train?.env ?? {},
    space,
    objective: { metric: sweep.metric.name, goal: sweep.metric.goal, target: sweep.metric.target },
    method: request.method ?? sweep.method ?? 'tpe',
    trials: positive(request.trials, '--trials') ?? sweep.trials ?? 20,
    parallel: positive(request.parallel, '--parallel') ?? sweep.parallel ?? Math.max(1, os.availableParallelism()),
    seed: request.seed ?? sweep.seed ?? 0,
    maxFailedShare: sweep.max_failed_share ?? 1,
    pruner: sweep.pruner,
    resume: request.resume ?? false,
    // The path rule (config/paths.ts): options against cwd, defaults beside mlops.yml.
    outDir: projectPath(request.out, { cwd: request.cwd, projectDir: loaded.dir }, DEFAULT_SWEEP_OUT),
    recordFile: projectPath(request.record, { cwd: request.cwd, projectDir: loaded.dir }, DEFAULT_RECORD_FILE),
    matrix: { shards: sweep.matrix?.shards ?? 4, rounds: sweep.matrix?.rounds ?? 1 },
    origins: { method: originOf(loaded, request.method, sweep.method, 'method'), seed: originOf(loaded, request.seed, sweep.seed, 'seed') },
    metricKeys: {
      objective: locate(loaded, ['sweep', 'metric', 'name']),
      pruner: sweep.pruner?.metric === undefined || sweep.pruner.type === 'none' ? undefined : locate(loaded, ['sweep', 'pruner', 'metric']),
    },
  };
}

function originOf(loaded: LoadedConfig, option: unknown, configured: unknown, key: string): SettingOrigin {
  if (option !== undefined) return { from: 'option' };
  if (configured !== undefined) return { from: 'config', location: locate(loaded, ['sweep', key]) };
  return { from: 'default' };
}

function locate(loaded: LoadedConfig, keys: string[]) {
  return { ...loaded.source.locate(keys), key: keys.join('.') };
}

/** The sampler of a method. Grid walks its points in a seeded order; TPE and GP start with random trials. */
export function samplerFor(plan: Pick<SweepPlan, 'method' | 'seed'>): Sampler {
  switch (plan.method) {
    case 'grid':
      return new GridSampler({ seed: plan.seed });
    case 'random':
      return new RandomSampler();
    case 'tpe':
      return new TpeSampler();
    case 'gp':
      return new GpSampler();
  }
}

/**
 * The pruner of the sweep, judging its own metric when `pruner.metric` names one (a trainer may report
 * `eval_loss` per epoch and `accuracy` at the end).
 */
export function prunerFor(plan: Pick<SweepPlan, 'pruner' | 'objective'>): Pruner {
  const config = plan.pruner;
  if (!config || config.type === 'none') return new NopPruner();
  const inner =
    config.type === 'median'
      ? new MedianPruner({ nStartupTrials: config.startup_trials, nWarmupSteps: config.warmup_steps })
      : new AshaPruner({ minResource: config.min_resource, reductionFactor: config.reduction_factor });
  const objective: Objective = { metric: config.metric ?? plan.objective.metric, goal: config.goal ?? plan.objective.goal };
  return { name: inner.name, shouldPrune: (_objective, trial, finished) => inner.shouldPrune(objective, trial, finished) };
}
