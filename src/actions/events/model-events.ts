/**
 * The events register-model and deploy-env send with `dispatch: true` (README "Events"): a
 * repository_dispatch other workflows start on (`on: repository_dispatch: types: [mlops-model-deployed]`),
 * with the payload GitHub hands them as `github.event.client_payload`:
 *
 *     mlops-model-registered  {model, version, tag, digest, aliases}
 *     mlops-model-deployed    {model, version, digest, environment, url}
 *
 * `digest` is the version's manifest `contentDigest` (`sha256:<hex>` over its assets' names and
 * digests), the same in both events; `url` is the environment's URL or null.
 */
import { PermissionError, type EventSink, type RepositoryEvent } from '../../backends/seams.js';
import { InputError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';

export function registeredEvent(model: string, version: number, tag: string, digest: string, aliases: string[]): RepositoryEvent {
  return { type: 'mlops-model-registered', payload: { model, version, tag, digest, aliases } };
}

export function deployedEvent(model: string, version: number, digest: string, environment: string, url: string | null): RepositoryEvent {
  return { type: 'mlops-model-deployed', payload: { model, version, digest, environment, url } };
}

/** Sends `event`; a token without `contents: write` is a user's error that says how to fix it. */
export async function sendEvent(sink: EventSink, event: RepositoryEvent, logger: Logger): Promise<void> {
  try {
    await sink.send(event);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    throw new InputError(`${error.message}. The ${event.type === 'mlops-model-registered' ? 'version is registered' : 'deployment succeeded'}; only the event was not sent.`, {
      hint: 'Grant the job `permissions: contents: write` (repository_dispatch needs it), or set dispatch: false.',
      cause: error,
    });
  }
  logger.info(`Sent repository_dispatch ${event.type}: ${JSON.stringify(event.payload)}`);
}
