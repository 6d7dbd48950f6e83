export const id = 219;
export const ids = [219];
export const modules = {

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommands: () => (/* binding */ deployCommands),
  deployFromConfig: () => (/* binding */ deployFromConfig),
  deployText: () => (/* binding */ deployText)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/backends/open.ts + 24 modules
var backends_open = __webpack_require__(92235);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(81122);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/backends/seams.ts
var seams = __webpack_require__(82118);
// EXTERNAL MODULE: ./src/registry/service/models.ts + 2 modules
var models = __webpack_require__(79352);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/deploy/types.ts
/**
 * The strategies deploy-env is composed of (docs/architecture.md "Conventions": small interfaces,
 * `<Kind><Role>` names): where a version goes (`DeployTarget`), how it proves it is up
 * (`HealthCheck`) and how it is asked for predictions (`Predictor`, for the smoke check). Each is
 * given what it needs per call, so one instance serves a deploy and its rollback alike.
 */

/** Resolves a check URL against the deployed environment URL (see Deployed). */
function checkUrl(url, deployed) {
    if (!url.startsWith('/'))
        return url;
    if (!deployed.environmentUrl)
        throw new DeployFailure('health', `The check URL ${url} is relative, but the target named no environment URL`);
    return new URL(url, deployed.environmentUrl).toString();
}
/**
 * A deploy that did not work out: the target failed or hung, the model is not healthy or does not
 * answer as recorded. Inside deployVersion it triggers a rollback; what reaches the user is a
 * DeployError that says what happened to the environment.
 */
class DeployFailure extends Error {
    phase;
    constructor(phase, message, options) {
        super(message, options);
        this.phase = phase;
        this.name = 'DeployFailure';
    }
}
/** A deploy refused or failed: a user's matter (a policy, an input, a failing target), no stack. */
class DeployError extends errors/* UserError */.yo {
}

;// CONCATENATED MODULE: ./src/deploy/policy.ts

/** The model and version a deployment's payload names, if it is one of ours. */
function payloadVersion(payload, name) {
    return payload.model === name && typeof payload.version === 'number' ? payload.version : undefined;
}
const ACTIVE = ['queued', 'pending', 'in_progress'];
function describeProtection(protection) {
    if (!protection)
        return 'the environment does not exist';
    const parts = [];
    if (protection.reviewers.length > 0)
        parts.push(`${protection.reviewers.length} required reviewer(s)`);
    if (protection.waitTimerMinutes > 0)
        parts.push(`a ${protection.waitTimerMinutes}-minute wait timer`);
    return parts.length > 0 ? parts.join(' and ') : 'no protection rule';
}
/** Refuses an unprotected environment (see the header); returns what it found. */
async function checkProtection(log, environment, repository) {
    const protection = await log.getEnvironment(environment);
    if (protection && (protection.reviewers.length > 0 || protection.waitTimerMinutes > 0))
        return describeProtection(protection);
    const where = repository ? `https://github.com/${repository}/settings/environments` : 'Settings > Environments';
    throw new DeployError(`Refusing to deploy to ${environment}: ${describeProtection(protection)}, so nobody approves what reaches it.`, {
        hint: `Add a required reviewer to the "${environment}" environment (${where} > ${environment} > Required reviewers) and run the deploy job with \`environment: ${environment}\`; or set require-protection: false to deploy without (recorded in the deployment).`,
    });
}
/** Whether `version` of `name` has a successful deployment in `environment`. */
async function succeededIn(log, name, version, environment) {
    for (const deployment of await log.list({ environment })) {
        if (payloadVersion(deployment.payload, name) !== version)
            continue;
        const statuses = await log.listStatuses(deployment.id);
        if (statuses.some((s) => s.state === 'success'))
            return true;
    }
    return false;
}
/** Refuses a promotion that skips an environment or lacks a passing gate (see the header). */
async function checkPromotion(input) {
    const { name, version, environment } = input;
    if (input.verdict === 'fail') {
        throw new DeployError(`Refusing to deploy ${name} v${version} to ${environment}: its gate verdict is fail.`, { hint: 'Deploy a version that passed evaluate-gate, or pass override-policy: true (recorded in the deployment).' });
    }
    const index = input.order.indexOf(environment);
    if (index <= 0)
        return;
    if (input.verdict !== 'pass') {
        throw new DeployError(`Refusing to promote ${name} v${version} to ${environment}: it carries no passing gate verdict (${input.verdict ?? 'none recorded'}).`, {
            hint: 'Run evaluate-gate before register-model so the version records its verdict, or pass override-policy: true (recorded in the deployment).',
        });
    }
    for (const before of input.order.slice(0, index)) {
        if (!(await succeededIn(input.log, name, version, before))) {
            throw new DeployError(`Refusing to promote ${name} v${version} to ${environment}: it has not been deployed successfully to ${before} yet (deploy.environments: ${input.order.join(' -> ')}).`, {
                hint: `Deploy v${version} to ${before} first, or pass override-policy: true (recorded in the deployment).`,
            });
        }
    }
}
/** Refuses to start while the newest deployment of the environment is still running. */
async function checkNoRace(log, environment, staleAfterMs, now, logger) {
    const [newest] = await log.list({ environment });
    if (!newest)
        return;
    const [status] = await log.listStatuses(newest.id);
    const state = status?.state ?? 'pending';
    if (!ACTIVE.includes(state))
        return;
    const since = Date.parse(status?.createdAt ?? newest.createdAt);
    if (now.getTime() - since > staleAfterMs) {
        logger.warning(`Deployment ${newest.id} to ${environment} has been ${state} since ${new Date(since).toISOString()}; taking it for abandoned and marking it error`);
        await log.addStatus(newest.id, { state: 'error', description: 'Abandoned: no status for too long; a later deploy took over', autoInactive: false });
        return;
    }
    throw new DeployError(`Refusing to deploy to ${environment}: deployment ${newest.id} (${JSON.stringify(newest.payload.model ?? null)} v${JSON.stringify(newest.payload.version ?? null)}) is ${state} since ${new Date(since).toISOString()}.`, {
        hint: 'Wait for it to finish (workflows: give deploy jobs `concurrency: deploy-<environment>`); a deployment left in progress by a dead run is taken over after stale-after minutes.',
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/data/readers/csv/csv-record.ts
var csv_record = __webpack_require__(95440);
// EXTERNAL MODULE: ./src/gate/predictions.ts
var predictions = __webpack_require__(4377);
// EXTERNAL MODULE: ./src/shared/child-env.ts
var child_env = __webpack_require__(80889);
// EXTERNAL MODULE: ./src/sweep/trial/process-tree.ts
var process_tree = __webpack_require__(54163);
;// CONCATENATED MODULE: ./src/deploy/run-process.ts
/**
 * Runs a user's deploy, health or predict command: `/bin/sh -c <command>` (cmd.exe on Windows) as
 * the leader of its own process group, so a timeout stops the whole tree (the sweep's
 * src/sweep/trial/process-tree.ts, reused as is: SIGTERM, then SIGKILL after a grace period).
 * The child gets a scrubbed environment (src/shared/child-env.ts): the runner's credentials for
 * JavaScript actions and the action's inputs (its token) never reach user code. Its output is
 * the deploy log, with every secret replaced by `***` before anyone reads it.
 */


/**
 * `env` as a `run:` step would see it (src/shared/child-env.ts: no runner-only credentials, no
 * INPUT_*, which carry the action's token), plus the deploy's own variables.
 */
function childEnv(env, extra = {}) {
    return { ...(0,child_env/* userCommandEnv */.c)(env), ...extra };
}
/** `text` with every secret (of 4 characters or more) replaced by `***`. */
function maskSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets)
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    return out;
}
/** Runs `command` through the shell; never rejects. */
function runShellCommand(command, options) {
    const windows = process.platform === 'win32';
    const spec = windows
        ? { file: process.env.ComSpec ?? 'cmd.exe', args: ['/d', '/s', '/c', `"${command}"`], display: command, windowsVerbatimArguments: true }
        : { file: '/bin/sh', args: ['-c', command], display: command };
    const child = (0,process_tree/* spawnTree */.Q5)(spec, options.cwd, options.env);
    const max = options.maxOutput ?? 1_000_000;
    let stdout = '';
    let log = '';
    const keep = (text, chunk) => (text.length + chunk.length > max ? (text + chunk).slice(-max) : text + chunk);
    child.stdout?.setEncoding('utf8').on('data', (chunk) => {
        stdout = keep(stdout, chunk);
        log = keep(log, chunk);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk) => {
        log = keep(log, chunk);
    });
    return new Promise((resolve) => {
        let timedOut = false;
        let spawnError;
        let killTimer;
        const timer = setTimeout(() => {
            timedOut = true;
            (0,process_tree/* signalTree */.r7)(child, 'SIGTERM');
            killTimer = setTimeout(() => {
                if ((0,process_tree/* treeAlive */.gI)(child))
                    (0,process_tree/* signalTree */.r7)(child, 'SIGKILL');
            }, options.graceMs ?? 2000);
        }, options.timeoutMs);
        child.once('error', (error) => {
            spawnError = error;
        });
        let settled = false;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            const secrets = options.secrets ?? [];
            resolve({ exitCode, signal, timedOut, stdout: maskSecrets(stdout, secrets), log: maskSecrets(log, secrets), error: spawnError });
        };
        child.once('close', finish);
        // A server the command leaves running in the background may hold the pipes open: once the
        // command itself has exited, its output is read for a moment more and then taken as it is.
        // (That server is left running on purpose: starting one is what a local deploy target does.)
        child.once('exit', (exitCode, signal) => {
            setTimeout(() => finish(exitCode, signal), 500).unref();
        });
    });
}
/** One line that says how a command ended, for failure reasons. */
function describeOutcome(what, outcome, timeoutMs) {
    if (outcome.timedOut)
        return `${what} did not finish within ${timeoutMs / 1000} s; its process tree was stopped`;
    if (outcome.error)
        return `${what} could not start: ${outcome.error.message}`;
    if (outcome.signal)
        return `${what} was killed by ${outcome.signal}`;
    return `${what} exited with code ${outcome.exitCode}`;
}
/** The last lines of a log, for a failure message. */
function tail(log, lines = 5) {
    const kept = log.trimEnd().split('\n').slice(-lines).join('\n');
    return kept === '' ? '' : `\n${kept}`;
}

;// CONCATENATED MODULE: ./src/deploy/smoke.ts
/**
 * The smoke check: the deployed model must answer the first N rows of the eval data exactly as the
 * registered version answered them when it was trained. The expected answers are the per-example
 * outputs file the trainer writes into its model folder, {@link PREDICTIONS_FILE} (format in
 * src/gate/predictions.ts: `id,label,prediction[,score]`, one row per eval example). A row of the
 * eval data is matched to its expected prediction by the `id` column when the eval data has one,
 * else by position (the trainer writes its rows in the eval file's order). Predictions are compared
 * as text, numbers within a relative 1e-6.
 *
 * This is the one check that a deploy serves the model it claims to: a health check passes for any
 * model, an old one included.
 */









/** The per-example outputs file in a model folder, as the trainer writes it. */
const PREDICTIONS_FILE = predictions/* EVAL_OUTPUTS_FILE */.ZO;
/** Cells that mean "no value" in the eval data. */
const MISSING = new Set(['', 'NA', 'NaN', 'null']);
const COMMA = 44;
/** The expected outputs of a downloaded version: its model folder's predictions file, if any. */
function findPredictionsFile(modelDir) {
    const file = external_node_path_default().join(modelDir, PREDICTIONS_FILE);
    return (0,external_node_fs_.existsSync)(file) ? file : undefined;
}
/** Enough of the eval file for its first rows: the smoke check sends a few rows, never the whole file. */
const SMOKE_READ_BYTES = 4 * 1024 * 1024;
/** The eval file's first bytes (a regular file only: a FIFO must not hang the deploy), and whether that is all of it. */
async function readPrefix(file) {
    const unreadable = (cause) => new errors/* DataError */.fL(`The eval data ${file} cannot be read for the smoke check.`, { location: { file }, hint: 'Point data.eval in mlops.yml (or the smoke-data input) at a CSV file.', cause });
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        throw unreadable(error);
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw unreadable();
        const buffer = Buffer.alloc(Math.min(stats.size, SMOKE_READ_BYTES));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { text: buffer.subarray(0, bytesRead).toString('utf8'), whole: bytesRead >= stats.size };
    }
    finally {
        await handle.close();
    }
}
/** The first `n` rows of a CSV eval file, as objects, read with the data layer's record parser. */
async function readFirstRows(file, n) {
    const { text, whole } = await readPrefix(file);
    let header;
    const rows = [];
    let pos = 0;
    while (rows.length < n && pos < text.length) {
        const record = (0,csv_record/* parseRecord */.Hh)(text, pos, whole, COMMA);
        if (record.kind !== 'record')
            break; // cut by the prefix, or an unterminated quote
        pos = record.next;
        if (record.fields.every((cell) => cell.trim() === ''))
            continue; // a blank line
        if (!header)
            header = record.fields;
        else
            rows.push(Object.fromEntries(header.map((name, i) => [name, record.fields[i] === undefined || MISSING.has(record.fields[i]) ? null : record.fields[i]])));
    }
    return rows;
}
function same(a, b) {
    if (a === b)
        return true;
    const x = Number(a);
    const y = Number(b);
    return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
}
/** Sends the first rows to the deployed model and compares; throws a DeployFailure on a mismatch. */
async function smokeCheck(input) {
    const rows = await readFirstRows(input.evalFile, input.rows);
    if (rows.length === 0)
        throw new errors/* DataError */.fL(`The eval data ${input.evalFile} has no rows for the smoke check.`, { location: { file: input.evalFile } });
    const expected = await (0,predictions/* readPredictionsFile */.jO)(input.predictionsFile);
    const byId = new Map(expected.ids.map((id, i) => [id, expected.predictions[i]]));
    const wanted = rows.map((row, i) => {
        const id = row.id ?? undefined;
        const prediction = id !== undefined ? byId.get(id) : expected.predictions[i];
        if (prediction === undefined) {
            throw new errors/* DataError */.fL(`${input.predictionsFile} has no prediction for eval row ${i + 1}${id !== undefined ? ` (id ${id})` : ''}.`, {
                location: { file: input.predictionsFile },
                hint: 'The trainer writes one row per eval example, in the eval file\'s order (or with its id column).',
            });
        }
        return prediction;
    });
    const answers = await input.predictor.predict(rows, input.logger, input.deployed);
    if (answers.length !== rows.length)
        throw new DeployFailure('smoke', `The smoke check sent ${rows.length} rows and got ${answers.length} predictions back (${input.predictor.description})`);
    const wrong = wanted.map((w, i) => ({ i, w, got: answers[i] })).filter((x) => !same(x.w, x.got));
    if (wrong.length > 0) {
        const shown = wrong.slice(0, 3).map((x) => `row ${x.i + 1}: expected ${JSON.stringify(x.w)}, got ${JSON.stringify(x.got)}`).join('; ');
        throw new DeployFailure('smoke', `The deployed model does not answer as the registered version did: ${wrong.length} of ${rows.length} rows differ (${shown})`);
    }
    input.logger.info(`Smoke check passed: ${rows.length} rows answered as recorded`);
    return { rows: rows.length };
}
/** The predictions in an answer: `{"predictions": [...]}` or a bare array, each as text. */
function predictionsOf(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new DeployFailure('smoke', `${where} answered something that is not JSON: ${text.slice(0, 200)}`);
    }
    const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? value.predictions : undefined;
    if (!Array.isArray(list))
        throw new DeployFailure('smoke', `${where} answered without a "predictions" array: ${text.slice(0, 200)}`);
    return list.map((p) => (typeof p === 'string' ? p : JSON.stringify(p)));
}
/** POSTs `{"rows": [...]}` to a predict URL; expects `{"predictions": [...]}`. */
class HttpPredictor {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `POST ${this.options.url}`;
    }
    async predict(rows, _logger, deployed) {
        const url = checkUrl(this.options.url, deployed);
        let response;
        try {
            response = await (this.options.fetch ?? fetch)(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ rows }),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
            });
        }
        catch (error) {
            throw new DeployFailure('smoke', `The predict URL ${url} did not answer: ${error.message}`);
        }
        const text = await response.text();
        if (!response.ok)
            throw new DeployFailure('smoke', `The predict URL ${url} answered ${response.status}: ${text.slice(0, 200)}`);
        return predictionsOf(text, url);
    }
}
/**
 * Runs a command with the rows as a JSON array in the file named by MLOPS_SMOKE_ROWS; its stdout is
 * `{"predictions": [...]}` or a JSON array.
 */
