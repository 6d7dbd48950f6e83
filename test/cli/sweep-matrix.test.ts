import { existsSync, readFileSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { artifactEnv, startArtifactEmulator, type ArtifactEmulator } from '../support/artifact-emulator/index.js';
import { runCli, tempDirs } from '../support/cli.js';
import { REPO_ROOT } from '../support/runner.js';

const temps = tempDirs('mlops-matrix-');
/** The matrix is the last line of stdout (inside Actions the artifact client logs workflow commands there too). */
const lastLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);
let emulator: ArtifactEmulator;
beforeAll(async () => {
  emulator = await startArtifactEmulator();
});
afterAll(async () => {
  await emulator.stop();
  await temps.cleanup();
});

/** The penguins project with a 9-trial sweep over 3 legs in 2 rounds. */
async function penguins(): Promise<string> {
  const dir = await temps.make();
  await cp(path.join(REPO_ROOT, 'examples', 'penguins'), dir, { recursive: true });
  const yml = (await readFile(path.join(dir, 'mlops.yml'), 'utf8')).replace('  trials: 20', '  trials: 9\n  matrix: { shards: 3, rounds: 2 }');
  await writeFile(path.join(dir, 'mlops.yml'), yml);
  return dir;
}

describe('a sweep over a job matrix, through the real @actions/artifact client', () => {
  test('plan, legs and collect over two rounds: every trial once, the best model downloaded', async () => {
    const dir = await penguins();
    const runId = 4242;
    // Each leg is its own job with its own token, as on GitHub.
    const job = (jobId: number) => ({ cwd: dir, env: artifactEnv(emulator, { runId: String(runId), jobId: String(jobId), workspace: dir }) });
    const planned = await runCli(['sweep-plan'], job(1));
    expect(planned.exitCode).toBe(0);
    expect(lastLine(planned.stdout)).toEqual({ shard: [0, 1, 2] });
    for (const round of [1, 2]) {
      for (const shard of [0, 1, 2]) {
        const leg = await runCli(['sweep-shard', '--plan', `.mlops/sweep/plan-r${round}.json`, '--shard', String(shard), '--out', `.mlops/leg-${round}-${shard}`], job(10 * round + shard));
        expect(leg.stderr).not.toMatch(/a bug/);
        expect(leg.exitCode).toBe(0);
      }
      const collected = await runCli(['sweep-collect', '--plan', `.mlops/sweep/plan-r${round}.json`], job(100 + round));
      expect(collected.exitCode).toBe(0);
      expect(lastLine(collected.stdout)).toEqual(round === 1 ? { shard: [0, 1, 2] } : { shard: [] });
    }
    const trials = JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/trials.json'), 'utf8')) as { number: number; state: string }[];
    expect(trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const best = JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/best.json'), 'utf8'));
    expect(existsSync(path.join(best.outputDir, 'model.json'))).toBe(true);
    expect(best.value).toBe(Math.min(...(JSON.parse(readFileSync(path.join(dir, '.mlops/sweep/trials.json'), 'utf8')) as { value: number }[]).map((t) => t.value)));
    expect(emulator.count('FinalizeArtifact')).toBeGreaterThanOrEqual(6);
  }, 90000);

  test('a leg that uploaded nothing is reported, and the sweep goes on with the others', async () => {
    const dir = await penguins();
    const runId = 4343;
    const job = (jobId: number) => ({ cwd: dir, env: artifactEnv(emulator, { runId: String(runId), jobId: String(jobId), workspace: dir }) });
    expect((await runCli(['sweep-plan', '--shards', '2'], job(1))).exitCode).toBe(0);
    expect((await runCli(['sweep-shard', '--plan', '.mlops/sweep/plan-r1.json', '--shard', '0', '--out', '.mlops/leg0'], job(2))).exitCode).toBe(0);
    const collected = await runCli(['sweep-collect', '--plan', '.mlops/sweep/plan-r1.json'], job(3));
    expect(collected.exitCode).toBe(0);
    expect(collected.stderr).toMatch(/Leg 1 of round 1 uploaded no results/);
  }, 60000);
});
