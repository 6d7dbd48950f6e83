import type { SweepPlan } from '../sweep/plan-sweep.js';
import type { StudyResult } from '../sweep/study.js';
import { sortByValue } from '../sweep/sweep-report.js';
import { reasonLine } from '../sweep/trial/index.js';
import { formatNumber } from '../shared/markdown.js';
import { textTable } from './terminal.js';

const SHOWN = 10;

/** The sweep's result for a terminal: the best trials, counts, and the best trial's params. */
export function sweepText(plan: Pick<SweepPlan, 'objective'>, result: StudyResult, options: { quiet?: boolean } = {}): string {
  const best = result.best;
  const bestLine = best
    ? `best: trial ${best.number}, ${plan.objective.metric} ${formatNumber(best.value)} with ${JSON.stringify(best.params)}`
    : 'best: none (no trial completed)';
  if (options.quiet) return `${bestLine}\n`;
  const trials = sortByValue(result.trials, plan.objective.goal);
  const params = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  const rows = trials.slice(0, SHOWN).map((t) => [
    String(t.number),
    t.state,
    t.state === 'failed' ? reasonLine(t.reason, 60) : formatNumber(t.value),
    ...params.map((p) => (typeof t.params[p] === 'number' ? formatNumber(t.params[p]) : String(t.params[p] ?? ''))),
    `${t.seconds.toFixed(1)}s`,
  ]);
  const counts = ['complete', 'pruned', 'failed'].map((s) => `${result.trials.filter((t) => t.state === s).length} ${s}`).join(', ');
  const out = [
    `${result.trials.length} trials (${counts})${result.stoppedEarly ? `; stopped early: ${result.stoppedEarly}` : ''}`,
    textTable(['trial', 'state', plan.objective.metric, ...params, 'time'], rows),
  ];
  if (trials.length > SHOWN) out.push(`… ${trials.length - SHOWN} more in trials.csv`);
  out.push(bestLine);
  return out.join('\n\n') + '\n';
}
