/**
 * Turns the raw `sweep.space` of mlops.yml into a typed SearchSpace, or explains every problem in it.
 * Each problem names the parameter and field and says what to write instead; the first becomes a
 * located ConfigError (line and column through the config loader's `locate`), the rest ride along.
 *
 * Accepted per parameter (see ParamSpec in ../types.ts):
 *   { type: uniform, low, high, step? }      real; `min`/`max` are accepted for `low`/`high`
 *   { type: loguniform, low, high }          real, 0 < low < high, sampled on a log scale
 *   { type: int, low, high, step?, log? }    integers, both bounds inclusive
 *   { type: categorical, choices: [...] }
 *   { type: const, value }                   also a bare scalar: `epochs: 10`
 * plus `when: { other: value, ... }` on any of them.
 */
import { ConfigError, type SourceLocation } from '../../shared/errors.js';
import type { ParamSpec, ParamValue, Params, SearchSpace } from '../types.js';
import { dependencyOrder } from './conditional.js';
import { groupDigits } from '../../shared/format.js';
import { isRecord } from '../../shared/json.js';

/** One thing wrong with the space: which parameter, which field, what is wrong and how to fix it. */
export interface SpaceProblem {
  param: string;
  /** The offending field (`low`, `choices`, `when.optimizer`), absent when the whole entry is wrong. */
  field?: string;
  message: string;
  hint: string;
}

/** The sweep space is invalid; `problems` lists every problem, the message and location the first. */
export class SpaceError extends ConfigError {
  readonly problems: readonly SpaceProblem[];

  constructor(problems: readonly SpaceProblem[], location: SourceLocation) {
    const [first, ...rest] = problems;
    const more = rest.length === 0 ? '' : `\n  ${rest.length} more problem(s) in sweep.space:\n${rest.map((p) => `  - ${p.message}`).join('\n')}`;
    super(`${first.message}${more}`, { location, hint: first.hint });
    this.problems = problems;
  }
}

export interface ParseSpaceOptions {
  /** The config file, for the error's location (default `mlops.yml`). */
  file?: string;
  /** Where the space sits in the config (default `['sweep', 'space']`). */
  path?: readonly string[];
  /** The config loader's locator (YamlSource.locate), to add line and column. */
  locate?: (path: readonly (string | number)[]) => SourceLocation;
}

const TYPES = ['uniform', 'loguniform', 'int', 'categorical', 'const'] as const;
const FIELDS: Record<(typeof TYPES)[number], readonly string[]> = {
  uniform: ['type', 'low', 'high', 'min', 'max', 'step', 'when'],
  loguniform: ['type', 'low', 'high', 'min', 'max', 'when'],
  int: ['type', 'low', 'high', 'min', 'max', 'step', 'log', 'when'],
  categorical: ['type', 'choices', 'when'],
  const: ['type', 'value', 'when'],
};
/** Dotted names become nested JSON for the user's command, so each segment is an identifier. */
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;
/** A grid step that leaves more than this many points in one dimension is almost surely a typo. */
const MAX_STEPS = 1_000_000;

/** Validates `raw` and returns the typed space; throws SpaceError listing every problem. */
export function parseSpace(raw: unknown, options: ParseSpaceOptions = {}): SearchSpace {
  const { space, problems } = checkSpace(raw);
  if (problems.length > 0) {
    const first = problems[0];
    const keyPath = [...(options.path ?? ['sweep', 'space']), ...(first.param ? [first.param] : []), ...(first.field ? first.field.split('.') : [])];
    const located = options.locate?.(keyPath) ?? { file: options.file ?? 'mlops.yml' };
    throw new SpaceError(problems, { ...located, key: keyPath.join('.') });
  }
  return space;
}

