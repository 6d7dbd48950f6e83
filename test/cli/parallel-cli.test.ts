/**
 * Worker threads must not change the answer: the same ~40 MB CSV (above PARALLEL_MIN_BYTES in
 * src/data/validate/validate.ts, 32 MiB) validated with --parallel 1 (one thread) and --parallel 2
 * (two byte ranges in worker threads) gives the same report and profile, up to the order in which
 * floating-point sums and quantile sketches are merged.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCli, STACK_LINE, tempDirs } from '../support/cli.js';
import { REPO_ROOT } from '../support/runner.js';
import { firstRangeWeight } from '../../src/data/profile/digest.js';

const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;
const ROWS = 500_000;
const SCHEMA = path.join(REPO_ROOT, 'bench', 'schema.yml');

const temps = tempDirs('mlops-cli-parallel-');
let dir: string;
let data: string;

beforeAll(async () => {
  dir = await temps.make();
  data = path.join(dir, 'd.csv');
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bench', 'generate-csv.mjs'), '--rows', String(ROWS), '--out', data, '--quiet']);
}, 60_000);
afterAll(() => temps.cleanup());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Validates d.csv with the given parallelism; the outputs go to the same paths (so profilePath matches) and are read back. */
async function validate(parallel: string, file = 'd.csv'): Promise<{ report: Json; profile: Json; stderr: string }> {
  const result = await runCli(
    ['validate', '--data', file, '--schema', SCHEMA, '--fail-on', 'never', '--parallel', parallel, '--profile-out', 'out/profile.json', '--report', 'out/report.json'],
    { cwd: dir, timeoutMs: 120_000 },
  );
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.exitCode).toBe(0);
  return {
    report: JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')),
    profile: JSON.parse(readFileSync(path.join(dir, 'out', 'profile.json'), 'utf8')),
    stderr: result.stderr,
  };
}

/** Checks whose observed value is a floating-point aggregate (summation order) or a sketch quantile. */
const AGGREGATE_CHECK = /\.(mean|std|quantile_[\d.]+)$/;

/** The report without `seconds`, and with the observed values of aggregate checks taken out (returned apart). */
function split(report: Json): { rest: Json; aggregates: Map<string, number> } {
  const rest = structuredClone(report);
  delete rest.seconds;
  const aggregates = new Map<string, number>();
  for (const dataset of rest.datasets) {
    for (const check of dataset.checks) {
      if (!AGGREGATE_CHECK.test(check.id)) continue;
      aggregates.set(`${dataset.name}:${check.id}`, check.observed);
      delete check.observed;
    }
  }
  return { rest, aggregates };
}

const relativeDifference = (a: number, b: number) => (a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)));

test('--parallel 1 and --parallel 2 give the same report and profile', async () => {
  expect(statSync(data).size).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
  const started = Date.now();
  const one = await validate('1');
  const two = await validate('2');
  const seconds = (Date.now() - started) / 1000;
  // Each run says how many parts it read: the second one really used worker threads.
  expect(one.stderr).toMatch(/d\.csv: 500,000 rows, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s, 1 part\)/);
  expect(two.stderr).toMatch(/d\.csv: 500,000 rows, [\d.]+ MB in [\d.]+ s \([\d.]+ MB\/s, 2 parts\)/);
  expectSameOutcome(one, two, ROWS);
  if (seconds > 15) console.warn(`--parallel 1 and 2 on ${ROWS} rows took ${seconds.toFixed(1)} s`);
}, 120_000);

