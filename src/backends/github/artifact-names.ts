/**
 * Workflow artifact naming rules, checked before anything is sent: @actions/artifact refuses the
 * same characters (they break NTFS and other file systems on download) but its message is long and
 * generic, and the service checks again. Names may not contain `" : < > | * ? \ /` or line breaks;
 * paths inside an artifact may contain `/` (and are given with it) but not the others.
 */

const FORBIDDEN_IN_PATHS: ReadonlyMap<string, string> = new Map([
  ['"', 'a double quote (")'],
  [':', 'a colon (:)'],
  ['<', 'a less-than sign (<)'],
  ['>', 'a greater-than sign (>)'],
  ['|', 'a vertical bar (|)'],
  ['*', 'an asterisk (*)'],
  ['?', 'a question mark (?)'],
  ['\r', 'a carriage return'],
  ['\n', 'a line feed'],
]);

const FORBIDDEN_IN_NAMES: ReadonlyMap<string, string> = new Map([
  ...FORBIDDEN_IN_PATHS,
  ['\\', 'a backslash (\\)'],
  ['/', 'a slash (/)'],
]);

const RULE = 'Artifact names may not contain " : < > | * ? \\ / or line breaks';

/** Throws a RangeError that says which character makes `name` unusable as an artifact name. */
export function validateArtifactName(name: string): void {
  if (name === '') throw new RangeError(`An artifact name is empty. ${RULE}.`);
  for (const [character, description] of FORBIDDEN_IN_NAMES) {
    if (name.includes(character)) throw new RangeError(`Invalid artifact name ${JSON.stringify(name)}: it contains ${description}. ${RULE}.`);
  }
}

/** Throws a RangeError when a file's path inside the artifact (`/`-separated) cannot be stored. */
export function validateArtifactPath(relativePath: string, artifact: string): void {
  for (const [character, description] of FORBIDDEN_IN_PATHS) {
    if (relativePath.includes(character)) {
      throw new RangeError(`Cannot put ${JSON.stringify(relativePath)} into artifact ${JSON.stringify(artifact)}: its path contains ${description}, which artifacts do not allow.`);
    }
  }
}
