/**
 * The `mlops` command: one subcommand per action plus `run` (the whole pipeline). User mistakes print
 * as one located message with a hint and exit 1; bugs print their stack trace.
 */
import { Command, CommanderError } from 'commander';
import { formatUserError, isUserError } from '../shared/errors.js';
import type { CliContext } from './context.js';

type Commands = (context: CliContext) => Promise<Command[]>;

/**
 * Each group of commands is imported only when a run asks for it: the registry and sweep commands
 * pull in octokit and the artifact client, whose parsing and setup cost `mlops validate` about a
 * tenth of a second at start. Help and unknown names load them all.
 */
const GROUPS: { names: string[]; load: Commands }[] = [
  { names: ['validate'], load: async (c) => [(await import('./validate-command.js')).validateCommand(c)] },
  { names: ['sweep'], load: async (c) => [(await import('./sweep-command.js')).sweepCommand(c)] },
  { names: ['sweep-plan', 'sweep-shard', 'sweep-collect'], load: async (c) => (await import('./matrix-commands.js')).matrixCommands(c) },
  { names: ['gate'], load: async (c) => [(await import('./gate-command.js')).gateCommand(c)] },
  { names: ['register', 'models'], load: async (c) => (await import('./registry-commands.js')).registryCommands(c) },
  { names: ['run'], load: async (c) => [(await import('./run-command.js')).runCommand(c)] },
  { names: ['deploy', 'deployments'], load: async (c) => (await import('./deploy-command.js')).deployCommands(c) },
];

/** The commands `argv` may run: its first word's group, or every command. */
async function commandsFor(argv: string[], context: CliContext): Promise<Command[]> {
  const group = GROUPS.find((g) => g.names.includes(argv[0]));
  const groups = group ? [group] : GROUPS;
  return (await Promise.all(groups.map((g) => g.load(context)))).flat();
}

export async function main(argv: string[], context: CliContext): Promise<void> {
  const program = new Command('mlops')
    .description('Train, check, version and deploy models from your repository. Runs the same pipeline as the GitHub actions, on local backends.')
    .version('0.1.0')
    // Options of `mlops` itself only before the command: `models download m --version 1` must not
    // print the CLI's version (and exit 0) in place of an error about the command's own options.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  for (const command of await commandsFor(argv, context)) program.addCommand(command);
  const overrideAll = (command: Command): void => {
    for (const sub of command.commands) {
      sub.exitOverride();
      overrideAll(sub);
    }
  };
  overrideAll(program);
  // `mlops` alone asks what the tool does: its help, on stdout, exit 0.
  if (argv.length === 0) {
    program.outputHelp();
    return;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 1 after commander printed them.
      if (error.exitCode !== 0) process.stderr.write(`${usageHint(program, argv, error.code)}\n`);
      context.setExitCode(error.exitCode);
      return;
    }
    if (isUserError(error)) {
      process.stderr.write(`error: ${formatUserError(error)}\n`);
      context.setExitCode(1);
      return;
    }
    process.stderr.write(`mlops failed with an unexpected error (a bug; please report it with this output):\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    context.setExitCode(1);
  }
}

/** The deepest command `argv` names (`mlops models alias ...` -> alias) and its words. */
function commandOf(program: Command, argv: string[]): { command: Command; words: string[] } {
  let command = program;
  const words = ['mlops'];
  for (const word of argv) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) break;
    command = sub;
    words.push(word);
  }
  return { command, words };
}

/**
 * What to do after commander reported a usage mistake (it printed the mistake, or the help when a
 * command that only groups others was given none of them: `mlops models`).
 */
function usageHint(program: Command, argv: string[], code: string): string {
  const { command, words } = commandOf(program, argv);
  const name = words.join(' ');
  if (code === 'commander.help') {
    const subs = command.commands.map((c) => c.name()).filter((n) => n !== 'help');
    return `error: \`${name}\` needs a command: ${subs.join(', ')}.\n  How to fix: add one of them, e.g. \`${name} ${subs[0]} --help\`; the list above says what each does.`;
  }
  if (code === 'commander.unknownCommand') return `  How to fix: correct the command; \`${name} --help\` lists every command.`;
  return `  How to fix: correct the command line; \`${name} --help\` lists its arguments, every option and its accepted values.`;
}
