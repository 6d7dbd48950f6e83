/**
 * The report's details, gathered from what the other stages left: the run record's data part (and
 * validate-data's JSON report for the drift table), its sweep part (and the trials JSON for the
 * best-so-far chart), the baseline's manifest (changed parameters) and the registry's history of
 * the production alias (metric history). Each is optional: a detail that cannot be read is left
 * out of the report (a detail never fails the gate).
 */
import { readFile } from 'node:fs/promises';
import type { DataSection, HistorySeries, ParamChange, SweepSection } from '../report/gate-report.js';
import type { DataPart, LocatedPart, SweepPart } from '../record/index.js';
import type { Manifest } from '../registry/manifest.js';
import type { ModelRegistry } from '../registry/registry.js';
import { isRecord } from '../shared/json.js';
import type { DataSummary } from './types.js';

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Drift metrics that grow with drift (src/data/drift/types.ts DriftMetrics), by preference. */
const DISTANCES = ['psi', 'js', 'ks', 'linf'];

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The data rules' input and the report's data section, from the data part and validate-data's report. */
export async function dataDetails(part: LocatedPart<DataPart> | undefined): Promise<{ summary?: DataSummary; section?: DataSection }> {
  if (!part) return {};
  const { passed, errors, warnings } = part.value;
  const report = part.value.report ? await readJson(part.resolve(part.value.report)) : undefined;
  const drift = isRecord(report) && isRecord(report.drift) ? report.drift : undefined;
  const share = drift && isRecord(drift.dataset) ? num(drift.dataset.share) : undefined;
  const columns = drift && Array.isArray(drift.columns) ? drift.columns.filter(isRecord) : [];
  const section: DataSection = { validation: { passed, errors, warnings } };
  if (drift) {
    section.drift = {
      driftedShare: share,
      columns: columns.flatMap((c) => {
        const metrics = isRecord(c.metrics) ? c.metrics : {};
        // A distance (larger is worse, as the report sorts), the one that decided when it is one; never the p-value.
        const decidedBy = Array.isArray(c.decidedBy) ? c.decidedBy.filter((m): m is string => typeof m === 'string') : [];
        const decided = [...decidedBy, ...DISTANCES].find((m) => DISTANCES.includes(m) && num(metrics[m]) !== undefined) ?? 'psi';
        const value = num(metrics[decided]);
        const status = c.status === 'fail' || c.status === 'warning' ? c.status : 'ok';
        return typeof c.column === 'string' && value !== undefined ? [{ column: c.column, method: decided, value, status }] : [];
      }),
    };
  }
  return { summary: { validationPassed: passed, errors, warnings, driftedShare: share }, section };
}

/** The sweep's trial count and best-so-far curve, from the sweep part and its trials JSON. */
export async function sweepDetails(part: LocatedPart<SweepPart> | undefined): Promise<SweepSection | undefined> {
  if (!part) return undefined;
  const { objective, trials } = part.value;
  const list = part.value.trialsJson ? await readJson(part.resolve(part.value.trialsJson)) : undefined;
  const curve: SweepSection['curve'] = [];
  let best: number | undefined;
  const finished = (Array.isArray(list) ? list.filter(isRecord) : []).filter((t) => t.state === 'complete' && num(t.value) !== undefined && num(t.number) !== undefined);
  for (const t of finished.sort((a, b) => (a.number as number) - (b.number as number))) {
    const value = t.value as number;
    if (best === undefined || (objective.goal === 'maximize' ? value > best : value < best)) best = value;
    curve.push({ trial: t.number as number, value, best });
  }
  return { metric: objective.metric, goal: objective.goal, trials: trials.total, curve };
}

/** Parameters of the candidate against the baseline's (the report shows the changed ones). */
export function paramChanges(candidate: Record<string, string | number | boolean>, baseline: Manifest | undefined): ParamChange[] {
  const production = baseline?.params ?? {};
  return [...new Set([...Object.keys(production), ...Object.keys(candidate)])].sort().map((name) => ({ name, production: production[name] ?? undefined, candidate: candidate[name] }));
}

/**
 * The given metrics over the last `limit` versions the production alias pointed at (oldest first).
 * Costs 1 request for the alias history and up to 2 per version.
 */
export async function productionHistory(registry: ModelRegistry, model: string, metrics: string[], limit = 6): Promise<HistorySeries[]> {
  const moves = await registry.aliasHistory(model, 'production');
  const versions: number[] = [];
  for (const move of moves) if (move.applied && move.to !== null && !versions.includes(move.to)) versions.push(move.to);
  const recent = versions.sort((a, b) => a - b).slice(-limit);
  const manifests = await Promise.all(recent.map((version) => registry.get(model, { version }).then((v) => v.manifest)));
  return metrics
    .map((metric) => ({ metric, points: manifests.flatMap((m) => (m.metrics[metric] === undefined ? [] : [{ version: `v${m.version}`, value: m.metrics[metric] }])) }))
    .filter((series) => series.points.length > 0);
}
