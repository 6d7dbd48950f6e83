/**
 * A failed trial's reason is a summary line, then (for a command that failed) the last lines of its
 * stderr, indented (see run-trial.ts). Progress lines and tables show one line of it: the summary with
 * the last stderr line in brackets, cut at a word boundary with an ellipsis.
 */

/** What joins a reason's summary to its stderr tail. */
const STDERR_TAIL_INTRO = '; last lines of stderr:';

/** The reason of a failed attempt: the summary, and the stderr tail when there is one. */
export function failureReason(summary: string, stderrTail: string): string {
  return stderrTail.trim() === '' ? summary : `${summary}${STDERR_TAIL_INTRO}\n${stderrTail}`;
}

/**
 * One line of a reason, at most `max` characters: `exited with code 3 (stderr: ValueError: lr too…)`.
 * An empty stderr tail adds nothing.
 */
export function reasonLine(reason: string | undefined, max: number): string {
  if (!reason) return '';
  const [first, ...rest] = reason.split('\n');
  const lastStderr = rest.map((line) => line.trim()).filter((line) => line !== '').at(-1);
  const summary = first.endsWith(STDERR_TAIL_INTRO) ? first.slice(0, -STDERR_TAIL_INTRO.length) : first;
  return clipWords(lastStderr ? `${summary} (stderr: ${lastStderr})` : summary, max);
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis; a single word longer
 * than half the room is cut inside it (a long path has no better place).
 */
export function clipWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 1));
  // The room ends at a word's end when the next character is a space; else drop the partial word.
  const space = /\s/.test(text[room.length]) ? room.length : room.search(/\s\S*$/);
  const cut = space > max / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:(]+$/, '')}…`;
}
