import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseMetricText, readMetricFile } from '../../src/gate/metric-file.js';
import { pairOutputs, parsePredictions, readPredictionsFile } from '../../src/gate/predictions.js';
import { DataError, UserError } from '../../src/shared/errors.js';
import { outputs } from './helpers.js';

/** The UserError `run` throws (fails the test when it throws nothing or something else). */
function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

async function userErrorAsync(run: () => Promise<unknown>): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('metric files', () => {
  test('JSON: nested keys are flattened with dots; non-numbers are kept aside', () => {
    const set = parseMetricText('{"accuracy": 0.9, "eval": {"f1": 0.8, "per": {"x": 1}}, "model": "xgb", "tags": [1]}', 'm.json');
    expect(set.values).toEqual({ accuracy: 0.9, 'eval.f1': 0.8, 'eval.per.x': 1 });
    expect(set.nonNumeric).toEqual({ model: '"xgb"', tags: 'a list' });
  });

  test('YAML, with the line of a key', () => {
    const set = parseMetricText('accuracy: 0.9\neval:\n  loss: 0.2\n', 'm.yml');
    expect(set.values).toEqual({ accuracy: 0.9, 'eval.loss': 0.2 });
    expect(set.locate('eval.loss')).toMatchObject({ file: 'm.yml', line: 3 });
  });

  test('CSV: rows of name,value (with or without a header) and a header row with one row of values', () => {
    expect(parseMetricText('accuracy,0.9\nloss,0.2\n', 'm.csv').values).toEqual({ accuracy: 0.9, loss: 0.2 });
    expect(parseMetricText('name,value\naccuracy,0.9\n', 'm.csv').values).toEqual({ accuracy: 0.9 });
    expect(parseMetricText('accuracy,loss,eval.f1\n0.9,0.2,0.7\n', 'm.csv').values).toEqual({ accuracy: 0.9, loss: 0.2, 'eval.f1': 0.7 });
  });

  test('NaN and infinite values are located errors (YAML key line, CSV row)', () => {
    const yaml = userError(() => parseMetricText('accuracy: 0.9\nloss: .nan\n', 'm.yml'));
    expect(yaml).toBeInstanceOf(DataError);
    expect(yaml.message).toMatch(/`loss` in m\.yml is NaN/);
    // Python's json.dump writes NaN bare, which reads as text: still an error, located.
    const python = userError(() => parseMetricText('{"accuracy": 0.9,\n "loss": NaN}', 'm.json'));
    expect(python.message).toMatch(/`loss` in m\.json is NaN/);
    expect(python.location).toMatchObject({ line: 2, key: 'loss' });
    expect(yaml.location).toMatchObject({ file: 'm.yml', line: 2, key: 'loss' });
    expect(yaml.hint).toBeDefined();
    const csv = userError(() => parseMetricText('accuracy,0.9\nloss,inf\n', 'm.csv'));
    expect(csv.message).toMatch(/`loss` in m\.csv is infinite/);
    expect(csv.location).toMatchObject({ line: 2 });
  });

  test('malformed files: not an object, bad CSV shape, duplicate names, invalid JSON', () => {
    expect(userError(() => parseMetricText('[1, 2]', 'm.json')).message).toMatch(/holds a list, not an object/);
    expect(userError(() => parseMetricText('a,b\n1,2\n3,4\n', 'm.csv')).message).toMatch(/exactly one row/);
    expect(userError(() => parseMetricText('a,1\na,2\n', 'm.csv')).location).toMatchObject({ line: 2, key: 'a' });
    const broken = userError(() => parseMetricText('{"a": ', 'm.json'));
    expect(broken).toBeInstanceOf(DataError);
    expect(broken.location?.file).toBe('m.json');
  });

  test('a missing file says so, with the path', async () => {
    const error = await userErrorAsync(() => readMetricFile('/nonexistent/metrics.json'));
    expect(error.message).toMatch(/metrics file \/nonexistent\/metrics\.json does not exist/);
    expect(error.hint).toBeDefined();
  });
});

