import { formatLocation, type SourceLocation } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** The CLI's Logger: plain lines on stderr (stdout carries the results), groups as headings. */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly options: { verbose?: boolean; quiet?: boolean; stream?: NodeJS.WritableStream } = {},
  ) {}

  private write(line: string): void {
    (this.options.stream ?? process.stderr).write(line + '\n');
  }

  info(message: string): void {
    if (!this.options.quiet) this.write(message);
  }
  debug(message: string): void {
    if (this.options.verbose) this.write(`debug: ${message}`);
  }
  warning(message: string, location?: SourceLocation): void {
    this.write(`warning: ${location?.file ? `${formatLocation(location)}: ` : ''}${message}`);
  }
  error(message: string, location?: SourceLocation): void {
    this.write(`error: ${location?.file ? `${formatLocation(location)}: ` : ''}${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.info(`▸ ${name}`);
    return fn();
  }
}
