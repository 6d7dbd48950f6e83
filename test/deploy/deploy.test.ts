import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deployVersion, DeployFailedError } from '../../src/deploy/deploy.js';
import { listDeployments, rollbackEnvironment, rollbackTarget, servingAt } from '../../src/deploy/rollback.js';
import { DeployError } from '../../src/deploy/types.js';
import { FakeTarget, makeWorld, statesOf, type World } from './fixtures.js';

const seams = (w: World) => ({ registry: w.registry, store: w.store, log: w.log, logger: w.logger });

describe('deployVersion over local backends', () => {
  test('a staging deploy verifies, deploys, checks, records in_progress -> success and moves the alias', async () => {
    const w = await makeWorld();
    const v1 = await w.register({ answer: 'a' });
    const result = await deployVersion(w.settings({ selector: { version: v1 } }), seams(w));
    expect(result).toMatchObject({ version: 1, previousVersion: null, environmentUrl: 'http://fake/staging', smokeRows: 3 });
    expect(w.server.serving?.version).toBe(1);
    expect(await w.registry.aliasTarget('m', 'staging')).toBe(1);
    const [deployment] = await w.log.list({ environment: 'staging' });
    expect(deployment.payload).toMatchObject({ model: 'm', version: 1, previousVersion: null });
    expect(await statesOf(w.log, deployment.id)).toEqual(['in_progress', 'success']);
  });

  test('promotion to production before staging is refused, and nothing is recorded or deployed', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a', verdict: 'pass' });
    await expect(deployVersion(w.settings({ environment: 'production' }), seams(w))).rejects.toThrow(/has not been deployed successfully to staging/);
    expect(await w.log.list({})).toEqual([]);
    expect(w.server.deploys).toEqual([]);
    // After staging it goes through; the payload of an override says so.
    await deployVersion(w.settings({}), seams(w));
    await deployVersion(w.settings({ environment: 'production' }), seams(w));
    expect(await w.registry.aliasTarget('m', 'production')).toBe(1);
  });

  test('promotion needs a passing gate verdict; a failing verdict is never deployed without an override', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    await deployVersion(w.settings({}), seams(w));
    await expect(deployVersion(w.settings({ environment: 'production' }), seams(w))).rejects.toThrow(/no passing gate verdict/);
    await w.register({ answer: 'b', verdict: 'fail' });
    await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(/gate verdict is fail/);
    const forced = await deployVersion(w.settings({ overridePolicy: true }), seams(w));
    expect(forced.overrides).toEqual(['promotion policy overridden (override-policy: true)']);
    const [newest] = await w.log.list({ environment: 'staging' });
    expect(newest.payload.overrides).toEqual(forced.overrides);
  });

  test('a failing health check rolls back: the previous version serves, the alias stays, the statuses tell it', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    await deployVersion(w.settings({}), seams(w));
    const v2 = await w.register({ answer: 'b', healthy: false });
    const error = await deployVersion(w.settings({ selector: { version: v2 } }), seams(w)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployFailedError);
    expect((error as Error).message).toMatch(/failed \(health\).*\n.*Rolled back: v1 is serving staging again.*Alias staging was not moved/);
    expect(w.server.serving?.version).toBe(1);
    expect(w.server.deploys).toEqual([1, 2, 1]);
    expect(await w.registry.aliasTarget('m', 'staging')).toBe(1);
    const [rollback, failed, first] = await w.log.list({ environment: 'staging' });
    expect(await statesOf(w.log, failed.id)).toEqual(['in_progress', 'failure']);
    expect((await w.log.listStatuses(failed.id))[0].description).toMatch(/^health: the model is not healthy/);
    expect(rollback).toMatchObject({ task: 'deploy:rollback', payload: { version: 1, rollbackOf: failed.id } });
    expect(await statesOf(w.log, rollback.id)).toEqual(['in_progress', 'success']);
    expect(await statesOf(w.log, first.id)).toEqual(['in_progress', 'success', 'inactive']);
  });

  test('a failing smoke check (the deployed model answers otherwise than recorded) rolls back', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    await deployVersion(w.settings({}), seams(w));
    await w.register({ answer: 'wrong', recorded: 'b' });
    await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(/failed \(smoke\): The deployed model does not answer as the registered version did: 3 of 3 rows differ \(row 1: expected "b", got "wrong"/);
    expect(w.server.serving).toMatchObject({ version: 1, answer: 'a' });
    expect(await w.registry.aliasTarget('m', 'staging')).toBe(1);
  });

  test('a checksum mismatch fails before the target sees a file; a failing first deploy has nothing to put back', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    const version = await w.registry.get('m', 'latest');
    const asset = version.release.assets.find((a) => a.name === 'model.json')!;
    await writeFile(path.join(w.dir, 'registry', 'assets', String(asset.id), 'data'), JSON.stringify({ answer: 'evil', healthy: true }).padEnd(asset.size));
    await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(/failed \(verify\).*sha256[\s\S]*The target was not touched/);
    expect(w.server.deploys).toEqual([]);
    const [d] = await w.log.list({});
    expect(await statesOf(w.log, d.id)).toEqual(['in_progress', 'failure']);
    expect(await w.registry.aliasTarget('m', 'staging')).toBeUndefined();
    // Nothing of the tampered version is left where a target could pick it up.
    expect(await readdir(path.join(w.dir, 'work', 'staging')).catch(() => [])).toEqual([]);
  });

  test('a target that fails on a first deploy: failure recorded, nothing to roll back to', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    await expect(deployVersion(w.settings({ target: new FakeTarget(w.server, [1]) }), seams(w))).rejects.toThrow(/There is no earlier version of staging to put back/);
    const [d] = await w.log.list({});
    expect(await statesOf(w.log, d.id)).toEqual(['in_progress', 'failure']);
  });

  test('a version or alias that does not exist is a clear error and records nothing', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    await expect(deployVersion(w.settings({ selector: { version: 7 } }), seams(w))).rejects.toThrow(/Model m has no published version 7/);
    await expect(deployVersion(w.settings({ selector: { alias: 'staging' } }), seams(w))).rejects.toThrow(/Alias "staging" of model m is not set/);
    expect(await w.log.list({})).toEqual([]);
  });

  test('an in-progress deployment of the environment is not raced; an abandoned one is taken over', async () => {
    const w = await makeWorld();
    await w.register({ answer: 'a' });
    const other = await w.log.create({ ref: 'a'.repeat(40), environment: 'staging', payload: { model: 'm', version: 1 } });
    await w.log.addStatus(other.id, { state: 'in_progress' });
    await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(DeployError);
    await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(new RegExp(`deployment ${other.id} .* is in_progress`));
    const later = () => new Date(Date.now() + 2 * 3_600_000);
    await deployVersion(w.settings({ now: later }), seams(w));
    expect(await statesOf(w.log, other.id)).toEqual(['in_progress', 'error']);
  });

  test('rollback on demand goes back one good version at a time, and the audit view shows every step', async () => {
    const w = await makeWorld();
    for (const answer of ['a', 'b', 'c']) {
      await w.register({ answer });
      await deployVersion(w.settings({}), seams(w));
    }
    const { selector: _selector, ...settings } = w.settings({});
    expect((await rollbackEnvironment(settings, seams(w))).version).toBe(2);
    expect(await w.registry.aliasTarget('m', 'staging')).toBe(2);
    expect((await rollbackEnvironment(settings, seams(w))).version).toBe(1);
    await expect(rollbackEnvironment(settings, seams(w))).rejects.toThrow(/v1 is the first version deployed there/);
    expect(w.server.serving?.version).toBe(1);
    const entries = await listDeployments(w.log, 'm', 'staging');
    expect(entries.map((e) => [e.version, e.task, e.state])).toEqual([
      [1, 'deploy:rollback', 'success'],
      [2, 'deploy:rollback', 'inactive'],
      [3, 'deploy', 'inactive'],
      [2, 'deploy', 'inactive'],
      [1, 'deploy', 'inactive'],
    ]);
    expect((await servingAt(w.registry, 'm', 'staging', new Date()))?.to).toBe(1);
    expect(await servingAt(w.registry, 'm', 'staging', new Date('2000-01-01'))).toBeUndefined();
  });
});

