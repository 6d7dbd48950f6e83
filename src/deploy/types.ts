/**
 * The strategies deploy-env is composed of (docs/architecture.md "Conventions": small interfaces,
 * `<Kind><Role>` names): where a version goes (`DeployTarget`), how it proves it is up
 * (`HealthCheck`) and how it is asked for predictions (`Predictor`, for the smoke check). Each is
 * given what it needs per call, so one instance serves a deploy and its rollback alike.
 */
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** What a target is asked to deploy. */
export interface TargetRequest {
  name: string;
  version: number;
  environment: string;
  /** The verified model files (the extracted folder when the version is one archive). */
  modelDir: string;
  /** The version the environment served before, when there was one. */
  previousVersion: number | null;
  /** A folder the target may keep state in across deploys of this environment (a pid file). */
  stateDir: string;
  /** The version's release page, when known. */
  releaseUrl?: string;
  logger: Logger;
}

export interface TargetResult {
  /** The deploy log (the command's output, the webhook's answer), secrets masked. */
  log: string;
  /** Where the deployed model answers, when the target tells (`mlops:environment-url <url>` line). */
  environmentUrl?: string;
}

/** Puts a verified version in place. Throws a DeployFailure when the target refuses or fails. */
export interface DeployTarget {
  readonly kind: string;
  /** For logs and the deployment payload, without secrets. */
  readonly description: string;
  deploy(request: TargetRequest): Promise<TargetResult>;
}

/**
 * What the checks are checking: the version just deployed and where it answers. A check URL that
 * starts with `/` is resolved against `environmentUrl`, so a target that picks its own address (a
 * free port, a preview URL) can still be checked.
 */
export interface Deployed {
  version: number;
  environmentUrl?: string;
}

/** Resolves a check URL against the deployed environment URL (see Deployed). */
export function checkUrl(url: string, deployed: Deployed): string {
  if (!url.startsWith('/')) return url;
  if (!deployed.environmentUrl) throw new DeployFailure('health', `The check URL ${url} is relative, but the target named no environment URL`);
  return new URL(url, deployed.environmentUrl).toString();
}

/** Proves the deployed model is up. Resolves when healthy; throws a DeployFailure otherwise. */
export interface HealthCheck {
  readonly description: string;
  check(logger: Logger, deployed: Deployed): Promise<void>;
}

/** One eval row, column name -> cell (null when empty or NA). */
export type EvalRow = Record<string, string | null>;

/** Asks the deployed model for predictions, one per row, in order. Throws a DeployFailure. */
export interface Predictor {
  readonly description: string;
  predict(rows: EvalRow[], logger: Logger, deployed: Deployed): Promise<string[]>;
}

/** The phase of a deploy a failure happened in. */
export type DeployPhase = 'verify' | 'target' | 'health' | 'smoke';

/**
 * A deploy that did not work out: the target failed or hung, the model is not healthy or does not
 * answer as recorded. Inside deployVersion it triggers a rollback; what reaches the user is a
 * DeployError that says what happened to the environment.
 */
export class DeployFailure extends Error {
  constructor(
    readonly phase: DeployPhase,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeployFailure';
  }
}

/** A deploy refused or failed: a user's matter (a policy, an input, a failing target), no stack. */
export class DeployError extends UserError {}
