/**
 * Check runs (Checks API): created completed, read back by id and listed for a commit. GitHub only
 * lets GitHub Apps (GITHUB_TOKEN included) create them; the emulator does not model that. The
 * records live here, beside the routes, so the shared state module stays as it is.
 */
import { isObject, notFound, optionalString, requiredString, validationFailed, type Ctx, type Links } from '../http.js';
import { api, type Route } from '../router.js';
import { nodeId } from '../shapes-repo.js';
import { timestamp, type RepoState } from '../state.js';

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
}

const runs = new WeakMap<RepoState, Map<number, CheckRunRecord>>();

/** The check runs of a repository, oldest first (for tests). */
export function checkRunsOf(repo: RepoState): CheckRunRecord[] {
  return [...(runs.get(repo)?.values() ?? [])].sort((a, b) => a.id - b.id);
}

function store(repo: RepoState): Map<number, CheckRunRecord> {
  let map = runs.get(repo);
  if (!map) runs.set(repo, (map = new Map()));
  return map;
}

const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
const OUTPUT_LIMIT = 65535;

function checkRunJson(repo: RepoState, run: CheckRunRecord, links: Links) {
  const api = `${links.api}/repos/${repo.fullName}`;
  return {
    id: run.id,
    node_id: nodeId('CheckRun', run.id),
    head_sha: run.headSha,
    external_id: '',
    url: `${api}/check-runs/${run.id}`,
    html_url: `${links.web}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: { title: run.title, summary: run.summary, text: run.text, annotations_count: 0, annotations_url: `${api}/check-runs/${run.id}/annotations` },
    name: run.name,
    check_suite: { id: run.id },
    app: null,
    pull_requests: [],
  };
}

function outputOf(body: Record<string, unknown>): { title: string | null; summary: string | null; text: string | null } {
  const output = body.output;
  if (output === undefined) return { title: null, summary: null, text: null };
  if (!isObject(output)) throw validationFailed({ resource: 'CheckRun', field: 'output', code: 'invalid' });
  const title = requiredString(output, 'title');
  const summary = requiredString(output, 'summary');
  const text = optionalString(output, 'text') ?? null;
  for (const [field, value] of [['summary', summary], ['text', text]] as const) {
    if (value !== null && value.length > OUTPUT_LIMIT) throw validationFailed({ resource: 'CheckRun', field: `output.${field}`, code: 'custom', message: `Only ${OUTPUT_LIMIT} characters are allowed; ${value.length} were supplied.` });
  }
  return { title, summary, text };
}

export const checkRunRoutes: Route[] = [
  api('POST', '/repos/{owner}/{repo}/check-runs', (ctx: Ctx) => {
    const repo = ctx.repo();
    const body = ctx.json();
    const name = requiredString(body, 'name');
    const headSha = requiredString(body, 'head_sha');
    if (!/^[0-9a-f]{40}$/.test(headSha)) throw validationFailed({ resource: 'CheckRun', field: 'head_sha', code: 'invalid' });
    const conclusion = optionalString(body, 'conclusion') ?? null;
    if (conclusion !== null && !CONCLUSIONS.includes(conclusion)) throw validationFailed({ resource: 'CheckRun', field: 'conclusion', code: 'invalid' });
    const status = (optionalString(body, 'status') ?? (conclusion ? 'completed' : 'queued')) as CheckRunRecord['status'];
    if (status === 'completed' && conclusion === null) throw validationFailed({ resource: 'CheckRun', field: 'conclusion', code: 'missing_field' });
    const now = timestamp();
    const run: CheckRunRecord = { id: ctx.state.nextId(), name, headSha, status, conclusion, ...outputOf(body), detailsUrl: optionalString(body, 'details_url') ?? null, startedAt: now, completedAt: status === 'completed' ? (optionalString(body, 'completed_at') ?? now) : null };
    store(repo).set(run.id, run);
    return { status: 201, body: checkRunJson(repo, run, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (ctx) => {
    const repo = ctx.repo();
    const run = store(repo).get(ctx.id('check_run_id'));
    if (!run) throw notFound();
    return { status: 200, body: checkRunJson(repo, run, ctx.links) };
  }),

  api('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (ctx) => {
    const repo = ctx.repo();
    const sha = repo.resolveCommit(ctx.params.ref);
    if (!sha) throw validationFailed({ resource: 'Commit', field: 'ref', code: 'invalid' });
    const name = ctx.url.searchParams.get('check_name');
    let found = checkRunsOf(repo).filter((run) => run.headSha === sha && (name === null || run.name === name));
    // filter=latest (the default): the newest run of each name.
    if ((ctx.url.searchParams.get('filter') ?? 'latest') === 'latest') found = found.filter((run) => !found.some((other) => other.name === run.name && other.id > run.id));
    found.sort((a, b) => b.id - a.id);
    return { status: 200, body: { total_count: found.length, check_runs: found.map((run) => checkRunJson(repo, run, ctx.links)) } };
  }),
];
