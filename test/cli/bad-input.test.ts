/**
 * Bad input through the CLI bundle (docs/architecture.md "Errors"): every user mistake ends with exit code 1,
 * one message on stderr that names the file and the place in it (line, row or key) and says how to
 * fix it, no stack trace, and nothing written (no profile, no report).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { runCli, STACK_LINE, tempDirs, type CliResult } from '../support/cli.js';

const temps = tempDirs('mlops-bad-input-');
afterAll(() => temps.cleanup());

const GOOD_CSV = 'a,b\n1,x\n2,y\n3,z\n';
const GOOD_SCHEMA = 'columns:\n  a:\n    type: int\n  b:\n    type: string\n';

interface Case {
  name: string;
  /** Writes the inputs into `dir` and returns the CLI arguments (profile/report paths are added). */
  setup(dir: string): Promise<string[]>;
  /** What the error must say: the file, the place and the problem. */
  expect: RegExp[];
}

function realParquet(rows = 2000): Buffer {
  return Buffer.from(
    parquetWriteBuffer({
      columnData: [
        { name: 'a', data: Array.from({ length: rows }, (_, i) => i), type: 'INT32' },
        { name: 'b', data: Array.from({ length: rows }, (_, i) => `value ${i}`), type: 'STRING' },
      ],
    }),
  );
}

/** Runs the case with --profile-out and --report inside its folder, and checks the common contract. */
async function runCase(c: Pick<Case, 'setup'>): Promise<{ result: CliResult; dir: string }> {
  const dir = await temps.make();
  const args = await c.setup(dir);
  // `run` takes one output folder; `validate` takes the two files.
  const outputs = args[0] === 'run' ? ['--out', 'out'] : ['--profile-out', 'out/profile.json', '--report', 'out/report.json'];
  const result = await runCli([...args, ...outputs], { cwd: dir });
  return { result, dir };
}

function expectCleanFailure(result: CliResult, dir: string): void {
  expect(result.exitCode).toBe(1);
  expect(result.signal).toBeNull();
  // A user's mistake, not a bug: no stack trace, no "unexpected error" banner.
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stdout).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(/unexpected error|a bug/i);
  // Nothing written.
  const out = path.join(dir, 'out');
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  expect(existsSync(path.join(dir, '.mlops'))).toBe(false);
  // Nothing claims success.
  expect(result.stdout).not.toMatch(/PASSED/);
}

/** The one `error:` message and its hint, as printed on stderr. */
function errorMessage(result: CliResult): string {
  const start = result.stderr.indexOf('error: ');
  expect(start).toBeGreaterThanOrEqual(0);
  return result.stderr.slice(start);
}

