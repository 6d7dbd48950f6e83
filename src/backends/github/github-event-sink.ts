/**
 * EventSink over `POST /repos/{owner}/{repo}/dispatches` (`contents: write`): a repository_dispatch
 * event with `event_type` and `client_payload`. Unlike releases, a repository_dispatch made with the
 * GITHUB_TOKEN does start workflows (`on: repository_dispatch: types: [...]`).
 */
import type { EventSink, RepositoryEvent } from '../seams.js';
import type { GitHubRepoOptions } from './github-release-store.js';
import { withPermission } from './request-errors.js';

export class GitHubEventSink implements EventSink {
  constructor(private readonly options: GitHubRepoOptions) {}

  async send(event: RepositoryEvent): Promise<void> {
    const { octokit, owner, repo } = this.options;
    await withPermission(`send the repository_dispatch event ${event.type} (it needs contents: write)`, () =>
      octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: event.type, client_payload: event.payload }),
    );
  }
}
