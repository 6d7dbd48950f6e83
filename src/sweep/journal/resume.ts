import { formatLocation } from '../../shared/errors.js';
import type { SettingOrigin, SweepMethod } from '../plan-sweep.js';
import { JournalError, type JournalHeader } from './journal.js';

const METHODS: readonly string[] = ['grid', 'random', 'tpe', 'gp'] satisfies SweepMethod[];

/** What a resumed sweep was asked for: the method and seed, and where each came from. */
interface ResumeAsk {
  method: SweepMethod;
  seed: number;
  origins: { method: SettingOrigin; seed: SettingOrigin };
}

/**
 * The method and seed a resumed sweep goes on with: the journal's. A sweep keeps both for life (its
 * trials so far were proposed by that sampler from that seed, and its record names them), so asking
 * for another one, by an option or in mlops.yml, is an error that says how to keep this sweep or
 * start a new one; a setting left at its default takes the journal's. The trial budget may change
 * (run-sweep.ts), as may the command, the target and the pruner.
 */
export function resumeSettings(header: JournalHeader, ask: ResumeAsk, journalFile: string): { method: SweepMethod; seed: number } {
  const method = header.method as SweepMethod;
  if (!METHODS.includes(method)) {
    throw new JournalError(`the sweep journal ${journalFile} names the method "${header.method}", which this version does not know`, {
      location: { file: journalFile, line: 1 },
      hint: `Start a new sweep: \`mlops sweep --fresh\` (action input resume: false), or another --out (action input out).`,
    });
  }
  check('method', method, ask.method, ask.origins.method, journalFile, 'its trials so far were proposed by that sampler');
  check('seed', header.seed, ask.seed, ask.origins.seed, journalFile, 'its trials so far were drawn from that seed, and a sweep reproduces only from one seed');
  return { method, seed: header.seed };
}

function check(name: 'method' | 'seed', journal: string | number, asked: string | number, origin: SettingOrigin, journalFile: string, why: string): void {
  if (journal === asked || origin.from === 'default') return;
  const source = origin.from === 'option' ? `--${name} ${asked} (action input ${name})` : `sweep.${name}: ${asked} in ${formatLocation(origin.location)}`;
  const keep = origin.from === 'option' ? `drop --${name} (or pass --${name} ${journal})` : `set sweep.${name}: ${journal} in mlops.yml (or pass --${name} ${journal})`;
  throw new JournalError(`The sweep in ${journalFile} was started with ${name} ${journal}, but ${source} asks for ${name} ${asked}. A sweep keeps its ${name}: ${why}.`, {
    location: origin.from === 'config' ? origin.location : { file: journalFile, line: 1 },
    hint: `To go on with this sweep, ${keep}; to start a new sweep with ${name} ${asked}, run \`mlops sweep --fresh\` (action input resume: false), or pass another --out (action input out) to keep this one.`,
  });
}
