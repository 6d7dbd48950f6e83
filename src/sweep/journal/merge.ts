import type { Logger } from '../../shared/logger.js';
import type { FrozenTrial } from '../types.js';
import { JournalError, preferTrial, readJournal, type JournalHeader, type StudyIdentity, type UnfinishedTrial } from './journal.js';

/**
 * The matrix collect step: one view of a sweep run as shards (one matrix leg each, each with its own
 * journal). Trials keep their numbers: the plan gives every shard a disjoint set of numbers, so a
 * union needs no renumbering. The same number in two journals means a trial ran twice (a re-run leg,
 * or a plan bug); {@link preferTrial} keeps one of them, the same one whatever the order of `paths`,
 * and the number is listed in `duplicates`.
 *
 * Every journal must be of the same sweep (same sweep id) and study (space and objective). Note that
 * each trial's `outputDir` is a path on the machine that ran its shard.
 */

export interface MergedJournals {
  /** The header of the first journal given. */
  header: JournalHeader;
  /** Finished trials of all shards, one per number, by number. */
  finished: FrozenTrial[];
  /** Started in some shard and finished in none (the leg was cancelled or crashed), by number. */
  unfinished: UnfinishedTrial[];
  /** Numbers finished in more than one journal. */
  duplicates: number[];
  warnings: string[];
}

export function mergeJournals(paths: readonly string[], options: { expect?: StudyIdentity; logger?: Logger } = {}): MergedJournals {
  if (paths.length === 0) throw new JournalError('no sweep journals to merge', { hint: 'check that the shard jobs uploaded their journals' });
  const finished = new Map<number, FrozenTrial>();
  const started = new Map<number, UnfinishedTrial>();
  const duplicates = new Set<number>();
  const warnings: string[] = [];
  let header: JournalHeader | undefined;
  for (const path of paths) {
    const journal = readJournal(path, options);
    warnings.push(...journal.warnings);
    if (!header) header = journal.header;
    else if (journal.header.sweepId !== header.sweepId || journal.header.studyDigest !== header.studyDigest) {
      throw new JournalError(
        journal.header.sweepId !== header.sweepId
          ? `the sweep journal ${path} is of sweep ${journal.header.sweepId}, not ${header.sweepId} like ${paths[0]}`
          : `the sweep journal ${path} has another space or objective than ${paths[0]} (same sweep id ${header.sweepId})`,
        { location: { file: path, line: 1 }, hint: 'merge only the shard journals of one sweep run' },
      );
    }
    for (const trial of journal.finished) {
      const other = finished.get(trial.number);
      if (other) duplicates.add(trial.number);
      finished.set(trial.number, other ? preferTrial(other, trial) : trial);
    }
    for (const trial of journal.unfinished) if (!started.has(trial.number)) started.set(trial.number, trial);
  }
  const sortedDuplicates = [...duplicates].sort((a, b) => a - b);
  if (sortedDuplicates.length > 0) {
    const message = `trial numbers ${sortedDuplicates.join(', ')} were finished in more than one shard journal; kept one record of each`;
    warnings.push(message);
    options.logger?.warning(message);
  }
  return {
    header: header as JournalHeader,
    finished: [...finished.values()].sort((a, b) => a.number - b.number),
    unfinished: [...started.values()].filter((t) => !finished.has(t.number)).sort((a, b) => a.number - b.number),
    duplicates: sortedDuplicates,
    warnings,
  };
}
