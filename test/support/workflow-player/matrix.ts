/**
 * `strategy:` of a job, evaluated, expanded into its legs the way GitHub does: the cartesian
 * product of the matrix's vectors, minus every combination an `exclude` entry matches, then each
 * `include` entry added to every combination whose original values it does not overwrite, or as
 * a combination of its own when it fits none. At most 256 legs; an empty vector is an error.
 */
import { PlayerError } from './types.js';

export type Leg = Record<string, unknown>;

export interface Strategy {
  /** The legs; one undefined leg for a job without a matrix. */
  legs: (Leg | undefined)[];
  failFast: boolean;
  maxParallel: number;
}

/** GitHub's limit of jobs one matrix may generate (docs/platform.md "Actions and workflows"). */
const MAX_LEGS = 256;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function expandStrategy(strategy: unknown, where: string): Strategy {
  if (strategy === undefined || strategy === null) return { legs: [undefined], failFast: true, maxParallel: Infinity };
  if (!isObject(strategy)) throw new PlayerError(`${where}: strategy must be a mapping, got ${JSON.stringify(strategy)}`);
  const failFast = strategy['fail-fast'] === undefined ? true : strategy['fail-fast'] === true || strategy['fail-fast'] === 'true';
  const maxParallel = strategy['max-parallel'] === undefined ? Infinity : Number(strategy['max-parallel']);
  if (!(maxParallel >= 1)) throw new PlayerError(`${where}: max-parallel must be a number >= 1, got ${JSON.stringify(strategy['max-parallel'])}`);
  const matrix = strategy.matrix;
  if (matrix === undefined) return { legs: [undefined], failFast, maxParallel };
  if (!isObject(matrix)) throw new PlayerError(`${where}: strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`);
  return { legs: expandMatrix(matrix, where), failFast, maxParallel };
}

function expandMatrix(matrix: Record<string, unknown>, where: string): Leg[] {
  const { include = [], exclude = [], ...vectors } = matrix;
  if (!Array.isArray(include) || !Array.isArray(exclude)) throw new PlayerError(`${where}: matrix include and exclude must be sequences`);
  let legs: Leg[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new PlayerError(`${where}: matrix vector '${key}' must be a sequence, got ${JSON.stringify(values)}`);
    if (values.length === 0) throw new PlayerError(`${where}: Matrix vector '${key}' does not contain any values`);
    legs = legs.flatMap((leg) => values.map((value) => ({ ...leg, [key]: value })));
  }
  if (Object.keys(vectors).length === 0) legs = [];
  legs = legs.filter((leg) => !exclude.some((entry) => isObject(entry) && Object.entries(entry).every(([key, value]) => sameValue(leg[key], value))));
  const original = new Set(Object.keys(vectors));
  for (const entry of include) {
    if (!isObject(entry)) throw new PlayerError(`${where}: a matrix include entry must be a mapping`);
    let added = false;
    for (const leg of legs) {
      const fits = Object.entries(entry).every(([key, value]) => !original.has(key) || sameValue(leg[key], value));
      if (!fits) continue;
      Object.assign(leg, entry);
      added = true;
    }
    if (!added) legs.push({ ...entry });
  }
  if (legs.length === 0) throw new PlayerError(`${where}: the matrix has no combination left`);
  if (legs.length > MAX_LEGS) throw new PlayerError(`${where}: the matrix generates ${legs.length} jobs; GitHub allows at most ${MAX_LEGS}`);
  return legs;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `job (0, linux)`: the leg's values in order, as GitHub names a matrix job. */
export function legName(job: string, leg: Leg | undefined): string {
  if (leg === undefined) return job;
  return `${job} (${Object.values(leg)
    .map((value) => (typeof value === 'object' ? JSON.stringify(value) : String(value)))
    .join(', ')})`;
}
