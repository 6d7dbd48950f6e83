import { Command, Option } from 'commander';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DataFormat } from '../data/readers/types.js';
import type { FailOn } from '../data/validate/report.js';
import type { ValidateRequest } from '../data/validate/build-settings.js';
import { standbyWorkersFor } from '../data/parallel/standby.js';
import { InputError } from '../shared/errors.js';
import { DEFAULT_RECORD_FILE, writeDataPart } from '../record/index.js';
import { projectDirOf, projectPath } from '../config/paths.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';

interface ValidateOptions {
  config: string;
  data?: string[];
  eval?: string[];
  format?: DataFormat;
  schema?: string;
  baseline?: string;
  failOn?: FailOn;
  profileOut?: string;
  report?: string;
  summary?: string;
  inferSchema?: string;
  parallel?: string;
  all?: boolean;
  quiet?: boolean;
  record?: string;
}

export function validateCommand(context: CliContext): Command {
  return new Command('validate')
    .description('Check data against a schema, profile it, and measure drift against a baseline profile.')
    .option('-c, --config <file>', 'mlops.yml with data, schema and validation settings', 'mlops.yml')
    .option('-d, --data <paths...>', 'training data files or globs (override data.train)')
    .option('-e, --eval <paths...>', 'evaluation data files or globs (override data.eval)')
    .addOption(new Option('-f, --format <format>', 'data format (default: from the extension)').choices(['csv', 'tsv', 'jsonl', 'parquet']))
    .option('-s, --schema <file>', 'data schema file (overrides data.schema)')
    .option('-b, --baseline <profile>', 'baseline profile JSON to measure drift against')
    .addOption(new Option('--fail-on <level>', 'lowest severity that fails (default error)').choices(['error', 'warning', 'never']))
    .option('--profile-out <file>', 'where to write the profile (default validate.profile_out, else .mlops/profile.json beside mlops.yml)')
    .option('--report <file>', 'where to write the JSON report (default validate.report, else .mlops/validate-report.json beside mlops.yml)')
    .option('--summary <file>', 'also write the markdown summary to this file')
    .option('--record <file>', "the run record that gets validate-data's part (digests, profile, verdict; default .mlops/record.json beside mlops.yml)")
    .option('--infer-schema <out>', 'write a starter schema inferred from the data to <out> and stop')
    .option('-j, --parallel <n>', 'worker threads for large CSV files (default: cores)')
    .option('--all', 'list passing checks too')
    .option('-q, --quiet', 'print only the verdict')
    .addHelpText('after', '\nExit code: 0 when validation passed, 1 when a check at the fail-on level failed or an input is wrong.\n\nExamples:\n  mlops validate --config examples/penguins/mlops.yml\n  mlops validate --data data/*.csv --schema schema.yml --baseline prod-profile.json\n  mlops validate --data data/train.csv --infer-schema schema.yml')
    .action(async (options: ValidateOptions) => {
      const logger = new ConsoleLogger({ quiet: options.quiet });
      const cwd = process.cwd();
      if (options.inferSchema) {
        const { inferSchemaFile } = await import('../data/validate/infer-schema.js');
        const out = path.resolve(cwd, options.inferSchema);
        const text = await inferSchemaFile({ cwd, config: options.config, data: options.data, format: options.format }, logger);
        await mkdir(path.dirname(out), { recursive: true });
        await writeFile(out, text);
        context.stdout.write(`Wrote a starter schema to ${path.relative(cwd, out) || out}: review it, tighten the bounds, then point data.schema at it.\n`);
        return;
      }
      const request: ValidateRequest = {
        cwd,
        config: options.config,
        configIsDefault: options.config === 'mlops.yml',
        data: options.data,
        eval: options.eval,
        format: options.format,
        schema: options.schema,
        baseline: options.baseline,
        failOn: options.failOn,
        profileOut: options.profileOut,
        reportOut: options.report,
        parallelism: options.parallel === undefined ? undefined : parsePositive(options.parallel, '--parallel'),
        workerScript: context.script,
      };
      // Range workers first, then the validator's modules (~1 MB of code, ~50 ms to load): the
      // workers boot meanwhile on the idle cores and are ready when this thread has planned.
      const standby = standbyWorkersFor(request);
      const { runValidate } = await import('../data/validate/run-validate.js');
      const run = await runValidate(request, logger, standby);
      await writeDataPart(projectPath(options.record, { cwd, projectDir: projectDirOf(cwd, options.config) }, DEFAULT_RECORD_FILE), run, process.env);
      const { validationText } = await import('../report/terminal.js');
      if (options.summary) {
        await mkdir(path.dirname(path.resolve(cwd, options.summary)), { recursive: true });
        const { validationSummary } = await import('../report/validate-summary.js');
        await writeFile(path.resolve(cwd, options.summary), validationSummary(run.report));
      }
      context.stdout.write(options.quiet ? `${run.report.passed ? 'PASSED' : 'FAILED'}\n` : validationText(run.report, { all: options.all }));
      context.stdout.write(`profile: ${path.relative(cwd, run.profilePath)}\nreport:  ${path.relative(cwd, run.reportPath)}\n`);
      if (!run.report.passed) context.setExitCode(1);
    });
}

export function parsePositive(text: string, option: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`${option} must be a whole number of at least 1, not "${text}".`, { hint: `For example ${option} 2.` });
  return n;
}
