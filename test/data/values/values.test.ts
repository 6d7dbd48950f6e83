import { parseBool, parseFloat64, parseInt64 } from '../../../src/data/values/parse-number.js';
import { compileDateParser, parseIsoDate, parseIsoDateTime } from '../../../src/data/values/parse-date.js';

describe('cell parsers', () => {
  test('ints: signs and digits only', () => {
    expect(parseInt64('42')).toBe(42);
    expect(parseInt64('-7')).toBe(-7);
    expect(parseInt64('+3')).toBe(3);
    for (const bad of ['1.0', '1e3', '', '-', ' 1', '0x10', 'abc']) expect(parseInt64(bad)).toBeUndefined();
    expect(parseInt64(12)).toBe(12);
    expect(parseInt64(1.5)).toBeUndefined();
    expect(parseInt64(12345678901234567n)).toBe(12345678901234568);
  });

  test('floats: decimals, exponents, NaN and infinities; not hex or blanks', () => {
    expect(parseFloat64('3.25')).toBe(3.25);
    expect(parseFloat64('-1e-3')).toBe(-0.001);
    expect(parseFloat64('.5')).toBe(0.5);
    expect(parseFloat64('NaN')).toBeNaN();
    expect(parseFloat64('-inf')).toBe(-Infinity);
    for (const bad of ['0x1f', '1,5', 'abc', ' ', '1e', '1 2']) expect(parseFloat64(bad)).toBeUndefined();
  });

  test('booleans in the usual spellings', () => {
    expect(parseBool('true')).toBe(1);
    expect(parseBool('No')).toBe(0);
    expect(parseBool(true)).toBe(1);
    expect(parseBool('maybe')).toBeUndefined();
  });

  test('ISO dates reject impossible days', () => {
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-13-01')).toBeUndefined();
    expect(parseIsoDate('2024-1-01')).toBeUndefined();
  });

  test('ISO datetimes with offsets', () => {
    expect(parseIsoDateTime('2024-01-02T03:04:05Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(parseIsoDateTime('2024-01-02 03:04:05.250+01:00')).toBe(Date.UTC(2024, 0, 2, 2, 4, 5, 250));
    expect(parseIsoDateTime('2024-01-02T25:00')).toBeUndefined();
  });

  test('strftime formats', () => {
    const parse = compileDateParser('date', '%d/%m/%Y', { file: 'schema.yml' });
    expect(parse('31/01/2024')).toBe(Date.UTC(2024, 0, 31));
    expect(parse('2024-01-31')).toBeUndefined();
    expect(parse('31/02/2024')).toBeUndefined();
  });
});

describe('the float fast path', () => {
  test('gives exactly the double Number() gives', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const samples = ['0', '-0', '1.5', '-1.25', '.5', '5.', '123456789012345', '0.1', '0.30000000000000004', '3.14159', '-0.000123'];
    for (let i = 0; i < 20000; i++) {
      const decimals = Math.floor(random() * 8);
      samples.push((random() * 10 ** Math.floor(random() * 8)).toFixed(decimals));
      samples.push((-random() * 1000).toFixed(decimals));
    }
    for (const text of samples) expect(Object.is(parseFloat64(text), Number(text))).toBe(true);
  });
});
