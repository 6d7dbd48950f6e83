/** JSON of refs, releases, assets, comments, deployments and environments as GitHub writes them. */
import { createHash } from 'node:crypto';
import type { Links } from './http.js';
import { nodeId, userJson } from './shapes-repo.js';
import type {
  AssetRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  EnvironmentRecord,
  ReleaseRecord,
  RepoState,
} from './state.js';

const repoApi = (repo: RepoState, links: Links) => `${links.api}/repos/${repo.fullName}`;

export function refJson(repo: RepoState, ref: string, sha: string, links: Links) {
  return {
    ref: `refs/${ref}`,
    node_id: nodeId('Ref', sha.length + ref.length),
    url: `${repoApi(repo, links)}/git/refs/${ref}`,
    object: { type: 'commit', sha, url: `${repoApi(repo, links)}/git/commits/${sha}` },
  };
}

export function assetJson(repo: RepoState, asset: AssetRecord, links: Links) {
  const release = repo.releases.get(asset.releaseId);
  return {
    url: `${repoApi(repo, links)}/releases/assets/${asset.id}`,
    browser_download_url: `${links.web}/${repo.fullName}/releases/download/${encodeURIComponent(release?.tagName ?? 'untagged')}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: asset.state,
    content_type: asset.contentType,
    size: asset.data.length,
    digest: asset.state === 'uploaded' ? `sha256:${sha256(asset.data)}` : null,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: userJson(asset.uploader, links),
  };
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function releaseJson(repo: RepoState, release: ReleaseRecord, links: Links) {
  const api = `${repoApi(repo, links)}/releases/${release.id}`;
  const assets = [...repo.assets.values()].filter((asset) => asset.releaseId === release.id).sort((a, b) => a.id - b.id);
  const tag = encodeURIComponent(release.tagName);
  return {
    url: api,
    assets_url: `${api}/assets`,
    upload_url: `${links.uploads}/repos/${repo.fullName}/releases/${release.id}/assets{?name,label}`,
    html_url: release.draft ? `${links.web}/${repo.fullName}/releases/tag/untagged-${release.id}` : `${links.web}/${repo.fullName}/releases/tag/${tag}`,
    id: release.id,
    author: userJson(release.author, links),
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    draft: release.draft,
    immutable: release.immutable ?? false,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    updated_at: release.updatedAt,
    published_at: release.publishedAt,
    assets: assets.map((asset) => assetJson(repo, asset, links)),
    tarball_url: release.draft ? null : `${repoApi(repo, links)}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${repoApi(repo, links)}/zipball/${tag}`,
    body: release.body,
  };
}

export function commentJson(repo: RepoState, comment: CommentRecord, links: Links) {
  const html = `${links.web}/${repo.fullName}/${repo.pulls.has(comment.issueNumber) ? 'pull' : 'issues'}/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${repoApi(repo, links)}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(repo, links)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.user, links),
    author_association: 'NONE',
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

export function deploymentJson(repo: RepoState, deployment: DeploymentRecord, links: Links) {
  const api = `${repoApi(repo, links)}/deployments/${deployment.id}`;
  return {
    url: api,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: deployment.description,
    creator: userJson(deployment.creator, links),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${api}/statuses`,
    repository_url: repoApi(repo, links),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
  };
}

export function deploymentStatusJson(repo: RepoState, status: DeploymentStatusRecord, links: Links) {
  const deploymentUrl = `${repoApi(repo, links)}/deployments/${status.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: userJson(status.creator, links),
    description: status.description,
    environment: status.environment,
    target_url: status.logUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(repo, links),
  };
}

export function environmentJson(repo: RepoState, environment: EnvironmentRecord, links: Links) {
  const rules: Record<string, unknown>[] = [];
  let ruleId = environment.id * 10;
  if (environment.waitTimer !== undefined) {
    rules.push({ id: ++ruleId, node_id: nodeId('Gate', ruleId), type: 'wait_timer', wait_timer: environment.waitTimer });
  }
  if (environment.reviewers !== undefined) {
    rules.push({
      id: ++ruleId,
      node_id: nodeId('Gate', ruleId),
      type: 'required_reviewers',
      prevent_self_review: environment.preventSelfReview ?? false,
      reviewers: environment.reviewers.map((reviewer, i) => ({
        type: reviewer.type,
        reviewer: reviewer.type === 'User' ? userJson({ login: reviewer.name, id: environment.id + i + 1, type: 'User' }, links) : teamJson(reviewer.name, environment.id + i + 1, links),
      })),
    });
  }
  if (environment.branchPolicy) rules.push({ id: ++ruleId, node_id: nodeId('Gate', ruleId), type: 'branch_policy' });
  return {
    id: environment.id,
    node_id: nodeId('Environment', environment.id),
    name: environment.name,
    url: `${repoApi(repo, links)}/environments/${encodeURIComponent(environment.name)}`,
    html_url: `${links.web}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: rules,
    deployment_branch_policy: environment.branchPolicy
      ? { protected_branches: environment.branchPolicy === true, custom_branch_policies: environment.branchPolicy === 'custom' }
      : null,
  };
}

function teamJson(slug: string, id: number, links: Links) {
  const api = `${links.api}/teams/${id}`;
  return {
    id,
    node_id: nodeId('Team', id),
    url: api,
    html_url: `${links.web}/orgs/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
    type: 'enterprise',
  };
}