describe('per-example outputs', () => {
  const good = (id: string, label = 1, prediction = 1, score = 0.9) => ({ id, label, prediction, score });

  test('reads the documented format, quoted cells and any column order', () => {
    const table = parsePredictions('score,prediction,label,id,extra\n0.5,"a,b",a,"x""1",z\n\n0.25,b,b,x2,z\n', 'o.csv');
    expect(table.ids).toEqual(['x"1', 'x2']);
    expect(table.predictions).toEqual(['a,b', 'b']);
    expect(Array.from(table.scores!)).toEqual([0.5, 0.25]);
    expect(Array.from(table.lines)).toEqual([2, 4]);
  });

  test('pairs by id whatever the order', () => {
    const paired = pairOutputs(outputs([good('a', 1, 1, 0.9), good('b', 0, 0, 0.1)]), outputs([good('b', 0, 1, 0.6), good('a', 1, 1, 0.7)], 'base.csv'));
    expect(Array.from(paired.scores!.baseline)).toEqual([0.7, 0.6]);
    expect(paired.classes[paired.positive!]).toBe('1');
  });

  test('a missing file is located', async () => {
    const error = await userErrorAsync(() => readPredictionsFile(path.join(os.tmpdir(), 'no-such-outputs.csv')));
    expect(error.message).toMatch(/per-example outputs file .* does not exist/);
  });

  test('a duplicate id names both rows', () => {
    const error = userError(() => pairOutputs(outputs([good('a'), good('b'), good('a')], 'cand.csv'), outputs([good('a'), good('b')], 'base.csv')));
    expect(error.message).toMatch(/"a" appears twice in cand\.csv \(rows 2 and 4\)/);
    expect(error.location).toMatchObject({ file: 'cand.csv', line: 4, key: 'id' });
  });

  test('an id of the candidate unknown to the baseline, and the other way round', () => {
    const one = userError(() => pairOutputs(outputs([good('a'), good('zz')], 'cand.csv'), outputs([good('a'), good('b')], 'base.csv')));
    expect(one.message).toMatch(/"zz" \(row 3 of cand\.csv\) is not in the baseline's outputs base\.csv/);
    expect(one.hint).toMatch(/same examples/);
    const other = userError(() => pairOutputs(outputs([good('a')], 'cand.csv'), outputs([good('a'), good('b')], 'base.csv')));
    expect(other.message).toMatch(/"b" \(row 3 of base\.csv\) is not in the candidate's outputs/);
  });

  test('a file with a header and no rows', () => {
    const error = userError(() => pairOutputs(parsePredictions('id,label,prediction\n', 'cand.csv'), outputs([good('a')], 'base.csv')));
    expect(error.message).toBe('The per-example outputs file cand.csv has a header but no rows.');
  });

  test('the same id with two labels', () => {
    const error = userError(() => pairOutputs(outputs([good('a', 1)], 'cand.csv'), outputs([good('a', 0)], 'base.csv')));
    expect(error.message).toMatch(/label "1" in cand\.csv \(row 2\) but "0" in base\.csv \(row 2\)/);
  });

  test('bad rows: a score that is not a probability, a short row, a missing column, an empty file, too many rows', () => {
    expect(userError(() => parsePredictions('id,label,prediction,score\na,1,1,NaN\n', 'o.csv')).location).toMatchObject({ line: 2, key: 'score' });
    expect(userError(() => parsePredictions('id,label,prediction,score\na,1,1,1.5\n', 'o.csv')).message).toMatch(/not a probability/);
    expect(userError(() => parsePredictions('id,label,prediction\na,1\n', 'o.csv')).message).toMatch(/Row 2 of o\.csv has 2 cells; the header has 3/);
    expect(userError(() => parsePredictions('id,label,score\na,1,0.5\n', 'o.csv')).message).toMatch(/no `prediction` column/);
    expect(userError(() => parsePredictions('\n', 'o.csv')).message).toMatch(/is empty/);
    expect(userError(() => parsePredictions('id,label,prediction\na,1,1\nb,1,1\nc,1,1\n', 'o.csv', 2)).message).toMatch(/more than 2 rows/);
    expect(userError(() => parsePredictions('id,label,prediction\n"a,1,1\n', 'o.csv')).message).toMatch(/never closed/);
  });

  test('reads from disk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gate-outputs-'));
    writeFileSync(path.join(dir, 'o.csv'), 'id,label,prediction\na,x,y\n');
    expect((await readPredictionsFile(path.join(dir, 'o.csv'))).labels).toEqual(['x']);
  });
});
