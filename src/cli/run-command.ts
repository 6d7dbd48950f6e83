import { Command } from 'commander';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { runValidate } from '../data/validate/run-validate.js';
import { validationText } from '../report/terminal.js';
import { loadConfig } from '../config/config.js';
import { planSweep } from '../sweep/plan-sweep.js';
import { runSweep } from '../sweep/run-sweep.js';
import { sweepText } from '../report/sweep-text.js';
import { commitOf, registerModel } from '../registry/service/register-model.js';
import { openRegistry } from '../backends/open.js';
import { writeDataPart } from '../record/index.js';
import { ConsoleLogger } from './console-logger.js';
import { gateLocally, gateText } from './gate-command.js';
import { pipelineStages } from './pipeline-stages.js';
import { projectPath } from '../config/paths.js';

/** Default of `--out`, beside mlops.yml. */
const RUN_OUT_DIR = '.mlops';
import type { CliContext } from './context.js';

/**
 * `mlops run`: the whole pipeline of mlops.yml on the local backends. Stages are added here as they
 * land; each stage runs only when the previous one passed, as in the workflow.
 */
export function runCommand(context: CliContext): Command {
  return new Command('run')
    .description('Run the whole pipeline of mlops.yml locally: validate-data, then (with train and sweep sections) train-and-sweep, evaluate-gate, register-model into a local registry and (with a deploy section) deploy-env.')
    .option('-c, --config <file>', 'mlops.yml of the model', 'mlops.yml')
    .option('--out <dir>', 'folder for the run outputs (default .mlops beside mlops.yml)')
    .addHelpText('after', '\nStages: validate-data, train-and-sweep, evaluate-gate (against the local production alias), register-model (a passed gate moves production), deploy-env (deploy.run_environment, on the local deployment log). Outputs go to --out (the run record to <out>/record.json, the registry to <out>/registry; validate.profile_out and validate.report of mlops.yml when set); nothing is published to GitHub. A sweep resumes its journal in <out>/sweep.\n\nExample:\n  mlops run --config examples/penguins/mlops.yml')
    .action(async (options: { config: string; out?: string }) => {
      const logger = new ConsoleLogger();
      const cwd = process.cwd();
      const loaded = await loadConfig(path.resolve(cwd, options.config));
      // The path rule (config/paths.ts): --out against cwd, its default beside mlops.yml.
      const out = projectPath(options.out, { cwd, projectDir: loaded.dir }, RUN_OUT_DIR);
      // One run record for the whole pipeline: each stage adds its part, register reads the others.
      const record = path.join(out, 'record.json');
      const stages = pipelineStages(loaded).length;
      const validateConfig = loaded.config.validate ?? {};
      context.stdout.write(`mlops run: ${options.config}\n\n[1/${stages}] validate-data\n`);
      const run = await runValidate(
        {
          cwd,
          config: options.config,
          configIsDefault: false,
          // validate.profile_out and validate.report of mlops.yml win over the run's folder.
          profileOut: validateConfig.profile_out === undefined ? path.join(out, 'profile.json') : undefined,
          reportOut: validateConfig.report === undefined ? path.join(out, 'validate-report.json') : undefined,
          workerScript: context.script,
        },
        logger,
      );
      await writeDataPart(record, run, process.env);
      context.stdout.write(validationText(run.report));
      context.stdout.write(`profile: ${path.relative(cwd, run.profilePath)}\nreport:  ${path.relative(cwd, run.reportPath)}\n`);
      if (!run.report.passed) {
        context.stdout.write('\nThe pipeline stopped: validate-data failed.\n');
        context.setExitCode(1);
        return;
      }
      if (stages > 1) {
        context.stdout.write(`\n[2/${stages}] train-and-sweep\n`);
        const plan = await planSweep({ cwd, config: options.config, out: path.join(out, 'sweep'), resume: true, record });
        const outcome = await runSweep(plan, logger);
        context.stdout.write(sweepText(plan, outcome.result));
        context.stdout.write(`trials:  ${path.relative(cwd, outcome.files.trialsCsv)}\nbest:    ${path.relative(cwd, outcome.files.best)}\n`);
        const best = outcome.result.best;
        if (!best?.outputDir) {
          // Every trial pruned (a failed sweep has thrown): there is no model to gate, register or deploy.
          context.stdout.write('\nThe pipeline stopped: the sweep has no complete trial (nothing to gate or register).\n');
          context.setExitCode(1);
          return;
        }
        // evaluate-gate against the local registry's production alias; register only what passed.
        context.stdout.write(`\n[3/${stages}] evaluate-gate (baseline ${loaded.config.name}@production)\n`);
        const gate = await gateLocally({ cwd, loaded, record, backend: { kind: 'local', dir: path.join(out, 'registry') }, checksDir: path.join(out, 'checks'), reportFile: path.join(out, 'gate-report.md') }, logger);
        context.stdout.write(gateText(gate, cwd));
        if (!gate.result.passed) {
          context.stdout.write('\nThe pipeline stopped: evaluate-gate failed (nothing registered).\n');
          context.setExitCode(1);
          return;
        }
        context.stdout.write(`\n[4/${stages}] register-model (local registry ${path.relative(cwd, path.join(out, 'registry'))})\n`);
        const registered = await registerModel(
          {
            cwd,
            name: loaded.config.name,
            // The model, params, metrics and data lineage come from the record's sweep and data parts.
            record,
            // The gate passed: the version becomes production, the next run's baseline.
            aliases: ['candidate', 'production'],
            tags: [],
            // The same best trial on the same data registers once, however often the pipeline runs.
            idempotencyKey: `pipeline:${createHash('sha256').update(JSON.stringify([run.report.dataDigest, best.params, best.metrics])).digest('hex').slice(0, 32)}`,
            registry: openRegistry({ kind: 'local', dir: path.join(out, 'registry') }, { sha: commitOf(cwd, process.env), logger }).registry,
            env: process.env,
          },
          logger,
        );
        context.stdout.write(`${registered.created ? 'registered' : 'already registered'} ${registered.tag}; aliases candidate, production -> v${registered.version}\n`);
        await gate.relineage({ registryVersion: `${registered.tag} (local registry)` });
        if (loaded.config.deploy?.target) {
          // deploy-env last: the version just registered, to deploy.run_environment, on the local log.
          const environment = loaded.config.deploy.run_environment ?? loaded.config.deploy.environments?.[0] ?? 'local';
          context.stdout.write(`\n[5/${stages}] deploy-env (${environment})\n`);
          const { deployFromConfig, deployText } = await import('./deploy-command.js');
          const deployed = await deployFromConfig({ loaded, backend: { kind: 'local', dir: path.join(out, 'registry') }, environment, record, workDir: path.join(out, 'deploy'), cwd, logger });
          context.stdout.write(deployText(deployed, environment));
        }
      }
      context.stdout.write('\nPipeline passed.\n');
    });
}
