/**
 * The `mlops` command: one subcommand per action plus `run` (the whole pipeline). User mistakes print
 * as one located message with a hint and exit 1; bugs print their stack trace.
 */
import { Command, CommanderError } from 'commander';
import { formatUserError, isUserError } from '../shared/errors.js';
import type { CliContext } from './context.js';
import { runCommand } from './run-command.js';
import { validateCommand } from './validate-command.js';
import { sweepCommand } from './sweep-command.js';
import { matrixCommands } from './matrix-commands.js';
import { registryCommands } from './registry-commands.js';

export async function main(argv: string[], context: CliContext): Promise<void> {
  const program = new Command('mlops')
    .description('Train, check, version and deploy models from your repository. Runs the same pipeline as the GitHub actions, on local backends.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => context.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  program.addCommand(validateCommand(context));
  program.addCommand(sweepCommand(context));
  for (const command of matrixCommands(context)) program.addCommand(command);
  for (const command of registryCommands(context)) program.addCommand(command);
  program.addCommand(runCommand(context));
  const overrideAll = (command: Command): void => {
    for (const sub of command.commands) {
      sub.exitOverride();
      overrideAll(sub);
    }
  };
  overrideAll(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 1 after commander printed them.
      if (error.exitCode !== 0) {
        const command = argv.find((a) => program.commands.some((c) => c.name() === a));
        process.stderr.write(`  How to fix: correct the option; \`mlops ${command ? `${command} ` : ''}--help\` lists every option and its accepted values.\n`);
      }
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
