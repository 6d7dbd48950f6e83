import { Command, Option } from 'commander';
import path from 'node:path';
import { planSweep, type SweepMethod } from '../sweep/plan-sweep.js';
import { runSweep } from '../sweep/run-sweep.js';
import { sweepText } from '../report/sweep-text.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';
import { parsePositive } from './validate-command.js';
import { InputError } from '../shared/errors.js';

interface SweepOptions {
  config: string;
  trials?: string;
  parallel?: string;
  method?: SweepMethod;
  seed?: string;
  command?: string;
  out?: string;
  fresh?: boolean;
  resume?: boolean;
  quiet?: boolean;
  record?: string;
}

export function sweepCommand(context: CliContext): Command {
  return new Command('sweep')
    .description("Run the training command of mlops.yml as trials of a hyperparameter sweep, several at once.")
    .option('-c, --config <file>', 'mlops.yml with train and sweep sections', 'mlops.yml')
    .option('-n, --trials <n>', 'trials in all (default sweep.trials, else 20)')
    .option('-j, --parallel <n>', 'trials at once (default sweep.parallel, else the number of cores)')
    .addOption(new Option('-m, --method <method>', 'search method (default sweep.method, else tpe)').choices(['grid', 'random', 'tpe', 'gp']))
    .option('--seed <n>', 'seed: the same seed and space give the same trials (default sweep.seed, else 0)')
    .option('--command <command>', 'override train.command for this run')
    .option('--out <dir>', 'folder for the journal, trial folders and tables (default .mlops/sweep beside mlops.yml)')
    .option('--resume', 'resume the journal in --out (the default; kept for scripts that say so)')
    .option('--fresh', 'discard the journal in --out and start a new sweep')
    .option('--record <file>', "the run record that gets the sweep's part (best trial, params, metrics, tables; default .mlops/record.json beside mlops.yml)")
    .option('-q, --quiet', 'print only the best trial')
    .addHelpText(
      'after',
      '\nA sweep records every trial in <out>/journal.jsonl; run the same command again to resume a crashed or\ncancelled sweep (finished trials are kept, unfinished ones run again). Exit code 0 when the sweep produced\na best trial, 1 when every trial (or more than sweep.max_failed_share) failed or an input is wrong.\n\nExamples:\n  mlops sweep --config examples/penguins/mlops.yml --trials 12 --parallel 2\n  mlops sweep --method grid --fresh',
    )
    .action(async (options: SweepOptions) => {
      const logger = new ConsoleLogger({ quiet: options.quiet });
      const cwd = process.cwd();
      if (options.fresh && options.resume) {
        throw new InputError('--fresh and --resume contradict each other.', { hint: 'Pass --fresh to start over, or nothing (or --resume) to go on with the journal.' });
      }
      const plan = await planSweep({
        cwd,
        config: options.config,
        command: options.command,
        trials: options.trials === undefined ? undefined : parsePositive(options.trials, '--trials'),
        parallel: options.parallel === undefined ? undefined : parsePositive(options.parallel, '--parallel'),
        method: options.method,
        seed: options.seed === undefined ? undefined : parseSeed(options.seed),
        out: options.out,
        resume: !options.fresh,
        record: options.record,
      });
      // Ctrl-C and SIGTERM stop every trial's process tree (process-tree.ts handles them while trials
      // run); the journal already says which trials to run again.
      const outcome = await runSweep(plan, logger);
      context.stdout.write(sweepText(plan, outcome.result, { quiet: options.quiet }));
      context.stdout.write(`trials:  ${path.relative(cwd, outcome.files.trialsCsv)}\nbest:    ${path.relative(cwd, outcome.files.best)}\n`);
    });
}

function parseSeed(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) return parsePositive(text, '--seed');
  return n;
}
