/**
 * EventSink over a folder: locally an event is one JSON line appended to `<folder>/events.jsonl`
 * (`{"type": ..., "payload": {...}, "sentAt": ...}`), the local registry's folder, so a script can
 * follow what was registered and deployed (`tail -f .mlops/registry/events.jsonl`).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { EventSink, RepositoryEvent } from '../seams.js';
import { nowIso } from './atomic-fs.js';

/** The log's file name inside the local backend's folder. */
export const LOCAL_EVENTS_FILE = 'events.jsonl';

export class LocalEventSink implements EventSink {
  constructor(private readonly directory: string) {}

  async send(event: RepositoryEvent): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    // One write of one line with O_APPEND: concurrent writers never interleave inside a line.
    await appendFile(path.join(this.directory, LOCAL_EVENTS_FILE), JSON.stringify({ type: event.type, payload: event.payload, sentAt: nowIso() }) + '\n');
  }
}
