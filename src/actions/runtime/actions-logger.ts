/**
 * The `Logger` seam inside GitHub Actions: log groups, and warnings/errors that become annotations
 * on the offending line of the user's file.
 */
import path from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import type { SourceLocation } from '../../shared/errors.js';
import { formatLocation } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import { actionsCore, type ActionsCore } from './core-api.js';

/** GitHub shows at most this many error and this many warning annotations per step (docs/platform.md). */
export const ANNOTATION_LIMIT = 10;

type AnnotationLevel = 'error' | 'warning';

/** A location plus the annotation's optional title, as `Logger.warning`/`error` receive it. */
export type AnnotatedLocation = SourceLocation & { title?: string };

export interface ActionsLoggerOptions {
  /** The checkout (GITHUB_WORKSPACE); annotation paths are made relative to it. */
  workspace?: string;
  /** Directory that relative file paths are resolved against; defaults to the process's cwd. */
  cwd?: string;
  /** The toolkit to write through; tests pass a fake. */
  core?: ActionsCore;
  /** Annotations per level before falling back to plain lines; defaults to GitHub's 10. */
  annotationLimit?: number;
}

/**
 * `Logger` over @actions/core. Beyond GitHub's per-step cap, further warnings/errors are printed as
 * plain log lines (an annotation GitHub drops would be lost from the UI, and the `::warning::`
 * line alone hides the location), and `reportUnannotated()` says how many there were.
 */
export class ActionsLogger implements Logger {
  private readonly core: ActionsCore;
  private readonly workspace: string;
  private readonly cwd: string;
  private readonly limit: number;
  private readonly annotated: Record<AnnotationLevel, number> = { error: 0, warning: 0 };
  private readonly unannotated: Record<AnnotationLevel, number> = { error: 0, warning: 0 };

  constructor(options: ActionsLoggerOptions = {}) {
    this.core = options.core ?? actionsCore;
    this.cwd = options.cwd ?? process.cwd();
    this.workspace = path.resolve(this.cwd, options.workspace ?? process.env.GITHUB_WORKSPACE ?? this.cwd);
    this.limit = options.annotationLimit ?? ANNOTATION_LIMIT;
  }

  info(message: string): void {
    this.core.info(message);
  }

  debug(message: string): void {
    this.core.debug(message);
  }

  warning(message: string, location?: AnnotatedLocation): void {
    this.annotate('warning', message, location);
  }

  error(message: string, location?: AnnotatedLocation): void {
    this.annotate('error', message, location);
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.core.group(name, fn);
  }

  /** How many warnings/errors were printed as plain lines because the cap was reached. */
  get unannotatedCounts(): Readonly<Record<AnnotationLevel, number>> {
    return { ...this.unannotated };
  }

  /** Logs one line counting the warnings/errors beyond the cap; call once when the step ends. */
  reportUnannotated(): void {
    const parts: string[] = [];
    if (this.unannotated.error > 0) parts.push(plural(this.unannotated.error, 'error'));
    if (this.unannotated.warning > 0) parts.push(plural(this.unannotated.warning, 'warning'));
    if (parts.length === 0) return;
    this.core.info(
      `${parts.join(' and ')} not shown as annotations (GitHub shows ${this.limit} errors and ` +
        `${this.limit} warnings per step); they are in the log above.`,
    );
  }

  /** Annotation properties for a location: repo-relative file, 1-based line and column, title. */
  annotationProperties(location: AnnotatedLocation | undefined): AnnotationProperties {
    if (!location) return {};
    const properties: AnnotationProperties = { file: this.toWorkspacePath(location.file) };
    if (isPositiveInteger(location.line)) {
      properties.startLine = location.line;
      if (isPositiveInteger(location.column)) properties.startColumn = location.column;
    }
    if (location.title) properties.title = location.title;
    return properties;
  }

  /**
   * Annotations only attach to files by their path inside the repository, so absolute paths under
   * the workspace are made relative (with `/`); a file outside it keeps its path for the reader.
   */
  toWorkspacePath(file: string): string {
    const absolute = path.resolve(this.cwd, file);
    const relative = path.relative(this.workspace, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
    return relative.split(path.sep).join('/');
  }

  private annotate(level: AnnotationLevel, message: string, location: AnnotatedLocation | undefined): void {
    const text = withKey(message, location);
    if (this.annotated[level] < this.limit) {
      this.annotated[level] += 1;
      this.core[level](text, this.annotationProperties(location));
      return;
    }
    this.unannotated[level] += 1;
    // A plain line loses the annotation's file/line, so put them into the text instead.
    const where = location ? `${formatLocation({ ...location, file: this.toWorkspacePath(location.file) })}: ` : '';
    this.core.info(`${level === 'error' ? 'Error' : 'Warning'}: ${where}${text}`);
  }
}

/** Appends the config key to the message, the way `formatUserError` does, when it is not there yet. */
function withKey(message: string, location: SourceLocation | undefined): string {
  const key = location?.key;
  return key && !message.includes(key) ? `${message} (at ${key})` : message;
}

function isPositiveInteger(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value > 0;
}

function plural(count: number, noun: string): string {
  return `${count} more ${noun}${count === 1 ? '' : 's'}`;
}
