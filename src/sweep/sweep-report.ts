import type { SweepPlan } from './plan-sweep.js';
import type { StudyResult } from './study.js';
import type { FrozenTrial } from './types.js';
import type { SweepPart } from '../record/index.js';
import { valueText } from '../shared/format.js';

/**
 * The sweep's part of the run record (src/record/types.ts): what a model version's manifest carries
 * about its search. As built here its paths are absolute; the writers store them relative to the file.
 */
export type SweepRecord = SweepPart;

/** CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = valueText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The trials table (CSV, best first) and the run record of a finished sweep. */
export function sweepTables(plan: Pick<SweepPlan, 'method' | 'seed' | 'objective' | 'space'>, result: StudyResult): { csv: string; record: SweepRecord } {
  const trials = sortByValue(result.trials, plan.objective.goal);
  const params = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  const metrics = [...new Set(trials.flatMap((t) => Object.keys(t.metrics)))].sort();
  const header = ['trial', 'state', 'value', ...params.map((p) => `param.${p}`), ...metrics.map((m) => `metric.${m}`), 'seconds', 'attempts', 'reason'];
  const rows = trials.map((t) => [t.number, t.state, t.value, ...params.map((p) => t.params[p]), ...metrics.map((m) => t.metrics[m]), t.seconds, t.attempts, t.reason]);
  const csv = [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
  const count = (state: FrozenTrial['state']) => result.trials.filter((t) => t.state === state).length;
  const best = result.best;
  return {
    csv,
    record: {
      method: plan.method,
      seed: plan.seed,
      objective: plan.objective,
      space: plan.space,
      trials: { total: result.trials.length, complete: count('complete'), failed: count('failed'), pruned: count('pruned') },
      ...(result.stoppedEarly === undefined ? {} : { stoppedEarly: result.stoppedEarly }),
      best: best && best.value !== undefined ? { trial: best.number, value: best.value, params: best.params, metrics: best.metrics, outputDir: best.outputDir } : undefined,
    },
  };
}

/** Complete trials best first, then pruned, then failed; by number within each. */
export function sortByValue(trials: readonly FrozenTrial[], goal: 'maximize' | 'minimize'): FrozenTrial[] {
  const rank = (t: FrozenTrial) => (t.state === 'complete' ? 0 : t.state === 'pruned' ? 1 : 2);
  return [...trials].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b);
    if (rank(a) === 0 && a.value !== b.value) return goal === 'maximize' ? b.value! - a.value! : a.value! - b.value!;
    return a.number - b.number;
  });
}
