/** The GitHub backends, all over one Octokit from createOctokit. */
import { GitHubCommentSink } from './github-comment-sink.js';
import { GitHubDeploymentLog } from './github-deployment-log.js';
import { GitHubReleaseStore } from './github-release-store.js';
import { createOctokit, type Octokit, type OctokitFactoryOptions } from './octokit.js';

export { createOctokit, GitHubCommentSink, GitHubDeploymentLog, GitHubReleaseStore, type Octokit, type OctokitFactoryOptions };
