/**
 * register-model: versions a model in the repository's releases (the registry): packs it, records
 * its lineage, publishes it (draft first: never a half-version) and moves its aliases. Thin entry:
 * inputs -> the registry (src/backends/open.ts) -> src/registry/service -> outputs and summary.
 */
import { appendSummary, getBooleanInput, getListInput, getNumberInput, getOptionalInput, runAction, setOutputs } from './runtime/index.js';
import { loadConfig } from '../config/config.js';
import { commitOf, registerModel } from '../registry/service/register-model.js';
import { openEventSink, openRegistry } from '../backends/open.js';
import { registeredEvent, sendEvent } from './events/model-events.js';
import { recordPath } from '../record/index.js';
import { escapeText, table } from '../shared/markdown.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Input names, as in actions/register-model/action.yml. */
const enum Input {
  Name = 'name',
  Config = 'config',
  Model = 'model',
  FromSweep = 'from-sweep',
  Metrics = 'metrics',
  Params = 'params',
  Profile = 'profile',
  Aliases = 'aliases',
  Tags = 'tags',
  Parent = 'parent',
  Dedupe = 'dedupe',
  Token = 'token',
  Repository = 'repository',
  Record = 'record',
  Dispatch = 'dispatch',
}

await runAction('register-model', async ({ logger, workspace, env }) => {
  const token = getOptionalInput(Input.Token) ?? env.GITHUB_TOKEN ?? '';
  // The token is a credential: keep it out of every log line, whatever prints it.
  if (token) (await import('@actions/core')).setSecret(token);
  const repository = getOptionalInput(Input.Repository) ?? env.GITHUB_REPOSITORY ?? '';
  const backend = { kind: 'github' as const, repository, token, apiUrl: env.GITHUB_API_URL };
  const { registry } = openRegistry(backend, { sha: commitOf(workspace, env), logger, env });
  const dispatch = getBooleanInput(Input.Dispatch, false);
  const recordFile = recordPath(workspace, getOptionalInput(Input.Record));
  const name = getOptionalInput(Input.Name) ?? (await loadConfig(path.resolve(workspace, getOptionalInput(Input.Config) ?? 'mlops.yml'))).config.name;
  const parent = getOptionalInput(Input.Parent);
  const result = await registerModel(
    {
      cwd: workspace,
      name,
      model: getOptionalInput(Input.Model),
      fromSweep: getOptionalInput(Input.FromSweep),
      metrics: getOptionalInput(Input.Metrics),
      params: getOptionalInput(Input.Params),
      profile: getOptionalInput(Input.Profile),
      aliases: getListInput(Input.Aliases),
      tags: getListInput(Input.Tags),
      parentVersion: parent === undefined ? undefined : getNumberInput(Input.Parent, 1, { min: 1, integer: true }),
      dedupeByContent: getBooleanInput(Input.Dedupe, false),
      record: recordFile,
      registry,
      env,
    },
    logger,
  );
  const manifestPath = path.join(workspace, '.mlops', 'registered', `${result.tag.replace(/\//g, '-')}.manifest.json`);
  await mkdir(path.dirname(manifestPath), { recursive: true });
  await writeFile(manifestPath, JSON.stringify(result.manifest, null, 2) + '\n');
  setOutputs({ version: String(result.version), tag: result.tag, 'release-url': result.htmlUrl ?? '', manifest: manifestPath, created: String(result.created), record: recordFile });
  // After the outputs: a refused event still leaves the registered version visible to later steps.
  if (dispatch) {
    await sendEvent(openEventSink(backend, logger), registeredEvent(name, result.version, result.tag, result.manifest.contentDigest, getListInput(Input.Aliases)), logger);
  }
  const metrics = Object.entries(result.manifest.metrics);
  await appendSummary(
    [
      `## 📦 ${result.created ? 'Registered' : 'Already registered'} ${escapeText(result.tag)}`,
      `${result.htmlUrl ? `[Release](${result.htmlUrl}) · ` : ''}aliases: ${getListInput(Input.Aliases).map(escapeText).join(', ') || 'none'}`,
      metrics.length ? table(['metric', 'value'], metrics.map(([k, v]) => [k, String(v)])) : '',
      table(['asset', 'bytes', 'sha256'], result.manifest.assets.map((a) => [a.name, String(a.size), a.sha256])),
    ]
      .filter(Boolean)
      .join('\n\n') + '\n',
  );
});
