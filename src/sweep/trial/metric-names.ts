import { didYouMean } from '../../shared/did-you-mean.js';
import { ConfigError, type SourceLocation } from '../../shared/errors.js';
import type { Intermediate } from '../types.js';

/** A metric name of mlops.yml that every trial must write, with its key's place in the file. */
interface ExpectedMetric {
  name: string;
  /** sweep.metric.name or sweep.pruner.metric, located. */
  location: SourceLocation;
}

/** What one finished trial wrote: its metrics file's names (when it had a readable one) and its intermediate reports. */
interface TrialMetricNames {
  number: number;
  written?: readonly string[];
  intermediates: readonly Intermediate[];
}

/**
 * The located error for a metric name of mlops.yml that a trial did not write although it wrote
 * others (a typo: every later trial would miss it too), or undefined. The objective must be in the
 * metrics file; the pruner's metric in the intermediate reports. A trial that wrote nothing there
 * (it crashed, or reports no steps) proves nothing.
 */
export function missingMetricError(trial: TrialMetricNames, expected: { objective: ExpectedMetric; pruner?: ExpectedMetric }): ConfigError | undefined {
  const final = trial.written ?? [];
  if (final.length > 0 && !final.includes(expected.objective.name)) {
    // The objective is part of the sweep's identity (journal.ts studyDigest): a new name is a new sweep.
    return located(expected.objective, trial.number, final, 'its metrics file', 'a key of the mapping your command writes to $MLOPS_METRICS_FILE', 'start the sweep again with `mlops sweep --fresh`');
  }
  if (!expected.pruner) return undefined;
  // The pruner judges intermediate reports only; a trial that made none (another --command) proves nothing.
  const reported = [...new Set(trial.intermediates.flatMap((i) => Object.keys(i.values)))];
  if (reported.length > 0 && !reported.includes(expected.pruner.name)) {
    return located(expected.pruner, trial.number, reported, 'its intermediate reports', 'a metric your command reports per step (`mlops:metric {"step": 3, "eval_loss": 0.41}` lines)', 'run the sweep again (it resumes)');
  }
  return undefined;
}

function located(expected: ExpectedMetric, trial: number, written: readonly string[], where: string, what: string, again: string): ConfigError {
  const key = expected.location.key ?? 'the key';
  return new ConfigError(
    `${key} is "${expected.name}", but trial ${trial} wrote no metric of that name in ${where} (it wrote: ${written.join(', ')}).${didYouMean(expected.name, written)} The sweep stopped after this trial: every trial would miss it the same way.`,
    {
      location: expected.location,
      hint: `Set ${key} in ${expected.location.file} to ${what}, then ${again}.`,
    },
  );
}
