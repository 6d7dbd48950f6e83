import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OUTPUT_LIMIT_BYTES, setOutputs } from '../../../src/actions/runtime/outputs.js';
import { appendSummary, cutToBytes, SUMMARY_TRUNCATED_NOTE } from '../../../src/actions/runtime/summary.js';
import { FakeCore } from './fake-core.js';

describe('setOutputs', () => {
  it('sets strings as they are, other values as JSON, and skips undefined', () => {
    const core = new FakeCore();
    setOutputs({ name: 'v3', count: 3, ok: true, data: { a: [1] }, missing: undefined }, core);
    expect(core.calls).toEqual([
      { kind: 'setOutput', name: 'name', value: 'v3' },
      { kind: 'setOutput', name: 'count', value: '3' },
      { kind: 'setOutput', name: 'ok', value: 'true' },
      { kind: 'setOutput', name: 'data', value: '{"a":[1]}' },
    ]);
  });

  it('refuses an output over 1 MB before writing any', () => {
    const core = new FakeCore();
    expect(() => setOutputs({ small: 'x', big: 'y'.repeat(OUTPUT_LIMIT_BYTES + 1) }, core)).toThrow(
      /Output "big" is 1\.00 MB \(1048577 bytes\), more than GitHub's limit of 1 MB per output/,
    );
    expect(core.calls).toEqual([]);
  });
});

describe('appendSummary', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summary-test-'));
    file = path.join(dir, 'step_summary');
    await fs.writeFile(file, '');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('appends while it fits', async () => {
    const env = { GITHUB_STEP_SUMMARY: file };
    expect(await appendSummary('# One\n', { env })).toBe('written');
    expect(await appendSummary('two\n', { env })).toBe('written');
    expect(await fs.readFile(file, 'utf8')).toBe('# One\ntwo\n');
  });

  it('cuts at a line break, adds the note once, then stays within the limit', async () => {
    const env = { GITHUB_STEP_SUMMARY: file };
    const limitBytes = 600;
    const table = Array.from({ length: 40 }, (_, i) => `| row ${i} | é |`).join('\n');
    expect(await appendSummary(table, { env, limitBytes })).toBe('truncated');
    const text = await fs.readFile(file, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limitBytes);
    expect(text.endsWith(SUMMARY_TRUNCATED_NOTE)).toBe(true);
    expect(text.slice(0, -SUMMARY_TRUNCATED_NOTE.length)).toMatch(/\| row \d+ \| é \|\n$/);
    expect(await appendSummary('more', { env, limitBytes })).toBe('full');
    expect(await fs.readFile(file, 'utf8')).toBe(text);
  });

  it('does nothing without GITHUB_STEP_SUMMARY', async () => {
    expect(await appendSummary('x', { env: {} })).toBe('unavailable');
  });

  it('never cuts inside a multi-byte character', () => {
    expect(cutToBytes('ééé', 3)).toBe('é');
    expect(cutToBytes('ab\ncd', 4)).toBe('ab\n');
  });
});
