/**
 * evaluate-gate: compares the candidate with the production model by the rules of mlops.yml
 * `gate:`, writes the report (job summary, `.mlops/gate-report.md`, the sticky PR comment, the
 * check run "mlops gate: <model>") and the record's gate part, and fails the step when an error rule
 * failed, after all of that. Thin entry: inputs -> runGate (src/gate) -> publishGate -> outputs.
 */
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { parseYamlText } from '../config/yaml-source.js';
import { openArtifactStore, openRegistry, openReviewSinks, type RegistryBackend } from '../backends/open.js';
import { AlreadyExistsError } from '../backends/seams.js';
import { failIfFailed, mergeGateOverrides, parseBaselineSpec, publishGate, runGate } from '../gate/index.js';
import { checkAgainstRun, readPrReport, renderFromData, workflowRunFacts, writePrReport } from '../gate/pr-report.js';
import { readTextBoundedAsync } from '../shared/safe-read.js';
import { recordPath } from '../record/index.js';
import { commitOf } from '../registry/service/register-model.js';
import { InputError } from '../shared/errors.js';
import { isRecord } from '../shared/json.js';
import { appendSummary, getBooleanInput, getChoiceInput, getNumberInput, getOptionalInput, getRequiredInput, runAction, setOutputs } from './runtime/index.js';
import type { Logger } from '../shared/logger.js';

/** Input names, as in actions/evaluate-gate/action.yml. */
const enum Input {
  Config = 'config',
  Name = 'name',
  Record = 'record',
  Metrics = 'metrics',
  Outputs = 'outputs',
  Baseline = 'baseline',
  BaselineOutputs = 'baseline-outputs',
  Rules = 'rules',
  Resamples = 'resamples',
  Confidence = 'confidence',
  Seed = 'seed',
  Report = 'report',
  Comment = 'comment',
  Check = 'check',
  Token = 'token',
  Repository = 'repository',
  Mode = 'mode',
  ReportData = 'report-data',
}

/** What the event payload says about the pull request this run is for. */
interface PullRequestEvent {
  number: number;
  headSha: string;
  baseRef: string;
  /** From a fork: the token is read-only. */
  fork: boolean;
}

/** The runner's event payload (GITHUB_EVENT_PATH), parsed; undefined when there is none. */
async function eventOf(env: Readonly<Record<string, string | undefined>>): Promise<unknown> {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  // The runner writes it; GitHub caps event payloads far below this.
  return JSON.parse(await readTextBoundedAsync(env.GITHUB_EVENT_PATH, { maxBytes: 64 * 1024 * 1024, what: 'event payload' }));
}

async function pullRequestOf(env: Readonly<Record<string, string | undefined>>): Promise<PullRequestEvent | undefined> {
  const event = await eventOf(env);
  const pull = isRecord(event) ? event.pull_request : undefined;
  if (!isRecord(pull) || typeof pull.number !== 'number' || !isRecord(pull.head) || !isRecord(pull.base)) return undefined;
  const repoName = (side: Record<string, unknown>) => (isRecord(side.repo) && typeof side.repo.full_name === 'string' ? side.repo.full_name : undefined);
  const head = repoName(pull.head);
  return {
    number: pull.number,
    headSha: typeof pull.head.sha === 'string' ? pull.head.sha : (env.GITHUB_SHA ?? ''),
    baseRef: typeof pull.base.ref === 'string' ? pull.base.ref : '',
    fork: head !== undefined && head !== repoName(pull.base),
  };
}

/** The workflow file (`.github/workflows/ci.yml`) from GITHUB_WORKFLOW_REF, else the workflow's name. */
function workflowOf(env: Readonly<Record<string, string | undefined>>): string {
  const ref = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '');
  const file = ref?.split('/').slice(2).join('/');
  return file || env.GITHUB_WORKFLOW || 'workflow';
}

/**
 * mode: publish, in a workflow_run workflow: posts the comment and check run of a pull request's run
 * from its pr-report.json, which is untrusted (src/gate/pr-report.ts says how it is checked).
 */
async function publishFromData(backend: RegistryBackend, file: string, env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  const run = workflowRunFacts(await eventOf(env), env.GITHUB_EVENT_NAME);
  const data = await readPrReport(file);
  const { comments, checks, pulls } = openReviewSinks(backend, data.pullRequest?.number, logger);
  await checkAgainstRun(data, run, file, async (number) => pulls?.headSha(number));
  const { comment, full } = renderFromData(data, run);
  await appendSummary(full);
  const published = await logger.group(`Post the report of pull request #${data.pullRequest?.number}`, () =>
    publishGate(
      { comment, result: data.report.result, reportFile: file },
      {
        model: data.model,
        workflow: data.workflow,
        comments: getBooleanInput(Input.Comment, true) ? comments : undefined,
        checks: getBooleanInput(Input.Check, true) ? { sink: checks, headSha: run.headSha, detailsUrl: run.runUrl } : undefined,
      },
      logger,
    ),
  );
  for (const line of published.skipped) await appendSummary(`\n> ${line}\n`);
  setOutputs({ passed: String(data.report.result.passed), verdict: data.report.result.verdict, 'comment-url': published.comment ?? '', 'check-url': published.check ?? '', 'report-data': file });
}

