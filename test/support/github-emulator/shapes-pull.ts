/** JSON of pull requests: `pull-request-simple` for lists, `pull-request` for one. */
import type { Links } from './http.js';
import { nodeId, repositoryJson, userJson } from './shapes-repo.js';
import type { PullRecord, RepoState } from './state.js';

export function pullSimpleJson(repo: RepoState, pull: PullRecord, links: Links) {
  const api = `${links.api}/repos/${repo.fullName}`;
  const html = `${links.web}/${repo.fullName}/pull/${pull.number}`;
  const side = (part: PullRecord['head']) => ({
    label: `${repo.record.owner.login}:${part.ref}`,
    ref: part.ref,
    sha: part.sha,
    user: userJson(repo.record.owner, links),
    repo: repositoryJson(repo.record, links),
  });
  const link = (href: string) => ({ href });
  return {
    url: `${api}/pulls/${pull.number}`,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${api}/pulls/${pull.number}/commits`,
    review_comments_url: `${api}/pulls/${pull.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userJson(pull.user, links),
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head),
    base: side(pull.base),
    _links: {
      self: link(`${api}/pulls/${pull.number}`),
      html: link(html),
      issue: link(`${api}/issues/${pull.number}`),
      comments: link(`${api}/issues/${pull.number}/comments`),
      review_comments: link(`${api}/pulls/${pull.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${pull.number}/commits`),
      statuses: link(`${api}/statuses/${pull.head.sha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: pull.draft,
  };
}

export function pullJson(repo: RepoState, pull: PullRecord, links: Links) {
  const comments = [...repo.comments.values()].filter((comment) => comment.issueNumber === pull.number).length;
  return {
    ...pullSimpleJson(repo, pull, links),
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
