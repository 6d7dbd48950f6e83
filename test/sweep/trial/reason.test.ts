import { clipWords, failureReason, reasonLine } from '../../../src/sweep/trial/reason.js';

describe('one line of a failed trial\'s reason', () => {
  test('the summary with the last stderr line, never an empty tail', () => {
    expect(reasonLine(failureReason('exited with code 3', '  loading data\n  ValueError: lr too high'), 100)).toBe('exited with code 3 (stderr: ValueError: lr too high)');
    expect(failureReason('exited with code 3', '')).toBe('exited with code 3');
    expect(reasonLine(failureReason('exited with code 3', ''), 100)).toBe('exited with code 3');
    expect(reasonLine(undefined, 100)).toBe('');
  });

  test('a long reason is cut at a word boundary, with an ellipsis', () => {
    const line = reasonLine(failureReason('exited with code 1', '  RuntimeError: the learning rate schedule diverged because the warmup is longer than training'), 60);
    expect(line.length).toBeLessThanOrEqual(60);
    expect(line).toBe('exited with code 1 (stderr: RuntimeError: the learning rate…');
    // One word longer than the room (a path) is cut inside it.
    expect(clipWords(`file ${'x'.repeat(80)}`, 20)).toBe(`file ${'x'.repeat(14)}…`);
    expect(clipWords('short', 20)).toBe('short');
  });
});