test('a cut inside a quoted field with line breaks is caught: the rest is read again, same answer', async () => {
  // The worker's range starts right after the first line feed past the first range's share of the
  // data (splitCsvRanges; the first range weighs firstRangeWeight(2), as it also carries the
  // digest). A row whose quoted comment holds 400 line breaks across that point puts that line
  // feed inside quotes: the guess is wrong, the first range ends inside the quoted field, and the
  // file must still validate exactly as in one thread.
  const text = readFileSync(data, 'utf8');
  const tricky = `${ROWS + 1},40,50000.00,0.1,0.5,3,books,US,true,2020-01-01,"${'word\n'.repeat(400)}end",1\n`;
  const headerEnd = text.indexOf('\n') + 1;
  const weight = firstRangeWeight(2);
  const cut = headerEnd + Math.floor(((text.length + tricky.length - headerEnd) * weight) / (weight + 1));
  const at = text.indexOf('\n', cut - tricky.length / 2) + 1;
  const handle = await open(path.join(dir, 'quoted.csv'), 'w');
  await handle.write(text.slice(0, at) + tricky + text.slice(at));
  await handle.close();
  const one = await validate('1', 'quoted.csv');
  const two = await validate('2', 'quoted.csv');
  // The first range ran into the end of its share inside the quotes: it is read again, through
  // to the end of the file, in this thread (one part), and the user is told why.
  expect(two.stderr).toMatch(/quoted\.csv: a cut between ranges fell inside a quoted field; read from byte 80 on in one thread/);
  expect(two.stderr).toMatch(/quoted\.csv: 500,001 rows, .*1 part\)/);
  expectSameOutcome(one, two, ROWS + 1);
}, 120_000);

/** The outcomes of two runs over the same file, compared as documented at the top of this file. */
function expectSameOutcome(one: { report: Json; profile: Json }, two: { report: Json; profile: Json }, rows: number): void {
  // The report: identical except `seconds` and the last bits of aggregates.
  const a = split(one.report);
  const b = split(two.report);
  expect(b.rest).toEqual(a.rest);
  expect([...b.aggregates.keys()]).toEqual([...a.aggregates.keys()]);
  expect(a.aggregates.size).toBeGreaterThan(5);
  for (const [id, value] of a.aggregates) {
    const other = b.aggregates.get(id)!;
    const column = one.profile.columns[id.split('.')[1]];
    if (/quantile/.test(id)) {
      // Sketch quantiles: within 1% of the column's range.
      expect(Math.abs(other - value)).toBeLessThanOrEqual(0.01 * (column.max - column.min));
    } else {
      // Means and standard deviations: the same up to floating-point merge order.
      expect(relativeDifference(other, value)).toBeLessThan(1e-12);
    }
  }
  expect(one.report.datasets[0].rowCount).toBe(rows);
  expect(one.report.dataDigest).toBe(two.report.dataDigest);

  // The profile: counts, nulls and bounds exactly; means to the last bits; quantiles closely.
  expect(Object.keys(two.profile.columns)).toEqual(Object.keys(one.profile.columns));
  expect(two.profile.rowCount).toBe(one.profile.rowCount);
  expect(two.profile.files).toEqual(one.profile.files);
  for (const [name, p1] of Object.entries<Json>(one.profile.columns)) {
    const p2 = two.profile.columns[name];
    for (const key of ['kind', 'count', 'nulls', 'nullFraction', 'nan', 'inf', 'valid', 'min', 'max', 'distinctApprox', 'distinctExact', 'iso'] as const) {
      if (key === 'iso' && p1.iso) {
        expect({ name, key, value: [p2.iso.min, p2.iso.max] }).toEqual({ name, key, value: [p1.iso.min, p1.iso.max] });
        continue;
      }
      expect({ name, key, value: p2[key] }).toEqual({ name, key, value: p1[key] });
    }
    if (p1.mean !== null) expect(relativeDifference(p2.mean, p1.mean)).toBeLessThan(1e-12);
    if (p1.std !== null) expect(relativeDifference(p2.std, p1.std)).toBeLessThan(1e-9);
    if (p1.quantiles) {
      // Sketches agree up to their rank errors: the other run's quantile lies between this run's
      // quantiles at q - e and q + e, e the two reported bounds added (a column of few integers may
      // then answer the next integer).
      const e = p1.quantileTable.rankError + p2.quantileTable.rankError;
      const at = (r: number): number => p1.quantileTable.points[Math.round(Math.min(1, Math.max(0, r)) * (p1.quantileTable.points.length - 1))];
      for (const q of Object.keys(p1.quantiles)) {
        const level = Number(q.slice(1)) / 100;
        const other = p2.quantiles[q];
        expect({ name, q, within: other >= at(level - e) && other <= at(level + e) }).toEqual({ name, q, within: true });
      }
    }
    if (p1.histogram) {
      const total = (h: Json) => h.counts.reduce((s: number, c: number) => s + c, 0);
      expect(p2.histogram.edges).toEqual(p1.histogram.edges);
      expect(Math.abs(total(p2.histogram) - total(p1.histogram))).toBeLessThan(1e-6 * p1.valid + 1);
    }
    // Frequent values of the low-cardinality columns are exact counts.
    if (['category', 'country', 'flag', 'label'].includes(name)) expect({ name, top: p2.top }).toEqual({ name, top: p1.top });
  }
}

