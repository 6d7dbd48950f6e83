/**
 * CommentSink over the comments of one issue or pull request: the comment carrying the hidden
 * marker `<!-- mlops:KEY -->` is found through the paginated comment list and updated, or created.
 */
import { commentMarker, type CommentResult, type CommentSink } from '../seams.js';
import { asArray, Fields } from './answers.js';
import type { Octokit } from './octokit.js';
import { NO_PLUGIN_RETRY, writeWithRecovery, type RecoveryOptions } from './recovery.js';

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

  async upsert(key: string, body: string): Promise<CommentResult> {
    const marker = commentMarker(key);
    const text = `${marker}\n${body}`;
    const existing = await this.find(marker);
    if (existing) return { created: false, location: await this.update(existing.id, text) };
    return writeWithRecovery(
      async () => {
        const response = await this.options.octokit.rest.issues.createComment({ ...this.params, body: text, request: NO_PLUGIN_RETRY });
        return { created: true, location: toComment(response.data).url };
      },
      // The answer was lost: if the comment was made after all, make sure it has this body.
      async () => {
        const made = await this.find(marker);
        return made && { created: true, location: await this.update(made.id, text) };
      },
      this.options.recovery,
    );
  }

  async read(key: string): Promise<string | undefined> {
    const marker = commentMarker(key);
    const comment = await this.find(marker);
    return comment?.body.replace(`${marker}\n`, '');
  }

  private async update(commentId: number, body: string): Promise<string> {
    const { owner, repo } = this.options;
    const response = await this.options.octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    return toComment(response.data).url;
  }

  /** The first comment carrying the marker, reading page by page and stopping when found. */
  private async find(marker: string): Promise<Comment | undefined> {
    const pages = this.options.octokit.paginate.iterator(this.options.octokit.rest.issues.listComments, { ...this.params, per_page: 100 });
    for await (const page of pages) {
      const found = asArray(page.data, 'a page of comments').map(toComment).find((comment) => comment.body.includes(marker));
      if (found) return found;
    }
    return undefined;
  }
}
