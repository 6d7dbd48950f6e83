/** The local backends: everything lives under one folder, by default `.mlops/`. */
import path from 'node:path';
import { LocalArtifactStore } from './local-artifact-store.js';
import { LocalCheckRunSink } from './local-check-run-sink.js';
import { LocalCommentSink } from './local-comment-sink.js';
import { LocalDeploymentLog } from './local-deployment-log.js';
import { LocalReleaseStore } from './local-release-store.js';

export { LocalArtifactStore, LocalCheckRunSink, LocalCommentSink, LocalDeploymentLog, LocalReleaseStore };

export function createLocalBackends(root = '.mlops') {
  return {
    releases: new LocalReleaseStore(path.join(root, 'registry')),
    comments: new LocalCommentSink(path.join(root, 'comments')),
    checks: new LocalCheckRunSink(path.join(root, 'checks')),
    deployments: new LocalDeploymentLog(path.join(root, 'registry')),
    artifacts: new LocalArtifactStore(path.join(root, 'artifacts')),
  };
}
