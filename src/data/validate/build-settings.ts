import { existsSync } from 'node:fs';
import path from 'node:path';
import { asList, loadConfig, type LoadedConfig } from '../../config/config.js';
import { projectPath } from '../../config/paths.js';
import { InputError } from '../../shared/errors.js';
import type { DriftOptions } from '../drift/index.js';
import type { DataFormat } from '../readers/types.js';
import { loadConfiguredSchema, loadSchemaFile, loadSchemaFromRaw } from '../schema/load-schema.js';
import { inferColumnTypes } from './infer-types.js';
import { checkConfiguredLabel, checkConfiguredPaths } from './config-data.js';
import { ConfigError } from '../../shared/errors.js';
import type { FailOn } from './report.js';
import type { ValidateSettings } from './validate.js';
import { defaultParallelism } from '../parallel/standby.js';

/** What a user asked for, from action inputs or CLI options; unset fields fall back to mlops.yml. */
export interface ValidateRequest {
  cwd: string;
  /** Path of mlops.yml; when it is the default and absent, data and schema must come as options. */
  config?: string;
  configIsDefault?: boolean;
  data?: string[];
  eval?: string[];
  format?: DataFormat;
  schema?: string;
  baseline?: string;
  failOn?: FailOn;
  profileOut?: string;
  reportOut?: string;
  parallelism?: number;
  workerScript?: string;
}

export interface ValidatePlan {
  settings: ValidateSettings;
  /** Absolute paths the profile and JSON report are written to. */
  profileOut: string;
  reportOut: string;
}

const DEFAULT_PROFILE_OUT = '.mlops/profile.json';
const DEFAULT_REPORT_OUT = '.mlops/validate-report.json';

/** Builds the one settings object of a validation (docs/architecture.md "Conventions"): request first, then mlops.yml, then defaults. */
export async function planValidation(request: ValidateRequest): Promise<ValidatePlan> {
  const configPath = request.config ? path.resolve(request.cwd, request.config) : undefined;
  let loaded: LoadedConfig | undefined;
  if (configPath && (existsSync(configPath) || !request.configIsDefault)) loaded = await loadConfig(configPath);
  const config = loaded?.config;
  if (config?.validate?.drift && loaded) checkDriftThresholds(config.validate.drift, loaded);
  // Paths from mlops.yml are relative to its folder; paths given as options are relative to cwd.
  const fromConfig = (p: string) => path.resolve(loaded!.dir, p);
  const fromRequest = (p: string) => path.resolve(request.cwd, p);

  const train = request.data?.length ? request.data.map(fromRequest) : asList(config?.data.train).map(fromConfig);
  if (train.length === 0) {
    throw new InputError('No data to validate: give data paths, or a config file whose data.train names them.', {
      hint: configPath ? `${configPath} was not found; pass --data FILE (action input "data") or create it.` : 'Pass --data FILE or --config mlops.yml.',
    });
  }
  const evalPaths = request.eval?.length ? request.eval.map(fromRequest) : request.data?.length ? [] : asList(config?.data.eval).map(fromConfig);
  if (loaded && !request.data?.length) await checkConfiguredPaths(loaded, 'train', train);
  if (loaded && !request.data?.length && !request.eval?.length) await checkConfiguredPaths(loaded, 'eval', evalPaths);
  const label = config?.data.label;
  const resolveOptions = { label, hasEval: evalPaths.length > 0 };
  const format = request.format ?? config?.data.format;
  // Without a schema the columns' types are read from the data first, so profiles and drift treat
  // numbers as numbers; every column is then only profiled, and the dataset-wide checks still run.
  const schema = request.schema
    ? await loadSchemaFile(fromRequest(request.schema), resolveOptions)
    : config?.data.schema !== undefined
      ? await loadConfiguredSchema(loaded!.source, loaded!.dir, config.data.schema, resolveOptions)
      : loadSchemaFromRaw(await inferColumnTypes(train, request.cwd, format), resolveOptions);
  if (loaded) await checkConfiguredLabel(loaded, schema, train, request.cwd, format);

  const validate = config?.validate ?? {};
  const drift = validate.drift;
  const driftOptions: Partial<DriftOptions> = drift
    ? {
        ...(drift.psi && { psi: drift.psi }),
        ...(drift.js && { js: drift.js }),
        ...(drift.linf && { linf: drift.linf }),
        ...(drift.drifted_share_fail !== undefined && { driftedShareFail: drift.drifted_share_fail }),
        ...(drift.columns && { columns: drift.columns }),
      } as Partial<DriftOptions>
    : {};
  const baseline = request.baseline ? fromRequest(request.baseline) : validate.baseline ? fromConfig(validate.baseline) : undefined;
  const outPath = (requested: string | undefined, configured: string | undefined, fallback: string) =>
    configured && !requested ? fromConfig(configured) : projectPath(requested, { cwd: request.cwd, projectDir: loaded?.dir ?? request.cwd }, fallback);
  return {
    settings: {
      cwd: request.cwd,
      train,
      eval: evalPaths,
      format,
      schema,
      baseline,
      drift: driftOptions,
      failOn: request.failOn ?? validate.fail_on ?? 'error',
      parallelism: request.parallelism ?? defaultParallelism(),
      workerScript: request.workerScript,
    },
    profileOut: outPath(request.profileOut, validate.profile_out, DEFAULT_PROFILE_OUT),
    reportOut: outPath(request.reportOut, validate.report, DEFAULT_REPORT_OUT),
  };
}

/** A warn threshold above its fail threshold is a mistake JSON Schema cannot see. */
function checkDriftThresholds(drift: NonNullable<NonNullable<LoadedConfig['config']['validate']>['drift']>, loaded: LoadedConfig): void {
  const check = (t: { warn?: number; fail?: number } | undefined, path: string[]) => {
    if (t?.warn !== undefined && t.fail !== undefined && t.warn > t.fail) {
      throw new ConfigError(`Drift threshold ${path.join('.')}: warn (${t.warn}) is above fail (${t.fail}).`, {
        location: { ...loaded.source.locate(path), key: path.join('.') },
        hint: 'A column warns at the lower value and fails at the higher one: swap them.',
      });
    }
  };
  for (const metric of ['psi', 'js', 'linf'] as const) {
    check(drift[metric], ['validate', 'drift', metric]);
    for (const [column, overrides] of Object.entries(drift.columns ?? {})) check(overrides[metric], ['validate', 'drift', 'columns', column, metric]);
  }
}
