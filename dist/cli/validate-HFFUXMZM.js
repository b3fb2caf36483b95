import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  hasErrors
} from "./chunk-AUWS7DZR.js";
import {
  loadConfig
} from "./chunk-W4IN22U7.js";
import "./chunk-OL54AZMW.js";
import {
  terminalSafe
} from "./chunk-YLH3IWOL.js";
import {
  DEFAULT_PLAN_GLOB,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  VALIDATE_FORMATS,
  formatOf,
  parseCommand
} from "./chunk-LGYYJPEW.js";
import "./chunk-PPUYP3TJ.js";
import {
  decodePlan,
  displayPath,
  expandPlanPaths,
  planReader,
  readPlanFile,
  repositoryRoot
} from "./chunk-3J3JEIY5.js";
import {
  packageManifest,
  packageVersion
} from "./chunk-VJHWKGP3.js";
import {
  DEFAULT_DOCS_BASE_URL,
  repositoryWebUrl,
  rulesDocsBase
} from "./chunk-PSCENAST.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/validate.ts
import { resolve as resolve3 } from "node:path";

// src/cli/docs-base.ts
function cliDocsBase() {
  const manifest = packageManifest();
  const repository = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const web = repository === void 0 ? void 0 : repositoryWebUrl(repository);
  return web === void 0 ? DEFAULT_DOCS_BASE_URL : rulesDocsBase(web, `v${manifest.version}`);
}