test('rollbackTarget: the version before the current one first arrived', () => {
  const move = (from: number | null, to: number) => ({ alias: 's', seq: 0, from, to, actor: 'x', at: '', applied: true });
  expect(rollbackTarget([move(null, 1), move(1, 2), move(2, 3), move(3, 2)], 2)).toBe(1);
  expect(rollbackTarget([move(null, 1)], 1)).toBeUndefined();
});

test('a deprecated version is refused without an override, and deployed with one (recorded)', async () => {
  const w = await makeWorld();
  await w.register({ answer: 'a' });
  await w.registry.deprecate('m', 1, { actor: 'ann', reason: 'leaks labels' });
  await expect(deployVersion(w.settings({}), seams(w))).rejects.toThrow(/Refusing to deploy m\/v1: it was deprecated by ann .*\(leaks labels\)/);
  const forced = await deployVersion(w.settings({ overridePolicy: true }), seams(w));
  expect(forced.overrides).toContain('deprecated version deployed (leaks labels)');
});

test('production deployments are flagged production_environment, preview ones transient', async () => {
  const w = await makeWorld();
  await w.register({ answer: 'a' });
  await deployVersion(w.settings({ environment: 'preview-pr-12', order: [] }), seams(w));
  await deployVersion(w.settings({ environment: 'production', order: [] }), seams(w));
  const [production, preview] = await w.log.list({});
  expect(production).toMatchObject({ environment: 'production', productionEnvironment: true, transientEnvironment: false });
  expect(preview).toMatchObject({ environment: 'preview-pr-12', productionEnvironment: false, transientEnvironment: true });
});

test('a ref the repository does not have is a clear error before anything is deployed', async () => {
  const w = await makeWorld();
  await w.register({ answer: 'a' });
  await expect(deployVersion(w.settings({ ref: 'no-such-branch' }), seams(w))).rejects.toThrow(/Cannot record a deployment of no-such-branch: the repository has no such branch, tag or commit/);
  expect(w.server.deploys).toEqual([]);
});
