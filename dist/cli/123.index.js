export const id = 123;
export const ids = [123];
export const modules = {

/***/ 1567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/settings.ts
var settings = __webpack_require__(1922);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 31 modules
var rules = __webpack_require__(1235);
// EXTERNAL MODULE: ./src/core/sections.ts
var core_sections = __webpack_require__(2591);
// EXTERNAL MODULE: ./src/core/headings.ts
var headings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/core/entries.ts
var entries = __webpack_require__(7767);
;// CONCATENATED MODULE: ./src/core/config.ts






/** A configuration file that cannot be used: names the file, the line and the key. */
class ConfigError extends Error {
    file;
    line;
    detail;
    constructor(file, line, detail) {
        super(`${file}${line ? `:${line}` : ''}: ${detail}`);
        this.file = file;
        this.line = line;
        this.detail = detail;
        this.name = 'ConfigError';
    }
}
const CONFIG_FILE_NAMES = ['.execplan.json', '.execplan.yml', '.execplan.yaml'];
const SEVERITIES = ['off', 'warning', 'error'];
/** Rules that own a top-level key (`jargon`), and those that own an entry of one (`phrases.<id>`), from their metadata. */
const ownersOf = (key) => rules/* RULES */.y.filter((rule) => rule.meta.options?.key[0] === key);
const OPTION_KEYS = [...new Set(rules/* RULES */.y.flatMap((rule) => (rule.meta.options ? [rule.meta.options.key[0]] : [])))];
const TOP_LEVEL_KEYS = ['rules', ...OPTION_KEYS, 'sections', 'labels', '$schema'];
const sectionKey = (name) => (0,headings/* normaliseHeading */.H7)(name);
const SECTION_BY_KEY = new Map(core_sections/* REQUIRED_SECTIONS */.$x.map((name) => [sectionKey(name), name]));
/**
 * Reads a configuration file's text (JSON or YAML) into lint settings. Unknown keys, rule ids,
 * section names and bad severities are errors, never ignored.
 */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const lineAt = (node) => {
        const range = node && 'range' in node ? node.range : node && 'key' in node ? node.key?.range : undefined;
        return range ? lineCounter.linePos(range[0]).line : undefined;
    };
    const fail = (node, detail) => {
        throw new ConfigError(file, lineAt(node), detail);
    };
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new ConfigError(file, lineCounter.linePos(error.pos[0]).line, `not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return settings/* DEFAULT_SETTINGS */.a;
    if (!(0,dist/* isMap */.jh)(root))
        return fail(root, 'the configuration must be an object with the keys rules, phrases, jargon, sections and labels.');
    const severities = {};
    const phrases = {};
    const jargon = { allow: [], terms: [] };
    const sections = { ...core_sections/* DEFAULT_SECTION_NAMES */.nv };
    const labels = { ...entries/* DEFAULT_LABEL_NAMES */.wf };
    const keyOf = (pair) => String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
    const mapOf = (pair, what) => {
        if (!(0,dist/* isMap */.jh)(pair.value))
            fail(pair, `"${keyOf(pair)}" must be an object mapping ${what}.`);
        return pair.value.items;
    };
    const stringList = (pair, where) => {
        const value = pair.value;
        if (!(0,dist/* isSeq */.oP)(value))
            return fail(pair, `${where} must be a list of strings, e.g. ["first", "second"].`);
        return value.items.map((item) => {
            if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string' || item.value.trim() === '') {
                return fail(item, `${where} must hold only non-empty strings.`);
            }
            return item.value;
        });
    };
    /** Reads a value against a rule's option schema (lists of strings, objects of them). */
    const valueOf = (pair, schema, where) => {
        if (schema.type === 'array')
            return stringList(pair, `"${where}"`);
        const known = Object.keys(schema.properties);
        const out = {};
        for (const sub of mapOf(pair, known.map((k) => `"${k}"`).join(' and ') + ' to lists')) {
            const name = keyOf(sub);
            if (!known.includes(name))
                fail(sub, `unknown key "${where}.${name}"; use ${known.map((k) => `"${k}"`).join(' or ')}.`);
            out[name] = valueOf(sub, schema.properties[name], `${where}.${name}`);
        }
        return out;
    };
    for (const pair of root.items) {
        const key = keyOf(pair);
        switch (key) {
            case 'rules':
                for (const rulePair of mapOf(pair, 'rule ids to "off", "warning" or "error"')) {
                    const id = keyOf(rulePair);
                    if (!rules/* RULE_IDS */.I.includes(id))
                        fail(rulePair, `unknown rule id "${id}" in "rules"; known rule ids: ${rules/* RULE_IDS */.I.join(', ')}.`);
                    const value = (0,dist/* isScalar */.jn)(rulePair.value) ? rulePair.value.value : undefined;
                    if (typeof value !== 'string' || !SEVERITIES.includes(value)) {
                        fail(rulePair, `bad severity ${JSON.stringify(value ?? null)} for rule "${id}"; use "off", "warning" or "error".`);
                    }
                    severities[id] = value;
                }
                break;
            case 'phrases': {
                const owners = ownersOf('phrases').map((rule) => rule.meta.id);
                for (const phrasePair of mapOf(pair, 'phrase rule ids to lists of phrases')) {
                    const id = keyOf(phrasePair);
                    if (!owners.includes(id))
                        fail(phrasePair, `unknown phrase rule "${id}" in "phrases"; phrase rules: ${owners.join(', ')}.`);
                    phrases[id] = valueOf(phrasePair, rules/* RULES */.y.find((r) => r.meta.id === id).meta.options.schema, `phrases.${id}`);
                }
                break;
            }
            case 'jargon':
                Object.assign(jargon, valueOf(pair, ownersOf('jargon')[0].meta.options.schema, 'jargon'));
                break;
            case 'sections':
                for (const sectionPair of mapOf(pair, 'required section names to lists of heading starts')) {
                    const name = SECTION_BY_KEY.get(sectionKey(keyOf(sectionPair)));
                    if (!name) {
                        fail(sectionPair, `unknown section "${keyOf(sectionPair)}" in "sections"; required sections: ${core_sections/* REQUIRED_SECTIONS */.$x.join(', ')}.`);
                    }
                    const starts = stringList(sectionPair, `"sections.${keyOf(sectionPair)}"`);
                    if (starts.length === 0)
                        fail(sectionPair, `"sections.${keyOf(sectionPair)}" must list at least one heading start.`);
                    sections[name] = starts;
                }
                break;
            case 'labels':
                for (const labelPair of mapOf(pair, 'entry labels to lists of names')) {
                    const name = entries/* LABEL_NAMES */.aX.find((l) => l.toLowerCase() === keyOf(labelPair).trim().toLowerCase());
                    if (!name) {
                        fail(labelPair, `unknown label "${keyOf(labelPair)}" in "labels"; labels: ${entries/* LABEL_NAMES */.aX.join(', ')}.`);
                    }
                    const names = stringList(labelPair, `"labels.${keyOf(labelPair)}"`);
                    if (names.length === 0)
                        fail(labelPair, `"labels.${keyOf(labelPair)}" must list at least one name.`);
                    labels[name] = names.map((n) => n.replace(/[\s:：]+$/u, ''));
                }
                break;
            case '$schema':
                break;
            default:
                fail(pair, `unknown key "${key}"; the configuration keys are ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}.`);
        }
    }
    return { severities, phrases, jargon, sections: sections, labels: labels };
}

// EXTERNAL MODULE: ./src/core/decode.ts
var decode = __webpack_require__(969);
;// CONCATENATED MODULE: ./src/core/config-discovery.ts



/**
 * The one configuration policy. With `explicit`, that file, which must exist. Otherwise the first
 * folder from `start` upwards that holds a configuration file, stopping at the repository root
 * (the folder holding `.git`, or the top of the store). Two configuration files in one folder are
 * an error, because which one applies would be a guess. Every file is decoded as plan text is:
 * UTF-8, never binary.
 */
async function loadConfigFrom(store, start, explicit) {
    if (explicit !== undefined) {
        const bytes = await store.read(explicit.path);
        if (bytes === undefined)
            throw new ConfigError(explicit.path, undefined, `the configuration file does not exist${store.where ?? ''}: check the path given in ${explicit.givenIn}.`);
        return { settings: parseBytes(bytes, explicit.path), path: explicit.path };
    }
    for (let folder = start; folder !== undefined; folder = store.parent(folder)) {
        const names = await store.list(folder);
        const present = CONFIG_FILE_NAMES.filter((name) => names.includes(name)).map((name) => store.join(folder, name));
        if (present.length > 1)
            throw new ConfigError(present[1], undefined, `found ${present.length} configuration files in one folder (${present.join(', ')}): keep one.`);
        if (present.length === 1) {
            const bytes = await store.read(present[0]);
            if (bytes === undefined)
                throw new ConfigError(present[0], undefined, 'the configuration file cannot be read.');
            return { settings: parseBytes(bytes, present[0]), path: present[0] };
        }
        if (names.includes('.git'))
            break;
    }
    return { settings: settings/* DEFAULT_SETTINGS */.a, path: undefined };
}
function parseBytes(bytes, path) {
    const text = (0,decode/* decodePlan */.s)(bytes);
    if ('error' in text)
        throw new ConfigError(path, undefined, text.error.replace('a plan is', 'a configuration file is'));
    return parseConfig(text.text, path);
}

;// CONCATENATED MODULE: ./src/cli/config-file.ts




/**
 * The file system as a configuration store, with paths relative to the working folder (so that
 * messages name files as the user sees them), searched upwards to the repository root.
 */
function fileSystemStore(cwd) {
    return {
        list: (folder) => (0,promises_.readdir)((0,external_node_path_.resolve)(cwd, folder)).catch(() => []),
        read: (path) => (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path)).then((bytes) => new Uint8Array(bytes), (error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw new ConfigError(path, undefined, `cannot read the configuration file (${error.code ?? error.message}).`);
        }),
        parent: (folder) => {
            const full = (0,external_node_path_.resolve)(cwd, folder);
            return (0,external_node_path_.dirname)(full) === full ? undefined : (0,external_node_path_.join)(folder, '..');
        },
        join: (folder, name) => (folder === '.' ? name : (0,external_node_path_.join)(folder, name)),
    };
}
/** The configuration for a command run in `cwd`, or the file given with `--config`. */
function loadConfig(explicitPath, cwd) {
    return loadConfigFrom(fileSystemStore(cwd), '.', explicitPath === undefined ? undefined : { path: explicitPath, givenIn: '--config' });
}


/***/ }),

/***/ 5589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CN: () => (/* binding */ expandPlanPaths),
  wr: () => (/* binding */ readPlanFile)
});

// UNUSED EXPORTS: DEFAULT_PLAN_GLOB, decodePlan

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/core/decode.ts
var decode = __webpack_require__(969);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/io/plan-globs.ts

/**
 * The one test of "is this path a plan" for every mode of the action and for the CLI: a path is
 * a plan when it matches one of the globs and none of the negated ones (`!.plans/archive/**`),
 * whatever their order, as the workspace listing (tinyglobby's `ignore`) has always read them.
 * Given to picomatch as one list, a negated glob matched every path that it did not name.
 */
function planMatcher(globs) {
    const positive = globs.filter((g) => !g.startsWith('!'));
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const include = positive.length ? picomatch_default()(positive, { dot: true }) : () => false;
    const exclude = negative.length ? picomatch_default()(negative, { dot: true }) : () => false;
    return (path) => include(path) && !exclude(path);
}
/** The folder a glob's matches are all under (`.plans` for `.plans/**\/*.md`), or `` for any. */
function globBase(glob) {
    return picomatch_default().scan(glob).base;
}

;// CONCATENATED MODULE: ./src/io/plan-files.ts






/**
 * Reading plan files from a checked-out repository that a pull request may have filled with traps
 * (issue 10, item 5): a symbolic link to `/dev/zero` (a read without end), to `/` (a walk of the
 * whole file system) or to `/tmp/secret.md` (a file outside the repository, printed in a public
 * job summary). So:
 *
 * - listing never follows a symbolic link to a folder, and lists links to files and special files
 *   (pipes, devices, sockets) whose names match, so that reading can say why it refuses them;
 * - only regular files are read, and only when their real path (links resolved) is inside the
 *   repository, if the path as written is;
 * - the size is checked before reading, and again while reading (a file that grows);
 * - at most `READ_CONCURRENCY` files are open at once, and running out of file handles (EMFILE)
 *   is thrown, never reported as "could not be read".
 */
const MAX_PLAN_BYTES = 10 * 1024 * 1024;
const READ_CONCURRENCY = 16;
const IGNORED_FOLDERS = new Set(['node_modules', '.git']);
const isInside = (root, path) => path === root || path.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
function fatal(error) {
    const code = error.code;
    return code === 'EMFILE' || code === 'ENFILE';
}
function reason(error) {
    if (fatal(error))
        throw error;
    const code = error.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'EISDIR')
        return 'is a folder';
    if (code === 'ELOOP')
        return 'a loop of symbolic links';
    return error.message;
}
const cannotRead = (error) => ({
    error: `cannot read the file (${reason(error)}): check the path and its permissions.`,
});
/** Reads one file as bytes, by the rules above; `root` is the repository (or workspace) folder. */
async function readPlanBytes(path, root, maxBytes = MAX_PLAN_BYTES) {
    const full = (0,external_node_path_.resolve)(path);
    let real;
    try {
        await (0,promises_.lstat)(full);
        real = await (0,promises_.realpath)(full);
        const rootReal = await (0,promises_.realpath)(root).catch(() => (0,external_node_path_.resolve)(root));
        if (isInside((0,external_node_path_.resolve)(root), full) && !isInside(rootReal, real))
            return { error: 'is a symbolic link to a file outside the repository: not read.', skipped: true };
    }
    catch (error) {
        if (error.code === 'ENOENT' && (await (0,promises_.lstat)(full).catch(() => undefined)))
            return { error: 'is a symbolic link to a file that does not exist: not read.', skipped: true };
        return cannotRead(error);
    }
    let handle;
    try {
        const info = await (0,promises_.stat)(real);
        if (info.isDirectory())
            return cannotRead(Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
        if (!info.isFile())
            return { error: 'is not a regular file (a device, a pipe or a socket): not read.', skipped: true };
        if (info.size > maxBytes)
            return tooLarge(info.size, maxBytes);
        // O_NOFOLLOW and O_NONBLOCK: a link or a pipe put in place since the checks above is not read.
        handle = await (0,promises_.open)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK);
        const opened = await handle.stat();
        if (!opened.isFile())
            return { error: 'is not a regular file: not read.', skipped: true };
        const buffer = new Uint8Array(Math.min(opened.size, maxBytes) + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length === buffer.length) {
                if (length > maxBytes)
                    return tooLarge(maxBytes, maxBytes, true);
                break;
            }
        }
        return { bytes: buffer.subarray(0, length) };
    }
    catch (error) {
        return cannotRead(error);
    }
    finally {
        await handle?.close();
    }
}
const tooLarge = (size, maxBytes, growing = false) => ({
    error: `is ${growing ? 'over ' : ''}${size} bytes; plans of more than ${maxBytes} bytes are not read.`,
});
/**
 * The files under `cwd` that match `globs` (negated globs exclude), as paths relative to `cwd`
 * with forward slashes, sorted. Regular files, links and special files are listed; links to
 * folders and `node_modules`/`.git` are not entered. A glob that reaches out of `cwd` (`../x`,
 * an absolute path) is listed by tinyglobby without following links.
 */
async function listPlanFiles(cwd, globs, 
/** Called with each matching path whose file name is not valid UTF-8 (shown with U+FFFD). */
onBadName) {
    const isPlan = planMatcher(globs);
    const found = new Set();
    const walked = new Set();
    const walk = async (folder) => {
        if (walked.has(folder))
            return;
        walked.add(folder);
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(cwd, folder), { withFileTypes: true, encoding: 'buffer' });
        }
        catch (error) {
            if (fatal(error))
                throw error;
            return;
        }
        for (const entry of entries) {
            const raw = entry.name;
            const name = raw.toString('utf8');
            const path = folder ? `${folder}/${name}` : name;
            // A name that is not UTF-8 cannot be opened by its decoded text: say so rather than "missing".
            const badName = !Buffer.from(name, 'utf8').equals(raw);
            if (entry.isDirectory()) {
                if (!IGNORED_FOLDERS.has(name) && !badName)
                    await walk(path);
            }
            else if (isPlan(path)) {
                if (badName)
                    onBadName?.(path);
                else
                    found.add(path);
            }
        }
    };
    for (const glob of globs) {
        if (glob.startsWith('!'))
            continue;
        const base = globBase(glob);
        if ((0,external_node_path_.isAbsolute)(glob) || base.split('/').includes('..')) {
            for (const path of await (0,dist/* glob */.TI)([glob], { cwd, dot: true, followSymbolicLinks: false }))
                found.add(path);
            continue;
        }
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(cwd, base)).catch((error) => {
            if (fatal(error))
                throw error;
            return undefined;
        });
        if (info?.isDirectory())
            await walk(base.replace(/\/$/, ''));
        else if (info && isPlan(base))
            found.add(base);
    }
    return [...found].sort();
}
/** Runs `read` on each path with at most `READ_CONCURRENCY` at once, in order. */
function readAll(paths, read) {
    const limit = pLimit(READ_CONCURRENCY);
    return Promise.all(paths.map((path) => limit(() => read(path))));
}
/** The workspace mode of the action: every plan in the workspace, each read by the rules above. */
async function readWorkspacePlans(workspace, globs, warn) {
    const paths = await listPlanFiles(workspace, globs, (path) => warn(`${path} has a file name that is not valid UTF-8, so it was not read: rename it.`));
    return readAll(paths, async (path) => {
        const read = await readPlanBytes(join(workspace, path), workspace);
        if ('error' in read) {
            warn(`${path} ${read.error}`);
            return { path, bytes: undefined };
        }
        return { path, bytes: read.bytes };
    });
}
/** One file of the workspace (the configuration), by the same rules; undefined when absent. */
async function readWorkspaceFile(workspace, path) {
    const full = resolve(workspace, path);
    if (!isInside(resolve(workspace), full))
        throw new Error(`${path} is outside the workspace.`);
    const read = await readPlanBytes(full, workspace);
    return 'bytes' in read ? read.bytes : undefined;
}

// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(5450);
;// CONCATENATED MODULE: ./src/cli/files.ts







const DEFAULT_PLAN_GLOB = '.plans/**/*.md';
/**
 * Expands each argument: a file, a folder (every `*.md` below it) or a glob. Links to folders are
 * not followed; links and special files that match are listed, and reading decides about them
 * (see `src/io/plan-files.ts`).
 */
async function expandPlanPaths(args, cwd) {
    const found = new Set();
    const unmatched = [];
    for (const arg of args) {
        const absolute = (0,external_node_path_.resolve)(cwd, arg);
        const info = await (0,promises_.lstat)(absolute).catch(() => undefined);
        const folder = info?.isDirectory() || (info?.isSymbolicLink() && arg.endsWith('/'));
        if (info && !folder) {
            found.add((0,paths/* displayPath */.G)(cwd, absolute));
        }
        else if (folder) {
            const files = (await listPlanFiles(absolute, ['**/*.md'])).map((f) => (0,paths/* displayPath */.G)(cwd, (0,external_node_path_.resolve)(absolute, f)));
            if (files.length === 0)
                unmatched.push({ arg, reason: 'is a folder with no *.md files in it' });
            for (const file of files)
                found.add(file);
        }
        else if ((0,dist/* isDynamicPattern */.ey)(arg)) {
            const badName = (path) => {
                unmatched.push({
                    arg: path,
                    reason: 'has a file name that is not valid UTF-8, so it cannot be read: rename it',
                    always: true,
                });
            };
            const plans = (await listPlanFiles(cwd, [arg], badName))
                .map((f) => (0,paths/* displayPath */.G)(cwd, (0,external_node_path_.resolve)(cwd, f)))
                .filter((f) => f.endsWith('.md'));
            if (plans.length === 0)
                unmatched.push({ arg, reason: 'matches no *.md file' });
            for (const file of plans)
                found.add(file);
        }
        else {
            unmatched.push({ arg, reason: 'does not exist' });
        }
    }
    return { files: [...found].sort(), unmatched };
}
/**
 * Reads a plan as UTF-8 text; a missing, unreadable, binary or too large file gives an error to
 * report. `skipped` marks a link out of `root` (the repository; by default any folder, for the
 * files named to `progress`, `delta` and `--base`) or a special file.
 */
async function readPlanFile(path, root = (0,external_node_path_.parse)((0,external_node_path_.resolve)(path)).root) {
    const read = await readPlanBytes(path, root);
    if ('error' in read)
        return read;
    return (0,decode/* decodePlan */.s)(read.bytes);
}


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath),
/* harmony export */   H: () => (/* binding */ repositoryRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The repository root: the nearest folder at or above `cwd` that holds `.git` (a folder, or the
 * file of a worktree or submodule); the working folder when there is none.
 */
function repositoryRoot(cwd) {
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, '.git')))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    }
}
/**
 * How a file is named in every output format: relative to the repository root with forward
 * slashes, so that code scanning and workflow annotations attach to the file wherever the
 * command ran; a file outside the root keeps its absolute path.
 */
function displayPath(root, file) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
    return (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? file : rel).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ decodePlan)
