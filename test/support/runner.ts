/**
 * Runs a bundled action the way the GitHub Actions runner does (docs/architecture.md "Testing against real
 * things"): `node dist/<name>/index.js` in a clean environment with INPUT_* variables, the file
 * commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH) in a temp
 * folder, an event payload at GITHUB_EVENT_PATH, and the workflow commands on stdout/stderr parsed
 * back into annotations.
 */
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** An annotation as the runner records it from an `::error` / `::warning` / `::notice` command. */
interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

/** One `::name key=value,...::message` line, unescaped. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
  /** Set for error / warning / notice. */
  annotation?: Annotation;
}

/** The repository root (this file is test/support/runner.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunActionBundleOptions {
  /** The step's `with:` values, by input name as action.yml spells it. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment variables (e.g. GITHUB_API_URL of an emulator, GITHUB_TOKEN). */
  env?: Record<string, string>;
  /** Event payload written to GITHUB_EVENT_PATH; `{}` by default. */
  event?: object;
  /** GITHUB_EVENT_NAME; `push` by default. */
  eventName?: string;
  /** GITHUB_WORKSPACE; a fresh empty temp folder (removed afterwards) by default. */
  workspace?: string;
  /** Working directory of the process; the workspace by default, as on the runner. */
  cwd?: string;
  /** Kill the action after this long; 60 s by default. */
  timeoutMs?: number;
  /**
   * action.yml whose `inputs` give defaults and the set of accepted names (the runner fills in
   * defaults and warns about unknown inputs; we throw, to catch typos in tests). By default
   * `actions/<name>/action.yml` when running by name; `false` to skip.
   */
  actionYml?: string | false;
}

export interface RunActionBundleResult {
  exitCode: number;
  /** The signal that ended the process, if any (e.g. SIGKILL after the timeout). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** The contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Values saved through GITHUB_STATE. */
  state: Record<string, string>;
  /** Lines added to GITHUB_PATH. */
  path: string[];
  /** error / warning / notice commands from stdout and stderr, in order. */
  annotations: Annotation[];
  /** Every workflow command seen (group, debug, add-mask, ...). */
  commands: WorkflowCommand[];
}

/** Variables of the test process worth passing on; everything else (INPUT_*, GITHUB_*, proxies) stays out. */
const INHERITED_ENV = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SYSTEMROOT', 'SystemRoot', 'TEMP', 'TMP'];

/** The runner's rule: spaces become underscores, the name is uppercased, dashes stay (`INPUT_FAIL-ON`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs a bundle (`validate-data` for dist/validate-data/index.js, or a path to a bundle's .js file)
 * as one step of a job, and collects everything it reported.
 */
export async function runActionBundle(
  nameOrPath: string,
  options: RunActionBundleOptions = {},
): Promise<RunActionBundleResult> {
  const byName = !nameOrPath.includes('/') && !nameOrPath.endsWith('.js');
  const bundle = byName ? path.join(REPO_ROOT, 'dist', nameOrPath, 'index.js') : path.resolve(REPO_ROOT, nameOrPath);
  if (!existsSync(bundle)) throw new Error(`No bundle at ${bundle}; run \`npm run build\` first.`);
  const actionYml = options.actionYml ?? (byName ? path.join(REPO_ROOT, 'actions', nameOrPath, 'action.yml') : false);
  const inputs = await withDeclaredDefaults(options.inputs ?? {}, actionYml);

  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'mlops-runner-'));
  try {
    const workspace = options.workspace ?? path.join(temp, 'workspace');
    await fs.mkdir(workspace, { recursive: true });
    const files = { ...(await createFileCommands(temp)), GITHUB_EVENT_PATH: path.join(temp, 'event.json') };
    await fs.writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
    const runnerTemp = path.join(temp, 'runner-temp');
    await fs.mkdir(runnerTemp);

    const env = {
      ...inheritedEnv(),
      ...defaultGithubEnv(options.eventName ?? 'push'),
      ...files,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
      ...options.env,
    };
    const run = await spawnNode(bundle, { cwd: options.cwd ?? workspace, env, timeoutMs: options.timeoutMs ?? 60_000 });
    const commands = [...parseWorkflowCommands(run.stdout), ...parseWorkflowCommands(run.stderr)];
    return {
      ...run,
      ...(await readFileCommands(files)),
      annotations: commands.flatMap((command) => (command.annotation ? [command.annotation] : [])),
      commands,
    };
  } finally {
    await fs.rm(temp, { recursive: true, force: true });
  }
}

/** The file-command files of one step. */
interface FileCommandFiles {
  GITHUB_OUTPUT: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_ENV: string;
  GITHUB_STATE: string;
  GITHUB_PATH: string;
}

