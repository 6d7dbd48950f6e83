/**
 * evaluate-gate end to end, for the action, `mlops gate` and `mlops run`: read the candidate (the
 * run record's sweep part, or the files named), resolve the baseline (baseline.ts), evaluate the
 * rules, render the report and write it to `.mlops/gate-report.md` and the record's gate part.
 *
 * It posts nothing: the entries post the returned report (comment, check run, job summary) only
 * after this returned, so every bad input (a missing metrics file, a NaN, an unknown alias or
 * metric, a broken outputs file) is a located UserError thrown before anything claims a verdict.
 * The caller fails the step when `result.passed` is false, after posting.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseStore } from '../backends/seams.js';
import { readPartIfPresent, RecordError, writeGatePart, type DataPart, type LocatedPart, type SweepPart } from '../record/index.js';
import type { ModelRegistry } from '../registry/registry.js';
import { renderGateReport, type GateReportInput, type LineageSection } from '../report/gate-report.js';
import { InputError, type SourceLocation } from '../shared/errors.js';
import { resolveBaseline, type BaselineSpec } from './baseline.js';
import { evaluateGate } from './evaluate.js';
import { parseGateConfig, type Locate } from './gate-config.js';
import { readMetricFile, type MetricSet } from './metric-file.js';
import { gateOutputs, manifestGate, type GateOutputs } from './outputs.js';
import { EVAL_OUTPUTS_FILE, readPredictionsFile, type PredictionTable } from './predictions.js';
import { dataDetails, paramChanges, productionHistory, sweepDetails } from './report-context.js';
import type { GateResult } from './types.js';

/** The per-example outputs file a trial writes beside its model (and is registered with it). */
const DEFAULT_OUTPUTS_FILE = EVAL_OUTPUTS_FILE;

/** A job summary may hold 1 MiB; the report there is never cut below this. */
export const SUMMARY_REPORT_LIMIT = 900_000;

export interface GateRequest {
  cwd: string;
  /** The model's name (mlops.yml name). */
  model: string;
  /** The workflow (file) the gate runs in: one sticky comment per model and workflow. */
  workflow: string;
  /** mlops.yml's `gate:` section, overrides applied (mergeGateOverrides). */
  gate: unknown;
  /** Where a key of the gate section is in mlops.yml. */
  locate?: Locate;
  /** mlops.yml's folder: gate.evaluate runs there (default cwd). */
  configDir?: string;
  /** The run record (absolute path): candidate, data and sweep from its parts; the gate part goes in. */
  record: string;
  /** The candidate's metrics file; default the sweep part's best metrics. */
  metrics?: string;
  /** The candidate's per-example outputs; default eval-outputs.csv in the best trial's output folder. */
  outputs?: string;
  baseline: BaselineSpec;
  registry?: ModelRegistry;
  store?: ReleaseStore;
  /** The pull request's base branch (for baseline `base`). */
  baseRef?: string;
  /** Where the markdown report is written (absolute). */
  reportFile: string;
  lineage?: Omit<LineageSection, 'dataDigest'>;
  /** The job summary's address, linked from a comment that had to be cut. */
  summaryUrl?: string;
  env: NodeJS.ProcessEnv;
}

export interface GateRun {
  result: GateResult;
  /** The report sized for a PR comment or a check run. */
  comment: string;
  /** The whole report: the job summary and the report file. */
  full: string;
  /** What the report was rendered from (pr-report.json carries it to a publish step). */
  input: GateReportInput;
  reportFile: string;
  outputs: GateOutputs;
  /** The registry version compared with, or null. */
  baselineVersion: number | null;
  /** Why there was no baseline (a first model), for the log; the report says it in one line. */
  noBaseline?: string;
  /** Where the first failing error rule is written in mlops.yml. */
  failedAt?: SourceLocation;
  /** Writes the report file again with more lineage (the registry version, once registered); returns the whole report. */
  relineage(lineage: Partial<LineageSection>): Promise<string>;
}