// src/cli/cache.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "execplan");
var CACHE_FILE_NAME = "validate-cache.json";
var MARKER = "execplan-validate-cache";
var FORMAT = 4;
var KEY_HASH = "blake2b512";
function cacheFilePath(cwd, location = DEFAULT_CACHE_LOCATION) {
  const path = resolve(cwd, location);
  return path.endsWith(".json") ? path : join(path, CACHE_FILE_NAME);
}
var ValidationCache = class _ValidationCache {
  constructor(file, version, job, entries) {
    this.file = file;
    this.version = version;
    this.entries = entries;
    const base = job.base === void 0 ? "-" : sha256(job.base);
    this.common = JSON.stringify([MARKER, FORMAT, version, job.settings, job.strict, base, job.docsBaseUrl ?? null]);
  }
  file;
  version;
  entries;
  common;
  changed = false;
  /** Opens the cache file, or starts an empty cache when it is missing or cannot be trusted. */
  static async open(file, version, job) {
    const text = await readFile(file, "utf8").catch(() => void 0);
    return new _ValidationCache(file, version, job, text !== void 0 && readEntries(text, version) || /* @__PURE__ */ new Map());
  }
  /** The key of one plan's text under this run's settings, base and version. */
  keyOf(content) {
    return createHash(KEY_HASH).update(this.common).update("\0").update(content).digest("hex");
  }
  /** The cached outcome of `path`, if it was validated with this very key. */
  get(path, key) {
    const entry = this.entries.get(path);
    return entry?.key === key ? entry.outcome : void 0;
  }
  set(path, key, outcome) {
    this.entries.set(path, { key, outcome });
    this.changed = true;
  }
  /**
   * Writes the cache if it changed, through a temporary file renamed over it. Findings are stored
   * as arrays, with rule ids and messages in one table of strings: a warm run reads this file
   * whole, and its size is most of that run's time.
   */
  async save() {
    if (!this.changed) return;
    const strings = [];
    const indexes = /* @__PURE__ */ new Map();
    const index = (text) => {
      let at = indexes.get(text);
      if (at === void 0) indexes.set(text, at = strings.push(text) - 1);
      return at;
    };
    const rows = [...this.entries].map(
      ([path, { key, outcome }]) => "error" in outcome ? [path, key, outcome.error] : [
        path,
        key,
        outcome.findings.map((f) => [
          index(f.ruleId),
          f.severity === "error" ? 1 : 0,
          f.line,
          f.column,
          f.endLine,
          f.endColumn,
          index(f.message),
          // What the result model carries besides: the docs link of this version, the
          // fingerprints SARIF reports, and the fix that JSON and --fix use.
          index(f.url),
          f.fingerprint ?? "",
          f.lineHash ?? "",
          f.fix ? JSON.stringify(f.fix) : ""
        ])
      ]
    );
    const body = JSON.stringify({ strings, rows });
    const header = JSON.stringify({ marker: MARKER, format: FORMAT, version: this.version, checksum: sha256(body) });
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${header}
${body}
`);
    await rename(temporary, this.file);
    this.changed = false;
  }
};
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function readEntries(text, version) {
  try {
    const newline = text.indexOf("\n");
    if (newline === -1) return void 0;
    const header = JSON.parse(text.slice(0, newline));
    const body = text.slice(newline + 1).replace(/\n$/, "");
    if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version) return void 0;
    if (header.checksum !== sha256(body)) return void 0;
    const { strings, rows } = JSON.parse(body);
    if (!Array.isArray(strings) || !Array.isArray(rows) || !strings.every((s) => typeof s === "string"))
      return void 0;
    const table = strings;
    const ruleIds = [];
    const entries = /* @__PURE__ */ new Map();
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 3) return void 0;
      const [path, key, value] = row;
      if (typeof path !== "string" || typeof key !== "string" || !/^[0-9a-f]{128}$/.test(key)) return void 0;
      if (typeof value === "string") {
        entries.set(path, { key, outcome: { error: value } });
        continue;
      }
      if (!Array.isArray(value)) return void 0;
      const findings = [];
      for (const item of value) {
        const finding = findingOf(item, table, ruleIds);
        if (!finding) return void 0;
        findings.push(finding);
      }
      entries.set(path, { key, outcome: { findings } });
    }
    return entries;
  } catch {
    return void 0;
  }
}
var isPosition = (n) => Number.isSafeInteger(n) && n >= 1;
var RULE_ID = /^[a-z][a-z0-9-]*$/;
function findingOf(item, strings, ruleIds) {
  if (!Array.isArray(item) || item.length !== 11) return void 0;
  const [rule, severity, line, column, endLine, endColumn, message, link, fingerprint, lineHash, fix] = item;
  const ruleId = Number.isSafeInteger(rule) ? strings[rule] : void 0;
  const text = Number.isSafeInteger(message) ? strings[message] : void 0;
  const url = Number.isSafeInteger(link) ? strings[link] : void 0;
  if (ruleId === void 0 || text === void 0 || url === void 0) return void 0;
  if (!(ruleIds[rule] ??= RULE_ID.test(ruleId))) return void 0;
  if (typeof fingerprint !== "string" || typeof lineHash !== "string" || typeof fix !== "string") return void 0;
  const parsedFix = fix === "" ? void 0 : JSON.parse(fix);
  if (parsedFix !== void 0 && !Array.isArray(parsedFix?.edits)) return void 0;
  if (severity !== 0 && severity !== 1) return void 0;
  if (!isPosition(line) || !isPosition(column) || !isPosition(endLine) || !isPosition(endColumn)) return void 0;
  const finding = {
    ruleId,
    severity: severity === 1 ? "error" : "warning",
    line,
    column,
    endLine,
    endColumn,
    message: text,
    url
  };
  if (fingerprint) finding.fingerprint = fingerprint;
  if (lineHash) finding.lineHash = lineHash;
  if (parsedFix) finding.fix = parsedFix;
  return finding;
}

// src/cli/validate-files.ts
import { parse, resolve as resolve2 } from "node:path";
async function validateFiles(files, cwd, options) {
  const job = {
    settings: options.settings,
    strict: options.strict,
    base: options.base,
    ...options.docsBaseUrl !== void 0 ? { docsBaseUrl: options.docsBaseUrl } : {}
  };
  const cache = options.cache ? await ValidationCache.open(cacheFilePath(cwd, options.cache.location), options.cache.version, job) : void 0;
  const kept = [];
  const outcomes = [];
  const misses = [];
  const readPlan = planReader();
  for (const file of files) {
    const read = readPlan(file.absolute, options.root ?? parse(resolve2(file.absolute)).root);
    if ("skipped" in read && read.skipped) {
      options.onSkipped?.(`execplan: ${file.path} ${read.error} Skipped.
`);
      continue;
    }
    const index = kept.push(file) - 1;
    if ("error" in read) {
      outcomes[index] = { error: read.error };
      continue;
    }
    const key = cache?.keyOf(read.bytes) ?? "";
    const hit = cache?.get(file.absolute, key);
    if (hit) {
      outcomes[index] = hit;
      continue;
    }
    const decoded = decodePlan(read.bytes);
    if ("error" in decoded) outcomes[index] = { error: decoded.error };
    else misses.push({ index, text: decoded.text, absolute: file.absolute, key });
  }
  const validated = misses.length === 0 ? [] : await (await import("./worker-pool-RJANSVLF.js")).lintAll(
    misses.map((m) => m.text),
    job,
    options.workers
  );
  for (const [i, miss] of misses.entries()) {
    outcomes[miss.index] = validated[i];
    cache?.set(miss.absolute, miss.key, validated[i]);
  }
  await cache?.save().catch(() => void 0);
  return kept.map(({ path }, index) => {
    const outcome = outcomes[index];
    const baselined = options.base === void 0 ? {} : { baselined: true };
    return "error" in outcome ? { path, findings: [], error: outcome.error, ...baselined } : { path, findings: outcome.findings, ...baselined };
  });
}

// src/cli/commands/validate.ts
async function run(args, io) {
  const { values, positionals } = parseCommand("validate", args, {
    strict: { type: "boolean", default: false },
    format: { type: "string" },
    config: { type: "string" },
    base: { type: "string" },
    fix: { type: "boolean", default: false },
    "fix-dry-run": { type: "boolean", default: false },
    cache: { type: "boolean", default: false },
    "cache-location": { type: "string" },
    workers: { type: "string" }
  });
  const workers = values.workers === void 0 ? void 0 : Number(values.workers);
  if (workers !== void 0 && !(Number.isInteger(workers) && workers >= 0))
    throw new UsageError(`--workers takes a whole number of threads, not "${values.workers}".`, "validate");
  const format = formatOf("validate", VALIDATE_FORMATS, values);
  const { settings } = await loadConfig(values.config, io.cwd);
  const root = repositoryRoot(io.cwd);
  const docsBaseUrl = cliDocsBase();
  const render = (reports2) => renderReports(format, reports2, io, docsBaseUrl);
  const usingDefault = positionals.length === 0;
  const expansion = await expandPlanPaths(usingDefault ? [DEFAULT_PLAN_GLOB] : positionals, io.cwd);
  if (usingDefault && expansion.files.length === 0) {
    io.stderr(`execplan: no plans found (looked for ${DEFAULT_PLAN_GLOB} in ${io.cwd}).
`);
    if (format === "json" || format === "sarif") io.stdout(await render([]));
    return EXIT_OK;
  }
  if (values.base !== void 0 && expansion.files.length + expansion.unmatched.length !== 1) {
    throw new UsageError("--base gives the base version of one plan: name exactly one plan with it.", "validate");
  }
  let base;
  if (values.base !== void 0) {
    const read = await readPlanFile(resolve3(io.cwd, values.base));
    if ("error" in read) {
      io.stderr(`execplan: ${values.base}: ${read.error}
`);
      return EXIT_USAGE;
    }
    base = read.text;
  }
  const files = expansion.files.map((file) => {
    const absolute = resolve3(io.cwd, file);
    return { path: displayPath(root, absolute), absolute };
  });
  const strict = values.strict ?? false;
  if (values.fix || values["fix-dry-run"]) {
    const write = !values["fix-dry-run"];
    const { fixDiff, fixFiles, fixSummary } = await import("./fix-files-SEUQGPEW.js");
    const fixes = await fixFiles(expansion.files, io.cwd, { settings, strict, base, write });
    io.stderr(fixSummary(fixes, write));
    const fixed = fixes.map((f) => f.result);
    io.stdout(write ? await render(fixed) : fixDiff(fixes));
    if (fixed.some((r) => r.error !== void 0) || expansion.unmatched.length > 0) return EXIT_USAGE;
    return fixed.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
  }
  const reports = await validateFiles(files, io.cwd, {
    settings,
    strict,
    base,
    docsBaseUrl,
    root,
    onSkipped: (message) => io.stderr(message),
    cache: values.cache && base === void 0 ? { location: values["cache-location"], version: packageVersion() } : void 0,
    workers
  });
  for (const { arg, reason, always } of expansion.unmatched) {
    if (usingDefault && !always) continue;
    io.stderr(`execplan: ${arg} ${reason}.
`);
    reports.push({ path: displayPath(root, resolve3(io.cwd, arg)), findings: [], error: `${arg} ${reason}.` });
  }
  io.stdout(await render(reports));
  if (reports.some((r) => r.error !== void 0)) return EXIT_USAGE;
  return reports.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
}
async function renderReports(format, reports, io, docsBaseUrl) {
  switch (format) {
    case "json":
      return (await import("./json-Y22ZUD55.js")).formatJson(reports);
    case "sarif":
      return (await import("./sarif-5SMF7XJL.js")).formatSarif(reports, packageVersion(), docsBaseUrl);
    case "github":
      return (await import("./github-GPVAICUT.js")).formatGithub(reports);
    default:
      return terminalSafe(
        (await import("./stylish-TQJUWXJW.js")).formatStylish(reports, { enabled: io.colour }),
        io.colour
      );
  }
}
export {
  run
};
