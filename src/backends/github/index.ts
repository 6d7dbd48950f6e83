/** The GitHub backends, all over one Octokit from createOctokit. */
import { GitHubCheckRunSink } from './github-check-run-sink.js';
import { GitHubCommentSink } from './github-comment-sink.js';
import { GitHubDeploymentLog } from './github-deployment-log.js';
import { GitHubReleaseStore } from './github-release-store.js';
import { createOctokit, type Octokit, type OctokitFactoryOptions } from './octokit.js';

export { createOctokit, GitHubCheckRunSink, GitHubCommentSink, GitHubDeploymentLog, GitHubReleaseStore, type Octokit, type OctokitFactoryOptions };
