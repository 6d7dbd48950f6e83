import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { runAction, type ActionContext } from '../../../src/actions/runtime/run-action.js';
import { ConfigError, UserError } from '../../../src/shared/errors.js';
import { FakeCore } from './fake-core.js';

const workspace = path.resolve('/home/runner/work/repo/repo');

async function run(main: (context: ActionContext) => Promise<void>) {
  const core = new FakeCore();
  const exitCodes: number[] = [];
  const exitCode = await runAction('demo', main, {
    core,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'o/r' },
    cwd: workspace,
    setExitCode: (code) => exitCodes.push(code),
  });
  return { core, exitCode, exitCodes, text: core.calls.map((call) => ('message' in call ? call.message : '')).join('\n') };
}

describe('runAction', () => {
  it('hands main a context and leaves the exit code alone on success', async () => {
    let seen: ActionContext | undefined;
    const { exitCode, exitCodes, core } = await run(async (context) => {
      seen = context;
    });
    expect(exitCode).toBe(0);
    expect(exitCodes).toEqual([]);
    expect(core.calls).toEqual([]);
    expect(seen?.name).toBe('demo');
    expect(seen?.workspace).toBe(workspace);
    expect(seen?.env.GITHUB_REPOSITORY).toBe('o/r');
  });

  it('reports a UserError once, annotated at its location, without a stack trace', async () => {
    const { core, exitCode, exitCodes, text } = await run(async () => {
      throw new ConfigError('"epochs" must be a number', {
        location: { file: path.join(workspace, 'mlops.yml'), line: 3, column: 5, key: 'train.epochs' },
        hint: 'Write a whole number.',
        cause: new Error('underlying parse failure'),
      });
    });
    expect(exitCode).toBe(1);
    expect(exitCodes).toEqual([1]);
    expect(core.of('setFailed')).toEqual([]);
    expect(core.of('error')).toEqual([
      {
        kind: 'error',
        message: [
          'mlops.yml:3:5: "epochs" must be a number (at train.epochs)',
          '  How to fix: Write a whole number.',
          '  Cause: underlying parse failure',
        ].join('\n'),
        properties: { file: 'mlops.yml', startLine: 3, startColumn: 5 },
      },
    ]);
    expect(text).not.toMatch(/^\s+at /m);
  });

  it('reports a UserError without a location as a plain error annotation', async () => {
    const { core } = await run(async () => {
      throw new UserError('no data files matched "data/*.csv"');
    });
    expect(core.of('error')).toEqual([{ kind: 'error', message: 'no data files matched "data/*.csv"', properties: {} }]);
  });

  it('reports anything else as a bug with the full stack and its cause', async () => {
    const { core, exitCode, exitCodes } = await run(async () => {
      throw new TypeError('x is undefined', { cause: new RangeError('inner') });
    });
    expect(exitCode).toBe(1);
    expect(exitCodes).toEqual([1]);
    const stack = core.of('info')[0].message;
    expect(stack).toMatch(/^TypeError: x is undefined\n\s+at /);
    expect(stack).toMatch(/Caused by: RangeError: inner\n\s+at /);
    expect(core.of('setFailed')).toEqual([
      { kind: 'setFailed', message: 'demo failed with an unexpected error (a bug; please report it with this log): x is undefined' },
    ]);
  });

  it('copes with a thrown non-Error', async () => {
    const { core, exitCode } = await run(async () => {
      throw 'just a string';
    });
    expect(exitCode).toBe(1);
    expect(core.of('info')[0].message).toBe("Thrown value (not an Error): 'just a string'");
  });

  it('ends with the count of warnings beyond the annotation cap', async () => {
    const { core } = await run(async ({ logger }) => {
      for (let i = 0; i < 12; i++) logger.warning(`w${i}`);
    });
    expect(core.of('info').at(-1)?.message).toMatch(/^2 more warnings not shown as annotations/);
  });
});
