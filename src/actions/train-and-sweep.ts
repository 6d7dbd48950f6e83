/**
 * train-and-sweep: runs the user's training command as trials of a hyperparameter sweep and hands the
 * best model on. `mode: sweep` runs every trial on this runner; `plan`, `shard` and `collect` fan the
 * sweep out over a job matrix (see workflows/train-and-sweep.yml). Thin entry: inputs -> src/sweep ->
 * outputs and summary.
 */
import { appendSummary, getChoiceInput, getNumberInput, getOptionalInput, getRequiredInput, getBooleanInput, runAction, setOutputs } from './runtime/index.js';
import { planSweep, type SweepMethod, type SweepPlan } from '../sweep/plan-sweep.js';
import { runSweep } from '../sweep/run-sweep.js';
import { insideActionsRuntime, openArtifactStore } from '../backends/open.js';
import { readPartIfPresent } from '../record/index.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { collectRound } from '../sweep/matrix/collect.js';
import { matrixJson, planFirstRound, readMatrixPlan } from '../sweep/matrix/matrix-plan.js';
import { filesBelow, runShard } from '../sweep/matrix/shard.js';
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
  Plan = 'plan',
  ArtifactName = 'artifact-name',
  Record = 'record',
}

type Mode = 'sweep' | 'plan' | 'shard' | 'collect';

/** The profile and report the record's data part names (written by an earlier validate-data step), when present. */
async function dataFilesOf(record: string): Promise<string[]> {
  const data = await readPartIfPresent(record, 'data');
  if (!data) return [];
  return [data.value.profile, data.value.report].filter((p): p is string => p !== undefined).map((p) => data.resolve(p)).filter((p) => existsSync(p));
}

/** The deepest folder that holds every one of `folders` (the artifact's root). */
function commonFolder(folders: string[]): string {
  let root = folders[0];
  const holds = (folder: string) => folder === root || folder.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  // path.dirname of a root is the root itself: stop there (files on two Windows drives share none).
  while (!folders.every(holds) && path.dirname(root) !== root) root = path.dirname(root);
  return root;
}

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
      // Inside Actions the best model also travels as an artifact, for the jobs that gate and register it,
      // with the run record and the files it names, laid out as around the record (download it beside the record).
      let uploaded = '';
      const bestDir = outcome.result.best?.outputDir;
      if (bestDir && insideActionsRuntime(env)) {
        const name = getOptionalInput(Input.ArtifactName) ?? 'mlops-best-model';
        const files = [...(await filesBelow(bestDir)), outcome.files.trialsCsv, outcome.files.record, plan.recordFile, ...(await dataFilesOf(plan.recordFile))];
        const root = commonFolder([path.dirname(plan.recordFile), ...files.map((f) => path.dirname(f))]);
        await logger.group(`Upload the best model and the run record as artifact ${name}`, async () => (await store()).upload(name, files, root));
        uploaded = name;
      }
      setOutputs({ ...bestOutputs(outcome.result, outcome.files, plan.recordFile), artifact: uploaded });
      await appendSummary(sweepSummary(plan, outcome.result));
      return;
    }
    case 'plan': {
      const matrix = planFirstRound(plan, optionalNumber(Input.Shards, { min: 1, max: 256 }));
      logger.info(`Round 1 of ${matrix.rounds}: ${matrix.legs.reduce((n, l) => n + l.trials.length, 0)} trials over ${matrix.legs.length} legs.`);
      setOutputs({ matrix: matrixJson(matrix), plan: JSON.stringify(matrix), done: 'false' });
      return;
    }
    case 'shard': {
      const matrix = await readMatrixPlan(getRequiredInput(Input.Plan));
      const shard = getNumberInput(Input.Shard, 0, { min: 0, max: 255, integer: true });
      const { result } = await logger.group(`Leg ${shard} of round ${matrix.round}`, async () => runShard(plan, matrix, shard, await store(), logger));
      await appendSummary(sweepSummary(plan, result));
      return;
    }
    case 'collect': {
      const matrix = await readMatrixPlan(getRequiredInput(Input.Plan));
      const outcome = await logger.group(`Collect round ${matrix.round}`, async () => collectRound(plan, matrix, await store(), logger));
      setOutputs({
        ...bestOutputs(outcome.result, outcome.files, plan.recordFile),
        matrix: outcome.next ? matrixJson(outcome.next) : JSON.stringify({ shard: [] }),
        plan: outcome.next ? JSON.stringify(outcome.next) : '',
        done: String(!outcome.next),
      });
      await appendSummary(sweepSummary(plan, outcome.result));
      return;
    }
  }
});