/* harmony export */ });
/** Where the first byte that is not UTF-8 sits, as `line L, column C`. */
function firstInvalidUtf8(bytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let low = 0;
    let high = bytes.length;
    // The longest valid prefix, by bisection (a cut inside a character also fails, so allow 3 bytes).
    while (high - low > 1) {
        const mid = (low + high) >> 1;
        try {
            decoder.decode(bytes.subarray(0, mid));
            low = mid;
        }
        catch {
            try {
                decoder.decode(bytes.subarray(0, Math.max(0, mid - 3)));
                low = Math.max(low, mid - 3);
                high = mid;
            }
            catch {
                high = mid;
            }
        }
    }
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, low));
    const lines = prefix.split('\n');
    return `line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
}
/** Decodes bytes as plan text, refusing binary data and invalid UTF-8 with a clear message. */
function decodePlan(bytes) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        const line = bytes.subarray(0, nul).filter((b) => b === 10).length + 1;
        return { error: `not a text file (a NUL byte at line ${line}): a plan is UTF-8 Markdown text.` };
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return { error: `not valid UTF-8 (first bad byte at ${firstInvalidUtf8(bytes)}): save the file as UTF-8.` };
    }
}


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ DEFAULT_DOCS_BASE_URL),
/* harmony export */   Sx: () => (/* binding */ repositoryWebUrl),
/* harmony export */   _3: () => (/* binding */ rulesDocsBase)
/* harmony export */ });
/* unused harmony export DEFAULT_REPOSITORY */
/**
 * Where a rule's documentation page lives, for the version that produced the finding. The engine
 * never guesses it: the command-line tool passes the package's `repository` and version, the
 * action its own repository and ref (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`).
 */
/** The base used when a caller names none: the package's repository at its default branch. */
const DEFAULT_REPOSITORY = 'https://github.com/execplan/execplan';
/**
 * A repository URL as `package.json` writes it (`git+https://github.com/o/r.git`,
 * `github:o/r`, `o/r`, `https://github.com/o/r`) as `https://github.com/o/r`; `undefined` when
 * it is not one of those forms.
 */
function repositoryWebUrl(repository) {
    const trimmed = repository.trim();
    const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
    if (short)
        return `https://github.com/${short[1]}/${short[2]}`;
    const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(trimmed);
    if (url)
        return `https://${url[1]}/${url[2]}/${url[3]}`;
    const scp = /^git@([^:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
    if (scp)
        return `https://${scp[1]}/${scp[2]}/${scp[3]}`;
    return undefined;
}
/** The folder URL of the rule pages at `ref` (a tag such as `v1.2.0`, a branch or a commit), ending in `/`. */
function rulesDocsBase(repositoryUrl, ref) {
    return `${repositoryUrl.replace(/\/+$/, '')}/blob/${encodeURI(ref)}/docs/rules/`;
}
/** The rule pages of the package's repository at its default branch. */
const DEFAULT_DOCS_BASE_URL = rulesDocsBase(DEFAULT_REPOSITORY, 'main');


/***/ }),

/***/ 7767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ reportIncompleteEntries),
/* harmony export */   PC: () => (/* binding */ labelsOf),
/* harmony export */   aX: () => (/* binding */ LABEL_NAMES),
/* harmony export */   wf: () => (/* binding */ DEFAULT_LABEL_NAMES)
/* harmony export */ });
/* unused harmony exports labelPattern, entriesOf, listOf */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3108);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2858);


const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A label such as `Decision:`, matched case-insensitively, bold or not (`**Decision:**`,
 * `**Decision**:`), with an ASCII or a full-width colon (`决策：`). Several names make one
 * pattern that matches any of them.
 */
function labelPattern(label) {
    const names = typeof label === 'string' ? [label] : label;
    const bodies = names.map((name) => name
        .split('/')
        .map((part) => escapeRegExp(part.trim()).replace(/\s+/g, '\\s+'))
        .join('\\s*[/／]\\s*'));
    // A short parenthetical may come before the colon: `Decision (amendment, supersedes …):`.
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?:[ \\t]*[(（][^()\\n]{1,100}[)）])?[*_]*\\s*[:：]`, 'iu');
}
const LABEL_NAMES = ['Decision', 'Rationale', 'Date/Author', 'Observation', 'Evidence'];
/**
 * Built-in names of each label: English first, then Chinese (simplified, traditional), Japanese,
 * Korean, Spanish, Portuguese, French, German and Russian (`docs/languages.md` glosses them).
 */
const DEFAULT_LABEL_NAMES = {
    Decision: [
        'decision',
        '决策',
        '决定',
        '決策',
        '決定',
        '결정',
        'decisión',
        'decisão',
        'décision',
        'entscheidung',
        'решение',
    ],
    Rationale: [
        'rationale',
        'reason',
        '理由',
        '依据',
        '依據',
        '根拠',
        '근거',
        '이유',
        'justificación',
        'razón',
        'justificativa',
        'justificação',
        'razão',
        'justification',
        'raison',
        'begründung',
        'обоснование',
        'причина',
    ],
    'Date/Author': [
        'date/author',
        'date',
        '日期/作者',
        '日期',
        '日付/作成者',
        '日付/担当者',
        '日付',
        '날짜/작성자',
        '날짜',
        'fecha/autor',
        'fecha',
        'data/autor',
        'data',
        'date/auteur',
        'datum/autor',
        'datum',
        'дата/автор',
        'дата',
    ],
    Observation: [
        'observation',
        '观察',
        '觀察',
        '現象',
        '観察',
        '관찰',
        'observación',
        'hallazgo',
        'achado',
        'constatation',
        'befund',
        'observação',
        'constat',
        'beobachtung',
        'наблюдение',
    ],
    Evidence: [
        'evidence',
        '证据',
        '證據',
        '証拠',
        'エビデンス',
        '증거',
        'evidencia',
        'evidência',
        'preuve',
        'beleg',
        'nachweis',
        'доказательство',
        'подтверждение',
    ],
};
const labelCache = new WeakMap();
/** The labels of an entry kind, compiled once per settings object. */
function labelsOf(names, which) {
    let compiled = labelCache.get(names);
    if (!compiled)
        labelCache.set(names, (compiled = new Map()));
    return which.map((name) => {
        let label = compiled.get(name);
        if (!label)
            compiled.set(name, (label = { name, pattern: labelPattern(names[name]) }));
        return label;
    });
}
// Tested on trimmed text: two quantified spaces side by side backtrack quadratically on long runs.
const NOTHING_YET = /^(?:[-*+]\s*)?[(（]?(?:none(?:\s+yet)?|nothing(?:\s+yet)?|n\/a|暂无|暫無|无|無|尚无|なし|特になし|まだなし|없음|아직\s*없음|ninguno(?:\s+todavía)?|nada(?:\s+(?:aún|ainda))?|nenhum(?:\s+ainda)?|aucun(?:e)?(?:\s+pour\s+l'instant)?|rien|keine(?:\s+bisher)?|noch\s+keine|нет|пока\s+нет)[)）]?[.。]?$/iu;
/**
 * The entries of a section: each list item directly in it (nested items belong to their
 * parent), and each paragraph, also inside a block quote, that holds at least one label. A
 * paragraph with no label is an introduction. "None yet." is no entry.
 *
 * `labels[0]` is the label that opens an entry (`Decision:`, `Observation:`). A list item or
 * paragraph that starts with another label (`- Rationale: …` on its own line) continues the
 * entry before it, so entries written one label per list item are read whole.
 */
function entriesOf(plan, section, labels) {
    const { text } = plan.source;
    const entries = [];
    const slice = (node) => text.slice((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .startOffset */ .sF)(node), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .endOffset */ .RI)(node));
    const startsWithLaterLabel = (part) => {
        const body = part.replace(/^\s*(?:[-*+]|\d+[.)])?\s*/, '');
        return labels
            .slice(1)
            .some((label) => label.exec(body)?.index === 0 || label.exec(body.replace(/^[*_]+/, ''))?.index === 0);
    };
    const add = (node, part) => {
        const previous = entries.at(-1);
        if (previous && startsWithLaterLabel(part))
            previous.text += `\n${part}`;
        else
            entries.push({ line: (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOf */ .cA)(plan.source, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .startOffset */ .sF)(node)), text: part });
    };
    const visit = (nodes) => {
        for (const node of nodes) {
            if (node.type === 'list') {
                for (const item of node.children) {
                    const itemText = slice(item);
                    if (NOTHING_YET.test(itemText.trim()))
                        continue;
                    add(item, itemText);
                }
            }
            else if (node.type === 'paragraph') {
                const paragraph = slice(node);
                if (labels.some((label) => label.test(paragraph)))
                    add(node, paragraph);
            }
            else if (node.type === 'blockquote') {
                visit(node.children);
            }
        }
    };
    visit(section.body);
    return entries;
}
/** `a`, `a and b`, `a, b and c`. */
function listOf(items) {
    return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
/**
 * Reports each entry of a living section that lacks some of its labels (`labels[0]` opens an
 * entry); `advice` says what a complete entry holds.
 */
function reportIncompleteEntries(context, sectionName, labels, advice) {
    const section = context.section(sectionName);
    if (!section)
        return;
    const patterns = labels.map((l) => l.pattern);
    for (const entry of entriesOf(context.plan, section, patterns)) {
        const missing = labels.filter((l) => !l.pattern.test(entry.text)).map((l) => l.name);
        if (missing.length === 0)
            continue;
        context.report({
            line: entry.line,
            message: `${sectionName} entry lacks ${listOf(missing)}.${advice ? ` ${advice}` : ''}`,
        });
    }
}


/***/ }),

/***/ 6016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ normaliseHeading),
/* harmony export */   Hj: () => (/* binding */ matchesName),
/* harmony export */   Lq: () => (/* binding */ startsWithName)
/* harmony export */ });
/**
 * Heading text normalisation, as the contract defines it: case-insensitive, leading numbering
 * (`1.`, `2)`, `I.`), emoji and surrounding punctuation removed, `&` read as `and`, runs of
 * white space folded.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
const LEADING_NUMBERING = /^(?:\d+(?:\.\d+)*[.):]?|[ivxlcdm]+[.)]|[a-z][.)])\s+/iu;
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
function normaliseHeading(text) {
    let result = text.replace(EMOJI, ' ').replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
    result = result.replace(EDGE_PUNCTUATION, '');
    // Numbering may sit behind punctuation (`(1) Purpose`) or come back after stripping it.
    for (let i = 0; i < 3 && LEADING_NUMBERING.test(result); i++) {
        result = result.replace(LEADING_NUMBERING, '').replace(EDGE_PUNCTUATION, '');
    }
    return result.toLowerCase();
}
/** Scripts that separate words with spaces: there a name must end on a word boundary. */
const SPACED_SCRIPT_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/**
 * Whether normalised heading text starts with a name as whole words: `progress notes` starts
 * with `progress`, `progressive rollout` does not. In scripts written without spaces between
 * words (Chinese, Japanese, and Korean with its attached particles) a prefix is enough.
 */
const normalisedNames = new Map();
/** A name normalised once: the names are few, the headings they are tried on many. */
function normalisedName(name) {
    let wanted = normalisedNames.get(name);
    if (wanted === undefined) {
        wanted = normaliseHeading(name);
        if (normalisedNames.size < 10_000)
            normalisedNames.set(name, wanted);
    }
    return wanted;
}
function startsWithName(normalised, name) {
    const wanted = normalisedName(name);
    if (!wanted || !normalised.startsWith(wanted))
        return false;
    const next = normalised.charAt(wanted.length);
    if (next === '' || !SPACED_SCRIPT_END.test(wanted))
        return true;
    return !WORD_CHAR.test(next);
}
/** Words that negate what follows: `No progress yet`, `Without decisions`. */
const NEGATIONS = new Set(['non', 'no', 'not', 'without', 'sin', 'sem', 'sans', 'ohne', 'kein', 'keine', 'без', 'не']);
/** Negations in scripts written without spaces: `非目标` (non-goals), `無`, `不`, `未`. */
const CJK_NEGATION = /[非无無不未没沒]/u;
const CJK_QUALIFIER_MAX = 4;
/**
 * Whether normalised heading text is one of the section's names, as the contract says: it
 * starts with the name as whole words (`progress notes`), or one or two qualifying words come
 * before the name and the name ends the heading or is followed by `and …` (`existing context`,
 * `current repository context`, `testing and validation`). A negation or a word joined to the
 * name by a hyphen is no qualifier (`non-decisions`, `no progress yet`). In scripts without
 * spaces between words a qualifier is a short run of characters without a negation (`实施目标`).
 */
function matchesName(normalised, name) {
    if (startsWithName(normalised, name))
        return true;
    const wanted = normalisedName(name);
    if (!wanted)
        return false;
    if (!SPACED_SCRIPT_END.test(wanted)) {
        const at = normalised.indexOf(wanted);
        if (at <= 0 || at > CJK_QUALIFIER_MAX)
            return false;
        const qualifier = normalised.slice(0, at);
        return !CJK_NEGATION.test(qualifier) && /^[\p{L}\p{N} ]+$/u.test(qualifier) && !/\p{Script=Latin}/u.test(qualifier);
    }
    for (let at = normalised.indexOf(wanted); at > 0; at = normalised.indexOf(wanted, at + 1)) {
        if (normalised.charAt(at - 1) !== ' ')
            continue;
        const rest = normalised.slice(at + wanted.length);
        if (!(rest === '' || /^ and\b/u.test(rest) || /^ (?:y|e|et|und|и)\b/u.test(rest)))
            continue;
        const qualifiers = normalised.slice(0, at - 1).split(' ');
        if (qualifiers.length > 2)
            continue;
        if (qualifiers.some((word) => NEGATIONS.has(word) || word.includes('-') || !WORD_CHAR.test(word)))
            continue;
        return true;
    }
    return false;
}


/***/ }),

/***/ 6419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qq: () => (/* binding */ assertWithinLimits),
/* harmony export */   xS: () => (/* binding */ PlanLimitError)
/* harmony export */ });
/* unused harmony exports MAX_NESTING, MAX_INDENT_COLUMNS */
/**
 * Limits on what the engine reads, checked before parsing. The Markdown parser takes more than a
 * minute on a list nested 2,000 levels deep and overflows its stack on block quotes nested
 * 10,000 deep; no real plan comes near these limits, and a plan beyond them gets a clear error
 * instead of a hang or a crash.
 */
const MAX_NESTING = 100;
const MAX_INDENT_COLUMNS = 400;
class PlanLimitError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'PlanLimitError';
    }
}
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
/** Throws a `PlanLimitError` naming the first line that nests block quotes and lists too deeply. */
function assertWithinLimits(text) {
    let line = 1;
    for (let start = 0; start < text.length; line++) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        let depth = 0;
        let columns = 0;
        let i = start;
        while (i < end) {
            const ch = text[i];
            if (ch === ' ')
                columns++;
            else if (ch === '\t')
                columns += 4 - (columns % 4);
            else if (ch === '>')
                depth++;
            else {
                const marker = LIST_MARKER.exec(text.slice(i, Math.min(end, i + 11)));
                if (!marker)
                    break;
                depth++;
                i += marker[0].length;
                continue;
            }
            i++;
        }
        if (depth > MAX_NESTING) {
            throw new PlanLimitError(line, `line ${line} nests lists and block quotes ${depth} levels deep; at most ${MAX_NESTING} are read: flatten it.`);
        }
        if (columns > MAX_INDENT_COLUMNS) {
            throw new PlanLimitError(line, `line ${line} is indented by ${columns} columns; at most ${MAX_INDENT_COLUMNS} are read: flatten the nesting.`);
        }
        start = end + 1;
    }
}


/***/ }),

/***/ 3108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RI: () => (/* binding */ endOffset),
  k1: () => (/* binding */ isCommentOnly),
  Dd: () => (/* binding */ parseMarkdown),
  wh: () => (/* binding */ plainText),
  sF: () => (/* binding */ startOffset),
  GG: () => (/* binding */ walk)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE, DEFAULT_MAX_PIECE_SIZE, WHOLE_PARSE_LIMIT, holdsCode, isParent

// EXTERNAL MODULE: ./node_modules/unified/lib/index.js + 7 modules
var lib = __webpack_require__(3900);
// EXTERNAL MODULE: ./node_modules/remark-parse/lib/index.js + 51 modules
var remark_parse_lib = __webpack_require__(9139);
// EXTERNAL MODULE: ./node_modules/remark-frontmatter/lib/index.js + 5 modules
var remark_frontmatter_lib = __webpack_require__(2569);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __webpack_require__(7749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var lib_syntax = __webpack_require__(1197);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
var mdast_util_gfm_table_lib = __webpack_require__(7421);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js
var mdast_util_gfm_task_list_item_lib = __webpack_require__(6303);
;// CONCATENATED MODULE: ./src/core/cut-points.ts
/** Lines one paragraph may run to before it is cut (the longest in the corpus has 22). */
const MAX_PARAGRAPH_LINES = 256;
/** A line that continues a paragraph rather than starting a list item, quote, table row or heading. */
const PARAGRAPH_LINE = /^ {0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t]|[>|#])\S/;
/** Inside a long stretch without clean cut points, forced cuts come this many times more often. */
const FORCED_PIECE_DIVISOR = 4;
const QUOTE_PREFIX = /^(?: {0,3}>[ \t]?)*/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;
const HEADING = /^#{1,6}(?=[ \t]|$)/;
const LETTER = /^\p{L}/u;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
const CODE_SPAN = /(`+)[^`]*?\1/g;
const BLOCK_COMMENT = /^ {0,3}<!--$/;
function cutPoints(text, { start, minPiece, maxPiece, forced }) {
    const cuts = [];
    let pieceStart = start;
    let lastClean = -1;
    let fence = null;
    // An indented fence taken to have ended at a line indented less (see below).
    let ended = null;
    // An HTML block comment (`<!--` first on its line) runs to `-->`; one inside a paragraph ends with it.
    let comment = null;
    let rawHtmlEnd = null;
    let previousBlank = true;
    let inLongStretch = false;
    let paragraphLines = 0;
    for (let lineStart = start; lineStart < text.length;) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        const line = text.slice(lineStart, lineEnd);
        const prefix = QUOTE_PREFIX.exec(line)[0];
        const quoteDepth = countOf(prefix, '>');
        const rest = line.slice(prefix.length);
        const blank = BLANK.test(line);
        if (fence && quoteDepth < fence.quoteDepth)
            fence = null; // the block quote holding it ended
        // An indented fence may be in a list item, which a line indented less ends. If it was not
        // (an indented fence at the top level runs on), the parse refuses the cut this allows.
        // Its closing fence, if it comes, is then read as a closing fence, not as an opening one.
        if (fence && fence.indent > 0 && !blank && indentOf(rest) < fence.indent)
            [ended, fence] = [fence, null];
        if (fence) {
            const closing = FENCE.exec(rest);
            if (closing && closes(fence, closing))
                fence = null;
        }
        else {
            if (!comment && !rawHtmlEnd && lineStart > pieceStart) {
                const size = lineStart - pieceStart;
                if (HEADING.test(line)) {
                    inLongStretch = false;
                    if (size >= minPiece) {
                        cuts.push(lineStart);
                        pieceStart = lineStart;
                        lastClean = -1;
                    }
                }
                else if (previousBlank && LETTER.test(line)) {
                    inLongStretch = false;
                    if (size > maxPiece) {
                        cuts.push(lineStart);
                        pieceStart = lineStart;
                        lastClean = -1;
                    }
                    else
                        lastClean = lineStart;
                }
                else if (forced && !BLANK.test(line[0] ?? ' ') && !SETEXT_UNDERLINE.test(line)) {
                    // A stretch longer than `maxPiece` with no clean cut point is cut before any line, and
                    // from then on in smaller pieces; so is a paragraph of more than `MAX_PARAGRAPH_LINES`
                    // lines (in one paragraph, the parser's cost grows with the square of its lines). A
                    // piece that is only long is cut at its last clean point.
                    const clean = lastClean > pieceStart ? lastClean : -1;
                    const sinceClean = lineStart - (clean === -1 ? pieceStart : clean);
                    const limit = inLongStretch ? maxPiece / FORCED_PIECE_DIVISOR : maxPiece;
                    const longParagraph = paragraphLines > MAX_PARAGRAPH_LINES;
                    const forceHere = sinceClean > limit || longParagraph;
                    // With no clean point, sinceClean is the piece's size: a long piece always cuts somewhere.
                    if (forceHere || size > maxPiece) {
                        if (clean !== -1 && !longParagraph)
                            cuts.push(clean);
                        if (forceHere) {
                            cuts.push(lineStart);
                            inLongStretch = true;
                            paragraphLines = 0;
                        }
                        pieceStart = cuts[cuts.length - 1];
                        lastClean = -1;
                    }
                }
            }
            const opening = rawHtmlEnd || comment ? null : FENCE.exec(rest);
            if (opening && ended && closes(ended, opening)) {
                ended = null;
            }
            else if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
                fence = { marker: opening[1][0], length: opening[1].length, quoteDepth, indent: indentOf(rest) };
                ended = null;
            }
            else {
                const raw = rawHtmlEnd || comment ? null : RAW_HTML_OPEN.exec(rest);
                if (raw)
                    rawHtmlEnd = `</${raw[1].toLowerCase()}>`;
                if (rawHtmlEnd) {
                    if (line.toLowerCase().includes(rawHtmlEnd))
                        rawHtmlEnd = null;
                }
                else if (comment === 'inline' && blank)
                    comment = null;
                else
                    comment = commentAfter(rest.replace(CODE_SPAN, ''), comment);
            }
        }
        previousBlank = blank;
        paragraphLines = blank || fence || !PARAGRAPH_LINE.test(rest) ? 0 : paragraphLines + 1;
        lineStart = lineEnd + 1;
    }
    return cuts;
}
/** The HTML comment open at the end of a line, given the one open at its start. */
function commentAfter(line, open) {
    for (let at = 0;;) {
        const next = open ? line.indexOf('-->', at) : line.indexOf('<!--', at);
        if (next === -1)
            return open;
        open = open ? null : BLOCK_COMMENT.test(line.slice(0, next + 4)) ? 'block' : 'inline';
        at = next + (open ? 4 : 3);
    }
}
const closes = (fence, line) => line[1][0] === fence.marker && line[1].length >= fence.length && BLANK.test(line[2]);
const indentOf = (line) => line.length - line.trimStart().length;
function countOf(s, ch) {
    let n = 0;
    for (const c of s)
        if (c === ch)
            n++;
    return n;
}

;// CONCATENATED MODULE: ./src/core/inline-budget.ts
/**
 * How many emphasis, link, image and code-span markers (runs of `*`, `_`, `[`, `]`, `!`,
 * backticks) one paragraph, heading or table cell may use before the rest of its markers are
 * read as plain text.
 *
 * micromark, the parser under remark-parse, pairs these markers by walking back over everything
 * before them in the same paragraph, so its time grows with the square of their number: 100,000
 * `*a` in one paragraph take over three minutes, 50,000 unclosed links `[a](` 17 s. Past this
 * budget a marker is plain text, so a paragraph costs at most the budget times its length. The
 * most any corpus plan uses in one paragraph is under a hundred (see `.plans/hostile-input.md`);
 * text stays text, so every phrase and placeholder is still found, only emphasis and links that
 * late in such a paragraph are not recognised.
 */
const INLINE_MARKER_BUDGET = 400;
/**
 * How many code spans, inline HTML and link ends (backticks, `<`, `]`) may fail to parse in one
 * paragraph before the rest of these characters are read as text. Each failed attempt reads on,
 * looking for its end, up to the end of the paragraph: 100,000 unclosed `<!--` in a paragraph
 * took twenty minutes.
 */
const FAILED_ATTEMPT_BUDGET = 32;
const ASTERISK = 42;
const UNDERSCORE = 95;
const LEFT_BRACKET = 91;
const RIGHT_BRACKET = 93;
const EXCLAMATION = 33;
const BACKTICK = 96;
const LESS_THAN = 60;
const spentBy = new WeakMap();
function spentIn(context) {
    const key = context.containerState ?? context;
    let spent = spentBy.get(key);
    if (!spent)
        spentBy.set(key, (spent = { markers: 0, failedAttempts: 0 }));
    return spent;
}
const canFail = (code) => code === BACKTICK || code === LESS_THAN || code === RIGHT_BRACKET;
function tokenizeOverBudget(effects, ok, nok) {
    const spent = spentIn(this);
    let marker = null;
    const start = (code) => {
        const overBudget = (code !== LESS_THAN && spent.markers >= INLINE_MARKER_BUDGET) ||
            (canFail(code) && spent.failedAttempts >= FAILED_ATTEMPT_BUDGET);
        if (!overBudget) {
            if (code !== LESS_THAN)
                spent.markers++;
            return nok(code);
        }
        marker = code;
        effects.enter('data');
        effects.consume(code);
        return run;
    };
    // The whole run, as the parser would take it: `**` is one marker, and so is a run of backticks.
    const run = (code) => {
        if (code === marker) {
            effects.consume(code);
            return run;
        }
        effects.exit('data');
        return ok(code);
    };
    return start;
}
/** Tried after the parser's own constructs for the character: reached only when they all failed. */
function tokenizeFailedAttempt(_effects, _ok, nok) {
    const spent = spentIn(this);
    return (code) => {
        spent.failedAttempts++;
        return nok(code);
    };
}
const overBudget = { name: 'execplanInlineBudget', tokenize: tokenizeOverBudget };
const failedAttempt = { name: 'execplanFailedAttempt', tokenize: tokenizeFailedAttempt, add: 'after' };
/** A micromark extension that reads markers past their budget in one paragraph as text. */
function inlineBudget() {
    return {
        text: {
            [ASTERISK]: overBudget,
            [UNDERSCORE]: overBudget,
            [LEFT_BRACKET]: overBudget,
            [RIGHT_BRACKET]: [overBudget, failedAttempt],
            [EXCLAMATION]: overBudget,
            [BACKTICK]: [overBudget, failedAttempt],
            [LESS_THAN]: [overBudget, failedAttempt],
        },
    };
}

;// CONCATENATED MODULE: ./src/core/markdown.ts









/**
 * The two parts of GitHub Flavored Markdown that plans need: tables and task-list items. The
 * rest of it (literal autolinks, footnotes, strikethrough) changes no finding and costs about a
 * third of the parse; bare URLs are kept out of prose in `src/core/prose.ts` instead. Added last,
 * so tried first: the budget on inline markers that keeps hostile paragraphs linear.
 */
function remarkPlanSyntax(options) {
    const data = this.data();
    const micromark = (data.micromarkExtensions ??= []);
    const fromMarkdown = (data.fromMarkdownExtensions ??= []);
    if (options.tables)
        micromark.push((0,syntax/* gfmTable */.x)());
    micromark.push((0,lib_syntax/* gfmTaskListItem */.J)(), inlineBudget());
    if (options.tables)
        fromMarkdown.push((0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)());
    fromMarkdown.push((0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)());
}
/** One processor for the whole process: building it is the costly part, parsing is not. */
const processor = (0,lib/* unified */.l)().use(remark_parse_lib/* default */.A).use(remarkPlanSyntax, { tables: true }).use(remark_frontmatter_lib/* default */.A, ['yaml']);
/**
 * The same without tables, for text that holds no `|`: a table needs one in its header or its
 * delimiter row, so such text parses to the same tree, and the table construct, which is tried
 * at the start of every line of every paragraph, costs nothing there (6% of the parse on the
 * corpus).
 */
const processorWithoutTables = (0,lib/* unified */.l)()
    .use(remark_parse_lib/* default */.A)
    .use(remarkPlanSyntax, { tables: false })
    .use(remark_frontmatter_lib/* default */.A, ['yaml']);
const parse = (text) => (text.includes('|') ? processor : processorWithoutTables).parse(text);
const DEFAULT_CHUNK_SIZE = 1;
const DEFAULT_MAX_PIECE_SIZE = 8_192;
/**
 * Link reference definitions apply across the whole document, so a plan that has them is parsed
 * in one piece, up to this size; a larger one is cut all the same (its reference links in other
 * pieces read as text), because one long parse can take minutes.
 */
const WHOLE_PARSE_LIMIT = 65_536;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
const FRONT_MATTER = /^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;
/**
 * Parses normalised plan text (see `normaliseText`) into a Markdown syntax tree (mdast), with
 * the same positions as a parse of the whole text.
 *
 * The text is cut where `cutPoints` allows, each piece is parsed on its own, and a cut is kept
 * only when the piece before it does not end in a code or HTML block that runs to its end;
 * otherwise the piece runs on to a later cut point. The equivalence with a whole parse is tested on
 * every corpus plan, cutting at every point allowed.
 */
function parseMarkdown(text, options = {}) {
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const maxPiece = options.maxPieceSize ?? DEFAULT_MAX_PIECE_SIZE;
    if (chunkSize <= 0 || (text.length <= WHOLE_PARSE_LIMIT && DEFINITION.test(text)))
        return parse(text);
    const root = {
        type: 'root',
        children: [],
        position: { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) },
    };
    const frontMatterEnd = FRONT_MATTER.exec(text)?.[0].length ?? 0;
    let chunkStart = 0;
    let lineOffset = 0;
    const cache = options.cache;
    const take = (end) => {
        const piece = text.slice(chunkStart, end);
        const cached = cache?.get(piece);
        if (cached) {
            // Already placed once: copy it, moved from where it was to here.
            if (end < text.length && endsInOpenBlock(cached.tree, piece, cached.offset))
                return false;
            const [offset, lines] = [chunkStart - cached.offset, lineOffset - cached.lines];
            for (const child of cached.tree.children)
                root.children.push(copyShifted(child, offset, lines));
        }
        else {
            const tree = parse(piece);
            if (end < text.length && endsInOpenBlock(tree, piece, 0))
                return false;
            for (const child of tree.children)
                root.children.push(shiftPositions(child, chunkStart, lineOffset));
            cache?.set(piece, { tree, offset: chunkStart, lines: lineOffset });
        }
        lineOffset += countNewlines(piece);
        chunkStart = end;
        return true;
    };
    // A piece that ends inside an open block cannot be cut there: it runs on to a later cut point.
    // After a refusal, the piece is tried again only once it has doubled, so that a run of refused
    // cuts (an HTML block of thousands of headings) costs at most about twice one parse of it.
    let refusedSize = 0;
    for (const cut of cutPoints(text, {
        start: frontMatterEnd,
        minPiece: chunkSize,
        maxPiece,
        forced: options.forcedCuts ?? true,
    })) {
        if (cut - chunkStart < 2 * refusedSize)
            continue;
        refusedSize = take(cut) ? 0 : cut - chunkStart;
    }
    take(text.length);
    return root;
}
/**
 * Whether the piece ends inside a top-level fenced code block or HTML block that would take in
 * the next line. A block followed by a blank line has ended; so has indented code.
 */
function endsInOpenBlock(tree, piece, placedAt) {
    const last = tree.children.at(-1);
    if (!last || (last.type !== 'code' && last.type !== 'html'))
        return false;
    const [start, end] = [startOffset(last) - placedAt, endOffset(last) - placedAt];
    if (/\n[ \t]*\n/.test(piece.slice(end)))
        return false;
    const source = piece.slice(start, end);
    const lastLine = source.slice(source.lastIndexOf('\n') + 1);
    if (last.type === 'code') {
        const fence = /^ {0,3}(`{3,}|~{3,})/.exec(source);
        if (!fence)
            return false;
        const closing = source.includes('\n') ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lastLine) : null;
        return !(closing && closing[1][0] === fence[1][0] && closing[1].length >= fence[1].length);
    }
    // HTML blocks that end at a marker (CommonMark types 1 to 5); the others end only at a blank line.
    const ends = [
        [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
        [/^ {0,3}<!--/, /-->/],
        [/^ {0,3}<\?/, /\?>/],
        [/^ {0,3}<![A-Za-z]/, />/],
        [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    ];
    const kind = ends.find(([start]) => start.test(source));
    return !kind || !kind[1].test(lastLine);
}
function countNewlines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
function pointAtEnd(text) {
    const lastBreak = text.lastIndexOf('\n');
    return { line: countNewlines(text) + 1, column: text.length - lastBreak, offset: text.length };
}
const shifted = (position, offset, lines) => ({
    start: {
        line: position.start.line + lines,
        column: position.start.column,
        offset: (position.start.offset ?? 0) + offset,
    },
    end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
});
function shiftPositions(node, offset, lines) {
    if (node.position)
        node.position = shifted(node.position, offset, lines);
    if (isParent(node))
        for (const child of node.children)
            shiftPositions(child, offset, lines);
    return node;
}
function copyShifted(node, offset, lines) {
    const copy = { ...node };
    if (node.position)
        copy.position = shifted(node.position, offset, lines);
    if (isParent(node))
        copy.children = node.children.map((child) => copyShifted(child, offset, lines));
    return copy;
}
function startOffset(node) {
    return node.position?.start.offset ?? 0;
}
function endOffset(node) {
    return node.position?.end.offset ?? 0;
}
function isParent(node) {
    return 'children' in node;
}
/** Calls `visit` on every node below `node` in document order, with its ancestors. */
function walk(node, visit, ancestors = []) {
    if (!isParent(node))
        return;
    ancestors.push(node);
    for (const child of node.children) {
        // Returning false skips the child's descendants.
        if (visit(child, ancestors) !== false)
            walk(child, visit, ancestors);
    }
    ancestors.pop();
}
/** Plain text of inline content: text and inline code, without HTML. */
function plainText(node) {
    if (node.type === 'text' || node.type === 'inlineCode')
        return node.value;
    if (node.type === 'break')
        return ' ';
    if (isParent(node))
        return node.children.map(plainText).join('');
    return '';
}
/** An HTML node that holds only comments (and white space). */
function isCommentOnly(value) {
    // A scan, not /^\s*(?:<!--[\s\S]*?-->\s*)+$/, which backtracks exponentially when text follows many comments.
    let at = 0;
    let comments = 0;
    for (;;) {
        while (at < value.length && /\s/.test(value[at]))
            at++;
        if (at === value.length)
            return comments > 0;
        if (!value.startsWith('<!--', at))
            return false;
        const close = value.indexOf('-->', at + 4);
        if (close === -1)
            return false;
        at = close + 3;
        comments++;
    }
}
/** Whether any of the nodes is, or holds, a code block or inline code. */
function holdsCode(nodes) {
    let found = false;
    for (const node of nodes) {
        if (node.type === 'code' || node.type === 'inlineCode')
            return true;
        walk(node, (child) => {
            if (child.type === 'code' || child.type === 'inlineCode')
                found = true;
            return !found;
        });
        if (found)
            return true;
    }
    return false;
}


/***/ }),

