export const id = 6;
export const ids = [6];
export const modules = {

/***/ 48006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCommand: () => (/* binding */ gateCommand),
  gateLocally: () => (/* binding */ gateLocally),
  gateText: () => (/* binding */ gateText)
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
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/sweep/random.ts
var sweep_random = __webpack_require__(27589);
;// CONCATENATED MODULE: ./src/gate/bootstrap.ts
/**
 * The seeded paired bootstrap: confidence intervals for the change of each statistic between the
 * candidate and the baseline, on the same examples.
 *
 * Resampling: each resample draws n row indexes with replacement, the same rows for both models
 * (paired) and for every statistic. Draw k is `floor(u_k * n / 2^32)` where u_k is the next output
 * of an sfc32 generator (the project's PRNG, src/sweep/random.ts) whose four state words are the
 * first four outputs of `new SeededRandom(seed)`: `IndexStream` below, whose hot loop inlines the
 * generator (a method call per draw costs twice as much at 400 million draws). The draws become row
 * multiplicities (`counts`), which each statistic's kernel weighs in one pass.
 *
 * Interval: the percentile method (the alpha/2 and 1 - alpha/2 quantiles of the resampled changes,
 * with numpy's default linear interpolation). Not BCa, scipy's default: BCa's acceleration needs a
 * jackknife, n recomputations of each statistic on n - 1 rows, O(n^2) for a 200,000-row eval set;
 * at the sizes where a gate matters the percentile interval's skew correction is negligible, and
 * the method is the one scipy is compared with (`method='percentile'`) in bench/gate-bootstrap.mjs.
 *
 * Resamples where a statistic is undefined (an AUC with one class drawn) are left out of its
 * interval and counted.
 */

/** The seeded stream of resampled row indexes in [0, n). */
class IndexStream {
    n;
    a;
    b;
    c;
    d;
    scale;
    constructor(seed, n) {
        this.n = n;
        const random = new sweep_random/* SeededRandom */.AU(seed);
        [this.a, this.b, this.c, this.d] = [random.nextUint32() | 0, random.nextUint32() | 0, random.nextUint32() | 0, random.nextUint32() | 0];
        this.scale = n / 4294967296;
    }
    /** The next index (one draw; the reference the fast `fillCounts` must match). */
    next() {
        const t = (((this.a + this.b) | 0) + this.d) | 0;
        this.d = (this.d + 1) | 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) | 0;
        this.c = (this.c << 21) | (this.c >>> 11);
        this.c = (this.c + t) | 0;
        return ((t >>> 0) * this.scale) >>> 0;
    }
    /** Draws the next n indexes into row multiplicities (`counts` is zeroed first). */
    fillCounts(counts) {
        let { a, b, c, d } = this;
        const { scale, n } = this;
        counts.fill(0);
        for (let k = 0; k < n; k++) {
            const t = (((a + b) | 0) + d) | 0;
            d = (d + 1) | 0;
            a = b ^ (b >>> 9);
            b = (c + (c << 3)) | 0;
            c = (c << 21) | (c >>> 11);
            c = (c + t) | 0;
            // floor by `>>> 0` (the product is below n < 2^32): Math.floor is not inlined everywhere (jest's VM contexts).
            counts[((t >>> 0) * scale) >>> 0]++;
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }
}
/** The resampled changes of every kernel (rows: kernels, in order; one value per resample). */
function resampleChanges(kernels, n, options) {
    const stream = new IndexStream(options.seed, n);
    const counts = new Uint16Array(n);
    const changes = kernels.map(() => new Float64Array(options.resamples));
    for (let r = 0; r < options.resamples; r++) {
        stream.fillCounts(counts);
        for (let s = 0; s < kernels.length; s++)
            changes[s][r] = kernels[s].delta(counts, n);
    }
    return changes;
}
/** Intervals for every kernel's change, from one shared set of resamples. */
function pairedBootstrap(kernels, n, options) {
    const ones = new Uint16Array(n).fill(1);
    const points = kernels.map((kernel) => kernel.delta(ones, n));
    const changes = resampleChanges(kernels, n, options);
    const alpha = 1 - options.confidence;
    return kernels.map((kernel, s) => {
        const defined = changes[s].filter((x) => !Number.isNaN(x)).sort();
        return {
            statistic: kernel.statistic,
            point: points[s],
            low: percentile(defined, alpha / 2),
            high: percentile(defined, 1 - alpha / 2),
            resamples: defined.length,
        };
    });
}
/** The q-quantile (0..1) of sorted values, linear interpolation (numpy's default); NaN when empty. */
function percentile(sorted, q) {
    if (sorted.length === 0)
        return NaN;
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

;// CONCATENATED MODULE: ./src/gate/directions.ts
const LOWER = /(^|[^a-z])(loss|logloss|error|err|latency|time|seconds|duration|ms|rmse|mse|mae|mape|perplexity|ppl|size|bytes|memory|mem|cost|wer|cer|brier|fpr|fnr)([^a-z]|$)/i;
/** The default direction of a metric named `name`. */
function defaultDirection(name) {
    const tail = name.slice(name.lastIndexOf('.') + 1);
    return LOWER.test(tail) ? 'lower' : 'higher';
}
/** Each statistic's own direction (a log loss or RMSE falls when the model improves). */
const STATISTIC_DIRECTION = {
    accuracy: 'higher',
    f1: 'higher',
    auc: 'higher',
    log_loss: 'lower',
    rmse: 'lower',
};
const STATISTIC_NAMES = {
    accuracy: 'accuracy',
    acc: 'accuracy',
    f1: 'f1',
    f1_score: 'f1',
    f1_macro: 'f1',
    macro_f1: 'f1',
    log_loss: 'log_loss',
    logloss: 'log_loss',
    cross_entropy: 'log_loss',
    rmse: 'rmse',
    auc: 'auc',
    roc_auc: 'auc',
    auroc: 'auc',
};
/**
 * The per-example statistic a metric's interval is computed with, guessed from its name's last
 * segment (`eval.f1` -> f1, `roc_auc` -> auc); mlops.yml `gate.metrics.<name>.statistic` overrides.
 */
function defaultStatistic(name) {
    const tail = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    return STATISTIC_NAMES[tail];
}

// EXTERNAL MODULE: ./src/shared/did-you-mean.ts
var did_you_mean = __webpack_require__(44498);
// EXTERNAL MODULE: ./src/shared/json.ts
var json = __webpack_require__(78451);
;// CONCATENATED MODULE: ./src/gate/rules.ts

/** A failed rule's status: `fail` for error rules, `warn` for warning rules. */
function failed(severity, reason) {
    return { status: severity === 'error' ? 'fail' : 'warn', reason };
}
const skipped = (reason) => ({ status: 'skipped', reason });
const passed = (reason) => ({ status: 'pass', reason });
/** The candidate's value of `name`, or the outcome when it has none. */
function candidateValue(context, name, severity) {
    const row = context.metric(name);
    if (!row)
        return failed(severity, `\`${name}\` is in neither model's metrics`);
    if (row.candidate === undefined)
        return failed(severity, `removed: the candidate has no \`${name}\`${row.baseline === undefined ? '' : ` (production had ${(0,markdown/* formatNumber */.ZV)(row.baseline)})`}`);
    return row.candidate;
}
/** An absolute bound on the candidate's value. */
class ThresholdRule {
    metric;
    bound;
    severity;
    location;
    kind = 'threshold';
    constructor(metric, bound, severity = 'error', location) {
        this.metric = metric;
        this.bound = bound;
        this.severity = severity;
        this.location = location;
    }
    describe() {
        return `${this.metric} ${this.condition()}`;
    }
    condition() {
        const { min, max } = this.bound;
        if (min !== undefined && max !== undefined)
            return `in [${(0,markdown/* formatNumber */.ZV)(min)}, ${(0,markdown/* formatNumber */.ZV)(max)}]`;
        return min !== undefined ? `>= ${(0,markdown/* formatNumber */.ZV)(min)}` : `<= ${(0,markdown/* formatNumber */.ZV)(max)}`;
    }
    evaluate(context) {
        const value = candidateValue(context, this.metric, this.severity);
        if (typeof value !== 'number')
            return value;
        const { min, max } = this.bound;
        if (min !== undefined && value < min)
            return failed(this.severity, `${(0,markdown/* formatNumber */.ZV)(value)} < ${(0,markdown/* formatNumber */.ZV)(min)}`);
        if (max !== undefined && value > max)
            return failed(this.severity, `${(0,markdown/* formatNumber */.ZV)(value)} > ${(0,markdown/* formatNumber */.ZV)(max)}`);
        return passed(min !== undefined && max !== undefined ? `${(0,markdown/* formatNumber */.ZV)(value)} in [${(0,markdown/* formatNumber */.ZV)(min)}, ${(0,markdown/* formatNumber */.ZV)(max)}]` : `${(0,markdown/* formatNumber */.ZV)(value)} ${min !== undefined ? '>=' : '<='} ${(0,markdown/* formatNumber */.ZV)(min ?? max)}`);
    }
}
/** A bound on the change against the production baseline, in the metric's direction. */
class ChangeRule {
    metric;
    bound;
    limit;
    significant;
    severity;
    location;
    kind = 'change';
    constructor(metric, bound, limit, significant = false, severity = 'error', location) {
        this.metric = metric;
        this.bound = bound;
        this.limit = limit;
        this.significant = significant;
        this.severity = severity;
        this.location = location;
    }
    get percent() {
        return this.bound.endsWith('_pct');
    }
    get isDrop() {
        return this.bound.startsWith('max_drop');
    }
    describe() {
        return `${this.metric} ${this.condition()}`;
    }
    condition() {
        const unit = this.percent ? '%' : '';
        const text = this.isDrop ? `drop <= ${(0,markdown/* formatNumber */.ZV)(this.limit)}${unit}` : `gain >= ${(0,markdown/* formatNumber */.ZV)(this.limit)}${unit}`;
        return this.significant ? `${text}, ${this.isDrop ? 'unless within noise' : 'significant'}` : text;
    }
    evaluate(context) {
        if (!context.hasBaseline)
            return skipped('no production model to compare with');
        const value = candidateValue(context, this.metric, this.severity);
        if (typeof value !== 'number')
            return value;
        const row = context.metric(this.metric);
        if (row.baseline === undefined)
            return skipped(`new metric: production has no \`${this.metric}\` to compare with`);
        // The gain in the metric's direction: positive is better, whichever way the metric improves.
        const gain = gainOf(row, row.candidate - row.baseline);
        let measured = gain;
        if (this.percent) {
            if (row.baseline === 0)
                return skipped(`production's \`${this.metric}\` is 0, so a change in percent is undefined`);
            measured = (gain / Math.abs(row.baseline)) * 100;
        }
        const unit = this.percent ? '%' : '';
        const shown = (x) => `${(0,markdown/* formatNumber */.ZV)(x)}${unit}`;
        if (this.isDrop) {
            const drop = -measured;
            if (drop <= this.limit)
                return passed(drop > 0 ? `drop ${shown(drop)} <= ${shown(this.limit)}` : `no drop (${gain === 0 ? 'unchanged' : `gain ${shown(measured)}`})`);
            if (!this.significant)
                return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)}`);
            if (!row.interval)
                return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)} (no per-example outputs to tell it from noise)`);
            if (row.significance !== 'drop')
                return passed(`drop ${shown(drop)} > ${shown(this.limit)} but within noise`);
            return failed(this.severity, `drop ${shown(drop)} > ${shown(this.limit)}, significant`);
        }
        if (measured < this.limit)
            return failed(this.severity, `gain ${shown(measured)} < ${shown(this.limit)}`);
        if (!this.significant)
            return passed(`gain ${shown(measured)} >= ${shown(this.limit)}`);
        if (!row.interval)
            return failed(this.severity, `gain ${shown(measured)}, but significance needs per-example outputs of both models`);
        if (row.significance !== 'gain')
            return failed(this.severity, `gain ${shown(measured)} is within noise`);
        return passed(`gain ${shown(measured)} >= ${shown(this.limit)}, significant`);
    }
}
/** A change expressed as a gain in the metric's direction (positive is better). */
function gainOf(row, change) {
    return row.direction === 'higher' ? change : -change;
}
/** validate-data passed (at its own fail-on level). */
class ValidationRule {
    severity;
    location;
    kind = 'validation';
    constructor(severity = 'error', location) {
        this.severity = severity;
        this.location = location;
    }
    describe() {
        return 'data validation passed';
    }
    condition() {
        return this.describe();
    }
    evaluate(context) {
        const passedValidation = context.data?.validationPassed;
        if (passedValidation === undefined)
            return skipped('no validate-data result in this run');
        const counts = `${context.data?.errors ?? 0} errors, ${context.data?.warnings ?? 0} warnings`;
        return passedValidation ? passed(`validation passed (${counts})`) : failed(this.severity, `validation failed (${counts})`);
    }
}
/** The share of drifted columns is at most `max`. */
class DriftedShareRule {
    max;
    severity;
    location;
    kind = 'drift';
    constructor(max, severity = 'error', location) {
        this.max = max;
        this.severity = severity;
        this.location = location;
    }
    describe() {
        return `drifted share <= ${(0,markdown/* formatNumber */.ZV)(this.max)}`;
    }
    condition() {
        return this.describe();
    }
    evaluate(context) {
        const share = context.data?.driftedShare;
        if (share === undefined)
            return skipped('no drift measured in this run (validate-data had no baseline profile)');
        return share <= this.max ? passed(`${(0,markdown/* formatNumber */.ZV)(share)} <= ${(0,markdown/* formatNumber */.ZV)(this.max)}`) : failed(this.severity, `${(0,markdown/* formatNumber */.ZV)(share)} > ${(0,markdown/* formatNumber */.ZV)(this.max)}`);
    }
}

