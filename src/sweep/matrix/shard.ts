import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from '../../backends/seams.js';
import type { Logger } from '../../shared/logger.js';
import { InputError } from '../../shared/errors.js';
import type { SweepPlan } from '../plan-sweep.js';
import { createJournal, runTrials, writeOutputs, sweepFiles } from '../run-sweep.js';
import type { StudyResult } from '../study.js';
import { legHistory } from './leg.js';
import type { MatrixPlan } from './matrix-plan.js';

/** The artifact of one leg; the sweep id keeps two sweeps of one workflow run apart. */
function shardArtifactName(sweepId: string, round: number, shard: number): string {
  return `mlops-sweep-${sweepId}-r${round}-s${shard}`;
}

/** Every file below `dir`, for an artifact. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

/**
 * One matrix leg: runs the trials the plan gave this shard (numbers fixed by the plan, so legs never
 * overlap; TPE and GP legs propose their later trials again from their own results, see leg.ts), records them in the leg's own journal, and uploads the journal with the
 * trial folders (outputs included: the collect step hands the best model on) as one artifact.
 */
export async function runShard(plan: SweepPlan, matrix: MatrixPlan, shard: number, store: ArtifactStore, logger: Logger): Promise<{ result: StudyResult; artifact: string }> {
  const leg = matrix.legs.find((l) => l.shard === shard);
  if (!leg) {
    throw new InputError(`The sweep plan has no leg ${shard} (round ${matrix.round} has legs 0-${matrix.legs.length - 1}).`, {
      hint: 'Pass the shard number of the matrix entry (matrix.shard), with the plan of the same round.',
    });
  }
  const dir = path.join(plan.outDir, `shard-r${matrix.round}-s${shard}`);
  const files = sweepFiles(dir);
  // A re-run leg starts over: its artifact name is free only if the earlier attempt never uploaded.
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const writer = createJournal(plan, files.journal, matrix.sweepId, `round ${matrix.round} shard ${shard}`);
  const result = await runTrials(plan, files.trials, writer, leg.trials.length, legHistory(plan.method, matrix, leg), logger);
  await writeOutputs(plan, result, files);
  const artifact = shardArtifactName(matrix.sweepId, matrix.round, shard);
  await store.upload(artifact, await filesBelow(dir), dir);
  logger.info(`Uploaded leg ${shard} of round ${matrix.round} as artifact ${artifact} (${result.trials.length} trials).`);
  return { result, artifact };
}