/***/ 9019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rv: () => (/* binding */ findSection),
  Zi: () => (/* binding */ inSection),
  vS: () => (/* binding */ parsePlan)
});

// EXTERNAL MODULE: ./src/core/source.ts
var core_source = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/core/markdown.ts + 2 modules
var markdown = __webpack_require__(3108);
// EXTERNAL MODULE: ./src/core/headings.ts
var core_headings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
;// CONCATENATED MODULE: ./src/core/prose.ts


const HOLE = '\uFFFC';
const BARE_URL = /(?<![\p{L}\p{N}_])(?:https?:\/\/|www\.)[^\s<>\uFFFC]+/giu;
/** Angle-bracket words that are written as placeholders rather than as HTML, e.g. `<placeholder>`. */
const HTML_ELEMENTS = new Set(('a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta ' +
    'meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script ' +
    'search section select slot small source span strong style sub summary sup table tbody td template textarea ' +
    'tfoot th thead time title tr track u ul var video wbr center font big tt strike').split(' '));
function isWordInBrackets(html) {
    const match = /^<([a-z][\w-]*)>$/i.exec(html);
    return match !== null && !HTML_ELEMENTS.has(match[1].toLowerCase());
}
/**
 * Builds a run as pieces of source text. Where a piece starts in the run and in the source is
 * kept once per piece, not once per character, so long plans stay small in memory.
 */
