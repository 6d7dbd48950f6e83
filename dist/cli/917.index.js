export const id = 917;
export const ids = [917];
export const modules = {

/***/ 92235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MF: () => (/* binding */ DEFAULT_LOCAL_REGISTRY),
  kT: () => (/* binding */ openArtifactStore),
  bY: () => (/* binding */ openDeployBackends),
  Me: () => (/* binding */ openRegistry),
  l9: () => (/* binding */ openReviewSinks)
});

// UNUSED EXPORTS: insideActionsRuntime, openEventSink

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/backends/seams.ts
var seams = __webpack_require__(82118);
// EXTERNAL MODULE: ./src/shared/json.ts
var shared_json = __webpack_require__(78451);
// EXTERNAL MODULE: ./src/shared/safe-read.ts
var safe_read = __webpack_require__(39677);
// EXTERNAL MODULE: ./src/shared/markdown.ts
var markdown = __webpack_require__(11680);
// EXTERNAL MODULE: ./src/shared/format.ts
var format = __webpack_require__(36338);
;// CONCATENATED MODULE: ./src/registry/model-card.ts
/**
 * The model card: the human-readable part of a model version's release body. It shows what the
 * version is (metrics, params), where it comes from (commit, run, parent version, data, sweep, gate)
 * and how to get it (`mlops models download`, `gh release download`).
 *
 * Every value comes from users or their data, so all of it goes through `escapeText`/`escapeCell`
 * (or sits in a code block whose fence is longer than any backtick run inside); links are only made
 * from https URLs and validated repository names. The card fits in `maxChars` (default GitHub's
 * 125,000-character release body limit; pass less to leave room for an embedded manifest): long
 * tables are cut between rows, with a note saying how many rows are not shown.
 */


