/**
 * What a new user types first, and the typos that used to pass (issue #13): `mlops` alone, a group
 * command without its subcommand, the help of `models download`, a mistyped metric or bound of
 * `models list`, and `register --model` naming nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-usage-');
afterAll(() => temps.cleanup());

describe('mlops without a command', () => {
  test('`mlops` prints its help on stdout and exits 0', async () => {
    const result = await runCli([], { cwd: await temps.make() });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: mlops /);
    expect(result.stdout).toMatch(/^ {2}validate /m);
    expect(result.stderr).toBe('');
  });

  test('`mlops models` shows its commands and says one is missing, exit 1', async () => {
    const result = await runCli(['models'], { cwd: await temps.make() });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^Usage: mlops models /);
    expect(result.stderr).toMatch(/^error: `mlops models` needs a command: list, show, download, alias, deprecate, diff\.$/m);
    expect(result.stderr).toMatch(/How to fix: add one of them/);
    expect(result.stderr).not.toMatch(/correct the option/);
  });

  test('`models download` shows in both help pages that it needs -o', async () => {
    const dir = await temps.make();
    const group = await runCli(['models', '--help'], { cwd: dir });
    expect(group.stdout).toMatch(/download \[options\] <model> +Download a version into -o DIR/);
    const own = await runCli(['models', 'download', '--help'], { cwd: dir });
    expect(own.stdout).toMatch(/^Usage: mlops models download -o <dir> \[options\] <model>$/m);
    expect(own.stdout).toMatch(/-o, --out <dir> +where the files go \(required\)/);
  });
});

describe('models list and register: mistakes fail loudly', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await temps.make();
    await writeFile(path.join(dir, 'model.bin'), 'weights');
    await writeFile(path.join(dir, 'metrics.json'), '{"accuracy": 0.8, "loss": 0.5}');
    const registered = await runCli(['register', '--name', 'toy', '--model', 'model.bin', '--metrics', 'metrics.json'], { cwd: dir });
    expect(registered.exitCode).toBe(0);
  });

  const fails = async (args: string[], ...patterns: RegExp[]) => {
    const result = await runCli(args, { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(STACK_LINE);
    for (const pattern of patterns) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toMatch(/How to fix: \S/);
  };

  test('--metric that no version has: an error with a did-you-mean, not an empty table', async () => {
    await fails(['models', 'list', 'toy', '--metric', 'acuracy', '--min', '0.5'], /--metric acuracy: no version of toy has this metric\. Did you mean `accuracy`\?/, /accuracy, loss/);
  });

  test('--min or --max that is not a number, or without --metric', async () => {
    await fails(['models', 'list', 'toy', '--metric', 'accuracy', '--min', 'abc'], /--min "abc" is not a number/);
    await fails(['models', 'list', 'toy', '--metric', 'accuracy', '--max', ''], /--max "" is not a number/);
    await fails(['models', 'list', 'toy', '--min', '0.5'], /--min needs --metric/);
  });

  test('a known metric outside the bounds is an empty answer, not an error', async () => {
    const none = await runCli(['models', 'list', 'toy', '--metric', 'accuracy', '--min', '0.9'], { cwd: dir });
    expect(none.exitCode).toBe(0);
    expect(none.stdout.trim().split('\n')).toHaveLength(2); // header and rule only
    const one = await runCli(['models', 'list', 'toy', '--metric', 'accuracy', '--min', '0.5'], { cwd: dir });
    expect(one.stdout.trim().split('\n')).toHaveLength(3);
  });

  test('register --model naming nothing points at the option, and registers nothing', async () => {
    await fails(['register', '--name', 'toy', '--model', 'nothere'], /--model nothere: no such file or folder/);
    const list = await runCli(['models', 'list', 'toy'], { cwd: dir });
    expect(list.stdout.trim().split('\n')).toHaveLength(3);
  });
});
