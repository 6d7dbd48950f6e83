/** The seam contracts against the filesystem backends (src/backends/local). */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalCheckRunSink } from '../../../src/backends/local/local-check-run-sink.js';
import { LocalCommentSink } from '../../../src/backends/local/local-comment-sink.js';
import { LocalDeploymentLog } from '../../../src/backends/local/local-deployment-log.js';
import { LocalReleaseStore } from '../../../src/backends/local/local-release-store.js';
import { commentSinkContract, deploymentLogContract } from '../comment-deployment-contract.js';
import { releaseStoreContract } from '../release-store-contract.js';
import { checkRunSinkContract } from '../check-run-contract.js';
import { eventSinkContract } from '../event-sink-contract.js';
import { LOCAL_EVENTS_FILE, LocalEventSink } from '../../../src/backends/local/local-event-sink.js';

const MAIN_SHA = 'c'.repeat(40);
const roots: string[] = [];

async function freshRoot(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-local-'));
  roots.push(root);
  // Locally there is no git: the branch the registry tags from is seeded as a ref.
  await new LocalReleaseStore(root).createRef('heads/main', MAIN_SHA);
  return root;
}

afterAll(() => Promise.all(roots.map((root) => fs.rm(root, { recursive: true, force: true }))));

releaseStoreContract('local', async () => ({ store: new LocalReleaseStore(await freshRoot()), mainSha: MAIN_SHA }));

commentSinkContract('local', async () => new LocalCommentSink(path.join(await freshRoot(), 'comments')));

checkRunSinkContract('local', async () => ({ sink: new LocalCheckRunSink(path.join(await freshRoot(), 'checks')), sha: MAIN_SHA }));

eventSinkContract('local', async () => {
  const root = await freshRoot();
  return {
    sink: new LocalEventSink(root),
    // The documented log: one JSON line per event in <folder>/events.jsonl.
    received: async () => (await fs.readFile(path.join(root, LOCAL_EVENTS_FILE), 'utf8')).trim().split('\n').map((line) => {
      const { type, payload } = JSON.parse(line);
      return { type, payload };
    }),
  };
});

deploymentLogContract('local', async () => {
  const log = new LocalDeploymentLog(await freshRoot());
  return { log, mainSha: MAIN_SHA, defineEnvironment: (protection) => log.defineEnvironment(protection) };
});
