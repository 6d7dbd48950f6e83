/**
 * CheckRunSink over the Checks API: one completed check run per call (`checks: write`). GitHub
 * shows the newest run of a name on a commit, so re-running the gate replaces its check in place.
 */
import { checkOutputText, type CheckConclusion, type CheckRun, type CheckRunSink, type NewCheckRun } from '../seams.js';
import { Fields } from './answers.js';
import type { GitHubRepoOptions } from './github-release-store.js';
import { withPermission } from './request-errors.js';

const CONCLUSIONS: CheckConclusion[] = ['success', 'failure', 'neutral'];

function toCheckRun(value: unknown): CheckRun {
  const f = new Fields(value, 'a check run');
  const output = new Fields(f.raw('output'), 'a check run output');
  const conclusion = f.string('conclusion');
  return {
    id: f.number('id'),
    name: f.string('name'),
    headSha: f.string('head_sha'),
    conclusion: CONCLUSIONS.includes(conclusion as CheckConclusion) ? (conclusion as CheckConclusion) : 'neutral',
    title: output.optionalString('title', ''),
    summary: output.optionalString('summary', ''),
    detailsUrl: f.optionalString('details_url', '') || undefined,
    location: f.string('html_url'),
  };
}

export class GitHubCheckRunSink implements CheckRunSink {
  constructor(private readonly options: GitHubRepoOptions) {}

  async complete(check: NewCheckRun): Promise<CheckRun> {
    const { octokit, owner, repo } = this.options;
    const response = await withPermission('create check runs', () => octokit.rest.checks.create({
      owner,
      repo,
      name: check.name,
      head_sha: check.headSha,
      status: 'completed',
      conclusion: check.conclusion,
      completed_at: new Date().toISOString(),
      details_url: check.detailsUrl,
      output: { title: check.title.slice(0, 1000), summary: checkOutputText(check.summary) },
    }));
    return toCheckRun(response.data);
  }

  async latest(name: string, headSha: string): Promise<CheckRun | undefined> {
    const { octokit, owner, repo } = this.options;
    const response = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name, filter: 'latest' });
    const runs = new Fields(response.data, 'a list of check runs').array('check_runs').map(toCheckRun);
    return runs.sort((a, b) => b.id - a.id)[0];
  }
}
