import path from 'node:path';

/**
 * The one path rule (README "mlops.yml"): a path written in mlops.yml, and a default output of a
 * command that reads mlops.yml (everything under its `.mlops/` folder: profile, reports, sweep, run
 * record, local registry, deploy work folder), is relative to the folder of mlops.yml; a path given
 * on the command line (or as an action input) is relative to the working directory, as a user
 * expects of an argument. So two projects run from one folder never share a `.mlops/`.
 */
export function projectPath(given: string | undefined, paths: { cwd: string; projectDir: string }, fallback: string): string {
  // The fallback comes in as a variable: a literal `.mlops/...` in path.resolve would be taken by
  // the bundler for an asset to copy when that folder exists at build time (scripts/build.mjs).
  return given === undefined ? path.resolve(paths.projectDir, fallback) : path.resolve(paths.cwd, given);
}

/** The folder of mlops.yml (`--config`, whether or not the command reads it): its defaults' `.mlops/` is there. */
export function projectDirOf(cwd: string, config: string): string {
  return path.dirname(path.resolve(cwd, config));
}
