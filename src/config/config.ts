import path from 'node:path';
import { ConfigError } from '../shared/errors.js';
import type { DataFormat } from '../data/readers/types.js';
import type { RawDataSchema } from '../data/schema/raw-schema.js';
import { checkConfigSchema } from './schema-check.js';
import type { SearchSpace } from '../sweep/types.js';
import { readYamlFile, type YamlSource } from './yaml-source.js';

/** Drift thresholds for one metric: at or above `warn` is a warning, at or above `fail` a failure. */
interface Thresholds {
  warn?: number;
  fail?: number;
}

/** The `validate.drift` section of mlops.yml. */
interface DriftConfig {
  psi?: Thresholds;
  js?: Thresholds;
  linf?: Thresholds;
  drifted_share_fail?: number;
  columns?: Record<string, { psi?: Thresholds; js?: Thresholds; linf?: Thresholds; skip?: boolean }>;
}

/** The `train` section: the user's training command, run once per trial. */
interface TrainConfig {
  command: string | string[];
  workdir?: string;
  timeout?: number;
  retries?: number;
  env?: Record<string, string>;
}

/** The `sweep` section: search method, budget, objective and space. */
export interface SweepConfig {
  method?: 'grid' | 'random' | 'tpe' | 'gp';
  trials?: number;
  parallel?: number;
  seed?: number;
  metric: { name: string; goal: 'maximize' | 'minimize'; target?: number };
  space: SearchSpace;
  pruner?: { type: 'none' | 'median' | 'asha'; metric?: string; goal?: 'maximize' | 'minimize'; startup_trials?: number; warmup_steps?: number; min_resource?: number; reduction_factor?: number };
  max_failed_share?: number;
  matrix?: { shards?: number; rounds?: number };
}

/** mlops.yml as validated against schema/mlops.schema.json; paths are as written (relative to the file). */
interface Config {
  version?: 1;
  name: string;
  data: {
    train: string | string[];
    eval?: string | string[];
    format?: DataFormat;
    label?: string;
    schema?: string | RawDataSchema;
  };
  validate?: {
    fail_on?: 'error' | 'warning' | 'never';
    baseline?: string;
    profile_out?: string;
    report?: string;
    drift?: DriftConfig;
  };
  train?: TrainConfig;
  sweep?: SweepConfig;
  gate?: Record<string, unknown>;
  deploy?: DeployConfig;
}

/** mlops.yml `deploy:` (schema/mlops.schema.json has the descriptions). */
export interface DeployConfig {
  environments?: string[];
  run_environment?: string;
  target?: { command?: string; webhook?: string; secret_env?: string; timeout?: number };
  health?: { url?: string; command?: string; json_field?: string; expect?: string | number | boolean; attempts?: number; interval?: number; timeout?: number };
  smoke?: { url?: string; command?: string; rows?: number; data?: string };
  environment_url?: string;
  require_protection?: boolean;
}

/** A loaded config, with the folder its relative paths are resolved against. */
export interface LoadedConfig {
  config: Config;
  file: string;
  /** The folder that holds mlops.yml: relative paths inside it are relative to this folder. */
  dir: string;
  source: YamlSource;
}

export async function loadConfig(file: string): Promise<LoadedConfig> {
  const source = await readYamlFile(file, 'config file');
  if (source.value === null || typeof source.value !== 'object' || Array.isArray(source.value)) {
    throw new ConfigError(`${file} must be a YAML mapping (key: value lines), not ${describeValue(source.value)}.`, {
      location: { file, line: 1, column: 1 },
      hint: 'Start from examples/penguins/mlops.yml.',
    });
  }
  checkUnreadSections(source);
  checkConfigSchema(source);
  return { config: source.value as Config, file, dir: path.dirname(path.resolve(file)), source };
}

/**
 * Top-level sections an earlier schema reserved and no stage reads: each is refused with what reads
 * its settings instead, so that nothing written in mlops.yml is silently ignored.
 */
const UNREAD_SECTIONS: Record<string, { why: string; hint: string }> = {
  registry: {
    why: 'no stage reads it: register-model takes its settings from its inputs (the options of `mlops register`)',
    hint: 'Remove the registry: section; pass the settings to register-model (`mlops register --help` lists them).',
  },
  environments: {
    why: 'no stage reads it: deploy-env reads deploy.environments (the promotion order) and deploy.run_environment',
    hint: 'Move the environment names to deploy.environments (e.g. deploy: { environments: [staging, production] }) and remove the top-level environments: section.',
  },
};

function checkUnreadSections(source: YamlSource): void {
  const value = source.value as Record<string, unknown>;
  for (const [key, { why, hint }] of Object.entries(UNREAD_SECTIONS)) {
    if (!Object.hasOwn(value, key)) continue;
    throw new ConfigError(`${key}: in mlops.yml is not used: ${why}.`, { location: source.locate([key], { keyOf: true }), hint });
  }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** A config value that may be one path or several, as a list. */
export function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