;// CONCATENATED MODULE: ./src/gate/gate-config.ts
/**
 * mlops.yml `gate:`: per-metric settings, the rules and the bootstrap. Its JSON Schema fragment is
 * gate-config.schema.json (merged into schema/mlops.schema.json at integration); this parser checks
 * the same shape with located errors, builds the rule objects, and `checkRuleMetrics` names a rule's
 * unknown metric with a "did you mean" against the metrics the two models have.
 *
 * ```yaml
 * gate:
 *   metrics:                          # optional, by (dotted) metric name
 *     latency_ms: { direction: lower }            # default: from the name (loss, error, latency: lower)
 *     eval.score: { statistic: accuracy }         # which per-example statistic gives its interval
 *   rules:
 *     - { metric: accuracy, min: 0.9 }                          # absolute: min and/or max
 *     - { metric: latency_ms, max: 50, severity: warning }      # severity: error (default) or warning
 *     - { metric: f1, max_drop: 0.01 }                          # relative: one of max_drop,
 *     - { metric: accuracy, max_drop_pct: 2, significant: true } #   max_drop_pct, min_gain, min_gain_pct
 *     - { metric: auc, min_gain: 0, significant: true }          # a gain that is not noise
 *     - { data: validation_passed }
 *     - { data: drifted_share, max: 0.3 }
 *   bootstrap: { resamples: 2000, confidence: 0.95, seed: 0, positive_label: "1" }
 *   evaluate: { command: python evaluate.py, timeout: 600 }    # re-evaluate the baseline model
 * ```
 *
 * Inputs of the action override single values (`mergeGateOverrides`) before parsing.
 */




const DEFAULT_BOOTSTRAP = { resamples: 2000, confidence: 0.95, seed: 0 };
const STATISTICS = ['accuracy', 'f1', 'log_loss', 'rmse', 'auc'];
const CHANGE_BOUNDS = ['max_drop', 'max_drop_pct', 'min_gain', 'min_gain_pct'];
const METRIC_RULE_KEYS = ['metric', 'min', 'max', ...CHANGE_BOUNDS, 'significant', 'severity'];
const DATA_RULES = ['validation_passed', 'drifted_share'];
/**
 * Parses the `gate:` section (undefined: no section, the defaults and no rules). `locate` gives
 * line and column for errors; without it errors name the key only.
 */
function parseGateConfig(raw, locate = (path) => ({ file: 'mlops.yml', key: ['gate', ...path].join('.') })) {
    const fail = (path, message, hint) => {
        throw new errors/* ConfigError */.xL(`gate.${path.join('.')}: ${message}`, { location: locate(path), hint });
    };
    if (raw === undefined || raw === null)
        return { metrics: {}, rules: [], bootstrap: { ...DEFAULT_BOOTSTRAP } };
    if (!(0,json/* isRecord */.u4)(raw))
        return fail([], 'must be an object with metrics, rules and bootstrap', 'See the gate section of the README.');
    checkKeys(raw, ['metrics', 'rules', 'bootstrap', 'evaluate'], [], fail);
    const metrics = {};
    if (raw.metrics !== undefined) {
        if (!(0,json/* isRecord */.u4)(raw.metrics))
            fail(['metrics'], 'must map metric names to settings', 'Write e.g. `metrics: { latency_ms: { direction: lower } }`.');
        for (const [name, settings] of Object.entries(raw.metrics)) {
            const path = ['metrics', name];
            if (!(0,json/* isRecord */.u4)(settings))
                fail(path, 'must be an object ({ direction, statistic })', 'Write e.g. `{ direction: lower }`.');
            const s = settings;
            checkKeys(s, ['direction', 'statistic'], path, fail);
            if (s.direction !== undefined && s.direction !== 'higher' && s.direction !== 'lower')
                fail([...path, 'direction'], `must be higher or lower, not ${JSON.stringify(s.direction)}`, 'higher: larger values are better; lower: smaller values are better.');
            if (s.statistic !== undefined && !STATISTICS.includes(s.statistic))
                fail([...path, 'statistic'], `must be one of ${STATISTICS.join(', ')}`, `The per-example statistic that gives this metric's interval.${typeof s.statistic === 'string' ? (0,did_you_mean/* didYouMean */.a)(s.statistic, STATISTICS) : ''}`);
            metrics[name] = { direction: s.direction, statistic: s.statistic };
        }
    }
    const rules = [];
    if (raw.rules !== undefined) {
        if (!Array.isArray(raw.rules))
            fail(['rules'], 'must be a list of rules', 'Write e.g. `rules: [{ metric: accuracy, min: 0.9 }]`.');
        raw.rules.forEach((spec, i) => rules.push(parseRule(spec, ['rules', i], locate, fail)));
    }
    const bootstrap = { ...DEFAULT_BOOTSTRAP };
    if (raw.bootstrap !== undefined) {
        const b = raw.bootstrap;
        if (!(0,json/* isRecord */.u4)(b))
            return fail(['bootstrap'], 'must be an object', 'Write e.g. `bootstrap: { resamples: 2000, confidence: 0.95, seed: 0 }`.');
        checkKeys(b, ['resamples', 'confidence', 'seed', 'positive_label'], ['bootstrap'], fail);
        if (b.resamples !== undefined) {
            if (!Number.isInteger(b.resamples) || b.resamples < 100 || b.resamples > 100000)
                fail(['bootstrap', 'resamples'], 'must be a whole number from 100 to 100000', 'Use 2000 (the default) or more for stable 95% intervals.');
            bootstrap.resamples = b.resamples;
        }
        if (b.confidence !== undefined) {
            if (typeof b.confidence !== 'number' || !(b.confidence > 0.5 && b.confidence < 1))
                fail(['bootstrap', 'confidence'], 'must be a number between 0.5 and 1 (exclusive)', 'Use e.g. 0.95 for a 95% interval.');
            bootstrap.confidence = b.confidence;
        }
        if (b.seed !== undefined) {
            if (!Number.isInteger(b.seed) || b.seed < 0)
                fail(['bootstrap', 'seed'], 'must be a whole number >= 0', 'The same seed gives the same intervals.');
            bootstrap.seed = b.seed;
        }
        const label = b.positive_label;
        if (typeof label === 'string' || typeof label === 'number' || typeof label === 'boolean')
            bootstrap.positiveLabel = String(label);
        else if (label !== undefined)
            fail(['bootstrap', 'positive_label'], 'must be a label value', 'Write the positive class as it appears in the label column, e.g. "1".');
    }
    return { metrics, rules, bootstrap, ...(raw.evaluate === undefined ? {} : { evaluate: parseEvaluate(raw.evaluate, locate, fail) }) };
}
function parseEvaluate(raw, locate, fail) {
    const hint = 'Write e.g. `evaluate: { command: "python evaluate.py", timeout: 600 }`.';
    if (!(0,json/* isRecord */.u4)(raw))
        return fail(['evaluate'], 'must be an object with command (and timeout)', hint);
    checkKeys(raw, ['command', 'timeout'], ['evaluate'], fail);
    const command = raw.command;
    const isArgv = Array.isArray(command) && command.length > 0 && command.every((part) => typeof part === 'string' && part !== '');
    if (!(typeof command === 'string' && command.trim() !== '') && !isArgv)
        fail(['evaluate', 'command'], 'must be a command line or a non-empty list of arguments', hint);
    if (raw.timeout !== undefined && (typeof raw.timeout !== 'number' || !(raw.timeout > 0)))
        fail(['evaluate', 'timeout'], 'must be a number of seconds > 0', hint);
    return { command: command, timeout: raw.timeout ?? 600, location: locate(['evaluate', 'command']) };
}
function checkKeys(node, allowed, path, fail) {
    for (const key of Object.keys(node)) {
        if (!allowed.includes(key))
            fail([...path, key], `unknown key \`${key}\``, `Allowed here: ${allowed.join(', ')}.${(0,did_you_mean/* didYouMean */.a)(key, allowed)}`);
    }
}
function parseRule(spec, path, locate, fail) {
    const location = locate(path);
    if (!(0,json/* isRecord */.u4)(spec))
        return fail(path, 'a rule must be an object', 'Write e.g. `{ metric: accuracy, min: 0.9 }` or `{ data: validation_passed }`.');
    const severity = parseSeverity(spec.severity, [...path, 'severity'], fail);
    if (spec.data !== undefined) {
        if (spec.metric !== undefined)
            fail(path, 'a rule has either `metric` or `data`, not both', 'Split it into two rules.');
        if (spec.data === 'validation_passed') {
            checkKeys(spec, ['data', 'severity'], path, fail);
            return new ValidationRule(severity, location);
        }
        if (spec.data === 'drifted_share') {
            checkKeys(spec, ['data', 'max', 'severity'], path, fail);
            if (typeof spec.max !== 'number' || spec.max < 0 || spec.max > 1)
                fail([...path, 'max'], 'a drifted_share rule needs `max`, a share from 0 to 1', 'Write e.g. `{ data: drifted_share, max: 0.3 }`.');
            return new DriftedShareRule(spec.max, severity, location);
        }
        return fail([...path, 'data'], `unknown data rule ${JSON.stringify(spec.data)}`, `Data rules: ${DATA_RULES.join(', ')}.${typeof spec.data === 'string' ? (0,did_you_mean/* didYouMean */.a)(spec.data, DATA_RULES) : ''}`);
    }
    if (typeof spec.metric !== 'string' || spec.metric === '')
        return fail(path, 'a rule needs `metric` (a metric name) or `data`', 'Write e.g. `{ metric: accuracy, min: 0.9 }`.');
    checkKeys(spec, METRIC_RULE_KEYS, path, fail);
    for (const key of ['min', 'max', ...CHANGE_BOUNDS]) {
        if (spec[key] !== undefined && (typeof spec[key] !== 'number' || !Number.isFinite(spec[key])))
            fail([...path, key], `must be a number, not ${JSON.stringify(spec[key])}`, 'Write the bound as a plain number.');
    }
    const relative = CHANGE_BOUNDS.filter((key) => spec[key] !== undefined);
    const absolute = spec.min !== undefined || spec.max !== undefined;
    if (relative.length + (absolute ? 1 : 0) !== 1) {
        fail(path, relative.length + (absolute ? 1 : 0) === 0 ? 'the rule has no bound' : 'a rule holds one kind of bound', `Give either min/max, or one of ${CHANGE_BOUNDS.join(', ')}; write several rules for several bounds.`);
    }
    if (spec.significant !== undefined && typeof spec.significant !== 'boolean')
        fail([...path, 'significant'], 'must be true or false', 'true: judge the change against its bootstrap interval.');
    if (absolute) {
        if (spec.significant !== undefined)
            fail([...path, 'significant'], 'applies to relative rules only', 'Use it with max_drop, max_drop_pct, min_gain or min_gain_pct.');
        if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max)
            fail(path, 'min is above max', 'Swap them.');
        return new ThresholdRule(spec.metric, { min: spec.min, max: spec.max }, severity, location);
    }
    const bound = relative[0];
    if (bound.startsWith('max_drop') && spec[bound] < 0)
        fail([...path, bound], 'must be >= 0 (a drop is measured in the metric’s bad direction)', 'Use min_gain to require an improvement.');
    return new ChangeRule(spec.metric, bound, spec[bound], spec.significant === true, severity, location);
}
function parseSeverity(value, path, fail) {
    if (value === undefined)
        return 'error';
    if (value === 'error' || value === 'warning')
        return value;
    return fail(path, `must be error or warning, not ${JSON.stringify(value)}`, 'error fails the gate; warning only shows in the report.');
}
/**
 * Every rule's metric must be a metric of the candidate or of the baseline (a rule on a metric only
 * the baseline has fails with "removed" when evaluated; one that neither has is a typo).
 */
function checkRuleMetrics(config, present, where) {
    const names = [...present];
    const known = new Set(names);
    config.rules.forEach((rule) => {
        if (rule.metric === undefined || known.has(rule.metric))
            return;
        throw new errors/* ConfigError */.xL(`A gate rule names the metric \`${rule.metric}\`, which ${where} do not have.${(0,did_you_mean/* didYouMean */.a)(rule.metric, names)}`, {
            location: rule.location,
            hint: names.length === 0 ? 'The metrics files hold no numeric metric.' : `Metrics present: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}.`,
        });
    });
}
/** `raw` with the overrides applied (raw itself is not changed). */
function mergeGateOverrides(raw, overrides) {
    // A section that is not an object stays as it is, so that parsing reports it.
    if (raw !== undefined && raw !== null && !isRecord(raw))
        return raw;
    const base = isRecord(raw) ? raw : {};
    const bootstrap = { ...(isRecord(base.bootstrap) ? base.bootstrap : {}) };
    if (overrides.resamples !== undefined)
        bootstrap.resamples = overrides.resamples;
    if (overrides.confidence !== undefined)
        bootstrap.confidence = overrides.confidence;
    if (overrides.seed !== undefined)
        bootstrap.seed = overrides.seed;
    const merged = { ...base };
    if (Object.keys(bootstrap).length > 0)
        merged.bootstrap = bootstrap;
    if (overrides.rules !== undefined)
        merged.rules = overrides.rules;
    return merged;
}

;// CONCATENATED MODULE: ./src/gate/paired-stats.ts
/**
 * The per-example statistics of the significance bootstrap, each as a kernel that computes the
 * change (candidate - baseline) from a vector of row multiplicities: `counts[i]` is how many times
 * row i was drawn in a resample (all ones for the full data). Everything per row is computed once
 * in `prepareKernels` into typed arrays; a resample then costs one pass over the counts per
 * statistic, with no per-row objects and no sorting:
 *
 * - accuracy: the mean of (candidate correct - baseline correct).
 * - f1: the positive class's F1 for binary labels (a known positive class), else the macro F1
 *   over every class seen (labels and predictions); a resample sums the counts into each model's
 *   confusion matrix (one pass); a class never labelled nor predicted scores 0.
 * - log_loss: the mean of the per-row log-loss difference (binary labels, scores clipped to
 *   [1e-15, 1 - 1e-15] as scikit-learn does).
 * - rmse: sqrt of the weighted mean squared error, for each model (numeric labels).
 * - auc: the Mann-Whitney form (ties count one half). Rows are sorted by score once per model
 *   (O(n log n)) into groups of tied scores; a resample adds each row's weight to its group's
 *   positive or negative cell (one sequential pass) and walks the groups in score order, adding each
 *   group's positive weight times the negative weight below it: O(n) per resample, never O(n^2).
 */

