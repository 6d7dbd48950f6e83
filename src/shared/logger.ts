import type { SourceLocation } from './errors.js';

/**
 * The logging seam (docs/architecture.md "Seams"): inside Actions it becomes log groups, annotations and the job
 * summary; on the CLI it is the console and files. Domain code only ever sees this interface.
 */
export interface Logger {
  info(message: string): void;
  /** Chatty detail, shown only when debugging is on. */
  debug(message: string): void;
  /** A warning; with a location it becomes a warning annotation on that line. */
  warning(message: string, location?: SourceLocation & { title?: string }): void;
  /** An error; with a location it becomes an error annotation on that line. */
  error(message: string, location?: SourceLocation & { title?: string }): void;
  /** Runs `fn` inside a collapsible log group and returns its result. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that keeps every line, for tests and for collecting output in memory. */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'info' | 'debug' | 'warning' | 'error'; message: string; location?: SourceLocation }[] = [];
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  warning(message: string, location?: SourceLocation): void {
    this.lines.push({ level: 'warning', message, location });
  }
  error(message: string, location?: SourceLocation): void {
    this.lines.push({ level: 'error', message, location });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', message: `## ${name}` });
    return fn();
  }
}