const DATA_CASES: Case[] = [
  {
    name: 'a CSV with an unterminated quote',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,x\n2,"y\n3,z\n4,w\n');
      return ['validate', '--data', 'data.csv'];
    },
    // The quote opens on line 3, column 3.
    expect: [/^error: data\.csv:3:3: /m, /quot/i],
  },
  {
    name: 'ragged rows (a row with an extra field)',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,x\n2,y\n3,z,extra\n4,w\n');
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:4\b/m, /3 fields, expected 2/],
  },
  {
    name: 'ragged rows (a row with a missing field)',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'a,b\n1,x\n2\n3,z\n');
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:3\b/m, /1 field, expected 2/],
  },
  {
    name: 'invalid UTF-8 bytes',
    setup: async (dir) => {
      // Latin-1 "é" (0xE9) on line 3, column 3.
      await writeFile(path.join(dir, 'data.csv'), Buffer.concat([Buffer.from('a,b\n1,x\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n3,z\n')]));
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: data\.csv:3:6: /m, /UTF-8/],
  },
  {
    name: 'an empty (0-byte) file',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), '');
      return ['validate', '--data', 'data.csv'];
    },
    // A 0-byte file has no line to point at: the file is the place.
    expect: [/^error: data\.csv: /m, /empty/i],
  },
  {
    name: 'a header-only file',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'a,b\n');
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:1\b/m, /no data rows/],
  },
  {
    name: 'duplicate column names',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'a,b,a\n1,x,2\n');
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:1\b/m, /"a"/, /repeat|duplicate/i],
  },
  {
    name: 'a 10 MB field',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), `a,b\n1,x\n2,${'y'.repeat(10 * 1024 * 1024)}\n3,z\n`);
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:3:3: /m, /column "b"/, /larger than/],
  },
  {
    name: 'a 10 MB quoted field',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), `a,b\n1,x\n2,"${'y'.repeat(10 * 1024 * 1024)}"\n3,z\n`);
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: data\.csv:3:3: /m, /column "b"/, /larger than/],
  },
  {
    name: 'a missing file',
    setup: async () => ['validate', '--data', 'nowhere/data.csv'],
    expect: [/^error: \S*nowhere\/data\.csv: /m, /does not exist/],
  },
  {
    name: 'a glob that matches nothing',
    setup: async () => ['validate', '--data', 'nowhere/*.csv'],
    expect: [/^error: \S*nowhere\/\*\.csv: /m, /no file matches/],
  },
  {
    name: 'a path that is a directory',
    setup: async (dir) => {
      await mkdir(path.join(dir, 'data.csv'));
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: \S*data\.csv: /m, /directory/],
  },
  {
    // A FIFO blocks an ordinary open until a writer comes: the run must refuse it, not hang.
    name: 'a path that is a FIFO',
    setup: async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'data.csv')]);
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*data\.csv: /m, /a FIFO \(named pipe\), not a data file/, /ordinary file/],
  },
  {
    name: 'a FIFO while inferring a schema',
    setup: async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'data.csv')]);
      return ['validate', '--data', 'data.csv'];
    },
    expect: [/^error: \S*data\.csv: /m, /a FIFO \(named pipe\), not a data file/],
  },
  {
    name: 'a Parquet file of random bytes',
    setup: async (dir) => {
      let x = 12345;
      const bytes = Buffer.alloc(4096, 0).map(() => (x = (x * 1103515245 + 12345) & 0x7fffffff) >>> 16);
      await writeFile(path.join(dir, 'data.parquet'), bytes);
      return ['validate', '--data', 'data.parquet'];
    },
    // The footer is what cannot be read: there is no row to point at.
    expect: [/^error: data\.parquet: /m, /Parquet/],
  },
  {
    name: 'a truncated Parquet file',
    setup: async (dir) => {
      const good = realParquet();
      await writeFile(path.join(dir, 'data.parquet'), good.subarray(0, Math.floor(good.length * 0.6)));
      return ['validate', '--data', 'data.parquet'];
    },
    expect: [/^error: data\.parquet: /m, /Parquet/],
  },
  {
    name: 'a Parquet file whose data pages are corrupt (footer intact)',
    setup: async (dir) => {
      const bytes = realParquet();
      for (let i = 16; i < 1200; i++) bytes[i] = (bytes[i] * 7 + 13) & 0xff;
      await writeFile(path.join(dir, 'data.parquet'), bytes);
      return ['validate', '--data', 'data.parquet'];
    },
    expect: [/^error: data\.parquet:\d+: /m, /row group 0 \(rows 1-\d+\)/],
  },
  {
    name: 'a JSONL line that is not JSON',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.jsonl'), '{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n{"a": 3, "b": \n{"a": 4, "b": "w"}\n');
      return ['validate', '--data', 'data.jsonl'];
    },
    expect: [/^error: data\.jsonl:3\b/m, /not valid JSON/],
  },
];