const EPS = 1e-15;
function prepareKernels(paired, wanted) {
    const kernels = [];
    const unavailable = [];
    for (const statistic of new Set(wanted)) {
        const made = makeKernel(paired, statistic);
        if (typeof made === 'string')
            unavailable.push({ statistic, reason: made });
        else
            kernels.push(made);
    }
    return { kernels, unavailable };
}
function makeKernel(paired, statistic) {
    switch (statistic) {
        case 'accuracy':
            return accuracyKernel(paired);
        case 'f1':
            return f1Kernel(paired);
        case 'log_loss':
            return paired.positive === undefined ? binaryMissing(paired) : paired.scores ? logLossKernel(paired, paired.positive, paired.scores) : 'log_loss needs a score column in both outputs files';
        case 'auc':
            return paired.positive === undefined ? binaryMissing(paired) : paired.scores ? aucKernel(paired, paired.positive, paired.scores) : 'auc needs a score column in both outputs files';
        case 'rmse':
            return paired.numeric ? rmseKernel(paired.numeric) : 'rmse needs numeric labels and predictions';
    }
}
function binaryMissing(paired) {
    const labels = new Set(paired.label).size;
    return labels > 2 ? `needs binary labels (the labels have ${labels} classes)` : 'needs the positive class: set gate.bootstrap.positive_label';
}
/** A kernel whose change is the weighted mean of a per-row difference. */
function meanKernel(statistic, diff) {
    return {
        statistic,
        delta(counts, total) {
            let sum = 0;
            for (let i = 0; i < diff.length; i++)
                sum += counts[i] * diff[i];
            return sum / total;
        },
    };
}
function accuracyKernel(p) {
    const diff = new Float64Array(p.n);
    for (let i = 0; i < p.n; i++)
        diff[i] = (p.candidate[i] === p.label[i] ? 1 : 0) - (p.baseline[i] === p.label[i] ? 1 : 0);
    return meanKernel('accuracy', diff);
}
function logLossKernel(p, positive, scores) {
    const diff = new Float64Array(p.n);
    for (let i = 0; i < p.n; i++)
        diff[i] = logLoss(p.label[i] === positive, scores.candidate[i]) - logLoss(p.label[i] === positive, scores.baseline[i]);
    return meanKernel('log_loss', diff);
}
/** One example's log loss with the score clipped as scikit-learn clips it. */
function logLoss(positive, score) {
    const q = Math.min(1 - EPS, Math.max(EPS, score));
    return -Math.log(positive ? q : 1 - q);
}
function rmseKernel(numeric) {
    const n = numeric.label.length;
    const seC = new Float64Array(n);
    const seB = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        seC[i] = (numeric.candidate[i] - numeric.label[i]) ** 2;
        seB[i] = (numeric.baseline[i] - numeric.label[i]) ** 2;
    }
    return {
        statistic: 'rmse',
        delta(counts, total) {
            let c = 0;
            let b = 0;
            for (let i = 0; i < n; i++) {
                c += counts[i] * seC[i];
                b += counts[i] * seB[i];
            }
            return Math.sqrt(c / total) - Math.sqrt(b / total);
        },
    };
}
/** F1 is computed from confusion matrices; more classes than this means the labels are not classes. */
const MAX_F1_CLASSES = 1024;
/** Up to this many classes, a resample fills one joint table of k^3 cells instead of two k x k matrices. */
const JOINT_CLASSES = 16;
function f1Kernel(p) {
    const k = p.classes.length;
    if (k > MAX_F1_CLASSES)
        return `f1 needs class labels (the labels and predictions have ${k} distinct values)`;
    const positive = p.positive;
    // Binary F1 of the positive class when the labels are binary with a known positive, else macro.
    const binary = positive !== undefined && new Set(p.label).size <= 2;
    const only = binary ? positive : undefined;
    const confusionC = new Float64Array(k * k);
    const confusionB = new Float64Array(k * k);
    if (k <= JOINT_CLASSES) {
        // One scatter per row into the joint (label, candidate, baseline) cells, k^3 of them; the two
        // confusion matrices are their margins. Half the memory traffic of two scatters.
        const joint = Int32Array.from(p.label, (l, i) => (l * k + p.candidate[i]) * k + p.baseline[i]);
        const cells = new Float64Array(k * k * k);
        return {
            statistic: 'f1',
            delta(counts) {
                cells.fill(0);
                for (let i = 0; i < joint.length; i++)
                    cells[joint[i]] += counts[i];
                confusionC.fill(0);
                confusionB.fill(0);
                for (let l = 0; l < k; l++) {
                    for (let c = 0; c < k; c++) {
                        for (let b = 0; b < k; b++) {
                            const w = cells[(l * k + c) * k + b];
                            confusionC[l * k + c] += w;
                            confusionB[l * k + b] += w;
                        }
                    }
                }
                return f1Score(confusionC, k, only) - f1Score(confusionB, k, only);
            },
        };
    }
    // Each row's cell in each model's confusion matrix (label * k + prediction).
    const cellC = Int32Array.from(p.label, (l, i) => l * k + p.candidate[i]);
    const cellB = Int32Array.from(p.label, (l, i) => l * k + p.baseline[i]);
    return {
        statistic: 'f1',
        delta(counts) {
            confusionC.fill(0);
            confusionB.fill(0);
            for (let i = 0; i < cellC.length; i++) {
                const w = counts[i];
                confusionC[cellC[i]] += w;
                confusionB[cellB[i]] += w;
            }
            return f1Score(confusionC, k, only) - f1Score(confusionB, k, only);
        },
    };
}
/** F1 of class `only`, or the macro F1 over all k classes, from a k x k confusion matrix (row: label). */
function f1Score(confusion, k, only) {
    const score = (c) => {
        let labelled = 0;
        let predicted = 0;
        for (let j = 0; j < k; j++) {
            labelled += confusion[c * k + j];
            predicted += confusion[j * k + c];
        }
        const tp = confusion[c * k + c];
        // 2TP / (2TP + FP + FN) = 2TP / (predicted + labelled); a class never labelled nor predicted scores 0.
        return labelled + predicted === 0 ? 0 : (2 * tp) / (labelled + predicted);
    };
    if (only !== undefined)
        return score(only);
    let total = 0;
    for (let c = 0; c < k; c++)
        total += score(c);
    return total / k;
}
function scoreCells(scores, isPositive) {
    const n = scores.length;
    const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
    const cell = new Int32Array(n);
    let group = -1;
    for (let j = 0; j < n; j++) {
        if (j === 0 || scores[order[j]] !== scores[order[j - 1]])
            group++;
        cell[order[j]] = 2 * group + isPositive[order[j]];
    }
    return { cell, groups: group + 1, weights: new Float64Array(2 * (group + 1)) };
}
/** The weighted AUC of one model: P(score of a positive > score of a negative), ties one half. */
function weightedAuc(cells, counts) {
    const { cell, weights, groups } = cells;
    weights.fill(0);
    for (let i = 0; i < cell.length; i++)
        weights[cell[i]] += counts[i];
    let negativesBelow = 0;
    let positives = 0;
    let pairs = 0;
    for (let g = 0; g < groups; g++) {
        const negative = weights[2 * g];
        const positive = weights[2 * g + 1];
        pairs += positive * (negativesBelow + 0.5 * negative);
        negativesBelow += negative;
        positives += positive;
    }
    return positives === 0 || negativesBelow === 0 ? NaN : pairs / (positives * negativesBelow);
}
function aucKernel(p, positive, scores) {
    const isPositive = Uint8Array.from(p.label, (l) => (l === positive ? 1 : 0));
    const candidate = scoreCells(scores.candidate, isPositive);
    const baseline = scoreCells(scores.baseline, isPositive);
    return { statistic: 'auc', delta: (counts) => weightedAuc(candidate, counts) - weightedAuc(baseline, counts) };
}
/** Exposed for the AUC test: one model's score cells as the kernel builds them. */
function aucCells(scores, isPositive) {
    return scoreCells(scores, isPositive);
}
/** The statistic's own direction, for reading its interval as a gain or a drop. */
function statisticDirection(statistic) {
    return STATISTIC_DIRECTION[statistic];
}

// EXTERNAL MODULE: ./src/gate/predictions.ts
var predictions = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/gate/evaluate.ts
/**
 * The gate, written once over its rules: builds the metric table from the candidate's and the
 * baseline's metric files (new and removed metrics included), adds a change interval to each
 * metric whose per-example statistic the outputs allow, runs every rule on the table and settles
 * the verdict: `fail` when an error rule failed, `warn` when only warning rules did, else `pass`.
 *
 * Plain functions over plain typed inputs: the action, the CLI and `mlops run` read the files
 * (readMetricFile, readPredictionsFile), call `evaluateGate`, write `gateTableJson` and the
 * rendered report, and fail the step after writing when `passed` is false.
 */







function evaluateGate(input) {
    const { config, candidate, baseline } = input;
    if (input.outputs && !baseline) {
        throw new errors/* InputError */.dz('Per-example outputs were given for a baseline, but there are no baseline metrics.', { hint: 'Pass the production model’s metrics file too, or leave the baseline outputs out.' });
    }
    const present = new Set([...Object.keys(candidate.values), ...Object.keys(baseline?.values ?? {})]);
    checkNumeric(config, candidate);
    if (baseline)
        checkNumeric(config, baseline);
    checkRuleMetrics(config, present, baseline ? `the candidate's metrics (${candidate.file}) and the baseline's (${baseline.file})` : `the candidate's metrics (${candidate.file})`);
    const metrics = buildRows(config, candidate, baseline);
    const notes = [];
    const bootstrap = input.outputs && baseline ? attachIntervals(metrics, config, input.outputs, notes) : undefined;
    const byName = new Map(metrics.map((row) => [row.name, row]));
    const context = { metric: (name) => byName.get(name), hasBaseline: baseline !== undefined, hasOutputs: bootstrap !== undefined, data: input.data };
    const rules = config.rules.map((rule) => ({ kind: rule.kind, severity: rule.severity, metric: rule.metric, rule: rule.describe(), condition: rule.condition(), ...rule.evaluate(context) }));
    const verdict = rules.some((r) => r.status === 'fail') ? 'fail' : rules.some((r) => r.status === 'warn') ? 'warn' : 'pass';
    return {
        verdict,
        passed: verdict !== 'fail',
        headline: headline(verdict, rules, baseline !== undefined),
        metrics,
        rules,
        data: input.data,
        baseline: baseline ? { label: input.baselineLabel } : undefined,
        bootstrap,
        notes,
    };
}
/**
 * Pairs the outputs, bootstraps every statistic a metric of both models maps to (one shared set of
 * resamples), and sets each such row's interval and significance. Returns how, or undefined when no
 * interval could be computed (the reasons go to `notes`).
 */
function attachIntervals(metrics, config, outputs, notes) {
    const paired = (0,predictions/* pairOutputs */.F_)(outputs.candidate, outputs.baseline, config.bootstrap.positiveLabel);
    const statisticOf = (row) => (row.presence === 'both' ? (config.metrics[row.name]?.statistic ?? defaultStatistic(row.name)) : undefined);
    const wanted = metrics.map(statisticOf).filter((s) => s !== undefined);
    if (wanted.length === 0) {
        notes.push('No metric maps to a per-example statistic (accuracy, f1, log_loss, rmse, auc): set gate.metrics.<name>.statistic.');
        return undefined;
    }
    const { kernels, unavailable } = prepareKernels(paired, wanted);
    for (const { statistic, reason } of unavailable)
        notes.push(`No interval for ${statistic}: ${reason}.`);
    if (kernels.length === 0)
        return undefined;
    const intervals = pairedBootstrap(kernels, paired.n, config.bootstrap);
    for (const row of metrics) {
        const found = intervals.find((interval) => interval.statistic === statisticOf(row));
        if (!found)
            continue;
        row.interval = { ...found, confidence: config.bootstrap.confidence };
        row.significance = significance(row.interval);
        // The files' change and the outputs' change should agree; when they do not, the two were
        // probably computed on different eval sets or with different definitions: say so.
        if (row.change !== undefined && Math.abs(found.point - row.change) > Math.max(1e-6, 0.01 * Math.abs(row.change))) {
            notes.push(`${row.name}: the metrics files change it by ${(0,markdown/* formatNumber */.ZV)(row.change)}, the per-example outputs by ${(0,markdown/* formatNumber */.ZV)(found.point)} (${found.statistic}); check that both come from the same eval set and definition.`);
        }
    }
    const { resamples, confidence, seed } = config.bootstrap;
    return { method: 'percentile', resamples, confidence, seed, examples: paired.n };
}
/** A rule must not name a metric whose value is not a number (a string, a list) in either file. */
function checkNumeric(config, set) {
    for (const rule of config.rules) {
        if (rule.metric === undefined || !(rule.metric in set.nonNumeric))
            continue;
        throw new errors/* DataError */.fL(`The metric \`${rule.metric}\` in ${set.file} is ${set.nonNumeric[rule.metric]}, not a number, and a gate rule judges it.`, {
            location: set.locate(rule.metric),
            hint: 'Write the metric as a number (0.93, not "0.93"), or drop the rule.',
        });
    }
}
function buildRows(config, candidate, baseline) {
    const names = [...Object.keys(candidate.values), ...Object.keys(baseline?.values ?? {}).filter((name) => !(name in candidate.values))];
    return names.map((name) => {
        const c = candidate.values[name];
        const b = baseline?.values[name];
        // Without a baseline every metric is the candidate's own: nothing is new or removed.
        const presence = c === undefined ? 'removed' : baseline && b === undefined ? 'new' : 'both';
        const row = { name, direction: config.metrics[name]?.direction ?? defaultDirection(name), presence };
        if (b !== undefined)
            row.baseline = b;
        if (c !== undefined)
            row.candidate = c;
        if (b !== undefined && c !== undefined) {
            row.change = c - b;
            if (b !== 0)
                row.changePct = ((c - b) / Math.abs(b)) * 100;
        }
        return row;
    });
}
/** `gain` or `drop` when the interval excludes zero (in the statistic's direction), else `within noise`. */
function significance(interval) {
    const better = statisticDirection(interval.statistic) === 'higher' ? 1 : -1;
    if (Number.isNaN(interval.low) || Number.isNaN(interval.high))
        return 'within noise';
    if (interval.low > 0)
        return better > 0 ? 'gain' : 'drop';
    if (interval.high < 0)
        return better > 0 ? 'drop' : 'gain';
    return 'within noise';
}
function headline(verdict, rules, hasBaseline) {
    const list = (status) => rules.filter((r) => r.status === status);
    const why = (rs) => rs.slice(0, 3).map((r) => `${r.rule} (${r.reason})`).join('; ') + (rs.length > 3 ? `; and ${rs.length - 3} more` : '');
    const skipped = list('skipped').length;
    const tail = skipped > 0 ? `, ${skipped} skipped${hasBaseline ? '' : ' (no production model yet)'}` : '';
    if (verdict === 'fail')
        return `Gate failed: ${why(list('fail'))}`;
    if (verdict === 'warn')
        return `Gate passed with ${list('warn').length === 1 ? 'a warning' : `${list('warn').length} warnings`}: ${why(list('warn'))}`;
    if (rules.length === 0)
        return 'Gate passed: no rules are set (gate.rules in mlops.yml)';
    return `Gate passed: ${list('pass').length} of ${rules.length} rules passed${tail}`;
}
/** A metric's status in the table: the worst of its rules, or what it is when no rule names it. */
function metricStatus(result, row) {
    const statuses = result.rules.filter((r) => r.metric === row.name).map((r) => r.status);
    for (const status of ['fail', 'warn', 'pass', 'skipped'])
        if (statuses.includes(status))
            return status;
    return row.presence === 'both' ? '' : row.presence;
}
/** The metric table as JSON-able rows (the action's table output and the run record's gate part). */
function evaluate_gateTableJson(result) {
    return result.metrics.map((row) => ({
        metric: row.name,
        direction: row.direction,
        presence: row.presence,
        production: row.baseline ?? null,
        candidate: row.candidate ?? null,
        change: row.change ?? null,
        change_pct: row.changePct ?? null,
        interval: row.interval ? { statistic: row.interval.statistic, low: row.interval.low, high: row.interval.high, point: row.interval.point, confidence: row.interval.confidence } : null,
        significance: row.significance ?? null,
        status: metricStatus(result, row),
        rules: result.rules.filter((r) => r.metric === row.name).map((r) => ({ rule: r.rule, severity: r.severity, status: r.status, reason: r.reason })),
    }));
}

