import { mergeFindings, runHashJobs, type HashJobRunner } from '../checks/hash-checks.js';
import { PARTITIONS } from '../hash/record-log.js';
import type { RangeHelper } from './worker.js';

/**
 * This thread's share of the partitions, in helpers' shares. Well below one: between start and
 * finish this thread has other work (validate.ts: the profiles and drift, ~0.1 s on the bench files)
 * while helpers start on theirs, and its share starts cold (its first run of the checks' code). With
 * 0.4, on the UTF-8 bench file, the helper was done before this thread's share every time (40-90 ms
 * of it still to run); with 0.1 the share takes 30-55 ms and the checks end ~25 ms sooner.
 */
const HERE_WEIGHT = 0.1;

/**
 * Hash checks shared with the range workers of a parallel read: partitions hold disjoint hashes, so
 * this thread and each helper take a contiguous share of them and their findings merge exactly,
 * and no core sits idle while they run. A helper that fails (its worker died) has its share run
 * here instead: the answer never depends on it.
 */
export function shareHashJobs(helpers: RangeHelper[]): HashJobRunner {
  return (jobs) => {
    // share k (k >= 1) ends at bound(k); this thread's share weighs HERE_WEIGHT helpers' shares
    const total = HERE_WEIGHT + helpers.length;
    const bound = (k: number) => (k === 0 ? 0 : Math.round(((HERE_WEIGHT + k - 1) * PARTITIONS) / total));
    const remote = helpers.map((helper, k) => helper.share(jobs, bound(k + 1), bound(k + 2)));
    for (const p of remote) void p.catch(() => undefined); // judged in finish, after this thread's share
    return {
      finish: async () => {
        const found = [runHashJobs(jobs, 0, bound(1))];
        for (let k = 0; k < helpers.length; k++) {
          found.push(await remote[k].catch(() => runHashJobs(jobs, bound(k + 1), bound(k + 2))));
        }
        return jobs.map((_, j) => found[0][j].map((__, w) => mergeFindings(found.map((share) => share[j][w]))));
      },
    };
  };
}
