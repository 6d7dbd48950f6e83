/**
 * What a test hands the workflow player and what it gets back: the options of one play, and the
 * record of what happened (jobs in the order they ended, their results, step outputs, the calls
 * of emulated third-party actions), so tests assert behaviour a user would see on GitHub.
 */
import type { ArtifactEmulator } from '../artifact-emulator/index.js';
import type { GitHubEmulator } from '../github-emulator/index.js';

/** A repository the player reads workflows and actions from, at one commit. */
export interface RepositorySource {
  /** owner/name. */
  name: string;
  /** A folder holding its files as they are at `sha` (what a checkout gives). */
  root: string;
  /** The commit; a fake 40-hex sha is fine. */
  sha: string;
}

export interface PlayOptions {
  /** The workflow file, relative to `repository.root` (`.github/workflows/ci.yml`). */
  workflow: string;
  /** The repository the event happened in: `github.repository`, what actions/checkout copies. */
  repository: RepositorySource;
  /**
   * This suite as a repository other workflows call (`owner/name/.github/workflows/x.yml@sha`,
   * `owner/name/actions/x@sha`, a checkout of it): its root is REPO_ROOT by default.
   */
  suite?: Partial<RepositorySource>;
  /** `github.event_name` and `github.event`. */
  event: { name: string; payload?: Record<string, unknown> };
  /** `github.ref`; refs/heads/main by default. */
  ref?: string;
  /** Inputs of a workflow_dispatch or of a played workflow_call workflow (typed per its `on:`). */
  inputs?: Record<string, string | number | boolean>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** The API the run's token talks to; its state holds environments with protection rules. */
  github: GitHubEmulator;
  /** Where workflow artifacts of the run go (one run id per play). */
  artifacts: ArtifactEmulator;
  /** `github.run_id`, also the artifact run; unique per play by default. */
  runId?: string;
  /**
   * Which matrix legs to play (by job key without the leg, and the leg's values); the others are
   * recorded as cancelled without running. For plans too large to play whole (256 legs of a
   * 10,000-trial sweep): the plan and the collect still run as on GitHub. All legs by default.
   */
  playLegs?: (job: string, leg: Record<string, unknown>) => boolean;
  /** Milliseconds in a `timeout-minutes` minute (60,000 by default; tests of timeouts shrink it). */
  minuteMs?: number;
}

/** success / failure / cancelled / skipped, as `needs.<job>.result` says. */
export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface StepRecord {
  /** The step's id (a generated `__run`-like one when it has none). */
  id: string;
  name: string;
  /** `run` or the `uses:` reference. */
  kind: 'run' | 'uses';
  uses?: string;
  /** Inputs a `uses:` step received (after defaults). */
  inputs?: Record<string, string>;
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
  /** Job summary markdown the step wrote. */
  summary: string;
  /** error / warning / notice annotations. */
  annotations: { level: string; message: string }[];
  /** The end of stdout + stderr, for failures. */
  log: string;
}

export interface JobRecord {
  /** Display key: `job`, `job (0)` for a matrix leg, `caller / job` inside a reusable workflow. */
  key: string;
  /** The job's id in its workflow. */
  id: string;
  /** The workflow file it belongs to (repository-relative). */
  workflow: string;
  matrix?: Record<string, unknown>;
  result: Result;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** Why the job failed outside its steps (an expression error, a timeout, a rejected deployment). */
  errors: string[];
  /** `environment:` name, when the job has one. */
  environment?: string;
  /** `environment.url`, evaluated after the steps. */
  environmentUrl?: string;
  /** Wall time of the job (waiting for its environment included; 0 when it did not run), to see what makes a play slow. */
  ms: number;
  /** Labels of `runs-on`. */
  runsOn: unknown;
  /** Permissions of the job's GITHUB_TOKEN, as the emulator applies them (undefined: all). */
  permissions?: Record<string, string>;
}

/** One call of an emulated third-party action, in the order they ran. */
interface ActionCall {
  job: string;
  uses: string;
  inputs: Record<string, string>;
}

export interface PlayRecord {
  runId: string;
  /** Every job (matrix legs one by one), in the order they finished. */
  jobs: JobRecord[];
  /** Emulated third-party actions called (checkout, artifacts, attest, setup-*). */
  calls: ActionCall[];
  /** Outputs of a played workflow_call workflow. */
  outputs: Record<string, string>;
}

/** A mistake in the workflow or a feature the player does not emulate: says what, where, how to fix. */
export class PlayerError extends Error {
  override name = 'PlayerError';
}
