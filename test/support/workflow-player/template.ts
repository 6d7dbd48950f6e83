/**
 * Values of a parsed workflow (the template tokens @actions/workflow-parser returns) evaluated
 * against contexts: literals stay as they are, each expression token is evaluated (a string with
 * `${{ }}` inside was already turned into `format(...)` by the parser), mappings and sequences
 * are evaluated item by item. The result is plain JSON.
 */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import { asText, evaluate, toPlain, truthy, type Contexts, type Status } from './expressions.js';
import { PlayerError } from './types.js';

/** What an evaluation sees: the contexts, the status functions' state, and the file for errors. */
export interface Scope {
  contexts: Contexts;
  status: Status;
  file: string;
}

export function where(token: TemplateToken | undefined, file: string): string {
  return token?.line !== undefined ? `${file} (Line: ${token.line}, Col: ${token.col})` : file;
}

export function evaluateToken(token: TemplateToken | undefined, scope: Scope): unknown {
  if (token === undefined) return undefined;
  if (isBasicExpression(token)) return toPlain(evaluate(token.expression, scope.contexts, scope.status, where(token, scope.file)));
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
  if (isSequence(token)) return [...token].map((item) => evaluateToken(item, scope));
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const pair of token) result[asText(evaluateToken(pair.key, scope))] = evaluateToken(pair.value, scope);
    return result;
  }
  if (token.isExpression) throw new PlayerError(`${where(token, scope.file)}: \${{ insert }} is not emulated by the workflow player`);
  return null;
}

/** A condition (`if:`), by GitHub's truthiness. */
export function evaluateCondition(token: TemplateToken, scope: Scope): boolean {
  // The parser turns every `if:` into an expression (wrapped in success() && (...) when it names no status function).
  if (!isBasicExpression(token)) throw new PlayerError(`${where(token, scope.file)}: a condition must be an expression`);
  return truthy(evaluate(token.expression, scope.contexts, scope.status, where(token, scope.file)));
}

/** A mapping of strings (env, with, outputs): each value as text. */
export function evaluateStrings(token: TemplateToken | undefined, scope: Scope): Record<string, string> {
  const value = evaluateToken(token, scope);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new PlayerError(`${where(token, scope.file)}: expected a mapping, got ${JSON.stringify(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asText(item)]));
}

/** A child token of a mapping by key. */
export function child(token: TemplateToken | undefined, key: string): TemplateToken | undefined {
  return token !== undefined && isMapping(token) ? token.find(key) : undefined;
}
