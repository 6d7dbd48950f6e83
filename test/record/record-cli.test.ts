import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, STACK_LINE } from '../support/cli.js';
import { exampleWorkspace } from '../support/workspace.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('the run record on a laptop: mlops validate, sweep and register share .mlops/record.json', () => {
  test('each command adds its part; register takes the model and its lineage from the record', async () => {
    const workspace = await exampleWorkspace();
    const record = path.join(workspace, '.mlops', 'record.json');
    expect((await runCli(['validate', '--quiet'], { cwd: workspace })).exitCode).toBe(0);
    expect(readJson(record)).toMatchObject({ version: 1, data: { passed: true, profile: 'profile.json', report: 'validate-report.json', files: [{ path: 'data/train.csv' }] } });
    expect((await runCli(['sweep', '--trials', '2', '--parallel', '2', '--quiet'], { cwd: workspace })).exitCode).toBe(0);
    const { sweep } = readJson(record);
    expect(sweep).toMatchObject({ trials: { total: 2 }, trialsTable: 'sweep/trials.csv', best: { outputDir: expect.stringMatching(/^sweep\/trials\/\d+\/output$/) } });

    const registered = await runCli(['register', '--alias', 'staging'], { cwd: workspace });
    expect(registered.stderr).not.toMatch(/^error:/m);
    expect(registered.stdout).toMatch(/registered penguins\/v1/);
    const after = readJson(record);
    expect(after.register).toMatchObject({ name: 'penguins', version: 1, tag: 'penguins/v1', aliases: ['staging'] });
    const shown = JSON.parse((await runCli(['models', 'show', 'penguins@staging'], { cwd: workspace })).stdout);
    expect(shown).toMatchObject({ params: sweep.best.params, metrics: sweep.best.metrics, data: { 'data/train.csv': `sha256:${after.data.files[0].sha256}` } });

    // Another model: the record's sweep part is not its lineage, so its params and metrics stay out.
    const other = await runCli(['register', '--name', 'other', '--model', 'train.mjs'], { cwd: workspace });
    expect(other.exitCode).toBe(0);
    expect(other.stdout + other.stderr).toMatch(/the model .*train\.mjs is none of them: its params, metrics and sweep summary are not attached/);
    const otherShown = JSON.parse((await runCli(['models', 'show', 'other'], { cwd: workspace })).stdout);
    expect(otherShown).toMatchObject({ params: {}, metrics: {}, sweep: null, data: { 'data/train.csv': expect.any(String) } });

    // The README's example: another trial's output with --from-sweep records that trial, not the best.
    const trials = readJson(path.join(workspace, '.mlops', 'sweep', 'trials.json')) as { number: number; params: object; metrics: object }[];
    const notBest = trials.find((trial) => trial.number !== sweep.best.trial)!;
    const trialModel = `.mlops/sweep/trials/${notBest.number}/output`;
    const fromTrial = await runCli(['register', '--name', 'trial', '--model', trialModel, '--from-sweep', '.mlops/sweep'], { cwd: workspace });
    expect(fromTrial.stderr).not.toMatch(/^error:/m);
    const trialShown = JSON.parse((await runCli(['models', 'show', 'trial'], { cwd: workspace })).stdout);
    expect(trialShown).toMatchObject({ params: notBest.params, metrics: notBest.metrics, sweep: { bestTrial: String(notBest.number) } });

    // A model of no trial of the named sweep: refused, nothing registered.
    const mismatch = await runCli(['register', '--name', 'mismatch', '--model', 'train.mjs', '--from-sweep', '.mlops/sweep'], { cwd: workspace });
    expect(mismatch.exitCode).toBe(1);
    expect(mismatch.stderr).toMatch(/train\.mjs is not an output of the sweep in .*sweep: its lineage .* would describe other files/);
    expect(mismatch.stderr).toMatch(/How to fix: Pass a trial's output folder of that sweep/);
    expect((await runCli(['models', 'list'], { cwd: workspace })).stdout).not.toMatch(/mismatch/);
  }, 90000);

  test('a record edited by hand is refused with the file, the field and how to fix it', async () => {
    const workspace = await exampleWorkspace();
    await runCli(['validate', '--quiet'], { cwd: workspace });
    const record = path.join(workspace, '.mlops', 'record.json');
    const value = readJson(record);
    await writeFile(record, JSON.stringify({ ...value, data: { ...value.data, errors: 'none' } }));
    const result = await runCli(['register', '--model', 'train.mjs'], { cwd: workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`The run record ${record} is malformed: data.errors must be integer.`);
    expect(result.stderr).toMatch(/How to fix: Delete the file/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    // Nothing was registered.
    expect((await runCli(['models', 'list', 'penguins'], { cwd: workspace })).stdout.trim().split('\n')).toHaveLength(2);
  }, 60000);
});
