import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { runCli, tempDirs } from '../support/cli.js';

const temps = tempDirs('mlops-register-');
afterAll(() => temps.cleanup());

describe('mlops register and mlops models on a local registry', () => {
  test('10 concurrent register processes get 10 distinct versions', async () => {
    const dir = await temps.make();
    await mkdir(path.join(dir, 'model'));
    await writeFile(path.join(dir, 'model', 'weights.bin'), 'w');
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (async () => {
          await writeFile(path.join(dir, `m${i}.json`), JSON.stringify({ accuracy: i / 10 }));
          return runCli(['register', '--name', 'toy', '--model', 'model', '--metrics', `m${i}.json`], { cwd: dir, timeoutMs: 60000 });
        })(),
      ),
    );
    for (const run of runs) expect(run.exitCode).toBe(0);
    const versions = runs.map((r) => Number(/version (\d+)/.exec(r.stdout)?.[1])).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const list = await runCli(['models', 'list', 'toy'], { cwd: dir });
    expect(list.stdout.trim().split('\n')).toHaveLength(12);
  }, 90000);

  test('aliases move with history; diff compares two versions; show reads the manifest', async () => {
    const dir = await temps.make();
    await writeFile(path.join(dir, 'model.bin'), 'weights');
    await writeFile(path.join(dir, 'a.json'), '{"accuracy": 0.8, "loss": 0.5}');
    await writeFile(path.join(dir, 'b.json'), '{"accuracy": 0.9, "loss": 0.3}');
    expect((await runCli(['register', '--name', 'toy', '--model', 'model.bin', '--metrics', 'a.json', '--alias', 'production'], { cwd: dir })).exitCode).toBe(0);
    expect((await runCli(['register', '--name', 'toy', '--model', 'model.bin', '--metrics', 'b.json'], { cwd: dir })).exitCode).toBe(0);
    const moved = await runCli(['models', 'alias', 'set', 'toy', 'production', '2'], { cwd: dir });
    expect(moved.stdout).toContain('toy@production: 1 -> 2');
    const history = await runCli(['models', 'alias', 'history', 'toy', 'production'], { cwd: dir });
    expect(history.stdout.trim().split('\n').slice(2).map((l) => l.split(/\s+/).slice(-2).join(' '))).toEqual(['– 1', '1 2']);
    const diff = await runCli(['models', 'diff', 'toy:1', 'toy@production'], { cwd: dir });
    expect(diff.stdout).toMatch(/metric\s+accuracy\s+0\.8\s+0\.9\s+0\.1/);
    const show = await runCli(['models', 'show', 'toy@production'], { cwd: dir });
    // A local registry's versions are never immutable releases.
    expect(JSON.parse(show.stdout)).toMatchObject({ name: 'toy', version: 2, metrics: { accuracy: 0.9 }, immutable: false });
    const reserved = await runCli(['models', 'alias', 'set', 'toy', 'latest', '1'], { cwd: dir });
    expect(reserved.exitCode).toBe(1);
    expect(reserved.stderr).toMatch(/reserved[\s\S]*How to fix/);
  }, 60000);
});