/** Creates a step's file-command files in `dir`, empty, as the runner does before a step (@actions/core requires them). */
export async function createFileCommands(dir: string): Promise<FileCommandFiles> {
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'step_summary'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_PATH: path.join(dir, 'path'),
  };
  for (const file of Object.values(files)) await fs.writeFile(file, '');
  return files;
}

/** What a step wrote to its file-command files, parsed as the runner parses them. */
export async function readFileCommands(files: FileCommandFiles): Promise<Pick<RunActionBundleResult, 'outputs' | 'summary' | 'env' | 'state' | 'path'>> {
  return {
    outputs: parseFileCommand(await fs.readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await fs.readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    env: parseFileCommand(await fs.readFile(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(await fs.readFile(files.GITHUB_STATE, 'utf8')),
    path: (await fs.readFile(files.GITHUB_PATH, 'utf8')).split('\n').filter((line) => line !== ''),
  };
}

/** The variables of the test process a step may inherit (PATH, HOME, locale, temp folders). */
export function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** What a hosted runner sets for a push to main in octo-org/octo-repo. */
function defaultGithubEnv(eventName: string): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_RUN_ID: '1234567890',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'test',
    GITHUB_WORKFLOW: 'test',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'mlops-test-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
}

/**
 * Fills in action.yml defaults for inputs not given, as the runner does, and rejects names the
 * action does not declare. Expression defaults (`${{ github.token }}`) cannot be evaluated here and
 * are left unset: pass such inputs explicitly.
 */
async function withDeclaredDefaults(inputs: Record<string, string>, actionYml: string | false): Promise<Record<string, string>> {
  if (actionYml === false || !existsSync(actionYml)) return inputs;
  const metadata: unknown = parseYaml(await fs.readFile(actionYml, 'utf8'));
  const declared = isRecord(metadata) && isRecord(metadata.inputs) ? metadata.inputs : {};
  const unknown = Object.keys(inputs).filter((name) => !(name in declared));
  if (unknown.length > 0) {
    throw new Error(`Unexpected input(s) ${unknown.join(', ')} for ${actionYml}; declared: ${Object.keys(declared).join(', ')}`);
  }
  const result = { ...inputs };
  for (const [name, spec] of Object.entries(declared)) {
    if (name in result || !isRecord(spec) || spec.default === undefined || spec.default === null) continue;
    const value = String(spec.default);
    if (!value.includes('${{')) result[name] = value;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface SpawnResult {
  exitCode: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnNode(script: string, options: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<SpawnResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        // Like the runner, a killed step counts as failed.
        exitCode: code ?? 1,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** The runner's unescaping of a command's message: `%0D`, `%0A`, and `%25` last (core escapes `%` first). */
function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Properties additionally escape `:` and `,`, which delimit them. */
function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

const ANNOTATION_LEVELS = new Set(['error', 'warning', 'notice']);

/**
 * Workflow commands in a process's output, parsed as the runner does (`::cmd k=v,k2=v2::message`
 * at the start of a line), honouring `::stop-commands::TOKEN` ... `::TOKEN::`.
 */
export function parseWorkflowCommands(output: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const rawLine of output.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = parseCommandLine(line);
    if (!command) continue;
    if (command.command === 'stop-commands') {
      stopToken = command.message;
      continue;
    }
    commands.push(command);
  }
  return commands;
}

function parseCommandLine(line: string): WorkflowCommand | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).trim().split(',')) {
      const eq = pair.indexOf('=');
      if (pair === '' || eq < 0) continue;
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  const message = unescapeData(line.slice(end + 2));
  const parsed: WorkflowCommand = { command, properties, message };
  if (ANNOTATION_LEVELS.has(command)) parsed.annotation = toAnnotation(command as Annotation['level'], properties, message);
  return parsed;
}

function toAnnotation(level: Annotation['level'], properties: Record<string, string>, message: string): Annotation {
  const annotation: Annotation = { level, message };
  if (properties.file !== undefined) annotation.file = properties.file;
  if (properties.title !== undefined) annotation.title = properties.title;
  for (const key of ['line', 'col', 'endLine', 'endColumn'] as const) {
    if (properties[key] !== undefined) annotation[key] = Number(properties[key]);
  }
  return annotation;
}

/**
 * A GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file, parsed as the runner does: `name=value` lines
 * and `name<<DELIMITER` heredocs (the form @actions/core writes). Throws on what the runner rejects.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[requireName(line.slice(0, equals), line)] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = requireName(line.slice(0, heredoc), line);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') throw new Error(`File command "${line}": empty heredoc delimiter`);
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`File command "${name}": matching delimiter "${delimiter}" not found`);
      values[name] = body.join('\n');
    } else {
      throw new Error(`File command line has an invalid format: "${line}"`);
    }
  }
  return values;
}

function requireName(name: string, line: string): string {
  if (name === '') throw new Error(`File command line has no name: "${line}"`);
  return name;
}