const SCHEMA_CASES: Case[] = [
  {
    name: 'a schema with an unknown key',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\n    minimum: 0\n  b:\n    type: string\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:4:5: /m, /columns\.a\.minimum/],
  },
  {
    name: 'a schema with a wrong type name',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: integer\n  b:\n    type: string\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:3:11: /m, /columns\.a\.type/, /"int"/],
  },
  {
    name: 'a schema with min above max',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\n    min: 10\n    max: 1\n  b:\n    type: string\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:[45]:\d+: /m, /columns\.a\.(min|max)/, /10/],
  },
  {
    name: 'a schema with between.min above between.max',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\n    between: { min: 10, max: 1 }\n  b:\n    type: string\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:4:\d+: /m, /columns\.a\.between/],
  },
  {
    name: 'a schema regex that does not compile',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\n  b:\n    type: string\n    regex: "[a-"\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:6:\d+: /m, /columns\.b\.regex/],
  },
  {
    name: 'a schema that is not valid YAML',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\n  a:\n    type: float\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
    },
    expect: [/^error: \S*schema\.yml:4:\d+: /m, /YAML/],
  },
  {
    name: 'an mlops.yml with an unknown key',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: data.csv\n  trian: data.csv\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:5:3: /m, /data\.trian/, /allowed under data are train, eval/, /Did you mean `train`\?/],
  },
  {
    name: 'an mlops.yml whose data.label is not a column of the data',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'data.csv'), 'species,x\nA,1\nB,2\nA,3\n');
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: data.csv\n  label: specie\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:5:\d+: /m, /data\.label names the column "specie", which data\.csv does not have/, /Did you mean `species`\?/],
  },
  {
    name: 'an mlops.yml whose data.label is a column the data schema does not define',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'schema.yml'), 'columns:\n  a:\n    type: int\ndataset:\n  unexpected_columns: allow\n');
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: data.csv\n  schema: schema.yml\n  label: b\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:6:\d+: /m, /data\.label names the column "b", which the data schema \(\S*schema\.yml\) does not define/, /conflicting-labels/],
  },
  {
    name: 'an mlops.yml whose data.train names a missing file',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train:\n    - data.csv\n    - dta.csv\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:6:\d+: /m, /data\.train names "dta\.csv", which cannot be read/, /does not exist/],
  },
  {
    name: 'an mlops.yml whose data.eval names a glob that matches nothing',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: data.csv\n  eval: evals/*.csv\n');
      return ['run', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:5:\d+: /m, /data\.eval names "evals\/\*\.csv"/, /no file matches/],
  },
  {
    name: 'an mlops.yml with a wrong value',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: data.csv\nvalidate:\n  fail_on: sometimes\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:6:\d+: /m, /validate\.fail_on/],
  },
  {
    name: 'an mlops.yml that is not valid YAML',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 1\nname: m\ndata:\n  train: [data.csv\n');
      return ['validate', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:\d+:\d+: /m, /YAML/],
  },
  {
    name: 'mlops run with an invalid mlops.yml',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'mlops.yml'), 'version: 2\nname: m\ndata:\n  train: data.csv\n');
      return ['run', '--config', 'mlops.yml'];
    },
    expect: [/^error: \S*mlops\.yml:1:\d+: /m, /version/],
  },
  {
    name: 'a config file given explicitly that does not exist',
    setup: async () => ['validate', '--config', 'missing.yml'],
    expect: [/^error: \S*missing\.yml: /m, /does not exist/],
  },
  {
    name: 'a baseline profile that is valid JSON but not a profile',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'baseline.json'), '{"hello": "world"}\n');
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml', '--baseline', 'baseline.json'];
    },
    expect: [/^error: \S*baseline\.json: /m, /schemaVersion/, /profile/],
  },
  {
    name: 'a baseline profile with a wrong column entry',
    setup: async (dir) => {
      await writeFile(path.join(dir, 'baseline.json'), JSON.stringify({ schemaVersion: 1, createdAt: '2024-01-01T00:00:00Z', files: [], rowCount: 3, columns: { a: { kind: 'numbers' } } }));
      return ['validate', '--data', 'data.csv', '--schema', 'schema.yml', '--baseline', 'baseline.json'];
    },
    expect: [/^error: \S*baseline\.json: /m, /columns\.a\.kind/],
  },
  {
    name: 'a baseline profile that does not exist',
    setup: async () => ['validate', '--data', 'data.csv', '--schema', 'schema.yml', '--baseline', 'nowhere.json'],
    expect: [/^error: \S*nowhere\.json: /m],
  },
  {
    name: '--parallel 0',
    setup: async () => ['validate', '--data', 'data.csv', '--parallel', '0'],
    expect: [/^error: --parallel must be a whole number of at least 1, not "0"/m],
  },
  {
    name: '--parallel two',
    setup: async () => ['validate', '--data', 'data.csv', '--parallel', 'two'],
    expect: [/^error: --parallel .*"two"/m],
  },
];

/** Every case gets a good data.csv and schema.yml unless it writes its own. */
async function withGoodInputs(dir: string): Promise<void> {
  if (!existsSync(path.join(dir, 'data.csv'))) await writeFile(path.join(dir, 'data.csv'), GOOD_CSV);
  if (!existsSync(path.join(dir, 'schema.yml'))) await writeFile(path.join(dir, 'schema.yml'), GOOD_SCHEMA);
}

describe.each([
  ['bad data', DATA_CASES],
  ['bad schema, config, baseline and options', SCHEMA_CASES],
])('%s', (_, cases) => {
  test.each(cases.map((c) => [c.name, c] as const))('%s: exit 1, located message with a hint, no stack, nothing written', async (_name, c) => {
    const { result, dir } = await runCase({
      setup: async (d) => {
        const args = await c.setup(d);
        await withGoodInputs(d);
        return args;
      },
    });
    expectCleanFailure(result, dir);
    const message = errorMessage(result);
    for (const pattern of c.expect) expect(message).toMatch(pattern);
    expect(message).toMatch(/\n {2}How to fix: \S/);
    // The schema files are this repository's, not the user's project's: a hint never sends them there.
    expect(message).not.toMatch(/schema\/[\w-]+\.schema\.json/);
  });
});

describe('the good inputs the cases start from', () => {
  test('pass, and write the profile and report where asked', async () => {
    const { result, dir } = await runCase({
      setup: async (d) => {
        await withGoodInputs(d);
        return ['validate', '--data', 'data.csv', '--schema', 'schema.yml'];
      },
    });
    expect(result.exitCode).toBe(0);
    expect(existsSync(path.join(dir, 'out', 'profile.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
  });

  test('a real Parquet file of the same writer passes', async () => {
    const { result } = await runCase({
      setup: async (d) => {
        await writeFile(path.join(d, 'data.parquet'), realParquet());
        await writeFile(path.join(d, 'schema.yml'), GOOD_SCHEMA);
        return ['validate', '--data', 'data.parquet', '--schema', 'schema.yml'];
      },
    });
    expect(result.stderr).not.toMatch(/^error:/m);
    expect(result.exitCode).toBe(0);
  });
});

describe('a baseline profile that is not valid JSON', () => {
  const setup = async (dir: string) => {
    await withGoodInputs(dir);
    // Line 3 has a doubled comma.
    await writeFile(path.join(dir, 'baseline.json'), '{\n  "schemaVersion": 1,\n  "createdAt": "2024-01-01",,\n  "files": []\n}\n');
    return ['validate', '--data', 'data.csv', '--schema', 'schema.yml', '--baseline', 'baseline.json'];
  };

  test('exit 1, names the file, says how to fix, no stack, nothing written', async () => {
    const { result, dir } = await runCase({ setup });
    expectCleanFailure(result, dir);
    const message = errorMessage(result);
    expect(message).toMatch(/^error: \S*baseline\.json\b/m);
    expect(message).toMatch(/not valid JSON/);
    expect(message).toMatch(/\n {2}How to fix: \S/);
  });

  // BUG (src/data/profile/read-profile.ts readProfile): a JSON syntax error is reported with
  // `location: { file }` only, so the message names no line ("profile is not valid JSON: Expected
  // double-quoted property name in JSON at position 52", or for a truncated file "Unexpected end of
  // JSON input" with no place at all). Expected `baseline.json:3:...`, as for YAML errors.
  test('the message names the line of the syntax error', async () => {
    const { result } = await runCase({ setup });
    expect(errorMessage(result)).toMatch(/^error: \S*baseline\.json:3\b/m);
  });
});

describe('an unknown --format value', () => {
  const setup = async (dir: string) => {
    await withGoodInputs(dir);
    return ['validate', '--data', 'data.csv', '--format', 'xlsx'];
  };

  test('exit 1, names the option, the value and the choices, no stack, nothing written', async () => {
    const { result, dir } = await runCase({ setup });
    expectCleanFailure(result, dir);
    const message = errorMessage(result);
    expect(message).toMatch(/--format/);
    expect(message).toMatch(/'xlsx'/);
    expect(message).toMatch(/csv, tsv, jsonl, parquet/);
  });

  // BUG (src/cli/program.ts): commander's own usage errors (invalid choice for --format or
  // --fail-on, unknown option, missing option argument) are printed by commander as
  // "error: option '-f, --format <format>' argument 'xlsx' is invalid. Allowed choices are ...
  // (run with --help for usage)" without the "How to fix:" line every other user error carries
  // (docs/architecture.md "Errors": what was wrong, where, and how to fix it).
  test('the message says how to fix it', async () => {
    const { result } = await runCase({ setup });
    expect(errorMessage(result)).toMatch(/\n {2}How to fix: \S/);
  });
});
