/** The CommentSink and DeploymentLog contracts (src/backends/seams.ts), run against every implementation. */
import { NotFoundError, type CommentSink, type DeploymentLog, type EnvironmentProtection } from '../../src/backends/seams.js';

export function commentSinkContract(name: string, make: () => Promise<CommentSink>): void {
  describe(`CommentSink contract: ${name}`, () => {
    let sink: CommentSink;
    beforeEach(async () => {
      sink = await make();
    });

    it('creates the comment once, then replaces it', async () => {
      expect(await sink.read('report')).toBeUndefined();
      const first = await sink.upsert('report', '## Metrics\n| a | b |');
      expect(first.created).toBe(true);
      const second = await sink.upsert('report', '## Metrics v2');
      expect(second).toEqual({ created: false, location: first.location });
      expect(await sink.read('report')).toBe('## Metrics v2');
    });

    it('keeps comments of different keys apart and refuses keys that could break the marker', async () => {
      await sink.upsert('gate', 'pass');
      await sink.upsert('sweep', 'best trial 3');
      expect(await sink.read('gate')).toBe('pass');
      expect(await sink.read('sweep')).toBe('best trial 3');
      await expect(sink.upsert('bad --> key', 'x')).rejects.toBeInstanceOf(RangeError);
    });
  });
}

export interface DeploymentHarness {
  log: DeploymentLog;
  mainSha: string;
  defineEnvironment(protection: EnvironmentProtection): Promise<void>;
}

export function deploymentLogContract(name: string, make: () => Promise<DeploymentHarness>): void {
  describe(`DeploymentLog contract: ${name}`, () => {
    let h: DeploymentHarness;
    beforeEach(async () => {
      h = await make();
    });

    it('records a deployment of a branch at its sha; an unknown ref is NotFoundError', async () => {
      const deployment = await h.log.create({ ref: 'main', environment: 'staging', payload: { model: 'v3' }, description: 'model v3' });
      expect(deployment).toMatchObject({ ref: 'main', sha: h.mainSha, environment: 'staging', task: 'deploy', payload: { model: 'v3' }, description: 'model v3' });
      expect(deployment.productionEnvironment).toBe(false);
      await expect(h.log.create({ ref: 'no-such-branch', environment: 'staging' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lists statuses newest first and cuts descriptions to 140 characters', async () => {
      const deployment = await h.log.create({ ref: 'main', environment: 'staging' });
      await h.log.addStatus(deployment.id, { state: 'in_progress', logUrl: 'https://ci.example/run/1' });
      await h.log.addStatus(deployment.id, { state: 'failure', description: 'x'.repeat(200), environmentUrl: 'https://staging.example' });
      const statuses = await h.log.listStatuses(deployment.id);
      expect(statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);
      expect(statuses[0].description).toHaveLength(140);
      expect(statuses[0].environmentUrl).toBe('https://staging.example');
      expect(statuses[1].logUrl).toBe('https://ci.example/run/1');
      await expect(h.log.listStatuses(987654)).rejects.toBeInstanceOf(NotFoundError);
      await expect(h.log.addStatus(987654, { state: 'success' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('retires the previous successful deployment of an environment on success (auto_inactive)', async () => {
      const first = await h.log.create({ ref: 'main', environment: 'staging' });
      await h.log.addStatus(first.id, { state: 'success' });
      const kept = await h.log.create({ ref: 'main', environment: 'staging' });
      await h.log.addStatus(kept.id, { state: 'success' });
      const second = await h.log.create({ ref: 'main', environment: 'staging' });
      await h.log.addStatus(second.id, { state: 'success', autoInactive: false });
      expect((await h.log.listStatuses(first.id)).map((s) => s.state)).toEqual(['inactive', 'success']);
      expect((await h.log.listStatuses(kept.id)).map((s) => s.state)).toEqual(['success']);
    });

    it('does not retire production deployments and filters lists, newest first', async () => {
      const prod = await h.log.create({ ref: 'main', environment: 'production' });
      expect(prod.productionEnvironment).toBe(true);
      await h.log.addStatus(prod.id, { state: 'success' });
      const next = await h.log.create({ ref: 'main', environment: 'production' });
      await h.log.addStatus(next.id, { state: 'success' });
      expect((await h.log.listStatuses(prod.id)).map((s) => s.state)).toEqual(['success']);
      await h.log.create({ ref: 'main', environment: 'staging' });
      expect((await h.log.list({ environment: 'production' })).map((d) => d.id)).toEqual([next.id, prod.id]);
    });

    it('reads an environment protection, undefined when there is none', async () => {
      expect(await h.log.getEnvironment('production')).toBeUndefined();
      const protection: EnvironmentProtection = {
        name: 'production',
        waitTimerMinutes: 10,
        reviewers: [{ type: 'User', name: 'alice' }, { type: 'Team', name: 'ml-leads' }],
        preventSelfReview: true,
        branchPolicy: true,
      };
      await h.defineEnvironment(protection);
      expect(await h.log.getEnvironment('production')).toEqual(protection);
    });
  });
}
