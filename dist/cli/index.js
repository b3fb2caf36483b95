import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ installedFile),
/* harmony export */   Tl: () => (/* binding */ packageVersion),
/* harmony export */   u5: () => (/* binding */ packageManifest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Files that ship beside the CLI: `package.json` and `templates/` sit at the package root, two
 * folders above both the bundle (`dist/cli/index.js`) and the sources (`src/cli/*.ts`).
 */
function installedFile(relativePath) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relativePath);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
    }
    throw new Error(`${relativePath} was not found beside the execplan installation.`);
}
let manifest;
/**
 * The package's own `package.json`, read once: the first one above this file that names the
 * package (the bundle's folder holds a `package.json` of its own, `{"type": "module"}`, which
 * has no version).
 */
function packageManifest() {
    if (manifest)
        return manifest;
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            continue;
        const read = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(candidate, 'utf8'));
        if (read.name === 'execplan' && typeof read.version === 'string')
            return (manifest = read);
    }
    throw new Error('package.json was not found beside the execplan installation.');
}
/** The version in the package's own `package.json`: one place for it. */
const packageVersion = () => packageManifest().version;


/***/ }),

/***/ 2824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ terminalSafe)
});

;// CONCATENATED MODULE: ./src/action/log-line.ts
/**
 * White space as the runner trims it before it looks for `::` (.NET's `char.IsWhiteSpace`): the
 * space separators (Zs), the line and paragraph separators, tab to carriage return, and U+0085;
 * and U+FEFF, which JavaScript's `\s` holds. JavaScript's `\s` lacks U+0085, so a line starting
 * with U+0085 and `::` was a workflow command (`::stop-commands::` silences every later one).
 */
const RUNNER_WHITE_SPACE = '[\\t\\n\\v\\f\\r\\u0085\\u2028\\u2029\\ufeff\\p{Zs}]';
const COMMAND_START = new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, 'u');
/** The same, for each line of a text of several lines. */
const COMMAND_LINE_START = new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, 'gmu');
/**
 * Text for one line of the job's log that the runner cannot read as a workflow command. Plan
 * paths and plan text reach the log, and the runner reads a line as a command when it starts
 * with `::` after leading white space is trimmed, or holds the older `##[command]` form anywhere.
 */
function neutraliseLogLine(message) {
    return (message
        .replace(/[\r\n]+/g, ' ')
        // A zero-width space breaks the older form without changing what the reader sees.
        .replace(/##\[/g, '##\u200b[')
        .replace(COMMAND_START, '$1: :'));
}

;// CONCATENATED MODULE: ./src/cli/terminal-safe.ts

/**
 * Text for the terminal or a CI log, made from plan text and paths that anyone may have written
 * (issue 10, item 6):
 *
 * - terminal escape sequences are removed (a plan could clear the screen, rewrite earlier lines,
 *   set the window title or the clipboard); with colour on, colour codes (`ESC [ … m`) stay, as the
 *   report uses them;
 * - other control characters (C0 but tab and line feed, DEL, C1 such as U+0085 and U+009B) and the
 *   bidirectional overrides and isolates (U+202A to U+202E, U+2066 to U+2069, which can make text
 *   read in another order than it is) are removed;
 * - a line that would start with `::` after the white space the GitHub runner trims gets a space
 *   (`: :`), so that no plan text or path starts a workflow command when the CLI runs in Actions
 *   (the `github` format, whose lines are commands on purpose, escapes its data instead).
 */
const ESCAPE_SEQUENCE = 
// eslint-disable-next-line no-control-regex
/\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c]*[\u0007\u009c]?|\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~])?/g;
// eslint-disable-next-line no-control-regex
const COLOUR = /^\u001b\[[0-9;]*m$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function terminalSafe(text, colour = false) {
    return text
        .replace(ESCAPE_SEQUENCE, (sequence) => (colour && COLOUR.test(sequence) ? sequence : ''))
        .replace(CONTROL, '')
        .replace(COMMAND_LINE_START, '$1: :');
}


/***/ }),

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FG: () => (/* binding */ PROGRESS_FORMATS),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Ql: () => (/* binding */ COMMAND_HELP),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Ri: () => (/* binding */ EXIT_USAGE),
/* harmony export */   ZV: () => (/* binding */ DEFAULT_PLAN_GLOB),
/* harmony export */   as: () => (/* binding */ VALIDATE_FORMATS),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   cB: () => (/* binding */ EXIT_FINDINGS),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   wS: () => (/* binding */ OVERVIEW),
/* harmony export */   y9: () => (/* binding */ isCommand)
/* harmony export */ });
/* unused harmony export COMMAND_NAMES */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
/** A mistake in the command line: printed with the command's usage, exit status 2. */
class UsageError extends Error {
    command;
    constructor(message, 
    /** The command whose usage to show, or none for the overview. */
    command) {
        super(message);
        this.command = command;
    }
}
const COMMAND_NAMES = ['validate', 'progress', 'delta', 'init'];
const isCommand = (name) => COMMAND_NAMES.includes(name ?? '');
const DEFAULT_PLAN_GLOB = '.plans/**/*.md';
const VALIDATE_FORMATS = ['stylish', 'json', 'sarif', 'github'];
const PROGRESS_FORMATS = ['text', 'json', 'markdown'];
const COMMON_OPTIONS = `  --config FILE     the configuration file (default: .execplan.json, .execplan.yml or
                    .execplan.yaml, searched from the working folder up to the repository root)
  -h, --help        show this help`;
