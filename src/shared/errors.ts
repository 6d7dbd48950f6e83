/**
 * Two kinds of failure (docs/architecture.md "Errors"): a user's mistake is a UserError, printed without a
 * stack trace, annotated at its location and ending the process with exit code 1; anything else is
 * a bug and keeps its stack trace.
 */

/** Where in a user's file a problem sits. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the offending key in a config or schema file, e.g. `columns.age.min`. */
  key?: string;
}

/** A mistake the user can fix: bad config, bad data, a missing file, a failed trial. */
export class UserError extends Error {
  /** Where the mistake is, when it has a place in a file. */
  readonly location?: SourceLocation;
  /** How to fix it, in one sentence. */
  readonly hint?: string;

  constructor(message: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.location = options.location;
    this.hint = options.hint;
  }

  /** The message as a user reads it: `file:line:col: message (key) Hint`. */
  describe(): string {
    return formatUserError(this);
  }
}

/** The config file (mlops.yml) or a schema file is invalid. */
export class ConfigError extends UserError {}

/** A data file cannot be read or parsed. */
export class DataError extends UserError {}

/** An input of an action or an option of the CLI is missing or invalid. */
export class InputError extends UserError {}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  return text;
}

export function formatUserError(error: UserError): string {
  const parts: string[] = [];
  if (error.location) parts.push(`${formatLocation(error.location)}: `);
  parts.push(error.message);
  if (error.location?.key && !error.message.includes(error.location.key)) parts.push(` (at ${error.location.key})`);
  if (error.hint) parts.push(`\n  How to fix: ${error.hint}`);
  return parts.join('');
}