/** GitHub's limit on a release body, in characters. */
const MAX_RELEASE_BODY = 125_000;
/** One user value is shown at most this long (before escaping); the manifest keeps it whole. */
const MAX_VALUE = 300;
/** Gate reasons listed at most. */
const MAX_REASONS = 20;
function clip(value, max = MAX_VALUE) {
    return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
const model_card_text = (value) => (0,markdown/* escapeText */.X1)(clip(value.replace(/\r?\n|\r/g, ' ')));
const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SAFE_URL = /^https:\/\/[^\s<>"'`()\\[\]]{1,2000}$/;
/** A markdown link when the URL is a plain https URL, else the escaped text alone. */
function model_card_link(label, url) {
    return url && SAFE_URL.test(url) ? `[${model_card_text(label)}](${url})` : model_card_text(label);
}
function shellQuote(value) {
    const flat = value.replace(/[\r\n]+/g, ' ');
    return /^[A-Za-z0-9._/:=@%+-]+$/.test(flat) ? flat : `'${flat.replace(/'/g, `'\\''`)}'`;
}
/** A fenced code block that no backtick run in `body` can close. */
function codeBlock(lang, body) {
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${body}\n${fence}`;
}
function formatMetric(value) {
    if (value === null || typeof value !== 'number' || !Number.isFinite(value))
        return (0,markdown/* formatNumber */.ZV)(value);
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
function formatParam(value) {
    return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}
function formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** The table with as many leading rows as fit in `budget` characters, cut between rows with a note. */
function boundedTable(spec, budget) {
    const full = `### ${spec.title}\n\n${(0,markdown/* table */.tp)(spec.header, spec.rows, spec.align)}`;
    if (full.length <= budget)
        return full;
    const head = `### ${spec.title}\n\n${(0,markdown/* table */.tp)(spec.header, [], spec.align)}`;
    const note = (hidden) => `\n\n_${(0,format/* groupDigits */.K)(hidden)} of ${(0,format/* groupDigits */.K)(spec.rows.length)} rows not shown: ${spec.rest}_`;
    let length = head.length + note(spec.rows.length).length;
    if (length > budget)
        return '';
    const lines = [head];
    let shown = 0;
    for (const row of spec.rows) {
        const line = `\n${(0,markdown/* table */.tp)(spec.header, [row]).split('\n')[2]}`;
        if (length + line.length > budget)
            break;
        lines.push(line);
        length += line.length;
        shown += 1;
    }
    return lines.join('') + note(spec.rows.length - shown);
}
/** Renders the release body's model card; see the module comment. */
function renderModelCard(input, options = {}) {
    const maxChars = options.maxChars ?? MAX_RELEASE_BODY;
    const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const repo = input.repository && REPO.test(input.repository) ? input.repository : undefined;
    const tag = input.tag ?? `${input.name}/v${input.version}`;
    const tagUrl = (t) => (repo ? `${server}/${repo}/releases/tag/${t.split('/').map(encodeURIComponent).join('/')}` : undefined);
    // Fixed sections: small, every value clipped.
    const intro = [`## Model ${model_card_text(input.name)} · version ${model_card_text(String(input.version))}`, '', `Registered ${model_card_text(input.createdAt)}${input.actor ? ` by ${model_card_text(input.actor)}` : ''}.`];
    const lineage = [];
    if (input.commit) {
        const url = repo && /^[0-9a-f]{7,64}$/i.test(input.commit) ? `${server}/${repo}/commit/${input.commit}` : undefined;
        lineage.push(`- Commit: ${model_card_link(input.commit.slice(0, 12), url)}${input.ref ? ` (${model_card_text(input.ref)})` : ''}`);
    }
    else if (input.ref)
        lineage.push(`- Ref: ${model_card_text(input.ref)}`);
    if (input.runUrl)
        lineage.push(`- Run: ${model_card_link('workflow run', input.runUrl)}`);
    if (input.parent) {
        const parentTag = input.parent.tag ?? `${input.name}/v${input.parent.version}`;
        lineage.push(`- Parent: ${model_card_link(`version ${input.parent.version}`, tagUrl(parentTag))}`);
    }
    if (input.sweep) {
        const s = input.sweep;
        const parts = [s.trials !== undefined ? `${s.completed ?? '?'} of ${s.trials} trials completed` : undefined, s.bestTrial ? `best trial ${model_card_text(s.bestTrial)}` : undefined];
        if (s.objective)
            parts.push(`objective: ${s.objective.direction === 'maximize' ? 'maximize' : 'minimize'} ${model_card_text(s.objective.metric)}`);
        lineage.push(`- Sweep: ${model_card_link('sweep', s.url)}${parts.some(Boolean) ? `, ${parts.filter(Boolean).join(', ')}` : ''}`);
    }
    if (input.gate) {
        const g = input.gate;
        const verdict = g.verdict === 'pass' ? '✅ pass' : g.verdict === 'fail' ? '❌ fail' : g.verdict;
        lineage.push(`- Gate: ${model_card_link(verdict, g.url)}${g.baselineVersion ? ` against ${model_card_link(`version ${g.baselineVersion}`, tagUrl(`${input.name}/v${g.baselineVersion}`))}` : ''}`);
        const reasons = g.reasons ?? [];
        for (const reason of reasons.slice(0, MAX_REASONS))
            lineage.push(`  - ${model_card_text(reason)}`);
        if (reasons.length > MAX_REASONS)
            lineage.push(`  - …and ${reasons.length - MAX_REASONS} more (see manifest.json)`);
    }
    // NAME:N selects the version (`--version` is the CLI's own version flag); --out is required.
    const mlops = input.downloadCommand?.replace(/[\r\n]+/g, ' ') ??
        `mlops models download ${shellQuote(`${input.name}:${input.version}`)}${repo ? ` --github ${repo}` : ''} --out ${shellQuote(`${input.name}-v${input.version}`)}`;
    const gh = `gh release download ${shellQuote(tag)}${repo ? ` --repo ${repo}` : ''} --dir ${shellQuote(`${input.name}-v${input.version}`)}`;
    const download = [
        '### Download',
        '',
        'With the mlops CLI (checks every sha256 and unpacks safely):',
        '',
        codeBlock('sh', clip(mlops, 1000)),
        '',
        'With the GitHub CLI (then check the sha256 digests below, e.g. `sha256sum`):',
        '',
        codeBlock('sh', clip(gh, 1000)),
        // The GitHub CLI fetches the parts of an asset over 2 GiB as they are; mlops joins them itself.
        ...input.assets
            .filter((a) => a.parts)
            .flatMap((a) => ['', `${model_card_text(a.name)} comes in ${a.parts.length} parts (each sha256 is below): join them in order, then check the whole's sha256:`, '', codeBlock('sh', clip(`cat ${a.parts.map((p) => shellQuote(p.name)).join(' ')} > ${shellQuote(a.name)}`, 1000))]),
    ];
    const fixed = [intro.join('\n'), lineage.length ? `### Lineage\n\n${lineage.join('\n')}` : '', download.join('\n')].filter(Boolean);
    const all = [
        {
            title: 'Metrics',
            header: ['Metric', 'Value'],
            rows: Object.keys(input.metrics).sort().map((k) => [clip(k), formatMetric(input.metrics[k])]),
            align: ['left', 'right'],
            rest: 'all metrics are in manifest.json.',
        },
        {
            title: 'Parameters',
            header: ['Parameter', 'Value'],
            rows: Object.keys(input.params).sort().map((k) => [clip(k), clip(formatParam(input.params[k]))]),
            rest: 'all parameters are in manifest.json.',
        },
        {
            title: 'Data',
            header: ['File', 'Rows', 'sha256'],
            rows: (input.data?.files ?? []).map((f) => [clip(f.path), (0,markdown/* formatNumber */.ZV)(f.rows), clip(f.sha256, 80)]),
            align: ['left', 'right', 'left'],
            rest: 'the data profile lists every file.',
        },
        {
            title: 'Assets',
            header: ['Asset', 'Size', 'sha256'],
            rows: input.assets.flatMap((a) => [
                [clip(a.name) + (a.parts ? ` (${a.parts.length} parts, joined)` : ''), formatSize(a.size), clip(a.sha256, 80)],
                ...(a.parts ?? []).map((p) => [`↳ ${clip(p.name)}`, formatSize(p.size), clip(p.sha256, 80)]),
            ]),
            align: ['left', 'right', 'left'],
            rest: 'all assets are listed on this release.',
        },
    ];
    const specs = all.filter((s) => s.rows.length > 0);
    // Share what the fixed sections leave between the tables: small tables are shown whole, the rest
    // split evenly (water-filling), so 10,000 metrics cannot push the assets out.
    const separator = '\n\n';
    const fixedLength = fixed.join(separator).length;
    let remaining = maxChars - fixedLength - separator.length * specs.length - 1;
    const fullLength = specs.map((s) => boundedTable(s, Infinity).length);
    const budgets = new Array(specs.length).fill(0);
    const order = specs.map((_, i) => i).sort((a, b) => fullLength[a] - fullLength[b]);
    order.forEach((index, position) => {
        const share = Math.floor(Math.max(0, remaining) / (order.length - position));
        budgets[index] = Math.min(fullLength[index], share);
        remaining -= budgets[index];
    });
    const tables = specs.map((s, i) => boundedTable(s, budgets[i])).filter(Boolean);
    // Metrics and params read best right after the intro, before lineage and download.
    const [introPart, ...rest] = fixed;
    let card = [introPart, ...tables, ...rest].join(separator) + '\n';
    if (card.length > maxChars) {
        // Only reachable with a tiny maxChars: cut at a line end, never mid-row.
        const note = '\n\n_Model card truncated; see manifest.json._\n';
        const cut = card.lastIndexOf('\n', Math.max(0, maxChars - note.length));
        card = cut > 0 ? card.slice(0, cut) + note : note.trim().slice(0, maxChars);
    }
    return card;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/manifest.ts
/**
 * The model version's manifest (docs/architecture.md "The run record"): versioned JSON with a schema,
 * never ad-hoc keys. It is uploaded as `manifest.json` and also embedded in the release body, so
 * reading a version costs one request. Whatever is read back is validated with `parseManifest`
 * before anything trusts it: a release body can be edited by anyone with write access.
 */






const MANIFEST_SCHEMA_VERSION = 1;
/** The deepest nesting a manifest's JSON may have (it nests four levels). */
const MANIFEST_MAX_DEPTH = 64;
/** A manifest (or a part of one) that does not have the required shape. */
class ManifestError extends errors/* UserError */.yo {
}
function fail(key, expected, value) {
    const shown = value === undefined ? 'missing' : `got ${JSON.stringify(value)?.slice(0, 60)}`;
    throw new ManifestError(`Invalid model manifest: "${key}" must be ${expected} (${shown})`, { location: { file: 'manifest.json', key } });
}
function obj(value, key) {
    return (0,shared_json/* isRecord */.u4)(value) ? value : fail(key, 'an object', value);
}
function str(value, key) {
    return typeof value === 'string' ? value : fail(key, 'a string', value);
}
function bool(value, key) {
    return typeof value === 'boolean' ? value : fail(key, 'true or false', value);
}
function strOrNull(value, key) {
    return value === null || value === undefined ? null : str(value, key);
}
function num(value, key) {
    return typeof value === 'number' && Number.isFinite(value) ? value : fail(key, 'a finite number', value);
}
function manifest_int(value, key, min = 0) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : fail(key, `a whole number >= ${min}`, value);
}
function intOrNull(value, key, min = 0) {
    return value === null || value === undefined ? null : manifest_int(value, key, min);
}
function arr(value, key) {
    return Array.isArray(value) ? value : fail(key, 'an array', value);
}
function record(value, key, item) {
    const input = value === undefined ? {} : obj(value, key);
    const out = {};
    for (const [k, v] of Object.entries(input))
        out[k] = item(v, `${key}.${k}`);
    return out;
}
function param(value, key) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    return num(value, key);
}
function oneOf(value, key, options) {
    return typeof value === 'string' && options.includes(value) ? value : fail(key, `one of ${options.join(', ')}`, value);
}
const SHA256 = /^[0-9a-f]{64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function parseRun(value, key) {
    const o = value === undefined ? {} : obj(value, key);
    return {
        url: strOrNull(o.url, `${key}.url`),
        actor: strOrNull(o.actor, `${key}.actor`),
        id: intOrNull(o.id, `${key}.id`),
        attempt: intOrNull(o.attempt, `${key}.attempt`, 1),
    };
}
function parseSweep(value, key = 'sweep') {
    if (value === null || value === undefined)
        return null;
    const o = obj(value, key);
    const objective = o.objective === null || o.objective === undefined ? null : obj(o.objective, `${key}.objective`);
    return {
        trials: manifest_int(o.trials, `${key}.trials`),
        completed: manifest_int(o.completed ?? o.trials, `${key}.completed`),
        bestTrial: strOrNull(o.bestTrial, `${key}.bestTrial`),
        objective: objective && {
            metric: str(objective.metric, `${key}.objective.metric`),
            direction: oneOf(objective.direction, `${key}.objective.direction`, ['minimize', 'maximize']),
        },
    };
}
function parseGate(value, key = 'gate') {
    if (value === null || value === undefined)
        return null;
    const o = obj(value, key);
    return {
        verdict: oneOf(o.verdict, `${key}.verdict`, ['pass', 'fail', 'skipped']),
        baselineVersion: intOrNull(o.baselineVersion, `${key}.baselineVersion`, 1),
        reasons: arr(o.reasons ?? [], `${key}.reasons`).map((r, i) => str(r, `${key}.reasons[${i}]`)),
    };
}
function parseFields(value, key) {
    return arr(value, key).map((f, i) => {
        const o = obj(f, `${key}[${i}]`);
        return { name: str(o.name, `${key}[${i}].name`), type: str(o.type, `${key}[${i}].type`) };
    });
}
function parseSignature(value, key = 'signature') {
    if (value === null || value === undefined)
        return null;
    const o = obj(value, key);
    return { inputs: parseFields(o.inputs, `${key}.inputs`), outputs: parseFields(o.outputs, `${key}.outputs`) };
}
/**
 * The assets of a manifest. Names are checked as on upload (GitHub's character set, no `/`, no
 * `..`, unique): a manifest is read back from a release anyone with write access can edit, and each
 * name becomes a file name when the version is downloaded.
 */
function parseAssets(value, key = 'assets') {
    // Asset and part names share one namespace: each becomes a release asset and a file name.
    const seen = new Set();
    const file = (o, k) => {
        const name = str(o.name, `${k}.name`);
        if (!(0,seams/* isSafeAssetName */.JT)(name)) {
            throw new ManifestError(`Invalid model manifest: "${k}.name" is not a safe asset name: ${(0,seams/* describeAssetNameRule */.Zc)(name)}`, {
                location: { file: 'manifest.json', key: `${k}.name` },
                hint: 'The release was edited after registration, or not made by `mlops`: do not download it; register the model again.',
            });
        }
        if (seen.has(name))
            fail(`${k}.name`, 'an asset name used once', name);
        seen.add(name);
        const sha256 = str(o.sha256, `${k}.sha256`);
        if (!SHA256.test(sha256))
            fail(`${k}.sha256`, '64 lowercase hex digits', sha256);
        return { name, size: manifest_int(o.size, `${k}.size`), sha256 };
    };
    return arr(value, key).map((a, i) => {
        const k = `${key}[${i}]`;
        const o = obj(a, k);
        const asset = file(o, k);
        if (o.unpacked !== undefined && o.unpacked !== null) {
            const u = obj(o.unpacked, `${k}.unpacked`);
            asset.unpacked = { bytes: manifest_int(u.bytes, `${k}.unpacked.bytes`), entries: manifest_int(u.entries, `${k}.unpacked.entries`) };
        }
        if (o.parts !== undefined && o.parts !== null) {
            const parts = arr(o.parts, `${k}.parts`).map((p, j) => file(obj(p, `${k}.parts[${j}]`), `${k}.parts[${j}]`));
            if (parts.length < 2)
                fail(`${k}.parts`, 'at least 2 parts', o.parts);
            const sum = parts.reduce((total, p) => total + p.size, 0);
            if (sum !== asset.size)
                fail(`${k}.parts`, `parts whose sizes add up to the asset's size ${asset.size}`, `${sum} bytes`);
            asset.parts = parts;
        }
        return asset;
    });
}
/** Validates untrusted JSON as a manifest; a ManifestError names the first bad key. */
function parseManifest(value) {
    const o = obj(value, '(root)');
    if (o.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
        fail('schemaVersion', `${MANIFEST_SCHEMA_VERSION} (this version of the registry reads schema ${MANIFEST_SCHEMA_VERSION} only)`, o.schemaVersion);
    }
    const createdAt = str(o.createdAt, 'createdAt');
    if (!ISO.test(createdAt))
        fail('createdAt', 'an ISO 8601 time', createdAt);
    const commit = str(o.commit, 'commit');
    if (!/^[0-9a-f]{40}$/.test(commit))
        fail('commit', 'a 40-digit commit sha', commit);
    const contentDigest = str(o.contentDigest, 'contentDigest');
    if (!/^sha256:[0-9a-f]{64}$/.test(contentDigest))
        fail('contentDigest', '"sha256:" and 64 hex digits', contentDigest);
    return {
        schemaVersion: MANIFEST_SCHEMA_VERSION,
        name: str(o.name, 'name'),
        version: manifest_int(o.version, 'version', 1),
        createdAt,
        commit,
        ref: strOrNull(o.ref, 'ref'),
        run: parseRun(o.run, 'run'),
        params: record(o.params, 'params', param),
        metrics: record(o.metrics, 'metrics', num),
        data: record(o.data, 'data', str),
        sweep: parseSweep(o.sweep),
        gate: parseGate(o.gate),
        parentVersion: intOrNull(o.parentVersion, 'parentVersion', 1),
        tags: arr(o.tags ?? [], 'tags').map((t, i) => str(t, `tags[${i}]`)),
        signature: parseSignature(o.signature),
        attestationUrl: strOrNull(o.attestationUrl, 'attestationUrl'),
        idempotencyKey: strOrNull(o.idempotencyKey, 'idempotencyKey'),
        contentDigest,
        assets: parseAssets(o.assets),
        ...(o.immutable === undefined ? {} : { immutable: bool(o.immutable, 'immutable') }),
    };
}
/** `sha256:<hex>` over the sorted `name\0sha256\n` lines of the assets: names and bytes, not order. */
function contentDigestOf(assets) {
    const lines = [...assets].map((a) => `${a.name}\0${a.sha256}\n`).sort();
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(lines.join('')).digest('hex')}`;
}
// ---------------------------------------------------------------------------------------------
// The release body: a human-readable header and the manifest as fenced JSON between markers.
const BEGIN = '<!-- mlops:manifest -->';
const END = '<!-- /mlops:manifest -->';
/** GitHub's limit on a release body is 125,000 characters; keep well below it. */
const MAX_EMBEDDED_MANIFEST = 100_000;
function releaseBody(manifest, repository) {
    const json = JSON.stringify(manifest, null, 1);
    const embedded = json.length > MAX_EMBEDDED_MANIFEST ? 'The manifest is in the asset manifest.json.' : `${BEGIN}\n\`\`\`json\n${json}\n\`\`\`\n${END}\n`;
    // The readable model card first; the machine-readable manifest after it, inside the 125,000-character limit.
    const card = renderModelCard({
        name: manifest.name,
        version: manifest.version,
        createdAt: manifest.createdAt,
        repository,
        commit: manifest.commit,
        ref: manifest.ref,
        runUrl: manifest.run.url,
        actor: manifest.run.actor,
        params: manifest.params,
        metrics: manifest.metrics,
        parent: manifest.parentVersion === null ? null : { version: manifest.parentVersion },
        data: Object.keys(manifest.data).length > 0 ? { files: Object.entries(manifest.data).map(([path, sha256]) => ({ path, sha256, rows: null })) } : null,
        sweep: manifest.sweep,
        gate: manifest.gate,
        assets: manifest.assets,
    }, { maxChars: MAX_RELEASE_BODY - embedded.length - 2 });
    return `${card}\n\n${embedded}`;
}
/** The manifest embedded in a release body: undefined when there is none, ManifestError when it is bad. */
function manifestFromBody(body) {
    const start = body.indexOf(BEGIN);
    const end = body.indexOf(END);
    if (start < 0 || end < start)
        return undefined;
    const fenced = body.slice(start + BEGIN.length, end).trim();
    const json = fenced.replace(/^```json\s*/, '').replace(/```$/, '');
    let value;
    try {
        value = (0,safe_read/* parseJsonBounded */.Xg)(json, { what: 'the model manifest in the release body', maxDepth: MANIFEST_MAX_DEPTH });
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw new ManifestError(error.message, { hint: error.hint });
        throw new ManifestError(`Invalid model manifest in the release body: not JSON (${error.message})`, { cause: error });
    }
    return parseManifest(value);
}

// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(21815);
;// CONCATENATED MODULE: ./src/registry/registry.ts
/**
 * The model registry, written once on top of the ReleaseStore seam (docs/architecture.md "Seams"). A model
 * version is a published release with tag `<name>/v<N>`; everything else is git refs under
 * `refs/tags/<name>/` (names.ts lists them). Design:
 *
 * Versions. N is allocated by creating the ref `tags/<name>/v<N>` (atomic create-if-absent, 422 when
 * taken). The first guess is the `latest` pointer + 1 (1 request); if that number is taken (in-flight
 * or dead registrations, or a stale pointer) the registry lists the version refs once
 * (`tags/<name>/v`, 1 request) and probes upwards from the highest, at most `maxAttempts` times.
 * Then: draft release on that tag (make_latest false), index refs, manifest.json and the files
 * uploaded to the draft, publish. A run that dies midway leaves a draft and a version ref, never a
 * published half-version. The number is burned: its ref stays, so N is never reused, also after
 * cleanupStaleDrafts deleted the draft (releases are immutable once published, and a number that
 * meant something in a log must not come to mean something else).
 *
 * Latest. Pointer refs `tags/<name>/latest/v<N>`, created after publishing; lower pointers are then
 * deleted (best effort; readers take the highest, so leftovers are harmless and the highest is never
 * deleted). get 'latest' = list pointers + getByTag = 2 requests. If a run dies between publish and
 * pointer, 'latest' lags one version until the next registration or `repairLatest`.
 *
 * Aliases. Pointer refs `tags/<name>/alias/<alias>/<seq>-v<N>`; the highest seq wins, older ones are
 * kept. A move claims seq atomically with the ref `tags/<name>/alias-log/<alias>/<seq>`, publishes a
 * small prerelease on that tag whose body records alias/from/to/actor/at (immutable: the history is
 * append-only by construction), then creates the pointer. get by alias = list pointers + getByTag =
 * 2 requests. ReleaseStore has no "update release" method, so an alias cannot be one release that is
 * edited; the price of this design is one (pre)release per alias move on the releases page.
 *
 * Idempotency. Before publishing, the registry creates index refs `tags/<name>/run/<hash(key)>/v<N>`
 * (and `content/<hash(digest)>/v<N>` with dedupeByContent). A later call with the same key lists that
 * prefix (1 request, few refs) and returns the first published version whose manifest carries the
 * key (1 more request): created false. Two calls with the same key running at the same moment can
 * still both register; keys are meant for retries of one run (`run:<id>:<attempt>`), not for races.
 *
 * Manifests are embedded in the release body (and uploaded as manifest.json), so reading a version
 * is one request; a body too large to embed costs one download more.
 *
 * Immutable releases. On a repository with GitHub's immutable releases on, a published release
 * keeps its assets and tag (uploads answer 422 "Cannot upload assets to an immutable release"; the
 * release and its tag cannot be deleted) and GitHub attests it. Nothing here changes a published
 * release: a version is filled while a draft and then published, alias moves and deprecations are
 * new (pre)releases, the refs that move or go away (latest pointers, index refs) carry no release,
 * and cleanupStaleDrafts deletes drafts only. So the registry works the same on both kinds of
 * repository; a store that is asked to change an immutable release anyway fails with
 * ImmutableReleaseError. A version as read records `immutable` (from the release) in its manifest.
 */







/** The largest manifest.json read back (a manifest embeds at most 100,000 characters in a body; the asset holds the rest). */
const MANIFEST_MAX_BYTES = 16 * 1024 * 1024;
const MANIFEST_ASSET = 'manifest.json';
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/**
 * A failure worth another attempt: an answer lost to a 5xx or a dropped connection, or a rate limit
 * Octokit stopped waiting for. Seam errors and user errors are answers, not failures.
 */
function isTransientFailure(error) {
    if (error instanceof seams/* SeamError */.JL)
        return false;
    if (typeof error !== 'object' || error === null)
        return false;
    const { status, code } = error;
    // A failed request keeps its status when it is reported as a UserError (GitHubApiError).
    if (error instanceof errors/* UserError */.yo && typeof status !== 'number')
        return false;
    if (typeof status === 'number') {
        if (status >= 500 || status === 429)
            return true;
        if (status === 403) {
            const headers = error.response?.headers ?? {};
            return headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0';
        }
        return false;
    }
    return typeof code === 'string' && ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET'].includes(code);
}
function maxOf(values) {
    const numbers = values.filter((v) => v !== undefined);
    return numbers.length === 0 ? undefined : Math.max(...numbers);
}
class ModelRegistry {
    store;
    options;
    sha;
    logger;
    maxAttempts;
    stepAttempts;
    backoffMs;
    now;
    constructor(store, options) {
        this.store = store;
        this.options = options;
        if (!/^[0-9a-f]{40}$/.test(options.sha))
            throw new names/* RegistryError */.gl(`The registry needs the full 40-digit commit sha to tag, got "${options.sha}"`);
        this.sha = options.sha;
        this.logger = options.logger;
        this.maxAttempts = options.maxAttempts ?? 50;
        this.stepAttempts = options.stepAttempts ?? 4;
        this.backoffMs = options.backoffMs ?? 500;
        this.now = options.now ?? (() => new Date());
    }
    // -------------------------------------------------------------------------------------------
    // register
    async register(input) {
        const name = (0,names/* validateModelName */.HW)(input.name);
        const aliases = (input.aliases ?? []).map(names/* validateAlias */.jX);
        const files = this.checkFiles(input.files);
        const contentDigest = contentDigestOf(files);
        const actor = input.actor ?? input.run?.actor ?? 'unknown';
        const existing = (input.idempotencyKey !== undefined
            ? await this.findIndexed(name, names/* refs */.DY.runPrefix(name, input.idempotencyKey), (m) => m.idempotencyKey === input.idempotencyKey)
            : undefined) ??
            (input.dedupeByContent ? await this.findIndexed(name, names/* refs */.DY.contentPrefix(name, contentDigest), (m) => m.contentDigest === contentDigest) : undefined);
        if (existing) {
            this.logger?.info(`${existing.tag} is already registered (${input.idempotencyKey !== undefined ? `key ${input.idempotencyKey}` : 'same content'})`);
            for (const alias of aliases)
                await this.setAliasIfNeeded(name, alias, existing.version, actor);
            return { version: existing.version, tag: existing.tag, releaseId: existing.release.id, htmlUrl: existing.htmlUrl, manifest: existing.manifest, created: false };
        }
        const version = await this.allocate(name);
        const tag = (0,names/* versionTag */.Vm)(name, version);
        const manifest = parseManifest({
            schemaVersion: MANIFEST_SCHEMA_VERSION,
            name,
            version,
            createdAt: this.now().toISOString(),
            commit: this.sha,
            ref: input.ref ?? null,
            run: { url: null, actor: null, id: null, attempt: null, ...input.run },
            params: input.params ?? {},
            metrics: input.metrics ?? {},
            data: input.data ?? {},
            sweep: input.sweep ?? null,
            gate: input.gate ?? null,
            parentVersion: input.parentVersion ?? null,
            tags: input.tags ?? [],
            signature: input.signature ?? null,
            attestationUrl: input.attestationUrl ?? null,
            idempotencyKey: input.idempotencyKey ?? null,
            contentDigest,
            assets: files.map((f) => ({
                name: f.name,
                size: f.size,
                sha256: f.sha256,
                ...(f.unpacked ? { unpacked: { bytes: f.unpacked.bytes, entries: f.unpacked.entries } } : {}),
                ...(f.parts ? { parts: f.parts.map((p) => ({ name: p.name, size: p.size, sha256: p.sha256 })) } : {}),
            })),
        });
        // A lost answer here leaves an extra draft on the same tag: it is never published (the tag takes
        // one published release) and cleanupStaleDrafts removes it.
        const draft = await this.step(`create the draft of ${tag}`, () => this.store.createDraft({ tag, name: tag, body: releaseBody(manifest), targetCommitish: this.sha }));
        // Index refs before publishing: a retry after a lost publish answer still finds the version.
        if (input.idempotencyKey !== undefined)
            await this.step('index the idempotency key', () => this.store.createRef(`${names/* refs */.DY.runPrefix(name, input.idempotencyKey)}v${version}`, this.sha));
        if (input.dedupeByContent)
            await this.step('index the content digest', () => this.store.createRef(`${names/* refs */.DY.contentPrefix(name, contentDigest)}v${version}`, this.sha));
        const manifestJson = JSON.stringify(manifest, null, 2);
        await this.upload(draft.id, MANIFEST_ASSET, () => ({ stream: external_node_stream_.Readable.from([Buffer.from(manifestJson)]) }), Buffer.byteLength(manifestJson), 'application/json');
        for (const file of files) {
            for (const one of file.parts ?? [file])
                await this.upload(draft.id, one.name, () => ({ path: one.path, move: file.move }), one.size, file.contentType);
        }
        const release = await this.step(`publish ${tag}`, () => this.store.publish(draft.id));
        this.logger?.info(`Registered ${tag}${release.immutable ? ' (an immutable release)' : ''}`);
        await this.pointLatest(name, version);
        for (const alias of aliases)
            await this.setAlias(name, alias, version, { actor });
        return { version, tag, releaseId: release.id, htmlUrl: this.options.releaseUrl?.(tag), manifest: { ...manifest, immutable: release.immutable ?? false }, created: true };
    }
    checkFiles(files) {
        if (!Array.isArray(files))
            throw new names/* RegistryError */.gl('register needs `files`: the packed model files');
        const seen = new Set([MANIFEST_ASSET]);
        const check = (file) => {
            if (!(0,seams/* isSafeAssetName */.JT)(file.name))
                throw new names/* RegistryError */.gl(`Invalid asset name ${(0,seams/* describeAssetNameRule */.Zc)(file.name)}`, { hint: 'Name model files with letters, digits, ".", "_" and "-" only (packModel does).' });
            if (seen.has(file.name))
                throw new names/* RegistryError */.gl(`Asset name "${file.name}" is used twice (or is reserved: manifest.json)`);
            seen.add(file.name);
            if (!/^[0-9a-f]{64}$/.test(file.sha256))
                throw new names/* RegistryError */.gl(`Asset "${file.name}": sha256 must be 64 lowercase hex digits`);
            if (!Number.isSafeInteger(file.size) || file.size < 0)
                throw new names/* RegistryError */.gl(`Asset "${file.name}": size must be a whole number of bytes`);
        };
        for (const file of files) {
            check(file);
            if (file.parts === undefined)
                continue;
            for (const part of file.parts)
                check(part);
            if (file.parts.length < 2 || file.parts.reduce((sum, p) => sum + p.size, 0) !== file.size) {
                throw new names/* RegistryError */.gl(`Asset "${file.name}": its parts must be two or more, their sizes adding up to its size ${file.size}`);
            }
        }
        return files;
    }
    /** Allocates the next free version number by creating its tag ref. */
    async allocate(name) {
        const pointers = await this.step('read the latest pointer', () => this.store.listRefs(names/* refs */.DY.latestPrefix(name)));
        let next = (maxOf(pointers.map((r) => (0,names/* trailingVersion */.nm)(r.ref))) ?? 0) + 1;
        let repaired = false;
        for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
            const n = next;
            if (await this.step(`allocate ${name}/v${n}`, () => this.store.createRef(names/* refs */.DY.version(name, n), this.sha)))
                return n;
            if (!repaired) {
                // The pointer is behind (drafts in flight, dead runs, a lost pointer): one listing of the
                // version refs gives the true highest number.
                repaired = true;
                const taken = await this.step('list version refs', () => this.store.listRefs(names/* refs */.DY.versionPrefix(name)));
                next = Math.max(n, maxOf(taken.map((r) => (0,names/* parseVersionTag */._Q)(name, r.ref.replace(/^tags\//, '')))) ?? 0) + 1;
            }
            else {
                next = n + 1;
            }
        }
        throw new names/* RegistryError */.gl(`Could not allocate a version number for ${name} after ${this.maxAttempts} attempts: too many registrations at once`, {
            hint: 'Run the registration again; if it keeps failing, fewer jobs should register the same model at the same time.',
        });
    }
    async upload(releaseId, name, source, size, contentType) {
        let attempt = 0;
        await this.step(`upload ${name}`, async () => {
            attempt++;
            try {
                await this.store.uploadAsset(releaseId, name, source(), contentType);
            }
            catch (error) {
                // After a failed attempt of ours, "already exists" can mean our own upload went through.
                if (attempt > 1 && error instanceof seams/* AlreadyExistsError */.Tm) {
                    const release = await this.store.getRelease(releaseId);
                    if (release?.assets.some((a) => a.name === name && a.size === size))
                        return;
                }
                throw error;
            }
        });
    }
    async pointLatest(name, version) {
        try {
            await this.step('move the latest pointer', () => this.store.createRef(names/* refs */.DY.latest(name, version), this.sha));
            const pointers = await this.step('list latest pointers', () => this.store.listRefs(names/* refs */.DY.latestPrefix(name)));
            const highest = maxOf(pointers.map((r) => (0,names/* trailingVersion */.nm)(r.ref))) ?? version;
            for (const pointer of pointers) {
                const v = (0,names/* trailingVersion */.nm)(pointer.ref);
                if (v !== undefined && v < highest)
                    await this.step('delete an old latest pointer', () => this.store.deleteRef(pointer.ref));
            }
        }
        catch (error) {
            if (!isTransientFailure(error))
                throw error;
            this.logger?.warning(`The version is registered but the "latest" pointer of ${name} was not moved (${error.message}); the next registration or repairLatest fixes it`);
        }
    }
    /** Points `latest` at the highest published version (after a run died between publish and pointer). */
    async repairLatest(name) {
        (0,names/* validateModelName */.HW)(name);
        const taken = await this.step('list version refs', () => this.store.listRefs(names/* refs */.DY.versionPrefix(name)));
        const versions = taken.map((r) => (0,names/* parseVersionTag */._Q)(name, r.ref.replace(/^tags\//, ''))).filter((v) => v !== undefined).sort((a, b) => b - a);
        for (const version of versions) {
            if (await this.step('read a version', () => this.store.getByTag((0,names/* versionTag */.Vm)(name, version)))) {
                await this.pointLatest(name, version);
                return version;
            }
        }
        return undefined;
    }
    /** The newest published version under an index prefix whose manifest passes `check`. */
    async findIndexed(name, prefix, check) {
        const indexed = await this.step('read the index', () => this.store.listRefs(prefix));
        const versions = indexed.map((r) => (0,names/* trailingVersion */.nm)(r.ref)).filter((v) => v !== undefined).sort((a, b) => b - a);
        for (const version of versions) {
            const found = await this.byVersion(name, version);
            if (found && check(found.manifest))
                return found;
        }
        return undefined;
    }
    // -------------------------------------------------------------------------------------------
    // reading
    /** One version, by number, alias or 'latest': at most 3 requests (2 unless the manifest is too big to embed). */
    async get(name, selector) {
        (0,names/* validateModelName */.HW)(name);
        let version;
        if (selector === 'latest') {
            const latest = await this.latestVersion(name);
            if (latest === undefined)
                throw new names/* RegistryError */.gl(`Model ${name} has no registered version yet`, { hint: 'Register a version first.' });
            version = latest;
        }
        else if ('alias' in selector) {
            const target = await this.aliasTarget(name, selector.alias);
            if (target === undefined)
                throw new names/* RegistryError */.gl(`Alias "${selector.alias}" of model ${name} is not set`, { hint: `Set it with setAlias, e.g. to the latest version.` });
            version = target;
        }
        else {
            version = (0,names/* validateVersion */.Pj)(selector.version);
        }
        const found = await this.byVersion(name, version);
        if (!found)
            throw new names/* RegistryError */.gl(`Model ${name} has no published version ${version}`, { hint: 'List the versions to see which exist.' });
        return found;
    }
    /** The version `latest` points at, or undefined before the first registration. 1 request. */
    async latestVersion(name) {
        const pointers = await this.step('read the latest pointer', () => this.store.listRefs(names/* refs */.DY.latestPrefix((0,names/* validateModelName */.HW)(name))));
        return maxOf(pointers.map((r) => (0,names/* trailingVersion */.nm)(r.ref)));
    }
    /** The version an alias points at, or undefined when unset. 1 request. */
    async aliasTarget(name, alias) {
        if (alias === 'latest')
            return this.latestVersion(name);
        (0,names/* validateAlias */.jX)(alias);
        const pointers = await this.step(`read alias ${alias}`, () => this.store.listRefs(names/* refs */.DY.aliasPrefix((0,names/* validateModelName */.HW)(name), alias)));
        let best;
        for (const pointer of pointers) {
            const removed = (0,names/* parseAliasRemoval */.Wq)(pointer.ref);
            const parsed = removed === undefined ? (0,names/* parseAliasPointer */.D1)(pointer.ref) : { seq: removed };
            if (parsed && (!best || parsed.seq > best.seq))
                best = parsed;
        }
        return best?.version;
    }
    async byVersion(name, version) {
        const tag = (0,names/* versionTag */.Vm)(name, version);
        const release = await this.step(`read ${tag}`, () => this.store.getByTag(tag));
        return release && this.toVersion(name, version, release);
    }
    async toVersion(name, version, release) {
        let manifest = manifestFromBody(release.body);
        if (manifest === undefined) {
            const asset = release.assets.find((a) => a.name === MANIFEST_ASSET);
            if (!asset)
                throw new ManifestError(`Release ${release.tag} has no manifest (neither in its body nor as ${MANIFEST_ASSET})`);
            const text = await this.step(`download ${release.tag} manifest`, () => this.readAsset(asset.id));
            let json;
            try {
                json = (0,safe_read/* parseJsonBounded */.Xg)(text, { what: `${MANIFEST_ASSET} of ${release.tag}`, maxDepth: MANIFEST_MAX_DEPTH });
            }
            catch (error) {
                throw new ManifestError(`Invalid model manifest: ${MANIFEST_ASSET} of ${release.tag} is not JSON (${error.message})`, { location: { file: MANIFEST_ASSET } });
            }
            manifest = parseManifest(json);
        }
        if (manifest.name !== name || manifest.version !== version) {
            throw new ManifestError(`Release ${release.tag} carries the manifest of ${manifest.name} v${manifest.version}`, { location: { file: MANIFEST_ASSET, key: 'version' } });
        }
        const immutable = release.immutable ?? false;
        return { version, tag: release.tag, release, manifest: { ...manifest, immutable }, htmlUrl: this.options.releaseUrl?.(release.tag), immutable };
    }
    /** A small asset (manifest.json) as text; more than MANIFEST_MAX_BYTES is a ManifestError, not a full memory. */
    async readAsset(assetId) {
        const chunks = [];
        let total = 0;
        const sink = new external_node_stream_.Writable({
            write(chunk, _encoding, callback) {
                total += chunk.length;
                if (total > MANIFEST_MAX_BYTES) {
                    callback(new ManifestError(`Invalid model manifest: ${MANIFEST_ASSET} is larger than ${MANIFEST_MAX_BYTES / (1024 * 1024)} MiB`, { location: { file: MANIFEST_ASSET } }));
                    return;
                }
                chunks.push(Buffer.from(chunk));
                callback();
            },
        });
        await this.store.downloadAsset(assetId, { stream: sink });
        return Buffer.concat(chunks).toString('utf8');
    }
    /**
     * Published versions of `name`, newest first, read page by page as the caller iterates (the store
     * lists every release of the repository; filters run on the manifests embedded in the bodies).
     * With an alias filter it costs 2 requests: the alias's version or nothing.
     */
    async *list(name, filter = {}) {
        (0,names/* validateModelName */.HW)(name);
        if (filter.alias !== undefined) {
            const only = await this.aliasTarget(name, filter.alias);
            const found = only === undefined ? undefined : await this.byVersion(name, only);
            if (found && matches(found.manifest, filter))
                yield found;
            return;
        }
        for await (const release of this.store.list()) {
            if (release.draft)
                continue;
            const version = (0,names/* parseVersionTag */._Q)(name, release.tag);
            if (version === undefined)
                continue;
            const found = await this.toVersion(name, version, release);
            if (matches(found.manifest, filter))
                yield found;
        }
    }
    /** All of list() in an array. */
    async listAll(name, filter = {}) {
        const out = [];
        for await (const version of this.list(name, filter))
            out.push(version);
        return out;
    }
    // -------------------------------------------------------------------------------------------
    // aliases
    /** Points `alias` at a published version, recording who moved it from where, when. */
    async setAlias(name, alias, version, options) {
        (0,names/* validateModelName */.HW)(name);
        (0,names/* validateAlias */.jX)(alias);
        (0,names/* validateVersion */.Pj)(version);
        if (typeof options.actor !== 'string' || options.actor === '')
            throw new names/* RegistryNameError */.$r('setAlias needs the actor who moves the alias');
        if (!(await this.byVersion(name, version))) {
            throw new names/* RegistryError */.gl(`Cannot point alias "${alias}" at ${name} v${version}: no such published version`, { hint: 'List the versions to see which exist.' });
        }
        const from = (await this.aliasTarget(name, alias)) ?? null;
        const logs = await this.step('list the alias log', () => this.store.listRefs(names/* refs */.DY.aliasLogPrefix(name, alias)));
        let seq = (maxOf(logs.map((r) => (0,names/* parseSeq */.Z1)(r.ref))) ?? 0) + 1;
        let claimed = false;
        for (let attempt = 1; attempt <= this.maxAttempts && !claimed; attempt++) {
            const s = seq;
            claimed = await this.step(`claim alias move ${s}`, () => this.store.createRef(names/* refs */.DY.aliasLog(name, alias, s), this.sha));
            if (!claimed)
                seq++;
        }
        if (!claimed)
            throw new names/* RegistryError */.gl(`Could not move alias "${alias}" of ${name} after ${this.maxAttempts} attempts: too many moves at once`);
        const record = { alias, seq, from, to: version, actor: options.actor, at: this.now().toISOString() };
        const tag = names/* refs */.DY.aliasLog(name, alias, seq).replace(/^tags\//, '');
        const draft = await this.step('record the alias move', () => this.store.createDraft({
            tag,
            name: `${name}: ${alias} -> v${version}`,
            body: `Alias **${alias}** of ${name} moved from ${from === null ? 'nothing' : `v${from}`} to v${version} by ${options.actor}.\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
            targetCommitish: this.sha,
            prerelease: true,
        }));
        await this.step('publish the alias move', () => this.store.publish(draft.id));
        await this.step(`move alias ${alias}`, () => this.store.createRef(names/* refs */.DY.alias(name, alias, seq, version), this.sha));
        this.logger?.info(`Alias ${alias} of ${name}: ${from === null ? '(unset)' : `v${from}`} -> v${version}`);
        return { ...record, applied: true };
    }
    async setAliasIfNeeded(name, alias, version, actor) {
        if ((await this.aliasTarget(name, alias)) !== version)
            await this.setAlias(name, alias, version, { actor });
    }
    /** Every recorded move of an alias, oldest first. 2 requests + 1 per move. */
    async aliasHistory(name, alias) {
        (0,names/* validateModelName */.HW)(name);
        (0,names/* validateAlias */.jX)(alias);
        const [logs, pointers] = await Promise.all([
            this.step('list the alias log', () => this.store.listRefs(names/* refs */.DY.aliasLogPrefix(name, alias))),
            this.step(`read alias ${alias}`, () => this.store.listRefs(names/* refs */.DY.aliasPrefix(name, alias))),
        ]);
        const applied = new Set(pointers.map((p) => (0,names/* parseAliasPointer */.D1)(p.ref)?.seq ?? (0,names/* parseAliasRemoval */.Wq)(p.ref)));
        const seqs = logs.map((r) => (0,names/* parseSeq */.Z1)(r.ref)).filter((s) => s !== undefined).sort((a, b) => a - b);
        const moves = [];
        for (const seq of seqs) {
            const release = await this.step('read an alias move', () => this.store.getByTag(names/* refs */.DY.aliasLog(name, alias, seq).replace(/^tags\//, '')));
            if (!release)
                continue; // claimed by a run that died before recording it
            const record = parseAliasRecord(release.body, release.tag);
            if (record.seq !== seq || record.alias !== alias)
                throw new ManifestError(`Alias log ${release.tag} records move ${record.seq} of "${record.alias}"`);
            moves.push({ ...record, applied: applied.has(seq) });
        }
        return moves;
    }
    // -------------------------------------------------------------------------------------------
    // housekeeping: alias removal and deprecation (deploy-env's promotion needs both)
    /**
     * Unassigns an alias: a move to nothing, claimed and recorded like setAlias's (the history shows
     * `to: null`), then the marker `alias/<alias>/<seq>-none`, which outranks older pointers.
     */
    async removeAlias(name, alias, options) {
        (0,names/* validateModelName */.HW)(name);
        (0,names/* validateAlias */.jX)(alias);
        if (typeof options.actor !== 'string' || options.actor === '')
            throw new names/* RegistryNameError */.$r('removeAlias needs the actor who removes the alias');
        const from = (await this.aliasTarget(name, alias)) ?? null;
        if (from === null)
            throw new names/* RegistryError */.gl(`Alias "${alias}" of ${name} is not set: nothing to remove`);
        const logs = await this.step('list the alias log', () => this.store.listRefs(names/* refs */.DY.aliasLogPrefix(name, alias)));
        let seq = (maxOf(logs.map((r) => (0,names/* parseSeq */.Z1)(r.ref))) ?? 0) + 1;
        while (!(await this.step(`claim alias move ${seq}`, () => this.store.createRef(names/* refs */.DY.aliasLog(name, alias, seq), this.sha)))) {
            if (++seq > (maxOf(logs.map((r) => (0,names/* parseSeq */.Z1)(r.ref))) ?? 0) + this.maxAttempts)
                throw new names/* RegistryError */.gl(`Could not remove alias "${alias}" of ${name}: too many moves at once`);
        }
        const record = { alias, seq, from, to: null, actor: options.actor, at: this.now().toISOString() };
        const draft = await this.step('record the alias removal', () => this.store.createDraft({
            tag: names/* refs */.DY.aliasLog(name, alias, seq).replace(/^tags\//, ''),
            name: `${name}: ${alias} removed`,
            body: `Alias **${alias}** of ${name} removed (was v${from}) by ${options.actor}.\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
            targetCommitish: this.sha,
            prerelease: true,
        }));
        await this.step('publish the alias removal', () => this.store.publish(draft.id));
        await this.step(`remove alias ${alias}`, () => this.store.createRef(names/* refs */.DY.aliasRemoved(name, alias, seq), this.sha));
        this.logger?.info(`Alias ${alias} of ${name}: v${from} -> (removed)`);
        return { ...record, applied: true };
    }
    /**
     * Deprecates a version: it stays (nothing published is ever deleted) but deploy-env refuses it
     * without an override. The ref `deprecated/v<N>` marks it; a prerelease on that tag records who,
     * when and why. Deprecating twice keeps the first record.
     */
    async deprecate(name, version, options) {
        (0,names/* validateModelName */.HW)(name);
        (0,names/* validateVersion */.Pj)(version);
        if (!(await this.byVersion(name, version)))
            throw new names/* RegistryError */.gl(`Cannot deprecate ${name} v${version}: no such published version`, { hint: 'List the versions to see which exist.' });
        const record = { version, actor: options.actor, at: this.now().toISOString(), reason: options.reason };
        if (!(await this.step('mark the version deprecated', () => this.store.createRef(names/* refs */.DY.deprecated(name, version), this.sha)))) {
            return (await this.deprecations(name)).find((d) => d.version === version) ?? record;
        }
        const draft = await this.step('record the deprecation', () => this.store.createDraft({
            tag: names/* refs */.DY.deprecated(name, version).replace(/^tags\//, ''),
            name: `${name}: v${version} deprecated`,
            body: `${name} v${version} deprecated by ${options.actor}: ${options.reason}\n\n\`\`\`json\n${JSON.stringify(record)}\n\`\`\`\n`,
            targetCommitish: this.sha,
            prerelease: true,
        }));
        await this.step('publish the deprecation', () => this.store.publish(draft.id));
        this.logger?.info(`${name} v${version} is deprecated: ${options.reason}`);
        return record;
    }
    /** Deprecated versions, by version. 1 request + 1 per deprecation. */
    async deprecations(name) {
        (0,names/* validateModelName */.HW)(name);
        const marked = await this.step('list deprecations', () => this.store.listRefs(names/* refs */.DY.deprecatedPrefix(name)));
        const out = [];
        for (const version of marked.map((r) => (0,names/* trailingVersion */.nm)(r.ref)).filter((v) => v !== undefined).sort((a, b) => a - b)) {
            const release = await this.step('read a deprecation', () => this.store.getByTag(names/* refs */.DY.deprecated(name, version).replace(/^tags\//, '')));
            const json = release && /```json\n([\s\S]*?)\n```/.exec(release.body)?.[1];
            const value = json ? JSON.parse(json) : undefined;
            out.push((0,shared_json/* isRecord */.u4)(value) && typeof value.actor === 'string' && typeof value.at === 'string' && typeof value.reason === 'string'
                ? { version, actor: value.actor, at: value.at, reason: value.reason }
                : { version, actor: 'unknown', at: '', reason: '(record not published: the run died midway)' });
        }
        return out;
    }
    // -------------------------------------------------------------------------------------------
    // maintenance
    /**
     * Deletes drafts of this model (versions and alias moves) older than `olderThanMs`: what runs that
     * died midway left. Their refs stay, so the numbers stay burned. Pick an age above the longest
     * registration (a live run's draft must not be taken away). Reads every release (paginated).
     */
    async cleanupStaleDrafts(name, olderThanMs) {
        (0,names/* validateModelName */.HW)(name);
        const cutoff = this.now().getTime() - olderThanMs;
        const deleted = [];
        for await (const release of this.store.list()) {
            if (!release.draft)
                continue;
            const ours = (0,names/* parseVersionTag */._Q)(name, release.tag) !== undefined || release.tag.startsWith(`${name}/alias-log/`);
            if (!ours || Date.parse(release.createdAt) > cutoff)
                continue;
            try {
                await this.step(`delete draft ${release.tag}`, () => this.store.deleteDraft(release.id));
                deleted.push({ tag: release.tag, releaseId: release.id });
                this.logger?.info(`Deleted the stale draft ${release.tag} (release ${release.id})`);
            }
            catch (error) {
                if (!(error instanceof seams/* NotFoundError */.m_))
                    throw error;
            }
        }
        return deleted;
    }
    // -------------------------------------------------------------------------------------------
    /** Runs one idempotent-enough step, again after transient failures. */
    async step(what, fn) {
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (error) {
                if (!isTransientFailure(error) || attempt >= this.stepAttempts)
                    throw error;
                this.logger?.debug(`Could not ${what} (${error.message}); attempt ${attempt + 1} of ${this.stepAttempts}`);
                await sleep(this.backoffMs * attempt);
            }
        }
    }
}
function matches(manifest, filter) {
    if (filter.tag !== undefined && !manifest.tags.includes(filter.tag))
        return false;
    if (filter.metric) {
        const value = manifest.metrics[filter.metric.name];
        if (value === undefined)
            return false;
        if (filter.metric.min !== undefined && value < filter.metric.min)
            return false;
        if (filter.metric.max !== undefined && value > filter.metric.max)
            return false;
    }
    return true;
}
function parseAliasRecord(body, tag) {
    const match = /```json\n([\s\S]*?)\n```/.exec(body);
    let value;
    try {
        value = match ? JSON.parse(match[1]) : undefined;
    }
    catch {
        value = undefined;
    }
    const isAliasRecord = (o) => (0,shared_json/* isRecord */.u4)(o) &&
        typeof o.alias === 'string' &&
        Number.isSafeInteger(o.seq) &&
        (o.from === null || Number.isSafeInteger(o.from)) &&
        (o.to === null || Number.isSafeInteger(o.to)) &&
        typeof o.actor === 'string' &&
        typeof o.at === 'string';
    if (!isAliasRecord(value))
        throw new ManifestError(`Alias log ${tag} does not hold a valid record`, { location: { file: tag } });
    return { alias: value.alias, seq: value.seq, from: value.from, to: value.to, actor: value.actor, at: value.at };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 18 modules
var utils = __webpack_require__(79083);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/backends/github/api-errors.ts
/**
 * GitHub's failures as the user reads them. An answer of 401, 403, 5xx, a web page where JSON was
 * expected, a refused or dropped connection: none of them is a bug of the suite, so each becomes a
 * {@link GitHubApiError} (a UserError: no stack trace) that says what happened (the status and
 * GitHub's message, or the network error), to which request (method and URL, never headers, so no
 * token), and what to check (the token, its permissions, the rate limit, GITHUB_API_URL).
 *
 * The error keeps `status` and `response` as Octokit's RequestError has them, so the code that
 * classifies answers (404 means absent, 422 already_exists, 5xx transient: request-errors.ts) reads
 * it unchanged. A network failure has status 500, as @octokit/request reports it.
 */


/** A request to GitHub that failed for a reason outside the suite: see the module comment. */
class GitHubApiError extends errors/* UserError */.yo {
    /** The HTTP status; 500 when no answer arrived (network). */
    status;
    /** The answer, when there was one (no request headers are kept). */
    response;
    request;
    constructor(message, details) {
        super(message, { hint: details.hint, cause: details.cause });
        this.status = details.status;
        this.response = details.response;
        this.request = details.request;
    }
}
/** A URL without credentials, query or fragment: `https://api.github.com/repos/o/r/releases`. */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return url.replace(/[?#].*$/, '');
    }
}
/** Whether an answer is a web page (a proxy, a login page, GITHUB_API_URL pointing at the website). */
function isWebPage(headers, data) {
    return /text\/html/i.test(headers['content-type'] ?? '') || (typeof data === 'string' && /^\s*<(!doctype|html)/i.test(data));
}
const API_URL_HINT = (apiUrl) => `check GITHUB_API_URL (now ${apiUrl}): it must be GitHub's REST API, https://api.github.com or https://HOST/api/v3 on GitHub Enterprise Server`;
/** Seconds to a `x-ratelimit-reset` time, as "at 14:05 UTC". */
function resetAt(headers) {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? ` at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
}
/** A network failure's own words: `connect ECONNREFUSED 127.0.0.1:9`, `terminated`. */
function networkCause(error) {
    const cause = (0,shared_json/* isRecord */.u4)(error) ? error.cause : undefined;
    const inner = (0,shared_json/* isRecord */.u4)(cause) && (0,shared_json/* isRecord */.u4)(cause.cause) && typeof cause.cause.message === 'string' ? cause.cause.message : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return inner && !message.includes(inner) ? `${message}: ${inner}` : message;
}
/**
 * The user-facing form of a failed request, or `error` itself when it is not a request failure (a
 * bug, a UserError already). `apiUrl` is the API root the Octokit was made for.
 */
function toGitHubApiError(error, request, apiUrl) {
    if (error instanceof errors/* UserError */.yo || !(0,shared_json/* isRecord */.u4)(error))
        return error;
    const what = `${request.method} ${displayUrl(request.url)}`;
    const status = typeof error.status === 'number' ? error.status : undefined;
    const response = (0,shared_json/* isRecord */.u4)(error.response) ? error.response : undefined;
    // No answer: the connection was refused, reset, dropped mid-answer, or timed out.
    if (response === undefined) {
        const networkish = status === 500 || (error instanceof TypeError && /terminated|fetch failed|socket|other side closed/i.test(String(error.message)));
        if (!networkish)
            return error;
        return new GitHubApiError(`Could not reach GitHub for ${what}: ${networkCause(error)}.`, {
            status: 500,
            request,
            cause: error,
            hint: `The connection failed (no answer arrived): check the network, and ${API_URL_HINT(apiUrl)}. Run again when GitHub is reachable.`,
        });
    }
    if (status === undefined)
        return error;
    const headers = response.headers ?? {};
    const summary = { status, headers, data: response.data };
    if (isWebPage(headers, response.data)) {
        return new GitHubApiError(`GitHub answered ${what} with a web page (status ${status}), not the REST API's JSON.`, {
            status,
            response: summary,
            request,
            hint: `A proxy or a login page answered, or the URL is the website: ${API_URL_HINT(apiUrl)}.`,
        });
    }
    const message = (0,shared_json/* isRecord */.u4)(response.data) && typeof response.data.message === 'string' ? response.data.message : (typeof error.message === 'string' ? error.message : '').split(' - ')[0];
    const answered = `GitHub answered ${status} to ${what}${message ? `: ${message.trim().replace(/\.$/, '')}` : ''}.`;
    const make = (hint) => new GitHubApiError(answered, { status, response: summary, request, hint, cause: undefined });
    const rateLimited = headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message);
    if (status === 401)
        return make('The token was refused (missing, mistyped, expired or revoked): check the token input or GITHUB_TOKEN.');
    if ((status === 403 || status === 429) && rateLimited) {
        return make(`The token's rate limit is used up (it resets${resetAt(headers) || ' within the hour'}): run again later, space out the runs, or use a token with a larger budget.`);
    }
    if (status === 403) {
        return make("The token lacks a permission for this request: give the job the permission it needs (`permissions: contents: write` to register or move aliases, `contents: read` to read), or use a token that has it.");
    }
    if (status === 404)
        return make(`Nothing found there: check the repository name, that the token can see it (a private repository needs a token with access), and ${API_URL_HINT(apiUrl)}.`);
    if (status >= 500)
        return make('GitHub had a server error and retries did not help: run again later (https://www.githubstatus.com).');
    return make(`Check the request's inputs; ${API_URL_HINT(apiUrl)}.`);
}

;// CONCATENATED MODULE: ./src/backends/github/octokit.ts
/**
 * The one place an Octokit is made. Every request of the suite goes through retry (5xx, dropped
 * connections) and throttling (primary and secondary rate limits, GitHub's pacing of writes), so
 * the GITHUB_TOKEN budget of docs/platform.md "Limits" is respected without each caller thinking of it.
 */





const RetryingGitHub = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * A throttling group that runs tasks at once, used in place of the paced groups when pacing is off.
 * plugin-throttling only calls `group.key(id).schedule(options, task, ...args)`; the cast avoids
 * depending on Bottleneck, its private dependency, for a type.
 */
const unpaced = {
    key: () => ({
        schedule: (_options, task, ...args) => task(...args),
    }),
};
function octokit_createOctokit(options) {
    const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, '');
    const retries = options.retries ?? 3;
    const waitScale = options.waitScale ?? 1000;
    const maxWait = options.maxRateLimitWait ?? 900;
    const log = options.log;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < retries && retryAfter <= maxWait;
        log?.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
            (retrying ? `retrying in ${retryAfter} s (attempt ${retryCount + 1} of ${retries})` : 'giving up'));
        return retrying;
    };
    const octokit = new RetryingGitHub({
        ...(0,utils/* getOctokitOptions */.EG)(options.token, { userAgent: options.userAgent ?? 'mlops-actions' }),
        baseUrl,
        log: {
            debug: (message) => log?.debug(message),
            info: (message) => log?.debug(message),
            warn: (message) => log?.warning(message),
            error: (message) => log?.error(message),
        },
        retry: {
            retries,
            retryAfterBaseValue: waitScale,
            // 429 is left to the throttling plugin, which honours retry-after; 403 is only a rate limit
            // when throttling recognises it as one, otherwise it is a permission problem.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: waitScale,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...(options.pacing === false ? { write: unpaced, notifications: unpaced, search: unpaced } : {}),
        },
    });
    reportFailuresAsUserErrors(octokit, baseUrl);
    return octokit;
}
/**
 * Failed requests become GitHubApiErrors (api-errors.ts): status, request and what to check, no
 * stack trace. Hooks added after the plugins wrap them, so this sees a request's final failure,
 * after retries and rate-limit waits. An answer that is a web page instead of JSON fails here too.
 */
function reportFailuresAsUserErrors(octokit, baseUrl) {
    const summary = (options, error) => {
        const request = (0,shared_json/* isRecord */.u4)(error) && (0,shared_json/* isRecord */.u4)(error.request) ? error.request : undefined;
        if (request && typeof request.method === 'string' && typeof request.url === 'string')
            return { method: request.method, url: request.url };
        let url = options.url ?? '';
        try {
            url = octokit.request.endpoint.parse(options).url;
        }
        catch {
            // keep the template
        }
        return { method: (options.method ?? 'GET').toUpperCase(), url };
    };
    octokit.hook.error('request', (error, options) => {
        throw toGitHubApiError(error, summary(options, error), baseUrl);
    });
    octokit.hook.after('request', (response, options) => {
        const type = String(response.headers['content-type'] ?? '');
        if (/text\/html/i.test(type)) {
            throw toGitHubApiError({ status: response.status, response: { status: response.status, headers: response.headers, data: response.data } }, summary(options), baseUrl);
        }
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream/web"
var web_ = __webpack_require__(37830);
// EXTERNAL MODULE: ./src/shared/scratch-dir.ts
var scratch_dir = __webpack_require__(44365);
;// CONCATENATED MODULE: ./src/backends/github/answers.ts
/**
 * Reading GitHub's answers. Octokit types them, but those types describe what GitHub promises, not
 * what arrives (a proxy, GHES version or emulator may differ), so answers are taken as unknown and
 * the fields we rely on are checked here, with an error that names the field when one is off.
 */


/**
 * An answer without the fields the REST API promises: not the suite's bug but whatever answered
 * (a proxy, an old GitHub Enterprise Server, GITHUB_API_URL pointing elsewhere), so a UserError.
 */
class UnexpectedAnswerError extends errors/* UserError */.yo {
    constructor(what, detail) {
        super(`Unexpected answer from GitHub for ${what}: ${detail}`, {
            hint: `Check GITHUB_API_URL (now ${process.env.GITHUB_API_URL ?? 'unset: https://api.github.com'}): it must be GitHub's REST API; a proxy in between may be changing the answers.`,
        });
    }
}
/** Typed access to the fields of one JSON object, failing loudly on a wrong type. */
class Fields {
    what;
    value;
    constructor(value, what) {
        this.what = what;
        if (!(0,shared_json/* isRecord */.u4)(value))
            throw new UnexpectedAnswerError(what, 'not an object');
        this.value = value;
    }
    fail(key, expected) {
        throw new UnexpectedAnswerError(this.what, `field "${key}" is not ${expected}`);
    }
    string(key) {
        const v = this.value[key];
        return typeof v === 'string' ? v : this.fail(key, 'a string');
    }
    /** A string that may be null or missing; returns `fallback` then. */
    optionalString(key, fallback) {
        const v = this.value[key];
        if (v === null || v === undefined)
            return fallback;
        return typeof v === 'string' ? v : this.fail(key, 'a string or null');
    }
    nullableString(key) {
        const v = this.value[key];
        if (v === null || v === undefined)
            return null;
        return typeof v === 'string' ? v : this.fail(key, 'a string or null');
    }
    number(key) {
        const v = this.value[key];
        return typeof v === 'number' ? v : this.fail(key, 'a number');
    }
    boolean(key, fallback) {
        const v = this.value[key];
        if (v === undefined && fallback !== undefined)
            return fallback;
        return typeof v === 'boolean' ? v : this.fail(key, 'a boolean');
    }
    array(key) {
        const v = this.value[key];
        if (v === undefined)
            return [];
        return Array.isArray(v) ? v : this.fail(key, 'an array');
    }
    raw(key) {
        return this.value[key];
    }
}
/** Answers that must be a list (paginated pages). */
function asArray(value, what) {
    if (!Array.isArray(value))
        throw new UnexpectedAnswerError(what, 'not a list');
    return value;
}

;// CONCATENATED MODULE: ./src/backends/github/request-errors.ts
/**
 * Classifying Octokit's errors without importing @octokit/request-error (a private dependency of
 * Octokit): a RequestError carries `status` and `response.data`. Network failures (dropped
 * connection, reset) reach us as status 500, which is how @octokit/request reports them.
 */


function httpStatus(error) {
    return (0,shared_json/* isRecord */.u4)(error) && typeof error.status === 'number' ? error.status : undefined;
}
/** A failure that may have happened before or after GitHub did the work: the answer was lost. */
function isTransient(error) {
    const status = httpStatus(error);
    return status !== undefined && status >= 500;
}
/** The `message` GitHub put in an error body. */
function errorMessage(error) {
    const data = (0,shared_json/* isRecord */.u4)(error) && (0,shared_json/* isRecord */.u4)(error.response) ? error.response.data : undefined;
    if ((0,shared_json/* isRecord */.u4)(data) && typeof data.message === 'string')
        return data.message;
    return error instanceof Error ? error.message : String(error);
}
/** The `code`s of a 422's `errors` list, e.g. `already_exists`. */
function validationCodes(error) {
    return validationErrors(error).map((entry) => entry.code);
}
/** A 422's `errors` list: code, and field and message where GitHub gives them. */
function validationErrors(error) {
    const data = (0,shared_json/* isRecord */.u4)(error) && (0,shared_json/* isRecord */.u4)(error.response) ? error.response.data : undefined;
    const errors = (0,shared_json/* isRecord */.u4)(data) && Array.isArray(data.errors) ? data.errors : [];
    return errors.flatMap((entry) => (0,shared_json/* isRecord */.u4)(entry) && typeof entry.code === 'string'
        ? [{ code: entry.code, field: typeof entry.field === 'string' ? entry.field : undefined, message: typeof entry.message === 'string' ? entry.message : undefined }]
        : []);
}
/** Runs a request, mapping 404 to undefined (the "get or nothing" lookups). */
async function orUndefined(request) {
    try {
        return await request;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * Runs a write, turning GitHub's 403 for a token without the permission into the seams'
 * PermissionError (rate limits also answer 403, but the throttling plugin retries those first).
 */
async function request_errors_withPermission(what, request) {
    try {
        return await request();
    }
    catch (error) {
        if (httpStatus(error) === 403)
            throw new seams/* PermissionError */.i_(`The token may not ${what}: ${errorMessage(error)}`, { cause: error });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/backends/github/recovery.ts
/**
 * Retrying writes that are not idempotent. Octokit's retry plugin resends a request after a 5xx,
 * but a 5xx (or a dropped connection) can arrive after GitHub did the work: blindly resending
 * would create a second comment, or see "already exists" for a ref this very call created. Such
 * writes run with plugin retries off and, after a transient failure, first look whether the work
 * was done (`recover`) before trying again.
 */

/** Request options that turn off the retry plugin for one request (rate-limit waits stay on). */
const NO_PLUGIN_RETRY = { retries: 0 };
async function writeWithRecovery(attempt, recover, options = {}) {
    const attempts = options.attempts ?? 4;
    const backoff = options.backoffMs ?? 1000;
    for (let i = 1;; i++) {
        try {
            return await attempt();
        }
        catch (error) {
            if (!isTransient(error) || i >= attempts)
                throw error;
            const recovered = await recover();
            if (recovered !== undefined)
                return recovered;
            await new Promise((resolve) => setTimeout(resolve, backoff * i * i));
        }
    }
}

;// CONCATENATED MODULE: ./src/backends/github/release-answers.ts
/** Release, asset and ref answers of the REST API, narrowed to the seam's types. */


function toAsset(value) {
    const f = new Fields(value, 'a release asset');
    const name = f.string('name');
    // GitHub renames every asset into this set; another name is not GitHub's answer, and it would
    // become a file name on download (`../x`).
    if (!(0,seams/* isSafeAssetName */.JT)(name))
        throw new UnexpectedAnswerError('a release asset', `field "name" is not an asset name GitHub keeps: ${(0,seams/* describeAssetNameRule */.Zc)(name)}`);
    return { id: f.number('id'), name, size: f.number('size'), contentType: f.string('content_type'), state: f.optionalString('state', 'uploaded') };
}
function toRelease(value) {
    const f = new Fields(value, 'a release');
    const tag = f.string('tag_name');
    return {
        id: f.number('id'),
        tag,
        name: f.optionalString('name', tag),
        body: f.optionalString('body', ''),
        draft: f.boolean('draft'),
        prerelease: f.boolean('prerelease'),
        targetCommitish: f.string('target_commitish'),
        createdAt: f.string('created_at'),
        publishedAt: f.nullableString('published_at'),
        // GitHub's immutable releases; older GitHub Enterprise Servers do not send the field.
        immutable: f.boolean('immutable', false),
        assets: f.array('assets').map((asset) => {
            const { state: _state, ...rest } = toAsset(asset);
            return rest;
        }),
        uploadUrl: f.string('upload_url'),
    };
}
/** The seam's Release without transport details. */
function publicRelease(release) {
    const { uploadUrl: _uploadUrl, ...rest } = release;
    return rest;
}
function toRef(value) {
    const f = new Fields(value, 'a git ref');
    const object = new Fields(f.raw('object'), 'a git ref object');
    return { ref: f.string('ref').replace(/^refs\//, ''), sha: object.string('sha') };
}

;// CONCATENATED MODULE: ./src/backends/github/github-release-store.ts
/**
 * ReleaseStore over GitHub releases and git refs (docs/platform.md "Releases as storage"): refs are
 * allocated with POST git/refs (422 when taken), assets go to a draft's upload_url and the draft is
 * published with make_latest "false" so models never become the repository's Latest release.
 */













class GitHubReleaseStore {
    options;
    octokit;
    repoParams;
    constructor(options) {
        this.options = options;
        this.octokit = options.octokit;
        this.repoParams = { owner: options.owner, repo: options.repo };
    }
    async createRef(ref, sha) {
        return writeWithRecovery(async () => {
            try {
                await this.octokit.rest.git.createRef({ ...this.repoParams, ref: `refs/${ref}`, sha, request: NO_PLUGIN_RETRY });
                return true;
            }
            catch (error) {
                if (httpStatus(error) === 422 && /already exists/i.test(errorMessage(error)))
                    return false;
                throw error;
            }
        }, 
        // The answer was lost: if the ref exists now, we cannot know who made it, so we do not claim it.
        async () => ((await this.getRef(ref)) === undefined ? undefined : false), this.options.recovery);
    }
    async getRef(ref) {
        const response = await orUndefined(this.octokit.rest.git.getRef({ ...this.repoParams, ref }));
        return response && toRef(response.data);
    }
    async moveRef(ref, sha) {
        try {
            await this.octokit.rest.git.updateRef({ ...this.repoParams, ref, sha, force: true });
        }
        catch (error) {
            if (httpStatus(error) === 422 && /does not exist/i.test(errorMessage(error)))
                throw new seams/* NotFoundError */.m_(`Ref ${ref} does not exist`, { cause: error });
            throw error;
        }
    }
    async deleteRef(ref) {
        try {
            await this.octokit.rest.git.deleteRef({ ...this.repoParams, ref });
            return true;
        }
        catch (error) {
            const status = httpStatus(error);
            if (status === 404 || (status === 422 && /does not exist/i.test(errorMessage(error))))
                return false;
            throw error;
        }
    }
    async listRefs(prefix) {
        const response = await this.octokit.rest.git.listMatchingRefs({ ...this.repoParams, ref: prefix });
        return asArray(response.data, 'matching refs').map(toRef).sort((a, b) => a.ref.localeCompare(b.ref));
    }
    async createDraft(release) {
        const response = await this.octokit.rest.repos.createRelease({
            ...this.repoParams,
            tag_name: release.tag,
            name: release.name ?? release.tag,
            body: release.body ?? '',
            target_commitish: release.targetCommitish,
            prerelease: release.prerelease ?? false,
            draft: true,
            make_latest: 'false',
        });
        return publicRelease(toRelease(response.data));
    }
    async getRelease(releaseId) {
        const release = await this.fetchRelease(releaseId);
        return release && publicRelease(release);
    }
    async uploadAsset(releaseId, name, source, contentType = 'application/octet-stream') {
        // The same rule as on read (seams.ts): a name outside GitHub's set is the caller's bug.
        if (!(0,seams/* isSafeAssetName */.JT)(name))
            throw new RangeError(`Invalid asset name ${(0,seams/* describeAssetNameRule */.Zc)(name)}`);
        const release = await this.fetchRelease(releaseId);
        if (release === undefined)
            throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`);
        if (release.immutable)
            throw immutableError(`Release ${release.tag}`, `cannot take the asset ${name}`);
        if ('path' in source)
            return this.uploadFile(release.uploadUrl, releaseId, name, source.path, contentType);
        // A stream cannot be re-read for a retry and GitHub needs its length up front: spool it to disk.
        const scratch = await (0,scratch_dir/* makeScratchDir */.K)('mlops-upload-');
        try {
            const file = external_node_path_default().join(scratch.path, 'asset');
            await (0,promises_.pipeline)(source.stream, (0,external_node_fs_.createWriteStream)(file));
            return await this.uploadFile(release.uploadUrl, releaseId, name, file, contentType);
        }
        finally {
            await scratch.dispose();
        }
    }
    async uploadFile(uploadUrl, releaseId, name, file, contentType) {
        const size = (await external_node_fs_.promises.stat(file)).size;
        return writeWithRecovery(async () => {
            try {
                // openAsBlob reads the file lazily, so a retry re-reads it and nothing is held in memory.
                const response = await this.octokit.request({
                    method: 'POST',
                    url: uploadUrl,
                    name,
                    data: await (0,external_node_fs_.openAsBlob)(file),
                    headers: { 'content-type': contentType, 'content-length': String(size) },
                    request: NO_PLUGIN_RETRY,
                });
                const { state: _state, ...asset } = toAsset(response.data);
                return asset;
            }
            catch (error) {
                if (httpStatus(error) === 422 && validationCodes(error).includes('already_exists')) {
                    throw new seams/* AlreadyExistsError */.Tm(`Release ${releaseId} already has an asset named ${name}`, { cause: error });
                }
                if (isImmutableRefusal(error))
                    throw immutableError(`Release ${releaseId}`, `cannot take the asset ${name}`, error);
                const tooLarge = httpStatus(error) === 422 ? validationErrors(error).find((entry) => entry.field === 'size') : undefined;
                if (tooLarge) {
                    // docs/platform.md "Limits": an asset is under 2 GiB; GitHub answers 422 on `size`.
                    throw new errors/* UserError */.yo(`GitHub refused the asset ${name} (${size} bytes) of release ${releaseId}: ${tooLarge.message ?? 'its size is not accepted'}.`, {
                        cause: error,
                        hint: "Release assets must be under 2 GiB (GitHub's limit): register the model with register-model, which stores a larger model in ordered parts.",
                    });
                }
                throw error;
            }
        }, async () => {
            // A failed upload can leave a half-made asset that blocks the name: take it away. A complete
            // asset of the right size is the one this call sent before its answer was lost.
            const existing = (await this.listAssets(releaseId)).find((asset) => asset.name === name);
            if (existing === undefined)
                return undefined;
            if (existing.state === 'uploaded' && existing.size === size) {
                const { state: _state, ...asset } = existing;
                return asset;
            }
            await this.deleteAsset(existing.id);
            return undefined;
        }, this.options.recovery);
    }
    /**
     * Streams an asset. A download cut off mid-body (the connection dropped: `terminated`) is run
     * again from the start into a path target, up to `downloadAttempts` times; the caller verifies the
     * digest of what arrived. A stream target cannot take back bytes it was given, so there the cut
     * is reported as a GitHubApiError with status 500 (transient): the caller may retry with a fresh
     * stream (the registry's steps do).
     */
    async downloadAsset(assetId, target) {
        const attempts = 'path' in target ? (this.options.downloadAttempts ?? 4) : 1;
        for (let attempt = 1;; attempt++) {
            try {
                await this.downloadOnce(assetId, 'path' in target ? (0,external_node_fs_.createWriteStream)(target.path) : target.stream);
                return;
            }
            catch (error) {
                const reported = toGitHubApiError(error, { method: 'GET', url: `${this.apiUrl()}/repos/${this.repoParams.owner}/${this.repoParams.repo}/releases/assets/${assetId}` }, this.apiUrl());
                if (!(reported instanceof GitHubApiError) || reported.status !== 500 || reported.response !== undefined || attempt >= attempts)
                    throw reported;
                this.options.log?.warning(`The download of asset ${assetId} was cut off (${reported.message}); downloading it again (attempt ${attempt + 1} of ${attempts}).`);
                await new Promise((resolve) => setTimeout(resolve, (this.options.recovery?.backoffMs ?? 1000) * attempt));
            }
        }
    }
    apiUrl() {
        return String(this.octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/$/, '');
    }
    async downloadOnce(assetId, output) {
        let body;
        try {
            // Answered 302 to a signed URL (or 200); fetch follows the redirect. The body is streamed.
            const response = await this.octokit.rest.repos.getReleaseAsset({
                ...this.repoParams,
                asset_id: assetId,
                headers: { accept: 'application/octet-stream' },
                request: { parseSuccessResponseBody: false },
            });
            body = response.data;
        }
        catch (error) {
            if (httpStatus(error) === 404)
                throw new seams/* NotFoundError */.m_(`Asset ${assetId} does not exist`, { cause: error });
            throw error;
        }
        if (!(body instanceof web_.ReadableStream))
            throw new UnexpectedAnswerError('an asset download', 'no body stream');
        await (0,promises_.pipeline)(external_node_stream_.Readable.fromWeb(body), output);
    }
    async publish(releaseId) {
        try {
            const response = await this.octokit.rest.repos.updateRelease({ ...this.repoParams, release_id: releaseId, draft: false, make_latest: 'false' });
            return publicRelease(toRelease(response.data));
        }
        catch (error) {
            if (httpStatus(error) === 404)
                throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`, { cause: error });
            throw error;
        }
    }
    async getByTag(tag) {
        const response = await orUndefined(this.octokit.rest.repos.getReleaseByTag({ ...this.repoParams, tag }));
        return response && publicRelease(toRelease(response.data));
    }
    async *list() {
        const pages = this.octokit.paginate.iterator(this.octokit.rest.repos.listReleases, { ...this.repoParams, per_page: 100 });
        for await (const page of pages) {
            for (const release of asArray(page.data, 'a page of releases'))
                yield publicRelease(toRelease(release));
        }
    }
    async deleteDraft(releaseId) {
        const release = await this.fetchRelease(releaseId);
        if (release === undefined)
            throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`);
        if (!release.draft)
            throw new seams/* ConflictError */.fK(`Release ${release.tag} is published; published releases are immutable`);
        await this.octokit.rest.repos.deleteRelease({ ...this.repoParams, release_id: releaseId });
    }
    async deleteAsset(assetId) {
        try {
            await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repoParams, asset_id: assetId });
        }
        catch (error) {
            if (httpStatus(error) === 404)
                throw new seams/* NotFoundError */.m_(`Asset ${assetId} does not exist`, { cause: error });
            if (isImmutableRefusal(error))
                throw immutableError(`The release of asset ${assetId}`, 'cannot lose an asset', error);
            throw error;
        }
    }
    async fetchRelease(releaseId) {
        const response = await orUndefined(this.octokit.rest.repos.getRelease({ ...this.repoParams, release_id: releaseId }));
        return response && toRelease(response.data);
    }
    async listAssets(releaseId) {
        const assets = await this.octokit.paginate(this.octokit.rest.repos.listReleaseAssets, { ...this.repoParams, release_id: releaseId, per_page: 100 });
        return asArray(assets, 'release assets').map(toAsset);
    }
}
/** GitHub's 422 for a change an immutable release does not allow ("Cannot upload assets to an immutable release"). */
function isImmutableRefusal(error) {
    return httpStatus(error) === 422 && /immutable release/i.test(errorMessage(error));
}
function immutableError(subject, what, cause) {
    return new seams/* ImmutableReleaseError */.wq(`${subject} is immutable and ${what}: the repository has immutable releases on, so a published release keeps its assets and tag`, { cause });
}

;// CONCATENATED MODULE: ./src/backends/github/github-check-run-sink.ts
/**
 * CheckRunSink over the Checks API: one completed check run per call (`checks: write`). GitHub
 * shows the newest run of a name on a commit, so re-running the gate replaces its check in place.
 */



const CONCLUSIONS = ['success', 'failure', 'neutral'];
function toCheckRun(value) {
    const f = new Fields(value, 'a check run');
    const output = new Fields(f.raw('output'), 'a check run output');
    const conclusion = f.string('conclusion');
    return {
        id: f.number('id'),
        name: f.string('name'),
        headSha: f.string('head_sha'),
        conclusion: CONCLUSIONS.includes(conclusion) ? conclusion : 'neutral',
        title: output.optionalString('title', ''),
        summary: output.optionalString('summary', ''),
        detailsUrl: f.optionalString('details_url', '') || undefined,
        location: f.string('html_url'),
    };
}
class GitHubCheckRunSink {
    options;
    constructor(options) {
        this.options = options;
    }
    async complete(check) {
        const { octokit, owner, repo } = this.options;
        const response = await request_errors_withPermission('create check runs', () => octokit.rest.checks.create({
            owner,
            repo,
            name: check.name,
            head_sha: check.headSha,
            status: 'completed',
            conclusion: check.conclusion,
            completed_at: new Date().toISOString(),
            details_url: check.detailsUrl,
            output: { title: check.title.slice(0, 1000), summary: (0,seams/* checkOutputText */.Tr)(check.summary) },
        }));
        return toCheckRun(response.data);
    }
    async latest(name, headSha) {
        const { octokit, owner, repo } = this.options;
        const response = await octokit.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name, filter: 'latest' });
        const runs = new Fields(response.data, 'a list of check runs').array('check_runs').map(toCheckRun);
        return runs.sort((a, b) => b.id - a.id)[0];
    }
}

;// CONCATENATED MODULE: ./src/backends/github/github-comment-sink.ts
/**
 * CommentSink over the comments of one issue or pull request: one sticky comment per key, carrying
 * the hidden marker `<!-- mlops:KEY -->` (commentMarker, the only marker: the gate picks its key with
 * gateCommentKey, one per model and workflow).
 *
 * The upsert protocol. GitHub has no "create if absent" for comments, so two runs of the same
 * workflow on the same pull request (two quick pushes, a re-run beside a new run) can both find no
 * comment and both create one. Instead of a lock we converge:
 *
 *     1. find   list every comment of the PR (paginated), keep those carrying the marker
 *     2a. some  update the oldest (lowest id) with the body; delete the others (left by an old race)
 *     2b. none  create one (a write that may be retried: after a lost answer, look before resending)
 *     3. re-list find again; keep the oldest; delete the rest, our own included when it is not
 *               the oldest, and then write our body into the oldest
 *
 * Why it converges: the oldest comment with the marker is the same for every run that sees it
 * (ids only grow), and no run ever deletes the oldest it saw. Two racing runs each create, each
 * re-list; whichever sees both deletes the younger; a run that re-lists before the other created
 * sees only its own, and the other run deletes its own younger one. One comment is left, holding
 * the body of whichever run wrote last (both are reports of the same pull request; the younger run
 * usually writes last, since it creates and re-lists later).
 *
 * Costs, in requests (P = pages of 100 comments): update 1 list (P) + 1 update; first comment
 * 1 list + 1 create + 1 list (2P + 1); a race adds 1 delete and 1 update per loser. A 404 on a
 * delete means the other run deleted it first: fine. Failure cases: a run that dies between
 * create and re-list leaves two comments until the next run's step 2a removes the younger.
 * Eventual consistency of the list (a fresh comment not yet listed) is covered the same way: the
 * next run sees both and cleans up.
 */




function toComment(value) {
    const f = new Fields(value, 'an issue comment');
    return { id: f.number('id'), body: f.optionalString('body', ''), url: f.string('html_url') };
}
class GitHubCommentSink {
    options;
    constructor(options) {
        this.options = options;
    }
    get params() {
        return { owner: this.options.owner, repo: this.options.repo, issue_number: this.options.issueNumber };
    }
    upsert(key, body) {
        return request_errors_withPermission('comment on the pull request', () => this.converge(key, body));
    }
    async converge(key, body) {
        const marker = (0,seams/* commentMarker */.Ql)(key);
        const text = `${marker}\n${body}`;
        const existing = await this.findAll(marker);
        if (existing.length > 0) {
            const [oldest, ...younger] = existing;
            await this.deleteAll(younger);
            return { created: false, location: await this.update(oldest.id, text) };
        }
        const made = await writeWithRecovery(async () => toComment((await this.options.octokit.rest.issues.createComment({ ...this.params, body: text, request: NO_PLUGIN_RETRY })).data), 
        // The answer was lost: if the comment was made after all, take it (step 3 settles the rest).
        async () => (await this.findAll(marker))[0], this.options.recovery);
        const [oldest, ...younger] = await this.findAll(marker);
        if (!oldest || oldest.id === made.id) {
            await this.deleteAll(younger);
            return { created: true, location: made.url };
        }
        // Another run created first: ours is younger and goes; our body goes into the oldest.
        await this.deleteAll(younger);
        return { created: false, location: await this.update(oldest.id, text) };
    }
    async read(key) {
        const marker = (0,seams/* commentMarker */.Ql)(key);
        const [comment] = await this.findAll(marker);
        return comment?.body.replace(`${marker}\n`, '');
    }
    async update(commentId, body) {
        const { owner, repo } = this.options;
        const response = await this.options.octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
        return toComment(response.data).url;
    }
    /** Deletes comments; one already deleted (by a racing run) is fine. */
    async deleteAll(comments) {
        const { owner, repo } = this.options;
        for (const comment of comments) {
            try {
                await this.options.octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
            }
            catch (error) {
                if (httpStatus(error) !== 404)
                    throw error;
            }
        }
    }
    /** Every comment carrying the marker (the marker starts the body), oldest first. */
    async findAll(marker) {
        const pages = this.options.octokit.paginate.iterator(this.options.octokit.rest.issues.listComments, { ...this.params, per_page: 100 });
        const found = [];
        for await (const page of pages) {
            found.push(...asArray(page.data, 'a page of comments').map(toComment).filter((comment) => comment.body.startsWith(`${marker}\n`) || comment.body === marker));
        }
        return found.sort((a, b) => a.id - b.id);
    }
}

;// CONCATENATED MODULE: ./src/backends/local/atomic-fs.ts
/**
 * Filesystem primitives that stay correct when several processes share one `.mlops/` folder
 * (parallel sweep legs, two terminals). Exclusivity comes from the kernel: `link()` and `mkdir()`
 * fail with EEXIST when the target exists, and `rename()` replaces a file in one step.
 */



function tempName(target) {
    return external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
}
/** Whether a Node system error has this code. Not `instanceof Error`: errors from another realm (vm, jest) fail that. */
function isErrno(error, code) {
    return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
/** Replaces `target` with `content` so readers see the old or the new file, never a partial one. */
async function writeFileAtomic(target, content) {
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
    const temp = tempName(target);
    await external_node_fs_.promises.writeFile(temp, content);
    await external_node_fs_.promises.rename(temp, target);
}
/**
 * Creates `target` with `content` only if it does not exist; returns false when it does. The file
 * is written aside and hard-linked into place, so it is never visible half-written.
 */
async function createFileExclusive(target, content) {
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
    const temp = tempName(target);
    await external_node_fs_.promises.writeFile(temp, content);
    try {
        await external_node_fs_.promises.link(temp, target);
        return true;
    }
    catch (error) {
        if (isErrno(error, 'EEXIST'))
            return false;
        throw error;
    }
    finally {
        await external_node_fs_.promises.rm(temp, { force: true });
    }
}
/** Reads a file, or undefined when it does not exist. */
async function readFileIfExists(file) {
    try {
        return await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return undefined;
        throw error;
    }
}
/** Entries of a folder; empty when it does not exist. */
async function listDir(dir) {
    try {
        return await external_node_fs_.promises.readdir(dir);
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return [];
        throw error;
    }
}
/**
 * Allocates the next free numeric id in `dir` by creating the folder `dir/<id>`; mkdir's
 * exclusivity means two processes never receive the same id.
 */
async function allocateId(dir) {
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    for (;;) {
        const used = (await listDir(dir)).map(Number).filter(Number.isInteger);
        const id = used.length === 0 ? 1 : Math.max(...used) + 1;
        try {
            await external_node_fs_.promises.mkdir(external_node_path_default().join(dir, String(id)));
            return id;
        }
        catch (error) {
            if (!isErrno(error, 'EEXIST'))
                throw error;
        }
    }
}
/** A name usable as one path segment, reversible with decodeSegment. */
function encodeSegment(name) {
    return encodeURIComponent(name).replace(/\./g, '%2E');
}
function decodeSegment(segment) {
    return decodeURIComponent(segment);
}
/** ISO timestamp at second precision, the way GitHub writes them. */
function atomic_fs_nowIso() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./src/backends/local/local-check-run-sink.ts
/**
 * CheckRunSink over a folder: locally a check run is a JSON file, `<id>.json`, and the newest of a
 * name and commit is the one with the highest id (as on GitHub).
 */



class LocalCheckRunSink {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    async complete(check) {
        const id = await allocateId(this.directory);
        const file = external_node_path_default().join(this.directory, String(id), 'check-run.json');
        const run = { ...check, summary: (0,seams/* checkOutputText */.Tr)(check.summary), id, location: file };
        await writeFileAtomic(file, JSON.stringify(run, null, 2) + '\n');
        return run;
    }
    async latest(name, headSha) {
        const ids = (await listDir(this.directory)).map(Number).filter(Number.isInteger).sort((a, b) => b - a);
        for (const id of ids) {
            const text = await readFileIfExists(external_node_path_default().join(this.directory, String(id), 'check-run.json'));
            if (text === undefined)
                continue;
            const run = JSON.parse(text);
            if (run.name === name && run.headSha === headSha)
                return run;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/backends/local/local-artifact-store.ts
/**
 * ArtifactStore over a folder: `artifacts/<name>/` holds the files. An artifact is assembled in a
 * staging folder and renamed into place, so it appears complete or not at all, and the rename
 * fails when the name is taken (names are immutable, as with workflow artifacts).
 */





async function filesUnder(dir) {
    const entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true, recursive: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => external_node_path_default().join(entry.parentPath, entry.name));
}
async function totalSize(files) {
    const stats = await Promise.all(files.map((file) => external_node_fs_.promises.stat(file)));
    return stats.reduce((sum, stat) => sum + stat.size, 0);
}
class LocalArtifactStore {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    folder(name) {
        return external_node_path_default().join(this.directory, encodeSegment(name));
    }
    async upload(name, files, rootDirectory) {
        const staging = external_node_path_default().join(this.directory, `.staging-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            for (const file of files) {
                const relative = external_node_path_default().relative(rootDirectory, file);
                if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
                    throw new RangeError(`${file} is outside ${rootDirectory}`);
                await external_node_fs_.promises.mkdir(external_node_path_default().dirname(external_node_path_default().join(staging, relative)), { recursive: true });
                await external_node_fs_.promises.copyFile(file, external_node_path_default().join(staging, relative));
            }
            await external_node_fs_.promises.mkdir(staging, { recursive: true }); // an artifact may be empty
            const size = await totalSize(await filesUnder(staging));
            try {
                await external_node_fs_.promises.rename(staging, this.folder(name));
            }
            catch (error) {
                if (isErrno(error, 'ENOTEMPTY') || isErrno(error, 'EEXIST'))
                    throw new seams/* AlreadyExistsError */.Tm(`An artifact named ${name} already exists`);
                throw error;
            }
            return { name, size };
        }
        finally {
            await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
        }
    }
    async download(name, destination) {
        const source = this.folder(name);
        const files = await filesUnder(source).catch((error) => {
            if (isErrno(error, 'ENOENT'))
                throw new seams/* NotFoundError */.m_(`No artifact named ${name}`);
            throw error;
        });
        const written = [];
        for (const file of files) {
            const target = external_node_path_default().join(destination, external_node_path_default().relative(source, file));
            await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
            await external_node_fs_.promises.copyFile(file, target);
            written.push(target);
        }
        return written.sort();
    }
    async list() {
        const names = (await listDir(this.directory)).filter((entry) => !entry.startsWith('.')).sort();
        return Promise.all(names.map(async (entry) => ({ name: decodeSegment(entry), size: await totalSize(await filesUnder(external_node_path_default().join(this.directory, entry))) })));
    }
}

;// CONCATENATED MODULE: ./src/backends/local/local-records.ts
/**
 * The JSON records the local backends keep on disk, with guards: the files can be edited or
 * truncated by hand, so they are read as unknown and checked, not trusted.
 */





/** A record file of a local backend that cannot be used: not JSON, not the right shape, not a file. */
class LocalRecordError extends errors/* UserError */.yo {
}
/**
 * The largest record read. Records are small (a release body is at most 125,000 characters); a
 * bigger file is not one of ours.
 */
const LOCAL_RECORD_MAX_BYTES = 4 * 1024 * 1024;
function isReleaseRecord(value) {
    return ((0,shared_json/* isRecord */.u4)(value) &&
        typeof value.id === 'number' &&
        typeof value.tag === 'string' &&
        typeof value.name === 'string' &&
        typeof value.body === 'string' &&
        typeof value.draft === 'boolean' &&
        typeof value.prerelease === 'boolean' &&
        typeof value.targetCommitish === 'string' &&
        typeof value.createdAt === 'string' &&
        (value.publishedAt === null || typeof value.publishedAt === 'string'));
}
function isAssetMeta(value) {
    return ((0,shared_json/* isRecord */.u4)(value) &&
        typeof value.id === 'number' &&
        typeof value.releaseId === 'number' &&
        // The name becomes a file name on download: only names an upload accepts.
        (0,seams/* isSafeAssetName */.JT)(value.name) &&
        typeof value.size === 'number' &&
        typeof value.contentType === 'string');
}
/**
 * Reads and checks a JSON record; undefined when it does not exist. A corrupt one (not JSON, the
 * wrong shape, too large, not a regular file) is a LocalRecordError naming the file.
 */
async function readJsonFile(file, guard) {
    const corrupt = (why) => 
    // The location names the file: `<file>: corrupt registry record: it is not JSON (...)`.
    new LocalRecordError(`corrupt registry record: ${why}`, {
        location: { file },
        hint: 'restore it from a backup, or delete its folder (that release, asset or deployment is then gone)',
    });
    let text;
    try {
        text = await (0,safe_read/* readTextBoundedAsync */.X3)(file, { maxBytes: LOCAL_RECORD_MAX_BYTES, what: 'record' });
    }
    catch (error) {
        if (isErrno(error, 'ENOENT'))
            return undefined;
        if (error instanceof safe_read/* UnsafeInputError */.lK)
            throw corrupt(`it ${error.message.slice(`record ${file} `.length)}`);
        throw error;
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw corrupt(`it is not JSON (${error.message})`);
    }
    if (!guard(value))
        throw corrupt('it is not a valid record');
    return value;
}
const readReleaseRecord = (file) => readJsonFile(file, isReleaseRecord);
const readAssetMeta = (file) => readJsonFile(file, isAssetMeta);

;// CONCATENATED MODULE: ./src/backends/local/local-release-store.ts
/**
 * ReleaseStore over a folder (docs/architecture.md: locally "a folder holds the registry"). Layout:
 *
 *   refs/<encoded ref>                 the sha, created exclusively (atomic create-if-absent)
 *   releases/<id>/release.json         one release; the folder's mkdir allocates the id
 *   releases/<id>/asset-names/<name>   the asset id, claimed exclusively (unique asset names)
 *   assets/<id>/data, meta.json        content, then metadata last: no meta means not complete
 */






class LocalReleaseStore {
    root;
    constructor(root) {
        this.root = root;
    }
    refFile(ref) {
        return external_node_path_default().join(this.root, 'refs', encodeSegment(ref));
    }
    releaseDir(id) {
        return external_node_path_default().join(this.root, 'releases', String(id));
    }
    assetDir(id) {
        return external_node_path_default().join(this.root, 'assets', String(id));
    }
    async createRef(ref, sha) {
        return createFileExclusive(this.refFile(ref), sha);
    }
    async getRef(ref) {
        const sha = await readFileIfExists(this.refFile(ref));
        return sha === undefined ? undefined : { ref, sha };
    }
    async moveRef(ref, sha) {
        if ((await this.getRef(ref)) === undefined)
            throw new seams/* NotFoundError */.m_(`Ref ${ref} does not exist`);
        await writeFileAtomic(this.refFile(ref), sha);
    }
    async deleteRef(ref) {
        if ((await this.getRef(ref)) === undefined)
            return false;
        await external_node_fs_.promises.rm(this.refFile(ref), { force: true });
        return true;
    }
    async listRefs(prefix) {
        const names = (await listDir(external_node_path_default().join(this.root, 'refs')))
            .filter((entry) => !entry.startsWith('.'))
            .map(decodeSegment)
            .filter((ref) => ref.startsWith(prefix))
            .sort();
        const refs = await Promise.all(names.map((ref) => this.getRef(ref)));
        return refs.filter((ref) => ref !== undefined);
    }
    async createDraft(release) {
        const id = await allocateId(external_node_path_default().join(this.root, 'releases'));
        const record = {
            id,
            tag: release.tag,
            name: release.name ?? release.tag,
            body: release.body ?? '',
            draft: true,
            prerelease: release.prerelease ?? false,
            targetCommitish: release.targetCommitish ?? 'main',
            createdAt: atomic_fs_nowIso(),
            publishedAt: null,
        };
        await this.writeRecord(record);
        return { ...record, assets: [] };
    }
    async getRelease(releaseId) {
        const record = await readReleaseRecord(external_node_path_default().join(this.releaseDir(releaseId), 'release.json'));
        return record && { ...record, assets: await this.assetsOf(releaseId) };
    }
    async uploadAsset(releaseId, name, source, contentType = 'application/octet-stream') {
        // The same rule as on read (seams.ts): a name outside GitHub's set is the caller's bug.
        if (!(0,seams/* isSafeAssetName */.JT)(name))
            throw new RangeError(`Invalid asset name ${(0,seams/* describeAssetNameRule */.Zc)(name)}`);
        if ((await this.getRelease(releaseId)) === undefined)
            throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`);
        const id = await allocateId(external_node_path_default().join(this.root, 'assets'));
        const claim = external_node_path_default().join(this.releaseDir(releaseId), 'asset-names', encodeSegment(name));
        if (!(await createFileExclusive(claim, String(id)))) {
            await external_node_fs_.promises.rm(this.assetDir(id), { recursive: true, force: true });
            throw new seams/* AlreadyExistsError */.Tm(`Release ${releaseId} already has an asset named ${name}`);
        }
        const data = external_node_path_default().join(this.assetDir(id), 'data');
        let moved = false;
        try {
            // A file given away is renamed into place; another is copied by the kernel (copy_file_range, or a
            // reflink where the filesystem has them): a model of gigabytes does not pass through this process.
            if ('path' in source && source.move)
                moved = await external_node_fs_.promises.rename(source.path, data).then(() => true, (error) => (error.code === 'EXDEV' ? false : Promise.reject(error)));
            if ('path' in source && !moved)
                await external_node_fs_.promises.copyFile(source.path, data, external_node_fs_.constants.COPYFILE_FICLONE);
            else if (!('path' in source))
                await (0,promises_.pipeline)(source.stream, (0,external_node_fs_.createWriteStream)(data));
            const { size } = await external_node_fs_.promises.stat(data);
            const meta = { id, releaseId, name, size, contentType };
            await writeFileAtomic(external_node_path_default().join(this.assetDir(id), 'meta.json'), JSON.stringify(meta));
            return { id, name, size, contentType };
        }
        catch (error) {
            // Leave nothing half-made behind: the name becomes free again, a moved file goes back.
            if (moved && 'path' in source)
                await external_node_fs_.promises.rename(data, source.path).catch(() => undefined);
            await external_node_fs_.promises.rm(claim, { force: true });
            await external_node_fs_.promises.rm(this.assetDir(id), { recursive: true, force: true });
            throw error;
        }
    }
    async downloadAsset(assetId, target) {
        if ((await this.assetMeta(assetId)) === undefined)
            throw new seams/* NotFoundError */.m_(`Asset ${assetId} does not exist`);
        const output = 'path' in target ? (0,external_node_fs_.createWriteStream)(target.path) : target.stream;
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(external_node_path_default().join(this.assetDir(assetId), 'data')), output);
    }
    async publish(releaseId) {
        const release = await this.getRelease(releaseId);
        if (release === undefined)
            throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`);
        if (!release.draft)
            return release;
        const head = await this.getRef(`heads/${release.targetCommitish}`);
        await this.createRef(`tags/${release.tag}`, head?.sha ?? release.targetCommitish);
        const { assets, ...record } = release;
        const published = { ...record, draft: false, publishedAt: atomic_fs_nowIso() };
        await this.writeRecord(published);
        return { ...published, assets };
    }
    async getByTag(tag) {
        for await (const release of this.list()) {
            if (release.tag === tag && !release.draft)
                return release;
        }
        return undefined;
    }
    async *list() {
        const ids = (await listDir(external_node_path_default().join(this.root, 'releases'))).map(Number).filter(Number.isInteger);
        for (const id of ids.sort((a, b) => b - a)) {
            const release = await this.getRelease(id);
            if (release)
                yield release;
        }
    }
    async deleteDraft(releaseId) {
        const release = await this.getRelease(releaseId);
        if (release === undefined)
            throw new seams/* NotFoundError */.m_(`Release ${releaseId} does not exist`);
        if (!release.draft)
            throw new seams/* ConflictError */.fK(`Release ${release.tag} is published; published releases are immutable`);
        for (const asset of release.assets)
            await this.deleteAsset(asset.id);
        await external_node_fs_.promises.rm(this.releaseDir(releaseId), { recursive: true, force: true });
    }
    async deleteAsset(assetId) {
        const meta = await this.assetMeta(assetId);
        if (meta === undefined)
            throw new seams/* NotFoundError */.m_(`Asset ${assetId} does not exist`);
        await external_node_fs_.promises.rm(external_node_path_default().join(this.releaseDir(meta.releaseId), 'asset-names', encodeSegment(meta.name)), { force: true });
        await external_node_fs_.promises.rm(this.assetDir(assetId), { recursive: true, force: true });
    }
    async writeRecord(record) {
        await writeFileAtomic(external_node_path_default().join(this.releaseDir(record.id), 'release.json'), JSON.stringify(record, null, 2));
    }
    assetMeta(assetId) {
        return readAssetMeta(external_node_path_default().join(this.assetDir(assetId), 'meta.json'));
    }
    async assetsOf(releaseId) {
        const claims = await listDir(external_node_path_default().join(this.releaseDir(releaseId), 'asset-names'));
        const assets = [];
        for (const claim of claims.filter((entry) => !entry.startsWith('.'))) {
            const id = Number(await readFileIfExists(external_node_path_default().join(this.releaseDir(releaseId), 'asset-names', claim)));
            const meta = Number.isInteger(id) ? await this.assetMeta(id) : undefined;
            // An asset without meta.json is still being written by someone: not visible yet.
            if (meta)
                assets.push({ id: meta.id, name: meta.name, size: meta.size, contentType: meta.contentType });
        }
        return assets.sort((a, b) => a.id - b.id);
    }
}

;// CONCATENATED MODULE: ./src/backends/github/deployment-answers.ts


const STATES = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'];
function isState(value) {
    return STATES.includes(value);
}
/** GitHub hands payloads back as an object or as a JSON string of one. */
function toPayload(value) {
    if ((0,shared_json/* isRecord */.u4)(value))
        return value;
    if (typeof value === 'string' && value !== '') {
        const parsed = JSON.parse(value);
        if ((0,shared_json/* isRecord */.u4)(parsed))
            return parsed;
    }
    return {};
}
function toDeployment(value) {
    const f = new Fields(value, 'a deployment');
    return {
        id: f.number('id'),
        ref: f.string('ref'),
        sha: f.string('sha'),
        task: f.string('task'),
        environment: f.string('environment'),
        payload: toPayload(f.raw('payload')),
        description: f.nullableString('description'),
        productionEnvironment: f.boolean('production_environment', false),
        transientEnvironment: f.boolean('transient_environment', false),
        createdAt: f.string('created_at'),
    };
}
function toDeploymentStatus(value, deploymentId) {
    const f = new Fields(value, 'a deployment status');
    const state = f.string('state');
    if (!isState(state))
        throw new UnexpectedAnswerError('a deployment status', `unknown state "${state}"`);
    return {
        id: f.number('id'),
        deploymentId,
        state,
        description: f.optionalString('description', ''),
        environmentUrl: f.optionalString('environment_url', ''),
        logUrl: f.optionalString('log_url', f.optionalString('target_url', '')),
        createdAt: f.string('created_at'),
    };
}
function toReviewer(value) {
    const f = new Fields(value, 'an environment reviewer');
    const who = new Fields(f.raw('reviewer'), 'an environment reviewer');
    return f.string('type') === 'Team' ? { type: 'Team', name: who.string('slug') } : { type: 'User', name: who.string('login') };
}
function toEnvironment(value) {
    const f = new Fields(value, 'an environment');
    const protection = { name: f.string('name'), waitTimerMinutes: 0, reviewers: [], preventSelfReview: false, branchPolicy: false };
    for (const rule of f.array('protection_rules')) {
        const r = new Fields(rule, 'a protection rule');
        const type = r.string('type');
        if (type === 'wait_timer')
            protection.waitTimerMinutes = r.number('wait_timer');
        if (type === 'required_reviewers') {
            protection.reviewers = r.array('reviewers').map(toReviewer);
            protection.preventSelfReview = r.boolean('prevent_self_review', false);
        }
        if (type === 'branch_policy')
            protection.branchPolicy = true;
    }
    return protection;
}

;// CONCATENATED MODULE: ./src/backends/github/github-deployment-log.ts
/**
 * DeploymentLog over the Deployments API (docs/platform.md "Deployments and environments"): deployments
 * are created with auto_merge false and no required contexts, so recording a deployment never
 * merges branches or waits on commit statuses; the environment gate itself is the job's business.
 */




class GitHubDeploymentLog {
    options;
    constructor(options) {
        this.options = options;
    }
    get params() {
        return { owner: this.options.owner, repo: this.options.repo };
    }
    get octokit() {
        return this.options.octokit;
    }
    async create(deployment) {
        try {
            const response = await this.octokit.rest.repos.createDeployment({
                ...this.params,
                ref: deployment.ref,
                environment: deployment.environment,
                task: deployment.task ?? 'deploy',
                payload: deployment.payload ?? {},
                description: deployment.description,
                auto_merge: false,
                required_contexts: [],
                production_environment: deployment.productionEnvironment,
                transient_environment: deployment.transientEnvironment,
            });
            // 202 means GitHub merged the default branch instead of deploying; auto_merge false rules it out.
            if (response.status !== 201)
                throw new UnexpectedAnswerError('a new deployment', `status ${response.status}`);
            return toDeployment(response.data);
        }
        catch (error) {
            if (httpStatus(error) === 422 && /no ref found/i.test(errorMessage(error))) {
                throw new seams/* NotFoundError */.m_(`No commit found for the ref ${deployment.ref}`, { cause: error });
            }
            throw error;
        }
    }
    async addStatus(deploymentId, status) {
        try {
            const response = await this.octokit.rest.repos.createDeploymentStatus({
                ...this.params,
                deployment_id: deploymentId,
                state: status.state,
                description: status.description?.slice(0, 140),
                environment_url: status.environmentUrl,
                log_url: status.logUrl,
                auto_inactive: status.autoInactive ?? true,
            });
            return toDeploymentStatus(response.data, deploymentId);
        }
        catch (error) {
            throw this.notFound(error, deploymentId);
        }
    }
    async list(filter = {}) {
        const deployments = await this.octokit.paginate(this.octokit.rest.repos.listDeployments, { ...this.params, ...filter, per_page: 100 });
        return asArray(deployments, 'deployments').map(toDeployment);
    }
    async listStatuses(deploymentId) {
        try {
            const statuses = await this.octokit.paginate(this.octokit.rest.repos.listDeploymentStatuses, {
                ...this.params,
                deployment_id: deploymentId,
                per_page: 100,
            });
            return asArray(statuses, 'deployment statuses').map((status) => toDeploymentStatus(status, deploymentId));
        }
        catch (error) {
            throw this.notFound(error, deploymentId);
        }
    }
    async getEnvironment(name) {
        const response = await orUndefined(this.octokit.rest.repos.getEnvironment({ ...this.params, environment_name: name }));
        return response && toEnvironment(response.data);
    }
    notFound(error, deploymentId) {
        return httpStatus(error) === 404 ? new seams/* NotFoundError */.m_(`Deployment ${deploymentId} does not exist`, { cause: error }) : error;
    }
}

;// CONCATENATED MODULE: ./src/backends/local/local-deployment-records.ts


const local_deployment_records_STATES = ['queued', 'pending', 'in_progress', 'success', 'failure', 'error', 'inactive'];
function isDeployment(value) {
    return ((0,shared_json/* isRecord */.u4)(value) &&
        typeof value.id === 'number' &&
        typeof value.ref === 'string' &&
        typeof value.sha === 'string' &&
        typeof value.task === 'string' &&
        typeof value.environment === 'string' &&
        (0,shared_json/* isRecord */.u4)(value.payload) &&
        (value.description === null || typeof value.description === 'string') &&
        typeof value.productionEnvironment === 'boolean' &&
        typeof value.transientEnvironment === 'boolean' &&
        typeof value.createdAt === 'string');
}
function isStatus(value) {
    return ((0,shared_json/* isRecord */.u4)(value) &&
        typeof value.id === 'number' &&
        typeof value.deploymentId === 'number' &&
        typeof value.state === 'string' &&
        local_deployment_records_STATES.includes(value.state) &&
        typeof value.description === 'string' &&
        typeof value.environmentUrl === 'string' &&
        typeof value.logUrl === 'string' &&
        typeof value.createdAt === 'string');
}
function isEnvironment(value) {
    return ((0,shared_json/* isRecord */.u4)(value) &&
        typeof value.name === 'string' &&
        typeof value.waitTimerMinutes === 'number' &&
        Array.isArray(value.reviewers) &&
        value.reviewers.every((r) => (0,shared_json/* isRecord */.u4)(r) && (r.type === 'User' || r.type === 'Team') && typeof r.name === 'string') &&
        typeof value.preventSelfReview === 'boolean' &&
        typeof value.branchPolicy === 'boolean');
}
const readDeployment = (file) => readJsonFile(file, isDeployment);
const readStatus = (file) => readJsonFile(file, isStatus);
const readEnvironment = (file) => readJsonFile(file, isEnvironment);

;// CONCATENATED MODULE: ./src/backends/local/local-deployment-log.ts
/**
 * DeploymentLog over a folder (docs/architecture.md: locally "deployments are a log"), keeping GitHub's
 * semantics: refs resolve through the registry's `refs/` folder, a `success` status retires earlier
 * successful deployments of the environment (auto_inactive), lists are newest first.
 *
 *   deployments/<id>/deployment.json   statuses/<id>/status.json   environments/<name>.json
 */





const SHA = /^[0-9a-f]{40}$/;
class LocalDeploymentLog {
    root;
    refs;
    /** `root` is the same folder the LocalReleaseStore uses, so deployments see its refs. */
    constructor(root) {
        this.root = root;
        this.refs = new LocalReleaseStore(root);
    }
    /** Declares an environment's protection rules (locally they come from config, not from GitHub). */
    async defineEnvironment(protection) {
        await writeFileAtomic(external_node_path_default().join(this.root, 'environments', `${encodeSegment(protection.name)}.json`), JSON.stringify(protection, null, 2));
    }
    async create(input) {
        const sha = await this.resolve(input.ref);
        const id = await allocateId(external_node_path_default().join(this.root, 'deployments'));
        const deployment = {
            id,
            ref: input.ref,
            sha,
            task: input.task ?? 'deploy',
            environment: input.environment,
            payload: input.payload ?? {},
            description: input.description ?? null,
            productionEnvironment: input.productionEnvironment ?? input.environment === 'production',
            transientEnvironment: input.transientEnvironment ?? false,
            createdAt: atomic_fs_nowIso(),
        };
        await writeFileAtomic(external_node_path_default().join(this.root, 'deployments', String(id), 'deployment.json'), JSON.stringify(deployment, null, 2));
        return deployment;
    }
    async addStatus(deploymentId, input) {
        const deployment = await this.get(deploymentId);
        const status = await this.writeStatus(deploymentId, input);
        if (input.state === 'success' && input.autoInactive !== false) {
            for (const other of await this.list({ environment: deployment.environment })) {
                if (other.id === deploymentId || other.transientEnvironment || other.productionEnvironment)
                    continue;
                const [latest] = await this.listStatuses(other.id);
                if (latest?.state === 'success')
                    await this.writeStatus(other.id, { state: 'inactive' });
            }
        }
        return status;
    }
    async list(filter = {}) {
        const all = await Promise.all((await this.ids('deployments')).map((id) => readDeployment(external_node_path_default().join(this.root, 'deployments', String(id), 'deployment.json'))));
        return all
            .filter((d) => d !== undefined)
            .filter((d) => (filter.environment ?? d.environment) === d.environment && (filter.ref ?? d.ref) === d.ref)
            .filter((d) => (filter.sha ?? d.sha) === d.sha && (filter.task ?? d.task) === d.task)
            .sort((a, b) => b.id - a.id);
    }
    async listStatuses(deploymentId) {
        await this.get(deploymentId);
        const all = await Promise.all((await this.ids('statuses')).map((id) => readStatus(external_node_path_default().join(this.root, 'statuses', String(id), 'status.json'))));
        return all.filter((s) => s?.deploymentId === deploymentId).sort((a, b) => b.id - a.id);
    }
    getEnvironment(name) {
        return readEnvironment(external_node_path_default().join(this.root, 'environments', `${encodeSegment(name)}.json`));
    }
    async get(deploymentId) {
        const deployment = await readDeployment(external_node_path_default().join(this.root, 'deployments', String(deploymentId), 'deployment.json'));
        if (deployment === undefined)
            throw new seams/* NotFoundError */.m_(`Deployment ${deploymentId} does not exist`);
        return deployment;
    }
    async writeStatus(deploymentId, input) {
        const id = await allocateId(external_node_path_default().join(this.root, 'statuses'));
        const status = {
            id,
            deploymentId,
            state: input.state,
            description: (input.description ?? '').slice(0, 140),
            environmentUrl: input.environmentUrl ?? '',
            logUrl: input.logUrl ?? '',
            createdAt: atomic_fs_nowIso(),
        };
        await writeFileAtomic(external_node_path_default().join(this.root, 'statuses', String(id), 'status.json'), JSON.stringify(status, null, 2));
        return status;
    }
    async ids(folder) {
        return (await listDir(external_node_path_default().join(this.root, folder))).map(Number).filter(Number.isInteger);
    }
    async resolve(ref) {
        if (SHA.test(ref))
            return ref;
        for (const candidate of [`heads/${ref}`, `tags/${ref}`, ref]) {
            const found = await this.refs.getRef(candidate);
            if (found)
                return found.sha;
        }
        throw new seams/* NotFoundError */.m_(`No commit found for the ref ${ref}`);
    }
}

;// CONCATENATED MODULE: ./src/backends/github/github-event-sink.ts

class github_event_sink_GitHubEventSink {
    options;
    constructor(options) {
        this.options = options;
    }
    async send(event) {
        const { octokit, owner, repo } = this.options;
        await withPermission(`send the repository_dispatch event ${event.type} (it needs contents: write)`, () => octokit.rest.repos.createDispatchEvent({ owner, repo, event_type: event.type, client_payload: event.payload }));
    }
}

;// CONCATENATED MODULE: ./src/backends/github/github-pull-heads.ts
/**
 * The head commit of a pull request (`GET /repos/{owner}/{repo}/pulls/{number}`, `pull-requests:
 * read`, or public), for evaluate-gate's publish mode: a workflow_run event lists no pull request
 * when it came from a fork, so the pull request an untrusted report names is checked by asking GitHub
 * for its head (src/gate/pr-report.ts checkAgainstRun).
 */


/** The pull request's head commit sha; undefined when there is no such pull request. */
async function pullRequestHead(options, number) {
    const { octokit, owner, repo } = options;
    try {
        const response = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
        return new Fields(new Fields(response.data, 'a pull request').raw('head'), 'a pull request head').string('sha');
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/backends/local/local-event-sink.ts
/**
 * EventSink over a folder: locally an event is one JSON line appended to `<folder>/events.jsonl`
 * (`{"type": ..., "payload": {...}, "sentAt": ...}`), the local registry's folder, so a script can
 * follow what was registered and deployed (`tail -f .mlops/registry/events.jsonl`).
 */



/** The log's file name inside the local backend's folder. */
const LOCAL_EVENTS_FILE = 'events.jsonl';
class local_event_sink_LocalEventSink {
    directory;
    constructor(directory) {
        this.directory = directory;
    }
    async send(event) {
        await mkdir(this.directory, { recursive: true });
        // One write of one line with O_APPEND: concurrent writers never interleave inside a line.
        await appendFile(path.join(this.directory, LOCAL_EVENTS_FILE), JSON.stringify({ type: event.type, payload: event.payload, sentAt: nowIso() }) + '\n');
    }
}

;// CONCATENATED MODULE: ./src/backends/open.ts
/**
 * The one place that turns "a local folder", "a GitHub repository and a token" or "the Actions
 * runtime" into seam instances (docs/architecture.md "Seams"). The thin entries (src/actions, src/cli) call
 * these and pass the seams into the domain; domain folders import only the seam types of
 * seams.ts, never an implementation (test/architecture/backend-imports.test.ts holds them to it).
 */















const DEFAULT_LOCAL_REGISTRY = '.mlops/registry';
/** A commit sha for tags when there is none (local registries do not check it). */
const NO_COMMIT = '0'.repeat(40);
/** The registry over its release store: a folder, or a repository's releases through Octokit. */
function openRegistry(backend, options = {}) {
    if (backend.kind === 'local') {
        const store = new LocalReleaseStore(external_node_path_default().resolve(backend.dir));
        return { store, registry: new ModelRegistry(store, { sha: options.sha ?? NO_COMMIT, logger: options.logger }) };
    }
    const [owner, repo, extra] = backend.repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* InputError */.dz(`The repository "${backend.repository}" is not owner/name.`, { hint: 'Pass it as owner/name, e.g. octo/models.' });
    }
    if (!backend.token) {
        throw new errors/* InputError */.dz('No token to reach the GitHub registry.', { hint: 'Pass the token input (default github.token) or set GITHUB_TOKEN; it needs contents: write.' });
    }
    const octokit = octokit_createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: options.logger });
    const store = new GitHubReleaseStore({ octokit, owner, repo, log: options.logger });
    const serverUrl = (options.env ?? process.env).GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        store,
        registry: new ModelRegistry(store, {
            sha: options.sha ?? NO_COMMIT,
            logger: options.logger,
            releaseUrl: (tag) => `${serverUrl}/${owner}/${repo}/releases/tag/${encodeURIComponent(tag)}`,
        }),
        repository: backend.repository,
    };
}
/**
 * Where the gate posts on GitHub: the pull request's sticky comment (when there is one) and the
 * commit's check runs; locally, check runs are files under `localDir` (the report file stands for
 * the comment).
 */
function openReviewSinks(backend, issueNumber, logger) {
    if (backend.kind === 'local')
        return { checks: new LocalCheckRunSink(external_node_path_default().resolve(backend.dir)) };
    const [owner, repo] = backend.repository.split('/');
    const octokit = octokit_createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: logger });
    return {
        comments: issueNumber === undefined ? undefined : new GitHubCommentSink({ octokit, owner, repo, issueNumber }),
        checks: new GitHubCheckRunSink({ octokit, owner, repo }),
        // Pull requests exist only on GitHub: evaluate-gate's publish mode checks a report's pull request by its head.
        pulls: { headSha: (number) => pullRequestHead({ octokit, owner, repo }, number) },
    };
}
/**
 * Where a matrix sweep's legs hand over results: workflow artifacts inside Actions (the runner sets
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript actions), else a local folder, so
 * the same plan/shard/collect steps run on one machine too. `localDir` forces the folder. The
 * artifact client (~5 MB with the Azure SDK) is loaded only when used: `mlops validate` should not
 * pay for parsing it.
 */
async function openArtifactStore(env, localDir, outDir) {
    if (!localDir && insideActionsRuntime(env)) {
        const { GitHubArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 83526));
        return new GitHubArtifactStore();
    }
    return new LocalArtifactStore(external_node_path_default().resolve(localDir ?? external_node_path_default().join(outDir, 'artifacts')));
}
/** Whether this process is a JavaScript action with the runtime's artifact credentials. */
function insideActionsRuntime(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
/**
 * deploy-env's seams: the registry (as openRegistry) and the deployment log beside it: GitHub's
 * Deployments API of the same repository, or a log in the local registry's folder (where it also
 * resolves refs). Locally no environment has reviewers; `isGitHub` tells the protection rule so.
 */
function openDeployBackends(backend, options = {}) {
    const opened = openRegistry(backend, options);
    if (backend.kind === 'local')
        return { ...opened, log: new LocalDeploymentLog(external_node_path_default().resolve(backend.dir)), isGitHub: false };
    const [owner, repo] = backend.repository.split('/');
    const octokit = octokit_createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: options.logger });
    return { ...opened, log: new GitHubDeploymentLog({ octokit, owner, repo }), isGitHub: true };
}
/**
 * Where register-model and deploy-env announce what they did: repository_dispatch events of the
 * registry's repository, or `events.jsonl` in the local registry's folder (local-event-sink.ts).
 */
function openEventSink(backend, logger) {
    if (backend.kind === 'local')
        return new LocalEventSink(path.resolve(backend.dir));
    const [owner, repo] = backend.repository.split('/');
    return new GitHubEventSink({ octokit: createOctokit({ token: backend.token, baseUrl: backend.apiUrl, log: logger }), owner, repo });
}


/***/ }),

/***/ 82118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ SeamError),
/* harmony export */   JT: () => (/* binding */ isSafeAssetName),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   Tm: () => (/* binding */ AlreadyExistsError),
/* harmony export */   Tr: () => (/* binding */ checkOutputText),
/* harmony export */   Zc: () => (/* binding */ describeAssetNameRule),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   m_: () => (/* binding */ NotFoundError),
/* harmony export */   wq: () => (/* binding */ ImmutableReleaseError)
/* harmony export */ });
/* unused harmony export CHECK_OUTPUT_LIMIT */
// ---------------------------------------------------------------------------------------------
// Errors that are part of the contracts. Both implementations throw exactly these for the cases
// documented below; anything else is an infrastructure failure (network, permissions, a bug).
/** Base class of the errors a seam promises to throw for documented cases. */
class SeamError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** The thing addressed (release, asset, ref, deployment) does not exist. */
class NotFoundError extends SeamError {
}
/** Creating something whose name must be unique (asset name, artifact name) found it taken. */
class AlreadyExistsError extends SeamError {
}
/** The operation is not allowed in the current state (e.g. deleting a published release). */
class ConflictError extends SeamError {
}
/**
 * The release is immutable (GitHub's immutable releases, a repository setting): once published its
 * assets and tag are locked and only its name and body change (GitHub's 422 "Cannot upload assets
 * to an immutable release").
 */
class ImmutableReleaseError extends ConflictError {
}
/**
 * The credentials may not do this (GitHub's 403 "Resource not accessible by integration": a fork
 * pull request's read-only token, a workflow without `pull-requests: write` or `checks: write`).
 */
class PermissionError extends SeamError {
}
/**
 * Asset names a ReleaseStore keeps: GitHub's own character set (it renames anything else to `.`),
 * letters, digits, `.`, `_` and `-`, not starting or ending with `.`, at most 255 characters. Every
 * name is checked on the way in (upload) and on the way out (a release read back, a manifest), in
 * both backends, because a name read back becomes a file name on download: `../x` or `/etc/x` would
 * write outside the destination.
 */
const ASSET_NAME_PATTERN = /^[A-Za-z0-9_-](?:[A-Za-z0-9._-]{0,253}[A-Za-z0-9_-])?$/;
/** Whether `name` is an asset name a store may hold (see {@link ASSET_NAME_PATTERN}). */
function isSafeAssetName(name) {
    return typeof name === 'string' && ASSET_NAME_PATTERN.test(name);
}
/** Why an asset name is refused, for messages: `"../x" (an asset name is letters, ...)`. */
function describeAssetNameRule(name) {
    return `${JSON.stringify(name)?.slice(0, 80)} (an asset name is 1-255 letters, digits, ".", "_" or "-", not starting or ending with ".")`;
}
/** The hidden marker that identifies a comment by key. */
function commentMarker(key) {
    if (!/^[A-Za-z0-9._-]+$/.test(key))
        throw new RangeError(`Invalid comment key "${key}": use letters, digits, ".", "_" and "-"`);
    return `<!-- mlops:${key} -->`;
}
/** GitHub's limit on a check run's output summary and text, in characters. */
const CHECK_OUTPUT_LIMIT = 65535;
/** `text` cut to the check output limit, with a note saying so. */
function checkOutputText(text) {
    if (text.length <= CHECK_OUTPUT_LIMIT)
        return text;
    const note = '\n\n… cut to fit a check run; the whole report is in the job summary.\n';
    return text.slice(0, CHECK_OUTPUT_LIMIT - note.length) + note;
}


/***/ }),