export async function runGate(request: GateRequest): Promise<GateRun> {
  const config = parseGateConfig(request.gate, request.locate);
  const sweep = await readPartIfPresent(request.record, 'sweep');
  const data = await readPartIfPresent(request.record, 'data');
  const candidate = request.metrics ? await readMetricFile(path.resolve(request.cwd, request.metrics)) : sweepMetrics(request.record, sweep);
  const candidateOutputs = await readCandidateOutputs(request, sweep);

  const resolved = await resolveBaseline({
    spec: request.baseline,
    cwd: request.cwd,
    model: request.model,
    registry: request.registry,
    store: request.store,
    baseRef: request.baseRef,
    outputsName: candidateOutputs ? path.basename(candidateOutputs.file) : undefined,
    evaluate: config.evaluate && {
      settings: config.evaluate,
      cwd: request.configDir ?? request.cwd,
      // validate-data names data files relative to the working directory it ran in (this one).
      evalFiles: (data?.value.evalFiles ?? []).map((f) => path.resolve(request.cwd, f.path)),
      env: request.env,
    },
  });
  const baseline = 'baseline' in resolved ? resolved.baseline : undefined;
  const details = await dataDetails(data);
  const notes: string[] = [];
  if (baseline && candidateOutputs && !baseline.outputs) notes.push(`The baseline has no per-example outputs (${path.basename(candidateOutputs.file)}): no intervals.`);
  if (baseline?.reevaluated) notes.push(`The baseline (${baseline.label}) was re-evaluated on this run's eval data (gate.evaluate): both columns are measured on the same rows.`);
  const likeForLike = baseline?.reevaluated ? undefined : evalDataNote(data, baseline?.version?.manifest.data);
  if (likeForLike) notes.push(likeForLike);

  const result = evaluateGate({
    config,
    candidate,
    baseline: baseline?.metrics,
    baselineLabel: baseline?.label,
    outputs: candidateOutputs && baseline?.outputs ? { candidate: candidateOutputs, baseline: baseline.outputs } : undefined,
    data: details.summary,
  });
  result.notes.unshift(...notes);

  const input: GateReportInput = {
    model: request.model,
    workflow: request.workflow,
    result,
    params: sweep?.value.best ? paramChanges(sweep.value.best.params, baseline?.version?.manifest) : undefined,
    data: details.section,
    sweep: await sweepDetails(sweep),
    history: request.registry ? await productionHistory(request.registry, request.model, historyMetrics(result, sweep)).catch(() => []) : undefined,
    lineage: { ...request.lineage, dataDigest: data?.value.dataDigest },
    summaryUrl: request.summaryUrl,
  };
  const comment = renderGateReport(input);
  const full = renderGateReport({ ...input, maxLength: SUMMARY_REPORT_LIMIT });
  await mkdir(path.dirname(request.reportFile), { recursive: true });
  await writeFile(request.reportFile, full);
  const relineage = async (lineage: Partial<LineageSection>) => {
    const text = renderGateReport({ ...input, lineage: { ...input.lineage, ...lineage }, maxLength: SUMMARY_REPORT_LIMIT });
    await writeFile(request.reportFile, text);
    return text;
  };

  const baselineVersion = baseline?.version?.version ?? null;
  const { reasons } = manifestGate(result, baselineVersion);
  await writeGatePart(
    request.record,
    {
      verdict: result.verdict,
      passed: result.passed,
      headline: result.headline,
      baselineVersion,
      baseline: baseline?.label ?? null,
      reasons,
      metrics: gateOutputsTable(result, request.reportFile),
      rules: result.rules.map((r) => ({ ...r })),
      notes: result.notes,
      report: request.reportFile,
    },
    request.env,
  );
  return { result, comment, full, input, reportFile: request.reportFile, outputs: gateOutputs(result, request.reportFile), baselineVersion, noBaseline: 'none' in resolved ? resolved.none : undefined, failedAt: config.rules[result.rules.findIndex((r) => r.status === 'fail')]?.location, relineage };
}

function gateOutputsTable(result: GateResult, reportFile: string) {
  return JSON.parse(gateOutputs(result, reportFile).table) as { metric: string; status: string }[];
}

/** The candidate's metrics from the sweep part's best trial, located in the record. */
function sweepMetrics(record: string, sweep: LocatedPart<SweepPart> | undefined): MetricSet {
  const metrics = sweep?.value.best?.metrics;
  if (!metrics) {
    const key = sweep ? 'sweep.best.metrics' : 'sweep';
    throw new RecordError(`No candidate metrics: no metrics input, and the run record ${record} has no best trial (field ${key} is missing).`, {
      location: { file: record, key },
      hint: 'Pass the metrics input (--metrics) with the candidate\'s metrics file, or run train-and-sweep first (it writes the sweep part).',
    });
  }
  return { file: record, values: { ...metrics }, nonNumeric: {}, locate: (key) => ({ file: record, key: `sweep.best.metrics.${key}` }) };
}

/** The outputs named, else the best trial's eval-outputs.csv when it wrote one. */
async function readCandidateOutputs(request: GateRequest, sweep: LocatedPart<SweepPart> | undefined): Promise<PredictionTable | undefined> {
  if (request.outputs) {
    const file = path.resolve(request.cwd, request.outputs);
    if (!existsSync(file)) throw new InputError(`The per-example outputs file ${file} does not exist.`, { location: { file }, hint: 'Pass the file the trainer wrote (outputs input, --outputs), or leave it out to gate without intervals.' });
    return readPredictionsFile(file);
  }
  const dir = sweep?.value.best?.outputDir;
  if (!sweep || dir === undefined) return undefined;
  const file = path.join(sweep.resolve(dir), DEFAULT_OUTPUTS_FILE);
  return existsSync(file) ? readPredictionsFile(file) : undefined;
}

/**
 * A one-line warning when the candidate was evaluated on other eval data than the baseline (their
 * eval files' digests differ): the two metric columns are not like for like. The baseline's eval
 * digests are its manifest's `eval:<path>` entries (register-model records them from the data part).
 */
function evalDataNote(data: LocatedPart<DataPart> | undefined, manifestData: Record<string, string> | undefined): string | undefined {
  if (!data || !manifestData) return undefined;
  const candidate = (data.value.evalFiles ?? []).map((f) => `sha256:${f.sha256}`).sort();
  const baseline = Object.entries(manifestData).filter(([key]) => key.startsWith('eval:')).map(([, digest]) => digest).sort();
  if (candidate.length === 0 || baseline.length === 0) return undefined;
  if (candidate.join() === baseline.join()) return undefined;
  return 'Not like for like: the candidate was evaluated on other eval data than the baseline (the eval files\' digests differ) and nothing re-evaluated the baseline; a change may come from the data, not the model.';
}

/** The metrics whose production history the report charts: those the rules name, else the sweep's objective. */
function historyMetrics(result: GateResult, sweep: LocatedPart<SweepPart> | undefined): string[] {
  const named = [...new Set(result.rules.flatMap((r) => (r.metric ? [r.metric] : [])))];
  return named.length > 0 ? named.slice(0, 3) : sweep ? [sweep.value.objective.metric] : [];
}
