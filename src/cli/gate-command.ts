/**
 * `mlops gate`: evaluate-gate on the local backends (or a GitHub registry with --github): the
 * candidate from the run record, the baseline from the registry, the report to
 * `.mlops/gate-report.md` and a check run file under `.mlops/checks`; exit 1 when an error rule
 * failed. `mlops run` calls `gateLocally` between train-and-sweep and register-model.
 */
import { Command } from 'commander';
import path from 'node:path';
import { DEFAULT_LOCAL_REGISTRY, openRegistry, openReviewSinks, type RegistryBackend } from '../backends/open.js';
import { loadConfig, type LoadedConfig } from '../config/config.js';
import { gateCheckName, metricStatus, parseBaselineSpec, publishGate, runGate, type GateResult, type GateRun } from '../gate/index.js';
import { DEFAULT_RECORD_FILE } from '../record/index.js';
import { projectPath } from '../config/paths.js';

/** Defaults of `mlops gate`, beside mlops.yml. */
const GATE_REPORT_FILE = '.mlops/gate-report.md';
const GATE_CHECKS_DIR = '.mlops/checks';
import { formatNumber } from '../shared/markdown.js';
import { textTable } from '../report/terminal.js';
import { commitOf } from '../registry/service/register-model.js';
import type { Logger } from '../shared/logger.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';

export interface LocalGateOptions {
  cwd: string;
  loaded: LoadedConfig;
  record: string;
  backend: RegistryBackend;
  /** Folder of the local check runs. */
  checksDir: string;
  reportFile: string;
  metrics?: string;
  outputs?: string;
  baseline?: string;
  baselineOutputs?: string;
}

/** The gate on one machine: runGate, then the check run as a file. Returns the run; the caller decides the exit code. */
export async function gateLocally(options: LocalGateOptions, logger: Logger): Promise<GateRun> {
  const { loaded } = options;
  const { registry, store } = openRegistry(options.backend, { sha: commitOf(options.cwd, process.env), logger });
  const run = await runGate({
    cwd: options.cwd,
    model: loaded.config.name,
    workflow: 'local',
    gate: loaded.config.gate,
    locate: (keys) => loaded.source.locate(['gate', ...keys]),
    configDir: loaded.dir,
    record: options.record,
    metrics: options.metrics,
    outputs: options.outputs,
    baseline: parseBaselineSpec(options.baseline, options.baselineOutputs),
    registry,
    store,
    reportFile: options.reportFile,
    lineage: { commit: commitOf(options.cwd, process.env) },
    env: process.env,
  });
  await publishGate(run, { model: loaded.config.name, workflow: 'local', checks: { sink: openReviewSinks({ kind: 'local', dir: options.checksDir }, undefined).checks, headSha: commitOf(options.cwd, process.env) ?? 'local' } }, logger);
  return run;
}

/** The verdict and the metric table as terminal text. */
export function gateText(run: GateRun, cwd: string): string {
  const { result } = run;
  const rows = result.metrics.map((row) => [row.name, show(row.baseline), show(row.candidate), show(row.change), row.interval ? `[${formatNumber(row.interval.low)}, ${formatNumber(row.interval.high)}] ${row.significance ?? ''}` : '', metricStatus(result, row)]);
  const lines = [`${icon(result)} ${result.headline}`];
  if (run.noBaseline) lines.push(run.noBaseline);
  lines.push(textTable(['metric', 'production', 'candidate', 'change', 'interval', 'status'], rows).trimEnd());
  for (const rule of result.rules.filter((r) => r.metric === undefined)) lines.push(`${rule.status}: ${rule.rule} (${rule.reason})`);
  for (const note of result.notes) lines.push(`note: ${note}`);
  lines.push(`report:  ${path.relative(cwd, run.reportFile)}`);
  return lines.join('\n') + '\n';
}

const show = (value: number | undefined) => (value === undefined ? '–' : formatNumber(value));
const icon = (result: GateResult) => ({ pass: '✓', warn: '!', fail: '✗' })[result.verdict];

export function gateCommand(context: CliContext): Command {
  return new Command('gate')
    .description('Compare the candidate (the run record\'s best trial) with the production model by the rules of mlops.yml gate:, write the report; exit 1 when an error rule fails.')
    .option('-c, --config <file>', 'mlops.yml of the model', 'mlops.yml')
    .option('--record <file>', 'the run record: candidate, data and sweep parts; the gate part is written to it (default .mlops/record.json beside mlops.yml)')
    .option('--metrics <file>', "the candidate's metrics file (default: the record's best trial metrics)")
    .option('--outputs <file>', "the candidate's per-example outputs CSV (default: eval-outputs.csv of the best trial)")
    .option('--baseline <what>', 'an alias (default production), base, a version (3), a metrics file, or none')
    .option('--baseline-outputs <file>', 'per-example outputs of a metrics-file baseline')
    .option('--registry <dir>', `a local registry folder (default ${DEFAULT_LOCAL_REGISTRY} beside mlops.yml)`)
    .option('--github <owner/repo>', 'the repository whose releases hold the registry (token from GITHUB_TOKEN)')
    .option('--report <file>', 'where the markdown report goes (default .mlops/gate-report.md beside mlops.yml)')
    .option('--checks <dir>', 'where the check run files go (default .mlops/checks beside mlops.yml)')
    .addHelpText('after', `\nThe check run is a file under .mlops/checks ("${gateCheckName('<model>')}").\n\nExamples:\n  mlops gate                          # after mlops validate and mlops sweep\n  mlops gate --baseline v3\n  mlops gate --metrics metrics.json --baseline prod-metrics.json`)
    .action(async (options: { config: string; record?: string; metrics?: string; outputs?: string; baseline?: string; baselineOutputs?: string; registry?: string; github?: string; report?: string; checks?: string }) => {
      const cwd = process.cwd();
      const loaded = await loadConfig(path.resolve(cwd, options.config));
      // The path rule (config/paths.ts): options against cwd, defaults beside mlops.yml.
      const paths = { cwd, projectDir: loaded.dir };
      const backend: RegistryBackend = options.github
        ? { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL }
        : { kind: 'local', dir: projectPath(options.registry, paths, DEFAULT_LOCAL_REGISTRY) };
      const run = await gateLocally(
        {
          cwd,
          loaded,
          record: projectPath(options.record, paths, DEFAULT_RECORD_FILE),
          backend,
          checksDir: projectPath(options.checks, paths, GATE_CHECKS_DIR),
          reportFile: projectPath(options.report, paths, GATE_REPORT_FILE),
          metrics: options.metrics,
          outputs: options.outputs,
          baseline: options.baseline,
          baselineOutputs: options.baselineOutputs,
        },
        new ConsoleLogger(),
      );
      context.stdout.write(gateText(run, cwd));
      if (!run.result.passed) context.setExitCode(1);
    });
}
