/**
 * A 10,000-trial matrix sweep (docs/platform.md "Actions and workflows": the runner passes each input
 * as one environment variable, capped at 128 KiB on Linux): the plan travels as an artifact, so every
 * output stays small and the shard and collect steps start. One leg runs (40 trials of a shell
 * trainer) and collect merges that partial result, which keeps the test to seconds.
 */
import { statSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionBundle, type RunActionBundleResult } from '../support/runner.js';
import { artifactEnv, startArtifactEmulator } from '../support/artifact-emulator/index.js';

const CONFIG = `version: 1
name: big
data: { train: train.csv }
train:
  command: [sh, -c, 'echo "{{\\"loss\\": $MLOPS_TRIAL_NUMBER}}" > "$MLOPS_METRICS_FILE"; echo model > "$MLOPS_OUTPUT_DIR/model.txt"']
sweep:
  method: random
  trials: 10000
  parallel: 8
  metric: { name: loss, goal: minimize }
  space:
    lr: { type: loguniform, low: 0.0001, high: 1 }
    depth: { type: int, low: 1, high: 1000000 }
  matrix: { shards: 256 }
`;

/** Far below the 128 KiB a single variable may hold: a value this small is safe as any step's input. */
const SMALL = 8 * 1024;

function largestOutput(result: RunActionBundleResult): number {
  return Math.max(...Object.values(result.outputs).map((v) => Buffer.byteLength(v)));
}

test('a 10,000-trial plan: outputs stay small, and shard and collect start from the plan artifact', async () => {
  const emulator = await startArtifactEmulator();
  try {
    const workspace = await mkdtemp(path.join(tmpdir(), 'mlops-big-'));
    await writeFile(path.join(workspace, 'mlops.yml'), CONFIG);
    const job = (jobId: number) => artifactEnv(emulator, { runId: '90', jobId: String(jobId), workspace });

    const plan = await runActionBundle('train-and-sweep', { workspace, env: job(1), inputs: { mode: 'plan' } });
    expect(plan.annotations).toEqual([]);
    expect(plan.exitCode).toBe(0);
    expect(JSON.parse(plan.outputs.matrix).shard).toHaveLength(256);
    expect(largestOutput(plan)).toBeLessThan(SMALL);
    // What did not travel as an output: the plan, far over the limit of one variable.
    expect(emulator.state.artifacts.map((a) => a.name)).toContain(plan.outputs['plan-artifact']);
    const planFile = path.join(workspace, '.mlops/sweep/plans', plan.outputs['plan-artifact'], 'plan-r1.json');
    expect(statSync(planFile).size).toBeGreaterThan(128 * 1024);

    const leg = await runActionBundle('train-and-sweep', { workspace, env: job(2), inputs: { mode: 'shard', 'plan-artifact': plan.outputs['plan-artifact'], shard: '0' } });
    expect(leg.exitCode).toBe(0);
    expect(leg.stdout).toMatch(/Uploaded leg 0 of round 1 as artifact \S+ \(40 trials\)/);

    const collect = await runActionBundle('train-and-sweep', { workspace, env: job(3), inputs: { mode: 'collect', 'plan-artifact': plan.outputs['plan-artifact'] } });
    expect(collect.exitCode).toBe(0);
    expect(largestOutput(collect)).toBeLessThan(SMALL);
    expect(collect.outputs).toMatchObject({ done: 'true', 'best-value': '0', 'model-artifact': 'mlops-best-model', 'model-path': 'model' });
    // The 255 legs that did not run are reported (the step shows only the first annotations; the log has them all).
    expect(collect.stdout).toMatch(/Leg 255 of round 1 uploaded no results/);
  } finally {
    await emulator.stop();
  }
}, 120000);
