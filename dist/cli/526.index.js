export const id = 526;
export const ids = [526];
export const modules = {

/***/ 83526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubArtifactStore: () => (/* binding */ GitHubArtifactStore)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 318 modules
var artifact = __webpack_require__(40030);
// EXTERNAL MODULE: ./src/backends/seams.ts
var seams = __webpack_require__(82118);
;// CONCATENATED MODULE: ./src/backends/github/artifact-env.ts
/**
 * @actions/artifact 6.x takes no settings: every call reads the runner's variables from
 * process.env (the token and service URL when it builds its Twirp client, GITHUB_SERVER_URL for
 * its GHES check, the concurrency and timeout when it uploads). To aim one call at other settings
 * (a test emulator, a CLI that holds a runner's token) the variables are swapped in for the whole
 * call and put back after it, and such calls run one at a time in this process, since two of them
 * interleaving would read each other's token.
 */
/** The variables the client reads at call time. */
const ARTIFACT_ENV_KEYS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_WORKSPACE',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS',
];
let queue = Promise.resolve();
/**
 * Runs `action` with exactly `env`'s values for the client's variables (a key absent from `env` is
 * unset meanwhile), then restores what process.env held. Calls are serialised.
 */
function withArtifactEnv(env, action) {
    const run = async () => {
        const saved = new Map(ARTIFACT_ENV_KEYS.map((key) => [key, process.env[key]]));
        for (const key of ARTIFACT_ENV_KEYS)
            setVariable(key, env[key]);
        try {
            return await action();
        }
        finally {
            for (const [key, value] of saved)
                setVariable(key, value);
        }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
}
function setVariable(key, value) {
    if (value === undefined)
        delete process.env[key];
    else
        process.env[key] = value;
}

;// CONCATENATED MODULE: ./src/backends/github/artifact-names.ts
/**
 * Workflow artifact naming rules, checked before anything is sent: @actions/artifact refuses the
 * same characters (they break NTFS and other file systems on download) but its message is long and
 * generic, and the service checks again. Names may not contain `" : < > | * ? \ /` or line breaks;
 * paths inside an artifact may contain `/` (and are given with it) but not the others.
 */
const FORBIDDEN_IN_PATHS = new Map([
    ['"', 'a double quote (")'],
    [':', 'a colon (:)'],
    ['<', 'a less-than sign (<)'],
    ['>', 'a greater-than sign (>)'],
    ['|', 'a vertical bar (|)'],
    ['*', 'an asterisk (*)'],
    ['?', 'a question mark (?)'],
    ['\r', 'a carriage return'],
    ['\n', 'a line feed'],
]);
const FORBIDDEN_IN_NAMES = new Map([
    ...FORBIDDEN_IN_PATHS,
    ['\\', 'a backslash (\\)'],
    ['/', 'a slash (/)'],
]);
const RULE = 'Artifact names may not contain " : < > | * ? \\ / or line breaks';
/** Throws a RangeError that says which character makes `name` unusable as an artifact name. */
function validateArtifactName(name) {
    if (name === '')
        throw new RangeError(`An artifact name is empty. ${RULE}.`);
    for (const [character, description] of FORBIDDEN_IN_NAMES) {
        if (name.includes(character))
            throw new RangeError(`Invalid artifact name ${JSON.stringify(name)}: it contains ${description}. ${RULE}.`);
    }
}
/** Throws a RangeError when a file's path inside the artifact (`/`-separated) cannot be stored. */
function validateArtifactPath(relativePath, artifact) {
    for (const [character, description] of FORBIDDEN_IN_PATHS) {
        if (relativePath.includes(character)) {
            throw new RangeError(`Cannot put ${JSON.stringify(relativePath)} into artifact ${JSON.stringify(artifact)}: its path contains ${description}, which artifacts do not allow.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/backends/github/github-artifact-store.ts
/**
 * ArtifactStore over workflow artifacts, through @actions/artifact's DefaultArtifactClient: each
 * leg of a sweep matrix uploads its results, the collect job lists and downloads every leg's. All
 * jobs of one workflow run see the same artifacts (the runtime token scopes the client to its run).
 *
 * What the service does for us: an upload is one zip, written to blob storage and made visible by
 * FinalizeArtifact, so it appears complete or not at all; CreateArtifact answers 409 for a name the
 * run already has (finalized or still uploading), which is AlreadyExistsError here.
 *
 * Differences from LocalArtifactStore, by the service's nature:
 * - list() sizes are the stored zip's bytes (the service knows no other); upload() returns the
 *   files' total, as the seam says.
 * - an artifact needs at least one file (the client refuses an empty one).
 */







/** The client's error for a name the run already has: "(409) Conflict: an artifact with this name…". */
const NAME_TAKEN = /\(409\)|already exists/i;
class GitHubArtifactStore {
    options;
    client;
    constructor(options = {}) {
        this.options = options;
        this.client = options.client ?? new artifact/* DefaultArtifactClient */.t9();
    }
    async upload(name, files, rootDirectory) {
        validateArtifactName(name);
        const root = external_node_path_default().resolve(rootDirectory);
        if (files.length === 0)
            throw new RangeError(`Artifact ${JSON.stringify(name)} has no files: a workflow artifact needs at least one.`);
        const absolute = files.map((file) => external_node_path_default().resolve(file));
        for (const file of absolute) {
            const relative = external_node_path_default().relative(root, file);
            // The client only compares string prefixes (/a/bc passes for /a/b): check properly first.
            if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
                throw new RangeError(`${file} is outside ${rootDirectory}`);
            validateArtifactPath(relative.split((external_node_path_default()).sep).join('/'), name);
        }
        const stats = await Promise.all(absolute.map((file) => external_node_fs_.promises.stat(file)));
        const size = stats.reduce((sum, stat) => sum + stat.size, 0);
        const { retentionDays, compressionLevel } = this.options;
        try {
            await this.call(() => this.client.uploadArtifact(name, absolute, root, { retentionDays, compressionLevel }));
        }
        catch (error) {
            if (NAME_TAKEN.test(messageOf(error)))
                throw new seams/* AlreadyExistsError */.Tm(`An artifact named ${name} already exists in this workflow run`, { cause: error });
            throw new Error(`Could not upload artifact ${name}: ${messageOf(error)}`, { cause: error });
        }
        return { name, size };
    }
    async download(name, destination) {
        const artifact = (await this.listRaw()).find((a) => a.name === name);
        if (!artifact)
            throw new seams/* NotFoundError */.m_(`No artifact named ${name} in this workflow run`);
        // Extract into a fresh folder beside the destination's files, so the answer names exactly the
        // files of this artifact, then move them into place (a rename: same file system).
        const staging = external_node_path_default().join(destination, `.artifact-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            const result = await this.call(() => this.client.downloadArtifact(artifact.id, { path: staging, expectedHash: artifact.digest })).catch((error) => {
                if (error instanceof Error && error.name === 'ArtifactNotFoundError')
                    throw new seams/* NotFoundError */.m_(`No artifact named ${name} in this workflow run`, { cause: error });
                throw new Error(`Could not download artifact ${name}: ${messageOf(error)}`, { cause: error });
            });
            if (result.digestMismatch)
                throw new Error(`Artifact ${name} arrived corrupted: its sha256 differs from the one recorded at upload (${artifact.digest ?? 'none'})`);
            const entries = await external_node_fs_.promises.readdir(staging, { withFileTypes: true, recursive: true });
            const written = [];
            for (const entry of entries.filter((e) => e.isFile())) {
                const from = external_node_path_default().join(entry.parentPath, entry.name);
                const to = external_node_path_default().join(destination, external_node_path_default().relative(staging, from));
                await external_node_fs_.promises.mkdir(external_node_path_default().dirname(to), { recursive: true });
                await external_node_fs_.promises.rename(from, to);
                written.push(to);
            }
            return written.sort();
        }
        finally {
            await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
        }
    }
    async list() {
        const artifacts = await this.listRaw();
        return artifacts.map((a) => ({ name: a.name, size: a.size })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    async listRaw() {
        try {
            // `latest` keeps one per name; names are unique per run, so it only guards against surprises.
            const { artifacts } = await this.call(() => this.client.listArtifacts({ latest: true }));
            return artifacts;
        }
        catch (error) {
            throw new Error(`Could not list the workflow run's artifacts: ${messageOf(error)}`, { cause: error });
        }
    }
    call(action) {
        return this.options.env === undefined ? action() : withArtifactEnv(this.options.env, action);
    }
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
