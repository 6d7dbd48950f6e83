import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type SourceLocation } from '../../shared/errors.js';
import type { ParamValue, Params } from '../types.js';

/**
 * The training command of a sweep, as written in mlops.yml: a string run through the shell, or an
 * argv array run without one.
 *
 * Placeholders (both forms):
 * - `{name}` becomes the trial's value of parameter `name` (dotted names as in the space:
 *   `{model.depth}`). Numbers print as JavaScript prints them (`0.001`, `1e-7`), booleans as
 *   `true`/`false`. A conditional parameter that is absent from a trial becomes the empty string;
 *   prefer `{args}` for conditional parameters.
 * - `{args}` becomes one `--name=value` per parameter present in the trial, in the space's order
 *   (dotted names kept: `--model.depth=3`). The name `args` is reserved for this.
 * - `{{` and `}}` are a literal `{` and `}` (a shell variable is `$VAR` or `${{VAR}}`, an awk program
 *   `'{{print $1}}'`).
 * Any other `{...}` is an error, reported by {@link checkCommand} before any trial runs.
 *
 * Quoting in the string form: values are quoted for the shell, according to where the placeholder
 * sits. Bare (`--lr {lr}`) it becomes one single-quoted word; inside double quotes (`"--name={name}"`)
 * `\ " $` and backquotes are escaped; inside single quotes `'` is closed, escaped and reopened. So a
 * value with spaces, quotes or `$` always reaches the program as written, and never runs as shell
 * code. On Linux and macOS the string runs as `/bin/sh -c <command>`; on Windows as
 * `cmd.exe /d /s /c "<command>"`, where values are double-quoted (`"` doubled) but `%` and `!`
 * cannot be escaped reliably: use the argv form there.
 *
 * The argv form runs `argv[0]` with the other elements as arguments, with no shell and no quoting:
 * each placeholder becomes part of its element verbatim, and an element that is exactly `{args}`
 * becomes one element per parameter (`{args}` inside a longer element is an error).
 */
export type TrialCommand = string | readonly string[];

/** A command template parsed once: literal text and placeholders. */
type Part = { kind: 'text'; text: string } | { kind: 'param'; name: string; column: number } | { kind: 'args'; column: number };

/** Quoting context of the shell at a placeholder. */
type QuoteState = 'bare' | 'single' | 'double';

interface ShellPart {
  part: Part;
  /** Quoting context where the part starts (only meaningful for placeholders). */
  quote: QuoteState;
}

/** The word `{args}` expands to. */
const ARGS = 'args';
const NAME = /^[A-Za-z0-9_.-]+$/;

/** Options of {@link checkCommand}. */
export interface CheckCommandOptions {
  /** Folder the command runs in (resolves a relative `argv[0]`); default: the current folder. */
  cwd?: string;
  /** Environment whose PATH finds `argv[0]`; default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Where the command is written, for the error (e.g. `{ file: 'mlops.yml', key: 'sweep.command' }`). */
  location?: SourceLocation;
}

/**
 * Checks a command before any trial runs: parameter names nest without clashes (not both `model`
 * and `model.depth`), every placeholder names a parameter of the space (or is
 * `{args}`), braces are balanced, the argv form is not empty and its program exists (on PATH or
 * relative to `cwd`) unless `argv[0]` itself holds a placeholder. The string form's program is not
 * looked up: the shell may define it (a function, `cd dir && ...`); a missing one fails the first
 * trial with exit code 127 instead. Throws a ConfigError saying what to change.
 */