await runAction('evaluate-gate', async ({ logger, workspace, env }) => {
  const token = getOptionalInput(Input.Token) ?? env.GITHUB_TOKEN ?? '';
  if (token) (await import('@actions/core')).setSecret(token);
  const repository = getOptionalInput(Input.Repository) ?? env.GITHUB_REPOSITORY ?? '';
  if (getChoiceInput(Input.Mode, ['evaluate', 'publish'], 'evaluate') === 'publish') {
    const backend: RegistryBackend = { kind: 'github', repository, token, apiUrl: env.GITHUB_API_URL };
    await publishFromData(backend, path.resolve(workspace, getRequiredInput(Input.ReportData)), env, logger);
    return;
  }
  const loaded = await loadConfig(path.resolve(workspace, getOptionalInput(Input.Config) ?? 'mlops.yml'));
  const model = getOptionalInput(Input.Name) ?? loaded.config.name;
  const rulesInput = getOptionalInput(Input.Rules);
  const rules = rulesInput === undefined ? undefined : parseYamlText(rulesInput, 'the rules input').value;
  if (rules !== undefined && !Array.isArray(rules)) throw new InputError('Input "rules" must be a YAML list of rules.', { hint: 'Write e.g. `rules: "[{ metric: accuracy, min: 0.9 }]"` under `with:`.' });
  const overrides = {
    rules,
    resamples: getOptionalInput(Input.Resamples) === undefined ? undefined : getNumberInput(Input.Resamples, 2000, { min: 100, max: 100000, integer: true }),
    confidence: getOptionalInput(Input.Confidence) === undefined ? undefined : getNumberInput(Input.Confidence, 0.95, { min: 0.5, max: 0.999 }),
    seed: getOptionalInput(Input.Seed) === undefined ? undefined : getNumberInput(Input.Seed, 0, { min: 0, integer: true }),
  };
  const pull = await pullRequestOf(env);
  const backend: RegistryBackend = { kind: 'github', repository, token, apiUrl: env.GITHUB_API_URL };
  const { registry, store } = openRegistry(backend, { sha: commitOf(workspace, env), logger, env });
  const runUrl = env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const workflow = workflowOf(env);
  const recordFile = recordPath(workspace, getOptionalInput(Input.Record));

  const run = await logger.group(`Evaluate the gate of ${model}`, () =>
    runGate({
      cwd: workspace,
      model,
      workflow,
      gate: mergeGateOverrides(loaded.config.gate, overrides),
      locate: (keys) => loaded.source.locate(['gate', ...keys]),
      configDir: loaded.dir,
      record: recordFile,
      metrics: getOptionalInput(Input.Metrics),
      outputs: getOptionalInput(Input.Outputs),
      baseline: parseBaselineSpec(getOptionalInput(Input.Baseline), getOptionalInput(Input.BaselineOutputs)),
      registry,
      store,
      baseRef: pull?.baseRef ?? env.GITHUB_BASE_REF,
      reportFile: path.resolve(workspace, getOptionalInput(Input.Report) ?? '.mlops/gate-report.md'),
      lineage: { commit: pull?.headSha ?? env.GITHUB_SHA, runUrl, runLabel: env.GITHUB_RUN_ID ? `run ${env.GITHUB_RUN_ID}, attempt ${env.GITHUB_RUN_ATTEMPT ?? 1}` : undefined },
      summaryUrl: runUrl,
      env,
    }),
  );
  if (run.noBaseline) logger.info(run.noBaseline);
  // Data for a workflow_run workflow that posts the report of a fork's pull request (mode: publish).
  const reportData = await writePrReport(run.reportFile, run.input, pull ? { number: pull.number, headSha: pull.headSha } : null);
  logger.info(run.result.headline);
  await appendSummary(run.full);

  const readOnly = pull?.fork
    ? `Pull request #${pull.number} comes from a fork: its token is read-only, so no PR comment or check run was posted. The report is in the job summary, in ${run.reportFile} and in the artifact gate-report-${model}.`
    : undefined;
  const sinks = readOnly ? { checks: undefined, comments: undefined } : openReviewSinks(backend, pull?.number, logger);
  const published = await logger.group('Post the report', () =>
    publishGate(
      run,
      {
        model,
        workflow,
        comments: getBooleanInput(Input.Comment, true) ? sinks.comments : undefined,
        checks: getBooleanInput(Input.Check, true) && sinks.checks ? { sink: sinks.checks, headSha: pull?.headSha ?? env.GITHUB_SHA ?? '', detailsUrl: runUrl } : undefined,
        readOnly,
      },
      logger,
    ),
  );
  if (readOnly) {
    logger.warning(readOnly);
    // The report as an artifact, so a workflow_run workflow with a write token can post it.
    const artifacts = await openArtifactStore(env, undefined, path.join(workspace, '.mlops'));
    try {
      const root = path.dirname(run.reportFile);
      await artifacts.upload(`gate-report-${model}`, [run.reportFile, reportData, recordFile].filter((file) => file.startsWith(root + path.sep)), root);
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
  for (const line of published.skipped) if (line !== readOnly) await appendSummary(`\n> ${line}\n`);
  setOutputs({ passed: run.outputs.passed, verdict: run.outputs.verdict, report: run.outputs.report, table: run.outputs.table, record: recordFile, 'comment-url': published.comment ?? '', 'check-url': published.check ?? '', 'report-data': reportData });
  failIfFailed(run);
});
