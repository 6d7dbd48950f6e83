/**
 * The shell every action entry runs in (docs/architecture.md "Errors"): build the context, run the action, and
 * turn a failure into the right kind of report. An entry is one call:
 *
 *     await runAction('validate-data', async ({ logger, workspace }) => { ... });
 */
import { inspect } from 'node:util';
import { formatUserError, isUserError, type UserError } from '../../shared/errors.js';
import { ActionsLogger } from './actions-logger.js';
import { actionsCore, type ActionsCore } from './core-api.js';


/** What an action's main function receives. */
export interface ActionContext {
  /** The action's name (`validate-data`), for messages. */
  readonly name: string;
  /** Log groups and annotations; hand it to domain code as its `Logger`. */
  readonly logger: ActionsLogger;
  /** The checkout, GITHUB_WORKSPACE (the current directory when unset, e.g. a local run). */
  readonly workspace: string;
  /** The environment the action runs in; read GITHUB_* values from here, not from `process.env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Seams for tests; production entries pass nothing. */
export interface RunActionOptions {
  core?: ActionsCore;
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** Defaults to setting `process.exitCode`, which lets pending output flush before Node exits. */
  setExitCode?: (code: number) => void;
}

/**
 * Runs `main` and reports its failure. A `UserError` is printed without a stack trace and annotated
 * at its location; anything else is a bug and prints its full stack. Both end with exit code 1.
 * Resolves to the exit code (it never rejects).
 */
export async function runAction(
  name: string,
  main: (context: ActionContext) => Promise<void>,
  options: RunActionOptions = {},
): Promise<number> {
  const core = options.core ?? actionsCore;
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const setExitCode = options.setExitCode ?? ((code: number) => void (process.exitCode = code));
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const logger = new ActionsLogger({ core, workspace, cwd });

  let exitCode = 0;
  try {
    await main({ name, logger, workspace, env });
  } catch (error) {
    exitCode = 1;
    if (isUserError(error)) {
      // Not core.setFailed: it would add a second, location-less annotation with the same text.
      logger.error(describeUserError(error, logger), error.location);
    } else {
      core.info(describeBug(error));
      core.setFailed(`${name} failed with an unexpected error (a bug; please report it with this log): ${messageOf(error)}`);
    }
  }
  logger.reportUnannotated();
  if (exitCode !== 0) setExitCode(exitCode);
  return exitCode;
}

/**
 * The user-facing text, with the file shown repo-relative as in the annotation (not the runner's
 * `/home/runner/work/...` path), plus the cause's message (never its stack), e.g. an ENOENT.
 */
function describeUserError(error: UserError, logger: ActionsLogger): string {
  let text = formatUserError(error);
  const file = error.location?.file;
  if (file && text.startsWith(file)) text = logger.toWorkspacePath(file) + text.slice(file.length);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && !text.includes(cause) ? `${text}\n  Cause: ${cause}` : text;
}

/** Full stack, with the chain of causes and the members of an AggregateError. */
function describeBug(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return `Thrown value (not an Error): ${inspect(error)}`;
  let text = error.stack ?? `${error.name}: ${error.message}`;
  if (depth >= 5) return text;
  if (error instanceof AggregateError) {
    for (const member of error.errors) text += `\n  [member] ${describeBug(member, depth + 1)}`;
  }
  if (error.cause !== undefined) text += `\nCaused by: ${describeBug(error.cause, depth + 1)}`;
  return text;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