export function checkCommand(command: TrialCommand, paramNames: readonly string[], options: CheckCommandOptions = {}): void {
  const known = new Set(paramNames);
  const location = options.location;
  // MLOPS_PARAMS nests dotted names, so `model` and `model.depth` cannot both be parameters.
  for (const name of paramNames) {
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (known.has(prefix)) {
        throw new ConfigError(`parameters ${prefix} and ${name} clash: MLOPS_PARAMS nests dotted names, so ${prefix} cannot be both a value and a group`, {
          location,
          hint: `rename one of them (e.g. ${prefix}.value)`,
        });
      }
    }
  }
  const where = (element?: number) => (element === undefined ? 'the sweep command' : `element ${element} of the sweep command`);
  const checkParts = (parts: Part[], element?: number) => {
    for (const part of parts) {
      if (part.kind === 'param' && !known.has(part.name)) {
        const names = paramNames.length > 0 ? paramNames.map((n) => `{${n}}`).join(', ') + ', {args}' : '{args}';
        throw new ConfigError(`unknown placeholder {${part.name}} at column ${part.column} of ${where(element)}`, {
          location,
          hint: `use one of ${names}, or write {{ and }} for literal braces (a shell variable is $VAR or \${{VAR}})`,
        });
      }
    }
  };
  if (typeof command === 'string') {
    if (command.trim() === '') throw new ConfigError('the sweep command is empty', { location, hint: 'write the command that trains one model' });
    checkParts(parseTemplate(command, location));
    return;
  }
  if (command.length === 0) throw new ConfigError('the sweep command is an empty list', { location, hint: 'write the program and its arguments' });
  command.forEach((element, index) => {
    const parts = parseTemplate(element, location, index);
    checkParts(parts, index);
    const args = parts.find((p) => p.kind === 'args');
    if (args && parts.length > 1) {
      throw new ConfigError(`{args} must be an element of its own in the list form of the sweep command (element ${index}: ${JSON.stringify(element)})`, {
        location,
        hint: 'put {args} in its own list element; it expands to one element per parameter',
      });
    }
    if (index === 0 && args) throw new ConfigError('the sweep command cannot start with {args}', { location, hint: 'put the program first' });
  });
  const program = command[0];
  if (!program.includes('{')) {
    const found = findExecutable(program, options.cwd ?? process.cwd(), options.env ?? process.env);
    if (!found) {
      throw new ConfigError(`the sweep command's program ${JSON.stringify(program)} was not found`, {
        location,
        hint: program.includes('/') || program.includes(path.sep)
          ? `check the path (relative to ${options.cwd ?? process.cwd()}) and that the file is executable`
          : 'install it or put its folder on PATH, or give its full path',
      });
    }
  }
}

/** The command as spawned: a file and its arguments. */
export interface SpawnSpec {
  file: string;
  args: string[];
  /** The command as a user reads it, for logs. */
  display: string;
  /** Windows only: pass arguments to cmd.exe as written. */
  windowsVerbatimArguments?: boolean;
}

/**
 * Fills in a command's placeholders for one trial. `paramOrder` is the order of `{args}` (the space's
 * keys); parameters missing from it follow in sorted order. Call {@link checkCommand} first: an
 * unknown placeholder here throws too.
 */
export function renderCommand(command: TrialCommand, params: Params, paramOrder: readonly string[] = [], platform: NodeJS.Platform = process.platform): SpawnSpec {
  const ordered = orderedParams(params, paramOrder);
  if (typeof command === 'string') {
    const windows = platform === 'win32';
    const text = renderShell(parseTemplate(command), params, ordered, windows);
    if (windows) {
      const shell = process.env.ComSpec ?? 'cmd.exe';
      return { file: shell, args: ['/d', '/s', '/c', `"${text}"`], display: text, windowsVerbatimArguments: true };
    }
    return { file: '/bin/sh', args: ['-c', text], display: text };
  }
  const argv: string[] = [];
  command.forEach((element, index) => {
    const parts = parseTemplate(element, undefined, index);
    if (parts.length === 1 && parts[0].kind === 'args') {
      for (const [name, value] of ordered) argv.push(`--${name}=${formatValue(value)}`);
      return;
    }
    argv.push(parts.map((part) => (part.kind === 'text' ? part.text : part.kind === 'param' ? paramText(params, part.name) : '')).join(''));
  });
  return { file: argv[0], args: argv.slice(1), display: argv.map((a) => quoteBare(a)).join(' ') };
}

/** A parameter value as text on a command line. */
function formatValue(value: ParamValue): string {
  return typeof value === 'string' ? value : String(value);
}

