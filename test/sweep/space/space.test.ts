import { ConfigError, formatUserError } from '../../../src/shared/errors.js';
import { parseYamlText } from '../../../src/config/yaml-source.js';
import {
  activeParams,
  configKey,
  fromUnit,
  gridPoints,
  nestParams,
  parseSpace,
  SpaceError,
  toUnit,
} from '../../../src/sweep/space/index.js';
import type { ParamSpec, SearchSpace } from '../../../src/sweep/types.js';

function problemOf(raw: unknown): SpaceError {
  try {
    parseSpace(raw, { file: 'mlops.yml' });
  } catch (error) {
    expect(error).toBeInstanceOf(SpaceError);
    expect(error).toBeInstanceOf(ConfigError);
    return error as SpaceError;
  }
  throw new Error('expected a SpaceError');
}

describe('sweep space validation', () => {
  test.each([
    ['an unknown type', { lr: { type: 'float', low: 0, high: 1 } }, 'sweep.space.lr.type', /unknown type "float"/, /uniform/],
    ['low above high', { lr: { type: 'uniform', low: 2, high: 1 } }, 'sweep.space.lr.low', /low \(2\) is above high \(1\)/, /Swap/],
    ['min above max (alias)', { lr: { type: 'uniform', min: 2, max: 1 } }, 'sweep.space.lr.min', /min \(2\) is above max \(1\)/, /Swap/],
    ['a log range at 0', { lr: { type: 'loguniform', low: 0, high: 1 } }, 'sweep.space.lr.low', /log-scale range needs low above 0/, /positive low/],
    ['an int-log range below 1', { n: { type: 'int', low: -1, high: 8, log: true } }, 'sweep.space.n.low', /above 0/, /positive/],
    ['empty choices', { opt: { type: 'categorical', choices: [] } }, 'sweep.space.opt.choices', /non-empty list/, /List the values/],
    ['a zero step', { lr: { type: 'uniform', low: 0, high: 1, step: 0 } }, 'sweep.space.lr.step', /above 0/, /positive step/],
    ['a step that does not divide the range', { lr: { type: 'uniform', low: 0, high: 1, step: 0.3 } }, 'sweep.space.lr.step', /does not divide 0..1 evenly \(the last value would be 0.9/, /Change high to 0.9 or 1.2/],
    ['a step larger than the range', { n: { type: 'int', low: 1, high: 3, step: 5 } }, 'sweep.space.n.step', /larger than the range/, /at most 2/],
    ['int bounds that are not integers', { n: { type: 'int', low: 1.5, high: 8 } }, 'sweep.space.n.low', /whole-number bounds \(low is 1.5\)/, /Use 2/],
    ['a when on an unknown parameter', { m: { type: 'uniform', low: 0, high: 1, when: { optimiser: 'sgd' } }, optimizer: { type: 'categorical', choices: ['sgd'] } }, 'sweep.space.m.when.optimiser', /optimiser, which is not a parameter/, /optimizer/],
    ['a when on an impossible value', { m: { type: 'uniform', low: 0, high: 1, when: { optimizer: 'rmsprop' } }, optimizer: { type: 'categorical', choices: ['sgd', 'adam'] } }, 'sweep.space.m.when.optimizer', /optimizer can never be "rmsprop" \(its choices are "sgd", "adam"\)/, /a value optimizer can take/],
    ['a when cycle', { a: { type: 'categorical', choices: [1, 2], when: { b: 1 } }, b: { type: 'categorical', choices: [1, 2], when: { a: 1 } } }, 'sweep.space.a.when', /loop \(a -> b -> a\)/, /remove one condition/],
    ['an unknown field', { lr: { type: 'uniform', low: 0, high: 1, grid_points: 4 } }, 'sweep.space.lr.grid_points', /not a field of a uniform parameter/, /Remove it/],
    ['a missing bound', { lr: { type: 'uniform', low: 0 } }, 'sweep.space.lr.high', /needs `high`/, /highest value/],
    ['a quoted number', { lr: { type: 'uniform', low: '0', high: 1 } }, 'sweep.space.lr.low', /finite number/, /without quotes/],
    ['a parent and a nested name', { model: 3, 'model.depth': { type: 'int', low: 1, high: 3 } }, 'sweep.space.model.depth', /model is also a parameter/, /Rename/],
  ])('%s', (_label, raw, key, message, hint) => {
    const error = problemOf(raw);
    expect(error.location?.key).toBe(key);
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
  });

  test('every problem is listed, and the located first one reads well', () => {
    const yaml = 'sweep:\n  space:\n    lr:\n      type: uniform\n      low: 2\n      high: 1\n    opt:\n      type: categorical\n      choices: []\n';
    const source = parseYamlText(yaml, 'mlops.yml');
    const raw = (source.value as { sweep: { space: unknown } }).sweep.space;
    let error: SpaceError | undefined;
    try {
      parseSpace(raw, { file: 'mlops.yml', locate: source.locate });
    } catch (e) {
      error = e as SpaceError;
    }
    expect(error?.problems).toHaveLength(2);
    expect(error?.location).toMatchObject({ file: 'mlops.yml', line: 5, key: 'sweep.space.lr.low' });
    expect(formatUserError(error!)).toContain('mlops.yml:5:');
    expect(error?.message).toContain('sweep.space.opt.choices');
  });

  test('a valid space comes back typed, constants and aliases included', () => {
    const space = parseSpace({
      lr: { type: 'loguniform', min: 1e-4, max: 0.1 },
      depth: { type: 'int', low: 2, high: 10, step: 2 },
      epochs: 10,
      opt: { type: 'categorical', choices: ['sgd', 'adam'] },
      momentum: { type: 'uniform', low: 0, high: 0.9, step: 0.1, when: { opt: 'sgd' } },
    });
    expect(space).toEqual({
      lr: { type: 'loguniform', low: 1e-4, high: 0.1 },
      depth: { type: 'int', low: 2, high: 10, step: 2 },
      epochs: { type: 'const', value: 10 },
      opt: { type: 'categorical', choices: ['sgd', 'adam'] },
      momentum: { type: 'uniform', low: 0, high: 0.9, step: 0.1, when: { opt: 'sgd' } },
    });
  });
});

describe('unit-cube transforms', () => {
  const specs: [string, ParamSpec, (number | string | boolean)[]][] = [
    ['uniform', { type: 'uniform', low: -2, high: 3 }, [-2, 0.5, 3]],
    ['uniform with step', { type: 'uniform', low: 0, high: 1, step: 0.1 }, [0, 0.3, 0.7, 1]],
    ['loguniform', { type: 'loguniform', low: 1e-5, high: 1 }, [1e-5, 1e-3, 1]],
    ['int', { type: 'int', low: 1, high: 9 }, [1, 5, 9]],
    ['int with step', { type: 'int', low: 0, high: 100, step: 25 }, [0, 25, 100]],
    ['int log', { type: 'int', low: 1, high: 1024, log: true }, [1, 2, 37, 1024]],
    ['categorical', { type: 'categorical', choices: ['a', 1, true] }, ['a', 1, true]],
  ];
  test.each(specs)('%s round-trips', (_label, spec, values) => {
    for (const value of values) {
      const u = toUnit(spec, value);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThanOrEqual(1);
      const back = fromUnit(spec, u);
      if (typeof value === 'number') expect(back as number).toBeCloseTo(value, 9);
      else expect(back).toBe(value);
    }
  });

  test('log dimensions are linear in log; discrete ones quantize to the step', () => {
    expect(fromUnit({ type: 'loguniform', low: 1e-4, high: 1 }, 0.5)).toBeCloseTo(1e-2, 12);
    expect(fromUnit({ type: 'uniform', low: 0, high: 1, step: 0.1 }, 0.33)).toBe(0.3);
    const ints = new Set(Array.from({ length: 200 }, (_, i) => fromUnit({ type: 'int', low: 1, high: 1000, log: true }, i / 199) as number));
    expect([...ints].every((v) => Number.isInteger(v) && v >= 1 && v <= 1000)).toBe(true);
    expect(ints.has(1) && ints.has(1000)).toBe(true);
  });
});

const conditional: SearchSpace = {
  momentum: { type: 'uniform', low: 0, high: 0.9, step: 0.3, when: { opt: 'sgd' } },
  opt: { type: 'categorical', choices: ['sgd', 'adam'] },
  'model.depth': { type: 'int', low: 1, high: 3 },
  'adam.beta': { type: 'categorical', choices: [0.9, 0.99], when: { opt: 'adam' } },
};

describe('conditional parameters, grids and keys', () => {
  test('activeParams follows `when` in dependency order', () => {
    expect(activeParams(conditional, { opt: 'sgd' })).toEqual(['opt', 'momentum', 'model.depth']);
    expect(activeParams(conditional, { opt: 'adam' })).toEqual(['opt', 'model.depth', 'adam.beta']);
    expect(activeParams(conditional, {})).toEqual(['opt', 'model.depth']);
  });

  test('the grid expands conditions only where they are active, without repeats', () => {
    const points = gridPoints(conditional, 1000);
    // sgd: 4 momenta x 3 depths; adam: 2 betas x 3 depths.
    expect(points).toHaveLength(12 + 6);
    expect(new Set(points.map(configKey)).size).toBe(points.length);
    expect(points.filter((p) => p.opt === 'adam').every((p) => !('momentum' in p) && 'adam.beta' in p)).toBe(true);
  });

  test('continuous dimensions get 5 grid points by default; too large a grid is a ConfigError', () => {
    expect(gridPoints({ lr: { type: 'loguniform', low: 1e-4, high: 1 } }, 100).map((p) => Number((p.lr as number).toPrecision(6)))).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(() => gridPoints({ a: { type: 'int', low: 1, high: 100 }, b: { type: 'int', low: 1, high: 100 } }, 1000)).toThrow(/more than 1000 configurations \(up to 10,000\)/);
  });

  test('configKey ignores key order and float noise; nestParams builds nested JSON', () => {
    expect(configKey({ b: 0.1 + 0.2, a: 'x' })).toBe(configKey({ a: 'x', b: 0.3 }));
    expect(configKey({ a: 1 })).not.toBe(configKey({ a: '1' }));
    expect(nestParams({ 'model.depth': 3, 'model.act': 'relu', lr: 0.1 })).toEqual({ lr: 0.1, model: { act: 'relu', depth: 3 } });
  });
});
