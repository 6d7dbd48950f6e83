import { afterEach, describe, expect, it } from '@jest/globals';
import {
  getBooleanInput,
  getChoiceInput,
  getListInput,
  getNumberInput,
  getOptionalInput,
  getRequiredInput,
} from '../../../src/actions/runtime/inputs.js';
import { InputError } from '../../../src/shared/errors.js';

/** Inputs as the runner passes them; removed again after each test. */
const set: string[] = [];
function setInput(name: string, value: string): void {
  const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  process.env[variable] = value;
  set.push(variable);
}
afterEach(() => {
  for (const variable of set.splice(0)) delete process.env[variable];
});

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('getRequiredInput / getOptionalInput', () => {
  it('reads a dashed name from INPUT_<NAME> with the dash kept, trimmed', () => {
    setInput('fail-on', '  error \n');
    expect(getRequiredInput('fail-on')).toBe('error');
  });

  it('names the missing input and says where to set it', () => {
    const error = thrown(() => getRequiredInput('config'));
    expect(error.message).toContain('"config"');
    expect(error.hint).toContain('with:');
  });

  it('treats empty and whitespace-only as not given', () => {
    setInput('config', '   ');
    expect(getOptionalInput('config')).toBeUndefined();
    expect(() => getRequiredInput('config')).toThrow(InputError);
  });
});

describe('getBooleanInput', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false],
  ])('accepts %s', (value, expected) => {
    setInput('dry-run', value);
    expect(getBooleanInput('dry-run', !expected)).toBe(expected);
  });

  it('falls back to the default when not given', () => {
    expect(getBooleanInput('dry-run', true)).toBe(true);
  });

  it('rejects yes/1 and lists the accepted values', () => {
    setInput('dry-run', 'yes');
    const error = thrown(() => getBooleanInput('dry-run', false));
    expect(error.message).toBe('Input "dry-run" must be true or false; got "yes".');
  });
});

describe('getNumberInput', () => {
  it('parses decimals and exponents; default when empty', () => {
    setInput('threshold', '0.25');
    expect(getNumberInput('threshold', 1)).toBe(0.25);
    setInput('threshold', '1e3');
    expect(getNumberInput('threshold', 1)).toBe(1000);
    expect(getNumberInput('missing', 7)).toBe(7);
  });

  it.each(['abc', '0x10', '1,5', 'Infinity', 'NaN', '--1'])('rejects %s', (value) => {
    setInput('trials', value);
    expect(() => getNumberInput('trials', 1)).toThrow(InputError);
  });

  it('checks integer and range, naming the bounds', () => {
    setInput('trials', '2.5');
    expect(thrown(() => getNumberInput('trials', 1, { min: 1, max: 256, integer: true })).message).toBe(
      'Input "trials" must be an integer between 1 and 256; got "2.5".',
    );
    setInput('trials', '300');
    expect(() => getNumberInput('trials', 1, { min: 1, max: 256, integer: true })).toThrow(/between 1 and 256/);
    setInput('trials', '-1');
    expect(thrown(() => getNumberInput('trials', 1, { min: 0 })).message).toContain('a number >= 0');
    setInput('trials', '256');
    expect(getNumberInput('trials', 1, { min: 1, max: 256, integer: true })).toBe(256);
  });
});

describe('getChoiceInput', () => {
  it('accepts a listed word and names all choices otherwise', () => {
    setInput('fail-on', 'warning');
    expect(getChoiceInput('fail-on', ['error', 'warning'] as const, 'error')).toBe('warning');
    setInput('fail-on', 'Warning');
    expect(thrown(() => getChoiceInput('fail-on', ['error', 'warning'] as const, 'error')).message).toContain(
      'one of error, warning',
    );
  });
});

describe('getListInput', () => {
  it('splits on newlines and commas, trims and drops empties', () => {
    setInput('files', 'a.csv, b.csv\n\n  c.csv  \r\nd.csv,');
    expect(getListInput('files')).toEqual(['a.csv', 'b.csv', 'c.csv', 'd.csv']);
  });

  it('is empty when not given', () => {
    expect(getListInput('files')).toEqual([]);
  });
});