/** Validates `raw` without throwing: the space built from the valid entries, and every problem. */
function checkSpace(raw: unknown): { space: SearchSpace; problems: SpaceProblem[] } {
  const problems: SpaceProblem[] = [];
  const space: SearchSpace = {};
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    problems.push({
      param: '',
      message: 'sweep.space must be a mapping of parameter names to their ranges, with at least one parameter.',
      hint: 'Write e.g. `space: { lr: { type: loguniform, low: 1e-4, high: 0.1 } }`.',
    });
    return { space, problems };
  }
  for (const [name, entry] of Object.entries(raw)) {
    const spec = checkParam(name, entry, problems);
    if (spec) space[name] = spec;
  }
  checkNames(Object.keys(raw), problems);
  checkConditions(space, problems);
  return { space, problems };
}

function checkParam(name: string, entry: unknown, problems: SpaceProblem[]): ParamSpec | undefined {
  const add = (field: string | undefined, message: string, hint: string): undefined => {
    problems.push({ param: name, field, message: `sweep.space.${name}${field ? `.${field}` : ''}: ${message}`, hint });
    return undefined;
  };
  if (!NAME.test(name)) {
    add(undefined, `"${name}" is not a usable parameter name.`, 'Use letters, digits, _ and -, with dots only to nest (`model.depth`).');
  }
  // A bare scalar is a constant: `epochs: 10`.
  if (isScalar(entry)) return { type: 'const', value: entry };
  if (!isRecord(entry)) {
    return add(undefined, 'must be a mapping with a `type`, or a constant value.', 'Write e.g. `{ type: uniform, low: 0, high: 1 }`.');
  }
  const type = entry.type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) {
    return add(
      'type',
      type === undefined ? 'has no `type`.' : `unknown type ${JSON.stringify(type)}.`,
      `Use one of ${TYPES.join(', ')}${type === 'float' || type === 'real' ? ' (a real range is `uniform`)' : ''}${type === 'log' || type === 'loguniform_int' ? ' (or `int` with `log: true`)' : ''}.`,
    );
  }
  const kind = type as (typeof TYPES)[number];
  const before = problems.length;
  for (const field of Object.keys(entry)) {
    if (!FIELDS[kind].includes(field)) {
      add(field, `\`${field}\` is not a field of a ${kind} parameter.`, `Remove it; a ${kind} parameter takes ${FIELDS[kind].filter((f) => f !== 'type' && f !== 'min' && f !== 'max').join(', ')}.`);
    }
  }
  const when = checkWhen(entry.when, add);
  if (kind === 'categorical') {
    const choices = entry.choices;
    if (!Array.isArray(choices) || choices.length === 0) {
      return add('choices', 'needs a non-empty list of `choices`.', 'List the values to try, e.g. `choices: [adam, sgd]`.');
    }
    const bad = choices.findIndex((choice) => !isScalar(choice));
    if (bad >= 0) return add(`choices`, `choice ${bad + 1} is not a string, number or boolean.`, 'Each choice must be a plain value.');
    const seen = new Set<string>();
    for (const choice of choices as ParamValue[]) {
      const key = JSON.stringify(choice);
      if (seen.has(key)) add('choices', `the choice ${key} is listed twice.`, 'List each value once.');
      seen.add(key);
    }
    return problems.length > before ? undefined : withWhen({ type: 'categorical', choices: choices as ParamValue[] }, when);
  }
  if (kind === 'const') {
    if (!isScalar(entry.value)) return add('value', 'needs a `value` (a string, number or boolean).', 'Write e.g. `{ type: const, value: 10 }`.');
    return problems.length > before ? undefined : withWhen({ type: 'const', value: entry.value }, when);
  }
  const low = bound(entry, 'low', 'min', add);
  const high = bound(entry, 'high', 'max', add);
  if (low === undefined || high === undefined) return undefined;
  const lowField = 'low' in entry ? 'low' : 'min';
  const highField = 'high' in entry ? 'high' : 'max';
  if (low > high) {
    return add(lowField, `${lowField} (${low}) is above ${highField} (${high}).`, `Swap them, or make ${lowField} at most ${highField}.`);
  }
  if (low === high && kind !== 'int') {
    add(highField, `${lowField} and ${highField} are both ${low}, so there is nothing to search.`, `Widen the range, or use \`{ type: const, value: ${low} }\`.`);
  }
  const log = kind === 'loguniform' || (kind === 'int' && entry.log === true);
  if (kind === 'int' && entry.log !== undefined && typeof entry.log !== 'boolean') add('log', '`log` must be true or false.', 'Write `log: true` to search on a log scale.');
  if (log && low <= 0) {
    add(lowField, `a log-scale range needs ${lowField} above 0 (it is ${low}).`, `Use a positive ${lowField} such as ${kind === 'int' ? 1 : '1e-6'}, or a linear type (\`uniform\` / \`int\` without log).`);
  }
  if (kind === 'int') {
    if (!Number.isInteger(low)) add(lowField, `an int range needs whole-number bounds (${lowField} is ${low}).`, `Use ${Math.ceil(low)}, or type \`uniform\` for real values.`);
    if (!Number.isInteger(high)) add(highField, `an int range needs whole-number bounds (${highField} is ${high}).`, `Use ${Math.floor(high)}, or type \`uniform\` for real values.`);
  }
  let step: number | undefined;
  if (entry.step !== undefined) {
    step = typeof entry.step === 'number' && Number.isFinite(entry.step) ? entry.step : NaN;
    if (!(step > 0)) {
      add('step', `step must be a number above 0 (it is ${JSON.stringify(entry.step)}).`, 'Use a positive step, or remove it for a continuous range.');
    } else if (kind === 'int' && !Number.isInteger(step)) {
      add('step', `an int step must be a whole number (it is ${step}).`, `Use ${Math.max(1, Math.round(step))}.`);
    } else if (step > high - low && high > low) {
      add('step', `step ${step} is larger than the range ${low}..${high}, so only ${lowField} could ever be tried.`, `Use a step of at most ${high - low}.`);
    } else if ((high - low) / step > MAX_STEPS) {
      add('step', `step ${step} makes ${groupDigits(Math.floor((high - low) / step))} values; that is not a grid anyone can walk.`, 'Use a larger step, or remove it for a continuous range.');
    } else if (!divides(high - low, step)) {
      const last = low + Math.floor((high - low) / step + 1e-9) * step;
      add('step', `step ${step} does not divide ${low}..${high} evenly (the last value would be ${round12(last)}, not ${high}).`, `Change ${highField} to ${round12(last)} or ${round12(last + step)}, or pick a step that divides the range.`);
    }
    if (kind === 'int' && log && step !== 1 && step > 0) add('step', 'an int range cannot have both `log: true` and a step other than 1.', 'Remove `step` or `log`.');
  }
  if (problems.length > before) return undefined;
  let spec: ParamSpec;
  if (kind === 'uniform') spec = step === undefined ? { type: 'uniform', low, high } : { type: 'uniform', low, high, step };
  else if (kind === 'loguniform') spec = { type: 'loguniform', low, high };
  else spec = { type: 'int', low, high, ...(step !== undefined && step !== 1 ? { step } : {}), ...(log ? { log: true } : {}) };
  return withWhen(spec, when);
}

