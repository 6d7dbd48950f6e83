import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../../src/shared/errors.js';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { checkCommand, renderCommand } from '../../../src/sweep/trial/command.js';
import { runTrial, trialSeed, type RunTrialOptions } from '../../../src/sweep/trial/run-trial.js';

const TRAINER = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'trials', 'trainer.mjs');
const NODE = process.execPath;

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-trial-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs a trial in the test's temp folder with a small kill grace. */
function run(overrides: Partial<RunTrialOptions> & Pick<RunTrialOptions, 'command'>) {
  return runTrial({ number: 3, params: {}, objective: { metric: 'accuracy' }, dir: path.join(tmp, 'trial'), cwd: tmp, killGraceMs: 300, ...overrides });
}

/** Literal text in a command: braces doubled, as the placeholder syntax wants. */
const lit = (text: string) => text.replace(/[{}]/g, '$&$&');
/** A node one-liner as an argv command. */
const nodeE = (code: string, ...args: string[]) => [NODE, '-e', lit(code), ...args];
const writeMetrics = (json: string) => nodeE(`require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, ${JSON.stringify(json)})`);

/** Gone, or a zombie nobody reaps (a container's init may not). */
function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return true;
  }
}

describe('checkCommand', () => {
  it('accepts known placeholders, {args} and doubled braces', () => {
    expect(() => checkCommand('python train.py --lr {lr} {args} && echo ${{HOME}}', ['lr', 'model.depth'])).not.toThrow();
    expect(() => checkCommand('python train.py --depth={model.depth}', ['lr', 'model.depth'])).not.toThrow();
  });

  it('names an unknown placeholder, its column and the known ones', () => {
    expect(() => checkCommand('python train.py --lr {learning_rate}', ['lr'])).toThrow(ConfigError);
    expect(() => checkCommand('python train.py --lr {learning_rate}', ['lr'])).toThrow(/unknown placeholder \{learning_rate\} at column 22/);
    try {
      checkCommand("awk '{print $1}'", ['lr'], { location: { file: 'mlops.yml', key: 'sweep.command' } });
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).hint).toMatch(/\{\{ and \}\}/);
      expect((error as ConfigError).describe()).toMatch(/^mlops\.yml: unknown placeholder \{print \$1\}/);
    }
    expect(() => checkCommand('echo {lr', ['lr'])).toThrow(/unmatched "\{"/);
    expect(() => checkCommand('train {args}', ['model', 'model.depth'])).toThrow(/parameters model and model.depth clash/);
    expect(() => checkCommand('echo lr}', ['lr'])).toThrow(/unmatched "\}"/);
  });

  it('checks the argv form: {args} on its own, the program exists', () => {
    expect(() => checkCommand([NODE, 'train.js', '{args}'], [])).not.toThrow();
    expect(() => checkCommand(['sh', 'x-{args}'], [])).toThrow(/\{args\} must be an element of its own/);
    expect(() => checkCommand(['no-such-program-xyz', '--lr={lr}'], ['lr'])).toThrow(/program "no-such-program-xyz" was not found/);
    expect(() => checkCommand(['./missing.sh'], [], { cwd: tmp })).toThrow(/was not found/);
    fs.writeFileSync(path.join(tmp, 'train.sh'), '#!/bin/sh\n', { mode: 0o755 });
    expect(() => checkCommand(['./train.sh'], [], { cwd: tmp })).not.toThrow();
    expect(() => checkCommand([], [])).toThrow(/empty list/);
    expect(() => checkCommand('  ', [])).toThrow(/empty/);
  });
});

