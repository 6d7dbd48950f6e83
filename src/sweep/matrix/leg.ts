/**
 * What one matrix leg runs. The plan fixes each leg's trial numbers and proposes every trial of the
 * round at once; a leg of a learning method (TPE, GP) then proposes its later trials again, from the
 * earlier rounds (the plan's `history`), its own finished trials and, as running, the other legs'
 * trials of the round numbered before: each learns from every own trial finished when it is
 * proposed, the leg's running ones as liars (runStudy's rule). The trials it starts before any of
 * its own has finished keep the plan's configurations: the leg knows nothing yet that the plan did
 * not, and the other legs count on those as running. Grid and random legs run the plan as it is:
 * they learn nothing, and a grid point proposed again could collide with another leg's.
 */
import type { SweepMethod } from '../plan-sweep.js';
import type { StudyHistory } from '../study.js';
import { historyOf, type MatrixPlan } from './matrix-plan.js';

const LEARNS: Record<SweepMethod, boolean> = { tpe: true, gp: true, grid: false, random: false };

export function legHistory(method: SweepMethod, matrix: MatrixPlan, leg: MatrixPlan['legs'][number]): StudyHistory {
  if (!LEARNS[method]) return { finished: [], unfinished: leg.trials };
  const others = matrix.legs.filter((l) => l.shard !== leg.shard).flatMap((l) => l.trials);
  return { finished: [], unfinished: [], planned: leg.trials, elsewhere: { finished: historyOf(matrix), running: others } };
}