/***/ 26448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ orderChecks)
/* harmony export */ });
/** Failed checks first (errors, then warnings), then the passing ones in schema order. */
function orderChecks(checks) {
    const rank = (c) => (c.success ? 2 : c.severity === 'error' ? 0 : 1);
    return checks.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map(({ c }) => c);
}


/***/ }),

/***/ 21815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ RegistryNameError),
/* harmony export */   D1: () => (/* binding */ parseAliasPointer),
/* harmony export */   DY: () => (/* binding */ refs),
/* harmony export */   HW: () => (/* binding */ validateModelName),
/* harmony export */   Pj: () => (/* binding */ validateVersion),
/* harmony export */   Vm: () => (/* binding */ versionTag),
/* harmony export */   Wq: () => (/* binding */ parseAliasRemoval),
/* harmony export */   Z1: () => (/* binding */ parseSeq),
/* harmony export */   _Q: () => (/* binding */ parseVersionTag),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   jX: () => (/* binding */ validateAlias),
/* harmony export */   nm: () => (/* binding */ trailingVersion)
/* harmony export */ });
/* unused harmony export isReservedAlias */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * Names in the registry: model names (the same rule as `name:` in mlops.yml), version tags
 * `<name>/v<N>` and aliases. Every name ends up inside a git ref (`refs/tags/<name>/...`), so the
 * rules also keep git's ref-format rules (no `..`, no `.lock` component).
 *
 * The refs the registry keeps under `refs/tags/<name>/` (see registry.ts for what each is for):
 *
 *   v<N>                          the version's tag; created first, it allocates N (atomic)
 *   latest/v<N>                   "latest" pointer, highest N wins
 *   alias/<alias>/<seq>-v<N>      alias pointer, highest seq wins; older ones kept (history)
 *   alias-log/<alias>/<seq>       claims seq atomically; its release holds who/when/from/to
 *   alias/<alias>/<seq>-none      alias removed (unassigned) by move seq
 *   deprecated/v<N>               version N is deprecated; its release holds who/when/why
 *   run/<sha256(key)[:40]>/v<N>   idempotency key index
 *   content/<digest[:40]>/v<N>    content digest index (dedupeByContent)
 */