class RunBuilder {
    source;
    parts = [];
    starts = [];
    sources = [];
    length = 0;
    inlineCode = [];
    linkUrls = [];
    constructor(source) {
        this.source = source;
    }
    piece(text, sourceOffset) {
        if (!text)
            return;
        this.parts.push(text);
        this.starts.push(this.length);
        this.sources.push(sourceOffset);
        this.length += text.length;
    }
    /** Appends source text, folding each line break and its container prefix into one space. */
    appendSource(start, end) {
        const { source } = this;
        let i = start;
        while (i < end) {
            const lineEnd = source.indexOf('\n', i);
            if (lineEnd === -1 || lineEnd >= end) {
                this.piece(source.slice(i, end), i);
                return;
            }
            this.piece(source.slice(i, lineEnd), i);
            this.piece(' ', lineEnd);
            i = lineEnd + 1;
            while (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '>'))
                i++;
        }
    }
    hole(offset) {
        this.piece(HOLE, offset);
    }
    space(offset) {
        this.piece(' ', offset);
    }
    build() {
        // Bare URLs are link URLs too, and not prose.
        const text = this.parts.join('').replace(BARE_URL, (url) => HOLE.repeat(url.length));
        const starts = Int32Array.from(this.starts);
        const sources = Int32Array.from(this.sources);
        return {
            text,
            quoted: blankQuotations(text),
            offsetAt(index) {
                const piece = (0,core_source/* lastAtOrBelow */.O7)(starts, index);
                return sources[piece] + (index - starts[piece]);
            },
            inlineCode: this.inlineCode,
            linkUrls: this.linkUrls,
        };
    }
}
/** Replaces text inside `"…"`, `“…”` and `«…»` pairs (the marks included) with holes. */
function blankQuotations(text) {
    if (!/["“«]/.test(text))
        return text;
    // A pair of marks and what is between them, on the shortest span (unpaired marks stay).
    return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, (quoted) => HOLE.repeat(quoted.length));
}
function appendInline(builder, node) {
    switch (node.type) {
        case 'text':
            builder.appendSource((0,markdown/* startOffset */.sF)(node), (0,markdown/* endOffset */.RI)(node));
            return;
        case 'inlineCode':
            builder.inlineCode.push(node.value);
            builder.hole((0,markdown/* startOffset */.sF)(node));
            return;
        case 'html':
            if (isWordInBrackets(node.value))
                builder.appendSource((0,markdown/* startOffset */.sF)(node), (0,markdown/* endOffset */.RI)(node));
            else
                builder.hole((0,markdown/* startOffset */.sF)(node));
            return;
        case 'break':
            builder.space((0,markdown/* startOffset */.sF)(node));
            return;
        case 'link': {
            builder.linkUrls.push(node.url);
            const onlyChild = node.children.length === 1 ? node.children[0] : undefined;
            // An autolink's text is its URL, and link URLs are not prose.
            const isAutolink = onlyChild?.type === 'text' && (onlyChild.value === node.url || `mailto:${onlyChild.value}` === node.url);
            if (isAutolink)
                builder.hole((0,markdown/* startOffset */.sF)(node));
            else
                for (const child of node.children)
                    appendInline(builder, child);
            return;
        }
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
            builder.hole((0,markdown/* startOffset */.sF)(node));
            return;
        default:
            if ('children' in node)
                for (const child of node.children)
                    appendInline(builder, child);
    }
}
/** Builds the prose run of a paragraph, heading or table cell. */
function proseRunOf(node, source) {
    const builder = new RunBuilder(source);
    for (const child of node.children)
        appendInline(builder, child);
    return builder.build();
}

;// CONCATENATED MODULE: ./src/core/plan-parts.ts



// The pieces `parsePlan` builds a plan from: sections, prose blocks, checkbox items, a wrapping fence.
const MARKDOWN_INFO = /^(?:md|markdown)$/i;
/** The opening fence of a block that wraps the whole plan, and the lines of its fences. */
function wrapperFenceOf(root, firstContentIndex, text) {
    const rest = root.children
        .slice(firstContentIndex)
        .filter((node) => !(node.type === 'html' && (0,markdown/* isCommentOnly */.k1)(node.value)));
    const only = rest[0];
    if (rest.length !== 1 || only.type !== 'code' || !MARKDOWN_INFO.test(only.lang ?? ''))
        return undefined;
    const start = only.position?.start;
    const end = only.position?.end;
    if (!start || !end)
        return undefined;
    const opening = text.slice((0,markdown/* startOffset */.sF)(only), (0,markdown/* startOffset */.sF)(only) + 3);
    if (opening !== '```' && opening !== '~~~')
        return undefined;
    const lines = [start.line];
    // A closing fence is the block's last line, unless the block runs unclosed to the end of the file.
    const lastLine = text.split('\n')[end.line - 1] ?? '';
    if (end.line > start.line && /^\s*(?:`{3,}|~{3,})\s*$/.test(lastLine))
        lines.push(end.line);
    return { line: start.line, column: start.column, lines };
}
/** The text with the given lines (1-based) emptied, every line ending kept. */
function blankLines(text, lines) {
    const all = text.split('\n');
    for (const line of lines)
        all[line - 1] = '';
    return all.join('\n');
}
/**
 * A prose block whose text is built on first use: a base version of a plan, read only for its
 * Progress and its last section, never pays for it.
 */
function proseBlock(node, text, leafIndex, listItem) {
    let run;
    const get = () => (run ??= proseRunOf(node, text));
    return {
        node,
        leafIndex,
        listItem,
        get text() {
            return get().text;
        },
        get quoted() {
            return get().quoted;
        },
        offsetAt: (index) => get().offsetAt(index),
        get inlineCode() {
            return get().inlineCode;
        },
        get linkUrls() {
            return get().linkUrls;
        },
    };
}
function closestListItem(ancestors) {
    for (let i = ancestors.length - 1; i >= 0; i--) {
        const ancestor = ancestors[i];
        if (ancestor.type === 'listItem')
            return ancestor;
    }
    return undefined;
}
function buildSections(root, topHeadings, textLength) {
    const indexOf = new Map();
    root.children.forEach((node, index) => indexOf.set(node, index));
    return topHeadings.map((heading, i) => {
        let endHeading;
        for (let j = i + 1; j < topHeadings.length; j++) {
            if (topHeadings[j].depth <= heading.depth) {
                endHeading = topHeadings[j];
                break;
            }
        }
        const first = (indexOf.get(heading.node) ?? 0) + 1;
        const last = endHeading ? (indexOf.get(endHeading.node) ?? root.children.length) : root.children.length;
        return {
            heading,
            bodyStart: heading.end,
            end: endHeading ? endHeading.start : textLength,
            body: root.children.slice(first, last),
        };
    });
}
function checkboxItemOf(node, source) {
    const parts = [];
    for (const child of node.children) {
        if (child.type === 'list')
            continue;
        parts.push(source.text.slice((0,markdown/* startOffset */.sF)(child), (0,markdown/* endOffset */.RI)(child)));
    }
    const text = parts
        .join(' ')
        .replace(/^\s*\[[ xX]\]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim();
    const start = (0,markdown/* startOffset */.sF)(node);
    const lastOwn = [...node.children].reverse().find((child) => child.type !== 'list');
    return {
        node,
        checked: node.checked === true,
        line: (0,core_source/* pointOf */.qk)(source, start).line,
        endLine: (0,core_source/* lineOf */.cA)(source, Math.max(start, (lastOwn ? (0,markdown/* endOffset */.RI)(lastOwn) : (0,markdown/* endOffset */.RI)(node)) - 1)),
        start,
        text,
    };
}

;// CONCATENATED MODULE: ./src/core/plan.ts





/** Parses a plan; throws a `PlanLimitError` for text nested beyond what the parser can take. */
function parsePlan(raw, options = {}) {
    const source = (0,core_source/* createSource */.gV)(raw);
    (0,limits/* assertWithinLimits */.qq)(source.text);
    let root;
    try {
        root = (0,markdown/* parseMarkdown */.Dd)(source.text, options);
    }
    catch (error) {
        // A stack overflow deep in the parser: the plan is beyond what can be read.
        if (error instanceof RangeError)
            throw new limits/* PlanLimitError */.xS(1, `the plan is nested too deeply to be read (${error.message}): flatten it.`);
        throw error;
    }
    const text = source.text;
    const headings = [];
    const prose = [];
    const leaves = [];
    const checkboxItems = [];
    const comments = [];
    (0,markdown/* walk */.GG)(root, (node, ancestors) => {
        const listItem = closestListItem(ancestors);
        switch (node.type) {
            case 'heading': {
                const headingText = (0,markdown/* plainText */.wh)(node);
                headings.push({
                    node,
                    depth: node.depth,
                    text: headingText,
                    normalised: (0,core_headings/* normaliseHeading */.H7)(headingText),
                    line: (0,core_source/* lineOf */.cA)(source, (0,markdown/* startOffset */.sF)(node)),
                    start: (0,markdown/* startOffset */.sF)(node),
                    end: (0,markdown/* endOffset */.RI)(node),
                    topLevel: ancestors.length === 1,
                });
                addLeaf(node, listItem);
                prose.push(proseBlock(node, text, leaves.length - 1, listItem));
                collectInlineComments(node);
                return false;
            }
            case 'paragraph':
                addLeaf(node, listItem);
                prose.push(proseBlock(node, text, leaves.length - 1, listItem));
                collectInlineComments(node);
                return false;
            case 'table':
                addLeaf(node, listItem);
                (0,markdown/* walk */.GG)(node, (cell) => {
                    if (cell.type !== 'tableCell')
                        return;
                    prose.push(proseBlock(cell, text, leaves.length - 1, listItem));
                    collectInlineComments(cell);
                    return false;
                });
                return false;
            case 'code':
            case 'thematicBreak':
            case 'yaml':
                addLeaf(node, listItem);
                return false;
            case 'html':
                addLeaf(node, listItem);
                addComments(node.value, (0,markdown/* startOffset */.sF)(node));
                return false;
            case 'listItem':
                if (typeof node.checked === 'boolean')
                    checkboxItems.push(checkboxItemOf(node, source));
                return;
            default:
                return;
        }
    });
    function addLeaf(node, listItem) {
        leaves.push({ node, start: (0,markdown/* startOffset */.sF)(node), end: (0,markdown/* endOffset */.RI)(node), listItem });
    }
    // indexOf rather than a lazy pattern, which rescans to the end for each of many unclosed `<!--`.
    function addComments(value, offset) {
        for (let open = value.indexOf('<!--'); open !== -1;) {
            const close = value.indexOf('-->', open + 4);
            if (close === -1)
                return;
            comments.push({
                body: value.slice(open + 4, close),
                line: (0,core_source/* lineOf */.cA)(source, offset + open),
                endLine: (0,core_source/* lineOf */.cA)(source, offset + close + 2),
            });
            open = value.indexOf('<!--', close + 3);
        }
    }
    function collectInlineComments(node) {
        (0,markdown/* walk */.GG)(node, (child) => {
            if (child.type === 'html')
                addComments(child.value, (0,markdown/* startOffset */.sF)(child));
            if (child.type === 'inlineCode')
                return false;
        });
    }
    const topHeadings = headings.filter((h) => h.topLevel);
    const sections = buildSections(root, topHeadings, text.length);
    let firstContentIndex = root.children.findIndex((node) => node.type !== 'yaml' && !(node.type === 'html' && (0,markdown/* isCommentOnly */.k1)(node.value)));
    if (firstContentIndex === -1)
        firstContentIndex = root.children.length;
    const wrapper = wrapperFenceOf(root, firstContentIndex, text);
    if (wrapper) {
        const inner = parsePlan(blankLines(text, wrapper.lines), options);
        return { ...inner, wrapperFence: { line: wrapper.line, column: wrapper.column } };
    }
    return { source, root, headings, sections, prose, leaves, checkboxItems, comments, firstContentIndex };
}
/**
 * The first top-level section, at `minDepth` or deeper, whose heading starts with one of `names`;
 * failing that, the first whose heading has one of them after a short qualifier (`Existing Context`).
 */
function findSection(plan, names, minDepth = 2) {
    const candidates = plan.sections.filter((section) => section.heading.depth >= minDepth);
    return (candidates.find((section) => names.some((name) => (0,core_headings/* startsWithName */.Lq)(section.heading.normalised, name))) ??
        candidates.find((section) => names.some((name) => (0,core_headings/* matchesName */.Hj)(section.heading.normalised, name))));
}
/** Whether an offset lies in a section's body (subsections included). */
function inSection(section, offset) {
    return offset >= section.bodyStart && offset < section.end;
}


/***/ }),

/***/ 8199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cx: () => (/* binding */ progressItems),
  qO: () => (/* binding */ summariseProgress),
  Gg: () => (/* binding */ titleOf)
});

// UNUSED EXPORTS: progressSection, toProgressItem

// EXTERNAL MODULE: ./src/core/plan.ts + 2 modules
var core_plan = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/core/timestamps.ts
var timestamps = __webpack_require__(4054);
// EXTERNAL MODULE: ./src/core/sections.ts
var sections = __webpack_require__(2591);
// EXTERNAL MODULE: ./src/core/source.ts
var source = __webpack_require__(2858);
;// CONCATENATED MODULE: ./src/core/milestone-name.ts
/**
 * The milestone a Progress item names, in any of the ways real plans write it at the start of an
 * item: `Milestone 3: …`, `Milestone 3 follow-up: …`, `Milestone 3 complete — …`,
 * `**Milestone 2**: …`, `[Milestone 1] …`, `M4 complete: …`, `Phase 2 complete: …`. The name is
 * normalised (`Milestone 3`, `Phase 2`; `M4` reads as `Milestone 4`), so that every item of one
 * milestone counts together however it is phrased. An item that only mentions a milestone later
 * (`Fix the bug found in Milestone 2`) names none.
 */
const NAMED = /^[\s\-–—:：·*_[(]*(milestone|phase|stage)\s+(\d+(?:\.\d+)*[a-z]?|[ivx]{1,5}|[a-z])(?![\p{L}\p{N}])/iu;
const SHORT = /^[\s\-–—:：·*_[(]*m(\d+(?:\.\d+)*)(?![\p{L}\p{N}])/iu;
function milestoneOf(text) {
    const named = NAMED.exec(text);
    if (named) {
        const kind = named[1].toLowerCase();
        const id = /^\d/.test(named[2]) ? named[2] : named[2].toUpperCase();
        return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${id}`;
    }
    const short = SHORT.exec(text);
    if (short)
        return `Milestone ${short[1]}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/progress.ts





const COMPLETED_OPENING = /\(\s*completed\s*:/gi;
const REMAINING_LABEL = /;\s*remaining\s*:/i;
/**
 * The "(completed: …; remaining: …)" at the end of an item, read from the last "(completed:".
 * A scan rather than one pattern: a pattern with lazy parts anchored at the end retries from
 * every "(completed:" to the end of the text, which is quadratic on hostile items.
 */
function partialTail(text) {
    const end = (0,source/* trimEnds */.$G)(text, /[\s.]/).length;
    if (text[end - 1] !== ')')
        return null;
    let index = -1;
    let after = 0;
    COMPLETED_OPENING.lastIndex = 0;
    for (let m = COMPLETED_OPENING.exec(text); m && m.index < end; m = COMPLETED_OPENING.exec(text)) {
        [index, after] = [m.index, m.index + m[0].length];
    }
    if (index === -1)
        return null;
    const inside = text.slice(after, end - 1);
    const label = REMAINING_LABEL.exec(inside);
    if (!label)
        return null;
    return {
        index,
        completed: inside.slice(0, label.index).trim(),
        remaining: inside.slice(label.index + label[0].length).trim(),
    };
}
function progressSection(plan, names = sections/* DEFAULT_SECTION_NAMES */.nv.Progress) {
    return (0,core_plan/* findSection */.rv)(plan, names);
}
/** The Progress items: checkbox items anywhere in the Progress section, subsections included. */
function progressItems(plan, section = progressSection(plan)) {
    if (!section)
        return [];
    return plan.checkboxItems.filter((item) => (0,core_plan/* inSection */.Zi)(section, item.start)).map(toProgressItem);
}
function toProgressItem(item) {
    const stamp = (0,timestamps/* readTimestamp */.L)(item.text);
    let text = item.text.slice(stamp.leadingLength);
    const partial = partialTail(text);
    if (partial)
        text = text.slice(0, partial.index);
    text = text.replace(/\s+/g, ' ').trim();
    const status = item.checked ? 'done' : partial ? 'partial' : 'todo';
    const milestone = milestoneOf(text);
    return {
        line: item.line,
        text,
        status,
        timestamp: stamp.iso,
        ...(partial && !item.checked ? { completed: partial.completed, remaining: partial.remaining } : {}),
        ...(milestone ? { milestone } : {}),
        item,
        stamp,
    };
}
function summariseProgress(plan, names) {
    const items = progressItems(plan, progressSection(plan, names));
    const completed = items.filter((i) => i.status === 'done').length;
    const partial = items.filter((i) => i.status === 'partial').length;
    const total = items.length;
    return {
        title: titleOf(plan)?.text.trim() ?? null,
        total,
        completed,
        partial,
        remaining: total - completed - partial,
        percent: total === 0 ? 0 : Math.round((100 * completed) / total),
        items,
        next: items.find((i) => i.status !== 'done') ?? null,
    };
}
/** The level-1 heading the plan starts with, if it does. */
function titleOf(plan) {
    const first = plan.root.children[plan.firstContentIndex];
    if (first?.type !== 'heading' || first.depth !== 1)
        return undefined;
    return plan.headings.find((h) => h.node === first);
}


/***/ }),

/***/ 1961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   fs: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE_URL */
/* harmony import */ var _docs_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7036);

/** Where rule documentation lives when the caller names no base (see `docs-url.ts`); one page per rule id. */
const DOCS_BASE_URL = _docs_url_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DOCS_BASE_URL */ .K7;
/** A rule's docs page under `base` (a folder URL ending in `/`, from `rulesDocsBase`). */
const docsUrl = (ruleId, base = DOCS_BASE_URL) => `${base}${ruleId}.md`;
/** A list of non-empty strings, as phrase and term lists are. */
const stringList = (description) => ({
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description,
});


/***/ }),

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES),
  I: () => (/* binding */ RULE_IDS)
});

// EXTERNAL MODULE: ./src/core/headings.ts
var headings = __webpack_require__(6016);
// EXTERNAL MODULE: ./src/core/source.ts
var core_source = __webpack_require__(2858);
// EXTERNAL MODULE: ./src/core/timestamps.ts
var timestamps = __webpack_require__(4054);
;// CONCATENATED MODULE: ./src/core/fixes.ts



/**
 * The fixes that rules attach to their findings, computed from the plan model. Each returns
 * undefined where a mechanical edit could change what the plan means; the finding then stays
 * for a person to resolve. `src/core/fix.ts` applies them.
 */
/** The living sections whose body may truthfully say "None yet." when nothing is recorded. */
const NONE_YET_SECTIONS = [
    'Surprises & Discoveries',
    'Decision Log',
    'Outcomes & Retrospective',
];
const NONE_YET = 'None yet.';
const CHECKED_BOX = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]*/;
/** Offset right after a checked item's box and the spaces after it, and the rest of its first line. */
function afterBox(plan, item) {
    const { text } = plan.source;
    const lineStart = plan.source.lineStarts[item.line - 1];
    const line = (0,core_source/* lineText */.oZ)(plan.source, item.line);
    const fromMarker = item.item.start - lineStart;
    const box = CHECKED_BOX.exec(line.slice(fromMarker));
    if (!box)
        return undefined;
    const offset = item.item.start + box[0].length;
    const rest = line.slice(fromMarker + box[0].length);
    if (text.slice(offset, offset + rest.length) !== rest)
        return undefined;
    return { offset, rest };
}
const pad = (n) => String(n).padStart(2, '0');
/** The canonical timestamp of a moment: `(2025-01-20 13:00Z)`, with seconds when they are not zero. */
function canonicalStamp(date) {
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const seconds = date.getUTCSeconds() === 0 ? '' : `:${pad(date.getUTCSeconds())}`;
    return `(${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds}Z)`;
}
const FIRST_STAMP_ZONE = /(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b)/;
const EXACT_ZONE = /^(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;
/** A leading timestamp and the punctuation around it, nothing else (so that replacing it drops no words). */
const STAMP_ONLY = /^[\s([]*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?[\s)\]]*(?:[-–—:][ \t]*)?$/;
/**
 * `timestamp-format`: the item's timestamp rewritten to the canonical form, in UTC. Only when its
 * date, time and zone are all known; a leading timestamp is replaced, any other is left in the
 * text and the canonical one put right after the box.
 */
function canonicalTimestampFix(plan, item) {
    const iso = item.stamp.iso;
    if (!iso || !/T\d{2}:\d{2}:\d{2}Z$/.test(iso))
        return undefined;
    // A zone abbreviation can name several zones (CST: US Central, China, Cuba): only exact zones are converted.
    const zone = FIRST_STAMP_ZONE.exec(item.item.text)?.[1];
    if (zone === undefined || !EXACT_ZONE.test(zone))
        return undefined;
    const at = afterBox(plan, item);
    if (!at)
        return undefined;
    const stamp = canonicalStamp(new Date(iso));
    const leading = at.rest.slice(0, (0,timestamps/* readTimestamp */.L)(at.rest).leadingLength);
    if (leading && STAMP_ONLY.test(leading)) {
        const end = at.offset + leading.length;
        const replacement = end >= at.offset + at.rest.length ? stamp : `${stamp} `;
        return { edits: [{ start: at.offset, end, text: replacement }] };
    }
    if (at.rest.trim() === '')
        return undefined;
    return { edits: [{ start: at.offset, end: at.offset, text: `${stamp} ` }] };
}
/** `progress-timestamp`: the date a checked item was done (from git history) put right after its box. */
function datedItemFix(plan, item, date) {
    const at = afterBox(plan, item);
    if (!at || at.rest.trim() === '')
        return undefined;
    return { edits: [{ start: at.offset, end: at.offset, text: `${canonicalStamp(date)} ` }] };
}
const QUOTE_PREFIX = /^(?:[ \t]*>)+/;
/**
 * `heading-blank-line`: a blank line after the heading's last line. Inside a block quote the
 * blank line keeps the quote's markers (taken from the next line, which may also hold a list's
 * indentation, else from the heading's), so that the quote does not end there.
 */
function blankLineAfterFix(plan, headingStart, endLine) {
    const { source } = plan;
    const start = source.lineStarts[endLine];
    if (start === undefined)
        return undefined;
    const headingLine = (0,core_source/* lineOf */.cA)(source, headingStart);
    const before = (0,core_source/* lineText */.oZ)(source, headingLine).slice(0, headingStart - source.lineStarts[headingLine - 1]);
    let prefix = '';
    if (before.includes('>')) {
        const next = QUOTE_PREFIX.exec((0,core_source/* lineText */.oZ)(source, endLine + 1))?.[0];
        prefix = (next ?? QUOTE_PREFIX.exec(before)?.[0] ?? '').trimEnd();
        if (!prefix)
            return undefined;
    }
    return { edits: [{ start, end: start, text: `${prefix}\n` }] };
}
const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
/**
 * `fenced-code`: the block indented by four spaces instead. Only for a closed block at the top of
 * the document, not after a list (an indented block there would join the list item), not a whole
 * plan in a `md` block, and only when indenting keeps its text: no blank first or last line, no
 * indented line right after it.
 */
function indentedCodeFix(plan, leaf) {
    const node = leaf.node;
    if (leaf.listItem)
        return undefined;
    const siblings = plan.root.children;
    const index = siblings.indexOf(node);
    if (index === -1)
        return undefined;
    if (siblings[index - 1]?.type === 'list')
        return undefined;
    if (/^(?:md|markdown)$/i.test(node.lang ?? ''))
        return undefined;
    const { source } = plan;
    const firstLine = (0,core_source/* lineOf */.cA)(source, leaf.start);
    const lastLine = (0,core_source/* lineOf */.cA)(source, Math.max(leaf.start, leaf.end - 1));
    if (lastLine === firstLine || !FENCE_LINE.test((0,core_source/* lineText */.oZ)(source, lastLine)))
        return undefined;
    const lines = node.value.split('\n');
    if (node.value === '' || lines[0].trim() === '' || lines[lines.length - 1].trim() === '')
        return undefined;
    const after = (0,core_source/* lineText */.oZ)(source, lastLine + 1);
    if (after.trim() !== '' && /^(?: {4}|\t)/.test(after))
        return undefined;
    const before = firstLine > 1 ? (0,core_source/* lineText */.oZ)(source, firstLine - 1) : '';
    const blankBefore = firstLine > 1 && before.trim() !== '' ? '\n' : '';
    const indented = lines.map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
    return { edits: [{ start: leaf.start, end: leaf.end, text: blankBefore + indented }] };
}
/** `empty-section`: "None yet." in a living section whose body holds only comments. */
function noneYetFix(plan, section, name) {
    if (!NONE_YET_SECTIONS.includes(name))
        return undefined;
    const last = section.body[section.body.length - 1];
    const at = last?.position?.end.offset ?? section.heading.end;
    if (at > plan.source.text.length)
        return undefined;
    return { edits: [{ start: at, end: at, text: `\n\n${NONE_YET}` }] };
}
/** The template's level-2 sections: heading text and the section's text up to the next one. */
function templateSections(template) {
    const text = template.replace(/\r\n?/g, '\n');
    const starts = [...text.matchAll(/^## (.+)$/gm)];
    return starts.map((m, i) => ({
        heading: m[1],
        text: text.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : text.length).trimEnd(),
    }));
}
/** Whether the plan ends inside something that would take in text appended after it. */
function endsOpen(plan) {
    const last = plan.leaves[plan.leaves.length - 1];
    if (!last)
        return false;
    const { source } = plan;
    if (last.node.type === 'code') {
        // A fence may be indented by up to three spaces.
        const opening = source.text
            .slice(last.start, last.start + 6)
            .replace(/^ {0,3}/, '')
            .slice(0, 3);
        if (opening !== '```' && opening !== '~~~')
            return false;
        const lastLine = (0,core_source/* lineOf */.cA)(source, Math.max(last.start, last.end - 1));
        return lastLine === (0,core_source/* lineOf */.cA)(source, last.start) || !FENCE_LINE.test((0,core_source/* lineText */.oZ)(source, lastLine));
    }
    if (last.node.type === 'html') {
        const value = last.node.value;
        return value.lastIndexOf('<!--') > value.lastIndexOf('-->');
    }
    return false;
}
/**
 * `required-sections`: the missing section appended at the end of the plan, as the template
 * `init` uses writes it (heading, guidance comment, "None yet."). Only for the living sections
 * that may say "None yet." (a Progress, Context, Validation or Purpose section added empty would
 * itself be a finding), only when the template's heading is one the settings accept, and not for
 * Outcomes & Retrospective once every Progress item is checked (it must then be written).
 */
function missingSectionFix(context, name) {
    if (!NONE_YET_SECTIONS.includes(name))
        return undefined;
    const template = context.template();
    if (template === undefined)
        return undefined;
    const accepted = context.settings.sections[name];
    const wanted = templateSections(template).find((s) => accepted.some((start) => (0,headings/* startsWithName */.Lq)((0,headings/* normaliseHeading */.H7)(s.heading), start)));
    if (!wanted || wanted.text.includes('{{') || !wanted.text.includes(NONE_YET))
        return undefined;
    if (name === 'Outcomes & Retrospective') {
        const items = context.progressItems();
        if (items.length > 0 && items.every((item) => item.status === 'done'))
            return undefined;
    }
    const { plan } = context;
    // Text appended to a plan wrapped whole in a fence lands inside the fence, or after it, where it
    // would stop the fence from wrapping the whole plan: no fix there.
    if (endsOpen(plan) || plan.wrapperFence)
        return undefined;
    const { text } = plan.source;
    const prefix = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { edits: [{ start: text.length, end: text.length, text: `${prefix}${wanted.text}\n` }] };
}

// EXTERNAL MODULE: ./src/core/sections.ts
var sections = __webpack_require__(2591);
;// CONCATENATED MODULE: ./src/core/rules/required-sections.ts


/** The heading of the outermost section holding the most checkbox items: what the author uses as Progress. */
function headingHoldingCheckboxes(plan) {
    const starts = plan.checkboxItems.map((item) => item.start);
    if (starts.length === 0)
        return undefined;
    // The items are in document order: count those in a section by bisection.
    const countBelow = (offset) => {
        let low = 0;
        let high = starts.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (starts[mid] < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    let best;
    let most = 0;
    for (const section of plan.sections) {
        if (section.heading.depth < 2)
            continue;
        const count = countBelow(section.end) - countBelow(section.bodyStart);
        if (count > most) {
            best = section.heading;
            most = count;
        }
    }
    return best;
}
const rule = {
    meta: {
        id: 'required-sections',
        description: 'Reports each required section the plan lacks.',
        rationale: 'A reader resumes work from the plan alone, so the living sections (Purpose, Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective) and the Context and Validation sections must always be there to read and to update.',
        defaultSeverity: 'error',
        reportedAt: 'line 1, one finding per missing section',
        tags: ['structure'],
        advice: 'Add a heading (level 2 or deeper) that starts with one of the accepted names of the section (see Options), e.g. `## Decision Log`.',
        fixable: 'appends a missing Surprises & Discoveries, Decision Log or Outcomes & Retrospective section as `init` writes it (heading, guidance comment, "None yet."); not Outcomes once every Progress item is checked, nor the other sections, which an empty stand-in would not satisfy. The action has no template, so it suggests none.',
        notes: 'A heading matches a section when it starts with one of its names as whole words (`Progress Notes`; not `Progressive rollout`), or when one or two qualifying words come before the name and the name ends the heading or is followed by "and …" (`Existing Context`, `Current repository context`, `5. Repository context`, `Testing and validation`); a negation or a hyphen is no qualifier (`Non-Decisions`, `No progress yet`). Each section also has built-in names in Chinese (simplified and traditional), Japanese, Korean, Spanish, Portuguese, French, German and Russian, listed in `docs/languages.md` (`进度`, `進捗`, `진행 상황`, `Progreso`, `Fortschritt`, …). When Progress is missing, the finding names the heading that holds the checkbox items: map it to Progress with `{"sections": {"Progress": ["<that heading>"]}}`. The `sections` key of the configuration file replaces the accepted heading starts of a section, e.g. `{"sections": {"Purpose": ["purpose", "goal"]}}`.',
    },
    check(context) {
        for (const name of sections/* REQUIRED_SECTIONS */.$x) {
            if (context.section(name))
                continue;
            const lookalike = name === 'Progress' ? headingHoldingCheckboxes(context.plan) : undefined;
            context.report({
                line: 1,
                column: 1,
                // The accepted names and how to map others are on the docs page; a lookalike is named here.
                message: lookalike
                    ? // The contract asks for the heading and the mapping here, even past one 100-column line.
                        `No Progress section: the checkboxes under "${lookalike.text}" (line ${lookalike.line}) look like it; ` +
                            `map them with {"sections": {"Progress": ["${lookalike.normalised}"]}}.`
                    : `The plan has no ${name} section.`,
                fix: missingSectionFix(context, name),
            });
        }
    },
};
/* harmony default export */ const required_sections = (rule);

;// CONCATENATED MODULE: ./src/core/rules/progress-checklist.ts
const progress_checklist_rule = {
    meta: {
        id: 'progress-checklist',
        description: 'Reports a Progress section that holds no checkbox item.',
        rationale: 'Progress is where the plan says, step by step, what is done and what is left. Only checkbox items (`- [ ]` and `- [x]`) can be counted, resumed from, and shown as progress on a pull request.',
        defaultSeverity: 'error',
        reportedAt: 'the Progress heading',
        tags: ['progress'],
        advice: 'List the steps as "- [ ] step", and check finished ones as "- [x] (2025-01-20 13:00Z) step".',
    },
    check(context) {
        const section = context.section('Progress');
        if (!section || context.progressItems().length > 0)
            return;
        context.report({
            line: section.heading.line,
            message: 'Progress holds no checkbox item: list steps as "- [ ] step".',
        });
    },
};
/* harmony default export */ const progress_checklist = (progress_checklist_rule);

;// CONCATENATED MODULE: ./src/core/rules/progress-timestamp.ts

const progress_timestamp_rule = {
    meta: {
        id: 'progress-timestamp',
        description: 'Reports a checked Progress item with no date, or with an impossible one.',
        rationale: 'Timestamps on finished steps show when work happened and how fast it moves; a step checked without one cannot be placed in time, and an impossible date (`2025-13-45`) is a typo that hides the real one.',
        defaultSeverity: 'error',
        reportedAt: 'the item',
        tags: ['progress', 'timestamps'],
        advice: 'Write when the item was done right after the box, e.g. "- [x] (2025-01-20 13:00Z) …"; correct an impossible date or time to a real one.',
        fixable: 'in a git repository, dates a checked item that has no date from the commit that checked it (its commit time in UTC), when that commit is unambiguous; an impossible date is left to correct by hand, and so is every item when git cannot tell (the report says why). The action reads no history, so it suggests none.',
    },
    check(context) {
        for (const item of context.progressItems()) {
            if (item.status !== 'done')
                continue;
            if (!item.stamp.found) {
                const date = context.itemDate(item.line);
                context.report({
                    line: item.line,
                    endLine: item.item.endLine,
                    message: 'Checked item has no timestamp, e.g. "(2025-01-20 13:00Z)".',
                    fix: date ? datedItemFix(context.plan, item, date) : undefined,
                });
            }
            else if (!item.stamp.valid) {
                context.report({
                    line: item.line,
                    endLine: item.item.endLine,
                    message: 'Checked item has an impossible date or time.',
                });
            }
        }
    },
};
/* harmony default export */ const progress_timestamp = (progress_timestamp_rule);

;// CONCATENATED MODULE: ./src/core/rules/timestamp-format.ts

const timestamp_format_rule = {
    meta: {
        id: 'timestamp-format',
        description: 'Reports a checked Progress item whose timestamp is not in the canonical form.',
        rationale: 'One form, a parenthesised date, time and zone right after the box, lets people and tools read every timestamp the same way and compare them across time zones.',
        defaultSeverity: 'warning',
        reportedAt: 'the item',
        tags: ['progress', 'timestamps'],
        advice: 'Put the date, time and zone in parentheses right after the box, e.g. "- [x] (2025-01-20 13:00Z) …".',
        fixable: 'rewrites the timestamp to `(YYYY-MM-DD HH:MMZ)` in UTC, converting a numeric offset (`+02:00`, `-0500`), when its date, time and zone are known; a leading timestamp is replaced, any other is kept in the text. A zone abbreviation such as `CST`, which names several zones, and a date without a time are left to fix by hand.',
    },
    check(context) {
        for (const item of context.progressItems()) {
            if (item.status !== 'done' || !item.stamp.found || !item.stamp.valid || item.stamp.canonical)
                continue;
            context.report({
                line: item.line,
                endLine: item.item.endLine,
                message: 'Timestamp is not canonical, e.g. "(2025-01-20 13:00Z)".',
                fix: canonicalTimestampFix(context.plan, item),
            });
        }
    },
};
/* harmony default export */ const timestamp_format = (timestamp_format_rule);

// EXTERNAL MODULE: ./src/core/plan.ts + 2 modules
var core_plan = __webpack_require__(9019);
;// CONCATENATED MODULE: ./src/core/phrase-context.ts

/**
 * What the text around a phrase says about it, for the phrase rules: the same words are a
 * placeholder or an instruction in one place and a mention, a count or a record in another.
 */
/** The text of the block before and after a match. */
const before = (block, match, length = 60) => block.quoted.slice(Math.max(0, match.start - length), match.start);
const after = (block, match, length = 60) => block.quoted.slice(match.end, match.end + length);
/** Sections that record what happened rather than instruct: a phrase there describes, it does not ask. */
const RECORD_SECTIONS = [
    'Progress',
    'Surprises & Discoveries',
    'Decision Log',
    'Outcomes & Retrospective',
];
/** Whether the block is in a living section that records history, or in the revision note (the last section). */
function inRecord(context, block) {
    const offset = block.offsetAt(0);
    if (RECORD_SECTIONS.some((name) => {
        const s = context.section(name);
        return s !== undefined && (0,core_plan/* inSection */.Zi)(s, offset);
    }))
        return true;
    return inRevisionNote(context.plan, offset);
}
/** The last section, when its heading says it is a note about revisions. */
function inRevisionNote(plan, offset) {
    const last = plan.sections.at(-1);
    if (!last || !(0,core_plan/* inSection */.Zi)(last, offset))
        return false;
    return /revision|change ?log|changelog|history|変更|变更|修订|변경|revisi|änderung|изменени/iu.test(last.heading.normalised);
}
/** `TODO` used as a noun or a count: `1 TODO`, `TODO-only files`, `TODO comments`, `the TODO list`. */
const TODO_NOUN_AFTER = /^(?:-[\p{L}]|\s+(?:comments?|lists?|items?|markers?|entries|entry|counts?|files?|tags?|notes?|lines?|apps?|blocks?|sections?|scanners?|checks?|rules?|annotations?)\b)/u;
const COUNT_BEFORE = /(?:\d|\bno|\bany|\bthe|\beach|\bevery|\bor|\bone|\btwo|\bzero)[\s,]*$/iu;
function isPlaceholderNoun(block, match) {
    const word = match.text;
    if (!/^(?:TODO|FIXME|XXX|TBD)$/.test(word))
        return false;
    if (TODO_NOUN_AFTER.test(after(block, match, 20)))
        return true;
    // A count among other counts: `1 passed, 1 TODO`.
    return (/\d\s*$/.test(before(block, match, 3)) ||
        (COUNT_BEFORE.test(before(block, match, 8)) &&
            /^\s*(?:[,.;)]|$)/.test(after(block, match, 3)) &&
            /\d/.test(before(block, match, 40))));
}
/** `to be filled`, `to be completed`: a placeholder only when it stands alone (in parentheses, or as the whole block). */
function standsAlone(block, match) {
    const pre = before(block, match, 40);
    const post = after(block, match, 60);
    if (/[(（[]\s*$/.test(pre))
        return true;
    return /^\s*[-*+]?\s*$/.test(pre.replace(/^.*[.:!?]\s/s, '')) && /^[^.]{0,40}[.。)）]?\s*$/.test(post);
}
/** Verbs that make `accordingly` an instruction: `update the prompts accordingly`. */
const ACCORDINGLY_VERB = /\b(?:update|updates|adjust|adjusts|change|changes|modify|modifies|adapt|adapts|configure|set|fix|edit|tweak|revise|handle|amend|rename|refactor)\b[^.;:!?]{0,40}$/iu;
function isAccordinglyInstruction(block, match) {
    return ACCORDINGLY_VERB.test(before(block, match, 60));
}

;// CONCATENATED MODULE: ./src/core/placeholder-phrases.ts
/**
 * The built-in placeholder phrases: what the `placeholder` rule reports, and (its words in
 * capitals) what `undefined-jargon` never counts as an acronym.
 */
const PLACEHOLDER_PHRASES = [
    'TBD',
    'TBA',
    'TODO',
    'FIXME',
    'XXX',
    'to be determined',
    'to be decided',
    'fill in later',
    'lorem ipsum',
    '<placeholder>',
    // Placeholder notes as real plans word them; they count only standing alone.
    'to be filled',
    'to be filled in',
    'to be filled during implementation',
    'to be completed',
    'to be written',
    'to be added',
    'to be confirmed',
    'to be defined',
    'TBC',
];

;// CONCATENATED MODULE: ./src/core/phrases.ts
/** Text made literal inside a regular expression. */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const isCapitalsOnly = (phrase) => /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
/** A word (letters, digits, `_`) or any other character that is not white space. */
const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;
/** Joins a token to the one before it in a trie key: after white space, or right after it. */
const AFTER_SPACE = ' ';
const ADJACENT = '\u0000';
function tokenize(text) {
    const starts = [];
    const ends = [];
    const words = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
        words.push(m[0]);
    }
    return { starts, ends, words };
}
const fold = (word) => word.toLowerCase();
const keyOf = (tokens, i) => (i === 0 || tokens.starts[i] > tokens.ends[i - 1] ? AFTER_SPACE : ADJACENT) + fold(tokens.words[i]);
function compilePhrases(phrases) {
    const root = { children: new Map(), terminals: null };
    for (const phrase of new Set(phrases.map((p) => p.trim()).filter(Boolean))) {
        const tokens = tokenize(phrase);
        if (!tokens.words.length)
            continue;
        let node = root;
        for (let i = 0; i < tokens.words.length; i++) {
            const key = keyOf(tokens, i);
            let child = node.children.get(key);
            if (!child) {
                child = { children: new Map(), terminals: null };
                node.children.set(key, child);
            }
            node = child;
        }
        (node.terminals ??= []).push({ exact: isCapitalsOnly(phrase) ? tokens.words : null });
    }
    return {
        find(text) {
            const tokens = tokenize(text);
            const found = [];
            const { starts, ends, words } = tokens;
            for (let first = 0; first < words.length; first++) {
                // The first token is keyed as if after white space, whatever stands before it.
                let node = root.children.get(AFTER_SPACE + fold(words[first]));
                let longestEnd = -1;
                for (let i = first; node;) {
                    if (node.terminals && node.terminals.some((t) => matchesExactly(t, words, first)))
                        longestEnd = ends[i];
                    if (++i >= words.length)
                        break;
                    node = node.children.get(keyOf(tokens, i));
                }
                if (longestEnd !== -1)
                    found.push({ start: starts[first], end: longestEnd, text: text.slice(starts[first], longestEnd) });
            }
            return longestWithoutOverlap(found, text.length);
        },
    };
}
function matchesExactly(terminal, words, first) {
    const { exact } = terminal;
    return !exact || exact.every((word, j) => words[first + j] === word);
}
/**
 * The longest matches, earliest first among equals, that overlap no longer one. Matches are taken
 * longest first; a match that overlaps one already kept (which is at least as long) holds one of
 * its two ends inside it, so marking the kept matches' characters makes each test two look-ups,
 * and the whole linear in the text (after sorting the matches).
 */
function longestWithoutOverlap(matches, length) {
    if (matches.length < 2)
        return matches;
    const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(length);
    const kept = [];
    for (const match of byLength) {
        if (taken[match.start] || taken[match.end - 1])
            continue;
        taken.fill(1, match.start, match.end);
        kept.push(match);
    }
    return kept.sort((a, b) => a.start - b.start);
}

// EXTERNAL MODULE: ./src/core/rule.ts
var core_rule = __webpack_require__(1961);
;// CONCATENATED MODULE: ./src/core/phrase-rule.ts



/**
 * Builds a rule that reports each use of a phrase in prose, at the phrase's first word.
 * Configured phrases extend the built-in list; matchers are cached per list.
 */
function createPhraseRule(spec) {
    const cache = new Map();
    const matcherFor = (extra) => {
        const key = extra.join('\u0000');
        let matcher = cache.get(key);
        if (!matcher) {
            matcher = compilePhrases([...spec.phrases, ...extra]);
            cache.set(key, matcher);
        }
        return matcher;
    };
    const meta = {
        ...spec.meta,
        options: {
            key: ['phrases', spec.meta.id],
            schema: (0,core_rule/* stringList */.Yn)(`Phrases that ${spec.meta.id} reports, besides the built-in ones.`),
        },
    };
    return {
        meta,
        phrases: spec.phrases,
        check(context) {
            const matcher = matcherFor(context.settings.phrases[spec.meta.id] ?? []);
            const { source } = context.plan;
            for (const block of context.plan.prose) {
                for (const match of matcher.find(block.quoted)) {
                    if (spec.applies && !spec.applies(context, block, match))
                        continue;
                    const start = (0,core_source/* pointOf */.qk)(source, block.offsetAt(match.start));
                    const end = (0,core_source/* pointOf */.qk)(source, block.offsetAt(match.end - 1) + 1);
                    context.report({
                        line: start.line,
                        column: start.column,
                        endLine: end.line,
                        endColumn: end.column,
                        message: spec.message(match.text.replace(/\s+/g, ' ')),
                    });
                }
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/core/rules/placeholder.ts



/* harmony default export */ const placeholder = (createPhraseRule({
    meta: {
        id: 'placeholder',
        description: 'Reports an unresolved placeholder (`TBD`, `TODO`, `to be determined`, …) in prose.',
        rationale: 'A placeholder is a decision or a fact the plan does not contain yet. A newcomer executing the plan cannot resolve it, so the plan is not self-contained until it is replaced.',
        defaultSeverity: 'error',
        reportedAt: "the phrase's first word",
        tags: ['phrases', 'self-containment'],
        advice: 'Replace the placeholder with the actual value or decision; if it is not known yet, say what it depends on and who decides.',
        notes: '`phrases.placeholder` in the configuration file adds phrases. `TBD`, `TBA`, `TODO`, `FIXME` and `XXX` match only in capitals (so "a todo app" is fine); a configured phrase written in capitals also matches only in capitals. `TODO` used as a noun or a count (`TODO comments`, `TODO-only files`, `1 passed, 1 TODO`) is no placeholder. Notes such as "(To be filled during implementation)" or "(To be completed.)" are placeholders when they stand alone, in parentheses or as a whole line; "the migration is to be completed by Friday" is not.',
    },
    phrases: PLACEHOLDER_PHRASES,
    applies: (_context, block, match) => {
        if (isPlaceholderNoun(block, match))
            return false;
        if (/^to\s+be\s+(?:filled|completed|written|added|confirmed|defined)/i.test(match.text))
            return standsAlone(block, match);
        return true;
    },
    message: (phrase) => `"${phrase}" is an unresolved placeholder.`,
}));

;// CONCATENATED MODULE: ./src/core/rules/external-reference.ts


const phraseRule = createPhraseRule({
    meta: {
        id: 'external-reference',
        description: 'Reports a phrase that points at knowledge outside the plan ("as discussed", "see the wiki", …).',
        rationale: 'The reader has only the working tree and this one file. A reference to a conversation, a wiki or another document leaves them without the knowledge the plan depends on; the plan must say it in its own words.',
        defaultSeverity: 'error',
        reportedAt: "the phrase's first word",
        tags: ['phrases', 'self-containment'],
        advice: 'Write down what the reader needs to know here, in your own words.',
        notes: '`phrases.external-reference` in the configuration file adds phrases. A plan that says it follows, or is maintained per, a file outside the repository (a path climbing out with `../` to another folder that the link does not name inside the repository, or a home folder such as `~/`) is reported too: the reader has only this repository.',
    },
    phrases: [
        'as discussed',
        'as we discussed',
        'as agreed',
        'as defined previously',
        'as described previously',
        'see the architecture doc',
        'see the design doc',
        'according to the architecture doc',
        'per the RFC',
        'refer to the wiki',
        'see the wiki',
        'see the ticket',
        'see slack',
        'the previous plan',
    ],
    message: (phrase) => `"${phrase}" points at knowledge outside the plan.`,
});
/** A verb that makes a path the rules the plan follows: `follows ../other-repo/PLANS.md`. */
const FOLLOWS = /\b(?:follows?|following|per|according to|described in|defined in|maintained (?:per|under|according to)|see|governed by|as in|based on)\s*[*_]*\s*[`[(]*\s*$/iu;
/** Where a path that leaves the repository starts: up and out (`../other-repo/…`), or a home folder. */
const OUTSIDE_START = /\.\.\/|~\/|\/home\/|\/Users\//g;
const OUTSIDE = /^(?:(?:\.\.\/)+[^\s/]+\/\S*|~\/\S+|\/(?:home|Users)\/\S+)$/u;
const external_reference_rule = {
    ...phraseRule,
    check(context) {
        phraseRule.check(context);
        const { text } = context.plan.source;
        for (const block of context.plan.prose) {
            const start = block.node.position?.start.offset;
            const end = block.node.position?.end.offset;
            if (start === undefined || end === undefined)
                continue;
            const source = text.slice(start, end);
            // Each place a path may leave the repository, looked at once: linear in the block.
            OUTSIDE_START.lastIndex = 0;
            let seenUntil = 0;
            for (let m = OUTSIDE_START.exec(source); m; m = OUTSIDE_START.exec(source)) {
                if (m.index < seenUntil)
                    continue;
                // The path is the code span or link target around the match: back to its opening, on to its end.
                let from = m.index;
                while (from > 0 && source[from - 1] === '.')
                    from--;
                while (from > 0 && source[from - 1] === '/')
                    from--;
                const opener = source[from - 1];
                if (opener !== '`' && opener !== '(')
                    continue;
                let to = m.index;
                while (to < source.length && !/[\s`)]/.test(source[to]))
                    to++;
                seenUntil = to;
                const path = source.slice(from, to);
                if (!OUTSIDE.test(path))
                    continue;
                if (opener === '(') {
                    // A link whose text names a path inside the repository (`[docs/x.md](../../x.md)`) is inside it.
                    if (source[from - 2] !== ']')
                        continue;
                    const open = source.lastIndexOf('[', from - 2);
                    const linkText = open === -1 ? '' : source.slice(open + 1, from - 2);
                    if (/^[\w.-]+\/[\w./-]+$/.test(linkText.replace(/`/g, '')))
                        continue;
                    if (!FOLLOWS.test(source.slice(Math.max(0, open - 40), open + 1)))
                        continue;
                }
                else if (!FOLLOWS.test(source.slice(Math.max(0, from - 41), from)))
                    continue;
                const at = (0,core_source/* pointOf */.qk)(context.plan.source, start + from);
                const until = (0,core_source/* pointOf */.qk)(context.plan.source, start + to);
                context.report({
                    line: at.line,
                    column: at.column,
                    endLine: until.line,
                    endColumn: until.column,
                    // The path can be long; its end names the file, and the column points at all of it.
                    message: `"${path.length > 20 ? `…${path.slice(-19)}` : path}" is outside the repository.`,
                });
            }
        }
    },
};
/* harmony default export */ const external_reference = (external_reference_rule);

;// CONCATENATED MODULE: ./src/core/rules/outsourced-decision.ts

/* harmony default export */ const outsourced_decision = (createPhraseRule({
    meta: {
        id: 'outsourced-decision',
        description: 'Reports a phrase that hands a decision to the reader ("use your best judgment", "up to you", …).',
        rationale: 'A plan resolves its own ambiguities. Leaving a choice to the reader makes two executions of the same plan diverge; decide, and record why in the Decision Log.',
        defaultSeverity: 'error',
        reportedAt: "the phrase's first word",
        tags: ['phrases', 'decisions'],
        advice: 'Make the decision in the plan and record it in the Decision Log.',
        notes: '`phrases.outsourced-decision` in the configuration file adds phrases.',
    },
    phrases: [
        'use best judgment',
        'use your best judgment',
        'use your judgment',
        'use best judgement',
        'choose an appropriate',
        'choose a suitable',
        'pick an appropriate',
        'pick a suitable',
        'at your discretion',
        'as you see fit',
        'up to you',
        'whichever you prefer',
        'optional but recommended',
        'recommended but optional',
        'if you prefer',
        'if you want',
        'if desired',
        'your choice',
        'your call',
        'use judgment',
        'use judgement',
        'use your own judgment',
        'use your own judgement',
        "at the implementer's discretion",
        'at the discretion of',
        'choose whichever',
        'pick whichever',
    ],
    message: (phrase) => `"${phrase}" leaves a decision to the reader.`,
}));

// EXTERNAL MODULE: ./src/core/markdown.ts + 2 modules
var markdown = __webpack_require__(3108);
;// CONCATENATED MODULE: ./src/core/rules/vague-acceptance.ts


/**
 * Whether the paragraph or list item around a phrase makes it specific: it holds inline code,
 * or a code block follows it before the next paragraph, list item or heading, or (for a
 * paragraph) the block right before it is a code block, whose result it states.
 */
function isSpecific(context, block) {
    const { leaves } = context.plan;
    const unit = block.listItem;
    if (unit) {
        let hasCode = false;
        (0,markdown/* walk */.GG)(unit, (node) => {
            if (node.type === 'list')
                return false; // nested items are items of their own
            if (node.type === 'inlineCode' || node.type === 'code')
                hasCode = true;
        });
        if (hasCode)
            return true;
    }
    else if (block.inlineCode.length > 0) {
        return true;
    }
    // A command shown right before the paragraph: `    pytest` then "Expected: all tests pass".
    let first = block.leafIndex;
    while (first > 0 && unit && leaves[first - 1].start >= (unit.position?.start.offset ?? 0))
        first--;
    if (first > 0 && leaves[first - 1].node.type === 'code' && !unit)
        return true;
    const unitEnd = unit?.position?.end.offset ?? leaves[block.leafIndex].end;
    let i = block.leafIndex + 1;
    while (i < leaves.length && leaves[i].start < unitEnd)
        i++;
    for (; i < leaves.length; i++) {
        const leaf = leaves[i];
        if (leaf.node.type === 'code')
            return true;
        if (leaf.node.type === 'paragraph' || leaf.node.type === 'heading')
            return false;
    }
    return false;
}
/** A phrase made specific by the counts that follow it in its sentence: `tests pass (22 tests)`. */
function countedInPlace(text, end) {
    const rest = text.slice(end, end + 80).split(/[.;](?:\s|$)/)[0];
    return /\d+\s*(?:tests?|passed|passing|checks?|specs?|cases?|suites?)\b/i.test(rest);
}
/* harmony default export */ const vague_acceptance = (createPhraseRule({
    meta: {
        id: 'vague-acceptance',
        description: 'Reports acceptance phrased without specifics ("tests should pass", "works as expected", …).',
        rationale: 'Acceptance is behaviour a person can check. "Tests should pass" does not say which command to run or what it prints; name both, and the phrase becomes specific.',
        defaultSeverity: 'warning',
        reportedAt: "the phrase's first word",
        tags: ['phrases', 'validation'],
        advice: 'Name the command to run and the output that proves success, e.g. "`npm test` prints 42 passed, 0 failed".',
        notes: 'Besides the listed phrases, any "… tests pass" (`All existing tests pass.`, `Backend tests pass under Python 3.14.`) is matched. A phrase is not reported when its paragraph or list item holds inline code, or a code block follows it before the next paragraph, list item or heading. `phrases.vague-acceptance` in the configuration file adds phrases.',
    },
    phrases: [
        'tests should pass',
        'all tests pass',
        'should work correctly',
        'works correctly',
        'works as expected',
        'should work',
        'verify it works',
        'make sure it works',
        'ensure it works',
        // Variants with the same meaning: which tests, in which words, still names no command.
        'tests pass',
        'tests still pass',
        'tests should still pass',
        'tests are passing',
        'tests are green',
        'tests passing',
        'tests must pass',
        'tests will pass',
        'test suite passes',
        'everything works',
        'everything passes',
        'works fine',
        'works properly',
        'should work as expected',
        'confirm it works',
        'check that it works',
    ],
    message: (phrase) => `"${phrase}" is not checkable: show a command.`,
    applies: (context, block, match) => !isSpecific(context, block) && !countedInPlace(block.quoted, match.end),
}));

;// CONCATENATED MODULE: ./src/core/rules/vague-instruction.ts


/** The contract's phrases (`etc.` aside), reported wherever they stand. */
const CONTRACT_PHRASES = new Set([
    'as needed',
    'as necessary',
    'if necessary',
    'as appropriate',
    'configure appropriately',
    'update accordingly',
    'handle edge cases',
    'and so on',
]);
/* harmony default export */ const vague_instruction = (createPhraseRule({
    meta: {
        id: 'vague-instruction',
        description: 'Reports an instruction with no concrete content ("as needed", "update accordingly", "etc.", …).',
        rationale: 'An instruction a newcomer can follow names what to do. "As needed" or "handle edge cases" asks them to guess which cases and which changes.',
        defaultSeverity: 'warning',
        reportedAt: "the phrase's first word",
        tags: ['phrases', 'clarity'],
        advice: 'Say exactly what to do and when: the file, the setting, the value, the condition.',
        notes: '`phrases.vague-instruction` in the configuration file adds phrases. Variants with the same meaning are matched too: `if needed`, `where necessary`, `etc` without its full stop, and `accordingly` after a verb of change (`update the prompts accordingly`). A list closed by `etc.` in a record (Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective, a revision note) describes rather than instructs and is not reported.',
    },
    phrases: [
        ...CONTRACT_PHRASES,
        'etc.',
        // Word-order and spelling variants with the same meaning.
        'etc',
        'if needed',
        'when needed',
        'where needed',
        'as required',
        'where necessary',
        'when necessary',
        'where appropriate',
        'when appropriate',
        'if appropriate',
        'accordingly',
        'handle any edge cases',
        'handle all edge cases',
        'handle the edge cases',
        'and the like',
        'and so forth',
    ],
    applies: (context, block, match) => {
        const phrase = match.text.toLowerCase().replace(/\s+/g, ' ');
        // The contract's phrases are reported wherever they are; the variants only where the plan instructs.
        if (!CONTRACT_PHRASES.has(phrase) && inRecord(context, block))
            return false;
        if (phrase === 'accordingly')
            return isAccordinglyInstruction(block, match);
        // A variant followed by its criterion is specific: "widen it when needed so the bowl stays below 20°".
        if (!CONTRACT_PHRASES.has(phrase) && /^,?\s+(?:so(?:\s+that)?|until|to\s+keep)\b/i.test(after(block, match, 20)))
            return false;
        // A list closed by "etc." in a record (Progress, the logs, the revision note) describes, it does not instruct.
        if (phrase.startsWith('etc'))
            return !inRecord(context, block);
        // "as required by the contract" names its requirement.
        if (phrase === 'as required')
            return !/^\s+(?:by|in|for|under)\b/i.test(after(block, match, 10));
        return true;
    },
    message: (phrase) => `"${phrase}" is vague: say exactly what to do.`,
}));

;// CONCATENATED MODULE: ./src/core/jargon-definitions.ts


const WORD = '[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*';
const MARK = '[*_`]*';
// What starts an explanation after a term: a parenthesis, a defining verb, ", which", ", that is",
// or a colon or dash followed by more text on the same line.
const EXPLANATION_START = /\(|(?<![\p{L}\p{N}])(?:means|is an?|are|is the|refers? to|stands for)(?![\p{L}])|,[ \t]*(?:which|that is)(?![\p{L}])|(?::|—|–|--|(?<=[ \t])-)(?=[ \t]*[^\s])/gu;
const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const isWordChar = (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 128)
        return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
    return WORD_CHAR.test(ch);
};
const isBlank = (ch) => ch === ' ' || ch === '\t';
/** The one to three words right before `end` on its line, past white space and emphasis marks. */
function wordsBefore(text, end, lineStart) {
    let i = end;
    while (i > lineStart && isBlank(text[i - 1]))
        i--;
    while (i > lineStart && '*_`'.includes(text[i - 1]))
        i--;
    const words = [];
    while (words.length < 3) {
        let j = i;
        while (j > lineStart && isWordChar(text[j - 1]))
            j--;
        const word = text.slice(j, i).replace(/^[_-]+/, '');
        if (!word)
            break;
        words.unshift(word);
        i = j;
        if (i === lineStart || !isBlank(text[i - 1]))
            break;
        while (i > lineStart && isBlank(text[i - 1]))
            i--;
    }
    return words.length ? words.join(' ') : undefined;
}
// A term in parentheses right after its expansion: `JSON Web Token (JWT)`, or after its
// expansion inside them: `(behaviour-driven development, BDD)`.
const IN_PARENTHESES = new RegExp(`\\([ \\t]*${MARK}((?:${WORD}[ \\t]+){0,2}${WORD})${MARK}[ \\t]*\\)`, 'gu');
const EXPANSION_THEN_ACRONYM = /\(([^()\n]{3,120}?),[ \t]*[*_`]*([A-Z][A-Z0-9]{1,5})s?[*_`]*[ \t]*\)/gu;
const ACRONYM_SHAPE = /^[A-Z][A-Z0-9]{1,5}s?$/;
const SMALL_WORDS = new Set([
    'of',
    'and',
    'the',
    'for',
    'to',
    'a',
    'an',
    'in',
    'on',
    'with',
    'de',
    'la',
    'el',
    'le',
    'des',
    'du',
    'da',
    'do',
]);
/**
 * Whether the words before a parenthesised acronym are its expansion: their initials (small
 * words may be skipped), or its letters in order, each word giving at least one and starting
 * with its first letter (`JavaScript XML (JSX)`, `PostgreSQL (PG)`). `10 (RVO)` is no expansion.
 */
function fitsAcronym(before, acronym) {
    const letters = acronym
        .replace(/s$/, '')
        .replace(/[^A-Z]/g, '')
        .toLowerCase();
    if (letters.length < 2)
        return false;
    const words = before
        .split(/[\s\-–—/]+/)
        .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter(Boolean)
        .slice(-(letters.length + 4));
    for (let k = 1; k <= words.length; k++) {
        const tail = words.slice(-k).filter((w, i) => i === 0 || !SMALL_WORDS.has(w.toLowerCase()));
        if (!/^\p{L}/u.test(tail[0]) || tail[0][0].toLowerCase() !== letters[0])
            continue;
        if (tail.map((w) => w[0].toLowerCase()).join('') === letters)
            return true;
        if (lettersInOrder(tail, letters))
            return true;
    }
    return false;
}
/** Each word starts with the next letter and may give more of them, in order. */
function lettersInOrder(words, letters) {
    let at = 0;
    for (let w = 0; w < words.length; w++) {
        const lower = words[w].toLowerCase();
        if (lower[0] !== letters[at])
            return false;
        at++;
        // Leave one letter for each word still to come.
        const keep = words.length - w - 1;
        for (let i = 1; i < lower.length && at < letters.length - keep; i++)
            if (lower[i] === letters[at])
                at++;
    }
    return at === letters.length;
}
function addForms(words, exact, lower, withTails = true) {
    const list = words.split(/[ \t]+/);
    // Every run of last words (the match may start before the term: "the session daemon means"
    // defines "daemon"), and each without a plural ending.
    for (let i = 0; i < (withTails ? list.length : 1); i++) {
        const phrase = list.slice(i).join(' ');
        for (const form of [phrase, phrase.replace(/(?:es|s)$/, ''), phrase.replace(/s$/, '')]) {
            exact.add(form);
            lower.add(form.toLowerCase());
        }
    }
}
function findDefinitions(plan) {
    const exact = new Set();
    const lower = new Set();
    const text = plan.source.text;
    // Look back from each place an explanation starts, within its line: linear in the plan's size.
    // The line's start is tracked as the matches move on, not searched back for from each (which
    // is quadratic on a long line with many parentheses).
    let lineStart = 0;
    let scanned = 0;
    EXPLANATION_START.lastIndex = 0;
    for (let m = EXPLANATION_START.exec(text); m; m = EXPLANATION_START.exec(text)) {
        for (let i = m.index - 1; i >= scanned; i--) {
            if (text[i] === '\n') {
                lineStart = i + 1;
                break;
            }
        }
        scanned = m.index;
        const before = wordsBefore(text, m.index, lineStart);
        if (before)
            addForms(before, exact, lower);
    }
    // In parentheses, only the whole content is the term: "(NodeNext ESM)" defines neither word.
    IN_PARENTHESES.lastIndex = 0;
    for (let m = IN_PARENTHESES.exec(text); m; m = IN_PARENTHESES.exec(text)) {
        const term = m[1];
        if (ACRONYM_SHAPE.test(term)) {
            const lineStartAt = text.lastIndexOf('\n', m.index) + 1;
            if (!fitsAcronym(text.slice(Math.max(lineStartAt, m.index - 200), m.index), term))
                continue;
        }
        addForms(term, exact, lower, false);
    }
    EXPANSION_THEN_ACRONYM.lastIndex = 0;
    for (let m = EXPANSION_THEN_ACRONYM.exec(text); m; m = EXPANSION_THEN_ACRONYM.exec(text)) {
        if (fitsAcronym(m[1], m[2]))
            addForms(m[2], exact, lower, false);
    }
    // Every word, and every run of two or three words, in a Glossary, Terms or Definitions section.
    for (const section of plan.sections) {
        if (!sections/* GLOSSARY_SECTION_NAMES */.aB.some((name) => (0,headings/* startsWithName */.Lq)(section.heading.normalised, name)))
            continue;
        const words = text.slice(section.bodyStart, section.end).match(new RegExp(WORD, 'gu')) ?? [];
        for (let i = 0; i < words.length; i++) {
            for (let n = 1; n <= 3 && i + n <= words.length; n++)
                addForms(words.slice(i, i + n).join(' '), exact, lower);
        }
    }
    return { exact, lower };
}

;// CONCATENATED MODULE: ./src/core/jargon-terms.ts


/** What `undefined-jargon` counts as a term of art, and the exceptions a careful reader makes. */
/** Everyday computing terms that need no definition (the contract's list, and more of the kind). */
const EVERYDAY_ACRONYMS = new Set(('API APIS CLI CI CD CPU GPU RAM ROM SSD HDD USB CSS CSV TSV HTML HTTP HTTPS ID IDS JSON OK OS PR PRS MR SQL UI UX ' +
    'URL URLS URI UTC UTF YAML YML TOML XML README PDF PNG JPG JPEG GIF SVG DNS IP TCP UDP SSH SSL TLS UUID ASCII ' +
    'IO JS TS NPM SDK IDE GUI FAQ QA EOF EOL MB KB GB TB KIB MIB GIB AM PM US UK EU ISO ANSI PID LTS WIP ETA ' +
    'GMT CEST CET PST PDT EST EDT JST KST AI N/A H1 H2 H3 H4 H5 H6 MD RFC PHP CSS3 HTML5 ES6 SHA MD5 GIT ' +
    // Everyday abbreviations a beginner reads without help (the contract names DB to DRAM).
    'DB PIN UID GID PATH MIT XOR DRAM SRAM RGB RGBA LAN WAN VM VPN FPS AES RSA SHA1 SHA256 SHA512 MVP E2E CDN SEO ' +
    'CEO CFO CTO FAQS ARM64 X64 X86 AMD64 BSD GPL LGPL CRLF LF PNG WEBP MP4 MP3 ZIP RAW BMP TODOS ' +
    // Time-zone abbreviations and company names.
    'MST MDT CST CDT IST BST AEST AEDT EET EEST WET WEST HKT SGT NZST NZDT NVIDIA AMD IBM INTEL ACME').split(' '));
/** Capitalised English words that are emphasis or keywords, not acronyms. */
const CAPITALISED_WORDS = new Set(('A I NOT AND OR NO YES DO DONT MUST SHALL SHOULD MAY NEVER ALWAYS ONLY ALL ANY NEW OLD NOTE NOTES WARN WARNING ' +
    'ERROR INFO DEBUG TRUE FALSE NULL NONE DONE OPEN GET POST PUT PATCH DELETE HEAD PASS FAIL FAILED PASSED IF THE IS ' +
    'IN ON TO BE IT OF AT BY AS AN WE UP SO STOP WHY WHAT HOW WHEN WHERE READ WRITE ONCE AFTER BEFORE THEN ELSE WITH ' +
    'FROM INTO OUT OFF RUN SKIP KEEP ADD FIX BUG DRAFT FINAL LIVE STATUS PLAN GOAL NEXT LAST FIRST MAIN THIS THAT ' +
    'FOR BUT NOW ONE TWO USE VERY DONE SET NEED NEEDS ARE WAS HAS HAVE WILL CAN ' +
    // Enum, state and keyword names that are English words or their usual short forms.
    'INIT READY CLOSED CLOSE TEXT LOAD DEMO RED GREEN BLUE YELLOW HOME HONOR AGENTS AGENT PENDING RUNNING ACTIVE ' +
    'IDLE BUSY LOCKED UNLOCKED STARTED STOPPED PAUSED QUEUED FAILURE SUCCESS OKAY BLOCKED ALLOW DENY DROP EXIT ' +
    'START END BEGIN COMMIT ROLLBACK SELECT INSERT UPDATE UPSERT WHERE JOIN ORDER GROUP LIMIT TABLE INDEX VIEW ' +
    'ON OFF HIGH LOW MEDIUM CRITICAL MAJOR MINOR PATCH FATAL TRACE VERBOSE NOTICE ALERT EMPTY FULL NONE VALID ' +
    'INVALID UNKNOWN DEFAULT CUSTOM TEST TESTS LINT BUILD DEPLOY RELEASE CHECK CHECKS GATE MERGE MERGED REVIEW ' +
    'APPROVED REJECTED OPENED EXPIRED DELETED CREATED ARCHIVED DISABLED ENABLED REQUIRED OPTIONAL PUBLIC PRIVATE ' +
    'LOCAL REMOTE DEV PROD STAGING USER USERS ADMIN OWNER GUEST ROOT DATA INPUT OUTPUT ROUTE LIVE IMPORTANT ' +
    'CAUTION TIP HINT BREAKING SAFE UNSAFE STABLE BETA ALPHA PREVIEW LATEST OBSOLETE DEPRECATED REMOVED FIXED ' +
    'BROKEN BLOCKER MANUAL AUTO TRUE FALSE PARTIAL COMPLETE COMPLETED IN_PROGRESS WAITING RETRY TIMEOUT ERRORS ' +
    'WARNINGS PASSES FAILS KEY VALUE NAME TYPE MODE STATE EVENT EVENTS LIST ITEM ITEMS NODE NODES STEP STEPS').split(' '));
/** Words on the placeholder list are never jargon. */
const PLACEHOLDER_WORDS = new Set(PLACEHOLDER_PHRASES.filter(isCapitalsOnly));
/** Terms of art that need a definition wherever they appear. */
const BUILT_IN_JARGON = [
    'daemon',
    'middleware',
    'RPC gateway',
    'filter graph',
    'idempotent',
    'idempotency',
    'sharding',
    'monad',
    'memoization',
    'sidecar',
];
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
/** A letter prefix and a number, with an optional tail (`V17`, `M14`, `F4C1`): a numbered identifier when the plan numbers the prefix more than once. */
const NUMBERED = /^([A-Z]{1,2})(\d+)([A-Z]?\d*)$/;
/** Priorities (`P0` to `P4`) and error codes (`E404`, `CS0200`). */
const PRIORITY_OR_CODE = /^(?:P[0-4]|[A-Z]{1,2}\d{3,5})$/;
/** A time of day right before a zone abbreviation: `18:10 CST`, `09:00IST`. */
const TIME_BEFORE = /\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** The letter prefixes that the plan numbers with more than one number (`V16` and `V17`). */
function numberedPrefixes(text) {
    const seen = new Map();
    const numbered = new Set();
    const tokens = /(?<![\p{L}\p{N}_])([A-Z]{1,2})(\d+[A-Z]?\d*)(?![\p{L}\p{N}_])/gu;
    for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
        const previous = seen.get(m[1]);
        if (previous === undefined)
            seen.set(m[1], m[2]);
        else if (previous !== m[2])
            numbered.add(m[1]);
    }
    return numbered;
}
/** Words that end product names after a short acronym: `VS Code`, `RT Admin`, `AWS Console`. */
const PRODUCT_WORDS = 'Code|Studio|Admin|Wiki|Cloud|Pro|Max|Mini|Air|Plus|Online|Desktop|Mobile|Server|Hub|Suite|Console|Portal|Store|Connect|Express|Edition|Enterprise|Community';
const PRODUCT_AFTER = new RegExp(`^ (?:${PRODUCT_WORDS})\\b`);
/**
 * Whether a short acronym is part of a product name: followed by a word that ends product names
 * (`VS Code`, `RT Admin`), or, when it has two letters, after capitalised words inside a
 * sentence (`Apple M1`, `PingFang SC`, `Noto Sans Mono CJK SC`).
 */
function inProductName(text, start, end) {
    if (end - start > 3)
        return false;
    if (end - start <= 2) {
        // One to three capitalised words before it, inside a sentence, one of them a name (`Noto Sans Mono CJK SC`).
        const name = /(?:^|[a-z,] )((?:[A-Z][\p{L}\d/]* ){1,3})$/u.exec((start > 40 ? '\u0001' : '') + text.slice(Math.max(0, start - 40), start));
        if (name && /[a-z]/.test(name[1]))
            return true;
    }
    return PRODUCT_AFTER.test(text.slice(end, end + 20));
}
/** Whether the match is part of a model number or a tagged identifier: `DNY-NX9`, `ORCH-ACT-1`. */
function isModelNumber(text, start, end) {
    let from = start;
    let to = end;
    while (from > 0 && /[A-Z0-9-]/.test(text[from - 1]))
        from--;
    while (to < text.length && /[A-Z0-9-]/.test(text[to]))
        to++;
    const token = text.slice(from, to);
    return /^[A-Z0-9]+(?:-[A-Z0-9]+)+$/.test(token) && /\d/.test(token);
}
/** Whether the whitespace-delimited token around a match is a path or a URL (`src/DB/x.ts`, `docs/ADR/`). */
function inPath(text, start, end) {
    let from = start;
    let to = end;
    while (from > 0 && !/\s/.test(text[from - 1]))
        from--;
    while (to < text.length && !/\s/.test(text[to]))
        to++;
    const token = text.slice(from, to).replace(/^[("'`*_[]+|[)"'`*_\].,;:!?]+$/g, '');
    if (!token.includes('/') && !token.includes('\\'))
        return false;
    return /[a-z]/.test(token.replace(/[A-Z]+/g, '')) || /^[.~/]/.test(token) || /\.[A-Za-z0-9]{1,5}$/.test(token);
}
// Capitals and digits, 2 to 6, starting with a letter; a plural `s` is read as the same term.
// Not part of a path, an identifier or a number (`CI/CD`, `FP-0087`, `file.TS`).
// Next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) it is checked, unless the token is a path or
// a hyphenated identifier with a number (`FP-0087`, `UTF-8`).

;// CONCATENATED MODULE: ./src/core/rules/undefined-jargon.ts





const ACRONYM = /(?<![\p{L}\p{N}_\\@#$.=]|\d-)([A-Z][A-Z0-9]{1,5})s?(?![\p{L}\p{N}_\\@$=]|[.][\p{L}\p{N}]|-\d|#[^\d])/gu;
const foldTerm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
/** One pattern for all terms of art (matched in any case, with a plural ending), and their names. */
function termPattern(names) {
    if (names.length === 0)
        return undefined;
    const sorted = [...names].sort((a, b) => b.length - a.length);
    const bodies = sorted.map((name) => name.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
    return {
        pattern: new RegExp(`(?<![\\p{L}\\p{N}_])(${bodies.join('|')})(?:s|es)?(?![\\p{L}\\p{N}_])`, 'giu'),
        byKey: new Map(sorted.map((name) => [foldTerm(name), name])),
    };
}
const undefined_jargon_rule = {
    meta: {
        id: 'undefined-jargon',
        description: 'Reports a term of art (an acronym, or a word such as "idempotent") that the plan uses without defining, once per term.',
        rationale: 'The reader is a complete beginner to the repository. Every term that is not ordinary English is defined in plain language where it is used, or in a Glossary section.',
        defaultSeverity: 'warning',
        reportedAt: 'its first use in prose',
        tags: ['self-containment'],
        advice: 'Explain the term in plain language at its first use, e.g. "JWT (JSON Web Token, a signed token)", or in a Glossary section.',
        options: {
            key: ['jargon'],
            schema: {
                type: 'object',
                properties: {
                    allow: (0,core_rule/* stringList */.Yn)('Acronyms and terms that need no definition.'),
                    terms: (0,core_rule/* stringList */.Yn)('Terms of art to check, besides the built-in list.'),
                },
                additionalProperties: false,
                description: 'Which terms undefined-jargon checks.',
            },
        },
        notes: "Not jargon: numbered identifiers (a letter and a number where the plan uses the same letter with another number, `V16` and `V17`, `F4A` and `F4B`), priorities (`P0`), error codes (`E404`, `CS0200`), model numbers and tagged identifiers (`DNY-NX9`, `ORCH-ACT-1`), enum and state names and capitalised English words (`INIT`, `READY`, `CLOSED`, `TEXT`), time-zone abbreviations inside a timestamp, heredoc markers (`PY` of `<<'PY'`), short acronyms that are part of a product or font name (`VS Code`, `PingFang SC`), and everyday abbreviations (`DB`, `PIN`, `UID`, `PATH`, `MIT`, `XOR`, `DRAM`, …). `(ABC)` defines ABC only when the words before it fit it (their initials, or its letters in order: `Reciprocal Velocity Obstacles (RVO)`; `10 (RVO)` defines nothing); `(behaviour-driven development, BDD)` defines BDD. Acronyms next to `/` or `-` (`PEM/PKCS#8`, `CRC-checked`) are checked, outside paths. `jargon.allow` in the configuration file lists acronyms and terms that need no definition; `jargon.terms` adds terms of art to check.",
    },
    check(context) {
        const { plan, settings } = context;
        const allowed = new Set(settings.jargon.allow.map((a) => a.toLowerCase()));
        const terms = termPattern([...BUILT_IN_JARGON, ...settings.jargon.terms].filter((t) => !allowed.has(t.toLowerCase())));
        const definitions = findDefinitions(plan);
        const definedOnce = (name, caseSensitive) => caseSensitive ? definitions.exact.has(name) : definitions.lower.has(name.toLowerCase().replace(/\s+/g, ' '));
        const report = (name, group, start, end, offsetAt) => {
            const from = (0,core_source/* pointOf */.qk)(plan.source, offsetAt(start));
            const to = (0,core_source/* pointOf */.qk)(plan.source, offsetAt(end - 1) + 1);
            context.report({
                line: from.line,
                column: from.column,
                endLine: to.line,
                endColumn: to.column,
                group,
                message: `"${name}" is not defined: explain it at its first use.`,
            });
        };
        const heredocMarkers = new Set([...plan.source.text.matchAll(/<<-?\s*['"]?([A-Z][A-Z0-9_]*)['"]?/g)].map((h) => h[1]));
        const numbered = numberedPrefixes(plan.prose.map((block) => block.quoted).join('\n'));
        for (const block of plan.prose) {
            const text = block.quoted;
            ACRONYM.lastIndex = 0;
            for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
                const name = m[1];
                const end = m.index + m[0].length;
                const identifier = NUMBERED.exec(name);
                if (EVERYDAY_ACRONYMS.has(name) ||
                    CAPITALISED_WORDS.has(name) ||
                    PLACEHOLDER_WORDS.has(name) ||
                    ROMAN.test(name) ||
                    allowed.has(name.toLowerCase()) ||
                    (identifier && (numbered.has(identifier[1]) || EVERYDAY_ACRONYMS.has(identifier[1]))) ||
                    PRIORITY_OR_CODE.test(name) ||
                    TIME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) ||
                    (text[m.index - 1] === "'" && text[end] === "'") ||
                    inProductName(text, m.index, end) ||
                    isModelNumber(text, m.index, end) ||
                    heredocMarkers.has(name) ||
                    (/[/\\-]/.test(text[m.index - 1] ?? '') || /[/\\-]/.test(text[end] ?? '')
                        ? inPath(text, m.index, end)
                        : false)) {
                    continue;
                }
                if (definedOnce(name, true))
                    continue;
                report(name, `acronym:${name}`, m.index, m.index + m[0].length, block.offsetAt);
            }
            if (!terms)
                continue;
            terms.pattern.lastIndex = 0;
            for (let m = terms.pattern.exec(text); m; m = terms.pattern.exec(text)) {
                const name = terms.byKey.get(foldTerm(m[1])) ?? m[1];
                if (definedOnce(name, false))
                    continue;
                report(name, `term:${foldTerm(name)}`, m.index, m.index + m[0].length, block.offsetAt);
            }
        }
    },
};
/* harmony default export */ const undefined_jargon = (undefined_jargon_rule);

;// CONCATENATED MODULE: ./src/core/rules/empty-section.ts



const empty_section_rule = {
    meta: {
        id: 'empty-section',
        description: 'Reports a required section whose body holds nothing but white space and HTML comments.',
        rationale: 'An empty section tells the reader nothing, not even that nothing has happened yet. Write what is known, or "None yet." in a living section that has no entries.',
        defaultSeverity: 'warning',
        reportedAt: 'the section heading',
        tags: ['structure'],
        advice: 'Write what is known so far, or "None yet." if there is nothing to record.',
        fixable: 'writes "None yet." in an empty Surprises & Discoveries, Decision Log or Outcomes & Retrospective section.',
    },
    check(context) {
        for (const name of sections/* REQUIRED_SECTIONS */.$x) {
            const section = context.section(name);
            if (!section)
                continue;
            const empty = section.body.every((node) => node.type === 'html' && (0,markdown/* isCommentOnly */.k1)(node.value));
            if (empty) {
                context.report({
                    line: section.heading.line,
                    message: `Empty ${name} section: write it, or "None yet."`,
                    fix: noneYetFix(context.plan, section, name),
                });
            }
        }
    },
};
/* harmony default export */ const empty_section = (empty_section_rule);

;// CONCATENATED MODULE: ./src/core/rules/checklist-outside-progress.ts

const checklist_outside_progress_rule = {
    meta: {
        id: 'checklist-outside-progress',
        description: 'Reports a checkbox item outside the Progress section; silent when the plan has no Progress section (`required-sections` then names the heading that holds the items).',
        rationale: 'Checklists are allowed only in Progress, where they are the record of the work; elsewhere the format asks for prose, and a stray checkbox is progress that no summary counts.',
        defaultSeverity: 'warning',
        reportedAt: 'the item',
        tags: ['format', 'progress'],
        advice: 'Move the step into Progress, or write it as prose.',
    },
    check(context) {
        const progress = context.section('Progress');
        // Without a Progress section there is no knowing which list is Progress: `required-sections`
        // names the heading that holds the checkbox items instead of one finding per item.
        if (!progress)
            return;
        for (const item of context.plan.checkboxItems) {
            if ((0,core_plan/* inSection */.Zi)(progress, item.start))
                continue;
            context.report({
                line: item.line,
                message: 'Checkbox item outside the Progress section.',
            });
        }
    },
};
/* harmony default export */ const checklist_outside_progress = (checklist_outside_progress_rule);

;// CONCATENATED MODULE: ./src/core/rules/fenced-code.ts

const fenced_code_rule = {
    meta: {
        id: 'fenced-code',
        description: 'Reports a fenced code block; the format asks for blocks indented by four spaces.',
        rationale: 'The format presents commands, transcripts and code as indented blocks, so a plan can itself be pasted inside a fenced block (in a prompt or another document) without its fences closing the outer one.',
        defaultSeverity: 'warning',
        reportedAt: 'the opening fence',
        tags: ['format'],
        advice: 'Indent the block by four spaces instead of fencing it.',
        notes: "A plan whose whole content (front matter aside) is one fenced block with the info string `md` or `markdown` gets one finding, at the fence, and the inside of the block is validated as the plan, with the file's line numbers.",
        fixable: 'turns the block into one indented by four spaces, except where that could change its meaning: inside a list or block quote, right after a list, unclosed, a whole plan in a `md` block, or with blank first or last lines.',
    },
    check(context) {
        const { text } = context.plan.source;
        const wrapper = context.plan.wrapperFence;
        if (wrapper) {
            context.report({
                line: wrapper.line,
                column: wrapper.column,
                message: 'The whole plan is inside one fenced block: remove the fences.',
            });
        }
        for (const leaf of context.plan.leaves) {
            if (leaf.node.type !== 'code')
                continue;
            const opening = text.slice(leaf.start, leaf.start + 3);
            if (opening !== '```' && opening !== '~~~')
                continue;
            context.report({
                line: leaf.node.position?.start.line ?? 1,
                column: leaf.node.position?.start.column,
                message: 'Fenced code block: indent it by four spaces instead.',
                fix: indentedCodeFix(context.plan, leaf),
            });
        }
    },
};
/* harmony default export */ const fenced_code = (fenced_code_rule);

;// CONCATENATED MODULE: ./src/core/rules/heading-blank-line.ts


const heading_blank_line_rule = {
    meta: {
        id: 'heading-blank-line',
        description: 'Reports a heading that is not followed by a blank line.',
        rationale: 'The format asks for two newlines after every heading, so the text under it reads as its own paragraph in every renderer.',
        defaultSeverity: 'warning',
        reportedAt: 'the heading; for a setext heading, its underline (the line the blank line must follow)',
        tags: ['format'],
        advice: 'Add a blank line after the heading (after its underline, for a setext heading).',
        notes: 'A `# comment` line of a block indented by four spaces inside a list item (which Markdown reads as a heading) is not reported.',
        fixable: 'inserts a blank line after the heading (inside a block quote, a line holding only `>`).',
    },
    check(context) {
        const { source } = context.plan;
        const last = (0,core_source/* lineCount */.IC)(source);
        for (const heading of context.plan.headings) {
            const endLine = heading.node.position?.end.line ?? heading.line;
            const next = endLine + 1;
            if (next > last)
                continue;
            // A `# comment` line of an indented block inside a list item, which Markdown reads as a
            // heading although the author wrote a shell comment: not a heading to the reader.
            if (!heading.topLevel && /^ {4,}#/.test((0,core_source/* lineText */.oZ)(source, heading.line)))
                continue;
            // Inside a block quote, a line holding only `>` is blank.
            if (/^[\s>]*$/.test((0,core_source/* lineText */.oZ)(source, next)))
                continue;
            // A setext heading is reported at its underline, the line that the blank line must follow.
            context.report({
                line: endLine,
                message: 'Heading is not followed by a blank line.',
                fix: blankLineAfterFix(context.plan, heading.start, endLine),
            });
        }
    },
};
/* harmony default export */ const heading_blank_line = (heading_blank_line_rule);

;// CONCATENATED MODULE: ./src/core/rules/prose-first.ts
const prose_first_rule = {
    meta: {
        id: 'prose-first',
        description: 'Reports a table, anywhere in the plan.',
        rationale: 'Narrative sections are prose-first: sentences carry the reasons and the order of things that a table drops. Write the content as sentences, unless a table is truly clearer; then disable the rule for that table.',
        defaultSeverity: 'warning',
        reportedAt: "the table's first line",
        tags: ['format'],
        advice: 'Write the table as prose (sentences), which the format prefers to tables.',
    },
    check(context) {
        for (const leaf of context.plan.leaves) {
            if (leaf.node.type !== 'table')
                continue;
            context.report({
                line: leaf.node.position?.start.line ?? 1,
                message: 'Table in the plan: write it as prose.',
            });
        }
    },
};
/* harmony default export */ const prose_first = (prose_first_rule);

// EXTERNAL MODULE: ./src/core/entries.ts
var entries = __webpack_require__(7767);
;// CONCATENATED MODULE: ./src/core/rules/decision-entry.ts

const LABELS = ['Decision', 'Rationale', 'Date/Author'];
const decision_entry_rule = {
    meta: {
        id: 'decision-entry',
        description: 'Reports a Decision Log entry missing `Decision:`, `Rationale:` or `Date/Author:`.',
        rationale: 'A decision is only useful to the next contributor with its reason and its date: without the rationale it will be re-argued, without the date nobody knows which came first.',
        defaultSeverity: 'warning',
        reportedAt: "the entry's first line",
        tags: ['living-sections'],
        advice: 'Give each entry "Decision: …", "Rationale: …" and "Date/Author: …".',
        notes: '`Date:` is accepted for `Date/Author:`, `Reason:` for `Rationale:`. Labels may be bold (`**Decision:**`), end in a full-width colon (`决策：`), and carry a short parenthetical before the colon (`Decision (amendment):`). Built-in names in the languages of `docs/languages.md` (`决策`/`理由`/`日期`, `決定`/`根拠`/`日付`, `결정`/`근거`/`날짜`, `Decisión`/`Justificación`/`Fecha`, …). The `labels` key of the configuration file replaces the names of a label, e.g. `{"labels": {"Decision": ["decision", "选择"]}}`. "None yet.", "(none yet)" and the same words in the built-in languages (`暂无`, `なし`, `없음`, …) are no entry.',
    },
    check(context) {
        (0,entries/* reportIncompleteEntries */.DB)(context, 'Decision Log', (0,entries/* labelsOf */.PC)(context.settings.labels, LABELS), '');
    },
};
/* harmony default export */ const decision_entry = (decision_entry_rule);

;// CONCATENATED MODULE: ./src/core/rules/surprise-entry.ts

const surprise_entry_LABELS = ['Observation', 'Evidence'];
const surprise_entry_rule = {
    meta: {
        id: 'surprise-entry',
        description: 'Reports a Surprises & Discoveries entry missing `Observation:` or `Evidence:`.',
        rationale: 'A surprise saves the next reader time only when it says what was seen and shows the evidence (a test output, an error message) that lets them recognise it.',
        defaultSeverity: 'warning',
        reportedAt: "the entry's first line",
        tags: ['living-sections'],
        advice: 'Give each entry "Observation: …" and "Evidence: …" (a test output or an error message).',
        notes: 'Labels may be bold (`**Observation:**`), end in a full-width colon (`观察：`) and have built-in names in the languages of `docs/languages.md` (`观察`/`证据`, `観察`/`証拠`, `관찰`/`증거`, `Observación`/`Hallazgo`/`Evidencia`, …). The `labels` key of the configuration file replaces the names of `Observation` or `Evidence`. "None yet.", "(none yet)" and their translations are no entry.',
    },
    check(context) {
        (0,entries/* reportIncompleteEntries */.DB)(context, 'Surprises & Discoveries', (0,entries/* labelsOf */.PC)(context.settings.labels, surprise_entry_LABELS), '');
    },
};
/* harmony default export */ const surprise_entry = (surprise_entry_rule);

;// CONCATENATED MODULE: ./src/core/commands.ts

/**
 * Whether code shown in a plan looks like something to run, for `validation-commands` and
 * `milestone-acceptance`: a known program (`npm test`, `pytest`), a path to a script
 * (`./scripts/check.sh`, `scripts/verify-blur`), a command with options (`carlos --backend claude`),
 * a pipeline or a chain (`a | b`, `a && b`), a shell prompt (`$ …`) or an HTTP request
 * (`GET /health`). A bare file name (`current_state.md`), an identifier (`AppState`), a value
 * (`200`, `true`) or a snippet of code (`cache.warm()`) is not.
 */
/** Programs a plan runs, by the name written first on the command line. */
const PROGRAMS = new Set(('npm npx yarn pnpm node deno bun tsx ts-node tsc eslint prettier jest vitest mocha playwright cypress vite webpack ' +
    'turbo nx lerna python python3 py pip pip3 pipx uv uvx poetry pdm hatch rye tox nox pytest ruff black mypy pyright ' +
    'flake8 isort coverage alembic uvicorn gunicorn flask django-admin celery conda mamba jupyter cargo rustc rustup ' +
    'clippy-driver go gofmt golangci-lint staticcheck govulncheck make cmake ninja bazel bazelisk meson gradle ' +
    'gradlew mvn mvnw java javac kotlin kotlinc sbt scala dotnet msbuild nuget swift swiftc xcodebuild xcrun xcodegen ' +
    'tuist pod fastlane flutter dart ruby bundle bundler rake rails rspec gem php composer artisan phpunit perl lua ' +
    'elixir mix iex erl rebar3 ghc cabal stack clojure clj lein bb shadow-cljs zig julia r rscript bash sh zsh fish ' +
    'pwsh powershell cmd git gh hub glab jj svn hg curl wget http httpie xh grpcurl websocat docker docker-compose ' +
    'podman kubectl helm kustomize kind minikube k3d skaffold tilt terraform tofu pulumi ansible ansible-playbook ' +
    'vagrant packer aws gcloud gsutil az doctl flyctl fly heroku vercel netlify wrangler firebase supabase railway ' +
    'stripe expo eas adb emulator avdmanager sdkmanager unity unity-editor godot ffmpeg ffprobe magick convert ' +
    'openssl ssh scp rsync sftp psql pg_dump pg_restore mysql mysqldump sqlite3 redis-cli mongosh mongo cqlsh ls cat ' +
    'less head tail grep egrep rg ag find fd sed awk jq yq xq sort uniq wc diff cmp comm tr cut tee xargs echo printf ' +
    'cd pwd cp mv rm mkdir rmdir touch chmod chown ln tar zip unzip gzip gunzip xz du df ps kill lsof top htop time ' +
    'watch env export source sudo systemctl journalctl service launchctl open xdg-open code cursor brew apt apt-get ' +
    'dnf yum apk pacman nix nix-shell nix-build mise asdf direnv just task pre-commit lefthook husky act actionlint ' +
    'shellcheck hadolint hyperfine k6 ab wrk locust valgrind gdb lldb perf strace dtrace clang clang++ gcc g++ cc ' +
    'ld objdump nm otool lipo codesign notarytool spctl plutil defaults security xattr hdiutil pkgbuild productbuild ' +
    'wasm-pack wasm-bindgen trunk emcc rtk claude codex aider ollama llm sqlx prisma drizzle-kit knex sequelize ' +
    'typeorm hugo jekyll mkdocs sphinx-build docusaurus storybook lighthouse pa11y axe newman ngrok caddy nginx ' +
    'apachectl redis-server postgres mongod temporal dagger earthly bats shfmt stylua selene luacheck cppcheck ' +
    'clang-format clang-tidy cpplint iwyu ctest qmake meson sam serverless sls cdk amplify').split(' '));
const SCRIPT_EXTENSION = /\.(?:sh|bash|zsh|fish|ps1|psm1|bat|cmd|py|rb|pl|mjs|cjs|js|ts|exs|lua|php|swift|kts)$/i;
const HTTP_REQUEST = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:\/|https?:\/\/)\S*/;
const PIPELINE = /\s(?:\||&&|\|\||;|>|>>|2>&1|<)\s|\s2>&1$|;\s*\S/;
const OPTION = /^--?[A-Za-z0-9][\w-]*(?:=.*)?$/;
const ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=\S*$/;
/** Whether one line of code (a span, or a line of a block) is a command. */
function looksLikeCommandLine(raw) {
    const line = raw.trim();
    if (!line)
        return false;
    if (line.startsWith('#') || line.startsWith('//'))
        return false; // a comment
    const prompt = /^(?:\$|>|PS>|PS [^>]*>|%)\s+(.*)$/.exec(line);
    if (prompt)
        return prompt[1].trim() !== '';
    if (HTTP_REQUEST.test(line))
        return true;
    const words = line.split(/\s+/);
    // Environment assignments before the program: `CI=1 npm test`.
    while (words.length > 1 && ASSIGNMENT.test(words[0]))
        words.shift();
    const first = words[0].replace(/^["']|["']$/g, '');
    const name = first.split(/[\\/]/).pop()?.toLowerCase() ?? '';
    if (PROGRAMS.has(name) || PROGRAMS.has(name.replace(/\.(?:exe|cmd|bat)$/, ''))) {
        // A program's name alone is a command (`pytest`), unless it reads as a word in a sentence of code (`go`, `cd`).
        return words.length > 1 || name.length > 2;
    }
    const path = /[\\/]/.test(first);
    if (path &&
        (SCRIPT_EXTENSION.test(first) ||
            /^(?:\.{1,2}[\\/]|~\/)/.test(first) ||
            /(?:^|[\\/])(?:bin|scripts?|tools)[\\/][^\\/]+$/.test(first))) {
        // A path to a script run as a program; a source file (`src/app.ts`) only with arguments or from `./`.
        return !/\.(?:js|ts|swift|kts|lua|php|exs)$/i.test(first) || /^\.{1,2}[\\/]/.test(first) || words.length > 1;
    }
    if (words.length > 1 && /^[a-z][\w.-]*$/.test(first) && words.slice(1).some((w) => OPTION.test(w)))
        return true;
    if (words.length > 2 && /^[a-z][\w.-]*$/.test(first) && PIPELINE.test(` ${line} `))
        return true;
    return false;
}
/** Whether a code block's text holds at least one command line. */
function blockHoldsCommand(value, lang) {
    if (lang &&
        /^(?:json|jsonc|ya?ml|toml|xml|html|css|csv|text|txt|diff|patch|log|output|ts|tsx|js|jsx|typescript|javascript|rust|go|java|kotlin|swift|c|cpp|c\+\+|python|py|ruby|sql|graphql|proto|mermaid|markdown|md)$/i.test(lang)) {
        // Source code and data shown as such are not commands (a Python block that is a script is still code).
        return false;
    }
    return value.split('\n').some(looksLikeCommandLine);
}
/**
 * Whether any of the nodes shows a command: a code span or block that looks like something to
 * run. With the plan's text, a paragraph indented by four spaces inside a list item (which
 * Markdown reads as the item's text, though the author wrote an indented block) counts too.
 */
function holdsCommand(nodes, text) {
    let found = false;
    const visit = (child) => {
        if (child.type === 'inlineCode' && looksLikeCommandLine(child.value))
            found = true;
        if (child.type === 'code' && blockHoldsCommand(child.value, child.lang))
            found = true;
        if (child.type === 'paragraph' && text !== undefined && indentedCommand(child, text))
            found = true;
        return !found;
    };
    for (const node of nodes) {
        if (visit(node))
            (0,markdown/* walk */.GG)(node, visit);
        if (found)
            return true;
    }
    return false;
}
function indentedCommand(node, text) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined)
        return false;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lines = text.slice(lineStart, end).split('\n');
    return lines.every((line) => /^ {4,}\S/.test(line)) && lines.some(looksLikeCommandLine);
}

;// CONCATENATED MODULE: ./src/core/rules/milestone-acceptance.ts


/** `Milestone` followed by more text; `Milestones …` is their parent, not a milestone. */
const MILESTONE_HEADING = /^milestone(?![\p{L}\p{N}_])\s*\S/u;
const milestone_acceptance_rule = {
    meta: {
        id: 'milestone-acceptance',
        description: 'Reports a milestone (a `Milestone …` section, or a list item right under a Milestones heading without milestone subsections) that shows no command to run: a code span or block that looks like something to run, not a bare file name or identifier.',
        rationale: 'Each milestone must be independently verifiable: its section says what to run and what to expect, so the reader knows when the milestone is done.',
        defaultSeverity: 'warning',
        reportedAt: 'the milestone heading',
        tags: ['milestones', 'validation'],
        advice: 'Add the command (inline code or an indented block) and the output that proves the milestone is done.',
    },
    check(context) {
        for (const section of context.plan.sections) {
            if (!MILESTONE_HEADING.test(section.heading.normalised))
                continue;
            if (holdsCommand([section.heading.node, ...section.body], context.plan.source.text))
                continue;
            context.report({
                line: section.heading.line,
                message: 'Milestone shows no command to run and no output to expect.',
            });
        }
        // Milestones written as list items under a Milestones heading that has no milestone subsections.
        const { sections } = context.plan;
        for (const [i, section] of sections.entries()) {
            if (!(0,headings/* startsWithName */.Lq)(section.heading.normalised, 'milestones'))
                continue;
            const inside = sections.slice(i + 1).filter((s) => s.heading.start < section.end);
            if (inside.some((s) => MILESTONE_HEADING.test(s.heading.normalised)))
                continue;
            for (const node of section.body) {
                if (node.type === 'heading')
                    break; // only the list right under the Milestones heading
                if (node.type !== 'list')
                    continue;
                for (const item of node.children) {
                    if (holdsCommand([item], context.plan.source.text))
                        continue;
                    context.report({
                        line: item.position?.start.line ?? section.heading.line,
                        message: 'Milestone list item shows no command to run.',
                    });
                }
            }
        }
    },
};
/* harmony default export */ const milestone_acceptance = (milestone_acceptance_rule);

;// CONCATENATED MODULE: ./src/core/rules/context-paths.ts
/** A repository-relative path: holds a `/` or ends in a file extension, and is not absolute or a URL. */
function isRepositoryPath(token) {
    const word = token.replace(/^[\s"'“‘(<[{*_]+|[\s"'”’)>\]}*_,;:!?.]+$/g, '');
    if (!word || word.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(word) || word.startsWith('#'))
        return false;
    if (word.includes('/'))
        return /[\p{L}\p{N}]/u.test(word);
    // A file extension: `name.ts`, `Makefile.am`; not a number (`1.5`) or an abbreviation (`e.g`).
    return /^[^\s.][^\s]*\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(word) && !/^(?:e\.g|i\.e|etc|vs|approx)$/i.test(word);
}
const context_paths_rule = {
    meta: {
        id: 'context-paths',
        description: 'Reports a Context section that names no repository-relative file path.',
        rationale: 'The reader knows nothing of the repository. Context orients them by naming the files and folders involved, with full repository-relative paths such as `src/jobs/reports.ts`.',
        defaultSeverity: 'warning',
        reportedAt: 'the Context heading',
        tags: ['context'],
        advice: 'Name the files and folders involved by their repository-relative paths, e.g. `src/jobs/reports.ts`.',
    },
    check(context) {
        const section = context.section('Context');
        if (!section)
            return;
        const { plan } = context;
        for (const block of plan.prose) {
            const offset = plan.leaves[block.leafIndex].start;
            if (offset < section.bodyStart || offset >= section.end)
                continue;
            const tokens = [
                ...block.text.split(/[\s\uFFFC]+/),
                ...block.inlineCode.flatMap((c) => c.split(/\s+/)),
                ...block.linkUrls,
            ];
            if (tokens.some(isRepositoryPath))
                return;
        }
        context.report({
            line: section.heading.line,
            message: 'Context names no file: add paths such as `src/app.ts`.',
        });
    },
};
/* harmony default export */ const context_paths = (context_paths_rule);

;// CONCATENATED MODULE: ./src/core/rules/validation-commands.ts

const validation_commands_rule = {
    meta: {
        id: 'validation-commands',
        description: 'Reports a Validation section that shows no command: a code span or block that looks like something to run (a known program, a path to a script, options, a pipeline), not a bare file name or identifier.',
        rationale: 'Validation is not optional: the section gives the exact commands to run and what they print, so a novice can tell success from failure.',
        defaultSeverity: 'warning',
        reportedAt: 'the Validation heading',
        tags: ['validation'],
        advice: 'Give the exact command to run (inline code or an indented block) and what it prints.',
    },
    check(context) {
        const section = context.section('Validation');
        if (!section || holdsCommand(section.body, context.plan.source.text))
            return;
        context.report({
            line: section.heading.line,
            message: 'Validation shows no command to run and no output to expect.',
        });
    },
};
/* harmony default export */ const validation_commands = (validation_commands_rule);

// EXTERNAL MODULE: ./src/core/progress.ts + 1 modules
var progress = __webpack_require__(8199);
;// CONCATENATED MODULE: ./src/core/rules/title.ts

const title_rule = {
    meta: {
        id: 'title',
        description: 'Reports a plan that does not start with a level-1 heading, and each further level-1 heading.',
        rationale: "The level-1 heading is the plan's title: it names the work in lists, comments and summaries. A second level-1 heading splits one plan into what looks like two.",
        defaultSeverity: 'warning',
        reportedAt: 'line 1 when the title is missing; each further level-1 heading',
        tags: ['structure'],
        advice: 'Begin the plan with "# " and a short title of the work; a plan has one level-1 heading, so make any other a level-2 heading ("## ").',
    },
    check(context) {
        const { plan } = context;
        if (!(0,progress/* titleOf */.Gg)(plan)) {
            context.report({
                line: 1,
                message: 'The plan does not start with a level-1 heading ("# Title").',
            });
        }
        const levelOne = plan.headings.filter((h) => h.topLevel && h.depth === 1);
        for (const heading of levelOne.slice(1)) {
            context.report({
                line: heading.line,
                message: 'A plan has one level-1 heading: make this one level 2 ("## ").',
            });
        }
    },
};
/* harmony default export */ const title = (title_rule);

;// CONCATENATED MODULE: ./src/core/rules/outcomes-when-done.ts


/** What a not-yet-written Outcomes section says. */
const NOT_WRITTEN = /^(?:none(?:\s+yet)?|tbd|todo|n\/a|not\s+yet|pending)$/i;
const outcomes_when_done_rule = {
    meta: {
        id: 'outcomes-when-done',
        description: 'Reports a finished plan (every Progress item checked) whose Outcomes & Retrospective is empty or says only "None yet".',
        rationale: 'At completion the plan records what was achieved, what remains and what was learned. A finished plan without that retrospective loses the lessons the work taught.',
        defaultSeverity: 'warning',
        reportedAt: 'the Outcomes & Retrospective heading',
        tags: ['living-sections', 'progress'],
        advice: 'Every Progress item is checked, so summarise in Outcomes & Retrospective what was achieved, what remains and what was learned.',
    },
    check(context) {
        const items = context.progressItems();
        if (items.length === 0 || items.some((item) => item.status !== 'done'))
            return;
        const section = context.section('Outcomes & Retrospective');
        if (!section)
            return;
        const { text } = context.plan.source;
        const written = section.body
            .filter((node) => !(node.type === 'html' && (0,markdown/* isCommentOnly */.k1)(node.value)))
            .map((node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
            .join(' ');
        const said = (0,core_source/* trimEnds */.$G)(written, /[\s.*_]/, /[\s>*_-]/);
        if (said !== '' && !NOT_WRITTEN.test(said))
            return;
        context.report({
            line: section.heading.line,
            message: 'Every item is done: write Outcomes & Retrospective.',
        });
    },
};
/* harmony default export */ const outcomes_when_done = (outcomes_when_done_rule);

;// CONCATENATED MODULE: ./src/core/rules/revision-note.ts
/** The last section: from the last heading of any level to the end of the file. */
function lastSection(text, start) {
    return text
        .slice(start)
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .trim();
}
const revision_note_rule = {
    meta: {
        id: 'revision-note',
        description: 'Reports a changed plan whose last section (its revision note) did not change; only when a base version is given.',
        rationale: 'When a plan is revised, a note at the bottom says what changed and why, so a reader of the new version knows what moved since the one they read.',
        defaultSeverity: 'warning',
        reportedAt: 'the last heading',
        tags: ['living-sections', 'revisions'],
        advice: 'Add a revision note at the bottom saying what changed in the plan and why.',
        notes: "Runs only with a base version: `execplan validate PLAN --base OLD_PLAN`, or in the action, against the pull request's base.",
    },
    check(context) {
        const { plan } = context;
        const base = context.base();
        if (!base || base.source.text === plan.source.text)
            return;
        const last = plan.headings.at(-1);
        if (!last)
            return;
        const baseLast = base.headings.at(-1);
        if (!baseLast)
            return;
        if (lastSection(plan.source.text, last.start) !== lastSection(base.source.text, baseLast.start))
            return;
        context.report({
            line: last.line,
            message: 'The plan changed but its revision note (last section) did not.',
        });
    },
};
/* harmony default export */ const revision_note = (revision_note_rule);

;// CONCATENATED MODULE: ./src/core/rules/index.ts























/** Every rule, in the order of the contract's catalogue. */
const RULES = [
    required_sections,
    progress_checklist,
    progress_timestamp,
    timestamp_format,
    placeholder,
    external_reference,
    outsourced_decision,
    vague_acceptance,
    vague_instruction,
    undefined_jargon,
    empty_section,
    checklist_outside_progress,
    fenced_code,
    heading_blank_line,
    prose_first,
    decision_entry,
    surprise_entry,
    milestone_acceptance,
    context_paths,
    validation_commands,
    title,
    outcomes_when_done,
    revision_note,
];
const RULE_IDS = RULES.map((rule) => rule.meta.id);


/***/ }),

/***/ 2591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ REQUIRED_SECTIONS),
/* harmony export */   aB: () => (/* binding */ GLOSSARY_SECTION_NAMES),
/* harmony export */   nv: () => (/* binding */ DEFAULT_SECTION_NAMES)
/* harmony export */ });
/* unused harmony export ENGLISH_SECTION_NAMES */
/**
 * The required sections and the heading starts accepted for each: the contract's English names
 * first, then the built-in names in the languages plans are written in. Each language's words
 * were chosen as a translator would head the section (and checked against the real plans of
 * ../shared/corpus written in that language); `docs/languages.md` lists them with a gloss.
 * A `sections` setting replaces a section's whole list.
 */
const DEFAULT_SECTION_NAMES = {
    Purpose: [
        'purpose',
        // Chinese (simplified, traditional), Japanese, Korean
        '目的',
        '目标',
        '目標',
        '목적',
        // Spanish, Portuguese, French, German, Russian
        'propósito',
        'objetivo',
        'finalidad',
        'objectif',
        'but',
        'zweck',
        'ziel',
        'цель',
        'назначение',
    ],
    Progress: [
        'progress',
        '进度',
        '进展',
        '進度',
        '進展',
        '進捗',
        '진행',
        '진척',
        'progreso',
        'avance',
        'progresso',
        'andamento',
        'progression',
        'avancement',
        'fortschritt',
        'прогресс',
        'ход работ',
        'ход работы',
    ],
    'Surprises & Discoveries': [
        'surprises',
        '意外与发现',
        '意外和发现',
        '意外發現',
        '意外與發現',
        '意外',
        '发现',
        '發現',
        '驚きと発見',
        '想定外',
        '発見',
        '놀라운 점',
        '놀란 점',
        '발견',
        'sorpresas',
        'hallazgos',
        'descubrimientos',
        'surpresas',
        'descobertas',
        'découvertes',
        'überraschungen',
        'erkenntnisse',
        'сюрпризы',
        'неожиданности',
        'открытия',
        'находки',
    ],
    'Decision Log': [
        'decision log',
        'decisions',
        '决策日志',
        '决策记录',
        '决策',
        '決策日誌',
        '決策記錄',
        '決策紀錄',
        '決策',
        '決定ログ',
        '決定記録',
        '意思決定',
        '決定事項',
        '결정 기록',
        '결정 로그',
        '의사결정',
        '결정',
        'registro de decisiones',
        'decisiones',
        'registro de decisões',
        'registo de decisões',
        'decisões',
        'journal des décisions',
        'décisions',
        'entscheidungsprotokoll',
        'entscheidungen',
        'журнал решений',
        'решения',
    ],
    'Outcomes & Retrospective': [
        'outcomes',
        'retrospective',
        '结果与回顾',
        '成果与回顾',
        '结果',
        '成果',
        '回顾',
        '複盤',
        '结果與回顧',
        '結果與回顧',
        '結果',
        '回顧',
        '振り返り',
        '成果と振り返り',
        '결과',
        '회고',
        '성과',
        'resultados',
        'retrospectiva',
        'resultado',
        'résultats',
        'rétrospective',
        'bilan',
        'ergebnisse',
        'rückblick',
        'retrospektive',
        'результаты',
        'итоги',
        'ретроспектива',
    ],
    Context: [
        'context',
        '上下文',
        '背景',
        '脈絡',
        '背景と文脈',
        'コンテキスト',
        '文脈',
        '맥락',
        '배경',
        '컨텍스트',
        'contexto',
        'contexte',
        'kontext',
        'hintergrund',
        'контекст',
    ],
    Validation: [
        'validation',
        'acceptance',
        '验证',
        '验收',
        '驗證',
        '驗收',
        '検証',
        '受け入れ',
        '完了条件',
        '검증',
        'validación',
        'verificación',
        'aceptación',
        'validação',
        'verificação',
        'aceitação',
        'vérification',
        'recette',
        'validierung',
        'abnahme',
        'prüfung',
        'проверка',
        'валидация',
        'приёмка',
        'приемка',
    ],
};
/** The contract's English names of each section, which messages show. */
const ENGLISH_SECTION_NAMES = {
    Purpose: ['purpose'],
    Progress: ['progress'],
    'Surprises & Discoveries': ['surprises'],
    'Decision Log': ['decision log', 'decisions'],
    'Outcomes & Retrospective': ['outcomes', 'retrospective'],
    Context: ['context'],
    Validation: ['validation', 'acceptance'],
};
const REQUIRED_SECTIONS = Object.keys(DEFAULT_SECTION_NAMES);
/** Section headings whose terms count as defined (see `undefined-jargon`). */
const GLOSSARY_SECTION_NAMES = [
    'glossary',
    'terms',
    'definitions',
    '术语',
    '術語',
    '用語',
    '용어',
    'glosario',
    'glossário',
    'glossaire',
    'glossar',
    'глоссарий',
];


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ DEFAULT_SETTINGS)
/* harmony export */ });
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7767);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2591);


/** The settings of a repository without a configuration file. */
const DEFAULT_SETTINGS = {
    severities: {},
    phrases: {},
    jargon: { allow: [], terms: [] },
    sections: _sections_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SECTION_NAMES */ .nv,
    labels: _entries_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LABEL_NAMES */ .wf,
};


/***/ }),

/***/ 2858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ trimEnds),
/* harmony export */   IC: () => (/* binding */ lineCount),
/* harmony export */   O7: () => (/* binding */ lastAtOrBelow),
/* harmony export */   cA: () => (/* binding */ lineOf),
/* harmony export */   gV: () => (/* binding */ createSource),
/* harmony export */   oZ: () => (/* binding */ lineText),
/* harmony export */   qk: () => (/* binding */ pointOf)
/* harmony export */ });
/* unused harmony export normaliseText */
function normaliseText(raw) {
    const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}
