import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CommandHealthCheck, HttpHealthCheck } from '../../src/deploy/health.js';
import { childEnv } from '../../src/deploy/run-process.js';
import { HttpPredictor } from '../../src/deploy/smoke.js';
import { CommandTarget, SIGNATURE_HEADER, signBody, WebhookTarget } from '../../src/deploy/targets.js';
import { DeployFailure, type TargetRequest } from '../../src/deploy/types.js';
import { RecordingLogger } from '../../src/shared/logger.js';

const request = (dir: string): TargetRequest => ({
  name: 'm',
  version: 2,
  environment: 'staging',
  modelDir: dir,
  stateDir: dir,
  previousVersion: 1,
  logger: new RecordingLogger(),
});

/** A server answering with the statuses in `answers`, in turn (the last repeats); records requests. */
async function serve(answers: { status: number; body: string }[]) {
  const seen: { headers: http.IncomingHttpHeaders; body: string; url: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString(), url: req.url ?? '' });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)];
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('CommandTarget', () => {
  test('gets the model in variables, without the runner credentials; its log is masked; it may name the URL', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-target-'));
    const target = new CommandTarget({
      command: 'echo "$MLOPS_MODEL_NAME v$MLOPS_MODEL_VERSION to $MLOPS_ENVIRONMENT after v$MLOPS_PREVIOUS_VERSION from $MLOPS_MODEL_DIR token=${ACTIONS_RUNTIME_TOKEN:-none} key=$DEPLOY_KEY"; echo mlops:environment-url http://x.test/',
      cwd: dir,
      env: { PATH: process.env.PATH, ACTIONS_RUNTIME_TOKEN: 'runtime-secret', DEPLOY_KEY: 'hunter22' },
      timeoutMs: 10_000,
      secrets: ['hunter22'],
    });
    const result = await target.deploy(request(dir));
    expect(result.log).toBe(`m v2 to staging after v1 from ${dir} token=none key=***\nmlops:environment-url http://x.test/\n`);
    expect(result.environmentUrl).toBe('http://x.test/');
  });

  test('a hanging target is stopped at its timeout, its whole process tree with it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-target-'));
    const marker = path.join(dir, 'survived');
    // A grandchild that would write the marker after 1.5 s if it were not killed with the tree.
    const target = new CommandTarget({ command: `(sleep 1.5; touch ${marker}) & sleep 30`, cwd: dir, env: { PATH: process.env.PATH }, timeoutMs: 300, graceMs: 200 });
    const started = Date.now();
    const error = await target.deploy(request(dir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployFailure);
    expect((error as Error).message).toMatch(/did not finish within 0.3 s; its process tree was stopped/);
    expect(Date.now() - started).toBeLessThan(5000);
    await new Promise((resolve) => setTimeout(resolve, 1700));
    expect(existsSync(marker)).toBe(false);
  });

  test('a failing command is a failure with the end of its log', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-target-'));
    const target = new CommandTarget({ command: 'echo pushing; echo denied >&2; exit 3', cwd: dir, env: { PATH: process.env.PATH }, timeoutMs: 5000 });
    await expect(target.deploy(request(dir))).rejects.toThrow(/exited with code 3\npushing\ndenied/);
  });

  test('childEnv drops credentials and inputs', () => {
    expect(childEnv({ A: '1', INPUT_TOKEN: 't', ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_RESULTS_URL: 'r' }, { B: '2' })).toEqual({ A: '1', B: '2' });
  });
});

