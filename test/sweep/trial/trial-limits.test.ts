/**
 * Hostile trial outputs (issue #16): whatever a trial writes, its failure stays that trial's failure
 * and the sweep process stays healthy. Caps are parameters, so most cases run with small ones.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { RecordingLogger } from '../../../src/shared/logger.js';
import { METRICS_MAX_BYTES, MAX_INTERMEDIATES, runTrial, type RunTrialOptions } from '../../../src/sweep/trial/run-trial.js';

const NODE = process.execPath;
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-trial-limits-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(overrides: Partial<RunTrialOptions> & Pick<RunTrialOptions, 'command'>) {
  return runTrial({ number: 0, params: {}, objective: { metric: 'accuracy' }, dir: path.join(tmp, 'trial'), cwd: tmp, killGraceMs: 300, ...overrides });
}
/** Literal braces for the command template. */
const lit = (text: string) => text.replace(/[{}]/g, '$&$&');
const nodeE = (code: string) => [NODE, '-e', lit(code)];

describe('a trial metrics file', () => {
  it('larger than the cap fails the trial, saying the limit and what to write instead', async () => {
    const big = JSON.stringify({ accuracy: 0.9, padding: 'x'.repeat(2000) });
    const outcome = await run({ command: nodeE(`require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, ${JSON.stringify(big)})`), maxMetricsBytes: 1000 });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toMatch(/^metrics file .*metrics\.json is larger than the 1000 bytes limit; write only the final metrics to \$MLOPS_METRICS_FILE, as an ordinary file of at most 1000 bytes/);
  });

  it('larger than the real cap (valid JSON) fails quickly, and a file under it is read', async () => {
    expect(METRICS_MAX_BYTES).toBe(4 * 1024 * 1024);
    const write = (bytes: number) =>
      nodeE(`const pad = 'x'.repeat(${bytes}); require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, JSON.stringify({ accuracy: 0.5, pad }))`);
    const started = Date.now();
    const over = await run({ command: write(5 * 1024 * 1024) });
    expect(over.state).toBe('failed');
    expect(over.reason).toMatch(/is larger than the 4 MiB limit/);
    const under = await run({ command: write(3 * 1024 * 1024) });
    expect(under).toMatchObject({ state: 'complete', value: 0.5 });
    expect(Date.now() - started).toBeLessThan(15000);
  });

  it('linked to /dev/zero fails the trial instead of growing without end', async () => {
    const outcome = await run({ command: 'ln -sf /dev/zero "$MLOPS_METRICS_FILE"' });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toMatch(/^metrics file .*metrics\.json is a character device, not a regular file; write only the final metrics/);
  });

  it('that is a FIFO fails the trial at once instead of hanging the sweep', async () => {
    const started = Date.now();
    const outcome = await run({ command: 'mkfifo "$MLOPS_METRICS_FILE"' });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toMatch(/is a FIFO \(named pipe\), not a regular file/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['JSON nested 200,000 deep', `'{"accuracy": 1, "a": ' + '{"b": '.repeat(200000) + '1' + '}'.repeat(200001)`],
    ['JSON lists nested 200,000 deep', `'{"accuracy": 1, "a": ' + '['.repeat(200000) + ']'.repeat(200000) + '}'`],
    ['YAML flow nested 10,000 deep', `'accuracy: 1\\na: ' + '['.repeat(10000) + ']'.repeat(10000)`],
    ['YAML blocks nested 1,000 deep', `'accuracy: 1\\n' + Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\\n') + ' 1'`],
  ])('%s fails the trial with the nesting limit, and the process lives on', async (_what, expression) => {
    const outcome = await run({ command: nodeE(`require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, ${expression})`) });
    expect(outcome.state).toBe('failed');
    expect(outcome.reason).toMatch(/^metrics file .*metrics\.json is nested more than 100 levels deep; write a flat mapping of metric names to numbers$/);
  });
});

describe('intermediate metrics', () => {
  it('a stream line longer than the cap is skipped with a note; the lines around it count', async () => {
    const script = `const fs = require('fs'); const s = process.env.MLOPS_METRICS_STREAM;
      fs.appendFileSync(s, JSON.stringify({ step: 0, accuracy: 0.1 }) + '\\n');
      fs.appendFileSync(s, JSON.stringify({ step: 1, accuracy: 0.2, pad: 'x'.repeat(5000) }) + '\\n');
      fs.appendFileSync(s, JSON.stringify({ step: 2, accuracy: 0.3 }) + '\\n');
      fs.appendFileSync(s, '{"step": 3, ' + 'x'.repeat(3000));
      fs.writeFileSync(process.env.MLOPS_METRICS_FILE, '{"accuracy": 1}');`;
    const outcome = await run({ command: nodeE(script), maxMetricLineBytes: 1024 });
    expect(outcome.state).toBe('complete');
    expect(outcome.intermediates).toEqual([
      { step: 0, values: { accuracy: 0.1 } },
      { step: 2, values: { accuracy: 0.3 } },
    ]);
    expect(outcome.notes).toEqual(['skipped a line of $MLOPS_METRICS_STREAM longer than 1 KiB']);
  });

  it('a stdout metric line longer than the cap is skipped with a note', async () => {
    const script = `console.log('mlops:metric ' + JSON.stringify({ step: 0, accuracy: 0.1, pad: 'x'.repeat(200000) }));
      console.log('mlops:metric ' + JSON.stringify({ step: 1, accuracy: 0.2 }));
      require('fs').writeFileSync(process.env.MLOPS_METRICS_FILE, '{"accuracy": 1}');`;
    const outcome = await run({ command: nodeE(script), maxMetricLineBytes: 1024 });
    expect(outcome.intermediates).toEqual([{ step: 1, values: { accuracy: 0.2 } }]);
    expect(outcome.notes.join('\n')).toMatch(/skipped an intermediate metrics line on stdout longer than 1 KiB/);
  });

  it.each([
    ['a FIFO', 'mkfifo "$MLOPS_METRICS_STREAM"'],
    ['a link to /dev/zero', 'ln -sf /dev/zero "$MLOPS_METRICS_STREAM"'],
  ])('a stream that is %s is ignored with a note, and the trial completes', async (_what, make) => {
    const logger = new RecordingLogger();
    const outcome = await run({ command: `${make}; sleep 0.4; printf '{{"accuracy": 1}}' > "$MLOPS_METRICS_FILE"`, streamPollMs: 50, logger });
    expect(outcome.state).toBe('complete');
    expect(outcome.notes).toEqual([expect.stringMatching(/^ignored \$MLOPS_METRICS_STREAM \(.*metrics-stream\.jsonl\): it is not a regular file/)]);
  });

  it(`keeps the first ${MAX_INTERMEDIATES} steps of a runaway trainer, with one note`, async () => {
    const script = `const fs = require('fs'); let text = '';
      for (let i = 0; i < ${MAX_INTERMEDIATES + 500}; i++) text += JSON.stringify({ step: i, accuracy: i }) + '\\n';
      fs.writeFileSync(process.env.MLOPS_METRICS_STREAM, text);
      fs.writeFileSync(process.env.MLOPS_METRICS_FILE, '{"accuracy": 1}');`;
    const outcome = await run({ command: nodeE(script) });
    expect(outcome.state).toBe('complete');
    expect(outcome.intermediates).toHaveLength(MAX_INTERMEDIATES);
    expect(outcome.notes).toEqual([`ignored intermediate reports after the first ${MAX_INTERMEDIATES} steps (from step ${MAX_INTERMEDIATES} on)`]);
  });
});

describe('the environment of a trial', () => {
  it('is the user environment without the runner-only tokens and INPUT_* (as a run: step sees it)', async () => {
    const env = {
      PATH: process.env.PATH,
      MY_SETTING: 'kept',
      GITHUB_REPOSITORY: 'octo/repo',
      GITHUB_TOKEN: 'passed-by-the-user',
      ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
      ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
      ACTIONS_RESULTS_URL: 'https://results.example/',
      ACTIONS_CACHE_URL: 'https://cache.example/',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc',
      'INPUT_GITHUB-TOKEN': 'secret-input',
      INPUT_CONFIG: 'mlops.yml',
    };
    const outcome = await run({ command: `env > "$MLOPS_OUTPUT_DIR/env.txt"; printf '{{"accuracy": 1}}' > "$MLOPS_METRICS_FILE"`, env });
    expect(outcome.state).toBe('complete');
    const printed = fs.readFileSync(path.join(outcome.outputDir!, 'env.txt'), 'utf8');
    const names = printed.split('\n').map((line) => line.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['PATH', 'MY_SETTING', 'GITHUB_REPOSITORY', 'GITHUB_TOKEN', 'MLOPS_PARAMS', 'MLOPS_METRICS_FILE']));
    expect(names.filter((name) => name.startsWith('ACTIONS_') || name.startsWith('INPUT_'))).toEqual([]);
    expect(printed).not.toMatch(/secret-/);
  });
});

it('mkfifo exists on this machine (the FIFO tests need it)', () => {
  expect(() => execFileSync('sh', ['-c', 'command -v mkfifo'])).not.toThrow();
});
