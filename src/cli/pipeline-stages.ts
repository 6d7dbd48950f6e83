import type { LoadedConfig } from '../config/config.js';
import { ConfigError } from '../shared/errors.js';

type PipelineStage = 'validate-data' | 'train-and-sweep' | 'evaluate-gate' | 'register-model' | 'deploy-env';

/**
 * The stages `mlops run` runs for an mlops.yml: validate-data always; train-and-sweep, evaluate-gate
 * and register-model with `train:` and `sweep:`; deploy-env with `deploy.target` after them. A
 * section that no stage of the run would read (a sweep without a command to run, a gate or deploy
 * with no model to judge, a deploy without a target) is a located error before anything runs: the
 * run would otherwise print "Pipeline passed" having silently skipped it.
 */
export function pipelineStages(loaded: LoadedConfig): PipelineStage[] {
  const { config } = loaded;
  const at = (key: string) => ({ ...loaded.source.locate([key], { keyOf: true }), key });
  if (config.sweep && !config.train) {
    throw new ConfigError(`sweep: has no train: section beside it: mlops run has no command to run as trials, so the sweep (and the gate, register and deploy after it) would be skipped.`, {
      location: at('sweep'),
      hint: 'Add `train: { command: "python train.py" }` (the command runs once per trial; see the README for the trial protocol).',
    });
  }
  if (config.train && !config.sweep) {
    throw new ConfigError(`train: has no sweep: section beside it: mlops run trains through train-and-sweep, which needs the metric to optimise and the space to search.`, {
      location: at('train'),
      hint: 'Add `sweep: { trials: 1, metric: { name: accuracy, goal: maximize }, space: { lr: { type: const, value: 0.01 } } }` (one trial of fixed parameters is a plain training run).',
    });
  }
  const trains = Boolean(config.train && config.sweep);
  for (const key of ['gate', 'deploy'] as const) {
    if (config[key] && !trains) {
      throw new ConfigError(`${key}: is not used by mlops run: ${key === 'gate' ? 'evaluate-gate judges' : 'deploy-env deploys'} the model train-and-sweep registers, and this file has no train: and sweep: sections.`, {
        location: at(key),
        hint: `Add train: and sweep: sections, or run \`mlops ${key === 'gate' ? 'gate --metrics <file>' : 'deploy --env <environment> NAME:VERSION'}\` for a model made elsewhere; remove ${key}: if it is not meant for this model.`,
      });
    }
  }
  if (config.deploy && !config.deploy.target) {
    throw new ConfigError(`deploy: has no target: mlops run cannot deploy the version it registers.`, {
      location: at('deploy'),
      hint: 'Add deploy.target.command (a command that deploys $MLOPS_MODEL_DIR) or deploy.target.webhook; see the README section deploy-env.',
    });
  }
  return ['validate-data', ...(trains ? (['train-and-sweep', 'evaluate-gate', 'register-model'] as const) : []), ...(config.deploy ? (['deploy-env'] as const) : [])];
}
