/**
 * deploy-env: deploys a registered model version to an environment, conservatively: only verified
 * files, every step in GitHub's deployment history, the last good version put back on failure
 * (src/deploy/deploy.ts has the protocol). Thin entry: inputs -> mlops.yml `deploy:` with the inputs
 * over it -> src/deploy/service.ts -> outputs and summary.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { appendSummary, getBooleanInput, getNumberInput, getOptionalInput, getRequiredInput, runAction, setOutputs } from './runtime/index.js';
import { openDeployBackends, openEventSink } from '../backends/open.js';
import { deployedEvent, sendEvent } from './events/model-events.js';
import { loadConfig, type DeployConfig } from '../config/config.js';
import { DeployFailedError, type DeploymentOutcome } from '../deploy/deploy.js';
import { runDeploy } from '../deploy/service.js';
import { recordPath } from '../record/index.js';
import { commitOf } from '../registry/service/register-model.js';
import type { VersionSelector } from '../registry/registry.js';
import { escapeText, table } from '../shared/markdown.js';
import { InputError } from '../shared/errors.js';

/** Input names, as in actions/deploy-env/action.yml. */
const enum Input {
  Model = 'model',
  Version = 'version',
  Alias = 'alias',
  Environment = 'environment',
  Config = 'config',
  Record = 'record',
  TargetCommand = 'target-command',
  WebhookUrl = 'webhook-url',
  WebhookSecret = 'webhook-secret',
  Timeout = 'timeout',
  HealthUrl = 'health-url',
  HealthCommand = 'health-command',
  HealthJsonField = 'health-json-field',
  HealthExpect = 'health-expect',
  HealthAttempts = 'health-attempts',
  SmokeUrl = 'smoke-url',
  SmokeCommand = 'smoke-command',
  SmokeRows = 'smoke-rows',
  EnvironmentUrl = 'environment-url',
  Ref = 'ref',
  Rollback = 'rollback',
  OverridePolicy = 'override-policy',
  RequireProtection = 'require-protection',
  Token = 'token',
  Repository = 'repository',
  Dispatch = 'dispatch',
}

/** The variable the webhook secret input travels in to the target builder. */
const WEBHOOK_SECRET_ENV = 'MLOPS_WEBHOOK_SECRET';

/** mlops.yml's `deploy:` with the inputs that were given over it. */
function deployConfigOf(base: DeployConfig): DeployConfig {
  const command = getOptionalInput(Input.TargetCommand);
  const webhook = getOptionalInput(Input.WebhookUrl);
  const secret = getOptionalInput(Input.WebhookSecret);
  const timeout = getOptionalInput(Input.Timeout) === undefined ? undefined : getNumberInput(Input.Timeout, 300, { min: 1 });
  const target = command !== undefined || webhook !== undefined ? { command, webhook } : { ...base.target };
  const healthUrl = getOptionalInput(Input.HealthUrl);
  const healthCommand = getOptionalInput(Input.HealthCommand);
  const smokeUrl = getOptionalInput(Input.SmokeUrl);
  const smokeCommand = getOptionalInput(Input.SmokeCommand);
  return {
    ...base,
    target: { ...target, ...(secret ? { secret_env: WEBHOOK_SECRET_ENV } : {}), ...(timeout !== undefined ? { timeout } : {}) },
    health: {
      ...(healthUrl !== undefined || healthCommand !== undefined ? { url: healthUrl, command: healthCommand } : base.health),
      ...(getOptionalInput(Input.HealthJsonField) !== undefined ? { json_field: getOptionalInput(Input.HealthJsonField) } : {}),
      ...(getOptionalInput(Input.HealthExpect) !== undefined ? { expect: getOptionalInput(Input.HealthExpect) } : {}),
      ...(getOptionalInput(Input.HealthAttempts) !== undefined ? { attempts: getNumberInput(Input.HealthAttempts, 10, { min: 1, integer: true }) } : {}),
    },
    smoke: {
      ...(smokeUrl !== undefined || smokeCommand !== undefined ? { url: smokeUrl, command: smokeCommand } : base.smoke),
      ...(getOptionalInput(Input.SmokeRows) !== undefined ? { rows: getNumberInput(Input.SmokeRows, 10, { min: 1, integer: true }) } : {}),
    },
    ...(getOptionalInput(Input.EnvironmentUrl) !== undefined ? { environment_url: getOptionalInput(Input.EnvironmentUrl) } : {}),
  };
}

function selectorOf(): VersionSelector | undefined {
  const version = getOptionalInput(Input.Version);
  const alias = getOptionalInput(Input.Alias);
  if (version !== undefined && alias !== undefined) throw new InputError('Give version or alias, not both.', { hint: 'alias: staging promotes what staging runs; version: 3 deploys version 3.' });
  if (version !== undefined) return { version: getNumberInput(Input.Version, 1, { min: 1, integer: true }) };
  if (alias !== undefined) return alias === 'latest' ? 'latest' : { alias };
  return undefined;
}

