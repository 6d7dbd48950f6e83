import { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planSweep } from '../sweep/plan-sweep.js';
import { openArtifactStore } from '../backends/open.js';
import { collectRound } from '../sweep/matrix/collect.js';
import { matrixJson, planFirstRound, readMatrixPlan, type MatrixPlan } from '../sweep/matrix/matrix-plan.js';
import { runShard } from '../sweep/matrix/shard.js';
import { sweepText } from '../report/sweep-text.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';
import { parsePositive } from './validate-command.js';

const common = (command: Command) =>
  command
    .option('-c, --config <file>', 'mlops.yml with train and sweep sections', 'mlops.yml')
    .option('--out <dir>', 'folder of the sweep outputs (default .mlops/sweep beside mlops.yml)')
    .option('--artifacts <dir>', 'hand results over in this folder instead of workflow artifacts (default inside Actions: artifacts; elsewhere <out>/artifacts)');

async function writePlan(out: string, plan: MatrixPlan): Promise<string> {
  const file = path.join(out, `plan-r${plan.round}.json`);
  await mkdir(out, { recursive: true });
  await writeFile(file, JSON.stringify(plan, null, 2) + '\n');
  return file;
}

/** `mlops sweep-plan`, `sweep-shard` and `sweep-collect`: a sweep fanned out over a job matrix. */
export function matrixCommands(context: CliContext): Command[] {
  const plan = common(new Command('sweep-plan'))
    .description('Plan a sweep over a job matrix: propose the first round of trials and split them into legs.')
    .option('--shards <n>', 'matrix legs (default sweep.matrix.shards, else 4; at most 256)')
    .addHelpText('after', '\nWrites <out>/plan-r1.json and prints the matrix for fromJSON(): {"shard":[0,1,...]}.')
    .action(async (options: { config: string; out?: string; shards?: string }) => {
      const sweep = await planSweep({ cwd: process.cwd(), config: options.config, out: options.out });
      const matrix = planFirstRound(sweep, options.shards ? parsePositive(options.shards, '--shards') : undefined);
      const file = await writePlan(sweep.outDir, matrix);
      process.stderr.write(`Planned round 1 of ${matrix.rounds}: ${matrix.legs.reduce((n, l) => n + l.trials.length, 0)} trials over ${matrix.legs.length} legs -> ${path.relative(process.cwd(), file)}\n`);
      context.stdout.write(matrixJson(matrix) + '\n');
    });

  const shard = common(new Command('sweep-shard'))
    .description("Run one leg of a planned sweep and upload its results.")
    .requiredOption('--plan <file>', 'the plan of this round (plan-r<round>.json)')
    .requiredOption('--shard <n>', 'this leg: the matrix entry shard')
    .option('-j, --parallel <n>', 'trials at once on this runner')
    .action(async (options: { config: string; out?: string; artifacts?: string; plan: string; shard: string; parallel?: string }) => {
      const logger = new ConsoleLogger();
      const sweep = await planSweep({ cwd: process.cwd(), config: options.config, out: options.out, parallel: options.parallel ? parsePositive(options.parallel, '--parallel') : undefined });
      const matrix = await readMatrixPlan(options.plan.trimStart().startsWith('{') ? options.plan : path.resolve(options.plan));
      const shardNumber = Number(options.shard);
      const { result, artifact } = await runShard(sweep, matrix, shardNumber, await openArtifactStore(process.env, options.artifacts, sweep.outDir), logger);
      context.stdout.write(sweepText(sweep, result));
      context.stdout.write(`artifact: ${artifact}\n`);
    });

  const collect = common(new Command('sweep-collect'))
    .description('Download every leg of a sweep round, merge their journals, pick the best trial, and plan the next round if one is left.')
    .requiredOption('--plan <file>', 'the plan of the round being collected')
    .option('--record <file>', "the run record that gets the sweep's part after the last round (default .mlops/record.json beside mlops.yml)")
    .addHelpText('after', '\nWhen a round is left, writes <out>/plan-r<next>.json and prints its matrix; else prints {"shard":[]}.')
    .action(async (options: { config: string; out?: string; artifacts?: string; plan: string; record?: string }) => {
      const logger = new ConsoleLogger();
      const sweep = await planSweep({ cwd: process.cwd(), config: options.config, out: options.out, record: options.record });
      const matrix = await readMatrixPlan(options.plan.trimStart().startsWith('{') ? options.plan : path.resolve(options.plan));
      const outcome = await collectRound(sweep, matrix, await openArtifactStore(process.env, options.artifacts, sweep.outDir), logger);
      process.stderr.write(sweepText(sweep, outcome.result));
      if (outcome.next) {
        const file = await writePlan(sweep.outDir, outcome.next);
        process.stderr.write(`Planned round ${outcome.next.round} of ${outcome.next.rounds} -> ${path.relative(process.cwd(), file)}\n`);
      }
      context.stdout.write((outcome.next ? matrixJson(outcome.next) : JSON.stringify({ shard: [] })) + '\n');
    });
  return [plan, shard, collect];
}