;// CONCATENATED MODULE: ./src/gate/outputs.ts

function gateOutputs(result, reportPath) {
    return { passed: String(result.passed), verdict: result.verdict, report: reportPath, table: JSON.stringify(evaluate_gateTableJson(result)) };
}
function gateRecordPart(result) {
    return {
        verdict: result.verdict,
        passed: result.passed,
        headline: result.headline,
        baseline: result.baseline ?? null,
        bootstrap: result.bootstrap ?? null,
        metrics: gateTableJson(result),
        rules: result.rules,
        data: result.data ?? null,
        notes: result.notes,
    };
}
/**
 * The gate as a model version's manifest holds it (src/registry/manifest.ts): a warning verdict is
 * a pass there, and the reasons are the failed and warning rules, one line each.
 */
function manifestGate(result, baselineVersion) {
    const reasons = result.rules.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => `${r.status === 'warn' ? 'warning: ' : ''}${r.rule}: ${r.reason}`);
    return { verdict: result.verdict === 'fail' ? 'fail' : 'pass', baselineVersion, reasons };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/record/index.ts + 5 modules
var src_record = __webpack_require__(60134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/report/gate-markdown.ts
/**
 * Markdown pieces the gate report needs beyond markdown.ts: the key of the sticky comment, text
 * that stays text (no HTML, images, links, autolinks or @-mentions), mermaid labels, signed numbers
 * and safe links.
 *
 * User content (metric, column and parameter names, rule reasons that quote them, model and
 * workflow names) reaches GitHub's renderer only through these functions or codeCell.
 */


/**
 * The key of the gate's sticky comment, one per model and workflow; the comment sink turns it into
 * the hidden marker (commentMarker in src/backends/seams.ts, the one marker of every sticky
 * comment): `gate.penguins.ci.yml.3f2a9c1d0b`. Readable parts keep letters, digits, `.`, `_` and
 * `-` (anything else becomes `-`, cut to 40 characters); the hash of the exact names makes two
 * models or workflows whose readable parts look alike keep separate comments.
 */
function gateCommentKey(model, workflow) {
    const readable = (text) => text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) || '-';
    const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([model, workflow])).digest('hex').slice(0, 10);
    return `gate.${readable(model)}.${readable(workflow.split('/').pop() ?? workflow)}.${hash}`;
}
function percent(ch) {
    return Array.from(new TextEncoder().encode(ch), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
/**
 * Text for a paragraph or a table cell that renders as the same text: escapeCell (HTML, emphasis,
 * link and image brackets, mentions, pipes, line breaks), plus what GitHub would autolink without
 * brackets: `https://…`, `www.…` and e-mail addresses.
 */
function inlineText(text) {
    return (0,markdown/* escapeCell */.kq)(text)
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/** A code span for prose (outside tables), shown exactly as written. */
function codeSpan(text) {
    const flat = text.replace(/\r?\n|\r/g, '⏎');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/**
 * A label inside a mermaid block: quotes, backticks, brackets, angle brackets and line breaks would
 * end the label, the chart or the code fence (or reach mermaid's HTML labels), so only a plain set
 * of characters is kept; the others become `_`. Long labels are shortened.
 */
function mermaidLabel(text, max = 60) {
    const plain = text.replace(/[^A-Za-z0-9 ._\-+/%:=]/g, '_');
    return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
/** A number with its sign: `+0.012`, `-3`, `0`. */
function signed(value) {
    if (value === undefined)
        return '–';
    return value > 0 ? `+${(0,markdown/* formatNumber */.ZV)(value)}` : (0,markdown/* formatNumber */.ZV)(value);
}
/** A signed percentage with 3 significant digits: `+1.23%`. */
function signedPercent(value) {
    if (value === undefined || !Number.isFinite(value))
        return '–';
    const text = `${Number(value.toPrecision(3))}%`;
    return value > 0 ? `+${text}` : text;
}
/**
 * A markdown link to an http(s) URL the pipeline made (a run, a release, the job summary), or the
 * label alone when the URL is anything else. The label is escaped; characters that would end the
 * link target are percent-encoded.
 */
function gate_markdown_link(label, url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return inlineText(label);
    const target = url.replace(/[()<>"'\\|]/g, (c) => percent(c));
    return `[${inlineText(label)}](${target})`;
}

;// CONCATENATED MODULE: ./src/report/gate-report-sections.ts
/**
 * The sections of the gate report, each a function of its plain input and a row budget (`maxRows`:
 * how many table rows it may show; the renderer lowers it to fit a PR comment). Every name that
 * comes from users is a code span (codeCell / codeSpan) or goes through inlineText.
 */



const STATUS = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skipped: '⏭️ skipped', new: '🆕 new', removed: '🗑️ removed', '': '' };
const ORDER = { fail: 0, warn: 1, removed: 2, new: 3, skipped: 4, pass: 5, '': 6 };
/** The interval cell: `[+0.009, +0.012] gain` or `[-0.001, +0.004] within noise`. */
function intervalCell(row) {
    if (!row.interval)
        return '–';
    const range = `[${signed(row.interval.low)}, ${signed(row.interval.high)}]`;
    return row.significance ? `${range} ${row.significance}` : range;
}
/**
 * The metric table, failing rows first when it must be cut. `maxRows` below the row count keeps
 * the rows that carry a verdict (fail, warn, removed, new) before the others.
 */
function metricTable(result, baselineLabel, maxRows) {
    const rulesOf = (name) => result.rules.filter((r) => r.metric === name);
    let rows = result.metrics.map((row) => ({ row, status: metricStatus(result, row) }));
    let cut = 0;
    if (rows.length > maxRows) {
        rows = rows
            .map((r, i) => ({ ...r, i }))
            .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.i - b.i)
            .slice(0, maxRows)
            .sort((a, b) => a.i - b.i);
        cut = result.metrics.length - rows.length;
    }
    if (result.metrics.length === 0)
        return { text: 'No metrics in either file.', cut: 0 };
    const text = (0,markdown/* table */.tp)(['metric', baselineLabel, 'candidate', 'change', 'change %', 'interval', 'rule', 'status'], rows.map(({ row, status }) => [
        { raw: (0,markdown/* codeCell */.MZ)(row.name) },
        row.baseline === undefined ? (row.presence === 'new' ? 'new' : '–') : (0,markdown/* formatNumber */.ZV)(row.baseline),
        row.candidate === undefined ? 'removed' : (0,markdown/* formatNumber */.ZV)(row.candidate),
        signed(row.change),
        signedPercent(row.changePct),
        intervalCell(row),
        { raw: rulesOf(row.name).map((r) => inlineText(r.condition)).join('<br>') || '' },
        { raw: [STATUS[status] ?? inlineText(status), ...rulesOf(row.name).filter((r) => r.status !== 'pass').map((r) => inlineText(r.reason))].join('<br>') },
    ]), ['left', 'right', 'right', 'right', 'right', 'left', 'left', 'left']);
    return { text, cut };
}
/** Rules that judge no metric (data rules), as a short list under the metric table (never cut). */
function dataRules(rules) {
    const data = rules.filter((r) => r.metric === undefined);
    if (data.length === 0)
        return '';
    return data.map((r) => `- ${STATUS[r.status]}: ${inlineText(r.rule)} (${inlineText(r.reason)})`).join('\n');
}
/** How the intervals were made, in one line under the table. */
function bootstrapNote(result) {
    const b = result.bootstrap;
    const lines = [];
    if (b)
        lines.push(`Intervals: ${Math.round(b.confidence * 100)}% paired bootstrap (percentile, ${(0,markdown/* formatNumber */.ZV)(b.resamples)} resamples, seed ${b.seed}) over ${(0,markdown/* formatNumber */.ZV)(b.examples)} examples; "within noise" where the interval covers zero.`);
    for (const note of result.notes)
        lines.push(inlineText(note));
    return lines.join('\n');
}
function paramsSection(params, maxRows) {
    const changed = params.filter((p) => p.production !== p.candidate);
    if (changed.length === 0)
        return { text: 'No parameter changed.', cut: 0 };
    const shown = changed.slice(0, maxRows);
    const show = (v) => (v === undefined ? '–' : { raw: (0,markdown/* codeCell */.MZ)(String(v)) });
    return { text: (0,markdown/* table */.tp)(['parameter', 'production', 'candidate'], shown.map((p) => [{ raw: (0,markdown/* codeCell */.MZ)(p.name) }, show(p.production), show(p.candidate)])), cut: changed.length - shown.length };
}
function dataSection(data, maxRows) {
    const parts = [];
    let cut = 0;
    const v = data.validation;
    if (v) {
        parts.push(`Validation ${v.passed ? 'passed' : 'failed'}: ${(0,markdown/* formatNumber */.ZV)(v.errors)} errors, ${(0,markdown/* formatNumber */.ZV)(v.warnings)} warnings.`);
        const failed = v.failed ?? [];
        if (failed.length > 0) {
            const shown = failed.slice(0, maxRows);
            cut += failed.length - shown.length;
            if (shown.length > 0)
                parts.push((0,markdown/* table */.tp)(['check', 'column', 'severity', 'message'], shown.map((f) => [f.check, { raw: f.column === undefined ? '' : (0,markdown/* codeCell */.MZ)(f.column) }, f.severity, { raw: inlineText(f.message ?? '') }])));
        }
    }
    const d = data.drift;
    if (d) {
        const rank = { fail: 0, warning: 1, ok: 2 };
        const worst = [...d.columns].sort((a, b) => rank[a.status] - rank[b.status] || b.value - a.value);
        const limit = Math.min(10, maxRows);
        cut += Math.max(0, Math.min(10, worst.length) - limit);
        parts.push(`Drift: ${d.driftedShare === undefined ? '' : `${(0,markdown/* formatNumber */.ZV)(d.driftedShare * 100)}% of columns drifted; `}the ${Math.min(limit, worst.length)} worst of ${worst.length} columns:`);
        if (limit > 0 && worst.length > 0)
            parts.push((0,markdown/* table */.tp)(['column', 'method', 'value', 'status'], worst.slice(0, limit).map((c) => [{ raw: (0,markdown/* codeCell */.MZ)(c.column) }, c.method, (0,markdown/* formatNumber */.ZV)(c.value), c.status]), ['left', 'left', 'right', 'left']));
    }
    return { text: parts.join('\n\n'), cut };
}
function sweepSection(sweep, maxRows) {
    const curve = sweep.curve;
    const best = curve.length > 0 ? curve[curve.length - 1].best : undefined;
    const parts = [`${(0,markdown/* formatNumber */.ZV)(sweep.trials)} trials, ${sweep.goal} ${codeSpan(sweep.metric)}${best === undefined ? '' : `, best ${(0,markdown/* formatNumber */.ZV)(best)}`}.`];
    if (curve.length > 1) {
        const label = mermaidLabel(sweep.metric);
        const points = curve.slice(-Math.max(2, Math.min(maxRows, 200)));
        parts.push(['```mermaid', 'xychart-beta', `  title "best ${label} so far"`, `  x-axis "trial" [${points.map((p) => p.trial).join(', ')}]`, `  y-axis "${label}"`, `  line [${points.map((p) => Number(p.best.toPrecision(6))).join(', ')}]`, '```'].join('\n'));
    }
    const shown = curve.slice(-maxRows);
    if (shown.length > 0)
        parts.push((0,markdown/* table */.tp)(['trial', 'value', 'best so far'], shown.map((p) => [p.trial, (0,markdown/* formatNumber */.ZV)(p.value), (0,markdown/* formatNumber */.ZV)(p.best)]), ['right', 'right', 'right']));
    return { text: parts.join('\n\n'), cut: curve.length - shown.length };
}
function historySection(history, maxRows) {
    const parts = [];
    let cut = 0;
    for (const series of history) {
        const points = series.points.slice(-Math.max(0, maxRows));
        cut += series.points.length - points.length;
        if (points.length === 0)
            continue;
        parts.push(`${codeSpan(series.metric)} over the last ${points.length} production versions:`);
        if (points.length > 1) {
            const label = mermaidLabel(series.metric);
            parts.push(['```mermaid', 'xychart-beta', `  title "${label}"`, `  x-axis [${points.map((p) => `"${mermaidLabel(p.version, 20)}"`).join(', ')}]`, `  y-axis "${label}"`, `  line [${points.map((p) => Number(p.value.toPrecision(6))).join(', ')}]`, '```'].join('\n'));
        }
        parts.push((0,markdown/* table */.tp)(['version', 'value'], points.map((p) => [{ raw: (0,markdown/* codeCell */.MZ)(p.version) }, (0,markdown/* formatNumber */.ZV)(p.value)]), ['left', 'right']));
    }
    return { text: parts.join('\n\n'), cut };
}
function lineageSection(lineage) {
    const rows = [];
    if (lineage.commit)
        rows.push(['commit', { raw: (0,markdown/* codeCell */.MZ)(lineage.commit) }]);
    if (lineage.runUrl)
        rows.push(['run', { raw: gate_markdown_link(lineage.runLabel ?? 'workflow run', lineage.runUrl) }]);
    if (lineage.dataDigest)
        rows.push(['data digest', { raw: (0,markdown/* codeCell */.MZ)(lineage.dataDigest) }]);
    if (lineage.registryVersion)
        rows.push(['registry version', { raw: gate_markdown_link(lineage.registryVersion, lineage.registryUrl) }]);
    return rows.length === 0 ? '' : (0,markdown/* table */.tp)(['', ''], rows);
}
/** The status words as shown, for the verdict line. */
function verdictIcon(verdict) {
    return verdict === 'pass' ? '✅' : verdict === 'warn' ? '⚠️' : '❌';
}

;// CONCATENATED MODULE: ./src/report/gate-report.ts


/** GitHub's limit on an issue or PR comment body. */
const COMMENT_LIMIT = 65536;
const BUDGETS = [Infinity, 200, 50, 10, 0];
const METRIC_BUDGETS = [Infinity, 500, 100, 20, 0];
function renderGateReport(input) {
    const maxLength = input.maxLength ?? COMMENT_LIMIT;
    const details = detailsOf(input);
    for (const metricRows of METRIC_BUDGETS) {
        for (const [level, rows] of BUDGETS.entries()) {
            // Below the full metric table only the smallest detail budget is tried: details go first.
            if (metricRows !== Infinity && rows !== 0)
                continue;
            const text = compose(input, details, { metricRows, detailRows: rows, fold: level > 0 || metricRows !== Infinity });
            if (text.length <= maxLength)
                return text;
        }
    }
    // A verdict line or a single metric name larger than the limit: cut the text itself.
    const text = compose(input, details, { metricRows: 0, detailRows: 0, fold: true });
    const note = `\n\n… cut to fit. ${gate_markdown_link('The whole report is in the job summary.', input.summaryUrl)}\n`;
    return text.slice(0, Math.max(0, maxLength - note.length)).replace(/\n[^\n]*$/, '') + note;
}
function detailsOf(input) {
    const details = [];
    if (input.params)
        details.push({ title: 'Changed parameters', render: (rows) => paramsSection(input.params, rows) });
    if (input.data)
        details.push({ title: 'Data', render: (rows) => dataSection(input.data, rows) });
    if (input.sweep)
        details.push({ title: 'Sweep', render: (rows) => sweepSection(input.sweep, rows) });
    if (input.history && input.history.length > 0)
        details.push({ title: 'Metric history', render: (rows) => historySection(input.history, rows) });
    if (input.lineage) {
        const text = lineageSection(input.lineage);
        if (text)
            details.push({ title: 'Lineage', render: (rows) => ({ text: rows === 0 ? '' : text, cut: 0 }) });
    }
    return details;
}
function compose(input, details, budget) {
    const { result } = input;
    const label = input.baselineLabel ?? result.baseline?.label;
    const heading = `production${label ? ` (${label.replace(/:\/\//g, ':\u200b//')})` : ''}`;
    const parts = [`### ${verdictIcon(result.verdict)} ${inlineText(result.headline)}`];
    if (!result.baseline)
        parts.push('No production model to compare with: relative rules are skipped.');
    const cutSections = [];
    const metrics = metricTable(result, heading, budget.metricRows);
    parts.push(metrics.text);
    if (metrics.cut > 0)
        cutSections.push(`${metrics.cut} metrics`);
    const under = [dataRules(result.rules), bootstrapNote(result)].filter(Boolean).join('\n\n');
    if (under)
        parts.push(under);
    for (const detail of details) {
        const { text, cut } = detail.render(budget.detailRows);
        if (budget.detailRows === 0 || text === '') {
            if (budget.detailRows === 0)
                cutSections.push(detail.title);
            continue;
        }
        if (cut > 0)
            cutSections.push(`${cut} rows of ${detail.title}`);
        parts.push(budget.fold ? `<details><summary>${detail.title}</summary>\n\n${text}\n\n</details>` : `#### ${detail.title}\n\n${text}`);
    }
    if (cutSections.length > 0)
        parts.push(`Cut to fit a PR comment: ${cutSections.join(', ')}. ${gate_markdown_link('The whole report is in the job summary.', input.summaryUrl)}`);
    return parts.join('\n\n') + '\n';
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/registry/service/models.ts + 2 modules
var models = __webpack_require__(79352);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/sweep/trial/command.ts
var command = __webpack_require__(37466);
// EXTERNAL MODULE: ./src/config/yaml-source.ts
var yaml_source = __webpack_require__(12865);
// EXTERNAL MODULE: ./src/gate/read-bounded.ts
var read_bounded = __webpack_require__(84287);
;// CONCATENATED MODULE: ./src/gate/metric-file.ts
/**
 * Metric files: what a trainer wrote about a model, for the candidate and for the production
 * baseline.
 *
 * Formats (by extension, JSON for anything else):
 * - JSON or YAML: an object; nested objects are flattened with dots (`{"eval": {"f1": 0.8}}` gives
 *   `eval.f1`). Numbers are metrics; strings, booleans, nulls and lists are kept as non-numeric
 *   values, an error only when a rule names them (metric files often carry a model name or a date).
 * - CSV: either rows of `name,value` (optionally under a `name,value` or `metric,value` header), or
 *   one header row of names with one row of values under it.
 *
 * A NaN or infinite value is always an error, located at its key (YAML line or CSV row): a metric
 * that is not a number never passes or fails a rule by accident.
 */




/** How NaN and infinities are spelled in files (Python, R, YAML, spreadsheets). */
const NON_FINITE = /^[+-]?(\.?nan|\.?inf|infinity)$/i;
/** The value a NON_FINITE spelling stands for. */
function nonFinite(text) {
    if (/nan/i.test(text))
        return NaN;
    return text.startsWith('-') ? -Infinity : Infinity;
}
/** Metric files are small; anything larger is the wrong file. */
const MAX_METRIC_FILE_BYTES = 8 * 1024 * 1024;
/** Reads a metric file (JSON, YAML or CSV by extension). */
async function readMetricFile(file) {
    const text = await (0,read_bounded/* readBounded */.C)(file, MAX_METRIC_FILE_BYTES, 'metrics file');
    return parseMetricText(text, file);
}
/** Parses a metric file's text; the format follows `file`'s extension. */
function parseMetricText(text, file) {
    return /\.csv$/i.test(file) ? parseCsvMetrics(text, file) : parseTreeMetrics(text, file);
}
function parseTreeMetrics(text, file) {
    let source;
    try {
        source = (0,yaml_source/* parseYamlText */.c)(text, file);
    }
    catch (error) {
        // A syntax error in a metrics file is a data problem of the trainer, not of mlops.yml.
        const e = error;
        throw new errors/* DataError */.fL(e.message, { location: e.location, hint: 'The training command must write a JSON or YAML object of metrics, e.g. {"accuracy": 0.93}.' });
    }
    if (!(0,json/* isRecord */.u4)(source.value)) {
        throw new errors/* DataError */.fL(`The metrics file ${file} holds ${describeType(source.value)}, not an object of metrics.`, {
            location: { file },
            hint: 'Write an object such as {"accuracy": 0.93, "loss": 0.21}; nested objects are flattened with dots.',
        });
    }
    const values = {};
    const nonNumeric = {};
    const locate = (key) => source.locate(splitKey(source.value, key));
    const walk = (node, prefix) => {
        for (const [key, value] of Object.entries(node)) {
            const name = prefix + key;
            if ((0,json/* isRecord */.u4)(value))
                walk(value, `${name}.`);
            else if (typeof value === 'number')
                values[name] = checkFinite(value, name, () => locate(name));
            // Python's json.dump writes NaN and Infinity bare; YAML reads them as text: still not a metric.
            else if (typeof value === 'string' && NON_FINITE.test(value))
                checkFinite(nonFinite(value), name, () => locate(name));
            else
                nonNumeric[name] = value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value);
        }
    };
    walk(source.value, '');
    return { file, values, nonNumeric, locate };
}
/** The path of keys under which a flattened name sits (keys may contain dots themselves). */
function splitKey(root, name) {
    const path = [];
    let node = root;
    let rest = name;
    while ((0,json/* isRecord */.u4)(node) && rest !== '') {
        if (rest in node)
            return [...path, rest];
        const key = Object.keys(node).find((k) => rest.startsWith(`${k}.`));
        if (key === undefined)
            break;
        path.push(key);
        node = node[key];
        rest = rest.slice(key.length + 1);
    }
    return [...path, rest];
}
function parseCsvMetrics(text, file) {
    const rows = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((line, i) => ({ line: i + 1, cells: line.split(',').map(unquote) }))
        .filter((r) => r.cells.some((c) => c !== ''));
    if (rows.length === 0) {
        throw new errors/* DataError */.fL(`The metrics file ${file} is empty.`, { location: { file }, hint: 'Write rows of name,value, or a header row of names and one row of values.' });
    }
    const lines = {};
    const entries = [];
    const first = rows[0].cells;
    const nameValueHeader = first.length === 2 && /^(name|metric)$/i.test(first[0]) && /^value$/i.test(first[1]);
    if (nameValueHeader || (first.length === 2 && looksNumeric(first[1]))) {
        for (const row of nameValueHeader ? rows.slice(1) : rows) {
            if (row.cells.length !== 2) {
                throw new errors/* DataError */.fL(`Row ${row.line} of ${file} has ${row.cells.length} cells; a name,value metrics file has 2 per row.`, {
                    location: { file, line: row.line },
                    hint: 'Write one metric per row as name,value.',
                });
            }
            entries.push({ name: row.cells[0], text: row.cells[1], line: row.line });
        }
    }
    else {
        if (rows.length !== 2 || rows[1].cells.length !== first.length) {
            throw new errors/* DataError */.fL(`The metrics file ${file} has a header row of ${first.length} names, so it needs exactly one row of ${first.length} values under it (it has ${rows.length - 1} rows).`, {
                location: { file, line: rows.length > 2 ? rows[2].line : rows[rows.length - 1].line },
                hint: 'Write either rows of name,value, or one header row of names and one row of values.',
            });
        }
        first.forEach((name, i) => entries.push({ name, text: rows[1].cells[i], line: rows[1].line }));
    }
    const values = {};
    const nonNumeric = {};
    for (const { name, text: cell, line } of entries) {
        if (name === '')
            throw new errors/* DataError */.fL(`Row ${line} of ${file} has a metric without a name.`, { location: { file, line }, hint: 'Give every metric a name.' });
        if (name in values || name in nonNumeric) {
            throw new errors/* DataError */.fL(`The metric \`${name}\` appears twice in ${file} (again at row ${line}).`, { location: { file, line, key: name }, hint: 'Keep one value per metric.' });
        }
        lines[name] = line;
        if (looksNumeric(cell) || NON_FINITE.test(cell))
            values[name] = checkFinite(looksNumeric(cell) ? Number(cell) : nonFinite(cell), name, () => ({ file, line, key: name }));
        else
            nonNumeric[name] = JSON.stringify(cell);
    }
    return { file, values, nonNumeric, locate: (key) => ({ file, line: lines[key], key }) };
}
function unquote(cell) {
    const trimmed = cell.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}
function looksNumeric(text) {
    return text.trim() !== '' && Number.isFinite(Number(text));
}
/** `value` when finite; `where` is asked only for the error (locating a YAML key walks the document). */
function checkFinite(value, name, where) {
    if (Number.isFinite(value))
        return value;
    const location = where();
    throw new errors/* DataError */.fL(`The metric \`${name}\` in ${location.file} is ${Number.isNaN(value) ? 'NaN' : value > 0 ? 'infinite' : 'negative infinite'}.`, {
        location: { ...location, key: name },
        hint: 'A metric must be a finite number: check the evaluation that computed it (an empty eval set, a division by zero).',
    });
}
function describeType(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/shared/child-env.ts
var child_env = __webpack_require__(80889);
;// CONCATENATED MODULE: ./src/gate/evaluate-command.ts
/**
 * `gate.evaluate`: re-evaluating the baseline model on the candidate's eval data, so both columns
 * of the table are measured on the same rows. The command (a shell string or an argv list, like
 * train.command) runs in mlops.yml's folder with:
 *
 *   MLOPS_MODEL_DIR     the baseline model's folder, downloaded with every digest verified
 *   MLOPS_EVAL_DATA     the candidate's eval files (absolute paths, one per line)
 *   MLOPS_METRICS_FILE  where it writes the metrics (JSON or YAML)
 *   MLOPS_OUTPUTS_FILE  where it writes the per-example outputs CSV (optional, for intervals)
 *
 * Its environment leaves out the runner's credentials (ACTIONS_RUNTIME_TOKEN and the other
 * ACTIONS_* service variables and INPUT_*: src/shared/child-env.ts). A command that fails, times
 * out or writes no metrics is a located error (gate.evaluate.command) with its stderr's tail.
 */








/** The evaluate command failed: the baseline could not be measured, so no verdict is given. */
class EvaluateCommandError extends errors/* UserError */.yo {
}
/** Runs the evaluate command on the baseline model; its metrics and (when written) per-example outputs. */
async function evaluateBaseline(request) {
    const { settings } = request;
    const metricsFile = external_node_path_default().join(request.workDir, 'baseline-metrics.json');
    const outputsFile = external_node_path_default().join(request.workDir, 'baseline-eval-outputs.csv');
    const spec = (0,command/* renderCommand */.C)(settings.command, {});
    const env = {
        ...(0,child_env/* userCommandEnv */.c)(request.env),
        MLOPS_MODEL_DIR: request.modelDir,
        MLOPS_EVAL_DATA: request.evalFiles.join('\n'),
        MLOPS_METRICS_FILE: metricsFile,
        MLOPS_OUTPUTS_FILE: outputsFile,
    };
    const fail = (what, stderr) => new EvaluateCommandError(`The evaluate command \`${spec.display}\` ${what}; the baseline was not re-evaluated and no verdict was given.${stderr ? `\n${stderr}` : ''}`, {
        location: settings.location,
        hint: 'Run it by hand with MLOPS_MODEL_DIR, MLOPS_EVAL_DATA, MLOPS_METRICS_FILE and MLOPS_OUTPUTS_FILE set; it must exit 0 and write the metrics file.',
    });
    const { code, signal, stderr } = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(spec.file, spec.args, { cwd: request.cwd, env, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true, windowsVerbatimArguments: spec.windowsVerbatimArguments });
        let tail = '';
        child.stderr.on('data', (chunk) => (tail = (tail + chunk.toString('utf8')).slice(-4000)));
        const timer = setTimeout(() => child.kill('SIGKILL'), settings.timeout * 1000);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(fail(`could not start (${error.message})`, ''));
        });
        child.once('close', (exitCode, exitSignal) => {
            clearTimeout(timer);
            resolve({ code: exitCode, signal: exitSignal, stderr: tail.trim().split('\n').slice(-20).join('\n') });
        });
    });
    if (signal)
        throw fail(`was stopped (${signal}${signal === 'SIGKILL' ? `, after the ${settings.timeout} s timeout` : ''})`, stderr);
    if (code !== 0)
        throw fail(`exited with code ${code}`, stderr);
    if (!(0,external_node_fs_.existsSync)(metricsFile))
        throw fail('exited 0 but wrote no metrics file ($MLOPS_METRICS_FILE)', stderr);
    return { metrics: await readMetricFile(metricsFile), outputs: (0,external_node_fs_.existsSync)(outputsFile) ? await (0,predictions/* readPredictionsFile */.jO)(outputsFile) : undefined };
}

;// CONCATENATED MODULE: ./src/gate/baseline.ts
/**
 * The gate's baseline: what the candidate is compared with.
 *
 * - an alias of the registry (`production`, the default; any alias name),
 * - `base`: the newest version registered from the pull request's base branch (manifest ref),
 * - a version (`3` or `v3`),
 * - a metrics file (a path ending .json, .yaml, .yml or .csv), with optional per-example outputs,
 * - `none`: a first model; rules that need a baseline are skipped and the report says so.
 *
 * The default (`production` not asked for explicitly) that finds no alias is a first model, not an
 * error; an alias the user named that does not exist is an error that lists the aliases there are.
 * A registry version's per-example outputs come from the registered model itself: its files are
 * downloaded with every digest verified (downloadVersion) and searched for the outputs file name.
 */










/** Parses the `baseline` input / `--baseline` option (undefined: production, if set). */
function parseBaselineSpec(text, outputs) {
    const value = text?.trim();
    if (value === undefined || value === '')
        return { kind: 'alias', alias: 'production', explicit: false };
    if (value === 'none')
        return { kind: 'none' };
    if (value === 'base')
        return { kind: 'base' };
    if (/^v?\d+$/.test(value))
        return { kind: 'version', version: Number(value.replace(/^v/, '')) };
    if (/\.(json|ya?ml|csv)$/i.test(value))
        return { kind: 'file', file: value, outputs };
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
        throw new errors/* InputError */.dz(`The baseline "${value}" is neither an alias, a version, a metrics file nor none/base.`, {
            hint: 'Write an alias (production), base, a version (3 or v3), a metrics file (production-metrics.json) or none.',
        });
    }
    return { kind: 'alias', alias: value, explicit: true };
}
async function resolveBaseline(request) {
    const { spec, model } = request;
    if (spec.kind === 'none')
        return { none: 'No baseline was asked for (baseline: none).' };
    if (spec.kind === 'file') {
        const file = external_node_path_default().resolve(request.cwd, spec.file);
        const metrics = await readMetricFile(file);
        const outputs = spec.outputs ? await (0,predictions/* readPredictionsFile */.jO)(external_node_path_default().resolve(request.cwd, spec.outputs)) : undefined;
        return { baseline: { label: spec.file, metrics, outputs } };
    }
    const registry = request.registry;
    if (!registry || !request.store)
        throw new errors/* InputError */.dz('The baseline is a registry version, but no registry was given.', { hint: 'Pass a metrics file as baseline, or baseline: none.' });
    let version;
    // How the report heads the column: `production (v3)`, `production (staging v3)`, `production (main v3)`.
    let label;
    if (spec.kind === 'alias') {
        version = await registry.aliasTarget(model, spec.alias);
        label = spec.alias === 'production' ? '' : `${spec.alias} `;
        if (version === undefined) {
            if (!spec.explicit)
                return { none: `No production model to compare with (${model}@production is not set): relative rules are skipped.` };
            const known = await aliasesOf(request.store, model);
            throw new errors/* InputError */.dz(`The baseline alias "${spec.alias}" of model ${model} is not set.${(0,did_you_mean/* didYouMean */.a)(spec.alias, known)}`, {
                hint: `Aliases of ${model}: ${known.join(', ') || 'none yet'}. Name one of them, a version (3), base, a metrics file, or none for a first model.`,
            });
        }
    }
    else if (spec.kind === 'base') {
        if (!request.baseRef)
            throw new errors/* InputError */.dz('The baseline is base, but this run is not for a pull request (no base branch).', { hint: 'Use base on pull_request events only, or name an alias or version.' });
        const found = await newestFromRef(registry, model, `refs/heads/${request.baseRef}`);
        if (!found)
            return { none: `No version of ${model} was registered from the base branch ${request.baseRef}: relative rules are skipped.` };
        version = found.version;
        label = `${request.baseRef} `;
    }
    else {
        version = spec.version;
        label = '';
    }
    const found = await registry.get(model, { version });
    const baseline = { label: `${label}v${found.version}`, metrics: manifestMetrics(found.manifest, `${model} v${found.version}`), version: found };
    if (!request.outputsName && !request.evaluate)
        return { baseline };
    // The model's files are needed: for its registered outputs, or to evaluate it.
    const store = request.store;
    const evaluate = request.evaluate;
    await withDownload(found, store, async (dir, paths) => {
        const registered = request.outputsName ? await findFile(dir, request.outputsName) : undefined;
        baseline.outputs = registered ? await (0,predictions/* readPredictionsFile */.jO)(registered) : undefined;
        if (!evaluate)
            return;
        // An archived folder model is its extracted folder; a single-file model, the folder holding it.
        const modelDir = paths.find((p) => (0,external_node_fs_.statSync)(p).isDirectory()) ?? external_node_path_default().join(dir, 'model');
        const evaluated = await evaluateBaseline({ ...evaluate, modelDir, workDir: await (0,promises_.mkdtemp)(external_node_path_default().join(dir, 'evaluate-')) });
        // What the command measured replaces the registered values; the others (train metrics) stay.
        baseline.metrics = { ...evaluated.metrics, values: { ...found.manifest.metrics, ...evaluated.metrics.values }, file: `${model} v${found.version} (re-evaluated)` };
        baseline.outputs = evaluated.outputs ?? baseline.outputs;
        baseline.reevaluated = true;
    });
    return { baseline };
}
/** The aliases a model has, from the registry's alias refs (`tags/<name>/alias/<alias>/<seq>-v<n>`, src/registry/names.ts). */
async function aliasesOf(store, model) {
    const prefix = `tags/${model}/alias/`;
    const names = (await store.listRefs(prefix)).map((ref) => ref.ref.slice(prefix.length).split('/')[0]);
    return [...new Set(names)];
}
async function newestFromRef(registry, model, ref) {
    for await (const version of registry.list(model))
        if (version.manifest.ref === ref)
            return version;
    return undefined;
}
/** A version's metrics, as the gate reads a metrics file (located at the manifest's key). */
function manifestMetrics(manifest, file) {
    return { file, values: { ...manifest.metrics }, nonNumeric: {}, locate: (key) => ({ file, key: `metrics.${key}` }) };
}
/** Runs `use` on a version's files, downloaded with every digest verified into a scratch folder removed afterwards. */
async function withDownload(version, store, use) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlops-baseline-'));
    try {
        await use(dir, await (0,models/* downloadVersion */.TA)(version, external_node_path_default().join(dir, 'model'), store));
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function findFile(dir, name) {
    const direct = external_node_path_default().join(dir, name);
    if ((0,external_node_fs_.existsSync)(direct))
        return direct;
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (!entry.isDirectory())
            continue;
        const found = await findFile(external_node_path_default().join(dir, entry.name), name);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/gate/report-context.ts
/**
 * The report's details, gathered from what the other stages left: the run record's data part (and
 * validate-data's JSON report for the drift table), its sweep part (and the trials JSON for the
 * best-so-far chart), the baseline's manifest (changed parameters) and the registry's history of
 * the production alias (metric history). Each is optional: a detail that cannot be read is left
 * out of the report (a detail never fails the gate).
 */


async function readJson(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Drift metrics that grow with drift (src/data/drift/types.ts DriftMetrics), by preference. */
const DISTANCES = ['psi', 'js', 'ks', 'linf'];
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
/** The data rules' input and the report's data section, from the data part and validate-data's report. */
async function dataDetails(part) {
    if (!part)
        return {};
    const { passed, errors, warnings } = part.value;
    const report = part.value.report ? await readJson(part.resolve(part.value.report)) : undefined;
    const drift = (0,json/* isRecord */.u4)(report) && (0,json/* isRecord */.u4)(report.drift) ? report.drift : undefined;
    const share = drift && (0,json/* isRecord */.u4)(drift.dataset) ? num(drift.dataset.share) : undefined;
    const columns = drift && Array.isArray(drift.columns) ? drift.columns.filter(json/* isRecord */.u4) : [];
    const section = { validation: { passed, errors, warnings } };
    if (drift) {
        section.drift = {
            driftedShare: share,
            columns: columns.flatMap((c) => {
                const metrics = (0,json/* isRecord */.u4)(c.metrics) ? c.metrics : {};
                // A distance (larger is worse, as the report sorts), the one that decided when it is one; never the p-value.
                const decidedBy = Array.isArray(c.decidedBy) ? c.decidedBy.filter((m) => typeof m === 'string') : [];
                const decided = [...decidedBy, ...DISTANCES].find((m) => DISTANCES.includes(m) && num(metrics[m]) !== undefined) ?? 'psi';
                const value = num(metrics[decided]);
                const status = c.status === 'fail' || c.status === 'warning' ? c.status : 'ok';
                return typeof c.column === 'string' && value !== undefined ? [{ column: c.column, method: decided, value, status }] : [];
            }),
        };
    }
    return { summary: { validationPassed: passed, errors, warnings, driftedShare: share }, section };
}
/** The sweep's trial count and best-so-far curve, from the sweep part and its trials JSON. */
async function sweepDetails(part) {
    if (!part)
        return undefined;
    const { objective, trials } = part.value;
    const list = part.value.trialsJson ? await readJson(part.resolve(part.value.trialsJson)) : undefined;
    const curve = [];
    let best;
    const finished = (Array.isArray(list) ? list.filter(json/* isRecord */.u4) : []).filter((t) => t.state === 'complete' && num(t.value) !== undefined && num(t.number) !== undefined);
    for (const t of finished.sort((a, b) => a.number - b.number)) {
        const value = t.value;
        if (best === undefined || (objective.goal === 'maximize' ? value > best : value < best))
            best = value;
        curve.push({ trial: t.number, value, best });
    }
    return { metric: objective.metric, goal: objective.goal, trials: trials.total, curve };
}
/** Parameters of the candidate against the baseline's (the report shows the changed ones). */
function paramChanges(candidate, baseline) {
    const production = baseline?.params ?? {};
    return [...new Set([...Object.keys(production), ...Object.keys(candidate)])].sort().map((name) => ({ name, production: production[name] ?? undefined, candidate: candidate[name] }));
}
/**
 * The given metrics over the last `limit` versions the production alias pointed at (oldest first).
 * Costs 1 request for the alias history and up to 2 per version.
 */
async function productionHistory(registry, model, metrics, limit = 6) {
    const moves = await registry.aliasHistory(model, 'production');
    const versions = [];
    for (const move of moves)
        if (move.applied && move.to !== null && !versions.includes(move.to))
            versions.push(move.to);
    const recent = versions.sort((a, b) => a - b).slice(-limit);
    const manifests = await Promise.all(recent.map((version) => registry.get(model, { version }).then((v) => v.manifest)));
    return metrics
        .map((metric) => ({ metric, points: manifests.flatMap((m) => (m.metrics[metric] === undefined ? [] : [{ version: `v${m.version}`, value: m.metrics[metric] }])) }))
        .filter((series) => series.points.length > 0);
}

;// CONCATENATED MODULE: ./src/gate/run-gate.ts
/**
 * evaluate-gate end to end, for the action, `mlops gate` and `mlops run`: read the candidate (the
 * run record's sweep part, or the files named), resolve the baseline (baseline.ts), evaluate the
 * rules, render the report and write it to `.mlops/gate-report.md` and the record's gate part.
 *
 * It posts nothing: the entries post the returned report (comment, check run, job summary) only
 * after this returned, so every bad input (a missing metrics file, a NaN, an unknown alias or
 * metric, a broken outputs file) is a located UserError thrown before anything claims a verdict.
 * The caller fails the step when `result.passed` is false, after posting.
 */













/** The per-example outputs file a trial writes beside its model (and is registered with it). */
const DEFAULT_OUTPUTS_FILE = predictions/* EVAL_OUTPUTS_FILE */.ZO;
/** A job summary may hold 1 MiB; the report there is never cut below this. */
const SUMMARY_REPORT_LIMIT = 900_000;
async function runGate(request) {
    const config = parseGateConfig(request.gate, request.locate);
    const sweep = await (0,src_record/* readPartIfPresent */.As)(request.record, 'sweep');
    const data = await (0,src_record/* readPartIfPresent */.As)(request.record, 'data');
    const candidate = request.metrics ? await readMetricFile(external_node_path_default().resolve(request.cwd, request.metrics)) : sweepMetrics(request.record, sweep);
    const candidateOutputs = await readCandidateOutputs(request, sweep);
    const resolved = await resolveBaseline({
        spec: request.baseline,
        cwd: request.cwd,
        model: request.model,
        registry: request.registry,
        store: request.store,
        baseRef: request.baseRef,
        outputsName: candidateOutputs ? external_node_path_default().basename(candidateOutputs.file) : undefined,
        evaluate: config.evaluate && {
            settings: config.evaluate,
            cwd: request.configDir ?? request.cwd,
            // validate-data names data files relative to the working directory it ran in (this one).
            evalFiles: (data?.value.evalFiles ?? []).map((f) => external_node_path_default().resolve(request.cwd, f.path)),
            env: request.env,
        },
    });
    const baseline = 'baseline' in resolved ? resolved.baseline : undefined;
    const details = await dataDetails(data);
    const notes = [];
    if (baseline && candidateOutputs && !baseline.outputs)
        notes.push(`The baseline has no per-example outputs (${external_node_path_default().basename(candidateOutputs.file)}): no intervals.`);
    if (baseline?.reevaluated)
        notes.push(`The baseline (${baseline.label}) was re-evaluated on this run's eval data (gate.evaluate): both columns are measured on the same rows.`);
    const likeForLike = baseline?.reevaluated ? undefined : evalDataNote(data, baseline?.version?.manifest.data);
    if (likeForLike)
        notes.push(likeForLike);
    const result = evaluateGate({
        config,
        candidate,
        baseline: baseline?.metrics,
        baselineLabel: baseline?.label,
        outputs: candidateOutputs && baseline?.outputs ? { candidate: candidateOutputs, baseline: baseline.outputs } : undefined,
        data: details.summary,
    });
    result.notes.unshift(...notes);
    const input = {
        model: request.model,
        workflow: request.workflow,
        result,
        params: sweep?.value.best ? paramChanges(sweep.value.best.params, baseline?.version?.manifest) : undefined,
        data: details.section,
        sweep: await sweepDetails(sweep),
        history: request.registry ? await productionHistory(request.registry, request.model, historyMetrics(result, sweep)).catch(() => []) : undefined,
        lineage: { ...request.lineage, dataDigest: data?.value.dataDigest },
        summaryUrl: request.summaryUrl,
    };
    const comment = renderGateReport(input);
    const full = renderGateReport({ ...input, maxLength: SUMMARY_REPORT_LIMIT });
    await (0,promises_.mkdir)(external_node_path_default().dirname(request.reportFile), { recursive: true });
    await (0,promises_.writeFile)(request.reportFile, full);
    const relineage = async (lineage) => {
        const text = renderGateReport({ ...input, lineage: { ...input.lineage, ...lineage }, maxLength: SUMMARY_REPORT_LIMIT });
        await (0,promises_.writeFile)(request.reportFile, text);
        return text;
    };
    const baselineVersion = baseline?.version?.version ?? null;
    const { reasons } = manifestGate(result, baselineVersion);
    await (0,src_record/* writeGatePart */.Qm)(request.record, {
        verdict: result.verdict,
        passed: result.passed,
        headline: result.headline,
        baselineVersion,
        baseline: baseline?.label ?? null,
        reasons,
        metrics: gateOutputsTable(result, request.reportFile),
        rules: result.rules.map((r) => ({ ...r })),
        notes: result.notes,
        report: request.reportFile,
    }, request.env);
    return { result, comment, full, input, reportFile: request.reportFile, outputs: gateOutputs(result, request.reportFile), baselineVersion, noBaseline: 'none' in resolved ? resolved.none : undefined, failedAt: config.rules[result.rules.findIndex((r) => r.status === 'fail')]?.location, relineage };
}
function gateOutputsTable(result, reportFile) {
    return JSON.parse(gateOutputs(result, reportFile).table);
}
/** The candidate's metrics from the sweep part's best trial, located in the record. */
function sweepMetrics(record, sweep) {
    const metrics = sweep?.value.best?.metrics;
    if (!metrics) {
        const key = sweep ? 'sweep.best.metrics' : 'sweep';
        throw new src_record/* RecordError */.W1(`No candidate metrics: no metrics input, and the run record ${record} has no best trial (field ${key} is missing).`, {
            location: { file: record, key },
            hint: 'Pass the metrics input (--metrics) with the candidate\'s metrics file, or run train-and-sweep first (it writes the sweep part).',
        });
    }
    return { file: record, values: { ...metrics }, nonNumeric: {}, locate: (key) => ({ file: record, key: `sweep.best.metrics.${key}` }) };
}
/** The outputs named, else the best trial's eval-outputs.csv when it wrote one. */
async function readCandidateOutputs(request, sweep) {
    if (request.outputs) {
        const file = external_node_path_default().resolve(request.cwd, request.outputs);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* InputError */.dz(`The per-example outputs file ${file} does not exist.`, { location: { file }, hint: 'Pass the file the trainer wrote (outputs input, --outputs), or leave it out to gate without intervals.' });
        return (0,predictions/* readPredictionsFile */.jO)(file);
    }
    const dir = sweep?.value.best?.outputDir;
    if (!sweep || dir === undefined)
        return undefined;
    const file = external_node_path_default().join(sweep.resolve(dir), DEFAULT_OUTPUTS_FILE);
    return (0,external_node_fs_.existsSync)(file) ? (0,predictions/* readPredictionsFile */.jO)(file) : undefined;
}
/**
 * A one-line warning when the candidate was evaluated on other eval data than the baseline (their
 * eval files' digests differ): the two metric columns are not like for like. The baseline's eval
 * digests are its manifest's `eval:<path>` entries (register-model records them from the data part).
 */
function evalDataNote(data, manifestData) {
    if (!data || !manifestData)
        return undefined;
    const candidate = (data.value.evalFiles ?? []).map((f) => `sha256:${f.sha256}`).sort();
    const baseline = Object.entries(manifestData).filter(([key]) => key.startsWith('eval:')).map(([, digest]) => digest).sort();
    if (candidate.length === 0 || baseline.length === 0)
        return undefined;
    if (candidate.join() === baseline.join())
        return undefined;
    return 'Not like for like: the candidate was evaluated on other eval data than the baseline (the eval files\' digests differ) and nothing re-evaluated the baseline; a change may come from the data, not the model.';
}
/** The metrics whose production history the report charts: those the rules name, else the sweep's objective. */
function historyMetrics(result, sweep) {
    const named = [...new Set(result.rules.flatMap((r) => (r.metric ? [r.metric] : [])))];
    return named.length > 0 ? named.slice(0, 3) : sweep ? [sweep.value.objective.metric] : [];
}

// EXTERNAL MODULE: ./src/backends/seams.ts
var seams = __webpack_require__(82118);
;// CONCATENATED MODULE: ./src/gate/publish.ts
/**
 * Where the gate's report goes once runGate returned a verdict: the sticky PR comment (one per
 * model and workflow, gateCommentKey) and the check run `mlops gate: <model>` (success, failure,
 * or neutral for warnings), through the seams the entry opened. The job summary and the report
 * file are the entry's (they never need a token).
 *
 * A token that may not write (a fork pull request's read-only token, a workflow without
 * `pull-requests: write` / `checks: write`) is a warning, never a failure: the report is still in
 * the job summary and the report file. Afterwards `failIfFailed` fails the step with the first
 * failing rule located at its line of mlops.yml.
 */



/** The gate failed: an error rule failed. Thrown after the report was written and posted. */
class GateFailedError extends (/* unused pure expression or super */ null && (UserError)) {
}
const CONCLUSION = { pass: 'success', warn: 'neutral', fail: 'failure' };
/** The check run's name: branch protection requires it by this name. */
function gateCheckName(model) {
    return `mlops gate: ${model}`;
}
async function publishGate(run, targets, logger) {
    const published = { skipped: [] };
    if (targets.readOnly) {
        published.skipped.push(targets.readOnly);
        return published;
    }
    const tolerate = async (what, post) => {
        try {
            return await post();
        }
        catch (error) {
            if (!(error instanceof seams/* PermissionError */.i_))
                throw error;
            const line = `${what} not posted: ${error.message}. The report is in the job summary and ${run.reportFile}.`;
            logger.warning(line);
            published.skipped.push(line);
            return undefined;
        }
    };
    if (targets.comments) {
        const sink = targets.comments;
        published.comment = await tolerate('The PR comment was', async () => (await sink.upsert(gateCommentKey(targets.model, targets.workflow), run.comment)).location);
    }
    if (targets.checks) {
        const { sink, headSha, detailsUrl } = targets.checks;
        const check = { name: gateCheckName(targets.model), headSha, conclusion: CONCLUSION[run.result.verdict], title: run.result.headline, summary: run.comment, detailsUrl };
        published.check = await tolerate('The check run was', async () => (await sink.complete(check)).location);
    }
    return published;
}
/** Fails the step when an error rule failed, located at the first failing rule in mlops.yml. */
function failIfFailed(run) {
    if (run.result.passed)
        return;
    throw new GateFailedError(run.result.headline, {
        location: run.failedAt,
        hint: `The table in ${run.reportFile} (and the job summary) shows every metric against its rule.`,
    });
}

;// CONCATENATED MODULE: ./src/gate/index.ts
/**
 * evaluate-gate's core, for the action, the CLI and `mlops run`: read the files, parse the config,
 * evaluate, render (src/report/gate-report.ts).
 *
 *     const config = parseGateConfig(raw.gate, (path) => source.locate(['gate', ...path]));
 *     const result = evaluateGate({
 *       config,
 *       candidate: await readMetricFile('metrics.json'),
 *       baseline: await readMetricFile('production/metrics.json'),
 *       outputs: { candidate: await readPredictionsFile('eval-outputs.csv'), baseline: await readPredictionsFile('production/eval-outputs.csv') },
 *     });
 *     const markdown = renderGateReport({ model, workflow, result });
 */



// The stage end to end, for the action, `mlops gate` and `mlops run`.




// EXTERNAL MODULE: ./src/config/paths.ts
var config_paths = __webpack_require__(81066);
// EXTERNAL MODULE: ./src/report/terminal.ts
var terminal = __webpack_require__(87496);
// EXTERNAL MODULE: ./src/registry/service/register-model.ts + 1 modules
var register_model = __webpack_require__(51446);
// EXTERNAL MODULE: ./src/cli/console-logger.ts
var console_logger = __webpack_require__(58328);
;// CONCATENATED MODULE: ./src/cli/gate-command.ts
/**
 * `mlops gate`: evaluate-gate on the local backends (or a GitHub registry with --github): the
 * candidate from the run record, the baseline from the registry, the report to
 * `.mlops/gate-report.md` and a check run file under `.mlops/checks`; exit 1 when an error rule
 * failed. `mlops run` calls `gateLocally` between train-and-sweep and register-model.
 */







/** Defaults of `mlops gate`, beside mlops.yml. */
const GATE_REPORT_FILE = '.mlops/gate-report.md';
const GATE_CHECKS_DIR = '.mlops/checks';




/** The gate on one machine: runGate, then the check run as a file. Returns the run; the caller decides the exit code. */
async function gateLocally(options, logger) {
    const { loaded } = options;
    const { registry, store } = (0,backends_open/* openRegistry */.Me)(options.backend, { sha: (0,register_model/* commitOf */.D)(options.cwd, process.env), logger });
    const run = await runGate({
        cwd: options.cwd,
        model: loaded.config.name,
        workflow: 'local',
        gate: loaded.config.gate,
        locate: (keys) => loaded.source.locate(['gate', ...keys]),
        configDir: loaded.dir,
        record: options.record,
        metrics: options.metrics,
        outputs: options.outputs,
        baseline: parseBaselineSpec(options.baseline, options.baselineOutputs),
        registry,
        store,
        reportFile: options.reportFile,
        lineage: { commit: (0,register_model/* commitOf */.D)(options.cwd, process.env) },
        env: process.env,
    });
    await publishGate(run, { model: loaded.config.name, workflow: 'local', checks: { sink: (0,backends_open/* openReviewSinks */.l9)({ kind: 'local', dir: options.checksDir }, undefined).checks, headSha: (0,register_model/* commitOf */.D)(options.cwd, process.env) ?? 'local' } }, logger);
    return run;
}
/** The verdict and the metric table as terminal text. */
function gateText(run, cwd) {
    const { result } = run;
    const rows = result.metrics.map((row) => [row.name, show(row.baseline), show(row.candidate), show(row.change), row.interval ? `[${(0,markdown/* formatNumber */.ZV)(row.interval.low)}, ${(0,markdown/* formatNumber */.ZV)(row.interval.high)}] ${row.significance ?? ''}` : '', metricStatus(result, row)]);
    const lines = [`${icon(result)} ${result.headline}`];
    if (run.noBaseline)
        lines.push(run.noBaseline);
    lines.push((0,terminal/* textTable */.e)(['metric', 'production', 'candidate', 'change', 'interval', 'status'], rows).trimEnd());
    for (const rule of result.rules.filter((r) => r.metric === undefined))
        lines.push(`${rule.status}: ${rule.rule} (${rule.reason})`);
    for (const note of result.notes)
        lines.push(`note: ${note}`);
    lines.push(`report:  ${external_node_path_default().relative(cwd, run.reportFile)}`);
    return lines.join('\n') + '\n';
}
const show = (value) => (value === undefined ? '–' : (0,markdown/* formatNumber */.ZV)(value));
const icon = (result) => ({ pass: '✓', warn: '!', fail: '✗' })[result.verdict];
function gateCommand(context) {
    return new esm/* Command */.uB('gate')
        .description('Compare the candidate (the run record\'s best trial) with the production model by the rules of mlops.yml gate:, write the report; exit 1 when an error rule fails.')
        .option('-c, --config <file>', 'mlops.yml of the model', 'mlops.yml')
        .option('--record <file>', 'the run record: candidate, data and sweep parts; the gate part is written to it (default .mlops/record.json beside mlops.yml)')
        .option('--metrics <file>', "the candidate's metrics file (default: the record's best trial metrics)")
        .option('--outputs <file>', "the candidate's per-example outputs CSV (default: eval-outputs.csv of the best trial)")
        .option('--baseline <what>', 'an alias (default production), base, a version (3), a metrics file, or none')
        .option('--baseline-outputs <file>', 'per-example outputs of a metrics-file baseline')
        .option('--registry <dir>', `a local registry folder (default ${backends_open/* DEFAULT_LOCAL_REGISTRY */.MF} beside mlops.yml)`)
        .option('--github <owner/repo>', 'the repository whose releases hold the registry (token from GITHUB_TOKEN)')
        .option('--report <file>', 'where the markdown report goes (default .mlops/gate-report.md beside mlops.yml)')
        .option('--checks <dir>', 'where the check run files go (default .mlops/checks beside mlops.yml)')
        .addHelpText('after', `\nThe check run is a file under .mlops/checks ("${gateCheckName('<model>')}").\n\nExamples:\n  mlops gate                          # after mlops validate and mlops sweep\n  mlops gate --baseline v3\n  mlops gate --metrics metrics.json --baseline prod-metrics.json`)
        .action(async (options) => {
        const cwd = process.cwd();
        const loaded = await (0,config/* loadConfig */.Z)(external_node_path_default().resolve(cwd, options.config));
        // The path rule (config/paths.ts): options against cwd, defaults beside mlops.yml.
        const paths = { cwd, projectDir: loaded.dir };
        const backend = options.github
            ? { kind: 'github', repository: options.github, token: process.env.GITHUB_TOKEN ?? '', apiUrl: process.env.GITHUB_API_URL }
            : { kind: 'local', dir: (0,config_paths/* projectPath */.D)(options.registry, paths, backends_open/* DEFAULT_LOCAL_REGISTRY */.MF) };
        const run = await gateLocally({
            cwd,
            loaded,
            record: (0,config_paths/* projectPath */.D)(options.record, paths, src_record/* DEFAULT_RECORD_FILE */.z7),
            backend,
            checksDir: (0,config_paths/* projectPath */.D)(options.checks, paths, GATE_CHECKS_DIR),
            reportFile: (0,config_paths/* projectPath */.D)(options.report, paths, GATE_REPORT_FILE),
            metrics: options.metrics,
            outputs: options.outputs,
            baseline: options.baseline,
            baselineOutputs: options.baselineOutputs,
        }, new console_logger/* ConsoleLogger */.C());
        context.stdout.write(gateText(run, cwd));
        if (!run.result.passed)
            context.setExitCode(1);
    });
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ pairOutputs),
/* harmony export */   ZO: () => (/* binding */ EVAL_OUTPUTS_FILE),
/* harmony export */   jO: () => (/* binding */ readPredictionsFile)
/* harmony export */ });
/* unused harmony export parsePredictions */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _read_bounded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84287);
/**
 * Per-example outputs: what a model predicted for each example of the eval set, the input of the
 * significance bootstrap. The trainer writes one file per model, a CSV with a header row:
 *
 *     id,label,prediction,score
 *     ex-0001,1,1,0.93
 *     ex-0002,0,1,0.61
 *
 * - `id` (required): the example's identifier, unique in the file. The candidate's and the
 *   baseline's files must hold the same ids (in any order): the comparison is paired.
 * - `label` (required): the true value; a class (any text) or, for regression, a number. Both
 *   files must give the same label for an id.
 * - `prediction` (required): the model's class, or its number for regression.
 * - `score` (optional): for binary labels, the probability (0..1) the model gives the positive
 *   class; needed for log loss and AUC.
 * Other columns are ignored. Cells may be quoted (RFC 4180, `"a,b"`, `""` for a quote); empty
 * lines are skipped. At most 5,000,000 rows and 1 GiB.
 */


/** The per-example outputs file a trainer writes into its model folder (the gate's candidate and baseline, deploy's smoke check). */
const EVAL_OUTPUTS_FILE = 'eval-outputs.csv';
const MAX_ROWS = 5_000_000;
const MAX_BYTES = 1024 * 1024 * 1024;
const POSITIVE_NAMES = ['1', 'true', 'yes', 'positive', 'pos'];
/** Reads a per-example outputs file. */
async function readPredictionsFile(file) {
    return parsePredictions(await (0,_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__/* .readBounded */ .C)(file, MAX_BYTES, 'per-example outputs file'), file);
}
/** Parses the text of a per-example outputs file (the format is in the module header). */
function parsePredictions(text, file, maxRows = MAX_ROWS) {
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let lineNumber = 0;
    const nextLine = () => {
        while (start < text.length) {
            let end = text.indexOf('\n', start);
            if (end < 0)
                end = text.length;
            let line = text.slice(start, end);
            start = end + 1;
            lineNumber++;
            if (line.endsWith('\r'))
                line = line.slice(0, -1);
            if (line !== '')
                return line;
        }
        return undefined;
    };
    const headerLine = nextLine();
    if (headerLine === undefined)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} is empty.`, { location: { file }, hint: 'Write a header row id,label,prediction[,score] and one row per example.' });
    const header = splitRow(headerLine, file, lineNumber).map((h) => h.trim().toLowerCase());
    const column = (name, required) => {
        const index = header.indexOf(name);
        if (index < 0 && required) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} has no \`${name}\` column (its header is ${headerLine.slice(0, 200)}).`, {
                location: { file, line: lineNumber },
                hint: 'The header row must name id, label and prediction (and score for log loss and AUC).',
            });
        }
        return index;
    };
    const [idCol, labelCol, predCol, scoreCol] = [column('id', true), column('label', true), column('prediction', true), column('score', false)];
    const width = header.length;
    const ids = [];
    const labels = [];
    const predictions = [];
    const scores = [];
    const lines = [];
    for (let line = nextLine(); line !== undefined; line = nextLine()) {
        if (ids.length >= maxRows)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${file} has more than ${maxRows} rows.`, { location: { file, line: lineNumber }, hint: 'Write the outputs of the eval set only, or a sample of it with the same ids for both models.' });
        const cells = line.includes('"') ? splitRow(line, file, lineNumber) : line.split(',');
        if (cells.length !== width) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has ${cells.length} cells; the header has ${width}.`, { location: { file, line: lineNumber }, hint: 'Quote cells that contain a comma ("a,b").' });
        }
        const id = cells[idCol];
        if (id === '')
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has an empty id.`, { location: { file, line: lineNumber, key: 'id' }, hint: 'Give every example an id.' });
        ids.push(id);
        labels.push(cells[labelCol].trim());
        predictions.push(cells[predCol].trim());
        lines.push(lineNumber);
        if (scoreCol >= 0) {
            const cell = cells[scoreCol].trim();
            const score = cell === '' ? NaN : Number(cell);
            if (!(score >= 0 && score <= 1)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has the score ${JSON.stringify(cell)}, not a probability from 0 to 1.`, {
                    location: { file, line: lineNumber, key: 'score' },
                    hint: 'The score is the probability the model gives the positive class; leave the column out if the model has none.',
                });
            }
            scores.push(score);
        }
    }
    return { file, ids, labels, predictions, scores: scoreCol >= 0 ? Float64Array.from(scores) : undefined, lines: Uint32Array.from(lines) };
}
/** Splits one CSV row with RFC 4180 quotes. */
function splitRow(line, file, lineNumber) {
    const cells = [];
    let i = 0;
    for (;;) {
        if (line[i] === '"') {
            let cell = '';
            i++;
            for (;;) {
                const q = line.indexOf('"', i);
                if (q < 0)
                    throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has a quote that is never closed.`, { location: { file, line: lineNumber }, hint: 'Close the quoted cell; write a quote inside it as "".' });
                cell += line.slice(i, q);
                if (line[q + 1] === '"') {
                    cell += '"';
                    i = q + 2;
                }
                else {
                    i = q + 1;
                    break;
                }
            }
            cells.push(cell);
            if (i >= line.length)
                return cells;
            if (line[i] !== ',')
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`Row ${lineNumber} of ${file} has text after a closing quote.`, { location: { file, line: lineNumber }, hint: 'A quoted cell ends at its closing quote, then a comma.' });
            i++;
        }
        else {
            const comma = line.indexOf(',', i);
            if (comma < 0) {
                cells.push(line.slice(i));
                return cells;
            }
            cells.push(line.slice(i, comma));
            i = comma + 1;
        }
    }
}
/**
 * Joins the candidate's and the baseline's outputs on id. Errors (located at file and row): an id
 * twice in a file, an id in one file but not the other, an id with two different labels.
 */
function pairOutputs(candidate, baseline, positiveLabel) {
    for (const table of [candidate, baseline]) {
        if (table.ids.length === 0)
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The per-example outputs file ${table.file} has a header but no rows.`, { location: { file: table.file }, hint: 'Write one row per example of the eval set.' });
    }
    const baseIndex = indexIds(baseline);
    indexIds(candidate);
    const n = candidate.ids.length;
    const classes = new Map();
    const classOf = (value) => {
        let k = classes.get(value);
        if (k === undefined) {
            k = classes.size;
            classes.set(value, k);
        }
        return k;
    };
    const label = new Int32Array(n);
    const cand = new Int32Array(n);
    const base = new Int32Array(n);
    const baseRow = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        const j = baseIndex.get(candidate.ids[i]);
        if (j === undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(candidate.ids[i])} (row ${candidate.lines[i]} of ${candidate.file}) is not in the baseline's outputs ${baseline.file}.`, {
                location: { file: candidate.file, line: candidate.lines[i], key: 'id' },
                hint: 'Both models must be evaluated on the same examples with the same ids: re-run the baseline on this eval set, or drop the extra ids.',
            });
        }
        if (candidate.labels[i] !== baseline.labels[j]) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(candidate.ids[i])} has the label ${JSON.stringify(candidate.labels[i])} in ${candidate.file} (row ${candidate.lines[i]}) but ${JSON.stringify(baseline.labels[j])} in ${baseline.file} (row ${baseline.lines[j]}).`, {
                location: { file: candidate.file, line: candidate.lines[i], key: 'label' },
                hint: 'Both outputs must come from the same eval set; check that the ids were not shuffled against the labels.',
            });
        }
        baseRow[i] = j;
        label[i] = classOf(candidate.labels[i]);
        cand[i] = classOf(candidate.predictions[i]);
        base[i] = classOf(baseline.predictions[j]);
    }
    if (baseline.ids.length !== n) {
        const inCandidate = new Set(candidate.ids);
        const j = baseline.ids.findIndex((id) => !inCandidate.has(id));
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(baseline.ids[j])} (row ${baseline.lines[j]} of ${baseline.file}) is not in the candidate's outputs ${candidate.file}.`, {
            location: { file: baseline.file, line: baseline.lines[j], key: 'id' },
            hint: 'Both models must be evaluated on the same examples with the same ids.',
        });
    }
    const names = [...classes.keys()];
    const paired = { n, classes: names, label, candidate: cand, baseline: base };
    const asNumbers = names.map(Number);
    if (names.every((name, k) => name.trim() !== '' && Number.isFinite(asNumbers[k]))) {
        const pick = (codes) => Float64Array.from(codes, (k) => asNumbers[k]);
        paired.numeric = { label: pick(label), candidate: pick(cand), baseline: pick(base) };
    }
    paired.positive = positiveClass(names, label, positiveLabel);
    if (candidate.scores && baseline.scores) {
        const baseScores = baseline.scores;
        paired.scores = { candidate: candidate.scores, baseline: Float64Array.from(baseRow, (j) => baseScores[j]) };
    }
    return paired;
}
function indexIds(table) {
    const index = new Map();
    table.ids.forEach((id, i) => {
        const first = index.get(id);
        if (first !== undefined) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The id ${JSON.stringify(id)} appears twice in ${table.file} (rows ${table.lines[first]} and ${table.lines[i]}).`, {
                location: { file: table.file, line: table.lines[i], key: 'id' },
                hint: 'Each example must appear once per model; remove the duplicate row.',
            });
        }
        index.set(id, i);
    });
    return index;
}
/** The positive class of binary labels: the configured one, else 1/true/yes/positive, else undefined. */
function positiveClass(classes, label, configured) {
    const labelClasses = new Set(label);
    if (labelClasses.size > 2)
        return undefined;
    if (configured !== undefined) {
        const k = classes.indexOf(configured);
        return k >= 0 ? k : undefined;
    }
    for (const k of labelClasses)
        if (POSITIVE_NAMES.includes(classes[k].toLowerCase()))
            return k;
    return undefined;
}


/***/ }),

/***/ 84287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39677);
/**
 * The gate's read of a user's file (metrics, per-example outputs): the shared bounded read
 * (src/shared/safe-read.ts: regular files only, a size cap, never blocking on a FIFO), with the
 * errors of opening it worded for the gate's inputs.
 */


/** Reads `file` as UTF-8, refusing other kinds of files and files larger than `maxBytes` (`what` names it). */
async function readBounded(file, maxBytes, what) {
    try {
        return await (0,_shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextBoundedAsync */ .X3)(file, { maxBytes, what });
    }
    catch (error) {
        if (error instanceof _shared_safe_read_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsafeInputError */ .lK)
            throw error;
        const code = error.code;
        const reason = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(`The ${what} ${file} ${reason}.`, {
            location: { file },
            hint: code === 'ENOENT' ? 'Check the path, or make the training command write this file.' : 'Check the path and its permissions.',
            cause: error,
        });
    }
}


/***/ })

};
