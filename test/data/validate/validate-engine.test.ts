import { readdirSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSchemaFromRaw } from '../../../src/data/schema/load-schema.js';
import type { RawDataSchema } from '../../../src/data/schema/raw-schema.js';
import { validateData, type ValidateSettings } from '../../../src/data/validate/validate.js';
import type { CheckResult } from '../../../src/data/checks/result.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-engine-'));
});

async function file(name: string, text: string): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, text);
  return p;
}

async function validate(raw: RawDataSchema, train: string[], extra: Partial<ValidateSettings> = {}, label?: string) {
  const evalFiles = extra.eval ?? [];
  const settings: ValidateSettings = {
    cwd: dir,
    train,
    eval: evalFiles,
    schema: loadSchemaFromRaw(raw, { label, hasEval: evalFiles.length > 0 }),
    drift: {},
    failOn: 'error',
    parallelism: 1,
    ...extra,
  };
  return validateData(settings, new RecordingLogger());
}

function check(checks: CheckResult[], id: string): CheckResult {
  const found = checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} among ${checks.map((c) => c.id).join(', ')}`);
  return found;
}

describe('validation engine', () => {
  test('value checks count unexpected values with rows, lines and GE percentages', async () => {
    const csv = await file('values.csv', 'n,x,s\n1,0.5,ab\n2,NaN,abc\n3,inf,\nx,7,zz\n5,,"multi\nline"\n');
    const { report } = await validate(
      {
        columns: {
          n: { type: 'int', min: 1, max: 4 },
          x: { type: 'float', not_null: { mostly: 0.5 }, max: 5 },
          s: { type: 'string', regex: '^a', length: { max: 3 } },
        },
      },
      [csv],
    );
    const checks = report.datasets[0].checks;
    expect(check(checks, 'column.n.type')).toMatchObject({ success: false, unexpectedCount: 1, elementCount: 5, examples: [{ row: 4, line: 5, value: 'x' }] });
    expect(check(checks, 'column.n.between')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ row: 5, value: '5' }] });
    expect(check(checks, 'column.x.nan')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ row: 2, value: 'NaN' }] });
    expect(check(checks, 'column.x.inf')).toMatchObject({ success: false, unexpectedCount: 1 });
    // 4 of 5 present >= mostly 0.5
    expect(check(checks, 'column.x.not_null')).toMatchObject({ success: true, unexpectedCount: 1, unexpectedPercent: 20 });
    expect(check(checks, 'column.x.between')).toMatchObject({ success: false, unexpectedCount: 1, examples: [{ value: '7' }] });
    const regex = check(checks, 'column.s.regex');
    expect(regex.unexpectedCount).toBe(2);
    expect(regex.examples.map((e) => e.value)).toEqual(['zz', 'multi\nline']);
    // the quoted field spans lines 6-7: the row starts at line 6
    expect(regex.examples[1]).toMatchObject({ row: 5, line: 6 });
    expect(check(checks, 'column.s.length')).toMatchObject({ unexpectedCount: 1 });
    expect(report.passed).toBe(false);
  });

  test('unique, compound unique, duplicates and conflicting labels across two files', async () => {
    const a = await file('a.csv', 'id,f,label\n1,x,0\n2,y,1\n3,x,0\n');
    const b = await file('b.csv', 'label,f,id\n0,x,3\n1,x,4\n1,y,2\n');
    const { report } = await validate(
      {
        columns: { id: { type: 'int', unique: true }, f: { type: 'string' }, label: { type: 'categorical' } },
        dataset: { unique: [['id', 'f']], duplicate_rows: 'error', conflicting_labels: 'error' },
      },
      [a, b],
      {},
      'label',
    );
    const checks = report.datasets[0].checks;
    // id 3 repeats in b.csv row 1; id 2 in b.csv row 3
    expect(check(checks, 'column.id.unique')).toMatchObject({ unexpectedCount: 2 });
    expect(check(checks, 'column.id.unique').examples[0]).toMatchObject({ file: b, row: 1, value: `repeats row 3 of ${a}` });
    // rows are equal whatever the column order of the file
    expect(check(checks, 'dataset.duplicate_rows')).toMatchObject({ unexpectedCount: 2 });
    expect(check(checks, 'dataset.unique.id+f')).toMatchObject({ unexpectedCount: 2 });
    // (x) -> 0 first; b.csv row 2 has f=x, id=4: different features, no conflict. Conflicts need equal features.
    expect(check(checks, 'dataset.conflicting_labels')).toMatchObject({ unexpectedCount: 0, success: true });
  });

  test('unique ids that rise through each file: repeats are found only where the files overlap or fall back', async () => {
    const schema = { columns: { id: { type: 'float' as const, unique: true, allow_inf: true } } };
    const ids = async (name: string, values: string[]) => file(name, `id\n${values.join('\n')}\n`);
    const unique = async (files: string[]) => check((await validate(schema, files)).report.datasets[0].checks, 'column.id.unique');
    // each file ascending and the second starting above the first: no repeat (no hash pass needed)
    expect(await unique([await ids('u1.csv', ['1', '2', '5']), await ids('u2.csv', ['6', '7'])])).toMatchObject({ unexpectedCount: 0, success: true });
    // each file ascending, but the ranges overlap: the hash pass finds the repeat
    expect(await unique([await ids('o1.csv', ['1', '2', '5']), await ids('o2.csv', ['5', '9'])])).toMatchObject({ unexpectedCount: 1, examples: [{ row: 1, value: expect.stringContaining('repeats row 3') }] });
    // a repeat of -inf inside a file that is not ascending, next to an ascending one
    expect(await unique([await ids('i1.csv', ['-inf', '-inf']), await ids('i2.csv', ['1', '2'])])).toMatchObject({ unexpectedCount: 1 });
    // equal neighbours are not ascending: a repeat
    expect(await unique([await ids('e1.csv', ['1', '2', '2', '3'])])).toMatchObject({ unexpectedCount: 1 });
  });

  test('conflicting labels: same features, another label', async () => {
    const csv = await file('labels.csv', 'a,b,y\n1,2,cat\n1,2,dog\n3,4,cat\n1,2,cat\n');
    const { report } = await validate({ columns: { a: { type: 'int' }, b: { type: 'int' }, y: { type: 'categorical' } } }, [csv], {}, 'y');
    const conflict = check(report.datasets[0].checks, 'dataset.conflicting_labels');
    expect(conflict).toMatchObject({ unexpectedCount: 1, severity: 'warning', examples: [{ row: 2, firstRow: 1 }] });
  });

  test('train/eval leakage names the training row', async () => {
    const train = await file('train.csv', 'a,y\n1,p\n2,q\n3,r\n');
    const evaluation = await file('eval.csv', 'a,y\n9,z\n2,q\n');
    const { report } = await validate({ columns: { a: { type: 'int' }, y: { type: 'string' } } }, [train], { eval: [evaluation] });
    const leak = check(report.datasets[1].checks, 'dataset.train_eval_leakage');
    expect(leak).toMatchObject({ unexpectedCount: 1, examples: [{ file: evaluation, row: 2, value: `also row 2 of ${train}` }] });
  });

  test('missing and unexpected columns are reported per file', async () => {
    const csv = await file('cols.csv', 'a,extra\n1,2\n');
    const { report } = await validate({ columns: { a: { type: 'int' }, b: { type: 'int' } } }, [csv]);
    const checks = report.datasets[0].checks;
    expect(check(checks, 'dataset.columns_present').examples).toEqual([{ file: csv, row: 0, line: 1, value: 'b' }]);
    expect(check(checks, 'dataset.unexpected_columns').examples[0].value).toBe('extra');
  });

  test('aggregate checks read the profile: mean, std, quantiles, row count', async () => {
    const rows = Array.from({ length: 101 }, (_, i) => `${i}`).join('\n');
    const csv = await file('agg.csv', `v\n${rows}\n`);
    const { report, profile } = await validate(
      {
        columns: { v: { type: 'int', mean: { min: 49, max: 51 }, std: { min: 29, max: 30 }, quantiles: [{ q: 0.5, min: 49, max: 51 }, { q: 0.9, max: 80 }] } },
        dataset: { row_count: { min: 200 } },
      },
      [csv],
    );
    const checks = report.datasets[0].checks;
    expect(check(checks, 'column.v.mean')).toMatchObject({ success: true, observed: 50 });
    expect(check(checks, 'column.v.std').success).toBe(true);
    expect(check(checks, 'column.v.quantile_0.5').success).toBe(true);
    expect(check(checks, 'column.v.quantile_0.9')).toMatchObject({ success: false, observed: 90 });
    expect(check(checks, 'dataset.row_count')).toMatchObject({ success: false, observed: 101 });
    expect(profile.columns.v).toMatchObject({ count: 101, min: 0, max: 100, mean: 50 });
  });

  test('JSON Lines: numbers, booleans, dates and late keys', async () => {
    const jsonl = await file('d.jsonl', '{"n": 1, "ok": true, "d": "2024-01-02"}\n{"n": 2.5, "ok": "yes", "d": "2024-02-30"}\n{"n": 3, "late": "x"}\n');
    const { report } = await validate(
      { columns: { n: { type: 'int' }, ok: { type: 'bool' }, d: { type: 'date', not_null: true }, late: { type: 'string', required: false } } },
      [jsonl],
    );
    const checks = report.datasets[0].checks;
    expect(check(checks, 'column.n.type')).toMatchObject({ unexpectedCount: 1, examples: [{ row: 2, value: 2.5 }] });
    expect(check(checks, 'column.ok.type').success).toBe(true);
    expect(check(checks, 'column.d.type')).toMatchObject({ unexpectedCount: 1, examples: [{ value: '2024-02-30' }] });
    expect(check(checks, 'column.d.not_null')).toMatchObject({ success: false, unexpectedCount: 1 });
    expect(check(checks, 'column.late.type')).toMatchObject({ elementCount: 3, missingCount: 2 });
  });

  test('fail-on warning fails on a warning; never never fails', async () => {
    const csv = await file('w.csv', 'a\n1\n1\n');
    const raw: RawDataSchema = { columns: { a: { type: 'int' } } };
    expect((await validate(raw, [csv])).report).toMatchObject({ passed: true, warnings: 1 });
    expect((await validate(raw, [csv], { failOn: 'warning' })).report.passed).toBe(false);
    expect((await validate({ columns: { a: { type: 'string', allowed: ['2'] } } }, [csv], { failOn: 'never' })).report).toMatchObject({ passed: true, errors: 1 });
  });

  test('examples stop at 20 while counts go on', async () => {
    const csv = await file('many.csv', `a\n${Array.from({ length: 50 }, () => 'bad').join('\n')}\n`);
    const { report } = await validate({ columns: { a: { type: 'int' } } }, [csv]);
    const type = check(report.datasets[0].checks, 'column.a.type');
    expect(type.unexpectedCount).toBe(50);
    expect(type.examples).toHaveLength(20);
    expect(type.examples[19].row).toBe(20);
  });
});

describe('hash records spilled to disk', () => {
  test('give the same findings as in memory, and the spill folder is removed', async () => {
    const lines = ['id,group,value,label'];
    for (let i = 0; i < 6000; i++) lines.push(`${i % 5000},${i % 7},${(i * 37) % 1000},${i % 3}`);
    lines.push(lines[10]); // an exact duplicate row
    const csv = await file('spill.csv', lines.join('\n') + '\n');
    const raw: RawDataSchema = {
      columns: { id: { type: 'int', unique: true }, group: { type: 'int' }, value: { type: 'int' }, label: { type: 'categorical' } },
      dataset: { unique: [['id', 'group']], duplicate_rows: 'error', conflicting_labels: 'warning' },
    };
    const before = new Set(readdirSync(os.tmpdir()).filter((f) => f.startsWith('mlops-validate-')));
    const inMemory = await validate(raw, [csv], {}, 'label');
    const spilled = await validate(raw, [csv], { spillBudgetWords: 64 }, 'label');
    const strip = (checks: CheckResult[]) => checks.map((c) => ({ ...c }));
    expect(strip(spilled.report.datasets[0].checks)).toEqual(strip(inMemory.report.datasets[0].checks));
    const unique = check(inMemory.report.datasets[0].checks, 'column.id.unique');
    expect(unique.unexpectedCount).toBe(1001);
    expect(unique.examples[0]).toMatchObject({ row: 5001, line: 5002, firstRow: 1, value: 'repeats row 1' });
    expect(check(inMemory.report.datasets[0].checks, 'dataset.duplicate_rows')).toMatchObject({ unexpectedCount: 1, examples: [{ row: 6001, firstRow: 10 }] });
    // Other test files may be validating at the same time, their spill folders coming and going in the
    // same temp folder: a folder still there after 10 s was left behind.
    const leftover = () => readdirSync(os.tmpdir()).filter((f) => f.startsWith('mlops-validate-') && !before.has(f));
    for (let waited = 0; leftover().length > 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leftover()).toEqual([]);
  });
});
