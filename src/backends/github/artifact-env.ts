/**
 * @actions/artifact 6.x takes no settings: every call reads the runner's variables from
 * process.env (the token and service URL when it builds its Twirp client, GITHUB_SERVER_URL for
 * its GHES check, the concurrency and timeout when it uploads). To aim one call at other settings
 * (a test emulator, a CLI that holds a runner's token) the variables are swapped in for the whole
 * call and put back after it, and such calls run one at a time in this process, since two of them
 * interleaving would read each other's token.
 */

/** The variables the client reads at call time. */
export const ARTIFACT_ENV_KEYS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
] as const;
// Not listed: ACTIONS_ARTIFACT_MAX_ARTIFACT_COUNT is read once, when the client's module loads.

export type ArtifactEnv = Partial<Record<string, string>>;

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `action` with exactly `env`'s values for the client's variables (a key absent from `env` is
 * unset meanwhile), then restores what process.env held. Calls are serialised.
 */
export function withArtifactEnv<T>(env: ArtifactEnv, action: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    const saved = new Map(ARTIFACT_ENV_KEYS.map((key) => [key, process.env[key]]));
    for (const key of ARTIFACT_ENV_KEYS) setVariable(key, env[key]);
    try {
      return await action();
    } finally {
      for (const [key, value] of saved) setVariable(key, value);
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function setVariable(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
