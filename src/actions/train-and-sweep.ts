/**
 * train-and-sweep: runs the user's training command as trials of a hyperparameter sweep and hands the
 * best model on. Thin entry: inputs -> src/sweep -> outputs and summary.
 */
import { appendSummary, getChoiceInput, getNumberInput, getOptionalInput, getBooleanInput, runAction, setOutputs } from './runtime/index.js';
import { planSweep, type SweepMethod } from '../sweep/plan-sweep.js';
import { runSweep } from '../sweep/run-sweep.js';
import { sweepSummary } from '../report/sweep-summary.js';

/** Input names, as in actions/train-and-sweep/action.yml. */
const enum Input {
  Config = 'config',
  Command = 'command',
  Trials = 'trials',
  Parallel = 'parallel',
  Method = 'method',
  Seed = 'seed',
  Out = 'out',
  Resume = 'resume',
}

await runAction('train-and-sweep', async ({ logger, workspace }) => {
  const plan = await logger.group('Plan the sweep', () =>
    planSweep({
      cwd: workspace,
      config: getOptionalInput(Input.Config) ?? 'mlops.yml',
      command: getOptionalInput(Input.Command),
      trials: getOptionalInput(Input.Trials) === undefined ? undefined : getNumberInput(Input.Trials, 20, { min: 1, max: 10000, integer: true }),
      parallel: getOptionalInput(Input.Parallel) === undefined ? undefined : getNumberInput(Input.Parallel, 2, { min: 1, max: 256, integer: true }),
      method: getOptionalInput(Input.Method) === undefined ? undefined : getChoiceInput<SweepMethod>(Input.Method, ['grid', 'random', 'tpe', 'gp'], 'tpe'),
      seed: getOptionalInput(Input.Seed) === undefined ? undefined : getNumberInput(Input.Seed, 0, { min: 0, integer: true }),
      out: getOptionalInput(Input.Out),
      resume: getBooleanInput(Input.Resume, true),
    }),
  );
  const outcome = await logger.group(`Sweep: ${plan.trials} trials, ${plan.parallel} at a time (${plan.method})`, () => runSweep(plan, logger));
  const best = outcome.result.best;
  setOutputs({
    'best-params': JSON.stringify(best?.params ?? {}),
    'best-metrics': JSON.stringify(best?.metrics ?? {}),
    'best-value': best?.value === undefined ? '' : String(best.value),
    'best-trial': best === undefined ? '' : String(best.number),
    'best-output': best?.outputDir ?? '',
    'trials-csv': outcome.files.trialsCsv,
    'trials-json': outcome.files.trialsJson,
    record: outcome.files.record,
  });
  await appendSummary(sweepSummary(plan, outcome.result));
});