class CommandPredictor {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `command: ${this.options.command}`;
    }
    async predict(rows) {
        const o = this.options;
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlops-smoke-'));
        try {
            const file = external_node_path_default().join(dir, 'rows.json');
            await (0,promises_.writeFile)(file, JSON.stringify(rows));
            const outcome = await runShellCommand(o.command, { cwd: o.cwd, env: childEnv(o.env, { MLOPS_SMOKE_ROWS: file }), timeoutMs: o.timeoutMs, secrets: o.secrets, graceMs: 500 });
            if (outcome.timedOut || outcome.exitCode !== 0)
                throw new DeployFailure('smoke', `${describeOutcome('The predict command', outcome, o.timeoutMs)}${tail(outcome.log, 3)}`);
            return predictionsOf(outcome.stdout.trim(), 'The predict command');
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts
/**
 * deploy-env end to end, over seams (a ModelRegistry on its ReleaseStore, a DeploymentLog) and
 * strategies (types.ts). The protocol, conservative by design: it deploys only what it verified,
 * records every step in the deployment history, and puts the last good version back when a deploy
 * goes wrong.
 *
 * States of one deploy of version N of model M to environment E:
 *
 *   resolve     N from a version or alias (a missing one is an error; nothing recorded)
 *   checks      policy.ts: protection (GitHub production), promotion order and gate verdict, not
 *               deprecated (registry), no in-progress deployment of E (a refusal records nothing; an override is recorded in
 *               the payload)
 *   recorded    deployment D created for the ref and E, payload {model, version, previousVersion,
 *               target, overrides}; status in_progress with log_url (the run)
 *   verified    every asset of N downloaded and its size and sha256 checked (registry
 *               service/models.ts); the target has seen nothing yet. A mismatch: D failure, the step
 *               fails, no rollback needed (E untouched)
 *   deployed    the target ran (command exit 0 / webhook 2xx)
 *   healthy     the health check passed (HTTP 2xx [+ JSON field] or command exit 0, with retries)
 *   answering   the smoke check passed (first rows of the eval data answered as N recorded them);
 *               skipped, with a warning, when N has no predictions file or no smoke is configured
 *   success     D success with environment_url and log_url (earlier successes of E become inactive:
 *               auto_inactive); then alias E moves to N (registry alias history records who/when)
 *
 * A failure in deployed, healthy or answering (a failing or hanging target, whose process tree is
 * killed at the timeout; an unhealthy model; wrong answers):
 *
 *   1. D failure with the reason (<= 140 characters; the full reason is in the step's log).
 *   2. P, the previous good version of E (alias E; alias moves only ever follow a success), is
 *      redeployed as deployment R (payload rollbackOf D): in_progress, verified, deployed, healthy,
 *      answering, success. With no P (a first deploy) there is nothing to put back.
 *   3. The step fails with a DeployError naming D's reason and R's outcome. Alias E is not moved.
 *   If R fails too, R is marked failure and the error says E is in an unknown state and needs a
 *   person: nothing is retried in a loop.
 *
 * On-demand rollback (`mlops deploy rollback`, input rollback: true) deploys the version E ran before
 * its current one first arrived (alias history: the `from` of the earliest move to the current
 * version, so repeated rollbacks walk back one good version each), through the same protocol, with
 * promotion checks skipped (that version already passed them) and rollbackOf set.
 *
 * API faults (5xx, 429, dropped connections) are retried by Octokit's retry and throttling plugins
 * and the registry's steps. A fault that outlasts them after D was created leaves D in_progress; the
 * next deploy takes it for abandoned after stale-after minutes (policy.ts checkNoRace) and marks it
 * error. Requests: ~4 to check, 2 + one per status to record, the registry's 2-3 to read N and
 * ~5 to move the alias.
 */








/** A deploy that failed and was (or could not be) rolled back: the outcomes ride along. */
class DeployFailedError extends DeployError {
    deployments = [];
}
const deploy_short = (text) => (text.length > 140 ? `${text.slice(0, 137)}...` : text);
async function deployVersion(settings, seams) {
    const { registry, log, logger } = seams;
    const now = settings.now ?? (() => new Date());
    const env = settings.environment;
    const target = await registry.get(settings.name, settings.selector);
    const previousVersion = (await registry.aliasTarget(settings.name, env)) ?? null;
    logger.info(`Deploying ${target.tag} to ${env} (now serving: ${previousVersion === null ? 'nothing' : `v${previousVersion}`}) with ${settings.target.description}`);
    const overrides = [];
    await logger.group('Checks before deploying', async () => {
        const production = settings.productionEnvironment ?? env === 'production';
        if (settings.requireProtection && production) {
            logger.info(`Protection of ${env}: ${await checkProtection(log, env, settings.repository)}`);
        }
        else if (production) {
            overrides.push('protection check off (require-protection: false)');
        }
        if (settings.rollback) {
            logger.info('Rollback: promotion checks skipped (the version already passed them)');
        }
        else if (settings.overridePolicy) {
            overrides.push('promotion policy overridden (override-policy: true)');
            logger.warning(`Promotion policy overridden for ${target.tag} -> ${env}; recorded in the deployment payload`);
        }
        else {
            await checkPromotion({ log, name: settings.name, version: target.version, environment: env, order: settings.order, verdict: target.manifest.gate?.verdict ?? settings.recordVerdict });
        }
        const deprecated = (await registry.deprecations(settings.name)).find((d) => d.version === target.version);
        if (deprecated && settings.overridePolicy) {
            overrides.push(`deprecated version deployed (${deprecated.reason})`);
        }
        else if (deprecated) {
            throw new DeployError(`Refusing to deploy ${target.tag}: it was deprecated by ${deprecated.actor} at ${deprecated.at} (${deprecated.reason}).`, {
                hint: 'Deploy another version, or pass override-policy: true (recorded in the deployment).',
            });
        }
        await checkNoRace(log, env, settings.staleAfterMs ?? 3_600_000, now(), logger);
    });
    const outcomes = [];
    const attempt = await attemptDeploy(settings, seams, target, previousVersion, overrides, settings.rollback ? 'rollback' : undefined);
    outcomes.push(attempt.outcome);
    if (attempt.failure === undefined) {
        // A redeploy of the serving version leaves the alias (and its history) as it is.
        if (previousVersion !== target.version)
            await registry.setAlias(settings.name, env, target.version, { actor: settings.actor });
        logger.info(`${target.tag} is live in ${env}${attempt.outcome.url ? ` at ${attempt.outcome.url}` : ''}; alias ${env} -> v${target.version}`);
        return { version: target.version, previousVersion, deploymentId: attempt.outcome.deploymentId, environmentUrl: attempt.outcome.url, contentDigest: target.manifest.contentDigest, deployments: outcomes, overrides, smokeRows: attempt.smokeRows };
    }
    // The deploy failed after the target may have changed something: put the last good version back.
    const reason = attempt.failure.message;
    let what;
    if (attempt.failure.phase === 'verify') {
        what = 'The target was not touched.';
    }
    else if (previousVersion === null || previousVersion === target.version) {
        what = previousVersion === null ? `There is no earlier version of ${env} to put back.` : `v${previousVersion} was already the version of ${env}; nothing else to put back.`;
    }
    else {
        const previous = await registry.get(settings.name, { version: previousVersion });
        logger.warning(`Rolling ${env} back to ${previous.tag}`);
        const back = await attemptDeploy(settings, seams, previous, target.version, overrides, 'rollback', attempt.outcome.deploymentId);
        outcomes.push(back.outcome);
        what = back.failure
            ? `Rolling back to v${previousVersion} failed too (${back.failure.message}): ${env} is in an unknown state and needs a person (deployment ${back.outcome.deploymentId}).`
            : `Rolled back: v${previousVersion} is serving ${env} again (deployment ${back.outcome.deploymentId}).`;
    }
    const error = new DeployFailedError(`Deploying ${target.tag} to ${env} failed (${attempt.failure.phase}): ${reason}\n${what} Alias ${env} was not moved.`, {
        hint: attempt.failure.phase === 'verify' ? 'The release was changed after registration: register the model again.' : 'Read the deploy log above; fix the target, health check or model and deploy again.',
    });
    error.deployments = outcomes;
    throw error;
}
/** One deployment record from in_progress to success or failure (the states of the header). */
async function attemptDeploy(settings, seams, version, previousVersion, overrides, task, rollbackOf) {
    const { log, logger } = seams;
    const env = settings.environment;
    const payload = {
        model: settings.name,
        version: version.version,
        previousVersion,
        target: settings.target.description,
        ...(task === 'rollback' ? { rollbackOf: rollbackOf ?? null } : {}),
        ...(overrides.length > 0 ? { overrides } : {}),
    };
    const deployment = await createDeployment(log, {
        ref: settings.ref,
        environment: env,
        task: task === 'rollback' ? 'deploy:rollback' : 'deploy',
        payload,
        description: deploy_short(`${task === 'rollback' ? 'Rollback to' : 'Deploy'} ${version.tag}`),
        productionEnvironment: settings.productionEnvironment ?? env === 'production',
        transientEnvironment: settings.transientEnvironment ?? /^preview(\b|[-_])/i.test(env),
    });
    await log.addStatus(deployment.id, { state: 'in_progress', description: deploy_short(`Deploying ${version.tag}`), logUrl: settings.logUrl });
    let smokeRows = null;
    let url = settings.environmentUrl ?? null;
    try {
        const modelDir = await logger.group(`Verify ${version.tag}`, () => fetchVerified(version, settings, seams));
        const result = await logger.group(`Deploy ${version.tag} to ${env}`, () => settings.target.deploy({ name: settings.name, version: version.version, environment: env, modelDir, stateDir: environmentDir(settings), previousVersion, releaseUrl: version.htmlUrl, logger }));
        url = result.environmentUrl ?? url;
        const deployed = { version: version.version, environmentUrl: url ?? undefined };
        if (settings.health)
            await logger.group(`Health check: ${settings.health.description}`, () => settings.health.check(logger, deployed));
        if (settings.smoke) {
            const smoke = settings.smoke;
            const predictions = findPredictionsFile(modelDir);
            if (predictions === undefined) {
                logger.warning(`Smoke check skipped: ${version.tag} recorded no per-example outputs (${PREDICTIONS_FILE} in the model folder)`);
            }
            else {
                smokeRows = (await logger.group(`Smoke check: ${smoke.predictor.description}`, () => smokeCheck({ predictor: smoke.predictor, evalFile: smoke.evalFile, predictionsFile: predictions, rows: smoke.rows, logger, deployed }))).rows;
            }
        }
    }
    catch (error) {
        const failure = error instanceof DeployFailure ? error : asFailure(error);
        logger.warning(`${task === 'rollback' ? 'Rollback' : 'Deploy'} of ${version.tag} to ${env} failed: ${failure.message}`);
        await log.addStatus(deployment.id, { state: 'failure', description: deploy_short(`${failure.phase}: ${failure.message}`), logUrl: settings.logUrl, autoInactive: false });
        return { outcome: { environment: env, version: version.version, deploymentId: deployment.id, status: 'failure', url: null, reason: failure.message, ...(rollbackOf ? { rollbackOf } : {}) }, failure, smokeRows };
    }
    await log.addStatus(deployment.id, { state: 'success', description: deploy_short(`${version.tag} is live`), environmentUrl: url ?? undefined, logUrl: settings.logUrl });
    return { outcome: { environment: env, version: version.version, deploymentId: deployment.id, status: 'success', url, ...(rollbackOf ? { rollbackOf } : {}) }, smokeRows };
}
/** log.create, with a ref GitHub does not know turned into an error that says which input to fix. */
async function createDeployment(log, input) {
    try {
        return await log.create(input);
    }
    catch (error) {
        if (!(error instanceof seams/* NotFoundError */.m_))
            throw error;
        throw new DeployError(`Cannot record a deployment of ${input.ref}: the repository has no such branch, tag or commit.`, { hint: 'Pass the ref input (--ref) of a pushed commit; by default it is the commit of the run.', cause: error });
    }
}
/** A user's error inside a deploy (a bad file, a checksum mismatch) as a failure of its phase. */
function asFailure(error) {
    if ((0,errors/* isUserError */.iU)(error))
        return new DeployFailure('verify', error.message, { cause: error });
    throw error;
}
/** `<workDir>/<environment>`: the environment's verified versions and the target's state. */
function environmentDir(settings) {
    return external_node_path_default().resolve(settings.workDir, settings.environment.replace(/[^A-Za-z0-9._-]/g, '_'));
}
/**
 * Downloads and verifies a version into `<workDir>/<environment>/v<N>` (replaced if there). The model
 * folder is the extracted archive when the version is one archive (plus metadata files), else the
 * folder of the files.
 */
async function fetchVerified(version, settings, seams) {
    const dest = external_node_path_default().join(environmentDir(settings), `v${version.version}`);
    await (0,promises_.rm)(dest, { recursive: true, force: true });
    await (0,promises_.mkdir)(external_node_path_default().dirname(dest), { recursive: true });
    const written = await (0,models/* downloadVersion */.TA)(version, dest, seams.store);
    seams.logger.info(`Verified ${written.length} file(s) of ${version.tag} (size and sha256 of each) into ${dest}`);
    const archives = version.manifest.assets.filter((a) => a.name.endsWith('.tar.gz'));
    if (archives.length === 1)
        return external_node_path_default().join(dest, archives[0].name.slice(0, -'.tar.gz'.length));
    return dest;
}

;// CONCATENATED MODULE: ./src/deploy/rollback.ts



/** The version to roll back to from the alias history, or undefined. */
function rollbackTarget(moves, current) {
    const first = moves.find((m) => m.applied && m.to === current);
    return first?.from ?? undefined;
}
/** Deploys the version the environment ran before its current one (see the header). */
async function rollbackEnvironment(settings, seams) {
    const { registry } = seams;
    const env = settings.environment;
    const current = await registry.aliasTarget(settings.name, env);
    if (current === undefined)
        throw new DeployError(`Nothing to roll back in ${env}: alias ${env} of ${settings.name} is not set (nothing was deployed there successfully).`);
    const back = rollbackTarget(await registry.aliasHistory(settings.name, env), current);
    if (back === undefined)
        throw new DeployError(`Nothing to roll back to in ${env}: v${current} is the first version deployed there.`, { hint: 'Deploy a chosen version instead: mlops deploy NAME:<version> --env ' + env });
    seams.logger.info(`Rollback of ${env}: v${current} -> v${back}`);
    return deployVersion({ ...settings, selector: { version: back }, rollback: true }, seams);
}
/** Deployments of a model (every environment, or one), newest first, with their newest status. */
async function listDeployments(log, name, environment, limit = 50) {
    const out = [];
    for (const d of await log.list(environment ? { environment } : {})) {
        if (d.payload.model !== name)
            continue;
        const [status] = await log.listStatuses(d.id);
        out.push({
            id: d.id,
            environment: d.environment,
            model: name,
            version: payloadVersion(d.payload, name) ?? null,
            task: d.task,
            ref: d.ref,
            createdAt: d.createdAt,
            state: status?.state ?? 'none',
            stateAt: status?.createdAt ?? d.createdAt,
            description: status?.description ?? d.description ?? '',
            environmentUrl: status?.environmentUrl ?? '',
        });
        if (out.length >= limit)
            break;
    }
    return out;
}
/**
 * What ran in `environment` at `at`: the version of the newest alias move (each follows a successful
 * deploy or rollback) at or before that moment.
 */
async function servingAt(registry, name, environment, at) {
    const moves = (await registry.aliasHistory(name, environment)).filter((m) => m.applied && Date.parse(m.at) <= at.getTime());
    return moves.at(-1);
}

// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var record = __webpack_require__(60134);
;// CONCATENATED MODULE: ./src/deploy/health.ts


const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function retry(what, options, logger, once) {
    const attempts = options.attempts ?? 10;
    let problem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await sleep(Math.min((options.intervalMs ?? 500) * 1.5 ** (attempt - 2), 10_000));
        const failed = await once();
        if (failed === undefined) {
            logger.info(`Health check passed (${what}, try ${attempt})`);
            return;
        }
        problem = failed;
        logger.debug(`Health check try ${attempt} of ${attempts}: ${failed}`);
    }
    throw new DeployFailure('health', `The health check (${what}) did not pass in ${attempts} tries: ${problem}`);
}
/** The value at a dotted path of a JSON value, or undefined. */
function at(value, dotted) {
    let current = value;
    for (const key of dotted.split('.')) {
        if (typeof current !== 'object' || current === null)
            return undefined;
        current = current[key];
    }
    return current;
}
class HttpHealthCheck {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `GET ${this.options.url}${this.options.jsonField ? ` (${this.options.jsonField}${this.options.expect !== undefined ? ` = ${this.options.expect}` : ''})` : ''}`;
    }
    check(logger, deployed) {
        const o = this.options;
        const doFetch = o.fetch ?? fetch;
        const url = checkUrl(o.url, deployed);
        const expected = o.expect?.replaceAll('{version}', String(deployed.version));
        return retry(this.description, o, logger, async () => {
            try {
                const response = await doFetch(url, { signal: AbortSignal.timeout(o.timeoutMs ?? 5000) });
                const text = await response.text();
                if (!response.ok)
                    return `answered ${response.status}`;
                if (o.jsonField === undefined)
                    return undefined;
                let value;
                try {
                    value = at(JSON.parse(text), o.jsonField);
                }
                catch {
                    return 'answered something that is not JSON';
                }
                if (value === undefined)
                    return `the answer has no field ${o.jsonField}`;
                if (expected !== undefined && (typeof value === 'string' ? value : JSON.stringify(value)) !== expected)
                    return `${o.jsonField} is ${JSON.stringify(value)}, expected ${expected}`;
                return undefined;
            }
            catch (error) {
                return `no answer (${error.message})`;
            }
        });
    }
}
class CommandHealthCheck {
    options;
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `command: ${this.options.command}`;
    }
    /** The command gets MLOPS_MODEL_VERSION and MLOPS_ENVIRONMENT_URL of the deploy. */
    check(logger, deployed) {
        const o = this.options;
        const timeoutMs = o.timeoutMs ?? 5000;
        const env = childEnv(o.env, { MLOPS_MODEL_VERSION: String(deployed.version), MLOPS_ENVIRONMENT_URL: deployed.environmentUrl ?? '' });
        return retry(this.description, o, logger, async () => {
            const outcome = await runShellCommand(o.command, { cwd: o.cwd, env, timeoutMs, secrets: o.secrets, graceMs: 500 });
            return outcome.exitCode === 0 && !outcome.timedOut ? undefined : `${describeOutcome('the command', outcome, timeoutMs)}${tail(outcome.log, 3)}`;
        });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/deploy/targets.ts
/**
 * Deploy targets (types.ts `DeployTarget`): a command, for anything a shell can reach (a container
 * registry push, a Kubernetes image roll, a serverless function update, a local server), and a
 * webhook, for a service that deploys on request.
 */



/** Variables a command target (and a command health check) reads. */
const TargetEnv = {
    /** The verified model folder. */
    ModelDir: 'MLOPS_MODEL_DIR',
    ModelName: 'MLOPS_MODEL_NAME',
    ModelVersion: 'MLOPS_MODEL_VERSION',
    Environment: 'MLOPS_ENVIRONMENT',
    /** The version the environment served before ('' when none). */
    PreviousVersion: 'MLOPS_PREVIOUS_VERSION',
    /** A folder kept across deploys of the environment, for state such as a pid file. */
    StateDir: 'MLOPS_DEPLOY_DIR',
};
/** A line of a target's output that names where the deployed model answers. */
const URL_LINE = /^mlops:environment-url\s+(\S+)\s*$/m;
/**
 * Runs the user's command with the model in environment variables (TargetEnv). Exit code 0 is a
 * deploy; anything else, or no exit within the timeout (the process tree is stopped), a failure.
 */
class CommandTarget {
    options;
    kind = 'command';
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `command: ${this.options.command}`;
    }
    async deploy(request) {
        const o = this.options;
        const env = childEnv(o.env, {
            [TargetEnv.ModelDir]: request.modelDir,
            [TargetEnv.ModelName]: request.name,
            [TargetEnv.ModelVersion]: String(request.version),
            [TargetEnv.Environment]: request.environment,
            [TargetEnv.PreviousVersion]: request.previousVersion === null ? '' : String(request.previousVersion),
            [TargetEnv.StateDir]: request.stateDir,
        });
        const outcome = await runShellCommand(o.command, { cwd: o.cwd, env, timeoutMs: o.timeoutMs, secrets: o.secrets, graceMs: o.graceMs });
        for (const line of outcome.log.trimEnd().split('\n'))
            if (line !== '')
                request.logger.info(`  | ${line}`);
        if (outcome.timedOut || outcome.exitCode !== 0) {
            throw new DeployFailure('target', `${describeOutcome('The deploy command', outcome, o.timeoutMs)}${tail(outcome.log)}`);
        }
        return { log: outcome.log, environmentUrl: URL_LINE.exec(outcome.stdout)?.[1] };
    }
}
/** The header that carries the body's signature (GitHub's webhook convention, our name). */
const SIGNATURE_HEADER = 'X-Mlops-Signature-256';
/** `sha256=<hex>` of `body` under `secret`: what a receiver recomputes to trust the request. */
function signBody(body, secret) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/**
 * POSTs the deploy as JSON (model, version, environment, previous version, release page) to a
 * service that does the deploying. A 2xx answer is a deploy; 4xx is a refusal (not retried: the same
 * request would be refused again); 5xx and lost connections are tried again with backoff.
 */
