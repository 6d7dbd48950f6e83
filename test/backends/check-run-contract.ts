/** The CheckRunSink contract (src/backends/seams.ts), run against every implementation. */
import { CHECK_OUTPUT_LIMIT, type CheckRunSink } from '../../src/backends/seams.js';

export function checkRunSinkContract(name: string, make: () => Promise<{ sink: CheckRunSink; sha: string }>): void {
  describe(`CheckRunSink contract: ${name}`, () => {
    test('records a completed run; the newest of a name on a commit is the one shown', async () => {
      const { sink, sha } = await make();
      expect(await sink.latest('mlops gate: penguins', sha)).toBeUndefined();
      const first = await sink.complete({ name: 'mlops gate: penguins', headSha: sha, conclusion: 'failure', title: 'Gate failed', summary: '| a | b |' });
      expect(first).toMatchObject({ name: 'mlops gate: penguins', headSha: sha, conclusion: 'failure', title: 'Gate failed', summary: '| a | b |' });
      await sink.complete({ name: 'mlops gate: other', headSha: sha, conclusion: 'neutral', title: 'warn', summary: 'w' });
      const second = await sink.complete({ name: 'mlops gate: penguins', headSha: sha, conclusion: 'success', title: 'Gate passed', summary: 'ok' });
      expect(second.id).toBeGreaterThan(first.id);
      expect(await sink.latest('mlops gate: penguins', sha)).toMatchObject({ id: second.id, conclusion: 'success', title: 'Gate passed' });
    });

    test('cuts a summary over the limit with a note instead of failing', async () => {
      const { sink, sha } = await make();
      const run = await sink.complete({ name: 'big', headSha: sha, conclusion: 'success', title: 't', summary: 'x'.repeat(CHECK_OUTPUT_LIMIT + 10) });
      expect(run.summary.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
      expect(run.summary).toMatch(/cut to fit a check run/);
    });
  });
}
