import { isRecord } from '../../shared/json.js';
import type { FrozenTrial, Intermediate, Params } from '../types.js';

/**
 * Type guards for what a journal line holds. Journals come from disk and from other jobs' artifacts:
 * `unknown` until checked, never cast.
 */

export function isParams(value: unknown): value is Params {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
}

function isNumbers(value: unknown): value is Record<string, number> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'number');
}

function isIntermediate(value: unknown): value is Intermediate {
  return isRecord(value) && typeof value.step === 'number' && isNumbers(value.values);
}

const optional = (value: unknown, type: 'number' | 'string') => value === undefined || typeof value === type;

export function isFrozenTrial(value: unknown): value is FrozenTrial {
  return (
    isRecord(value) &&
    Number.isInteger(value.number) &&
    (value.number as number) >= 0 &&
    isParams(value.params) &&
    (value.state === 'complete' || value.state === 'failed' || value.state === 'pruned') &&
    optional(value.value, 'number') &&
    isNumbers(value.metrics) &&
    Array.isArray(value.intermediates) &&
    value.intermediates.every(isIntermediate) &&
    optional(value.reason, 'string') &&
    (value.exitCode === undefined || value.exitCode === null || typeof value.exitCode === 'number') &&
    typeof value.attempts === 'number' &&
    typeof value.startedAt === 'string' &&
    typeof value.seconds === 'number' &&
    optional(value.outputDir, 'string')
  );
}
