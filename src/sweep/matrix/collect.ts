import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore } from '../../backends/seams.js';
import type { Logger } from '../../shared/logger.js';
import { mergeJournals, readJournal } from '../journal/index.js';
import type { SweepPlan } from '../plan-sweep.js';
import { checkFailures, sweepFiles, writeOutputs } from '../run-sweep.js';
import { bestTrial, type StudyResult } from '../study.js';
import type { SweepRecord } from '../sweep-report.js';
import { writeSweepPart } from '../../record/index.js';
import { planMatrixRound, type MatrixPlan } from './matrix-plan.js';

export interface CollectOutcome {
  result: StudyResult;
  record: SweepRecord;
  files: ReturnType<typeof sweepFiles>;
  /** Legs of this round that uploaded nothing (cancelled or crashed jobs). */
  missingLegs: number[];
  /** The plan of the next round, when the sweep goes on. */
  next?: MatrixPlan;
}

/**
 * The fan-in: downloads every leg's artifact of every round so far, merges their journals (trials keep
 * their numbers), points each trial's output at its downloaded folder, writes the sweep's tables and
 * best trial (and, after the last round, the run record's sweep part), and plans the next round
 * from all results when one is left.
 */
export async function collectRound(plan: SweepPlan, matrix: MatrixPlan, store: ArtifactStore, logger: Logger): Promise<CollectOutcome> {
  const prefix = `mlops-sweep-${matrix.sweepId}-r`;
  const artifacts = (await store.list()).filter((a) => a.name.startsWith(prefix) && roundOf(a.name, prefix) <= matrix.round);
  const files = sweepFiles(plan.outDir);
  const downloads = path.join(plan.outDir, 'legs');
  await mkdir(downloads, { recursive: true });
  const journals: string[] = [];
  const folderOf = new Map<number, string>();
  for (const artifact of artifacts.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(downloads, artifact.name);
    await store.download(artifact.name, dir);
    const journal = path.join(dir, 'journal.jsonl');
    if (!existsSync(journal)) {
      logger.warning(`Artifact ${artifact.name} holds no journal.jsonl; its trials are not counted.`);
      continue;
    }
    journals.push(journal);
    for (const trial of readJournal(journal).finished) folderOf.set(trial.number, dir);
  }
  const uploaded = new Set(artifacts.map((a) => a.name));
  const missingLegs = matrix.legs.map((l) => l.shard).filter((shard) => !uploaded.has(`${prefix}${matrix.round}-s${shard}`));
  for (const shard of missingLegs) logger.warning(`Leg ${shard} of round ${matrix.round} uploaded no results (cancelled or crashed); its trials are missing.`);

  const merged = journals.length > 0 ? mergeJournals(journals, { expect: { space: plan.space, objective: plan.objective }, logger }) : undefined;
  // Outputs were written on the legs' runners: point them at the downloaded copies.
  const trials = (merged?.finished ?? []).map((t) => {
    const dir = folderOf.get(t.number);
    return dir ? { ...t, outputDir: path.join(dir, 'trials', String(t.number), 'output') } : t;
  });
  const result: StudyResult = { trials, best: bestTrial(plan.objective, trials) };
  const record = await writeOutputs(plan, result, files);
  let next: MatrixPlan | undefined;
  const targetReached = plan.objective.target !== undefined && result.best?.value !== undefined &&
    (plan.objective.goal === 'maximize' ? result.best.value >= plan.objective.target : result.best.value <= plan.objective.target);
  if (matrix.round < matrix.rounds && trials.length < plan.trials && !targetReached) {
    next = planMatrixRound(plan, trials, { sweepId: matrix.sweepId, round: matrix.round + 1, shards: matrix.legs.length });
  }
  if (!next) {
    // The last round's merge is the sweep's result: its part goes into the run record.
    await writeSweepPart(plan.recordFile, record, process.env);
    checkFailures(plan, result, downloads);
  }
  return { result, record, files, missingLegs, next };
}

function roundOf(name: string, prefix: string): number {
  return Number(name.slice(prefix.length).split('-s')[0]);
}
