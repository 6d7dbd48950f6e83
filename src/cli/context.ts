/** What every subcommand gets: where to print results, how to set the exit code, which script runs. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  setExitCode(code: number): void;
  /** The running script (the CLI bundle): worker threads start from it. */
  script?: string;
}