/** A model name, alias or version that breaks the rules. */
class RegistryNameError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
/** A registry operation that cannot be done as asked (unknown version, alias, exhausted attempts). */
class RegistryError extends _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
}
const MODEL_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function gitSafe(kind, value) {
    if (value.includes('..'))
        throw new RegistryNameError(`Invalid ${kind} "${value}": ".." is not allowed in a git tag`, { hint: `Rename the ${kind} without "..".` });
    if (value.endsWith('.lock') || value.endsWith('.')) {
        throw new RegistryNameError(`Invalid ${kind} "${value}": a git tag component cannot end with ".lock" or "."`, { hint: `Rename the ${kind}.` });
    }
}
function validateModelName(name) {
    if (typeof name !== 'string' || !MODEL_NAME_PATTERN.test(name)) {
        throw new RegistryNameError(`Invalid model name ${JSON.stringify(name)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`, {
            hint: 'Set `name:` in mlops.yml to something like "churn-model".',
        });
    }
    gitSafe('model name', name);
    return name;
}
const RESERVED_ALIASES = ['latest'];
/** `latest` and `v<digits>` are reserved: they would be ambiguous with get(name, 'latest') and versions. */
function isReservedAlias(alias) {
    return RESERVED_ALIASES.includes(alias.toLowerCase()) || /^v\d+$/i.test(alias);
}
function validateAlias(alias) {
    if (typeof alias !== 'string' || !MODEL_NAME_PATTERN.test(alias)) {
        throw new RegistryNameError(`Invalid alias ${JSON.stringify(alias)}: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit`, {
            hint: 'Use an alias like "production" or "staging".',
        });
    }
    if (isReservedAlias(alias)) {
        throw new RegistryNameError(`Alias "${alias}" is reserved ("latest" and "v<number>" name versions)`, { hint: 'Choose another alias, e.g. "production".' });
    }
    gitSafe('alias', alias);
    return alias;
}
function validateVersion(version) {
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
        throw new RegistryNameError(`Invalid version ${JSON.stringify(version)}: versions are whole numbers from 1`);
    }
    return version;
}
/** The release tag of a version: `churn-model/v3`. */
function versionTag(name, version) {
    return `${validateModelName(name)}/v${validateVersion(version)}`;
}
/** The version of a tag `<name>/v<N>`, or undefined when the tag is not a version tag of `name`. */
function parseVersionTag(name, tag) {
    const prefix = `${name}/v`;
    if (!tag.startsWith(prefix))
        return undefined;
    const rest = tag.slice(prefix.length);
    return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
}
/** Ref names (without `refs/`) of the registry's bookkeeping. */
const refs = {
    version: (name, version) => `tags/${versionTag(name, version)}`,
    versionPrefix: (name) => `tags/${name}/v`,
    latestPrefix: (name) => `tags/${name}/latest/`,
    latest: (name, version) => `tags/${name}/latest/v${version}`,
    aliasPrefix: (name, alias) => `tags/${name}/alias/${alias}/`,
    alias: (name, alias, seq, version) => `tags/${name}/alias/${alias}/${String(seq).padStart(6, '0')}-v${version}`,
    aliasRemoved: (name, alias, seq) => `tags/${name}/alias/${alias}/${String(seq).padStart(6, '0')}-none`,
    deprecatedPrefix: (name) => `tags/${name}/deprecated/`,
    deprecated: (name, version) => `tags/${name}/deprecated/v${version}`,
    aliasLogPrefix: (name, alias) => `tags/${name}/alias-log/${alias}/`,
    aliasLog: (name, alias, seq) => `tags/${name}/alias-log/${alias}/${String(seq).padStart(6, '0')}`,
    runPrefix: (name, key) => `tags/${name}/run/${shortHash(key)}/`,
    contentPrefix: (name, digest) => `tags/${name}/content/${shortHash(digest)}/`,
};
/** A 40-hex-digit hash that is always a valid ref component, whatever the key contains. */
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 40);
}
/** The trailing `v<N>` of an index ref (`.../latest/v3`, `.../run/<h>/v3`). */
function trailingVersion(ref) {
    const match = /\/v([1-9]\d*)$/.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** `<seq>-v<N>` of an alias pointer ref. */
function parseAliasPointer(ref) {
    const match = /\/(\d+)-v([1-9]\d*)$/.exec(ref);
    return match ? { seq: Number(match[1]), version: Number(match[2]) } : undefined;
}
/** `<seq>` of an alias removal marker (`.../<seq>-none`). */
function parseAliasRemoval(ref) {
    const match = /\/(\d+)-none$/.exec(ref);
    return match ? Number(match[1]) : undefined;
}
/** The trailing `<seq>` of an alias-log ref. */
function parseSeq(ref) {
    const match = /\/(\d+)$/.exec(ref);
    return match ? Number(match[1]) : undefined;
}


/***/ }),

