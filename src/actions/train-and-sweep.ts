/**
 * train-and-sweep: runs the user's training command as trials of a hyperparameter sweep and hands the
 * best model on. `mode: sweep` runs every trial on this runner; `plan`, `shard` and `collect` fan the
 * sweep out over a job matrix (see workflows/train-and-sweep.yml): the plan travels between them as an
 * artifact (sweep-handoff/plan-artifact.ts), the best model as another (sweep-handoff/best-model.ts).
 * Thin entry: inputs -> src/sweep -> outputs and summary.
 */
import { appendSummary, getChoiceInput, getNumberInput, getOptionalInput, getRequiredInput, getBooleanInput, runAction, setOutputs } from './runtime/index.js';
import { planSweep, type SweepMethod, type SweepPlan } from '../sweep/plan-sweep.js';
import { runSweep } from '../sweep/run-sweep.js';
import { insideActionsRuntime, openArtifactStore } from '../backends/open.js';
import { collectRound } from '../sweep/matrix/collect.js';
import { matrixJson, planFirstRound, type MatrixPlan } from '../sweep/matrix/matrix-plan.js';
import { runShard } from '../sweep/matrix/shard.js';
import { handOffBestModel } from './sweep-handoff/best-model.js';
import { downloadPlan, uploadPlan } from './sweep-handoff/plan-artifact.js';
import type { ArtifactStore } from '../backends/seams.js';
import type { Logger } from '../shared/logger.js';
import { sweepSummary } from '../report/sweep-summary.js';
import type { StudyResult } from '../sweep/study.js';

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
  Mode = 'mode',
  Shards = 'shards',
  Shard = 'shard',
  PlanArtifact = 'plan-artifact',
  ArtifactName = 'artifact-name',
  Record = 'record',
}

type Mode = 'sweep' | 'plan' | 'shard' | 'collect';

function bestOutputs(result: StudyResult, files: { trialsCsv: string; trialsJson: string }, record: string): Record<string, string> {
  const best = result.best;
  return {
    'best-params': JSON.stringify(best?.params ?? {}),
    'best-metrics': JSON.stringify(best?.metrics ?? {}),
    'best-value': best?.value === undefined ? '' : String(best.value),
    'best-trial': best === undefined ? '' : String(best.number),
    'best-output': best?.outputDir ?? '',
    'trials-csv': files.trialsCsv,
    'trials-json': files.trialsJson,
    record,
  };
}

/** The outputs that start a round: nothing here grows with the number of trials (docs/platform.md "Actions and workflows"). */
function roundOutputs(plan: MatrixPlan, artifact: string): Record<string, string> {
  return { 'sweep-id': plan.sweepId, 'plan-artifact': artifact, matrix: matrixJson(plan), round: String(plan.round), done: 'false' };
}

/** The best model's artifact outputs; empty outside Actions or when no trial completed. */
async function bestModelOutputs(result: StudyResult, store: () => Promise<ArtifactStore>, recordFile: string, env: NodeJS.ProcessEnv, logger: Logger): Promise<Record<string, string>> {
  if (!result.best?.outputDir || !insideActionsRuntime(env)) return { 'model-artifact': '', 'model-path': '', 'model-digest': '' };
  const name = getOptionalInput(Input.ArtifactName) ?? 'mlops-best-model';
  const handoff = await logger.group(`Upload the best model and the run record as artifact ${name}`, async () => handOffBestModel(await store(), name, recordFile, logger));
  return { 'model-artifact': handoff.artifact, 'model-path': handoff.modelPath, 'model-digest': handoff.digest };
}

await runAction('train-and-sweep', async ({ logger, workspace, env }) => {
  const mode = getChoiceInput<Mode>(Input.Mode, ['sweep', 'plan', 'shard', 'collect'], 'sweep');
  const optionalNumber = (name: Input, limits: { min: number; max?: number }) =>
    getOptionalInput(name) === undefined ? undefined : getNumberInput(name, limits.min, { ...limits, integer: true });
  const plan: SweepPlan = await logger.group('Plan the sweep', () =>
    planSweep({
      cwd: workspace,
      config: getOptionalInput(Input.Config) ?? 'mlops.yml',
      command: getOptionalInput(Input.Command),
      trials: optionalNumber(Input.Trials, { min: 1, max: 10000 }),
      parallel: optionalNumber(Input.Parallel, { min: 1, max: 256 }),
      method: getOptionalInput(Input.Method) === undefined ? undefined : getChoiceInput<SweepMethod>(Input.Method, ['grid', 'random', 'tpe', 'gp'], 'tpe'),
      seed: optionalNumber(Input.Seed, { min: 0 }),
      out: getOptionalInput(Input.Out),
      resume: getBooleanInput(Input.Resume, true),
      record: getOptionalInput(Input.Record),
    }),
  );
  const store = () => openArtifactStore(env, undefined, plan.outDir);
  switch (mode) {
    case 'sweep': {
      const outcome = await logger.group(`Sweep: ${plan.trials} trials, ${plan.parallel} at a time (${plan.method})`, () => runSweep(plan, logger));
      const handoff = await bestModelOutputs(outcome.result, store, plan.recordFile, env, logger);
      setOutputs({ ...bestOutputs(outcome.result, outcome.files, plan.recordFile), ...handoff });
      await appendSummary(sweepSummary(plan, outcome.result));
      return;
    }
    case 'plan': {
      const matrix = planFirstRound(plan, optionalNumber(Input.Shards, { min: 1, max: 256 }));
      logger.info(`Round 1 of ${matrix.rounds}: ${matrix.legs.reduce((n, l) => n + l.trials.length, 0)} trials over ${matrix.legs.length} legs.`);
      setOutputs(roundOutputs(matrix, await uploadPlan(await store(), matrix, plan.outDir)));
      return;
    }
    case 'shard': {
      const matrix = await downloadPlan(await store(), getRequiredInput(Input.PlanArtifact), plan.outDir);
      const shard = getNumberInput(Input.Shard, 0, { min: 0, max: 255, integer: true });
      const { result } = await logger.group(`Leg ${shard} of round ${matrix.round}`, async () => runShard(plan, matrix, shard, await store(), logger));
      await appendSummary(sweepSummary(plan, result));
      return;
    }
    case 'collect': {
      const matrix = await downloadPlan(await store(), getRequiredInput(Input.PlanArtifact), plan.outDir);
      const outcome = await logger.group(`Collect round ${matrix.round}`, async () => collectRound(plan, matrix, await store(), logger));
      const next = outcome.next
        ? roundOutputs(outcome.next, await uploadPlan(await store(), outcome.next, plan.outDir))
        : // The sweep is over: the last round's best model is handed on.
          { 'sweep-id': matrix.sweepId, 'plan-artifact': '', matrix: JSON.stringify({ shard: [] }), round: String(matrix.round), done: 'true', ...(await bestModelOutputs(outcome.result, store, plan.recordFile, env, logger)) };
      setOutputs({ ...bestOutputs(outcome.result, outcome.files, plan.recordFile), ...next });
      await appendSummary(sweepSummary(plan, outcome.result));
      return;
    }
  }
});
