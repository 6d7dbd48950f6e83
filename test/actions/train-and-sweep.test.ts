import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packModel } from '../../src/registry/archive/pack.js';
import { runActionBundle } from '../support/runner.js';
import { exampleWorkspace } from '../support/workspace.js';
import { runCli } from '../support/cli.js';

/** The file names of a zip archive, from its local file headers (signature PK\x03\x04). */
function zipEntryNames(zip: Buffer): string[] {
  const names: string[] = [];
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) {
    const nameLength = zip.readUInt16LE(at + 26);
    names.push(zip.subarray(at + 30, at + 30 + nameLength).toString('utf8'));
  }
  return names;
}

describe('train-and-sweep bundle, run as the runner runs it', () => {
  test('sweeps the penguins trainer and returns the best model', async () => {
    const workspace = await exampleWorkspace();
    const result = await runActionBundle('train-and-sweep', { workspace, inputs: { trials: '6', parallel: '2', seed: '3' } });
    expect(result.exitCode).toBe(0);
    const params = JSON.parse(result.outputs['best-params']);
    expect(Object.keys(params).sort()).toEqual(['epochs', 'l2', 'lr']);
    const metrics = JSON.parse(result.outputs['best-metrics']);
    expect(metrics.accuracy).toBeGreaterThan(0.5);
    expect(Number(result.outputs['best-value'])).toBe(metrics.loss);
    // The best trial's model is where the output says.
    const model = JSON.parse(readFileSync(path.join(result.outputs['best-output'], 'model.json'), 'utf8'));
    expect(model).toBeTruthy();
    expect(readFileSync(result.outputs['trials-csv'], 'utf8').split('\n')[0]).toMatch(/^trial,state,value,param\.lr,param\.epochs,param\.l2/);
    // The run record gets the sweep part, its paths relative to the record's folder.
    expect(result.outputs.record).toBe(path.join(workspace, '.mlops/record.json'));
    const record = JSON.parse(readFileSync(result.outputs.record, 'utf8'));
    expect(record).toMatchObject({ version: 1, sweep: { method: 'tpe', seed: 3, trials: { total: 6 }, best: { params, metrics }, trialsTable: 'sweep/trials.csv' } });
    expect(path.resolve(workspace, '.mlops', record.sweep.best.outputDir)).toBe(result.outputs['best-output']);
    expect(result.summary).toMatch(/## ✅ Sweep: best loss/);
    expect(result.summary).toContain('```mermaid');
    expect(result.summary).toContain('| trial | loss | best so far |');
  }, 60000);

  test('fails with a clear message when every trial fails, and still writes the tables', async () => {
    const workspace = await exampleWorkspace();
    await writeFile(path.join(workspace, 'broken.mjs'), "console.error('cannot load data'); process.exit(2);\n");
    const result = await runActionBundle('train-and-sweep', { workspace, inputs: { trials: '2', command: 'node broken.mjs' } });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.message).toMatch(/2 of 2 trials failed \(all of them\)[\s\S]*cannot load data/);
    expect(existsSync(path.join(workspace, '.mlops/sweep/trials.csv'))).toBe(true);
  }, 60000);
});