describe('WebhookTarget', () => {
  test('a 500 then a 200: retried, signed with HMAC-SHA256 over the body', async () => {
    const hook = await serve([{ status: 500, body: 'busy' }, { status: 200, body: '{"environmentUrl":"https://m.example"}' }]);
    try {
      const result = await new WebhookTarget({ url: `${hook.url}/deploy`, secret: 's3cret', backoffMs: 1 }).deploy(request('/m'));
      expect(result.environmentUrl).toBe('https://m.example');
      expect(hook.seen).toHaveLength(2);
      const { headers, body } = hook.seen[1];
      expect(JSON.parse(body)).toEqual({ model: 'm', version: 2, environment: 'staging', previousVersion: 1, releaseUrl: null });
      expect(headers[SIGNATURE_HEADER.toLowerCase()]).toBe(signBody(body, 's3cret'));
    } finally {
      await hook.close();
    }
  });

  test('a 4xx is a refusal: not retried', async () => {
    const hook = await serve([{ status: 403, body: 'bad signature' }]);
    try {
      await expect(new WebhookTarget({ url: hook.url, backoffMs: 1 }).deploy(request('/m'))).rejects.toThrow(/answered 403: bad signature \(a 4xx is a refusal: not retried\)/);
      expect(hook.seen).toHaveLength(1);
    } finally {
      await hook.close();
    }
  });

  test('5xx every time: fails after its attempts', async () => {
    const hook = await serve([{ status: 503, body: 'down' }]);
    try {
      await expect(new WebhookTarget({ url: hook.url, attempts: 3, backoffMs: 1 }).deploy(request('/m'))).rejects.toThrow(/answered 503: down after 3 attempts/);
      expect(hook.seen).toHaveLength(3);
    } finally {
      await hook.close();
    }
  });
});

describe('health checks and the predictor', () => {
  test('HTTP: tries again until 2xx with the JSON field; gives up with the last reason', async () => {
    const health = await serve([{ status: 503, body: '' }, { status: 200, body: '{"status":"starting"}' }, { status: 200, body: '{"status":"ok"}' }]);
    try {
      await new HttpHealthCheck({ url: `${health.url}/health`, jsonField: 'status', expect: 'ok', intervalMs: 1 }).check(new RecordingLogger(), { version: 1 });
      expect(health.seen).toHaveLength(3);
      // `{version}`: a server still running another version does not pass; a relative URL follows the environment URL.
      await expect(new HttpHealthCheck({ url: '/health', jsonField: 'status', expect: 'v{version}', attempts: 1 }).check(new RecordingLogger(), { version: 2, environmentUrl: health.url })).rejects.toThrow(
        /status is "ok", expected v2/,
      );
      await expect(new HttpHealthCheck({ url: `${health.url}/health`, jsonField: 'model.version', attempts: 2, intervalMs: 1 }).check(new RecordingLogger(), { version: 1 })).rejects.toThrow(
        /did not pass in 2 tries: the answer has no field model.version/,
      );
    } finally {
      await health.close();
    }
    await expect(new HttpHealthCheck({ url: health.url, attempts: 2, intervalMs: 1 }).check(new RecordingLogger(), { version: 1 })).rejects.toThrow(/no answer/);
  });

  test('command: must exit 0', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-health-'));
    await new CommandHealthCheck({ command: 'true', cwd: dir, env: { PATH: process.env.PATH } }).check(new RecordingLogger(), { version: 1 });
    await expect(new CommandHealthCheck({ command: 'exit 1', cwd: dir, env: { PATH: process.env.PATH }, attempts: 2, intervalMs: 1 }).check(new RecordingLogger(), { version: 1 })).rejects.toThrow(/exited with code 1/);
  });

  test('HttpPredictor posts the rows and reads the predictions', async () => {
    const predict = await serve([{ status: 200, body: '{"predictions":["a",2]}' }]);
    try {
      expect(await new HttpPredictor({ url: '/predict' }).predict([{ x: '1' }, { x: null }], new RecordingLogger(), { version: 1, environmentUrl: predict.url })).toEqual(['a', '2']);
      expect(JSON.parse(predict.seen[0].body)).toEqual({ rows: [{ x: '1' }, { x: null }] });
      expect(predict.seen[0].url).toBe('/predict');
    } finally {
      await predict.close();
    }
  });
});
