/**
 * The ArtifactStore contract against the folder store and against workflow artifacts (the real
 * @actions/artifact client over HTTP to the results service emulator), and what only the GitHub
 * store has: runs and jobs, names checked before upload, the environment it borrows.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACT_ENV_KEYS } from '../../src/backends/github/artifact-env.js';
import { GitHubArtifactStore } from '../../src/backends/github/github-artifact-store.js';
import { LocalArtifactStore } from '../../src/backends/local/local-artifact-store.js';
import { AlreadyExistsError, NotFoundError } from '../../src/backends/seams.js';
import { artifactStoreContract } from './artifact-store-contract.js';
import { artifactEnv, startArtifactEmulator, type ArtifactEmulator } from '../support/artifact-emulator/index.js';
import { captureActionsLog } from '../support/artifact-emulator/quiet.js';

captureActionsLog();

let service: ArtifactEmulator;
let runs = 0;
const roots: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

beforeAll(async () => {
  service = await startArtifactEmulator();
});
afterAll(async () => {
  await service.stop();
  await Promise.all(roots.map((root) => fs.rm(root, { recursive: true, force: true })));
});
afterEach(() => expect(service.bugs).toEqual([]));

/** A store for one job of a run; each contract test gets a fresh run, as each workflow run is. */
function githubStore(runId: string, jobId = 'job-0'): GitHubArtifactStore {
  return new GitHubArtifactStore({ env: artifactEnv(service, { runId, jobId }) });
}

artifactStoreContract('local', async () => ({ store: new LocalArtifactStore(path.join(await tempDir('artifacts-'), 'store')), listsFileBytes: true }));

artifactStoreContract('github', async () => ({ store: githubStore(`run-${++runs}`), listsFileBytes: false }));

describe('GitHubArtifactStore', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('gh-artifacts-');
  });

  it('fans in: legs of one matrix (same run, different jobs) upload, a collect job downloads them all', async () => {
    const runId = `run-matrix-${++runs}`;
    await Promise.all(
      [0, 1, 2].map(async (leg) => {
        const root = path.join(dir, `leg-${leg}`);
        await fs.mkdir(path.join(root, 'trials'), { recursive: true });
        await fs.writeFile(path.join(root, 'trials', `${leg}.json`), JSON.stringify({ leg, loss: 1 / (leg + 1) }));
        await githubStore(runId, `leg-job-${leg}`).upload(`sweep-shard-${leg}`, [path.join(root, 'trials', `${leg}.json`)], root);
      }),
    );
    const collect = githubStore(runId, 'collect-job');
    const shards = await collect.list();
    expect(shards.map((s) => s.name)).toEqual(['sweep-shard-0', 'sweep-shard-1', 'sweep-shard-2']);
    const out = path.join(dir, 'collected');
    for (const shard of shards) await collect.download(shard.name, out);
    expect((await fs.readdir(path.join(out, 'trials'))).sort()).toEqual(['0.json', '1.json', '2.json']);
    // Another run sees none of them, and may reuse the names.
    const other = githubStore(`run-other-${++runs}`);
    expect(await other.list()).toEqual([]);
    await expect(other.download('sweep-shard-0', out)).rejects.toBeInstanceOf(NotFoundError);
    await other.upload('sweep-shard-0', [path.join(dir, 'leg-0', 'trials', '0.json')], path.join(dir, 'leg-0'));
  });

  it('says clearly what is wrong with a name, a path or an empty upload, before sending anything', async () => {
    const store = githubStore(`run-${++runs}`);
    const file = path.join(dir, 'a.json');
    await fs.writeFile(file, '{}');
    service.resetCounts();
    await expect(store.upload('shard/1', [file], dir)).rejects.toThrow('Invalid artifact name "shard/1": it contains a slash (/). Artifact names may not contain');
    await expect(store.upload('a:b', [file], dir)).rejects.toThrow('it contains a colon (:)');
    await expect(store.upload('', [file], dir)).rejects.toThrow('An artifact name is empty');
    await expect(store.upload('empty', [], dir)).rejects.toThrow('has no files: a workflow artifact needs at least one');
    // A sibling folder sharing the root's prefix: the client's prefix check would let it through.
    await fs.mkdir(path.join(`${dir}-sibling`), { recursive: true });
    roots.push(`${dir}-sibling`);
    await fs.writeFile(path.join(`${dir}-sibling`, 'x.json'), '{}');
    await expect(store.upload('sib', [path.join(`${dir}-sibling`, 'x.json')], dir)).rejects.toThrow(RangeError);
    const odd = path.join(dir, 'what?.json');
    await fs.writeFile(odd, '{}');
    await expect(store.upload('odd', [odd], dir)).rejects.toThrow('Cannot put "what?.json" into artifact "odd": its path contains a question mark (?)');
    expect(service.count()).toBe(0);
  });

  it('turns the service 409 into AlreadyExistsError and other failures into errors that name the artifact', async () => {
    const store = githubStore(`run-${++runs}`);
    const file = path.join(dir, 'a.json');
    await fs.writeFile(file, '{}');
    await store.upload('taken', [file], dir);
    const taken = await store.upload('taken', [file], dir).catch((error: unknown) => error);
    expect(taken).toBeInstanceOf(AlreadyExistsError);
    expect((taken as Error).message).toBe('An artifact named taken already exists in this workflow run');
    expect(((taken as Error).cause as Error).message).toBe(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    );
    // A token the service refuses (expired): not retried, and the message says which call failed.
    const expired = new GitHubArtifactStore({ env: artifactEnv(service, { runId: `run-${runs}`, jobId: 'job-0', tokenLifetimeSeconds: -1 }) });
    await expect(expired.upload('late', [file], dir)).rejects.toThrow('Could not upload artifact late: Failed to CreateArtifact: Received non-retryable error: Failed request: (401) Unauthorized: token expired');
    await expect(expired.list()).rejects.toThrow("Could not list the workflow run's artifacts: Failed to ListArtifacts: Received non-retryable error: Failed request: (401) Unauthorized: token expired");
  });

  it('borrows process.env only for the duration of a call and puts it back', async () => {
    const before = Object.fromEntries(ARTIFACT_ENV_KEYS.map((key) => [key, process.env[key]]));
    process.env.GITHUB_SERVER_URL = 'https://ghes.example.com'; // would make the client refuse (GHES)
    try {
      const store = githubStore(`run-${++runs}`);
      const file = path.join(dir, 'a.json');
      await fs.writeFile(file, '{}');
      await Promise.all([store.upload('x', [file], dir), store.list(), githubStore(`run-${++runs}`).list()]);
      expect(process.env.GITHUB_SERVER_URL).toBe('https://ghes.example.com');
      expect(process.env.ACTIONS_RUNTIME_TOKEN).toBe(before.ACTIONS_RUNTIME_TOKEN);
    } finally {
      if (before.GITHUB_SERVER_URL === undefined) delete process.env.GITHUB_SERVER_URL;
      else process.env.GITHUB_SERVER_URL = before.GITHUB_SERVER_URL;
    }
  });
});