describe('renderCommand', () => {
  const params = { name: `it's "a b" $HOME`, lr: 0.001, 'model.depth': 3, deep: true };

  it('quotes values for the shell wherever the placeholder sits', async () => {
    // Bare, in double quotes and in single quotes: the program gets the value exactly.
    const spec = renderCommand(`printf '%s\\n' {name} "x={name}" 'y={name}' {lr}`, params, [], 'linux');
    expect(spec.file).toBe('/bin/sh');
    const outcome = await run({ command: `printf '%s\\n' {name} "x={name}" 'y={name}' {lr} > out.txt; ${writeMetricsShell('{"accuracy": 1}')}`, params });
    expect(outcome.state).toBe('complete');
    expect(fs.readFileSync(path.join(tmp, 'out.txt'), 'utf8')).toBe(`${params.name}\nx=${params.name}\ny=${params.name}\n0.001\n`);
    expect(spec.args[1]).toContain(`'it'\\''s "a b" $HOME'`);
  });

  it('expands {args} in space order with dotted names, one word each', () => {
    const spec = renderCommand('train {args}', { ...params, name: 'a b' }, ['lr', 'model.depth']);
    expect(spec.args[1]).toBe(`train --lr=0.001 --model.depth=3 --deep=true '--name=a b'`);
    const argv = renderCommand(['train', '--x', '{args}', 'n={name}'], { ...params, name: 'a b' }, ['lr']);
    expect(argv).toMatchObject({ file: 'train', args: ['--x', '--lr=0.001', '--deep=true', '--model.depth=3', '--name=a b', 'n=a b'] });
  });

  it('turns doubled braces into literal ones', () => {
    expect(renderCommand('echo {{x}} ${{HOME}}', {}).args[1]).toBe('echo {x} ${HOME}');
  });
});

/** A shell snippet writing the metrics file. */
function writeMetricsShell(json: string): string {
  return `printf '%s' '${lit(json)}' > "$MLOPS_METRICS_FILE"`;
}