class WebhookTarget {
    options;
    kind = 'webhook';
    constructor(options) {
        this.options = options;
    }
    get description() {
        return `webhook: ${new URL(this.options.url).origin}${new URL(this.options.url).pathname}`;
    }
    async deploy(request) {
        const body = JSON.stringify({
            model: request.name,
            version: request.version,
            environment: request.environment,
            previousVersion: request.previousVersion,
            releaseUrl: request.releaseUrl ?? null,
        });
        const headers = { 'content-type': 'application/json', 'user-agent': 'mlops-deploy-env' };
        if (this.options.secret)
            headers[SIGNATURE_HEADER] = signBody(body, this.options.secret);
        const answer = await postWithRetries(this.options, body, headers, request.logger);
        return { log: `${answer.status} ${answer.text.slice(0, 2000)}`, environmentUrl: environmentUrlOf(answer.text) };
    }
}
function environmentUrlOf(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value === 'object' && value !== null && typeof value.environmentUrl === 'string')
            return value.environmentUrl;
    }
    catch {
        // Not JSON: no URL.
    }
    return undefined;
}
async function postWithRetries(options, body, headers, logger) {
    const attempts = options.attempts ?? 4;
    const doFetch = options.fetch ?? fetch;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        if (attempt > 1)
            await new Promise((resolve) => setTimeout(resolve, (options.backoffMs ?? 1000) * 2 ** (attempt - 2)));
        try {
            const response = await doFetch(options.url, { method: 'POST', body, headers, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
            const text = await response.text();
            if (response.ok)
                return { status: response.status, text };
            last = `answered ${response.status}: ${text.slice(0, 300)}`;
            if (response.status < 500)
                throw new DeployFailure('target', `The deploy webhook ${last} (a 4xx is a refusal: not retried)`);
        }
        catch (error) {
            if (error instanceof DeployFailure)
                throw error;
            last = `failed: ${error.message}`;
        }
        logger.warning(`Deploy webhook attempt ${attempt} of ${attempts} ${last}`);
    }
    throw new DeployFailure('target', `The deploy webhook ${last} after ${attempts} attempts`);
}

;// CONCATENATED MODULE: ./src/deploy/service.ts
/**
 * deploy-env as the entries call it (the action, `mlops deploy`, the last step of `mlops run`): the
 * strategies built from mlops.yml `deploy:` (with the entries' overrides), the version taken from the
 * run record's register part when none is given, its gate verdict from the gate part, one deploy or
 * rollback, and the deploy part written to the record.
 */








const seconds = (value, fallback) => Math.round((value ?? fallback) * 1000);
/** The target of `deploy.target`: exactly one of command and webhook. */
function buildTarget(config, request) {
    const t = config.target ?? {};
    if ((t.command === undefined) === (t.webhook === undefined)) {
        throw new errors/* InputError */.dz(`deploy.target needs exactly one of command and webhook (got ${t.command === undefined ? 'neither' : 'both'}).`, {
            location: { file: 'mlops.yml', key: 'deploy.target' },
            hint: 'e.g. deploy: { target: { command: ./deploy.sh } } or the target-command / webhook-url inputs.',
        });
    }
    if (t.command !== undefined)
        return new CommandTarget({ command: t.command, cwd: request.configDir, env: request.env, timeoutMs: seconds(t.timeout, 300), secrets: request.secrets });
    const secret = t.secret_env ? request.env[t.secret_env] : undefined;
    if (t.secret_env && !secret)
        throw new errors/* InputError */.dz(`deploy.target.secret_env names ${t.secret_env}, which is not set.`, { hint: `Pass the secret as an environment variable: env: { ${t.secret_env}: \${{ secrets.${t.secret_env} }} }.` });
    return new WebhookTarget({ url: t.webhook, secret, backoffMs: request.backoffMs, timeoutMs: seconds(t.timeout, 30) });
}
function buildHealth(config, request) {
    const h = config.health;
    if (!h || (h.url === undefined && h.command === undefined))
        return undefined;
    const retry = { attempts: h.attempts, intervalMs: h.interval === undefined ? undefined : seconds(h.interval, 0.5), timeoutMs: h.timeout === undefined ? undefined : seconds(h.timeout, 5) };
    if (h.url !== undefined)
        return new HttpHealthCheck({ url: h.url, jsonField: h.json_field, expect: h.expect === undefined ? undefined : String(h.expect), ...retry });
    return new CommandHealthCheck({ command: h.command, cwd: request.configDir, env: request.env, secrets: request.secrets, ...retry });
}
function buildSmoke(request) {
    const s = request.deploy.smoke;
    if (!s || (s.url === undefined && s.command === undefined))
        return undefined;
    const data = s.data ?? request.evalData;
    if (!data)
        throw new errors/* InputError */.dz('deploy.smoke needs eval rows: set deploy.smoke.data or data.eval in mlops.yml.', { location: { file: 'mlops.yml', key: 'deploy.smoke' } });
    const predictor = s.url !== undefined ? new HttpPredictor({ url: s.url }) : new CommandPredictor({ command: s.command, cwd: request.configDir, env: request.env, timeoutMs: 60_000, secrets: request.secrets });
    return { predictor, evalFile: external_node_path_default().resolve(request.configDir, data), rows: s.rows ?? 10 };
}
/** Deploys (or rolls back) as the request says and records the deployments in the run record. */
async function runDeploy(request, seams) {
    const registerPart = request.record ? await (0,record/* readPartIfPresent */.As)(request.record, 'register') : undefined;
    const gatePart = request.record ? await (0,record/* readPartIfPresent */.As)(request.record, 'gate') : undefined;
    let selector = request.selector;
    if (selector === undefined && !request.rollback) {
        if (!registerPart || registerPart.value.name !== request.name) {
            throw new errors/* InputError */.dz(`No version to deploy: give a version or alias, or run register-model first (the run record has no register part for ${request.name}).`, { hint: 'e.g. mlops deploy penguins:3 --env staging, or the version / alias inputs.' });
        }
        selector = { version: registerPart.value.version };
    }
    // The record's gate verdict speaks for the version the same record registered, and only for it.
    const sameVersion = registerPart && selector !== undefined && selector !== 'latest' && 'version' in selector && selector.version === registerPart.value.version;
    const settings = {
        name: request.name,
        environment: request.environment,
        ref: request.ref,
        actor: request.actor,
        target: buildTarget(request.deploy, request),
        health: buildHealth(request.deploy, request),
        smoke: buildSmoke(request),
        order: request.deploy.environments ?? [],
        requireProtection: request.requireProtection,
        overridePolicy: request.overridePolicy,
        // A gate that passed with warnings passed: the manifest keeps it as pass too.
        recordVerdict: sameVersion && gatePart ? (gatePart.value.verdict === 'warn' ? 'pass' : gatePart.value.verdict) : undefined,
        workDir: request.workDir,
        logUrl: request.logUrl,
        environmentUrl: request.deploy.environment_url,
        repository: request.repository,
    };
    try {
        const result = request.rollback ? await rollbackEnvironment(settings, seams) : await deployVersion({ ...settings, selector: selector }, seams);
        if (request.record)
            await (0,record/* writeDeployPart */.AA)(request.record, result.deployments.map(partEntry), request.env);
        return result;
    }
    catch (error) {
        if (error instanceof DeployFailedError && request.record)
            await (0,record/* writeDeployPart */.AA)(request.record, error.deployments.map(partEntry), request.env);
        throw error;
    }
}
function partEntry(d) {
    return { environment: d.environment, version: d.version, deploymentId: d.deploymentId, status: d.status, url: d.url };
}

// EXTERNAL MODULE: ./src/config/paths.ts
var config_paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/registry/service/register-model.ts + 1 modules
var register_model = __webpack_require__(51446);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/cli/console-logger.ts
var console_logger = __webpack_require__(58328);
;// CONCATENATED MODULE: ./src/cli/deploy-command.ts
/**
 * `mlops deploy`, `mlops deploy rollback` and `mlops deployments list`: deploy-env from the command
 * line, over a local registry and deployment log (`.mlops/registry`) or a GitHub repository's
 * releases and Deployments API (--github, token from GITHUB_TOKEN).
 */













const NO_COMMIT = '0'.repeat(40);
/** The registry: GitHub, or a local folder (an option against cwd, the default beside mlops.yml: config/paths.ts). */
function backendOf(options) {
    if (options.github)
        return { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL };
    const cwd = process.cwd();
    return { kind: 'local', dir: (0,config_paths/* projectPath */.D)(options.registry, { cwd, projectDir: (0,config_paths/* projectDirOf */.q)(cwd, options.config) }, backends_open/* DEFAULT_LOCAL_REGISTRY */.MF) };
}
/** Default of `--work-dir`, beside mlops.yml. */
const DEPLOY_WORK_DIR = '.mlops/deploy';
const withBackend = (command) => command
    .option('--registry <dir>', `a local registry folder; the deployment log lives beside it (default ${backends_open/* DEFAULT_LOCAL_REGISTRY */.MF} beside mlops.yml)`)
    .option('--github <owner/repo>', 'the repository whose releases hold the registry and whose Deployments API records deploys (token from GITHUB_TOKEN)');
/** The first eval file of mlops.yml, for the smoke check. */
function evalDataOf(loaded) {
    const data = loaded.config.data.eval;
    const first = Array.isArray(data) ? data[0] : data;
    return first === undefined ? undefined : external_node_path_default().resolve(loaded.dir, first);
}
/** One deploy (or rollback) from mlops.yml's `deploy:`: what `mlops deploy` and `mlops run` share. */
async function deployFromConfig(options) {
    const { loaded, logger } = options;
    const deploy = loaded.config.deploy ?? {};
    const selected = options.model ? (0,models/* parseSelector */.Pl)(options.model) : undefined;
    const name = selected?.name ?? loaded.config.name;
    const sha = (0,register_model/* commitOf */.D)(options.cwd, process.env) ?? NO_COMMIT;
    const seams = (0,backends_open/* openDeployBackends */.bY)(options.backend, { sha, logger });
    const secret = deploy.target?.secret_env ? process.env[deploy.target.secret_env] : undefined;
    return runDeploy({
        configDir: loaded.dir,
        name,
        selector: selected?.selector,
        environment: options.environment,
        ref: options.ref ?? process.env.GITHUB_SHA ?? sha,
        actor: process.env.GITHUB_ACTOR ?? process.env.USER ?? 'local',
        deploy,
        evalData: evalDataOf(loaded),
        record: options.record,
        rollback: options.rollback ?? false,
        overridePolicy: options.overridePolicy ?? false,
        // Locally no environment has reviewers: the protection rule is GitHub's (docs in policy.ts).
        requireProtection: seams.isGitHub && (options.requireProtection ?? deploy.require_protection ?? true),
        workDir: options.workDir,
        env: process.env,
        secrets: [process.env.GITHUB_TOKEN ?? '', secret ?? ''].filter(Boolean),
        repository: seams.repository,
    }, { registry: seams.registry, store: seams.store, log: seams.log, logger });
}
/** The lines a deploy prints. */
function deployText(result, environment) {
    const rows = result.deployments.map((d) => [String(d.deploymentId), `v${d.version}`, d.status, d.url ?? '']);
    return `${(0,terminal/* textTable */.e)(['deployment', 'version', 'status', 'url'], rows)}\nv${result.version} is live in ${environment}${result.environmentUrl ? ` at ${result.environmentUrl}` : ''} (was ${result.previousVersion === null ? 'nothing' : `v${result.previousVersion}`})${result.overrides.length ? `\noverrides: ${result.overrides.join('; ')}` : ''}\n`;
}
function deployCommands(context) {
    const out = (text) => context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    // --env is checked in `run`, not by commander: a required option of `deploy` would be demanded of
    // `deploy rollback --env x` too.
    const common = (command) => withBackend(command)
        .option('-e, --env <environment>', 'the environment (staging, production, ...); required')
        .option('-c, --config <file>', 'mlops.yml with the deploy: section', 'mlops.yml')
        .option('--record <file>', 'the run record: the version from its register part, the gate verdict from its gate part; the deploy part is written to it (default .mlops/record.json beside mlops.yml)')
        .option('--no-require-protection', 'deploy to a GitHub production environment without reviewers (recorded in the deployment)')
        .option('--work-dir <dir>', 'where verified versions are downloaded (default .mlops/deploy beside mlops.yml)')
        .option('--ref <ref>', 'the branch, tag or sha the deployment is recorded for (default: the checkout\'s commit)');
    const run = async (model, options, rollback) => {
        if (!options.env)
            throw new errors/* InputError */.dz('Which environment? --env is required.', { hint: `e.g. mlops deploy${rollback ? ' rollback' : ''} --env staging` });
        const cwd = process.cwd();
        const loaded = await (0,config/* loadConfig */.Z)(external_node_path_default().resolve(cwd, options.config));
        const paths = { cwd, projectDir: loaded.dir };
        const result = await deployFromConfig({
            loaded,
            backend: backendOf(options),
            environment: options.env,
            model,
            ref: options.ref,
            record: (0,config_paths/* projectPath */.D)(options.record, paths, record/* DEFAULT_RECORD_FILE */.z7),
            rollback,
            overridePolicy: options.overridePolicy,
            requireProtection: options.requireProtection,
            workDir: (0,config_paths/* projectPath */.D)(options.workDir, paths, DEPLOY_WORK_DIR),
            cwd,
            logger: new console_logger/* ConsoleLogger */.C(),
        });
        out(deployText(result, options.env));
    };
    const deploy = common(new esm/* Command */.uB('deploy'))
        .description('Deploy a registered version: verify its files, run the target, check health and answers, record the deployment; roll back on failure.')
        .argument('[model]', 'NAME:3, NAME@staging (promote what the alias points at) or NAME; default: the version of the run record')
        .option('--override-policy', 'deploy even if the promotion order or the gate verdict says no (recorded in the deployment)')
        .addHelpText('after', '\nExamples:\n  mlops deploy --env staging                  # the version the run record registered\n  mlops deploy penguins@staging --env production\n  mlops deploy rollback --env production')
        .action((model, options) => run(model, options, false));
    deploy.addCommand(common(new esm/* Command */.uB('rollback'))
        .description('Put back the version the environment ran before its current one.')
        // The program parses options anywhere, so `deploy` takes the ones after `rollback` too: both
        // command's values count, the ones given to `rollback` itself first.
        .action((options, command) => {
        const given = Object.entries(options).filter(([key]) => command.getOptionValueSource(key) === 'cli');
        return run(undefined, { ...(command.parent?.opts() ?? options), ...Object.fromEntries(given) }, true);
    }));
    const deployments = new esm/* Command */.uB('deployments').description('The deployment history: every deploy and rollback with its status.');
    withBackend(deployments.command('list'))
        .description('Deployments of the model, newest first; with --at, what ran in --env at that moment.')
        .option('-n, --name <name>', 'model name (default: name in mlops.yml)')
        .option('-c, --config <file>', 'mlops.yml, for the name', 'mlops.yml')
        .option('-e, --env <environment>', 'only this environment')
        .option('--at <date>', 'with --env: the version serving at this date (ISO 8601)')
        .option('--limit <n>', 'at most this many', '50')
        .action(async (options) => {
        const cwd = process.cwd();
        const name = options.name ?? (await (0,config/* loadConfig */.Z)(external_node_path_default().resolve(cwd, options.config))).config.name;
        const seams = (0,backends_open/* openDeployBackends */.bY)(backendOf(options), { sha: NO_COMMIT });
        if (options.at !== undefined) {
            const at = new Date(options.at);
            if (!options.env || Number.isNaN(at.getTime()))
                throw new errors/* InputError */.dz('--at needs --env and a date like 2026-12-06T12:00:00Z.');
            const move = await servingAt(seams.registry, name, options.env, at);
            out(move ? `${name} v${move.to} was serving ${options.env} at ${at.toISOString()} (since ${move.at}, by ${move.actor})` : `Nothing of ${name} was serving ${options.env} at ${at.toISOString()}.`);
            return;
        }
        const entries = await listDeployments(seams.log, name, options.env, Number(options.limit) || 50);
        out((0,terminal/* textTable */.e)(['id', 'environment', 'version', 'task', 'status', 'since', 'description'], entries.map((e) => [String(e.id), e.environment, e.version === null ? '?' : `v${e.version}`, e.task, e.state, e.stateAt, e.description])));
    });
    return [deploy, deployments];
}


/***/ })

};