/***/ 87496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable),
/* harmony export */   validationText: () => (/* binding */ validationText)
/* harmony export */ });
/* harmony import */ var _data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26448);
/* harmony import */ var _shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11680);


/** Pads a table of strings into aligned columns for a terminal. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
function clip(text, width) {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}
/** The validation report as a terminal reader wants it: failures first, then the verdict. */
function validationText(report, options = {}) {
    const out = [];
    for (const dataset of report.datasets) {
        const checks = (0,_data_checks_order_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .orderChecks */ .g)(dataset.checks).filter((c) => options.all || !c.success);
        out.push(`${dataset.name}: ${(0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(dataset.rowCount)} rows, ${dataset.checks.length} checks, ${dataset.checks.filter((c) => !c.success).length} failed`);
        if (checks.length === 0)
            continue;
        out.push(textTable(['', 'check', 'column', 'expected', 'unexpected', '%', 'first example'], checks.map((c) => [
            c.success ? 'ok' : c.severity === 'error' ? 'FAIL' : 'warn',
            c.check,
            c.column ?? '-',
            clip(c.expectation, 40),
            c.observed !== undefined ? `observed ${typeof c.observed === 'number' ? (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.observed) : c.observed}` : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.unexpectedCount),
            c.observed !== undefined ? '' : (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(c.unexpectedPercent),
            c.examples[0] ? clip(`${c.examples[0].file}:${c.examples[0].line} row ${c.examples[0].row}: ${JSON.stringify(c.examples[0].value)}`, 60) : '',
        ])));
    }
    if (report.drift) {
        const d = report.drift;
        out.push(`drift: ${d.dataset.driftedColumns.length} of ${d.dataset.compared} compared columns drifted (${d.dataset.status}): ${d.dataset.reason}`);
        out.push(textTable(['', 'column', 'kind', 'PSI', 'JS', 'L-inf', 'p-value'], d.columns.map((c) => [c.status === 'ok' ? 'ok' : c.status === 'fail' ? 'FAIL' : 'warn', c.column, c.kind, (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.psi ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.js ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.linf ?? null), (0,_shared_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.metrics.pValue ?? null)])));
    }
    out.push(`${report.passed ? 'PASSED' : 'FAILED'}: ${report.errors} error(s), ${report.warnings} warning(s), fail-on ${report.failOn}, ${report.seconds.toFixed(2)} s`);
    return out.join('\n\n') + '\n';
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _shared_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36338);
/**
 * Markdown building blocks for summaries and PR comments. Everything that comes from data or users
 * goes through `escapeCell`/`escapeText`: a cell value must not close a table, open an HTML tag,
 * mention a user or start a code span in a comment that GitHub renders.
 */

