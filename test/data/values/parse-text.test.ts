/**
 * CSV cells are parsed straight from the text by position (parse-text.ts); JSONL/Parquet strings go
 * through parse-number.ts / parse-date.ts. Both paths must give the same value and the same verdict
 * (valid, missing, invalid) for every cell, or a column would validate differently by format.
 */
import { NaMatcher } from '../../../src/data/values/na-matcher.js';
import { parseColumn } from '../../../src/data/values/parse-column.js';
import { compileDateParser, parseIsoDate } from '../../../src/data/values/parse-date.js';
import { parseBool, parseFloat64, parseInt64 } from '../../../src/data/values/parse-number.js';
import { parseTextColumn } from '../../../src/data/values/parse-text.js';
import type { TextCells } from '../../../src/data/readers/csv/text-cells.js';
import { hashTextInto } from '../../../src/data/hash/cell-hash.js';

/** A deterministic generator of cells that look like numbers, dates and booleans, and almost do. */
function cells(count: number, seed: number): string[] {
  let state = seed;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const pieces = ['0', '1', '2', '5', '9', '-', '+', '.', 'e', 'E', '00', '12', '1e5', 'NA', 'x', ' ', 'N', 'true', 'false', 'inf', 'nan', '9007199254740993', '1234567890123456'];
  const dates = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0099-12-31', '0100-01-01', '1969-12-31', '1970-01-01', '2038-01-19', '9999-12-31', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '2024/01/01', '12345-01-01'];
  const fixed = ['', 'NA', 'N/A', 'null', 'None', 'NULL', 'true', 'false', 'True', 'yes', 'n', '1', '0', '-0', '0.1', '-.5', '1.', '.', '-', '+', '1e3', '12345678901234567', '1.7976931348623157e308', '0x10', 'Infinity', '-Inf', '29/02/2024', '31/04/2024', '01/01/1999'];
  const out: string[] = [...fixed, ...dates];
  while (out.length < count) {
    const kind = random(4);
    if (kind === 0) out.push(dates[random(dates.length)]);
    else if (kind === 1) {
      // a random ISO-looking date, valid or not
      const pad = (n: number, w: number) => String(n).padStart(w, '0');
      out.push(`${pad(random(3000), 4)}-${pad(random(14), 2)}-${pad(random(33), 2)}`);
    } else {
      let s = '';
      for (let k = random(4) + 1; k > 0; k--) s += pieces[random(pieces.length)];
      out.push(s);
    }
  }
  return out;
}

/** The cells as positions in one text, every 7th one stored as an escaped value instead. */
function asText(values: string[]): TextCells {
  let text = '';
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  const escaped: string[] = [];
  values.forEach((v, i) => {
    if (i % 7 === 3) {
      starts[i] = escaped.length;
      ends[i] = -1;
      escaped.push(v);
      return;
    }
    text += 'zz,';
    starts[i] = text.length;
    text += v;
    ends[i] = text.length;
  });
  return { text, starts: [starts], ends: [ends], escaped };
}

const na = new NaMatcher(new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None']));
const parsers: Record<string, (v: unknown) => number | undefined> = {
  int: parseInt64,
  float: parseFloat64,
  'ISO date': parseIsoDate,
  bool: parseBool,
  'date with a format': compileDateParser('date', '%d/%m/%Y', { file: 'schema.yml' }),
};

test.each(Object.keys(parsers))('%s: the text path agrees with the string path on every cell', (name) => {
  const parse = parsers[name];
  const values = cells(20_000, name.length);
  const n = values.length;
  const expected = { values: new Float64Array(n), states: new Uint8Array(n) };
  const actual = { values: new Float64Array(n), states: new Uint8Array(n) };
  parseColumn(parse, values, n, na, expected.values, expected.states);
  parseTextColumn(parse, asText(values), 0, n, na, actual.values, actual.states);
  const disagreements = values
    .map((v, i) => ({ cell: v, state: [expected.states[i], actual.states[i]], value: [expected.values[i], actual.values[i]] }))
    .filter((d) => d.state[0] !== d.state[1] || (d.state[0] === 0 && !Object.is(d.value[0], d.value[1])));
  expect(disagreements).toEqual([]);
  // the generator reaches every verdict
  expect(new Set(expected.states)).toEqual(new Set([0, 1, 2]));
});

test('ISO dates by arithmetic match Date.UTC across four centuries, leap days included', () => {
  const values: string[] = [];
  for (let t = Date.UTC(1890, 0, 1); t < Date.UTC(2290, 0, 1); t += 86_400_000) values.push(new Date(t).toISOString().slice(0, 10));
  const n = values.length;
  const got = new Float64Array(n);
  const states = new Uint8Array(n);
  parseTextColumn(parseIsoDate, asText(values), 0, n, na, got, states);
  values.forEach((v, i) => {
    if (got[i] !== Date.parse(`${v}T00:00:00Z`)) throw new Error(`${v}: ${got[i]}`);
  });
  expect(states.every((s) => s === 0)).toBe(true);
});

test('NA spellings are recognised in place exactly as in strings, near misses included', () => {
  const cells = ['', 'NA', 'N/A', 'null', 'NULL', 'None', 'NL', 'NG', 'N', 'nul', 'nulls', 'Nonе', 'NA ', ' NA', 'n/a', 'NONE', 'N/B', 'x'];
  const text = `(${cells.join('|')})`;
  let at = 1;
  for (const cell of cells) {
    expect([cell, na.isMissingText(text, at, at + cell.length)]).toEqual([cell, na.isMissing(cell)]);
    at += cell.length + 1;
  }
});

test('NA spellings found by cell hash agree with the text comparison', () => {
  const matcher = new NaMatcher(new Set(['', 'NA', 'N/A', 'null', 'NULL', 'None', 'é', 'missing value']));
  const words = ['', 'NA', 'N/A', 'NAN', 'Na', 'null', 'nul', 'NULL', 'None', 'none', 'é', 'e', 'missing value', 'missing valu', 'NL', 'x', 'NA ', ' NA'];
  const a = new Uint32Array(1);
  const b = new Uint32Array(1);
  for (const word of words) {
    const text = `<${word}>`;
    hashTextInto(text, 1, 1 + word.length, a, b, 0);
    expect([word, matcher.isMissingHashed(a[0], b[0], word.length)]).toEqual([word, matcher.isMissingText(text, 1, 1 + word.length)]);
  }
  // '' is missing only when it is a spelling
  expect(new NaMatcher(new Set(['NA'])).isMissingHashed(0, 0, 0)).toBe(false);
});