function bound(
  entry: Record<string, unknown>,
  name: 'low' | 'high',
  alias: 'min' | 'max',
  add: (field: string | undefined, message: string, hint: string) => undefined,
): number | undefined {
  if (name in entry && alias in entry) return add(alias, `has both \`${name}\` and \`${alias}\`.`, `Keep one of them (\`${alias}\` is another name for \`${name}\`).`);
  const field = name in entry ? name : alias;
  const value = entry[field];
  if (value === undefined) return add(name, `needs \`${name}\`.`, `Add the ${name === 'low' ? 'lowest' : 'highest'} value to try, e.g. \`${name}: ${name === 'low' ? 0 : 1}\`.`);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return add(field, `${field} must be a finite number (it is ${JSON.stringify(value)}).`, `Write a number${typeof value === 'string' ? ' without quotes' : ''}.`);
  }
  return value;
}

function checkWhen(when: unknown, add: (field: string | undefined, message: string, hint: string) => undefined): Params | undefined {
  if (when === undefined) return undefined;
  if (!isRecord(when) || Object.keys(when).length === 0) {
    return add('when', '`when` must map other parameters to the values that switch this one on.', 'Write e.g. `when: { optimizer: sgd }`.');
  }
  for (const [other, value] of Object.entries(when)) {
    if (!isScalar(value)) return add(`when.${other}`, `the condition on ${other} must be one value.`, 'Write e.g. `when: { optimizer: sgd }`.');
  }
  return when as Params;
}