const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Escapes text for a markdown paragraph: HTML, emphasis and link syntax, mentions. */
function escapeText(text) {
    return text
        .replace(/[&<>"]/g, (c) => HTML[c])
        .replace(/([\\`*_[\]#|~])/g, '\\$1')
        .replace(/@/g, '@\u200b');
}
/** Escapes text for a table cell: as escapeText, plus line breaks (they would end the row). */
function escapeCell(text) {
    return escapeText(text).replace(/\r?\n|\r/g, '<br>');
}
/**
 * Text as a code span inside a table cell, shown exactly as written: inside a code span GitHub
 * renders no HTML, links or mentions and decodes no entities, so only what ends the span or the row
 * is changed: a pipe is escaped (GFM reads `\|` as a pipe in a table cell, even in code), line
 * breaks become a visible ⏎, and the fence is longer than any run of backticks inside.
 */
function codeCell(text) {
    const flat = text.replace(/\|/g, '\\|').replace(/\r?\n|\r/g, '⏎');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A GitHub-flavoured markdown table. Cells are escaped unless marked raw with `{ raw }`. */
function table(header, rows, align) {
    const cell = (value) => (typeof value === 'object' ? value.raw : escapeCell(String(value)));
    const rule = header.map((_, i) => (align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':---:' : '---'));
    return [`| ${header.map(escapeCell).join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}
/** A number for people: integers with separators, others to 4 significant digits. */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return '–';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return (0,_shared_format_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-3 || abs >= 1e9))
        return value.toExponential(3);
    return Number(value.toPrecision(4)).toString();
}
function formatPercent(value) {
    if (value === 0)
        return '0%';
    if (value < 0.01)
        return '<0.01%';
    return `${Number(value.toPrecision(3))}%`;
}


/***/ }),

/***/ 44365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeScratchDir)
/* harmony export */ });
/* unused harmony export removeStaleScratchDirs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/** How long an old-style (pid-less) folder may sit untouched before a new run takes it away. */
const LEGACY_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const live = new Set();
let exitHook = false;
/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
function processExists(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Removes `<tmp>/<prefix>*` folders left by processes that are gone (see the module comment). */
async function removeStaleScratchDirs(prefix, tmp = node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), now = Date.now()) {
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(tmp);
    }
    catch {
        return [];
    }
    const removed = [];
    const uid = process.getuid?.();
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const full = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, name);
        if (live.has(full))
            continue;
        const match = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
        let stats;
        try {
            stats = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(full);
        }
        catch {
            continue;
        }
        if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid))
            continue;
        const stale = match ? Number(match[1]) !== process.pid && !processExists(Number(match[1])) : now - stats.mtimeMs > LEGACY_MAX_AGE_MS;
        if (!stale)
            continue;
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(full, { recursive: true, force: true });
        removed.push(full);
    }
    return removed;
}
/** Makes a scratch folder `<tmp>/<prefix><pid>-<random>` after removing stale ones (see above). */
async function makeScratchDir(prefix, tmp = node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir()) {
    await removeStaleScratchDirs(prefix, tmp);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, `${prefix}${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { mode: 0o700 });
    live.add(dir);
    if (!exitHook) {
        exitHook = true;
        process.once('exit', () => {
            for (const left of live)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(left, { recursive: true, force: true });
        });
    }
    return {
        path: dir,
        async dispose() {
            live.delete(dir);
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(dir, { recursive: true, force: true });
        },
    };
}


/***/ })

};
