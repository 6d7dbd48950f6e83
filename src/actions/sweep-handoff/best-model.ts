/**
 * The best model's handoff from a sweep to the jobs that gate, register and deploy it: one artifact
 * with a stable name (input `artifact-name`, default `mlops-best-model`) and a fixed layout, so a
 * caller finds the model without knowing which leg or trial produced it:
 *
 *     record.json          the run record; its sweep part's best.outputDir says `model`
 *     model/               the best trial's output folder (the `model-path` output)
 *     sweep/trials.csv     the trials table, sweep/trials.json, and the data part's profile and
 *     profile.json ...     report, each at the path the record names (relative to the record)
 *
 * Download it into `.mlops/` and the record's paths resolve there (register-model and evaluate-gate
 * then read it as if the sweep had run in that job). A file the record names outside its own folder
 * (an `out` outside `.mlops/`) is left out, with a warning.
 *
 * `model-digest` is `sha256:<hex>` of the model folder packed exactly as register-model packs it
 * (src/registry/archive/pack.ts: a deterministic .tar.gz), so it equals the sha256 of the model's asset
 * in the manifest of the version registered from it, and a later job can check a download by packing
 * it again.
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from '../../backends/seams.js';
import type { Logger } from '../../shared/logger.js';
import { makeScratchDir } from '../../shared/scratch-dir.js';
import { packModel } from '../../registry/archive/pack.js';
import { readPart, readPartIfPresent, writePart } from '../../record/index.js';
import { filesBelow } from '../../sweep/matrix/shard.js';

/** The model's folder inside the artifact. */
const MODEL_FOLDER = 'model';

export interface BestModelHandoff {
  /** The artifact's name. */
  artifact: string;
  /** The model's folder inside the artifact. */
  modelPath: string;
  /** `sha256:<hex>` of the model as register-model packs it. */
  digest: string;
}

/** A hard link where the file system allows one (models can be gigabytes), else a copy. */
async function place(from: string, to: string): Promise<string> {
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
  return to;
}

/** Whether a path stored in the record stays inside the record's folder. */
function staysInside(stored: string): boolean {
  return !path.isAbsolute(stored) && !path.normalize(stored).startsWith('..');
}

/**
 * Stages the layout above from the run record `recordFile` (its sweep part names the best trial's
 * folder), computes the model's digest and uploads the artifact `name`.
 */
export async function handOffBestModel(store: ArtifactStore, name: string, recordFile: string, logger: Logger): Promise<BestModelHandoff> {
  const sweep = await readPart(recordFile, 'sweep');
  const best = sweep.value.best;
  if (!best?.outputDir) throw new Error('Bug: the best model is handed off only when a trial completed.');
  // Staged beside the sweep's own files (same file system, so hard links work), removed afterwards.
  const scratch = await makeScratchDir('mlops-handoff-', path.dirname(recordFile));
  try {
    const stage = path.join(scratch.path, 'artifact');
    const files: string[] = [];
    for (const file of await filesBelow(sweep.resolve(best.outputDir))) {
      files.push(await place(file, path.join(stage, MODEL_FOLDER, path.relative(sweep.resolve(best.outputDir), file))));
    }
    await mkdir(path.join(stage, MODEL_FOLDER), { recursive: true });
    const data = await readPartIfPresent(recordFile, 'data');
    const named = [sweep.value.trialsTable, sweep.value.trialsJson, data?.value.profile, data?.value.report].filter((p): p is string => p !== undefined);
    for (const stored of named) {
      if (!staysInside(stored)) {
        logger.warning(`${stored} is outside the run record's folder ${path.dirname(recordFile)}: it is not in artifact ${name}.`);
        continue;
      }
      files.push(await place(sweep.resolve(stored), path.join(stage, stored)));
    }
    const record = path.join(stage, 'record.json');
    await copyFile(recordFile, record);
    await writePart(record, 'sweep', { ...sweep.value, best: { ...best, outputDir: MODEL_FOLDER } });
    files.push(record);
    const packed = await packModel(path.join(stage, MODEL_FOLDER), path.join(scratch.path, 'packed'));
    const digest = `sha256:${packed.files[0].sha256}`;
    await store.upload(name, files, stage);
    logger.info(`Uploaded the best model (trial ${best.trial}, ${digest}) and the run record as artifact ${name}: the model is in ${MODEL_FOLDER}/.`);
    return { artifact: name, modelPath: MODEL_FOLDER, digest };
  } finally {
    await scratch.dispose();
  }
}
