import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ActionsLogger, ANNOTATION_LIMIT } from '../../../src/actions/runtime/actions-logger.js';
import { FakeCore } from './fake-core.js';

const workspace = path.resolve('/home/runner/work/repo/repo');

function logger(core: FakeCore): ActionsLogger {
  return new ActionsLogger({ core, workspace, cwd: workspace });
}

describe('ActionsLogger', () => {
  it('annotates with a repo-relative file, line, column and title', () => {
    const core = new FakeCore();
    logger(core).error('"epochs" must be a number', {
      file: path.join(workspace, 'config', 'mlops.yml'),
      line: 3,
      column: 5,
      key: 'train.epochs',
      title: 'Invalid config',
    });
    expect(core.calls).toEqual([
      {
        kind: 'error',
        message: '"epochs" must be a number (at train.epochs)',
        properties: { file: 'config/mlops.yml', startLine: 3, startColumn: 5, title: 'Invalid config' },
      },
    ]);
  });

  it('resolves relative paths against cwd and keeps files outside the workspace as they are', () => {
    const log = new ActionsLogger({ core: new FakeCore(), workspace, cwd: path.join(workspace, 'sub') });
    expect(log.toWorkspacePath('data.csv')).toBe('sub/data.csv');
    expect(log.toWorkspacePath('/tmp/elsewhere.csv')).toBe('/tmp/elsewhere.csv');
    expect(log.toWorkspacePath('../../outside.csv')).toBe('../../outside.csv');
  });

  it('drops a column without a line and non-positive numbers', () => {
    const log = logger(new FakeCore());
    expect(log.annotationProperties({ file: 'a.csv', column: 4 })).toEqual({ file: 'a.csv' });
    expect(log.annotationProperties({ file: 'a.csv', line: 0 })).toEqual({ file: 'a.csv' });
    expect(log.annotationProperties(undefined)).toEqual({});
  });

  it(`annotates ${ANNOTATION_LIMIT} per level, then prints plain lines and counts them`, () => {
    const core = new FakeCore();
    const log = logger(core);
    for (let i = 1; i <= 13; i++) log.warning(`w${i}`, { file: path.join(workspace, 'd.csv'), line: i, column: 2 });
    for (let i = 1; i <= 11; i++) log.error(`e${i}`);
    log.reportUnannotated();

    expect(core.of('warning')).toHaveLength(10);
    expect(core.of('error')).toHaveLength(10);
    const plain = core.of('info').map((call) => call.message);
    expect(plain).toEqual([
      'Warning: d.csv:11:2: w11',
      'Warning: d.csv:12:2: w12',
      'Warning: d.csv:13:2: w13',
      'Error: e11',
      '1 more error and 3 more warnings not shown as annotations (GitHub shows 10 errors and 10 warnings per step); they are in the log above.',
    ]);
    expect(log.unannotatedCounts).toEqual({ error: 1, warning: 3 });
  });

  it('says nothing at the end when everything was annotated', () => {
    const core = new FakeCore();
    const log = logger(core);
    log.warning('just one');
    log.reportUnannotated();
    expect(core.of('info')).toEqual([]);
  });

  it('runs groups through core.group and returns their value', async () => {
    const core = new FakeCore();
    await expect(logger(core).group('Profile', async () => 42)).resolves.toBe(42);
    expect(core.calls).toEqual([{ kind: 'group', message: 'Profile' }]);
  });
});