function deploymentRows(deployments: DeploymentOutcome[]): string[][] {
  return deployments.map((d) => [String(d.deploymentId), `v${d.version}`, d.rollbackOf ? `rollback of ${d.rollbackOf}` : 'deploy', d.status, d.url ?? '', escapeText(d.reason ?? '')]);
}

await runAction('deploy-env', async ({ logger, workspace, env }) => {
  const core = await import('@actions/core');
  const token = getOptionalInput(Input.Token) ?? env.GITHUB_TOKEN ?? '';
  if (token) core.setSecret(token);
  const secret = getOptionalInput(Input.WebhookSecret);
  if (secret) core.setSecret(secret);
  const repository = getOptionalInput(Input.Repository) ?? env.GITHUB_REPOSITORY ?? '';
  const environment = getRequiredInput(Input.Environment);
  const configFile = path.resolve(workspace, getOptionalInput(Input.Config) ?? 'mlops.yml');
  const loaded = existsSync(configFile) || getOptionalInput(Input.Model) === undefined ? await loadConfig(configFile) : undefined;
  const name = getOptionalInput(Input.Model) ?? loaded!.config.name;
  const evalData = loaded?.config.data.eval;
  const firstEval = Array.isArray(evalData) ? evalData[0] : evalData;
  const sha = commitOf(workspace, env) ?? '0'.repeat(40);
  const backend = { kind: 'github' as const, repository, token, apiUrl: env.GITHUB_API_URL };
  const seams = openDeployBackends(backend, { sha, logger, env });
  const dispatch = getBooleanInput(Input.Dispatch, false);
  const recordFile = recordPath(workspace, getOptionalInput(Input.Record));
  const logUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const base = loaded?.config.deploy ?? {};
  const rollback = getBooleanInput(Input.Rollback, false);
  const overridePolicy = getBooleanInput(Input.OverridePolicy, false);
  try {
    const result = await runDeploy(
      {
        configDir: loaded?.dir ?? workspace,
        name,
        selector: selectorOf(),
        environment,
        ref: getOptionalInput(Input.Ref) ?? env.GITHUB_SHA ?? sha,
        actor: env.GITHUB_ACTOR ?? 'unknown',
        deploy: deployConfigOf(base),
        evalData: firstEval === undefined || !loaded ? undefined : path.resolve(loaded.dir, firstEval),
        record: recordFile,
        rollback,
        overridePolicy,
        requireProtection: getBooleanInput(Input.RequireProtection, base.require_protection ?? true),
        workDir: path.join(env.RUNNER_TEMP ?? path.join(workspace, '.mlops'), 'deploy'),
        env: { ...env, ...(secret ? { [WEBHOOK_SECRET_ENV]: secret } : {}) },
        secrets: [token, secret ?? ''].filter(Boolean),
        logUrl,
        repository,
      },
      { registry: seams.registry, store: seams.store, log: seams.log, logger },
    );
    setOutputs({
      version: String(result.version),
      'previous-version': result.previousVersion === null ? '' : String(result.previousVersion),
      'deployment-id': String(result.deploymentId),
      'environment-url': result.environmentUrl ?? '',
      status: 'success',
      record: recordFile,
    });
    if (dispatch) await sendEvent(openEventSink(backend, logger), deployedEvent(name, result.version, result.contentDigest, environment, result.environmentUrl), logger);
    await appendSummary(
      [
        `## 🚀 ${escapeText(name)} v${result.version} ${rollback ? 'rolled back into' : 'deployed to'} ${escapeText(environment)}`,
        `was ${result.previousVersion === null ? 'nothing' : `v${result.previousVersion}`}${result.environmentUrl ? ` · ${result.environmentUrl}` : ''}${result.smokeRows !== null ? ` · smoke check: ${result.smokeRows} rows answered as recorded` : ''}`,
        result.overrides.length ? `**Overrides:** ${result.overrides.map(escapeText).join('; ')}` : '',
        table(['deployment', 'version', 'task', 'status', 'url', 'reason'], deploymentRows(result.deployments)),
      ]
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
  } catch (error) {
    if (error instanceof DeployFailedError) {
      setOutputs({ status: 'failure', 'deployment-id': String(error.deployments[0]?.deploymentId ?? ''), record: recordFile });
      await appendSummary(`## ❌ ${escapeText(name)} not deployed to ${escapeText(environment)}\n\n${escapeText(error.message)}\n\n${table(['deployment', 'version', 'task', 'status', 'url', 'reason'], deploymentRows(error.deployments))}\n`);
    }
    throw error;
  }
});
