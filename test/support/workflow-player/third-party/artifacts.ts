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
  const all = lines(inputs.path);
  const patterns = all.filter((line) => !line.startsWith('!'));
  if (patterns.length === 0) throw new PlayerError('actions/upload-artifact: input path is required');
  const hidden = inputs['include-hidden-files'] === 'true';
  const roots: string[] = [];
  const files = new Set<string>();
  for (const pattern of patterns) {
    const { root, found } = await search(path.resolve(leg.machine.workspace, pattern), hidden);
    if (root === undefined) continue;
    roots.push(root);
    for (const file of found) files.add(file);
  }
  // `!pattern` lines take away what they match (a folder: everything below it).
  for (const pattern of all.filter((line) => line.startsWith('!'))) {
    const excluded = await glob(path.resolve(leg.machine.workspace, pattern.slice(1)), { dot: true, absolute: true, onlyFiles: false });
    for (const file of [...files]) if (excluded.some((out) => file === out || file.startsWith(`${out}${path.sep}`))) files.delete(file);
  }
  if (files.size === 0) {
    const message = `No files were found with the provided path: ${all.join(', ')}. No artifacts will be uploaded.`;
    const mode = inputs['if-no-files-found'] || 'warn';
    if (mode === 'error') throw new PlayerError(`actions/upload-artifact: ${message}`);
    return { ...doneStep({}, message), annotations: mode === 'warn' ? [{ level: 'warning', message }] : [] };
  }
  await store(leg).upload(name, [...files].sort(), commonAncestor(roots));
  const stored = leg.run.options.artifacts.state.find(leg.run.runId, name);
  return doneStep({ 'artifact-id': String(stored?.id ?? ''), 'artifact-url': `https://github.com/${String(leg.github.repository)}/actions/runs/${leg.run.runId}/artifacts/${stored?.id ?? ''}`, 'artifact-digest': (stored?.digest ?? '').replace(/^sha256:/, '') });
}

/**
 * One search path of upload-artifact: a file (its folder is the root), a folder (itself), or a glob
 * (the part before its first wildcard). Without include-hidden-files, names starting with `.` are
 * left out below the root, and so is a named folder that is itself hidden.
 */
async function search(absolute: string, hidden: boolean): Promise<{ root?: string; found: string[] }> {
  const wildcard = absolute.search(/[*?[{]/);
  if (wildcard >= 0) {
    const root = path.dirname(absolute.slice(0, wildcard + 1));
    if (!hidden && path.basename(root).startsWith('.')) return { root, found: [] };
    return { root, found: await glob(absolute, { dot: hidden, absolute: true }) };
  }
  const stat = await fs.stat(absolute).catch(() => undefined);
  if (!stat) return { found: [] };
  if (!stat.isDirectory()) return { root: path.dirname(absolute), found: [absolute] };
  if (!hidden && path.basename(absolute).startsWith('.')) return { root: absolute, found: [] };
  return { root: absolute, found: await glob('**', { cwd: absolute, dot: hidden, absolute: true }) };
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
