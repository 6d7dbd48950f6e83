/**
 * CheckRunSink over a folder: locally a check run is a JSON file, `<id>.json`, and the newest of a
 * name and commit is the one with the highest id (as on GitHub).
 */
import path from 'node:path';
import type { CheckRun, CheckRunSink, NewCheckRun } from '../seams.js';
import { checkOutputText } from '../seams.js';
import { allocateId, listDir, readFileIfExists, writeFileAtomic } from './atomic-fs.js';

export class LocalCheckRunSink implements CheckRunSink {
  constructor(private readonly directory: string) {}

  async complete(check: NewCheckRun): Promise<CheckRun> {
    const id = await allocateId(this.directory);
    const file = path.join(this.directory, String(id), 'check-run.json');
    const run: CheckRun = { ...check, summary: checkOutputText(check.summary), id, location: file };
    await writeFileAtomic(file, JSON.stringify(run, null, 2) + '\n');
    return run;
  }

  async latest(name: string, headSha: string): Promise<CheckRun | undefined> {
    const ids = (await listDir(this.directory)).map(Number).filter(Number.isInteger).sort((a, b) => b - a);
    for (const id of ids) {
      const text = await readFileIfExists(path.join(this.directory, String(id), 'check-run.json'));
      if (text === undefined) continue;
      const run = JSON.parse(text) as CheckRun;
      if (run.name === name && run.headSha === headSha) return run;
    }
    return undefined;
  }
}
