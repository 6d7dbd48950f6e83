/** Entry of the CLI bundle (dist/cli/index.js). */
import { workerScriptBeside } from '../data/parallel/worker-script.js';
import { main } from './program.js';

await main(process.argv.slice(2), {
  stdout: process.stdout,
  setExitCode: (code) => void (process.exitCode = code),
  script: workerScriptBeside(import.meta.url),
});
