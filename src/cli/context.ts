/** What every subcommand gets: where to print results, how to set the exit code, which script runs. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  setExitCode(code: number): void;
  /** The script validation worker threads run (dist/validate-worker/index.js), when there is one. */
  script?: string;
}
