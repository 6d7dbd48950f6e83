/**
 * A matrix sweep's plan travels between jobs as a workflow artifact, never as a step output or
 * input: the runner passes every input as one environment variable, which Linux caps at 128 KiB
 * (docs/platform.md "Actions and workflows"), so a plan of about 1,450 trials or more could not reach
 * the shard and collect steps. Only the artifact's name, the round and the matrix (one number per
 * leg, at most 256) travel as outputs.
 *
 * One artifact per round, `mlops-sweep-<sweep id>-plan-r<round>`, holding `plan-r<round>.json` (the
 * same file `mlops sweep-plan` writes). Its name does not start with the legs' prefix
 * `mlops-sweep-<sweep id>-r`, so collect never mistakes it for a leg.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError, type ArtifactStore } from '../../backends/seams.js';
import { InputError } from '../../shared/errors.js';
import { readMatrixPlan, type MatrixPlan } from '../../sweep/matrix/matrix-plan.js';

const PLAN_ARTIFACT = /^mlops-sweep-[A-Za-z0-9_-]+-plan-r[1-9][0-9]*$/;

/** The artifact that holds round `round` of sweep `sweepId`. */
function planArtifactName(sweepId: string, round: number): string {
  return `mlops-sweep-${sweepId}-plan-r${round}`;
}

/** Writes the plan under `<outDir>/plans/` and uploads it; returns the artifact's name. */
export async function uploadPlan(store: ArtifactStore, plan: MatrixPlan, outDir: string): Promise<string> {
  const name = planArtifactName(plan.sweepId, plan.round);
  const folder = path.join(outDir, 'plans', name);
  const file = path.join(folder, `plan-r${plan.round}.json`);
  await mkdir(folder, { recursive: true });
  await writeFile(file, JSON.stringify(plan) + '\n');
  await store.upload(name, [file], folder);
  return name;
}

/**
 * Downloads the plan artifact `name` under `<outDir>/plans-downloaded/` (apart from the uploaded
 * copy: the jobs of a local run share one folder) and reads its plan, checked by readMatrixPlan.
 */
export async function downloadPlan(store: ArtifactStore, name: string, outDir: string): Promise<MatrixPlan> {
  const hint = 'Pass the plan-artifact output of the plan step (or of the previous round\'s collect step), e.g. ${{ needs.plan.outputs.plan-artifact }}.';
  if (!PLAN_ARTIFACT.test(name)) {
    throw new InputError(`plan-artifact "${name.slice(0, 200)}" is not the name of a sweep plan artifact (mlops-sweep-<sweep id>-plan-r<round>).`, { hint });
  }
  const folder = path.join(outDir, 'plans-downloaded', name);
  await rm(folder, { recursive: true, force: true });
  try {
    await store.download(name, folder);
  } catch (error) {
    if (error instanceof NotFoundError) throw new InputError(`This workflow run has no artifact ${name}: the plan step did not upload it, or it ran in another run.`, { hint, cause: error });
    throw error;
  }
  const files = (await readdir(folder)).filter((f) => /^plan-r[0-9]+\.json$/.test(f));
  if (files.length !== 1) throw new InputError(`Artifact ${name} holds ${files.length} plan files, expected one plan-r<round>.json.`, { hint });
  return readMatrixPlan(path.join(folder, files[0]));
}