/** Quotes a word for /bin/sh outside any quotes; safe words stay bare. */
function quoteBare(text: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function quoteFor(state: QuoteState, text: string, windows: boolean): string {
  if (windows) return `"${text.replace(/"/g, '""')}"`;
  switch (state) {
    case 'bare':
      return text === '' ? "''" : quoteBare(text);
    case 'double':
      return text.replace(/[\\"$`]/g, (c) => `\\${c}`);
    case 'single':
      return text.replace(/'/g, `'\\''`);
  }
}

function renderShell(parts: Part[], params: Params, ordered: [string, ParamValue][], windows: boolean): string {
  let out = '';
  for (const { part, quote } of shellContexts(parts)) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'param') out += quoteFor(quote, paramText(params, part.name), windows);
    else out += ordered.map(([name, value]) => quoteFor(quote, `--${name}=${formatValue(value)}`, windows)).join(' ');
  }
  return out;
}

function paramText(params: Params, name: string): string {
  if (!Object.hasOwn(params, name)) {
    // Unknown names were rejected by checkCommand; a known one can be absent when conditional.
    return '';
  }
  return formatValue(params[name]);
}

function orderedParams(params: Params, order: readonly string[]): [string, ParamValue][] {
  const seen = new Set<string>();
  const out: [string, ParamValue][] = [];
  for (const name of order) {
    if (Object.hasOwn(params, name) && !seen.has(name)) {
      seen.add(name);
      out.push([name, params[name]]);
    }
  }
  for (const name of Object.keys(params).sort()) if (!seen.has(name)) out.push([name, params[name]]);
  return out;
}

/**
 * Tracks /bin/sh quoting through the literal text so each placeholder knows whether it sits bare, in
 * single or in double quotes. Placeholders themselves never change the state (their quoted output is
 * balanced).
 */
function shellContexts(parts: Part[]): ShellPart[] {
  let state: QuoteState = 'bare';
  let escaped = false;
  const out: ShellPart[] = [];
  for (const part of parts) {
    out.push({ part, quote: state });
    if (part.kind !== 'text') {
      escaped = false;
      continue;
    }
    for (const c of part.text) {
      if (escaped) {
        escaped = false;
        continue;
      }
      if (state === 'single') {
        if (c === "'") state = 'bare';
      } else if (state === 'double') {
        if (c === '\\') escaped = true;
        else if (c === '"') state = 'bare';
      } else if (c === '\\') escaped = true;
      else if (c === "'") state = 'single';
      else if (c === '"') state = 'double';
    }
  }
  return out;
}

/** Splits a template into text and placeholders; throws a ConfigError on unbalanced braces. */
function parseTemplate(template: string, location?: SourceLocation, element?: number): Part[] {
  const parts: Part[] = [];
  let text = '';
  const where = element === undefined ? 'the sweep command' : `element ${element} of the sweep command`;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '{' && template[i + 1] === '{') {
      text += '{';
      i++;
    } else if (c === '}' && template[i + 1] === '}') {
      text += '}';
      i++;
    } else if (c === '{') {
      const end = template.indexOf('}', i + 1);
      const name = end < 0 ? '' : template.slice(i + 1, end);
      if (end < 0 || !NAME.test(name)) {
        const shown = end < 0 ? template.slice(i, i + 20) : template.slice(i, end + 1);
        throw new ConfigError(
          end < 0 ? `unmatched "{" at column ${i + 1} of ${where}` : `unknown placeholder ${shown} at column ${i + 1} of ${where}`,
          { location, hint: 'write {{ and }} for literal braces (a shell variable is $VAR or ${{VAR}}); placeholders are {param.name} and {args}' },
        );
      }
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push(name === ARGS ? { kind: 'args', column: i + 1 } : { kind: 'param', name, column: i + 1 });
      i = end;
    } else if (c === '}') {
      throw new ConfigError(`unmatched "}" at column ${i + 1} of ${where}`, { location, hint: 'write }} for a literal brace' });
    } else text += c;
  }
  if (text) parts.push({ kind: 'text', text });
  return parts;
}

/** Finds a program like the OS would: a path with a separator relative to `cwd`, else on PATH. */
function findExecutable(program: string, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
  const candidates: string[] = [];
  if (program.includes('/') || (windows && program.includes('\\'))) {
    candidates.push(path.resolve(cwd, program));
  } else {
    const pathVar = env.PATH ?? env.Path ?? '';
    for (const dir of pathVar.split(path.delimiter)) if (dir) candidates.push(path.join(dir, program));
  }
  for (const candidate of candidates) {
    for (const ext of extensions) {
      const file = candidate + ext;
      try {
        if (!fs.statSync(file).isFile()) continue;
        fs.accessSync(file, windows ? fs.constants.F_OK : fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}
