/**
 * `${{ }}` expressions evaluated with GitHub's own expression library (@actions/expressions): the
 * lexer, parser and evaluator the workflow editor uses, with the runner's status functions
 * (success, failure, always, cancelled) supplied by the caller, since they depend on what ran.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { PlayerError } from './types.js';

/** The contexts of one evaluation as plain JSON (`github`, `needs`, `steps`, ...). */
export type Contexts = Record<string, unknown>;

/** The status of whatever the status functions look at (the job's ancestors, or the job's steps so far). */
export interface Status {
  /** Everything before succeeded (a job's ancestors all succeeded; no step of the job failed). */
  success: boolean;
  /** Something before failed. */
  failure: boolean;
  /** The run was cancelled. */
  cancelled: boolean;
}

const CONTEXT_NAMES = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'strategy', 'matrix', 'steps', 'job', 'jobs', 'runner'];

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, call: () => boolean): [string, FunctionDefinition] => [name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) }];
  return new Map([
    fn('success', () => status.success && !status.cancelled),
    fn('failure', () => status.failure),
    fn('always', () => true),
    fn('cancelled', () => status.cancelled),
    [
      'hashfiles',
      {
        name: 'hashFiles',
        minArgs: 1,
        maxArgs: 255,
        call: () => {
          throw new PlayerError('hashFiles() is not emulated by the workflow player (test/support/workflow-player/expressions.ts)');
        },
      },
    ],
  ]);
}

/** Nothing failed, nothing cancelled. */
export const NO_FAILURE: Status = { success: true, failure: false, cancelled: false };

/** Evaluates one expression (without `${{ }}`); `where` locates errors (`file (Line: 3, Col: 9)`). */
export function evaluate(expression: string, contexts: Contexts, status: Status, where: string): data.ExpressionData {
  const functions = statusFunctions(status);
  try {
    const tokens = new Lexer(expression).lex().tokens;
    const tree = new Parser(tokens, CONTEXT_NAMES, [...functions.values()]).parse();
    // A context the step cannot see yet (steps before any step, jobs outside workflow_call outputs) reads as empty.
    const dictionary = toData({ ...Object.fromEntries(CONTEXT_NAMES.map((name) => [name, {}])), ...contexts });
    if (!(dictionary instanceof data.Dictionary)) throw new Error('contexts must be a mapping');
    return new Evaluator(tree, dictionary, functions).evaluate();
  } catch (error) {
    if (error instanceof PlayerError) throw error;
    throw new PlayerError(`${where}: Error when evaluating '${expression}': ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Plain JSON to the library's data (case-insensitive dictionaries, as on GitHub). */
function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

/** The library's data back to plain JSON. */
export function toPlain(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/** GitHub's truthiness: null, false, 0, NaN and '' are false; arrays and objects are true. */
export function truthy(value: data.ExpressionData): boolean {
  switch (value.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Number: {
      const n = value.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return value.coerceString() !== '';
    default:
      return true;
  }
}

/** How a value becomes text in a string, an input or an env variable (`true`, `3`, '' for null). */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return toData(value).coerceString();
  return JSON.stringify(value);
}

/**
 * Replaces each `${{ expr }}` inside a plain string (action.yml defaults, which the workflow
 * parser does not read for us) with its value as text.
 */
export function interpolate(text: string, contexts: Contexts, where: string): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_match, expression: string) => asText(toPlain(evaluate(expression.trim(), contexts, NO_FAILURE, where))));
}
