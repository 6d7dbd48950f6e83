/**
 * The environment of a process that runs the user's own code (a trial's training command): the
 * user's environment without what a JavaScript action gets from the runner but a `run:` step never
 * does (docs/platform.md "Actions and workflows").
 *
 * - `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, `ACTIONS_RUNTIME_URL`, `ACTIONS_CACHE_URL`,
 *   `ACTIONS_CACHE_SERVICE_V2`: with them, code from a pull request could upload or overwrite the
 *   run's artifacts (other matrix legs' trials) and caches.
 * - `ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`: they mint OIDC tokens, which cloud roles trust.
 * - every `INPUT_*`: the action's own inputs, which may carry tokens (`github-token`).
 *
 * Everything else (PATH, HOME, GITHUB_* context, the user's `env:`) stays, as a `run:` step sees it.
 */

/** Variables a `run:` step never sees, by exact name. */
const RUNNER_ONLY = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
]);

/** Whether a variable is one a user's command must not inherit from the action. */
function isRunnerOnlyVariable(name: string): boolean {
  // Windows names are case-insensitive; the runner writes them in capitals everywhere.
  const upper = name.toUpperCase();
  return RUNNER_ONLY.has(upper) || upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') || upper.startsWith('INPUT_');
}

/** A copy of `env` without the runner-only variables; use it for every process that runs user code. */
export function userCommandEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!isRunnerOnlyVariable(name)) out[name] = value;
  return out;
}
