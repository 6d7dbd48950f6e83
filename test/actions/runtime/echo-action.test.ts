/**
 * End to end: bundle test/fixtures/actions/echo-action.ts with the real build (ncc) and run it the
 * way the runner does, through test/support/runner.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT, runActionBundle, type RunActionBundleOptions } from '../../support/runner.js';

let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'echo-action-'));
  await promisify(execFile)(
    process.execPath,
    ['scripts/build.mjs', '--entry', 'test/fixtures/actions/echo-action.ts', '--out', path.join(dir, 'dist')],
    { cwd: REPO_ROOT },
  );
  bundle = path.join(dir, 'dist', 'index.js');
}, 180_000);

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

function run(options: RunActionBundleOptions) {
  return runActionBundle(bundle, options);
}

/** A stack frame line, as Node prints them. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('echo-action through the runner harness', () => {
  it('emits an ES module bundle with a package.json saying so', async () => {
    expect(JSON.parse(await fs.readFile(path.join(dir, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    expect(await fs.readFile(path.join(dir, 'dist', 'licenses.txt'), 'utf8')).toContain('@actions/core');
  });

  it('turns inputs into outputs (including multiline and JSON), summary, env, state and annotations', async () => {
    const result = await run({
      inputs: { message: 'hello: 100%, world', warnings: '2' },
      event: { action: 'opened', number: 7 },
      eventName: 'pull_request',
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.message).toBe('hello: 100%, world');
    expect(result.outputs.lines).toBe('first line\nsecond line\nthird=3');
    expect(JSON.parse(result.outputs.data)).toEqual({ warnings: 2, repository: 'octo-org/octo-repo', event: 'pull_request' });
    expect(JSON.parse(result.outputs['event-payload'])).toEqual({ action: 'opened', number: 7 });
    expect(result.summary).toBe('## Echo\n\nhello: 100%, world\n');
    expect(result.env).toEqual({ ECHO_DONE: 'yes\nreally' });
    expect(result.state).toEqual({ 'echo-state': 'saved' });
    expect(result.annotations).toEqual([1, 2].map((i) => ({
      level: 'warning',
      file: 'data/train.csv',
      line: i,
      col: 2,
      title: `Check: ${i}, row`,
      message: `warning ${i}: hello: 100%, world`,
    })));
    expect(result.commands.map((command) => command.command)).toEqual(['group', 'warning', 'warning', 'endgroup']);
  });

  it('passes a clean environment: only the inputs given, dashes kept, none of the test process\'s', async () => {
    process.env.INPUT_LEAKED = 'from the test process';
    process.env.GITHUB_LEAKED = 'from the test process';
    try {
      const result = await run({ inputs: { message: 'm', 'fail-with': 'nothing' } });
      expect(JSON.parse(result.outputs['input-variables'])).toEqual(['INPUT_FAIL-WITH', 'INPUT_MESSAGE']);
      const github = JSON.parse(result.outputs['github-variables']) as string[];
      expect(github).not.toContain('GITHUB_LEAKED');
      for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH',
        'GITHUB_EVENT_PATH', 'GITHUB_WORKSPACE', 'GITHUB_API_URL', 'GITHUB_RUN_ATTEMPT', 'GITHUB_ACTIONS']) {
        expect(github).toContain(name);
      }
    } finally {
      delete process.env.INPUT_LEAKED;
      delete process.env.GITHUB_LEAKED;
    }
  });

  it('lets env override the defaults (e.g. GITHUB_API_URL of an emulator)', async () => {
    const result = await run({ inputs: { message: 'm' }, env: { GITHUB_REPOSITORY: 'me/mine' } });
    expect(JSON.parse(result.outputs.data).repository).toBe('me/mine');
  });

  it('reports a UserError as one annotation at its repo-relative location, no stack trace, exit 1', async () => {
    const result = await run({ inputs: { message: 'm', 'fail-with': 'user-error' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]).toMatchObject({ level: 'error', file: 'mlops.yml', line: 3, col: 5 });
    expect(result.annotations[0].message).toMatch(/^mlops\.yml:3:5: "epochs" must be a number \(at train\.epochs\)\n {2}How to fix: /);
    expect(result.stdout).not.toMatch(STACK_FRAME);
    expect(result.stderr).toBe('');
    expect(result.outputs).toEqual({});
  });

  it('reports an invalid input as a UserError naming the input and accepted values', async () => {
    const result = await run({ inputs: { message: 'm', warnings: 'many' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('Input "warnings" must be an integer between 0 and 100; got "many".') }),
    ]);
    expect(result.stdout).not.toMatch(STACK_FRAME);
  });

  it('reports a missing required input', async () => {
    const result = await run({ inputs: {} });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0].message).toContain('Input "message" is required');
  });

  it('reports a bug with its full stack trace and exit 1', async () => {
    const result = await run({ inputs: { message: 'm', 'fail-with': 'bug' } });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/TypeError: cannot read the thing \(deliberate bug\)\n\s+at explode /);
    expect(result.stdout).toMatch(STACK_FRAME);
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'echo-action failed with an unexpected error (a bug; please report it with this log): cannot read the thing (deliberate bug)',
      },
    ]);
  });

  it('annotates 10 warnings, prints the rest, and counts them at the end', async () => {
    const result = await run({ inputs: { message: 'm', warnings: '13' } });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((annotation) => annotation.level === 'warning')).toHaveLength(10);
    expect(result.stdout).toContain('Warning: data/train.csv:11:2: warning 11: m');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 more warnings not shown as annotations (GitHub shows 10 errors and 10 warnings per step); they are in the log above.',
    );
  });

  it('applies action.yml defaults and rejects undeclared inputs', async () => {
    const actionYml = path.join(dir, 'action.yml');
    await fs.writeFile(
      actionYml,
      [
        'name: echo',
        'inputs:',
        '  message: { required: true }',
        "  warnings: { default: '1' }",
        "  fail-with: { default: '${{ github.token }}' }",
        'runs: { using: node24, main: dist/index.js }',
      ].join('\n'),
    );
    const result = await run({ inputs: { message: 'm' }, actionYml });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.outputs['input-variables'])).toEqual(['INPUT_MESSAGE', 'INPUT_WARNINGS']);
    await expect(run({ inputs: { message: 'm', mesage: 'typo' }, actionYml })).rejects.toThrow(/Unexpected input\(s\) mesage/);
  });

  it('kills a step that outlives timeoutMs', async () => {
    const result = await run({ inputs: { message: 'm', 'fail-with': 'hang' }, timeoutMs: 1500 });
    expect(result.signal).toBe('SIGKILL');
    expect(result.exitCode).toBe(1);
  });
});