/** `when` must name a known parameter and a value it can take, and conditions must not loop. */
function checkConditions(space: SearchSpace, problems: SpaceProblem[]): void {
  for (const [name, spec] of Object.entries(space)) {
    for (const [other, value] of Object.entries(spec.when ?? {})) {
      const field = `when.${other}`;
      const target = space[other];
      const fail = (message: string, hint: string) => problems.push({ param: name, field, message: `sweep.space.${name}.${field}: ${message}`, hint });
      if (other === name) fail(`${name} cannot depend on itself.`, 'Remove this condition.');
      else if (!target) {
        fail(`\`when\` names ${other}, which is not a parameter of the space.`, `Use one of ${Object.keys(space).filter((n) => n !== name).join(', ') || '(none)'}, or define ${other}.`);
      } else if (!canTake(target, value)) {
        fail(`${other} can never be ${JSON.stringify(value)} (${describe(target)}), so ${name} would never be used.`, `Use a value ${other} can take.`);
      }
    }
  }
  const order = dependencyOrder(space);
  if (order.cycle) {
    const [first] = order.cycle;
    problems.push({
      param: first,
      field: 'when',
      message: `sweep.space.${first}.when: conditions form a loop (${[...order.cycle, first].join(' -> ')}).`,
      hint: 'A parameter can only depend on parameters that do not depend on it; remove one condition.',
    });
  }
}

/** `model` and `model.depth` cannot both exist: the command receives nested JSON. */
function checkNames(names: string[], problems: SpaceProblem[]): void {
  const set = new Set(names);
  for (const name of names) {
    const segments = name.split('.');
    for (let i = 1; i < segments.length; i++) {
      const parent = segments.slice(0, i).join('.');
      if (set.has(parent)) {
        problems.push({
          param: name,
          message: `sweep.space.${name}: ${parent} is also a parameter, so ${name} cannot nest under it.`,
          hint: `Rename one of them (e.g. ${parent}.value and ${name}).`,
        });
      }
    }
  }
}

function canTake(spec: ParamSpec, value: ParamValue): boolean {
  switch (spec.type) {
    case 'categorical':
      return spec.choices.some((choice) => choice === value);
    case 'const':
      return spec.value === value;
    case 'int': {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.low || value > spec.high) return false;
      return divides(value - spec.low, spec.step ?? 1);
    }
    default:
      if (typeof value !== 'number' || value < spec.low || value > spec.high) return false;
      return spec.type === 'uniform' && spec.step !== undefined ? divides(value - spec.low, spec.step) : true;
  }
}

function describe(spec: ParamSpec): string {
  switch (spec.type) {
    case 'categorical':
      return `its choices are ${spec.choices.map((c) => JSON.stringify(c)).join(', ')}`;
    case 'const':
      return `it is always ${JSON.stringify(spec.value)}`;
    default:
      return `it ranges over ${spec.low}..${spec.high}${'step' in spec && spec.step ? ` in steps of ${spec.step}` : ''}`;
  }
}

function withWhen<T extends ParamSpec>(spec: T, when: Params | undefined): T {
  return when ? { ...spec, when } : spec;
}

/** `span` is a whole multiple of `step`, up to floating-point noise (0.1 steps over 0..1). */
function divides(span: number, step: number): boolean {
  const ratio = span / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9 * Math.max(1, Math.abs(ratio));
}

function round12(x: number): number {
  return Number(x.toPrecision(12));
}

function isScalar(value: unknown): value is ParamValue {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}