/** Each command's help: usage, what it does, options, examples. Kept under 100 columns. */
const COMMAND_HELP = {
    validate: `Usage: execplan validate [PATH…] [options]

Checks plans against the ExecPlan format. PATH is a file, a folder (every *.md below it) or a
glob; none means ${DEFAULT_PLAN_GLOB}. Paths in the output are relative to the repository root.

Options:
  --strict          every warning counts as an error
  --format NAME     stylish (default), json, sarif or github
  --base FILE       the base version of the one plan named, for revision-note and new findings
  --fix             apply the fixes rules offer, write the files that change, report what is left
  --fix-dry-run     print those fixes as a unified diff instead of writing them
  --cache           reuse the findings of plans unchanged since the last run (with the same
                    configuration and version), kept in --cache-location PATH
                    (default node_modules/.cache/execplan)
  --workers N       validate on N threads (default: one per processor when there is enough)
${COMMON_OPTIONS}

Exit status: 0 no error, 1 errors found (with --strict, warnings too),
2 a usage error, a missing or unreadable file, or a bad configuration.

Examples:
  execplan validate
  execplan validate .plans/auth.md --strict
  execplan validate --format sarif > execplan.sarif
  execplan validate --fix-dry-run
  git show main:.plans/auth.md > base.md && execplan validate .plans/auth.md --base base.md
`,
    progress: `Usage: execplan progress FILE [options]

Shows a plan's Progress: done, partial and remaining items, the pace, and the next item to do.

Options:
  --format NAME     text (default), json or markdown
  --json            the same as --format json
${COMMON_OPTIONS}

Examples:
  execplan progress .plans/auth.md
  execplan progress .plans/auth.md --format json
`,
    delta: `Usage: execplan delta BASE_FILE HEAD_FILE [options]

Shows what moved in Progress from BASE_FILE to HEAD_FILE: items completed, reopened, reworded,
added and removed. A BASE_FILE of "-", or one that does not exist, means the plan is new.

Options:
  --format NAME     text (default), json or markdown
  --json            the same as --format json
${COMMON_OPTIONS}

Examples:
  git show main:.plans/auth.md > base.md && execplan delta base.md .plans/auth.md
  execplan delta - .plans/new-plan.md --format markdown
`,
    init: `Usage: execplan init FILE "Title" [options]

Writes a new plan with every required section and a first timestamped Progress item. Creates
missing folders; never overwrites a file unless --force is given.

Options:
  --purpose TEXT    the Purpose section's first sentences
  --force           overwrite FILE if it exists
  -h, --help        show this help

Examples:
  execplan init .plans/auth.md "Add JWT auth" --purpose "Users sign in once a day."
`,
};
const OVERVIEW = `Usage: execplan <command> [options]

Commands:
  validate [PATH…]            check plans against the ExecPlan format
  progress FILE               show a plan's Progress
  delta BASE_FILE HEAD_FILE   show what moved in Progress between two versions
  init FILE "Title"           write a new plan from the template

Options:
  -h, --help                  show this help; execplan <command> --help for a command's
  -v, --version               print the version

Exit status: 0 no error, 1 errors found, 2 a usage or input problem.
Rules, configuration and the library API: https://github.com/execplan/execplan#readme
`;
/** `util.parseArgs` with the command's messages: an unknown option names the command's help. */
function parseCommand(command, args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, allowPositionals: true, strict: true });
    }
    catch (error) {
        const raw = error.message.replace(/^TypeError \[\w+\]: /, '');
        const unknown = /^Unknown option '([^']+)'/.exec(raw);
        const missing = /^Option '([^']+)' argument missing/.exec(raw);
        const message = unknown
            ? `unknown option ${unknown[1]} for ${command}.`
            : missing
                ? `${missing[1].replace(/^-\w, /, '')} needs a value.`
                : raw.replace(/\. To specify a positional argument.*$/s, '.');
        throw new UsageError(message, command);
    }
}
/** Reads `--format NAME` (and the `--json` alias) against the formats a command knows. */
function formatOf(command, formats, values) {
    if (values.json && values.format !== undefined && values.format !== 'json')
        throw new UsageError(`--json and --format ${values.format} disagree; give one of them.`, command);
    const format = values.json ? 'json' : (values.format ?? formats[0]);
    if (!formats.includes(format))
        throw new UsageError(`unknown format "${format}"; use ${formats.join(', ')}.`, command);
    return format;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/colour.ts
/**
 * Whether to colour the output, as the usual libraries decide (supports-color, Node's
 * `tty.hasColors`): `FORCE_COLOR` wins (any value but `0` or `false` turns colour on, even when
 * the output is not a terminal, as in CI logs); otherwise a non-empty `NO_COLOR`
 * (https://no-color.org) turns it off; otherwise colour when the output is a terminal that is
 * not `TERM=dumb`.
 */
function useColour(env, isTty) {
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !['0', 'false'].includes(force.trim().toLowerCase());
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return isTty && env.TERM !== 'dumb';
}

// EXTERNAL MODULE: ./src/cli/installation.ts
var installation = __nccwpck_require__(16);
// EXTERNAL MODULE: ./src/cli/usage.ts
var cli_usage = __nccwpck_require__(7485);
;// CONCATENATED MODULE: ./src/cli/main.ts



/**
 * Each command's module, loaded only when that command runs: `execplan init` never loads the
 * parser's dependencies' formatters, `--help` and `--version` load no command at all.
 */
const COMMANDS = {
    validate: () => Promise.all(/* import() */[__nccwpck_require__.e(803), __nccwpck_require__.e(725), __nccwpck_require__.e(123), __nccwpck_require__.e(799)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7799)),
    progress: () => Promise.all(/* import() */[__nccwpck_require__.e(803), __nccwpck_require__.e(123), __nccwpck_require__.e(186)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4186)),
    delta: () => Promise.all(/* import() */[__nccwpck_require__.e(803), __nccwpck_require__.e(123), __nccwpck_require__.e(256)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5256)),
    init: () => __nccwpck_require__.e(/* import() */ 182).then(__nccwpck_require__.bind(__nccwpck_require__, 5182)),
};
const wantsHelp = (args) => {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
};
async function runCli(argv, io) {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case '--version':
            case '-v':
                io.stdout(`${(0,installation/* packageVersion */.Tl)()}\n`);
                return cli_usage/* EXIT_OK */.Ij;
            case undefined:
                io.stderr(cli_usage/* OVERVIEW */.wS);
                return cli_usage/* EXIT_USAGE */.Ri;
            case '--help':
            case '-h':
            case 'help': {
                const topic = rest[0];
                io.stdout((0,cli_usage/* isCommand */.y9)(topic) ? cli_usage/* COMMAND_HELP */.Ql[topic] : cli_usage/* OVERVIEW */.wS);
                return cli_usage/* EXIT_OK */.Ij;
            }
        }
        if (!(0,cli_usage/* isCommand */.y9)(command))
            throw new cli_usage/* UsageError */.eb(`unknown command "${command}".`);
        if (wantsHelp(rest)) {
            io.stdout(cli_usage/* COMMAND_HELP */.Ql[command]);
            return cli_usage/* EXIT_OK */.Ij;
        }
        const { run } = await COMMANDS[command]();
        return await run(rest, io);
    }
    catch (error) {
        if (error instanceof cli_usage/* UsageError */.eb) {
            const usage = error.command ? cli_usage/* COMMAND_HELP */.Ql[error.command].split('\n\n')[0] : cli_usage/* OVERVIEW */.wS.split('\n\n')[0];
            const more = error.command ? `execplan ${error.command} --help` : 'execplan --help';
            io.stderr(`execplan: ${error.message}\n\n${usage}\nMore: ${more}\n`);
            return cli_usage/* EXIT_USAGE */.Ri;
        }
        // By name, not `instanceof`: importing the class would load every rule before any command ran.
        if (error instanceof Error && error.name === 'ConfigError') {
            io.stderr(`execplan: invalid configuration: ${error.message}\n`);
            return cli_usage/* EXIT_USAGE */.Ri;
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/cli/terminal-safe.ts + 1 modules
var terminal_safe = __nccwpck_require__(2824);
;// CONCATENATED MODULE: ./src/cli.ts



// `execplan validate | head -1`: the reader left; stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
    process.exit(process.exitCode ?? 0);
});
// The command-line entry point: everything else lives in `runCli`, which tests call directly.
// (`dist/cli.js`, written by scripts/build.mjs, turns on Node's module compile cache first.)
runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    // Messages quote paths and configuration text: never an escape sequence or a workflow command.
    stderr: (text) => process.stderr.write((0,terminal_safe/* terminalSafe */.k)(text)),
    colour: useColour(process.env, process.stdout.isTTY === true),
    now: () => new Date(),
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`execplan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
});

