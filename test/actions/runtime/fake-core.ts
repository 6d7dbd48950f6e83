import type { AnnotationProperties } from '@actions/core';
import type { ActionsCore } from '../../../src/actions/runtime/core-api.js';

/** One call the runtime made into @actions/core. */
export type CoreCall =
  | { kind: 'info'; message: string }
  | { kind: 'debug'; message: string }
  | { kind: 'setFailed'; message: string }
  | { kind: 'error'; message: string; properties?: AnnotationProperties }
  | { kind: 'warning'; message: string; properties?: AnnotationProperties }
  | { kind: 'notice'; message: string; properties?: AnnotationProperties }
  | { kind: 'group'; message: string }
  | { kind: 'setOutput'; name: string; value: unknown };

/** A recording stand-in for @actions/core (ESM namespaces cannot be mocked in place). */
export class FakeCore implements ActionsCore {
  readonly calls: CoreCall[] = [];
  info = (message: string): void => void this.calls.push({ kind: 'info', message });
  debug = (message: string): void => void this.calls.push({ kind: 'debug', message });
  setFailed = (message: string | Error): void => void this.calls.push({ kind: 'setFailed', message: String(message) });
  error = (message: string | Error, properties?: AnnotationProperties): void =>
    void this.calls.push({ kind: 'error', message: String(message), properties });
  warning = (message: string | Error, properties?: AnnotationProperties): void =>
    void this.calls.push({ kind: 'warning', message: String(message), properties });
  notice = (message: string | Error, properties?: AnnotationProperties): void =>
    void this.calls.push({ kind: 'notice', message: String(message), properties });
  group = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    this.calls.push({ kind: 'group', message: name });
    return fn();
  };
  setOutput = (name: string, value: unknown): void => void this.calls.push({ kind: 'setOutput', name, value });

  /** The calls of one kind, typed as that kind. */
  of<K extends CoreCall['kind']>(kind: K): Extract<CoreCall, { kind: K }>[] {
    return this.calls.filter((call): call is Extract<CoreCall, { kind: K }> => call.kind === kind);
  }
}
