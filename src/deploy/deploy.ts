/**
 * deploy-env end to end, over seams (a ModelRegistry on its ReleaseStore, a DeploymentLog) and
 * strategies (types.ts). The protocol, conservative by design: it deploys only what it verified,
 * records every step in the deployment history, and puts the last good version back when a deploy
 * goes wrong.
 *
 * States of one deploy of version N of model M to environment E:
 *
 *   resolve     N from a version or alias (a missing one is an error; nothing recorded)
 *   checks      policy.ts: protection (GitHub production), promotion order and gate verdict, not
 *               deprecated (registry), no in-progress deployment of E (a refusal records nothing; an override is recorded in
 *               the payload)
 *   recorded    deployment D created for the ref and E, payload {model, version, previousVersion,
 *               target, overrides}; status in_progress with log_url (the run)
 *   verified    every asset of N downloaded and its size and sha256 checked (registry
 *               service/models.ts); the target has seen nothing yet. A mismatch: D failure, the step
 *               fails, no rollback needed (E untouched)
 *   deployed    the target ran (command exit 0 / webhook 2xx)
 *   healthy     the health check passed (HTTP 2xx [+ JSON field] or command exit 0, with retries)
 *   answering   the smoke check passed (first rows of the eval data answered as N recorded them);
 *               skipped, with a warning, when N has no predictions file or no smoke is configured
 *   success     D success with environment_url and log_url (earlier successes of E become inactive:
 *               auto_inactive); then alias E moves to N (registry alias history records who/when)
 *
 * A failure in deployed, healthy or answering (a failing or hanging target, whose process tree is
 * killed at the timeout; an unhealthy model; wrong answers):
 *
 *   1. D failure with the reason (<= 140 characters; the full reason is in the step's log).
 *   2. P, the previous good version of E (alias E; alias moves only ever follow a success), is
 *      redeployed as deployment R (payload rollbackOf D): in_progress, verified, deployed, healthy,
 *      answering, success. With no P (a first deploy) there is nothing to put back.
 *   3. The step fails with a DeployError naming D's reason and R's outcome. Alias E is not moved.
 *   If R fails too, R is marked failure and the error says E is in an unknown state and needs a
 *   person: nothing is retried in a loop.
 *
 * On-demand rollback (`mlops deploy rollback`, input rollback: true) deploys the version E ran before
 * its current one first arrived (alias history: the `from` of the earliest move to the current
 * version, so repeated rollbacks walk back one good version each), through the same protocol, with
 * promotion checks skipped (that version already passed them) and rollbackOf set.
 *
 * API faults (5xx, 429, dropped connections) are retried by Octokit's retry and throttling plugins
 * and the registry's steps. A fault that outlasts them after D was created leaves D in_progress; the
 * next deploy takes it for abandoned after stale-after minutes (policy.ts checkNoRace) and marks it
 * error. Requests: ~4 to check, 2 + one per status to record, the registry's 2-3 to read N and
 * ~5 to move the alias.
 */
