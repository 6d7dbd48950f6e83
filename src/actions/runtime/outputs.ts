/**
 * Step outputs. They reach other steps and jobs as strings, so structured values travel as JSON,
 * and GitHub caps each one at 1 MB (docs/platform.md "Limits").
 */
import { actionsCore, type ActionsCore } from './core-api.js';

/** GitHub's limit on one output's value. */
export const OUTPUT_LIMIT_BYTES = 1024 * 1024;

/**
 * Sets every output in `outputs`: strings as they are, anything else as JSON (`undefined` values are
 * skipped, so optional outputs stay unset). All values are checked before any is written, so a too
 * large one fails the step without leaving half of the outputs behind.
 */
export function setOutputs(outputs: Record<string, unknown>, core: ActionsCore = actionsCore): void {
  const encoded: [string, string][] = [];
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > OUTPUT_LIMIT_BYTES) {
      // Our outputs are designed to be small; a big one means an action should write a file instead.
      throw new Error(
        `Output "${name}" is ${formatBytes(bytes)}, more than GitHub's limit of 1 MB per output. ` +
          'Write the value to a file (or an artifact) and output its path instead.',
      );
    }
    encoded.push([name, text]);
  }
  for (const [name, text] of encoded) core.setOutput(name, text);
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB (${bytes} bytes)`;
}