function createSource(raw) {
    const text = normaliseText(raw);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    return { text, lineStarts };
}
/** The index of the last value at or below `target` in ascending `values` (0 if none), by bisection. */
function lastAtOrBelow(values, target) {
    let low = 0;
    let high = values.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (values[mid] <= target)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
/** Line number (1-based) of an offset. */
function lineOf(source, offset) {
    return lastAtOrBelow(source.lineStarts, offset) + 1;
}
function pointOf(source, offset) {
    const line = lineOf(source, offset);
    return { line, column: offset - source.lineStarts[line - 1] + 1 };
}
/** The text of one line (1-based), without its line ending. */
function lineText(source, line) {
    const start = source.lineStarts[line - 1];
    if (start === undefined)
        return '';
    const next = source.lineStarts[line];
    return source.text.slice(start, next === undefined ? source.text.length : next - 1);
}
function lineCount(source) {
    const { text, lineStarts } = source;
    // A final line ending does not start another line of content.
    return text.endsWith('\n') ? lineStarts.length - 1 : lineStarts.length;
}
/**
 * The text without trailing (and, if given, leading) characters of the given kinds. A loop,
 * because a pattern such as `[\s.]+$` is quadratic on long runs that do not reach the end.
 */
function trimEnds(text, trailing, leading) {
    let start = 0;
    let end = text.length;
    while (leading && start < end && leading.test(text[start]))
        start++;
    while (end > start && trailing.test(text[end - 1]))
        end--;
    return text.slice(start, end);
}


/***/ }),

