/**
 * Helpers of the deploy tests: a local registry with small model versions (a model.json that names
 * its answer, and a eval-outputs.csv as the trainer would write it), a target that "serves" a version
 * in memory, and health and predict checks that ask that server.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LocalDeploymentLog } from '../../src/backends/local/local-deployment-log.js';
import type { DeploymentLog, ReleaseStore } from '../../src/backends/seams.js';
import { LocalReleaseStore } from '../../src/backends/local/local-release-store.js';
import type { DeploySettings } from '../../src/deploy/deploy.js';
import { DeployFailure, type DeployTarget, type EvalRow, type HealthCheck, type Predictor, type TargetRequest, type TargetResult } from '../../src/deploy/types.js';
import { ModelRegistry } from '../../src/registry/registry.js';
import { RecordingLogger } from '../../src/shared/logger.js';

const SHA = 'a'.repeat(40);

/** What the fake environment runs: the version and its answer per row. */
export class FakeServer {
  serving: { version: number; answer: string; healthy: boolean } | null = null;
  deploys: number[] = [];
}

/** Reads model.json of the deployed folder: `{answer, healthy}`. */
export class FakeTarget implements DeployTarget {
  readonly kind = 'fake';
  readonly description = 'fake target';
  constructor(
    private readonly server: FakeServer,
    private readonly failFor: number[] = [],
  ) {}

  async deploy(request: TargetRequest): Promise<TargetResult> {
    this.server.deploys.push(request.version);
    if (this.failFor.includes(request.version)) throw new DeployFailure('target', `the target refused v${request.version}`);
    const model = JSON.parse(await readFile(path.join(request.modelDir, 'model.json'), 'utf8')) as { answer: string; healthy: boolean };
    this.server.serving = { version: request.version, ...model };
    return { log: `deployed v${request.version}`, environmentUrl: `http://fake/${request.environment}` };
  }
}

class FakeHealth implements HealthCheck {
  readonly description = 'fake health';
  constructor(private readonly server: FakeServer) {}
  async check(): Promise<void> {
    if (!this.server.serving?.healthy) throw new DeployFailure('health', 'the model is not healthy');
  }
}

class FakePredictor implements Predictor {
  readonly description = 'fake predict';
  constructor(private readonly server: FakeServer) {}
  async predict(rows: EvalRow[]): Promise<string[]> {
    return rows.map(() => this.server.serving?.answer ?? '');
  }
}

export interface World {
  dir: string;
  store: ReleaseStore;
  registry: ModelRegistry;
  log: DeploymentLog;
  logger: RecordingLogger;
  server: FakeServer;
  evalFile: string;
  /** Registers a version whose model answers `answer` and records `recorded` as its predictions. */
  register(options: { answer: string; recorded?: string; healthy?: boolean; verdict?: 'pass' | 'fail' }): Promise<number>;
  settings(overrides: Partial<DeploySettings>): DeploySettings;
}

/** A world over local backends, or over the given store and log (the GitHub ones, say). */
export async function makeWorld(backends?: { store: ReleaseStore; log: DeploymentLog; sha: string }): Promise<World> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-deploy-'));
  const root = path.join(dir, 'registry');
  const store = backends?.store ?? new LocalReleaseStore(root);
  const registry = new ModelRegistry(store, { sha: backends?.sha ?? SHA, backoffMs: 1 });
  const log = backends?.log ?? new LocalDeploymentLog(root);
  const logger = new RecordingLogger();
  const server = new FakeServer();
  const evalFile = path.join(dir, 'eval.csv');
  await writeFile(evalFile, 'x,label\n1,a\n2,b\n3,a\n');
  let n = 0;
  const world: World = {
    dir,
    store,
    registry,
    log,
    logger,
    server,
    evalFile,
    async register({ answer, recorded, healthy = true, verdict }) {
      const folder = path.join(dir, `model-${++n}`);
      await mkdir(folder, { recursive: true });
      const files = [
        ['model.json', JSON.stringify({ answer, healthy })],
        ['eval-outputs.csv', `id,label,prediction\n1,a,${recorded ?? answer}\n2,b,${recorded ?? answer}\n3,a,${recorded ?? answer}\n`],
      ].map(([name, text]) => ({ name, text }));
      for (const f of files) await writeFile(path.join(folder, f.name), f.text);
      const result = await registry.register({
        name: 'm',
        files: files.map((f) => ({ name: f.name, path: path.join(folder, f.name), size: Buffer.byteLength(f.text), sha256: createHash('sha256').update(f.text).digest('hex') })),
        gate: verdict ? { verdict, baselineVersion: null, reasons: [] } : null,
      });
      return result.version;
    },
    settings(overrides) {
      return {
        name: 'm',
        selector: 'latest',
        environment: 'staging',
        ref: backends?.sha ?? SHA,
        actor: 'tester',
        target: new FakeTarget(server),
        health: new FakeHealth(server),
        smoke: { predictor: new FakePredictor(server), evalFile, rows: 3 },
        order: ['staging', 'production'],
        requireProtection: false,
        overridePolicy: false,
        workDir: path.join(dir, 'work'),
        ...overrides,
      };
    },
  };
  return world;
}

/** State names of a deployment's statuses, oldest first. */
export async function statesOf(log: DeploymentLog, id: number): Promise<string[]> {
  return (await log.listStatuses(id)).map((s) => s.state).reverse();
}
