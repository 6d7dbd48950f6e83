/**
 * deploy-env as the runner runs it, against the GitHub emulator: the registry in releases, the
 * deployments and the environment's protection through the API. The "deployed model" is a file the
 * target command copies (serving.json); the health and predict commands read it. The protocol's
 * other cases run over local backends in test/deploy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createOctokit } from '../../src/backends/github/octokit.js';
import { GitHubDeploymentLog } from '../../src/backends/github/github-deployment-log.js';
import { GitHubReleaseStore } from '../../src/backends/github/github-release-store.js';
import { ModelRegistry } from '../../src/registry/registry.js';
import { dispatchesOf, startGitHubEmulator, type GitHubEmulator } from '../support/github-emulator/index.js';
import { runActionBundle } from '../support/runner.js';

const REPO = 'octo-org/deploys';
let github: GitHubEmulator;
let registry: ModelRegistry;
let log: GitHubDeploymentLog;

beforeAll(async () => {
  github = await startGitHubEmulator();
  const repo = github.state.addRepo(REPO);
  // The run's commit (the runner harness's GITHUB_SHA): deployments are recorded for it.
  repo.addCommit('0123456789abcdef0123456789abcdef01234567');
  const options = { octokit: createOctokit(github.octokitOptions()), owner: 'octo-org', repo: 'deploys', recovery: { backoffMs: 1 } };
  registry = new ModelRegistry(new GitHubReleaseStore(options), { sha: repo.refs.get('heads/main')!, backoffMs: 1 });
  log = new GitHubDeploymentLog(options);
});
afterAll(() => github.stop());

/** Registers a version of `m` whose model.json says whether it is healthy and what it answers. */
async function register(model: { answer: string; healthy: boolean }, verdict: 'pass' | 'fail' = 'pass'): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-model-'));
  const files = { 'model.json': JSON.stringify(model), 'eval-outputs.csv': `id,label,prediction\n1,a,${model.answer}\n2,b,${model.answer}\n` };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const result = await registry.register({
    name: 'm',
    files: Object.entries(files).map(([name, text]) => ({ name, path: path.join(dir, name), size: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') })),
    gate: { verdict, baselineVersion: null, reasons: [] },
  });
  return result.version;
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-deploy-ws-'));
  await mkdir(path.join(dir, 'data'));
  await writeFile(path.join(dir, 'data', 'eval.csv'), 'x,label\n1,a\n2,b\n');
  await writeFile(
    path.join(dir, 'mlops.yml'),
    [
      'name: m',
      'data: { train: data/eval.csv, eval: data/eval.csv }',
      'deploy:',
      '  environments: [staging, production]',
      '  target: { command: cp "$MLOPS_MODEL_DIR/model.json" serving.json, timeout: 10 }',
      `  health: { command: "node -e \\"process.exit(require('./serving.json').healthy ? 0 : 1)\\"", attempts: 2, interval: 0.05 }`,
      `  smoke: { command: "node -e \\"console.log(JSON.stringify({predictions: require(process.env.MLOPS_SMOKE_ROWS).map(() => require('./serving.json').answer)}))\\"", rows: 2 }`,
      '',
    ].join('\n'),
  );
  return dir;
}

const states = async (id: number) => (await log.listStatuses(id)).map((s) => s.state).reverse();
const env = () => ({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPO });

describe('deploy-env bundle against the GitHub emulator', () => {
  test('a staging deploy succeeds, records in_progress -> success with the run as log_url, and moves the alias', async () => {
    const v1 = await register({ answer: 'a', healthy: true });
    const ws = await workspace();
    const result = await runActionBundle('deploy-env', { workspace: ws, inputs: { environment: 'staging', version: String(v1), token: 'test-token', repository: REPO, dispatch: 'true' }, env: env() });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ version: '1', 'previous-version': '', status: 'success' });
    // dispatch: true announces the deploy to other workflows (repository_dispatch).
    const { manifest } = await registry.get('m', { version: 1 });
    expect(dispatchesOf(github.state.repo(REPO)!)).toEqual([
      { eventType: 'mlops-model-deployed', clientPayload: { model: 'm', version: 1, digest: manifest.contentDigest, environment: 'staging', url: null } },
    ]);
    expect(result.summary).toContain('m v1 deployed to staging');
    expect(result.summary).toContain('smoke check: 2 rows answered as recorded');
    const [deployment] = await log.list({ environment: 'staging' });
    expect(deployment).toMatchObject({ id: Number(result.outputs['deployment-id']), payload: { model: 'm', version: 1 }, productionEnvironment: false });
    expect(await states(deployment.id)).toEqual(['in_progress', 'success']);
    expect((await log.listStatuses(deployment.id))[0].logUrl).toMatch(/\/octo-org\/deploys\/actions\/runs\/1234567890$/);
    expect(await registry.aliasTarget('m', 'staging')).toBe(1);
    // The run record got the deploy part.
    expect(JSON.parse(readFileSync(result.outputs.record, 'utf8')).deploy.deployments).toEqual([{ environment: 'staging', version: 1, deploymentId: deployment.id, status: 'success', url: null }]);
  }, 30000);

  test('production: refused without a protection rule, then refused before staging, without a deployment record', async () => {
    const v2 = await register({ answer: 'b', healthy: true });
    const ws = await workspace();
    const inputs = { environment: 'production', version: String(v2), token: 'test-token', repository: REPO };
    const unprotected = await runActionBundle('deploy-env', { workspace: ws, inputs, env: env() });
    expect(unprotected.exitCode).toBe(1);
    expect(unprotected.annotations[0]?.message).toMatch(/Refusing to deploy to production: the environment does not exist[\s\S]*Required reviewers/);
    github.state.repo(REPO)!.addEnvironment('production', { reviewers: [{ type: 'User', name: 'octocat' }] });
    const early = await runActionBundle('deploy-env', { workspace: ws, inputs, env: env() });
    expect(early.exitCode).toBe(1);
    expect(early.annotations[0]?.message).toMatch(/Refusing to promote m v2 to production: it has not been deployed successfully to staging yet/);
    expect(await log.list({ environment: 'production' })).toEqual([]);
    expect(await registry.aliasTarget('m', 'production')).toBeUndefined();
  }, 30000);

  test('a failing health check rolls back: v1 serves again, staging stays at v1, the statuses say so', async () => {
    const v3 = await register({ answer: 'c', healthy: false });
    const ws = await workspace();
    const result = await runActionBundle('deploy-env', { workspace: ws, inputs: { environment: 'staging', version: String(v3), token: 'test-token', repository: REPO }, env: env() });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('failure');
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/Deploying m\/v3 to staging failed \(health\)[\s\S]*Rolled back: v1 is serving staging again/);
    expect(JSON.parse(readFileSync(path.join(ws, 'serving.json'), 'utf8'))).toEqual({ answer: 'a', healthy: true });
    expect(await registry.aliasTarget('m', 'staging')).toBe(1);
    const [rollback, failed, first] = await log.list({ environment: 'staging' });
    expect(await states(failed.id)).toEqual(['in_progress', 'failure']);
    expect(rollback.payload).toMatchObject({ version: 1, rollbackOf: failed.id });
    expect(await states(rollback.id)).toEqual(['in_progress', 'success']);
    expect((await log.listStatuses(first.id))[0].state).toBe('inactive');
    // A failed deploy sends no event, whatever dispatch says (it was off here too).
    expect(dispatchesOf(github.state.repo(REPO)!).map((d) => d.clientPayload.version)).toEqual([1]);
  }, 30000);

  test("mlops.yml's deploy.require_protection wins over the empty input (no action.yml default shadows it)", async () => {
    // A repository of its own: production has no protection rule here.
    const open = github.state.addRepo('octo-org/open');
    open.addCommit('0123456789abcdef0123456789abcdef01234567');
    const options = { octokit: createOctokit(github.octokitOptions()), owner: 'octo-org', repo: 'open', recovery: { backoffMs: 1 } };
    const openRegistry = new ModelRegistry(new GitHubReleaseStore(options), { sha: open.refs.get('heads/main')!, backoffMs: 1 });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-model-'));
    await writeFile(path.join(dir, 'model.json'), JSON.stringify({ answer: 'a', healthy: true }));
    const text = readFileSync(path.join(dir, 'model.json'), 'utf8');
    await openRegistry.register({ name: 'm', files: [{ name: 'model.json', path: path.join(dir, 'model.json'), size: text.length, sha256: createHash('sha256').update(text).digest('hex') }], gate: { verdict: 'pass', baselineVersion: null, reasons: [] } });
    const ws = await workspace();
    const config = readFileSync(path.join(ws, 'mlops.yml'), 'utf8').replace('environments: [staging, production]', 'environments: [production]\n  require_protection: false').replace(/\n {2}smoke:.*\n/, '\n');
    await writeFile(path.join(ws, 'mlops.yml'), config);
    const result = await runActionBundle('deploy-env', { workspace: ws, inputs: { environment: 'production', version: '1', token: 'test-token', repository: 'octo-org/open' }, env: { ...env(), GITHUB_REPOSITORY: 'octo-org/open' } });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.outputs.status).toBe('success');
    expect(result.summary).toContain('protection check off (require-protection: false)');
  }, 30000);
});
