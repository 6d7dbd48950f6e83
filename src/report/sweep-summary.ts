import type { SweepPlan } from '../sweep/plan-sweep.js';
import type { StudyResult } from '../sweep/study.js';
import { better, bestTrial } from '../sweep/study.js';
import { sortByValue } from '../sweep/sweep-report.js';
import { reasonLine } from '../sweep/trial/index.js';
import { codeCell, escapeText, formatNumber, table } from '../shared/markdown.js';

const MAX_ROWS = 50;

/** The best value after each finished trial, in trial-number order (the best-so-far curve). */
function bestSoFar(plan: Pick<SweepPlan, 'objective'>, result: StudyResult): { trial: number; value: number; best: number }[] {
  const points: { trial: number; value: number; best: number }[] = [];
  let best: number | undefined;
  for (const t of [...result.trials].sort((a, b) => a.number - b.number)) {
    if (t.state !== 'complete' || t.value === undefined) continue;
    if (best === undefined || better(plan.objective, t.value, best)) best = t.value;
    points.push({ trial: t.number, value: t.value, best });
  }
  return points;
}

/**
 * The job summary of train-and-sweep: the best trial, the trials sorted by the metric, and a
 * best-so-far chart (mermaid) with the same numbers as a plain table beside it, since GitHub's
 * mermaid version is undocumented (docs/platform.md).
 */
export function sweepSummary(plan: Pick<SweepPlan, 'objective' | 'method' | 'seed'>, result: StudyResult): string {
  const { metric, goal } = plan.objective;
  const best = bestTrial(plan.objective, result.trials);
  const counts = ['complete', 'pruned', 'failed'].map((s) => `${result.trials.filter((t) => t.state === s).length} ${s}`).join(', ');
  const parts = [
    best ? `## ✅ Sweep: best ${escapeText(metric)} ${formatNumber(best.value)} (trial ${best.number})` : '## ❌ Sweep: no trial completed',
    `${result.trials.length} trials (${counts}) · method ${plan.method}, seed ${plan.seed}, ${goal} ${escapeText(metric)}${result.stoppedEarly ? ` · stopped early: ${escapeText(result.stoppedEarly)}` : ''}`,
  ];
  if (best) {
    parts.push('### Best parameters', table(['parameter', 'value'], Object.entries(best.params).map(([k, v]) => [k, { raw: codeCell(String(v)) }])));
  }
  const trials = sortByValue(result.trials, goal);
  const params = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  parts.push(
    '### Trials',
    table(
      ['trial', 'state', metric, ...params, 'seconds', 'note'],
      trials.slice(0, MAX_ROWS).map((t) => [
        t.number,
        t.state,
        formatNumber(t.value),
        ...params.map((p) => (typeof t.params[p] === 'number' ? formatNumber(t.params[p]) : String(t.params[p] ?? ''))),
        t.seconds.toFixed(1),
        reasonLine(t.reason, 100),
      ]),
    ),
  );
  if (trials.length > MAX_ROWS) parts.push(`… and ${trials.length - MAX_ROWS} more trials in trials.csv.`);
  const curve = bestSoFar(plan, result);
  if (curve.length > 1) {
    const values = curve.map((p) => Number(p.best.toPrecision(6)));
    parts.push(
      `### Best ${escapeText(metric)} so far`,
      ['```mermaid', 'xychart-beta', `  title "best ${metric.replace(/"/g, "'")} so far"`, `  x-axis "trial" [${curve.map((p) => p.trial).join(', ')}]`, `  y-axis "${metric.replace(/"/g, "'")}"`, `  line [${values.join(', ')}]`, '```'].join('\n'),
      table(['trial', metric, `best so far`], curve.map((p) => [p.trial, formatNumber(p.value), formatNumber(p.best)])),
    );
  }
  return parts.join('\n\n') + '\n';
}
