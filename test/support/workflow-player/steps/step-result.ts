/** What running one step gives back, whatever kind of step it was. */
export interface StepResult {
  exitCode: number;
  outputs: Record<string, string>;
  /** Variables exported through GITHUB_ENV, for the steps after it. */
  env: Record<string, string>;
  /** Folders added through GITHUB_PATH. */
  path: string[];
  summary: string;
  annotations: { level: string; message: string }[];
  log: string;
}

/** A step that failed before running anything (a refused action, a bad input): the message is its log. */
export function failedStep(message: string): StepResult {
  return { exitCode: 1, outputs: {}, env: {}, path: [], summary: '', annotations: [{ level: 'error', message }], log: message };
}

/** A step that did its work in the player (an emulated action) and set these outputs. */
export function doneStep(outputs: Record<string, string> = {}, log = ''): StepResult {
  return { exitCode: 0, outputs, env: {}, path: [], summary: '', annotations: [], log };
}

/** The last part of a long log: enough to see why a step failed. */
export function tail(text: string, max = 4000): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}
