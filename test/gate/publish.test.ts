/**
 * publishGate with fake seams: the check run's conclusion follows the verdict, a token that may not
 * write (PermissionError) is a warning and never a failure, a fork posts nothing, and failIfFailed
 * fails only a failed gate, at the failing rule's place.
 */
import { PermissionError, type CheckRun, type CheckRunSink, type CommentSink, type NewCheckRun } from '../../src/backends/seams.js';
import { failIfFailed, publishGate, type GateRun } from '../../src/gate/index.js';
import { RecordingLogger } from '../../src/shared/logger.js';
import type { Verdict } from '../../src/gate/types.js';

function gateRun(verdict: Verdict): GateRun {
  const result = { verdict, passed: verdict !== 'fail', headline: `Gate ${verdict}`, metrics: [], rules: [], notes: [] };
  return { result, comment: '### report', full: '### report', input: { model: 'm', workflow: 'ci.yml', result }, reportFile: '/w/.mlops/gate-report.md', outputs: { passed: String(result.passed), verdict, report: '', table: '[]' }, baselineVersion: null, failedAt: { file: 'mlops.yml', line: 7 }, relineage: async () => '' };
}

class Sinks implements CommentSink, CheckRunSink {
  checks: NewCheckRun[] = [];
  comments: [string, string][] = [];
  constructor(private readonly denied = false) {}
  async upsert(key: string, body: string) {
    if (this.denied) throw new PermissionError('comment on the pull request: Resource not accessible by integration');
    this.comments.push([key, body]);
    return { created: true, location: 'https://example/c/1' };
  }
  async read() {
    return undefined;
  }
  async complete(check: NewCheckRun): Promise<CheckRun> {
    if (this.denied) throw new PermissionError('create check runs: Resource not accessible by integration');
    this.checks.push(check);
    return { ...check, id: 1, location: 'https://example/runs/1' };
  }
  async latest() {
    return undefined;
  }
}

const targets = (sinks: Sinks, readOnly?: string) => ({ model: 'penguins', workflow: 'ci.yml', comments: sinks, checks: { sink: sinks, headSha: 'f'.repeat(40) }, readOnly });

test.each([
  ['pass', 'success'],
  ['warn', 'neutral'],
  ['fail', 'failure'],
] as const)('a %s verdict gives a %s check run named after the model, and the comment', async (verdict, conclusion) => {
  const sinks = new Sinks();
  const published = await publishGate(gateRun(verdict), targets(sinks), new RecordingLogger());
  expect(sinks.checks).toEqual([expect.objectContaining({ name: 'mlops gate: penguins', conclusion, title: `Gate ${verdict}`, summary: '### report' })]);
  expect(sinks.comments).toEqual([[expect.stringMatching(/^gate\.penguins\.ci\.yml\./), '### report']]);
  expect(published).toEqual({ comment: 'https://example/c/1', check: 'https://example/runs/1', skipped: [] });
});

test('a token that may not write is a warning naming where the report is, never a failure', async () => {
  const logger = new RecordingLogger();
  const published = await publishGate(gateRun('pass'), targets(new Sinks(true)), logger);
  expect(published.comment).toBeUndefined();
  expect(published.skipped).toHaveLength(2);
  expect(logger.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
    expect.stringMatching(/PR comment was not posted: .*Resource not accessible.*job summary and \/w\/\.mlops\/gate-report\.md/),
    expect.stringMatching(/check run was not posted/),
  ]);
});

test('a fork posts nothing; failIfFailed fails only a failed gate, at the failing rule', async () => {
  const sinks = new Sinks();
  expect((await publishGate(gateRun('fail'), targets(sinks, 'from a fork'), new RecordingLogger())).skipped).toEqual(['from a fork']);
  expect(sinks.checks).toEqual([]);
  expect(() => failIfFailed(gateRun('warn'))).not.toThrow();
  expect(() => failIfFailed(gateRun('fail'))).toThrow(expect.objectContaining({ message: 'Gate fail', location: { file: 'mlops.yml', line: 7 } }));
});
