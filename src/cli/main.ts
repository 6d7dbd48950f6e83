/** Entry of the CLI bundle (dist/cli/index.js): a worker thread of a validation, or the command itself. */
import { fileURLToPath } from 'node:url';
import { isValidationWorker, runWorker } from '../data/validate/worker.js';
import { main } from './program.js';

if (isValidationWorker()) {
  await runWorker();
} else {
  await main(process.argv.slice(2), {
    stdout: process.stdout,
    setExitCode: (code) => void (process.exitCode = code),
    script: fileURLToPath(import.meta.url),
  });
}
