import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runActionBundle } from '../support/runner.js';
import { exampleWorkspace } from '../support/workspace.js';

describe('validate-data bundle, run as the runner runs it', () => {
  test('the penguins data passes: outputs, profile, report and summary', async () => {
    const workspace = await exampleWorkspace();
    const result = await runActionBundle('validate-data', { workspace, inputs: { config: 'mlops.yml' } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.outputs.errors).toBe('0');
    expect(result.outputs['data-digest']).toMatch(/^[0-9a-f]{64}$/);
    const profile = JSON.parse(readFileSync(result.outputs.profile, 'utf8'));
    expect(profile.rowCount).toBe(275);
    expect(profile.files[0]).toMatchObject({ path: 'data/train.csv', rows: 275 });
    expect(profile.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(profile.columns.species.top.map((t: { value: string }) => t.value).sort()).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
    expect(report.datasets.map((d: { name: string }) => d.name)).toEqual(['train', 'eval']);
    expect(result.summary).toContain('Data validation passed');
    expect(result.summary).toContain('| check | column | expected');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  test('the broken copy fails with annotations at the offending rows, outputs still set', async () => {
    const workspace = await exampleWorkspace();
    const result = await runActionBundle('validate-data', { workspace, inputs: { config: 'broken/mlops.yml' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(6);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors.length).toBeLessThanOrEqual(11); // 10 annotated per level, then the step's own failure
    const at = (text: string) => errors.find((a) => a.message.includes(text));
    // bill length written in cm: data row 5 is line 6 of the file
    expect(at('bill_length_mm')).toMatchObject({ file: 'broken/train.csv', line: 6 });
    expect(at('flipper_length_mm')).toMatchObject({ file: 'broken/train.csv', line: 22 });
    expect(at('duplicate_rows')?.message).toMatch(/duplicates row 51/);
    expect(at('train_eval_leakage')).toMatchObject({ file: 'broken/eval.csv' });
    expect(result.summary).toContain('Data validation failed');
    expect(result.summary).toContain('❌');
    // The step's failure message says what to do, without a stack trace.
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  test('drift against the profile of the same data is nil; a shifted baseline is reported', async () => {
    const workspace = await exampleWorkspace();
    const first = await runActionBundle('validate-data', { workspace, inputs: { config: 'mlops.yml', 'profile-out': 'baseline.json' } });
    expect(first.exitCode).toBe(0);
    const same = await runActionBundle('validate-data', { workspace, inputs: { config: 'mlops.yml', baseline: 'baseline.json' } });
    expect(same.exitCode).toBe(0);
    expect(same.summary).toContain('Drift against the baseline profile');
    const report = JSON.parse(readFileSync(path.join(workspace, '.mlops/validate-report.json'), 'utf8'));
    for (const column of report.drift.columns) {
      expect(column.status).toBe('ok');
      if (column.metrics.psi !== undefined) expect(column.metrics.psi).toBeLessThan(0.01);
    }
  });

  test('a bad input is a located error and nothing is written', async () => {
    const workspace = await exampleWorkspace();
    const result = await runActionBundle('validate-data', { workspace, inputs: { config: 'mlops.yml', 'fail-on': 'sometimes' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(/fail-on/);
    expect(existsSync(path.join(workspace, '.mlops'))).toBe(false);
  });
});
