import { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config.js';
import { DEFAULT_LOCAL_REGISTRY, openRegistry, type RegistryBackend } from '../backends/open.js';
import { DEFAULT_RECORD_FILE } from '../record/index.js';
import { projectDirOf, projectPath } from '../config/paths.js';
import { commitOf, registerModel } from '../registry/service/register-model.js';
import { diffRows, downloadVersion, parseSelector } from '../registry/service/models.js';
import { InputError } from '../shared/errors.js';
import { didYouMean } from '../shared/did-you-mean.js';
import type { ListFilter } from '../registry/registry.js';
import { textTable } from '../report/terminal.js';
import { ConsoleLogger } from './console-logger.js';
import type { CliContext } from './context.js';

interface BackendOptions {
  registry?: string;
  github?: string;
}

const withBackend = (command: Command) =>
  command
    .option('--registry <dir>', `a local registry folder (default ${DEFAULT_LOCAL_REGISTRY})`)
    .option('--github <owner/repo>', "the repository whose releases hold the registry (token from GITHUB_TOKEN)");

/**
 * The registry: GitHub, or a local folder. `--registry` is against cwd; the default is beside
 * mlops.yml for `register` (it has --config), in cwd for `models` (config/paths.ts).
 */
function backendOf(options: BackendOptions, projectDir = process.cwd()): RegistryBackend {
  if (options.github) return { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL };
  return { kind: 'local', dir: projectPath(options.registry, { cwd: process.cwd(), projectDir }, DEFAULT_LOCAL_REGISTRY) };
}

const collect = (value: string, previous: string[]) => [...previous, value];

function version(text: string): number {
  const n = Number(text.replace(/^v/, ''));
  if (!Number.isInteger(n) || n < 1) throw new InputError(`"${text}" is not a version number.`, { hint: 'Versions are 1, 2, 3, ...' });
  return n;
}

/** The value of `--min` or `--max`: a number, or a located error (Number('abc') is NaN, which filters nothing). */
function bound(option: '--min' | '--max', text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) throw new InputError(`${option} "${text}" is not a number.`, { hint: `Write a number, e.g. ${option} 0.9.` });
  return n;
}

/** `models list`'s metric filter; --min or --max without --metric is a mistake, not a no-op. */
function metricFilter(options: { metric?: string; min?: string; max?: string }): ListFilter['metric'] {
  const min = bound('--min', options.min);
  const max = bound('--max', options.max);
  if (options.metric === undefined) {
    if (min !== undefined || max !== undefined) throw new InputError(`${min !== undefined ? '--min' : '--max'} needs --metric: which metric should it bound?`, { hint: 'Add --metric NAME, e.g. --metric accuracy --min 0.9.' });
    return undefined;
  }
  if (min !== undefined && max !== undefined && min > max) throw new InputError(`--min ${min} is above --max ${max}: no value is in between.`, { hint: 'Swap the bounds or correct one of them.' });
  return { name: options.metric, min, max };
}