describe('train-and-sweep bundle over a job matrix (artifact service emulator)', () => {
  test('sweep mode inside Actions uploads the best model as an artifact', async () => {
    const { startArtifactEmulator, artifactEnv } = await import('../support/artifact-emulator/index.js');
    const emulator = await startArtifactEmulator();
    try {
      const workspace = await exampleWorkspace();
      // An earlier step validated the data: the record's data part names the profile and the report.
      expect((await runCli(['validate', '--quiet'], { cwd: workspace })).exitCode).toBe(0);
      const env = artifactEnv(emulator, { runId: '78', jobId: '1', workspace });
      const result = await runActionBundle('train-and-sweep', { workspace, env, inputs: { trials: '3' } });
      expect(result.exitCode).toBe(0);
      expect(result.outputs).toMatchObject({ 'model-artifact': 'mlops-best-model', 'model-path': 'model' });
      expect(emulator.count('FinalizeArtifact')).toBe(1);
      // The documented layout: record.json at the root, the model in model/, every file the record names at its path.
      const stored = emulator.state.artifacts.find((a) => a.name === 'mlops-best-model')!;
      const names = zipEntryNames(emulator.state.blobs.get(stored.blobPath)!.committed!.body);
      const record = JSON.parse(readFileSync(result.outputs.record, 'utf8'));
      expect(names).toEqual(expect.arrayContaining(['record.json', 'profile.json', 'validate-report.json', record.sweep.trialsTable, 'model/model.json']));
      expect(names.filter((n) => n.startsWith('sweep/trials/'))).toEqual([]);
      // The digest is register-model's: the sha256 of the model folder packed as a release asset.
      const packed = await packModel(result.outputs['best-output'], await mkdtemp(path.join(tmpdir(), 'pack-')));
      expect(result.outputs['model-digest']).toBe(`sha256:${packed.files[0].sha256}`);
    } finally {
      await emulator.stop();
    }
  }, 60000);

  test('plan, two legs and collect as three kinds of job', async () => {
    const { startArtifactEmulator, artifactEnv } = await import('../support/artifact-emulator/index.js');
    const emulator = await startArtifactEmulator();
    try {
      const workspace = await exampleWorkspace();
      const job = (jobId: number) => artifactEnv(emulator, { runId: '77', jobId: String(jobId), workspace });
      const plan = await runActionBundle('train-and-sweep', { workspace, env: job(1), inputs: { mode: 'plan', shards: '2', trials: '4' } });
      expect(plan.exitCode).toBe(0);
      expect(JSON.parse(plan.outputs.matrix)).toEqual({ shard: [0, 1] });
      expect(plan.outputs).toMatchObject({ round: '1', done: 'false', 'plan-artifact': `mlops-sweep-${plan.outputs['sweep-id']}-plan-r1` });
      for (const shard of [0, 1]) {
        const leg = await runActionBundle('train-and-sweep', { workspace, env: job(10 + shard), inputs: { mode: 'shard', 'plan-artifact': plan.outputs['plan-artifact'], shard: String(shard), trials: '4' } });
        expect(leg.exitCode).toBe(0);
      }
      const collect = await runActionBundle('train-and-sweep', { workspace, env: job(20), inputs: { mode: 'collect', 'plan-artifact': plan.outputs['plan-artifact'], trials: '4' } });
      expect(collect.exitCode).toBe(0);
      expect(collect.outputs).toMatchObject({ done: 'true', 'plan-artifact': '', matrix: '{"shard":[]}', 'model-artifact': 'mlops-best-model', 'model-path': 'model' });
      expect(collect.outputs['model-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Object.keys(JSON.parse(collect.outputs['best-params'])).sort()).toEqual(['epochs', 'l2', 'lr']);
      expect(existsSync(path.join(collect.outputs['best-output'], 'model.json'))).toBe(true);
      expect(collect.summary).toMatch(/4 trials \(4 complete/);
      // The last round's collect writes the sweep part; its best output is the downloaded leg's copy.
      const record = JSON.parse(readFileSync(collect.outputs.record, 'utf8'));
      expect(record.sweep).toMatchObject({ trials: { total: 4 }, best: { params: JSON.parse(collect.outputs['best-params']) } });
      expect(path.resolve(path.dirname(collect.outputs.record), record.sweep.best.outputDir)).toBe(collect.outputs['best-output']);
    } finally {
      await emulator.stop();
    }
  }, 90000);

  test('a shard step given something that is not a plan artifact says what to pass, and runs nothing', async () => {
    const { startArtifactEmulator, artifactEnv } = await import('../support/artifact-emulator/index.js');
    const emulator = await startArtifactEmulator();
    try {
      const workspace = await exampleWorkspace();
      const env = artifactEnv(emulator, { runId: '79', jobId: '1', workspace });
      const notAName = await runActionBundle('train-and-sweep', { workspace, env, inputs: { mode: 'shard', 'plan-artifact': '{"schemaVersion":1}', shard: '0' } });
      expect(notAName.exitCode).toBe(1);
      expect(notAName.annotations.find((a) => a.level === 'error')?.message).toMatch(/plan-artifact .* is not the name of a sweep plan artifact[\s\S]*needs\.plan\.outputs\.plan-artifact/);
      const absent = await runActionBundle('train-and-sweep', { workspace, env, inputs: { mode: 'shard', 'plan-artifact': 'mlops-sweep-x-1-plan-r1', shard: '0' } });
      expect(absent.exitCode).toBe(1);
      expect(absent.annotations.find((a) => a.level === 'error')?.message).toMatch(/no artifact mlops-sweep-x-1-plan-r1/);
      expect(emulator.count('FinalizeArtifact')).toBe(0);
    } finally {
      await emulator.stop();
    }
  }, 60000);
});
