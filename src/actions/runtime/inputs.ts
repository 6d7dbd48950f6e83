/**
 * Typed readers for action inputs. Each action builds its settings object from these once
 * (docs/architecture.md "Conventions"); nothing downstream calls `core.getInput`.
 *
 * The runner hands every input over as a string in `INPUT_<NAME>`, and an input the workflow left
 * out arrives as an empty string, so "empty" means "not given" throughout. A bad value throws an
 * `InputError` that names the input and the values it accepts, so the user can fix the `with:` block.
 */
import * as core from '@actions/core';
import { InputError } from '../../shared/errors.js';

/** Bounds for `getNumberInput`. */
export interface NumberInputLimits {
  /** Smallest accepted value (inclusive). */
  min?: number;
  /** Largest accepted value (inclusive). */
  max?: number;
  /** Accept whole numbers only. */
  integer?: boolean;
}

/** The YAML 1.2 core-schema spellings, the same set `core.getBooleanInput` accepts. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

/** Where every problem with an input is fixed. */
const WITH_HINT = 'Change it under `with:` in the workflow step that uses this action.';

/** The raw, trimmed value; `undefined` when the input is absent or empty. */
function readRaw(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

function invalid(name: string, value: string, accepted: string): InputError {
  return new InputError(`Input "${name}" must be ${accepted}; got ${JSON.stringify(value)}.`, { hint: WITH_HINT });
}

/** An input the action cannot run without. Throws when it is missing or empty. */
export function getRequiredInput(name: string): string {
  const value = readRaw(name);
  if (value === undefined) {
    throw new InputError(`Input "${name}" is required and was not given (or is empty).`, {
      hint: `Add \`${name}: <value>\` under \`with:\` in the workflow step that uses this action.`,
    });
  }
  return value;
}

/** An optional input; an empty string becomes `undefined`. */
export function getOptionalInput(name: string): string | undefined {
  return readRaw(name);
}

/** A boolean input (`true`/`false` in YAML spelling); `defaultValue` when it is not given. */
export function getBooleanInput(name: string, defaultValue: boolean): boolean {
  const value = readRaw(name);
  if (value === undefined) return defaultValue;
  if (TRUE_VALUES.includes(value)) return true;
  if (FALSE_VALUES.includes(value)) return false;
  throw invalid(name, value, 'true or false');
}

/** A numeric input checked against `limits`; `defaultValue` when it is not given. */
export function getNumberInput(name: string, defaultValue: number, limits: NumberInputLimits = {}): number {
  const value = readRaw(name);
  if (value === undefined) return defaultValue;
  const accepted = describeNumberLimits(limits);
  // Number() alone would accept '' and '0x10'; insist on a plain decimal (with optional exponent).
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)) throw invalid(name, value, accepted);
  const number = Number(value);
  if (!Number.isFinite(number)) throw invalid(name, value, accepted);
  if (limits.integer && !Number.isInteger(number)) throw invalid(name, value, accepted);
  if (limits.min !== undefined && number < limits.min) throw invalid(name, value, accepted);
  if (limits.max !== undefined && number > limits.max) throw invalid(name, value, accepted);
  return number;
}

/** "an integer between 1 and 256", "a number >= 0", ... for error messages. */
function describeNumberLimits({ min, max, integer }: NumberInputLimits): string {
  const kind = integer ? 'an integer' : 'a number';
  if (min !== undefined && max !== undefined) return `${kind} between ${min} and ${max}`;
  if (min !== undefined) return `${kind} >= ${min}`;
  if (max !== undefined) return `${kind} <= ${max}`;
  return kind;
}

/** One of a fixed set of words (e.g. `fail-on: error|warning`); `defaultValue` when not given. */
export function getChoiceInput<T extends string>(name: string, choices: readonly T[], defaultValue: T): T {
  const value = readRaw(name);
  if (value === undefined) return defaultValue;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw invalid(name, value, `one of ${choices.join(', ')}`);
}

/**
 * A list input, one item per line or comma-separated (`a, b` or a YAML block `|` with one per line).
 * Items are trimmed and empty ones dropped; an absent input is an empty list.
 */
export function getListInput(name: string): string[] {
  const value = readRaw(name);
  if (value === undefined) return [];
  return value
    .split(/[\r\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