/** `mlops register` and `mlops models ...`: the registry from the command line. */
export function registryCommands(context: CliContext): Command[] {
  const out = (text: string) => context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);

  const register = withBackend(new Command('register'))
    .description('Register a model version: pack it, record its lineage, publish it, set aliases.')
    .option('-m, --model <path>', "the model: a folder (packed as .tar.gz) or a file (default: the sweep part's best trial output)")
    .option('-n, --name <name>', 'model name (default: name in mlops.yml)')
    .option('-c, --config <file>', 'mlops.yml, for the name', 'mlops.yml')
    .option('--from-sweep <dir>', "a sweep's output folder: params and metrics of its best trial, the sweep summary (default: the record's sweep part)")
    .option('--metrics <file>', 'metrics JSON')
    .option('--params <file>', 'params JSON')
    .option('--profile <file>', "validate-data's profile: the data lineage (default: the record's data part)")
    .option('--record <file>', 'the run record: lineage from its sweep and data parts, the register part written to it (default .mlops/record.json beside mlops.yml)')
    .option('--alias <alias>', 'point this alias at the new version (repeatable)', collect, [])
    .option('--tag <tag>', 'a tag for the version (repeatable)', collect, [])
    .option('--parent <version>', 'the version this one derives from')
    .option('--dedupe', 'return an existing version with the same files instead of a new one')
    .addHelpText('after', '\nExamples:\n  mlops register --alias staging        # after mlops validate and mlops sweep: model and lineage from .mlops/record.json\n  mlops register --model .mlops/sweep/trials/5/output --from-sweep .mlops/sweep --profile .mlops/profile.json --alias staging')
    .action(async (options: BackendOptions & { model?: string; record?: string; name?: string; config: string; fromSweep?: string; metrics?: string; params?: string; profile?: string; alias: string[]; tag: string[]; parent?: string; dedupe?: boolean }) => {
      const cwd = process.cwd();
      if (options.model !== undefined && !existsSync(path.resolve(cwd, options.model))) {
        throw new InputError(`--model ${options.model}: no such file or folder (in ${cwd}).`, {
          hint: "Name the trained model's folder or file (e.g. .mlops/sweep/trials/3/output), or leave --model out to register the best trial of the run record.",
        });
      }
      const name = options.name ?? (await loadConfig(path.resolve(cwd, options.config))).config.name;
      const projectDir = projectDirOf(cwd, options.config);
      const logger = new ConsoleLogger();
      const { registry } = openRegistry(backendOf(options, projectDir), { sha: commitOf(cwd, process.env), logger });
      const result = await registerModel(
        {
          cwd,
          name,
          model: options.model,
          fromSweep: options.fromSweep,
          metrics: options.metrics,
          params: options.params,
          profile: options.profile,
          aliases: options.alias,
          tags: options.tag,
          parentVersion: options.parent ? version(options.parent) : undefined,
          dedupeByContent: options.dedupe,
          record: projectPath(options.record, { cwd, projectDir }, DEFAULT_RECORD_FILE),
          registry,
          env: process.env,
        },
        logger,
      );
      out(`${result.created ? 'registered' : 'already registered'} ${result.tag} (version ${result.version})${result.htmlUrl ? ` ${result.htmlUrl}` : ''}`);
    });

  const models = new Command('models').description('Query the model registry: list, show, download, aliases, diff.');
  const open = (options: BackendOptions) => openRegistry(backendOf(options), { logger: new ConsoleLogger({ quiet: true }) });

  withBackend(models.command('list <name>'))
    .description('List the versions of a model, newest first.')
    .option('--alias <alias>', 'only the version an alias points at')
    .option('--tag <tag>', 'only versions with this tag')
    .option('--metric <name>', 'filter on this metric with --min / --max')
    .option('--min <x>', 'metric at least x')
    .option('--max <x>', 'metric at most x')
    .action(async (name: string, options: BackendOptions & { alias?: string; tag?: string; metric?: string; min?: string; max?: string }) => {
      const { registry } = open(options);
      const metric = metricFilter(options);
      const versions = await registry.listAll(name, { alias: options.alias, tag: options.tag, metric });
      // No version passed the filter: a metric no version has is a typo, not an empty answer.
      if (metric && versions.length === 0) {
        const known = new Set((await registry.listAll(name, { alias: options.alias, tag: options.tag })).flatMap((v) => Object.keys(v.manifest.metrics)));
        if (known.size > 0 && !known.has(metric.name)) {
          throw new InputError(`--metric ${metric.name}: no version of ${name} has this metric.${didYouMean(metric.name, known)}`, { hint: `Use one of its metrics: ${[...known].sort().join(', ')}.` });
        }
      }
      const metricNames = [...new Set(versions.flatMap((v) => Object.keys(v.manifest.metrics)))].sort().slice(0, 4);
      out(textTable(['version', 'created', 'commit', ...metricNames, 'tags'], versions.map((v) => [String(v.version), v.manifest.createdAt, v.manifest.commit.slice(0, 7), ...metricNames.map((m) => (v.manifest.metrics[m] === undefined ? '' : String(Number(v.manifest.metrics[m].toPrecision(4))))), v.manifest.tags.join(',')])));
    });

  withBackend(models.command('show <model>'))
    .description('Show a version: NAME (latest), NAME@alias or NAME:3. Prints its manifest.')
    .action(async (selectorText: string, options: BackendOptions) => {
      const { name, selector } = parseSelector(selectorText);
      const found = await open(options).registry.get(name, selector);
      out(JSON.stringify(found.manifest, null, 2));
    });

  withBackend(models.command('download <model>'))
    .description('Download a version into -o DIR, checking every file against its sha256 before extracting it.')
    .usage('-o <dir> [options] <model>')
    .requiredOption('-o, --out <dir>', 'where the files go (required)')
    .action(async (selectorText: string, options: BackendOptions & { out: string }) => {
      const { name, selector } = parseSelector(selectorText);
      const { registry, store } = open(options);
      const found = await registry.get(name, selector);
      const files = await downloadVersion(found, path.resolve(options.out), store);
      out(`${found.tag}: ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}`);
    });

  const alias = models.command('alias').description('Move an alias, or show its history.');
  withBackend(alias.command('set <name> <alias> <version>'))
    .description('Point ALIAS of model NAME at VERSION (recorded with who, when, from and to).')
    .action(async (name: string, aliasName: string, versionText: string, options: BackendOptions) => {
      const move = await open(options).registry.setAlias(name, aliasName, version(versionText), { actor: process.env.GITHUB_ACTOR ?? (await import('node:os')).userInfo().username });
      out(`${name}@${aliasName}: ${move.from ?? 'none'} -> ${move.to}`);
    });
  withBackend(alias.command('history <name> <alias>'))
    .description('Every move of an alias, oldest first.')
    .action(async (name: string, aliasName: string, options: BackendOptions) => {
      const moves = await open(options).registry.aliasHistory(name, aliasName);
      out(textTable(['#', 'at', 'actor', 'from', 'to'], moves.map((m) => [String(m.seq), m.at, m.actor, m.from === null ? '–' : String(m.from), m.to === null ? 'removed' : String(m.to)])));
    });
  withBackend(alias.command('remove <name> <alias>'))
    .description('Unassign ALIAS of model NAME (recorded in its history).')
    .action(async (name: string, aliasName: string, options: BackendOptions) => {
      const move = await open(options).registry.removeAlias(name, aliasName, { actor: process.env.GITHUB_ACTOR ?? (await import('node:os')).userInfo().username });
      out(`${name}@${aliasName}: ${move.from ?? 'none'} -> removed`);
    });
  withBackend(models.command('deprecate <version>'))
    .description('Deprecate NAME:3: kept, but never deployed again without an override.')
    .requiredOption('--reason <text>', 'why (recorded)')
    .action(async (text: string, options: BackendOptions & { reason: string }) => {
      const { name, selector } = parseSelector(text);
      if (selector === 'latest' || !('version' in selector)) throw new InputError(`"${text}" names no version: write NAME:3.`);
      const d = await open(options).registry.deprecate(name, selector.version, { actor: process.env.GITHUB_ACTOR ?? (await import('node:os')).userInfo().username, reason: options.reason });
      out(`${name} v${d.version} deprecated (${d.reason})`);
    });

  withBackend(models.command('diff <a> <b>'))
    .description('Compare the params and metrics of two versions: NAME:1 NAME@production.')
    .action(async (a: string, b: string, options: BackendOptions) => {
      const { registry } = open(options);
      const left = parseSelector(a);
      const right = parseSelector(b);
      const [x, y] = await Promise.all([registry.get(left.name, left.selector), registry.get(right.name, right.selector)]);
      out(textTable(['', 'name', x.tag, y.tag, 'change'], diffRows(x, y)));
    });

  return [register, models];
}
