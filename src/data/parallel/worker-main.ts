/** Entry of dist/validate-worker/index.js: a validation worker thread and nothing else. */
import { runWorker } from './worker.js';

await runWorker();