/***/ 4054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ readTimestamp)
/* harmony export */ });
/* unused harmony export isValidDate */
const CANONICAL = /^\(\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|[+-]\d{2}:?\d{2})\s*\)/i;
const DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b))?)?/;
const LEADING = /^(?:\(\s*\d{4}-\d{2}-\d{2}[^)]*\)|\[\s*\d{4}-\d{2}-\d{2}[^\]]*\]|\d{4}-\d{2}-\d{2}(?:[ T][\d:]+(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)?)\s*(?:[-–—:]\s+|[：—–]\s*)?/i;
/**
 * Zone abbreviations seen in real plans, as offsets from UTC in minutes. Ambiguous ones are not
 * guessed: `CST` is China Standard Time as often as US Central, `IST` is India, Israel or
 * Ireland, `BST` British Summer Time or Bangladesh; a time with one of them is read without a zone.
 */
const ZONES = {
    Z: 0,
    UTC: 0,
    GMT: 0,
    CET: 60,
    CEST: 120,
    EET: 120,
    EEST: 180,
    WET: 0,
    WEST: 60,
    EST: -300,
    EDT: -240,
    CDT: -300,
    MST: -420,
    MDT: -360,
    PST: -480,
    PDT: -420,
    JST: 540,
    KST: 540,
    AEST: 600,
    AEDT: 660,
};
function isValidDate(year, month, day) {
    if (year < 1000 || month < 1 || month > 12 || day < 1)
        return false;
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day <= daysInMonth;
}
function offsetMinutes(zone) {
    const upper = zone.toUpperCase();
    if (upper in ZONES)
        return ZONES[upper];
    const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (!numeric)
        return null;
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return numeric[1] === '-' ? -minutes : minutes;
}
const pad = (n, width = 2) => String(n).padStart(width, '0');
function readTimestamp(itemText) {
    const match = DATE.exec(itemText);
    const leading = LEADING.exec(itemText);
    const leadingLength = leading ? leading[0].length : 0;
    if (!match)
        return { found: false, valid: false, canonical: false, iso: null, leadingLength };
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const hasTime = match[4] !== undefined;
    const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
    const valid = isValidDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 59;
    const canonical = valid && CANONICAL.test(itemText);
    let iso = null;
    if (valid) {
        const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
        const offset = match[7] ? offsetMinutes(match[7]) : null;
        if (!hasTime)
            iso = date;
        else if (offset === null)
            iso = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
        else {
            const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
            iso = new Date(utc).toISOString().replace('.000Z', 'Z');
        }
    }
    return { found: true, valid, canonical, iso, leadingLength };
}


/***/ })

};
