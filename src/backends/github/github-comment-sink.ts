/**
 * CommentSink over the comments of one issue or pull request: one sticky comment per key, carrying
 * the hidden marker `<!-- mlops:KEY -->` (commentMarker, the only marker: the gate picks its key with
 * gateCommentKey, one per model and workflow).
 *
 * The upsert protocol. GitHub has no "create if absent" for comments, so two runs of the same
 * workflow on the same pull request (two quick pushes, a re-run beside a new run) can both find no
 * comment and both create one. Instead of a lock we converge:
 *
 *     1. find   list every comment of the PR (paginated), keep those carrying the marker
 *     2a. some  update the oldest (lowest id) with the body; delete the others (left by an old race)
 *     2b. none  create one (a write that may be retried: after a lost answer, look before resending)
 *     3. re-list find again; keep the oldest; delete the rest, our own included when it is not
 *               the oldest, and then write our body into the oldest
 *
 * Why it converges: the oldest comment with the marker is the same for every run that sees it
 * (ids only grow), and no run ever deletes the oldest it saw. Two racing runs each create, each
 * re-list; whichever sees both deletes the younger; a run that re-lists before the other created
 * sees only its own, and the other run deletes its own younger one. One comment is left, holding
 * the body of whichever run wrote last (both are reports of the same pull request; the younger run
 * usually writes last, since it creates and re-lists later).
 *
 * Costs, in requests (P = pages of 100 comments): update 1 list (P) + 1 update; first comment
 * 1 list + 1 create + 1 list (2P + 1); a race adds 1 delete and 1 update per loser. A 404 on a
 * delete means the other run deleted it first: fine. Failure cases: a run that dies between
 * create and re-list leaves two comments until the next run's step 2a removes the younger.
 * Eventual consistency of the list (a fresh comment not yet listed) is covered the same way: the
 * next run sees both and cleans up.
 */
import { commentMarker, type CommentResult, type CommentSink } from '../seams.js';
import { asArray, Fields } from './answers.js';
import type { Octokit } from './octokit.js';
import { NO_PLUGIN_RETRY, writeWithRecovery, type RecoveryOptions } from './recovery.js';
import { httpStatus, withPermission } from './request-errors.js';

export interface GitHubCommentSinkOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  recovery?: RecoveryOptions;
}

interface Comment {
  id: number;
  body: string;
  url: string;
}

function toComment(value: unknown): Comment {
  const f = new Fields(value, 'an issue comment');
  return { id: f.number('id'), body: f.optionalString('body', ''), url: f.string('html_url') };
}

export class GitHubCommentSink implements CommentSink {
  constructor(private readonly options: GitHubCommentSinkOptions) {}

  private get params() {
    return { owner: this.options.owner, repo: this.options.repo, issue_number: this.options.issueNumber };
  }

  upsert(key: string, body: string): Promise<CommentResult> {
    return withPermission('comment on the pull request', () => this.converge(key, body));
  }

  private async converge(key: string, body: string): Promise<CommentResult> {
    const marker = commentMarker(key);
    const text = `${marker}\n${body}`;
    const existing = await this.findAll(marker);
    if (existing.length > 0) {
      const [oldest, ...younger] = existing;
      await this.deleteAll(younger);
      return { created: false, location: await this.update(oldest.id, text) };
    }
    const made = await writeWithRecovery(
      async () => toComment((await this.options.octokit.rest.issues.createComment({ ...this.params, body: text, request: NO_PLUGIN_RETRY })).data),
      // The answer was lost: if the comment was made after all, take it (step 3 settles the rest).
      async () => (await this.findAll(marker))[0],
      this.options.recovery,
    );
    const [oldest, ...younger] = await this.findAll(marker);
    if (!oldest || oldest.id === made.id) {
      await this.deleteAll(younger);
      return { created: true, location: made.url };
    }
    // Another run created first: ours is younger and goes; our body goes into the oldest.
    await this.deleteAll(younger);
    return { created: false, location: await this.update(oldest.id, text) };
  }

  async read(key: string): Promise<string | undefined> {
    const marker = commentMarker(key);
    const [comment] = await this.findAll(marker);
    return comment?.body.replace(`${marker}\n`, '');
  }

  private async update(commentId: number, body: string): Promise<string> {
    const { owner, repo } = this.options;
    const response = await this.options.octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    return toComment(response.data).url;
  }

  /** Deletes comments; one already deleted (by a racing run) is fine. */
  private async deleteAll(comments: Comment[]): Promise<void> {
    const { owner, repo } = this.options;
    for (const comment of comments) {
      try {
        await this.options.octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
      } catch (error) {
        if (httpStatus(error) !== 404) throw error;
      }
    }
  }

  /** Every comment carrying the marker (the marker starts the body), oldest first. */
  private async findAll(marker: string): Promise<Comment[]> {
    const pages = this.options.octokit.paginate.iterator(this.options.octokit.rest.issues.listComments, { ...this.params, per_page: 100 });
    const found: Comment[] = [];
    for await (const page of pages) {
      found.push(...asArray(page.data, 'a page of comments').map(toComment).filter((comment) => comment.body.startsWith(`${marker}\n`) || comment.body === marker));
    }
    return found.sort((a, b) => a.id - b.id);
  }
}
