/**
 * @actions/core writes every `info` and `debug` of the artifact client to stdout as workflow
 * commands; in a test run that is noise. `captureActionsLog()` (call at the top of a test file)
 * keeps those lines in an array instead, so a test can also assert what the client reported
 * (e.g. "Attempt 1 of 5 failed … Retrying").
 */
export function captureActionsLog(): string[] {
  const lines: string[] = [];
  let restore: (() => void) | undefined;
  beforeAll(() => {
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof process.stdout.write;
    restore = () => {
      process.stdout.write = original;
    };
  });
  afterAll(() => restore?.());
  return lines;
}
