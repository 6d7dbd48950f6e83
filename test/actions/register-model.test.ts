import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { runActionBundle } from '../support/runner.js';
import { runCli } from '../support/cli.js';
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
});