describe('runTrial', () => {
  it('gives the trial its variables, params nested in JSON and in a file, and completes', async () => {
    const params = { lr: 0.25, 'model.depth': 3, 'model.kind': 'tree', shuffle: false };
    const dump = `const fs = require('fs'); const e = process.env;
      fs.writeFileSync(e.MLOPS_OUTPUT_DIR + '/env.json', JSON.stringify({ params: JSON.parse(e.MLOPS_PARAMS), file: JSON.parse(fs.readFileSync(e.MLOPS_PARAMS_FILE, 'utf8')),
        number: e.MLOPS_TRIAL_NUMBER, seed: e.MLOPS_SEED, out: e.MLOPS_OUTPUT_DIR, outEmpty: fs.readdirSync(e.MLOPS_OUTPUT_DIR).length, unbuffered: e.PYTHONUNBUFFERED, cwd: process.cwd() }));
      fs.writeFileSync(e.MLOPS_METRICS_FILE, JSON.stringify({ accuracy: 0.9, loss: 0.3 }));`;
    const outcome = await run({ command: nodeE(dump), params, seed: 1234 });
    expect(outcome).toMatchObject({ number: 3, state: 'complete', value: 0.9, metrics: { accuracy: 0.9, loss: 0.3 }, attempts: 1, exitCode: 0, params });
    const seen = JSON.parse(fs.readFileSync(path.join(outcome.outputDir!, 'env.json'), 'utf8'));
    const nested = { lr: 0.25, model: { depth: 3, kind: 'tree' }, shuffle: false };
    expect(seen).toEqual({ params: nested, file: nested, number: '3', seed: '1234', out: outcome.outputDir, outEmpty: 0, unbuffered: '1', cwd: fs.realpathSync(tmp) });
    expect(outcome.seconds).toBeGreaterThan(0);
    expect(Date.parse(outcome.startedAt)).not.toBeNaN();
  });

  it('derives distinct per-trial seeds from the sweep seed', () => {
    const seeds = new Set([0, 1, 2, 3].map((n) => trialSeed(42, n)));
    expect(seeds.size).toBe(4);
    expect(trialSeed(42, 1)).toBe(trialSeed(42, 1));
    for (const seed of seeds) expect(seed).toBeLessThan(2 ** 31);
  });

  it('reads YAML metrics, flattens nesting and drops non-numbers with a note', async () => {
    const logger = new RecordingLogger();
    const yaml = 'accuracy: 0.8\\nval:\\n  loss: 0.2\\nnote: fine\\nbad: .nan\\n';
    const outcome = await run({ command: `printf '${yaml}' > "$MLOPS_METRICS_FILE"`, logger });
    expect(outcome).toMatchObject({ state: 'complete', value: 0.8, metrics: { accuracy: 0.8, 'val.loss': 0.2 } });
    expect(outcome.notes.join()).toMatch(/dropped .*note \(a string \("fine"\)\), bad \(NaN\)/);
    expect(logger.lines.some((l) => l.level === 'warning')).toBe(true);
  });

  it('parses intermediate lines from stdout and the stream file, warning on bad JSON', async () => {
    const script = lit(`
      echo 'mlops:metric {"step": 0, "accuracy": 0.1}'
      echo 'mlops:metric {"accuracy": 0.2, "loss": "x"}'
      echo 'mlops:metric {not json'
      echo 'ordinary log line'
      echo '{"step": 5, "accuracy": 0.5}' >> "$MLOPS_METRICS_STREAM"
      printf '{"accuracy": 0.6}' > "$MLOPS_METRICS_FILE"`);
    const seen: [number, Record<string, number>][] = [];
    const outcome = await run({ command: script, onIntermediate: (step, values) => void seen.push([step, values]) });
    expect(outcome.state).toBe('complete');
    expect(outcome.intermediates).toEqual([
      { step: 0, values: { accuracy: 0.1 } },
      { step: 1, values: { accuracy: 0.2 } },
      { step: 5, values: { accuracy: 0.5 } },
    ]);
    expect(seen.map(([step]) => step)).toEqual([0, 1, 5]);
    expect(outcome.notes.join('\n')).toMatch(/ignored an intermediate metrics line \(stdout\): not JSON/);
    expect(fs.readFileSync(outcome.logFile, 'utf8')).toContain('ordinary log line');
  });

  it('prunes when the callback says so, stopping the trial early', async () => {
    const started = Date.now();
    const outcome = await run({ command: [NODE, TRAINER, 'steps'], onIntermediate: (step) => step >= 2 });
    expect(outcome).toMatchObject({ state: 'pruned', reason: 'pruned at step 2', value: 0.2 });
    expect(outcome.intermediates.length).toBeLessThan(10);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a pruned trial ends at the step it was pruned at, whatever reports came in before it stopped', async () => {
    // six reports in one write: they all arrive before the pruner has answered the third
    const lines = Array.from({ length: 6 }, (_, step) => `mlops:metric {"step": ${step}, "accuracy": ${step / 10}}`).join('\\n');
    const outcome = await run({ command: lit(`printf '${lines}\\n'; sleep 5`), onIntermediate: (step) => step >= 2 });
    expect(outcome).toMatchObject({ state: 'pruned', reason: 'pruned at step 2', value: 0.2 });
    expect(outcome.intermediates.map((i) => i.step)).toEqual([0, 1, 2]);
  });

  it('prunes a tree: a sleeping grandchild is gone too', async () => {
    const pidFile = path.join(tmp, 'pid');
    // Step 1 (the prune) only once the grandchild has written its pid: node may start slowly on a busy machine.
    const command = lit(`node ${TRAINER} sleeper ${pidFile} & echo 'mlops:metric {"step": 0, "accuracy": 0}'; while [ ! -s ${pidFile} ]; do sleep 0.05; done; echo 'mlops:metric {"step": 1}'; wait`);
    const outcome = await run({ command, onIntermediate: (step) => step === 1 });
    expect(outcome.state).toBe('pruned');
    expect(processGone(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(true);
  });

  it('times out, killing the whole process tree', async () => {
    const pidFile = path.join(tmp, 'pid');
    // Long enough for node to start and write its pid on a busy machine; the sleeper would sleep far longer.
    const outcome = await run({ command: [NODE, TRAINER, 'sleeper', pidFile], timeoutSeconds: 2 });
    expect(outcome).toMatchObject({ state: 'failed', attempts: 1 });
    expect(outcome.reason).toMatch(/^timed out after 2s/);
    expect(outcome.seconds).toBeLessThan(5);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(processGone(pid)).toBe(true);
  });

  it('SIGKILLs a tree that ignores SIGTERM after the grace period', async () => {
    const outcome = await run({ command: `trap '' TERM; sleep 5 & wait; wait`, timeoutSeconds: 0.2, killGraceMs: 200 });
    expect(outcome.state).toBe('failed');
    expect(outcome.seconds).toBeLessThan(3);
  });

  it('retries a crashed trial, counting attempts, with fresh output', async () => {
    const counter = path.join(tmp, 'count');
    const logger = new RecordingLogger();
    const outcome = await run({ command: [NODE, TRAINER, 'flaky', counter], retries: 2, logger });
    expect(outcome).toMatchObject({ state: 'complete', value: 0.7, attempts: 2 });
    expect(outcome.notes[0]).toMatch(/^exited with code 3 \(CUDA error: out of memory \(simulated\)\); retrying \(attempt 2 of 3\)$/);
    expect(fs.readFileSync(outcome.logFile, 'utf8')).toMatch(/out of memory[\s\S]*--- attempt 2 of 3 ---/);
  });

  it('fails a crash with its exit code and the last 20 lines of stderr, after all attempts', async () => {
    const outcome = await run({ command: [NODE, TRAINER, 'crash'], retries: 1 });
    expect(outcome).toMatchObject({ state: 'failed', exitCode: 2, attempts: 2 });
    const lines = outcome.reason!.split('\n');
    expect(lines[0]).toBe('exited with code 2; last lines of stderr:');
    expect(lines.slice(1)).toHaveLength(20);
    expect(lines[lines.length - 1]).toBe('  Traceback: ValueError: bad learning rate');
    expect(outcome.reason).not.toContain('stderr line 10\n');
  });

  it('reports a signal', async () => {
    const outcome = await run({ command: 'kill -KILL $$' });
    expect(outcome).toMatchObject({ state: 'failed', exitCode: null, reason: 'killed by SIGKILL' });
  });

  it('fails without a metrics file, naming where it should be', async () => {
    const outcome = await run({ command: 'true' });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toBe(`wrote no metrics file at ${path.join(tmp, 'trial', 'metrics.json')} (write JSON or YAML to $MLOPS_METRICS_FILE)`);
  });

  it.each([
    ['garbage', 'accuracy = 0.9 ]]', /^metrics file is not JSON or YAML: .*metrics\.json: /],
    ['a list', '[0.9]', /holds a list, not a mapping/],
    ['empty', '', /is empty/],
    ['JSON NaN from Python', '{"accuracy": NaN, "loss": 1}', /^objective metric "accuracy" is NaN in /],
    ['a "NaN" string', '{"accuracy": "NaN"}', /is NaN/],
    ['Infinity', '{"accuracy": Infinity}', /is Infinity/],
    ['YAML -.inf', 'accuracy: -.inf', /is -Infinity/],
    ['a string', '{"accuracy": "0.9"}', /is a string \("0\.9"\)/],
    ['null', '{"accuracy": null}', /is null/],
    ['no objective', '{"acc": 0.9, "loss": 0.1}', /has no objective metric "accuracy"; it wrote: acc, loss$/],
  ])('fails a metrics file holding %s with a precise reason', async (_what, text, reason) => {
    const outcome = await run({ command: writeMetrics(text) });
    expect(outcome.state).toBe('failed');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.reason).toMatch(reason);
  });

  it('fails a command that does not exist, in both forms, without retrying', async () => {
    const shell = await run({ command: 'no-such-program-xyz --lr 1', retries: 2 });
    expect(shell).toMatchObject({ state: 'failed', exitCode: 127, attempts: 1 });
    expect(shell.reason).toMatch(/^exited with code 127 \(command not found\); last lines of stderr:\n.*no-such-program-xyz.*not found/);
    const argv = await run({ command: ['no-such-program-xyz', '--lr', '1'], retries: 2 });
    expect(argv).toMatchObject({ state: 'failed', attempts: 1 });
    expect(argv.reason).toMatch(/^command not found: "no-such-program-xyz" \(spawn no-such-program-xyz ENOENT\)/);
  });

  it('stops processes a finished trial left behind', async () => {
    const pidFile = path.join(tmp, 'pid');
    const outcome = await run({ command: `sleep 30 > /dev/null 2>&1 & echo $! > ${pidFile}; ${writeMetricsShell('{"accuracy": 1}')}` });
    expect(outcome.state).toBe('complete');
    expect(outcome.notes.join()).toMatch(/left processes running/);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    for (let i = 0; i < 50 && !processGone(pid); i++) await new Promise((r) => setTimeout(r, 20));
    expect(processGone(pid)).toBe(true);
  });

  it('starts each trial in a fresh folder', async () => {
    const dir = path.join(tmp, 'trial');
    fs.mkdirSync(path.join(dir, 'output'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'output', 'stale.bin'), 'old');
    fs.writeFileSync(path.join(dir, 'metrics.json'), '{"accuracy": 1}');
    const outcome = await run({ command: 'ls "$MLOPS_OUTPUT_DIR"' });
    expect(outcome.reason).toMatch(/wrote no metrics file/);
    expect(fs.readFileSync(outcome.logFile, 'utf8')).toBe('');
  });
});