test('a bad row in the second half is reported at the same absolute line by a worker thread', async () => {
  // Copy d.csv with one extra field on a record in the second worker's range.
  const text = readFileSync(data, 'utf8');
  let at = -1;
  for (let id = 400_000; at < 0; id++) {
    const start = text.indexOf(`\n${id},`) + 1;
    const end = text.indexOf('\n', start);
    if (!text.slice(start, end).includes('"')) at = end;
  }
  const line = text.slice(0, at).split('\n').length;
  const handle = await open(path.join(dir, 'bad.csv'), 'w');
  await handle.write(text.slice(0, at));
  await handle.write(',extra');
  await handle.write(text.slice(at));
  await handle.close();

  const messages: string[] = [];
  for (const parallel of ['1', '2']) {
    const result = await runCli(['validate', '--data', 'bad.csv', '--schema', SCHEMA, '--parallel', parallel, '--profile-out', 'bad/profile.json', '--report', 'bad/report.json'], {
      cwd: dir,
      timeoutMs: 120_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    messages.push(result.stderr.slice(result.stderr.indexOf('error: ')));
  }
  expect(messages[0]).toMatch(new RegExp(`^error: bad\\.csv:${line}: line ${line} has 13 fields, expected 12`, 'm'));
  expect(messages[0]).toMatch(/\n {2}How to fix: \S/);
  expect(messages[1]).toBe(messages[0]);
  // Nothing written by either run.
  expect(existsSync(path.join(dir, 'bad'))).toBe(false);
}, 120_000);

test('duplicate rows, conflicting labels and repeated ids are found alike when workers share the hash checks', async () => {
  // 25 exact copies and 15 copies with another label of rows from all over the file, appended: the
  // repeats fall in hash partitions of this thread's share and of the worker's.
  const text = readFileSync(data, 'utf8');
  const copies: string[] = [];
  for (let id = 1000; copies.length < 40; id += 3001) {
    expect(id).toBeLessThan(ROWS);
    const start = text.indexOf(`\n${id},`) + 1;
    const row = text.slice(start, text.indexOf('\n', start));
    if (row.includes('"') || !/,[012]$/.test(row)) continue;
    copies.push(copies.length < 25 ? row : row.replace(/,([012])$/, (_, label: string) => `,${(Number(label) + 1) % 3}`));
  }
  const handle = await open(path.join(dir, 'repeats.csv'), 'w');
  await handle.write(text + copies.join('\n') + '\n');
  await handle.close();
  const one = await validate('1', 'repeats.csv');
  const two = await validate('2', 'repeats.csv');
  expect(two.stderr).toMatch(/repeats\.csv: 500,040 rows, .*2 parts\)/);
  const counts = (report: Json) => Object.fromEntries(report.datasets[0].checks.filter((c: Json) => /duplicate_rows|conflicting_labels|column\.id\.unique/.test(c.id)).map((c: Json) => [c.id, c.unexpectedCount]));
  expect(counts(one.report)).toEqual({ 'column.id.unique': 40, 'dataset.duplicate_rows': 25, 'dataset.conflicting_labels': 15 });
  expectSameOutcome(one, two, ROWS + 40);
}, 120_000);
