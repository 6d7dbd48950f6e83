/**
 * `mlops deploy`, `mlops deploy rollback` and `mlops deployments list`: deploy-env from the command
 * line, over a local registry and deployment log (`.mlops/registry`) or a GitHub repository's
 * releases and Deployments API (--github, token from GITHUB_TOKEN).
 */
import { Command } from 'commander';
import path from 'node:path';
import { DEFAULT_LOCAL_REGISTRY, openDeployBackends, type RegistryBackend } from '../backends/open.js';
import { loadConfig, type DeployConfig, type LoadedConfig } from '../config/config.js';
import type { DeployResult } from '../deploy/deploy.js';
import { listDeployments, servingAt } from '../deploy/rollback.js';
import { runDeploy } from '../deploy/service.js';
import { DEFAULT_RECORD_FILE } from '../record/index.js';
import { projectDirOf, projectPath } from '../config/paths.js';
import { commitOf } from '../registry/service/register-model.js';
import { parseSelector } from '../registry/service/models.js';
import { textTable } from '../report/terminal.js';
import { InputError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';

const NO_COMMIT = '0'.repeat(40);

interface BackendOptions {
  registry?: string;
  github?: string;
}

/** The registry: GitHub, or a local folder (an option against cwd, the default beside mlops.yml: config/paths.ts). */
function backendOf(options: BackendOptions & { config: string }): RegistryBackend {
  if (options.github) return { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL };
  const cwd = process.cwd();
  return { kind: 'local', dir: projectPath(options.registry, { cwd, projectDir: projectDirOf(cwd, options.config) }, DEFAULT_LOCAL_REGISTRY) };
}

/** Default of `--work-dir`, beside mlops.yml. */
const DEPLOY_WORK_DIR = '.mlops/deploy';

const withBackend = (command: Command) =>
  command
    .option('--registry <dir>', `a local registry folder; the deployment log lives beside it (default ${DEFAULT_LOCAL_REGISTRY} beside mlops.yml)`)
    .option('--github <owner/repo>', 'the repository whose releases hold the registry and whose Deployments API records deploys (token from GITHUB_TOKEN)');

/** The first eval file of mlops.yml, for the smoke check. */
function evalDataOf(loaded: LoadedConfig): string | undefined {
  const data = loaded.config.data.eval;
  const first = Array.isArray(data) ? data[0] : data;
  return first === undefined ? undefined : path.resolve(loaded.dir, first);
}

export interface PipelineDeploy {
  loaded: LoadedConfig;
  backend: RegistryBackend;
  environment: string;
  /** NAME, NAME@alias, NAME:3; default: the record's register part. */
  model?: string;
  /** The ref the deployment is recorded for; default GITHUB_SHA, else the checkout's HEAD. */
  ref?: string;
  record?: string;
  rollback?: boolean;
  overridePolicy?: boolean;
  requireProtection?: boolean;
  workDir: string;
  cwd: string;
  logger: Logger;
}

/** One deploy (or rollback) from mlops.yml's `deploy:`: what `mlops deploy` and `mlops run` share. */
export async function deployFromConfig(options: PipelineDeploy): Promise<DeployResult> {
  const { loaded, logger } = options;
  const deploy: DeployConfig = loaded.config.deploy ?? {};
  const selected = options.model ? parseSelector(options.model) : undefined;
  const name = selected?.name ?? loaded.config.name;
  const sha = commitOf(options.cwd, process.env) ?? NO_COMMIT;
  const seams = openDeployBackends(options.backend, { sha, logger });
  const secret = deploy.target?.secret_env ? process.env[deploy.target.secret_env] : undefined;
  return runDeploy(
    {
      configDir: loaded.dir,
      name,
      selector: selected?.selector,
      environment: options.environment,
      ref: options.ref ?? process.env.GITHUB_SHA ?? sha,
      actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? 'local',
      deploy,
      evalData: evalDataOf(loaded),
      record: options.record,
      rollback: options.rollback ?? false,
      overridePolicy: options.overridePolicy ?? false,
      // Locally no environment has reviewers: the protection rule is GitHub's (docs in policy.ts).
      requireProtection: seams.isGitHub && (options.requireProtection ?? deploy.require_protection ?? true),
      workDir: options.workDir,
      env: process.env,
      secrets: [process.env.GITHUB_TOKEN ?? '', secret ?? ''].filter(Boolean),
      repository: seams.repository,
    },
    { registry: seams.registry, store: seams.store, log: seams.log, logger },
  );
}

/** The lines a deploy prints. */
export function deployText(result: DeployResult, environment: string): string {
  const rows = result.deployments.map((d) => [String(d.deploymentId), `v${d.version}`, d.status, d.url ?? '']);
  return `${textTable(['deployment', 'version', 'status', 'url'], rows)}\nv${result.version} is live in ${environment}${result.environmentUrl ? ` at ${result.environmentUrl}` : ''} (was ${result.previousVersion === null ? 'nothing' : `v${result.previousVersion}`})${result.overrides.length ? `\noverrides: ${result.overrides.join('; ')}` : ''}\n`;
}

interface DeployOptions extends BackendOptions {
  env?: string;
  ref?: string;
  config: string;
  record?: string;
  overridePolicy?: boolean;
  requireProtection: boolean;
  workDir?: string;
}

export function deployCommands(context: CliContext): Command[] {
  const out = (text: string) => context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  // --env is checked in `run`, not by commander: a required option of `deploy` would be demanded of
  // `deploy rollback --env x` too.
  const common = (command: Command) =>
    withBackend(command)
      .option('-e, --env <environment>', 'the environment (staging, production, ...); required')
      .option('-c, --config <file>', 'mlops.yml with the deploy: section', 'mlops.yml')
      .option('--record <file>', 'the run record: the version from its register part, the gate verdict from its gate part; the deploy part is written to it (default .mlops/record.json beside mlops.yml)')
      .option('--no-require-protection', 'deploy to a GitHub production environment without reviewers (recorded in the deployment)')
      .option('--work-dir <dir>', 'where verified versions are downloaded (default .mlops/deploy beside mlops.yml)')
      .option('--ref <ref>', 'the branch, tag or sha the deployment is recorded for (default: the checkout\'s commit)');
  const run = async (model: string | undefined, options: DeployOptions, rollback: boolean) => {
    if (!options.env) throw new InputError('Which environment? --env is required.', { hint: `e.g. mlops deploy${rollback ? ' rollback' : ''} --env staging` });
    const cwd = process.cwd();
    const loaded = await loadConfig(path.resolve(cwd, options.config));
    const paths = { cwd, projectDir: loaded.dir };
    const result = await deployFromConfig({
      loaded,
      backend: backendOf(options),
      environment: options.env,
      model,
      ref: options.ref,
      record: projectPath(options.record, paths, DEFAULT_RECORD_FILE),
      rollback,
      overridePolicy: options.overridePolicy,
      requireProtection: options.requireProtection,
      workDir: projectPath(options.workDir, paths, DEPLOY_WORK_DIR),
      cwd,
      logger: new ConsoleLogger(),
    });
    out(deployText(result, options.env));
  };

  const deploy = common(new Command('deploy'))
    .description('Deploy a registered version: verify its files, run the target, check health and answers, record the deployment; roll back on failure.')
    .argument('[model]', 'NAME:3, NAME@staging (promote what the alias points at) or NAME; default: the version of the run record')
    .option('--override-policy', 'deploy even if the promotion order or the gate verdict says no (recorded in the deployment)')
    .addHelpText('after', '\nExamples:\n  mlops deploy --env staging                  # the version the run record registered\n  mlops deploy penguins@staging --env production\n  mlops deploy rollback --env production')
    .action((model: string | undefined, options: DeployOptions) => run(model, options, false));
  deploy.addCommand(
    common(new Command('rollback'))
      .description('Put back the version the environment ran before its current one.')
      // The program parses options anywhere, so `deploy` takes the ones after `rollback` too: both
      // command's values count, the ones given to `rollback` itself first.
      .action((options: DeployOptions, command: Command) => {
        const given = Object.entries(options).filter(([key]) => command.getOptionValueSource(key) === 'cli');
        return run(undefined, { ...(command.parent?.opts<DeployOptions>() ?? options), ...Object.fromEntries(given) }, true);
      }),
  );

  const deployments = new Command('deployments').description('The deployment history: every deploy and rollback with its status.');
  withBackend(deployments.command('list'))
    .description('Deployments of the model, newest first; with --at, what ran in --env at that moment.')
    .option('-n, --name <name>', 'model name (default: name in mlops.yml)')
    .option('-c, --config <file>', 'mlops.yml, for the name', 'mlops.yml')
    .option('-e, --env <environment>', 'only this environment')
    .option('--at <date>', 'with --env: the version serving at this date (ISO 8601)')
    .option('--limit <n>', 'at most this many', '50')
    .action(async (options: BackendOptions & { name?: string; config: string; env?: string; at?: string; limit: string }) => {
      const cwd = process.cwd();
      const name = options.name ?? (await loadConfig(path.resolve(cwd, options.config))).config.name;
      const seams = openDeployBackends(backendOf(options), { sha: NO_COMMIT });
      if (options.at !== undefined) {
        const at = new Date(options.at);
        if (!options.env || Number.isNaN(at.getTime())) throw new InputError('--at needs --env and a date like 2026-12-06T12:00:00Z.');
        const move = await servingAt(seams.registry, name, options.env, at);
        out(move ? `${name} v${move.to} was serving ${options.env} at ${at.toISOString()} (since ${move.at}, by ${move.actor})` : `Nothing of ${name} was serving ${options.env} at ${at.toISOString()}.`);
        return;
      }
      const entries = await listDeployments(seams.log, name, options.env, Number(options.limit) || 50);
      out(textTable(['id', 'environment', 'version', 'task', 'status', 'since', 'description'], entries.map((e) => [String(e.id), e.environment, e.version === null ? '?' : `v${e.version}`, e.task, e.state, e.stateAt, e.description])));
    });
  return [deploy, deployments];
}
