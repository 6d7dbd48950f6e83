/** The EventSink contract (src/backends/seams.ts), run against every implementation. */
import type { EventSink, RepositoryEvent } from '../../src/backends/seams.js';

/** `received` reads back what the backend holds: GitHub's recorded dispatches, the local log. */
export function eventSinkContract(name: string, make: () => Promise<{ sink: EventSink; received: () => Promise<RepositoryEvent[]> }>): void {
  describe(`EventSink contract: ${name}`, () => {
    test('delivers each event with its type and payload, in order', async () => {
      const { sink, received } = await make();
      const registered: RepositoryEvent = { type: 'mlops-model-registered', payload: { model: 'm', version: 3, tag: 'm/v3', digest: `sha256:${'a'.repeat(64)}`, aliases: ['candidate'] } };
      const deployed: RepositoryEvent = { type: 'mlops-model-deployed', payload: { model: 'm', version: 3, digest: `sha256:${'a'.repeat(64)}`, environment: 'staging', url: null } };
      await sink.send(registered);
      await sink.send(deployed);
      expect(await received()).toEqual([registered, deployed]);
    });
  });
}