import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { NotFoundError, type DeploymentLog, type ReleaseStore } from '../backends/seams.js';
import type { ModelRegistry, ModelVersion, VersionSelector } from '../registry/registry.js';
import { downloadVersion } from '../registry/service/models.js';
import { isUserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { checkNoRace, checkPromotion, checkProtection, type DeployPayload } from './policy.js';
import { findPredictionsFile, PREDICTIONS_FILE, smokeCheck } from './smoke.js';
import { DeployError, DeployFailure, type DeployTarget, type HealthCheck, type Predictor } from './types.js';

interface SmokeSettings {
  predictor: Predictor;
  evalFile: string;
  rows: number;
}

export interface DeploySettings {
  name: string;
  /** Which version; an alias like `staging` promotes what it points at. */
  selector: VersionSelector;
  environment: string;
  /** The commit the deployment is recorded for (branch, tag or sha). */
  ref: string;
  actor: string;
  target: DeployTarget;
  health?: HealthCheck;
  smoke?: SmokeSettings;
  /** deploy.environments in promotion order. */
  order: readonly string[];
  /** Refuse an environment without protection rules (see policy.ts). */
  requireProtection: boolean;
  /** Skip the promotion and gate checks (recorded). */
  overridePolicy: boolean;
  /** The gate verdict from the run record, used when the version's manifest has none. */
  recordVerdict?: 'pass' | 'fail' | 'skipped';
  /** Where verified versions are downloaded (one folder per environment and version). */
  workDir: string;
  /** The run's page, for log_url. */
  logUrl?: string;
  /** environment_url when the target does not name one. */
  environmentUrl?: string;
  repository?: string;
  /** Production environment flag for GitHub (default: environment === 'production'). */
  productionEnvironment?: boolean;
  /** Transient environment flag (default: names starting with `preview`, e.g. preview-pr-12). */
  transientEnvironment?: boolean;
  /** An in-progress deployment older than this is taken for abandoned; default 1 hour. */
  staleAfterMs?: number;
  /** Set by rollbackEnvironment. */
  rollback?: boolean;
  now?: () => Date;
}

export interface DeploySeams {
  registry: ModelRegistry;
  store: ReleaseStore;
  log: DeploymentLog;
  logger: Logger;
}

/** One deployment this run made, for the record part and the summary. */
export interface DeploymentOutcome {
  environment: string;
  version: number;
  deploymentId: number;
  status: 'success' | 'failure';
  url: string | null;
  reason?: string;
  rollbackOf?: number;
}

export interface DeployResult {
  version: number;
  previousVersion: number | null;
  deploymentId: number;
  environmentUrl: string | null;
  /** The deployed version's manifest contentDigest (`sha256:<hex>`). */
  contentDigest: string;
  /** Every deployment made (the deploy, and a rollback's when there was one). */
  deployments: DeploymentOutcome[];
  overrides: string[];
  smokeRows: number | null;
}

/** A deploy that failed and was (or could not be) rolled back: the outcomes ride along. */
export class DeployFailedError extends DeployError {
  deployments: DeploymentOutcome[] = [];
}

const short = (text: string) => (text.length > 140 ? `${text.slice(0, 137)}...` : text);

export async function deployVersion(settings: DeploySettings, seams: DeploySeams): Promise<DeployResult> {
  const { registry, log, logger } = seams;
  const now = settings.now ?? (() => new Date());
  const env = settings.environment;
  const target = await registry.get(settings.name, settings.selector);
  const previousVersion = (await registry.aliasTarget(settings.name, env)) ?? null;
  logger.info(`Deploying ${target.tag} to ${env} (now serving: ${previousVersion === null ? 'nothing' : `v${previousVersion}`}) with ${settings.target.description}`);

  const overrides: string[] = [];
  await logger.group('Checks before deploying', async () => {
    const production = settings.productionEnvironment ?? env === 'production';
    if (settings.requireProtection && production) {
      logger.info(`Protection of ${env}: ${await checkProtection(log, env, settings.repository)}`);
    } else if (production) {
      overrides.push('protection check off (require-protection: false)');
    }
    if (settings.rollback) {
      logger.info('Rollback: promotion checks skipped (the version already passed them)');
    } else if (settings.overridePolicy) {
      overrides.push('promotion policy overridden (override-policy: true)');
      logger.warning(`Promotion policy overridden for ${target.tag} -> ${env}; recorded in the deployment payload`);
    } else {
      await checkPromotion({ log, name: settings.name, version: target.version, environment: env, order: settings.order, verdict: target.manifest.gate?.verdict ?? settings.recordVerdict });
    }
    const deprecated = (await registry.deprecations(settings.name)).find((d) => d.version === target.version);
    if (deprecated && settings.overridePolicy) {
      overrides.push(`deprecated version deployed (${deprecated.reason})`);
    } else if (deprecated) {
      throw new DeployError(`Refusing to deploy ${target.tag}: it was deprecated by ${deprecated.actor} at ${deprecated.at} (${deprecated.reason}).`, {
        hint: 'Deploy another version, or pass override-policy: true (recorded in the deployment).',
      });
    }
    await checkNoRace(log, env, settings.staleAfterMs ?? 3_600_000, now(), logger);
  });

  const outcomes: DeploymentOutcome[] = [];
  const attempt = await attemptDeploy(settings, seams, target, previousVersion, overrides, settings.rollback ? 'rollback' : undefined);
  outcomes.push(attempt.outcome);
  if (attempt.failure === undefined) {
    // A redeploy of the serving version leaves the alias (and its history) as it is.
    if (previousVersion !== target.version) await registry.setAlias(settings.name, env, target.version, { actor: settings.actor });
    logger.info(`${target.tag} is live in ${env}${attempt.outcome.url ? ` at ${attempt.outcome.url}` : ''}; alias ${env} -> v${target.version}`);
    return { version: target.version, previousVersion, deploymentId: attempt.outcome.deploymentId, environmentUrl: attempt.outcome.url, contentDigest: target.manifest.contentDigest, deployments: outcomes, overrides, smokeRows: attempt.smokeRows };
  }

  // The deploy failed after the target may have changed something: put the last good version back.
  const reason = attempt.failure.message;
  let what: string;
  if (attempt.failure.phase === 'verify') {
    what = 'The target was not touched.';
  } else if (previousVersion === null || previousVersion === target.version) {
    what = previousVersion === null ? `There is no earlier version of ${env} to put back.` : `v${previousVersion} was already the version of ${env}; nothing else to put back.`;
  } else {
    const previous = await registry.get(settings.name, { version: previousVersion });
    logger.warning(`Rolling ${env} back to ${previous.tag}`);
    const back = await attemptDeploy(settings, seams, previous, target.version, overrides, 'rollback', attempt.outcome.deploymentId);
    outcomes.push(back.outcome);
    what = back.failure
      ? `Rolling back to v${previousVersion} failed too (${back.failure.message}): ${env} is in an unknown state and needs a person (deployment ${back.outcome.deploymentId}).`
      : `Rolled back: v${previousVersion} is serving ${env} again (deployment ${back.outcome.deploymentId}).`;
  }
  const error = new DeployFailedError(`Deploying ${target.tag} to ${env} failed (${attempt.failure.phase}): ${reason}\n${what} Alias ${env} was not moved.`, {
    hint: attempt.failure.phase === 'verify' ? 'The release was changed after registration: register the model again.' : 'Read the deploy log above; fix the target, health check or model and deploy again.',
  });
  error.deployments = outcomes;
  throw error;
}

interface Attempt {
  outcome: DeploymentOutcome;
  failure?: DeployFailure;
  smokeRows: number | null;
}

/** One deployment record from in_progress to success or failure (the states of the header). */
async function attemptDeploy(
  settings: DeploySettings,
  seams: DeploySeams,
  version: ModelVersion,
  previousVersion: number | null,
  overrides: string[],
  task: 'rollback' | undefined,
  rollbackOf?: number,
): Promise<Attempt> {
  const { log, logger } = seams;
  const env = settings.environment;
  const payload: DeployPayload = {
    model: settings.name,
    version: version.version,
    previousVersion,
    target: settings.target.description,
    ...(task === 'rollback' ? { rollbackOf: rollbackOf ?? null } : {}),
    ...(overrides.length > 0 ? { overrides } : {}),
  };
  const deployment = await createDeployment(log, {
    ref: settings.ref,
    environment: env,
    task: task === 'rollback' ? 'deploy:rollback' : 'deploy',
    payload,
    description: short(`${task === 'rollback' ? 'Rollback to' : 'Deploy'} ${version.tag}`),
    productionEnvironment: settings.productionEnvironment ?? env === 'production',
    transientEnvironment: settings.transientEnvironment ?? /^preview(\b|[-_])/i.test(env),
  });
  await log.addStatus(deployment.id, { state: 'in_progress', description: short(`Deploying ${version.tag}`), logUrl: settings.logUrl });
  let smokeRows: number | null = null;
  let url: string | null = settings.environmentUrl ?? null;
  try {
    const modelDir = await logger.group(`Verify ${version.tag}`, () => fetchVerified(version, settings, seams));
    const result = await logger.group(`Deploy ${version.tag} to ${env}`, () =>
      settings.target.deploy({ name: settings.name, version: version.version, environment: env, modelDir, stateDir: environmentDir(settings), previousVersion, releaseUrl: version.htmlUrl, logger }),
    );
    url = result.environmentUrl ?? url;
    const deployed = { version: version.version, environmentUrl: url ?? undefined };
    if (settings.health) await logger.group(`Health check: ${settings.health.description}`, () => settings.health!.check(logger, deployed));
    if (settings.smoke) {
      const smoke = settings.smoke;
      const predictions = findPredictionsFile(modelDir);
      if (predictions === undefined) {
        logger.warning(`Smoke check skipped: ${version.tag} recorded no per-example outputs (${PREDICTIONS_FILE} in the model folder)`);
      } else {
        smokeRows = (await logger.group(`Smoke check: ${smoke.predictor.description}`, () => smokeCheck({ predictor: smoke.predictor, evalFile: smoke.evalFile, predictionsFile: predictions, rows: smoke.rows, logger, deployed }))).rows;
      }
    }
  } catch (error) {
    const failure = error instanceof DeployFailure ? error : asFailure(error);
    logger.warning(`${task === 'rollback' ? 'Rollback' : 'Deploy'} of ${version.tag} to ${env} failed: ${failure.message}`);
    await log.addStatus(deployment.id, { state: 'failure', description: short(`${failure.phase}: ${failure.message}`), logUrl: settings.logUrl, autoInactive: false });
    return { outcome: { environment: env, version: version.version, deploymentId: deployment.id, status: 'failure', url: null, reason: failure.message, ...(rollbackOf ? { rollbackOf } : {}) }, failure, smokeRows };
  }
  await log.addStatus(deployment.id, { state: 'success', description: short(`${version.tag} is live`), environmentUrl: url ?? undefined, logUrl: settings.logUrl });
  return { outcome: { environment: env, version: version.version, deploymentId: deployment.id, status: 'success', url, ...(rollbackOf ? { rollbackOf } : {}) }, smokeRows };
}

/** log.create, with a ref GitHub does not know turned into an error that says which input to fix. */
async function createDeployment(log: DeploymentLog, input: Parameters<DeploymentLog['create']>[0]) {
  try {
    return await log.create(input);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new DeployError(`Cannot record a deployment of ${input.ref}: the repository has no such branch, tag or commit.`, { hint: 'Pass the ref input (--ref) of a pushed commit; by default it is the commit of the run.', cause: error });
  }
}

/** A user's error inside a deploy (a bad file, a checksum mismatch) as a failure of its phase. */
function asFailure(error: unknown): DeployFailure {
  if (isUserError(error)) return new DeployFailure('verify', error.message, { cause: error });
  throw error;
}

/** `<workDir>/<environment>`: the environment's verified versions and the target's state. */
function environmentDir(settings: DeploySettings): string {
  return path.resolve(settings.workDir, settings.environment.replace(/[^A-Za-z0-9._-]/g, '_'));
}

/**
 * Downloads and verifies a version into `<workDir>/<environment>/v<N>` (replaced if there). The model
 * folder is the extracted archive when the version is one archive (plus metadata files), else the
 * folder of the files.
 */
async function fetchVerified(version: ModelVersion, settings: DeploySettings, seams: DeploySeams): Promise<string> {
  const dest = path.join(environmentDir(settings), `v${version.version}`);
  await rm(dest, { recursive: true, force: true });
  await mkdir(path.dirname(dest), { recursive: true });
  const written = await downloadVersion(version, dest, seams.store);
  seams.logger.info(`Verified ${written.length} file(s) of ${version.tag} (size and sha256 of each) into ${dest}`);
  const archives = version.manifest.assets.filter((a) => a.name.endsWith('.tar.gz'));
  if (archives.length === 1) return path.join(dest, archives[0].name.slice(0, -'.tar.gz'.length));
  return dest;
}
