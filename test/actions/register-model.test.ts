import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatchesOf, startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { runActionBundle } from '../support/runner.js';
import { runCli, STACK_LINE } from '../support/cli.js';
import { exampleWorkspace } from '../support/workspace.js';

let github: GitHubEmulator;
beforeAll(async () => {
  github = await startGitHubEmulator();
  // The commit the runner's GITHUB_SHA names exists in the repository (tags may only point at commits).
  github.state.addRepo('octo-org/octo-repo').addCommit('0123456789abcdef0123456789abcdef01234567');
});
afterAll(() => github.stop());

describe('register-model bundle against the GitHub emulator', () => {
  test('registers the penguins model from its sweep with its lineage, once per run attempt', async () => {
    const workspace = await exampleWorkspace();
    // The pipeline before it: validate (profile) and a small sweep (best trial), as earlier jobs would.
    expect((await runCli(['validate', '--config', 'mlops.yml', '--quiet'], { cwd: workspace })).exitCode).toBe(0);
    expect((await runCli(['sweep', '--trials', '3', '--parallel', '2'], { cwd: workspace })).exitCode).toBe(0);
    const best = JSON.parse(readFileSync(path.join(workspace, '.mlops/sweep/best.json'), 'utf8'));
    const inputs = {
      model: best.outputDir,
      'from-sweep': '.mlops/sweep',
      profile: '.mlops/profile.json',
      aliases: 'staging',
      tags: 'example',
      token: 'test-token',
      repository: 'octo-org/octo-repo',
    };
    const env = { GITHUB_API_URL: github.url };
    const first = await runActionBundle('register-model', { workspace, inputs, env });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ version: '1', tag: 'penguins/v1', created: 'true' });
    const manifest = JSON.parse(readFileSync(first.outputs.manifest, 'utf8'));
    expect(manifest).toMatchObject({
      name: 'penguins',
      version: 1,
      commit: '0123456789abcdef0123456789abcdef01234567',
      run: { id: 1234567890, actor: expect.any(String) },
      params: best.params,
      metrics: best.metrics,
      tags: ['example'],
    });
    expect(Object.keys(manifest.data)).toEqual(['data/train.csv']);
    expect(manifest.assets.map((a: { name: string }) => a.name).sort()).toEqual(['data-profile.json', 'output.tar.gz']);
    expect(first.summary).toContain('Registered penguins/v1');
    // The release: published, not the repository's Latest, with the model card and the manifest.
    const release = [...github.state.repo('octo-org/octo-repo')!.releases.values()].find((r) => r.tagName === 'penguins/v1')!;
    expect(release).toMatchObject({ draft: false, makeLatest: 'false' });
    expect(release.body).toContain('| accuracy |');
    // A re-run of the same run attempt returns the same version.
    const again = await runActionBundle('register-model', { workspace, inputs, env });
    expect(again.outputs).toMatchObject({ version: '1', created: 'false' });
    // dispatch is off by default: no event.
    expect(dispatchesOf(github.state.repo('octo-org/octo-repo')!)).toEqual([]);
    // Downloading checks every digest and extracts the model.
    const out = path.join(workspace, 'downloaded');
    const download = await runCli(['models', 'download', 'penguins@staging', '--github', 'octo-org/octo-repo', '--out', out], { cwd: workspace, env: { GITHUB_TOKEN: 'test-token', GITHUB_API_URL: github.url } });
    expect(download.stderr).toBe('');
    expect(existsSync(path.join(out, 'output', 'model.json'))).toBe(true);
  }, 60000);

  test('a model path that does not exist is a clear error and publishes nothing', async () => {
    const workspace = await exampleWorkspace();
    await mkdir(path.join(workspace, 'empty'), { recursive: true });
    await writeFile(path.join(workspace, 'metrics.json'), '{"accuracy": 0.5}');
    const before = github.state.repo('octo-org/octo-repo')!.releases.size;
    const result = await runActionBundle('register-model', {
      workspace,
      inputs: { model: 'nope/model.bin', metrics: 'metrics.json', token: 't', repository: 'octo-org/octo-repo' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(/nope\/model\.bin does not exist/);
    expect(github.state.repo('octo-org/octo-repo')!.releases.size).toBe(before);
  }, 30000);
  test('registers from the run record alone, in another job: model, params, metrics and data lineage from its parts', async () => {
    const workspace = await exampleWorkspace();
    expect((await runCli(['validate', '--config', 'mlops.yml', '--quiet'], { cwd: workspace })).exitCode).toBe(0);
    expect((await runCli(['sweep', '--trials', '3', '--parallel', '2'], { cwd: workspace })).exitCode).toBe(0);
    // Another job: a fresh checkout, with the earlier jobs' .mlops/ downloaded into it (as their artifacts would be).
    const job = await exampleWorkspace();
    await cp(path.join(workspace, '.mlops'), path.join(job, '.mlops'), { recursive: true, filter: (source) => !source.includes(`${path.sep}legs${path.sep}`) });
    const before = JSON.parse(readFileSync(path.join(job, '.mlops/record.json'), 'utf8'));
    const result = await runActionBundle('register-model', {
      workspace: job,
      inputs: { aliases: 'candidate', token: 'test-token', repository: 'octo-org/octo-repo', dispatch: 'true' },
      env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: '555' },
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs.record).toBe(path.join(job, '.mlops/record.json'));
    const manifest = JSON.parse(readFileSync(result.outputs.manifest, 'utf8'));
    expect(manifest).toMatchObject({ params: before.sweep.best.params, metrics: before.sweep.best.metrics, sweep: { trials: 3, bestTrial: String(before.sweep.best.trial), objective: { metric: 'loss', direction: 'minimize' } } });
    expect(manifest.data).toEqual({ 'data/train.csv': `sha256:${before.data.files[0].sha256}`, 'eval:data/eval.csv': `sha256:${before.data.evalFiles[0].sha256}` });
    expect(manifest.assets.map((a: { name: string }) => a.name).sort()).toEqual(['data-profile.json', 'output.tar.gz']);
    // The record keeps the data and sweep parts and gains the register part.
    const after = JSON.parse(readFileSync(result.outputs.record, 'utf8'));
    expect(after.data).toEqual(before.data);
    expect(after.sweep).toEqual(before.sweep);
    expect(after.register).toMatchObject({ name: 'penguins', version: Number(result.outputs.version), tag: result.outputs.tag, releaseUrl: result.outputs['release-url'], created: true, aliases: ['candidate'], run: { id: 555 } });
    expect(after.register.files.map((f: { name: string }) => f.name).sort()).toEqual(['data-profile.json', 'output.tar.gz']);
    // dispatch: true announces the version to other workflows (repository_dispatch).
    expect(dispatchesOf(github.state.repo('octo-org/octo-repo')!).at(-1)).toEqual({
      eventType: 'mlops-model-registered',
      clientPayload: { model: 'penguins', version: Number(result.outputs.version), tag: result.outputs.tag, digest: manifest.contentDigest, aliases: ['candidate'] },
    });
  }, 90000);

  describe('a missing or malformed stage file is a clear error and publishes nothing', () => {
    const HEX = 'c'.repeat(64);
    const sweepPart = { method: 'tpe', seed: 0, objective: { metric: 'loss', goal: 'minimize' }, trials: { total: 1, complete: 1 }, best: { trial: 0, value: 0.1, params: { lr: 0.1 }, metrics: { loss: 0.1 }, outputDir: 'model' } };
    const dataPart = { writtenAt: 'now', passed: true, failOn: 'error', errors: 0, warnings: 0, dataDigest: HEX, files: [{ path: 'train.csv', sha256: HEX }], profile: 'gone/profile.json' };
    test.each([
      ['a record without a sweep part, and no model', { '.mlops/record.json': { version: 1 } }, {}, '.mlops/record.json', /has no sweep part \(field "sweep" is missing\)/],
      ['a sweep part whose metric is not a number', { '.mlops/record.json': { version: 1, sweep: { ...sweepPart, best: { ...sweepPart.best, metrics: { loss: 'low' } } } } }, {}, '.mlops/record.json', /is malformed: sweep\.best\.metrics\.loss must be number/],
      ['a data part naming a profile that is not there', { '.mlops/record.json': { version: 1, sweep: sweepPart, data: dataPart } }, {}, '.mlops/record.json', /names the profile .*gone\/profile\.json \(field data\.profile\), which does not exist/],
      ['a from-sweep folder without sweep-record.json', {}, { 'from-sweep': 'sweep', model: 'model' }, 'sweep/sweep-record.json', /sweep record .*sweep-record\.json does not exist/],
      ['a sweep-record.json without the objective', { 'sweep/sweep-record.json': { schemaVersion: 1, ...sweepPart, objective: undefined } }, { 'from-sweep': 'sweep', model: 'model' }, 'sweep/sweep-record.json', /is malformed: objective is missing/],
      ['a profile with a broken digest', { 'profile.json': { files: [{ path: 'train.csv', sha256: 'nope' }] } }, { profile: 'profile.json', model: 'model' }, 'profile.json', /is malformed: files\[0\]\.sha256 must be a hex sha256/],
    ])('%s', async (_name, files, inputs, file, message) => {
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'mlops-register-bad-'));
      await mkdir(path.join(workspace, '.mlops', 'model'), { recursive: true });
      await mkdir(path.join(workspace, 'model'), { recursive: true });
      await writeFile(path.join(workspace, 'model', 'weights.bin'), 'w');
      await writeFile(path.join(workspace, '.mlops', 'model', 'weights.bin'), 'w');
      for (const [name, value] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
        await writeFile(path.join(workspace, name), JSON.stringify(value));
      }
      const releases = github.state.repo('octo-org/octo-repo')!.releases.size;
      const result = await runActionBundle('register-model', {
        workspace,
        inputs: { name: 'toy', token: 't', repository: 'octo-org/octo-repo', ...inputs },
        env: { GITHUB_API_URL: github.url },
      });
      expect(result.exitCode).toBe(1);
      const error = result.annotations.find((a) => a.level === 'error');
      // What (the file and the field), where (the annotation's file) and how to fix it.
      expect(error?.message).toMatch(message);
      expect(error?.message).toContain(path.join(workspace, file));
      expect(error?.message).toMatch(/How to fix: ./);
      expect(error?.file).toBe(file); // relative to the workspace, as GitHub shows annotations
      expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
      expect(github.state.repo('octo-org/octo-repo')!.releases.size).toBe(releases);
    }, 30000);
  });
});
