/**
 * Every dimension of the space mapped to and from the unit interval [0, 1], so that samplers work in
 * one geometry whatever the parameter:
 *
 * - uniform: linear; loguniform and `int` with `log`: linear in log(value).
 * - a dimension with a finite set of values (int, uniform with step) splits [0, 1] into equal bins,
 *   one per value; a value maps to its bin's centre. For int-log the bins are [v-0.5, v+0.5] in log
 *   space (as Optuna does), so small integers get wider bins, as the log scale intends.
 * - categorical: bin i of K (samplers with categorical kernels use `categoryIndex` instead).
 * - const: always its value (unit coordinate 0.5).
 */
import type { ParamSpec, ParamValue } from '../types.js';

/** How many distinct values a dimension has (Infinity for a continuous one). */
export function cardinality(spec: ParamSpec): number {
  switch (spec.type) {
    case 'const':
      return 1;
    case 'categorical':
      return spec.choices.length;
    case 'int':
      return Math.round((spec.high - spec.low) / (spec.step ?? 1)) + 1;
    case 'uniform':
      return spec.step === undefined ? Infinity : Math.round((spec.high - spec.low) / spec.step) + 1;
    default:
      return Infinity;
  }
}

/** The value at unit coordinate `u` in [0, 1] (clamped). */
export function fromUnit(spec: ParamSpec, u: number): ParamValue {
  const x = Math.min(1, Math.max(0, u));
  switch (spec.type) {
    case 'const':
      return spec.value;
    case 'categorical':
      return spec.choices[bin(x, spec.choices.length)];
    case 'loguniform':
      return clamp(Math.exp(Math.log(spec.low) + x * (Math.log(spec.high) - Math.log(spec.low))), spec.low, spec.high);
    case 'int':
      if (spec.log) {
        const [lo, hi] = intLogRange(spec.low, spec.high);
        return clamp(Math.round(Math.exp(lo + x * (hi - lo))), spec.low, spec.high);
      }
      return spec.low + bin(x, cardinality(spec)) * (spec.step ?? 1);
    case 'uniform':
      if (spec.step === undefined) return spec.low + x * (spec.high - spec.low);
      return tidy(spec.low + bin(x, cardinality(spec)) * spec.step, spec.step);
  }
}

/** The unit coordinate of `value` (the centre of its bin for a discrete dimension). */
export function toUnit(spec: ParamSpec, value: ParamValue): number {
  switch (spec.type) {
    case 'const':
      return 0.5;
    case 'categorical':
      return (Math.max(0, categoryIndex(spec, value)) + 0.5) / spec.choices.length;
    case 'loguniform':
      return unit((Math.log(Number(value)) - Math.log(spec.low)) / (Math.log(spec.high) - Math.log(spec.low)));
    case 'int':
      if (spec.log) {
        const [lo, hi] = intLogRange(spec.low, spec.high);
        return unit((Math.log(Number(value)) - lo) / (hi - lo));
      }
      return discreteUnit(Number(value), spec.low, spec.step ?? 1, cardinality(spec));
    case 'uniform':
      if (spec.step === undefined) return spec.high === spec.low ? 0.5 : unit((Number(value) - spec.low) / (spec.high - spec.low));
      return discreteUnit(Number(value), spec.low, spec.step, cardinality(spec));
  }
}

/** The index of `value` among a categorical's choices (-1 when it is not one). */
export function categoryIndex(spec: Extract<ParamSpec, { type: 'categorical' }>, value: ParamValue): number {
  return spec.choices.findIndex((choice) => choice === value);
}

function intLogRange(low: number, high: number): [number, number] {
  return [Math.log(low - 0.5 > 0 ? low - 0.5 : low / 2), Math.log(high + 0.5)];
}

function discreteUnit(value: number, low: number, step: number, count: number): number {
  const index = Math.min(count - 1, Math.max(0, Math.round((value - low) / step)));
  return (index + 0.5) / count;
}

function bin(x: number, count: number): number {
  return Math.min(count - 1, Math.floor(x * count));
}

function unit(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0.5;
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

/** low + i*step carries float noise (0.30000000000000004); round to the step's precision. */
function tidy(value: number, step: number): number {
  const decimals = Math.min(15, Math.max(0, -Math.floor(Math.log10(step)) + 6));
  return Number(value.toFixed(decimals));
}
