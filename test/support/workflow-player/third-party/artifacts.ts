/**
 * actions/upload-artifact and actions/download-artifact, emulated over the artifact emulator with
 * the real client (@actions/artifact, through GitHubArtifactStore), scoped to the play's run and
 * the job leg, so names are unique per run and a job sees only its run's artifacts, unless
 * download-artifact names another run (`run-id`, with the `github-token` it requires).
 *
 * upload-artifact's layout rule: paths keep their hierarchy below the least common ancestor of the
 * given paths (a glob's root is the part before its first wildcard); hidden files are left out
 * unless include-hidden-files is true.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { GitHubArtifactStore } from '../../../../src/backends/github/github-artifact-store.js';
import { artifactEnv } from '../../artifact-emulator/index.js';
import type { JobLeg } from '../job-leg.js';
import { doneStep, type StepResult } from '../steps/step-result.js';
import { PlayerError } from '../types.js';

function store(leg: JobLeg, runId = leg.run.runId): GitHubArtifactStore {
  return new GitHubArtifactStore({ env: artifactEnv(leg.run.options.artifacts, { runId, jobId: leg.machine.backendJobId, workspace: leg.machine.workspace }) });
}

const lines = (value: string | undefined) => (value ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');

export async function uploadArtifact(leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  const name = inputs.name || 'artifact';
  const patterns = lines(inputs.path);
  if (patterns.length === 0) throw new PlayerError('actions/upload-artifact: input path is required');
  const hidden = inputs['include-hidden-files'] === 'true';
  const roots: string[] = [];
  const files = new Set<string>();
  for (const pattern of patterns) {
    const absolute = path.resolve(leg.machine.workspace, pattern);
    const wildcard = absolute.search(/[*?[{]/);
    const stat = wildcard < 0 ? await fs.stat(absolute).catch(() => undefined) : undefined;
    if (wildcard < 0 && !stat) continue;
    const root = wildcard >= 0 ? path.dirname(absolute.slice(0, wildcard + 1)) : stat!.isDirectory() ? absolute : path.dirname(absolute);
    roots.push(root);
    const found = wildcard >= 0 ? await glob(absolute, { dot: hidden, absolute: true }) : stat!.isDirectory() ? await glob('**', { cwd: absolute, dot: hidden, absolute: true }) : [absolute];
    for (const file of found) files.add(file);
  }
  if (files.size === 0) {
    const message = `No files were found with the provided path: ${patterns.join(', ')}. No artifacts will be uploaded.`;
    const mode = inputs['if-no-files-found'] || 'warn';
    if (mode === 'error') throw new PlayerError(`actions/upload-artifact: ${message}`);
    return { ...doneStep({}, message), annotations: mode === 'warn' ? [{ level: 'warning', message }] : [] };
  }
  const root = commonAncestor(roots);
  await store(leg).upload(name, [...files].sort(), root);
  const stored = leg.run.options.artifacts.state.find(leg.run.runId, name);
  return doneStep({ 'artifact-id': String(stored?.id ?? ''), 'artifact-url': `https://github.com/${String(leg.github.repository)}/actions/runs/${leg.run.runId}/artifacts/${stored?.id ?? ''}`, 'artifact-digest': (stored?.digest ?? '').replace(/^sha256:/, '') });
}

export async function downloadArtifact(leg: JobLeg, inputs: Record<string, string>): Promise<StepResult> {
  const destination = path.resolve(leg.machine.workspace, inputs.path || '.');
  const otherRun = inputs['run-id'];
  if (otherRun && !inputs['github-token']) throw new PlayerError('actions/download-artifact: run-id needs github-token (a token with actions: read on that repository)');
  const artifacts = store(leg, otherRun || leg.run.runId);
  await fs.mkdir(destination, { recursive: true });
  if (inputs.name) {
    await artifacts.download(inputs.name, destination);
    return doneStep({ 'download-path': destination });
  }
  const pattern = inputs.pattern ? nameMatcher(inputs.pattern) : () => true;
  const merge = inputs['merge-multiple'] === 'true';
  for (const { name } of (await artifacts.list()).filter((a) => pattern(a.name))) {
    await artifacts.download(name, merge ? destination : path.join(destination, name));
  }
  return doneStep({ 'download-path': destination });
}

function commonAncestor(dirs: string[]): string {
  return dirs.reduce((common, dir) => {
    let ancestor = common;
    while (path.relative(ancestor, dir).startsWith('..')) ancestor = path.dirname(ancestor);
    return ancestor;
  });
}

/**
 * download-artifact's `pattern` over artifact names (`*` and `?`; names hold no `/`): a few lines
 * here rather than a glob library for names that are not paths.
 */
function nameMatcher(pattern: string): (name: string) => boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}
