import path from 'node:path';
import { InputError } from '../../shared/errors.js';
import { describeJson, isRecord, readJsonFile } from '../../shared/json.js';
import { RecordError, type LocatedPart, type SweepPart } from '../../record/index.js';

/**
 * The sweep lineage of the model being registered. A sweep's part describes its best trial; a model
 * taken from another trial of the same sweep (`<sweep>/trials/<n>/output`, also under a matrix leg's
 * folder) gets that trial's number, value, params and metrics from the sweep's trials.json instead,
 * so the manifest always describes the files registered. `undefined`: the model is in no trial
 * folder of this sweep.
 */
export async function lineageOfModel(part: LocatedPart<SweepPart>, sweepDir: string, model: string): Promise<LocatedPart<SweepPart> | undefined> {
  const best = part.value.best;
  if (best?.outputDir !== undefined && isInside(model, part.resolve(best.outputDir))) return part;
  const trialNumber = trialFolderNumber(sweepDir, model);
  if (trialNumber === undefined) return undefined;
  if (best?.trial === trialNumber) return part;
  const trialsFile = part.value.trialsJson ? part.resolve(part.value.trialsJson) : path.join(sweepDir, 'trials.json');
  const trial = await readTrial(trialsFile, trialNumber);
  return { ...part, value: { ...part.value, best: { trial: trialNumber, value: trial.value, params: trial.params, metrics: trial.metrics, outputDir: path.relative(path.dirname(part.file), model) } } };
}

/** The refusal when the user named a sweep (from-sweep) that the model is not an output of. */
export function notFromThisSweep(sweepDir: string, model: string): InputError {
  return new InputError(`The model ${model} is not an output of the sweep in ${sweepDir}: its lineage (params, metrics, trial) would describe other files.`, {
    hint: `Pass a trial's output folder of that sweep (${path.join(sweepDir, 'trials', '<n>', 'output')}), or leave out from-sweep (--from-sweep) and give the lineage with metrics and params (--metrics, --params).`,
  });
}

function isInside(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir + path.sep);
}

/** n when `model` lies in a `trials/<n>/` folder under the sweep's folder. */
function trialFolderNumber(sweepDir: string, model: string): number | undefined {
  const relative = path.relative(sweepDir, model);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(path.sep);
  for (let i = parts.length - 2; i >= 0; i--) {
    if (parts[i] === 'trials' && /^\d+$/.test(parts[i + 1])) return Number(parts[i + 1]);
  }
  return undefined;
}

interface TrialLineage {
  value: number;
  params: Record<string, string | number | boolean>;
  metrics: Record<string, number>;
}

/** Trial `number` of trials.json (the sweep's every trial), checked field by field: it must have completed. */
async function readTrial(file: string, number: number): Promise<TrialLineage> {
  const hint = 'Register a trial of a finished sweep from its folder (trials.json is written when the sweep ends), or run the sweep again.';
  const trials = await readJsonFile(file, { what: 'trials file', hint });
  if (!Array.isArray(trials)) throw new RecordError(`The trials file ${file} is malformed: it must be a list of trials, not ${describeJson(trials)}.`, { location: { file }, hint });
  const index = trials.findIndex((trial) => isRecord(trial) && trial.number === number);
  const trial: unknown = trials[index];
  if (!isRecord(trial)) throw new RecordError(`The trials file ${file} has no trial ${number}, whose output folder is being registered.`, { location: { file }, hint });
  const where = { file, key: `[${index}]` };
  if (trial.state !== 'complete' || typeof trial.value !== 'number') {
    throw new InputError(`Trial ${number} did not complete (state ${describeJson(trial.state)}): its output is not a finished model.`, {
      location: where,
      hint: 'Register the output of a complete trial (the trials table lists them, best first).',
    });
  }
  const params = trial.params;
  const metrics = trial.metrics;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (!isRecord(params) || !Object.values(params).every(scalar)) throw new RecordError(`The trials file ${file} is malformed: trial ${number}'s params must be an object of values.`, { location: where, hint });
  if (!isRecord(metrics) || !Object.values(metrics).every((v) => typeof v === 'number')) throw new RecordError(`The trials file ${file} is malformed: trial ${number}'s metrics must be an object of numbers.`, { location: where, hint });
  return { value: trial.value, params: params as TrialLineage['params'], metrics: metrics as TrialLineage['metrics'] };
}
