/**
 * The local pipeline end to end (issue "Done when"): `mlops run` on the penguins example ends with
 * the model answering /predict on localhost, and a broken version rolls back to it. The server runs
 * on a free port (PENGUINS_PORT=0) and is stopped at the end.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../support/cli.js';
import { exampleWorkspace } from '../support/workspace.js';

const servers: number[] = [];
afterAll(() => {
  for (const pid of servers) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

function server(workspace: string): { pid: number; version: string } {
  const state = JSON.parse(readFileSync(path.join(workspace, '.mlops', 'deploy', 'staging', 'server.json'), 'utf8')) as { pid: number; version: string };
  servers.push(state.pid);
  return state;
}

test('mlops run ends with the penguins model answering /predict; a broken version rolls back to it', async () => {
  const workspace = await exampleWorkspace();
  const env = { PENGUINS_PORT: '0' };
  const run = await runCli(['run', '--config', 'mlops.yml'], { cwd: workspace, env, timeoutMs: 120_000 });
  expect(run.stderr).not.toMatch(/^error:/m);
  expect(run.exitCode).toBe(0);
  const url = /v1 is live in staging at (http:\/\/127\.0\.0\.1:\d+)/.exec(run.stdout)?.[1];
  expect(url).toBeDefined();
  expect(server(workspace).version).toBe('1');
  const row = { island: 'Biscoe', bill_length_mm: '45.1', bill_depth_mm: '14.5', flipper_length_mm: '215', body_mass_g: '5000', sex: 'female' };
  const answer = (await (await fetch(`${url}/predict`, { method: 'POST', body: JSON.stringify({ rows: [row] }) })).json()) as { version: string; predictions: string[] };
  expect(answer).toMatchObject({ version: '1', predictions: ['Gentoo'] });

  // A model file the server cannot load: the health check fails and v1 is put back.
  await mkdir(path.join(workspace, 'broken-model'));
  await writeFile(path.join(workspace, 'broken-model', 'model.json'), '{"format": "not-a-model"}\n');
  await writeFile(path.join(workspace, 'metrics.json'), '{"accuracy": 0}\n');
  expect((await runCli(['register', '--model', 'broken-model', '--metrics', 'metrics.json', '--registry', '.mlops/registry', '--record', 'none.json'], { cwd: workspace })).exitCode).toBe(0);
  const broken = await runCli(['deploy', 'penguins:2', '--env', 'staging', '--registry', '.mlops/registry'], { cwd: workspace, env });
  expect(broken.exitCode).toBe(1);
  expect(broken.stderr).toMatch(/Deploying penguins\/v2 to staging failed \(health\)[\s\S]*Rolled back: v1 is serving staging again/);
  const back = server(workspace);
  expect(back.version).toBe('1');
  const list = await runCli(['deployments', 'list', '--registry', '.mlops/registry'], { cwd: workspace });
  expect(list.stdout).toMatch(/^3 +staging +v1 +deploy:rollback +success/m);
  expect(list.stdout).toMatch(/^2 +staging +v2 +deploy +failure +\S+ +health: /m);
  // On demand: v1 is the first good version of staging, so there is nothing further back.
  const rollback = await runCli(['deploy', 'rollback', '--env', 'staging'], { cwd: workspace, env });
  expect(rollback.exitCode).toBe(1);
  expect(rollback.stderr).toMatch(/Nothing to roll back to in staging: v1 is the first version deployed there/);
}, 150_000);
