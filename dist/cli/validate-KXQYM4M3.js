import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-LT77SPHU.js";
import {
  decodePlan,
  displayPath,
  expandPlanPaths,
  planReader,
  readPlanFile,
  repositoryRoot,
  sameStamp
} from "./chunk-J3REXWXP.js";
import {
  terminalSafe
} from "./chunk-YLH3IWOL.js";
import {
  packageManifest,
  packageVersion
} from "./chunk-VJHWKGP3.js";
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
  DEFAULT_DOCS_BASE_URL,
  repositoryWebUrl,
  rulesDocsBase
} from "./chunk-PSCENAST.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import {
  countFindings,
  hasErrors
} from "./chunk-B5UUWPHV.js";
import "./chunk-OL54AZMW.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/validate.ts
import { rmSync } from "node:fs";
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
import { readFileSync } from "node:fs";
import * as zlib from "node:zlib";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
var DEFAULT_CACHE_LOCATION = join("node_modules", ".cache", "execplan");
var CACHE_FILE_NAME = "validate-cache.json";
var MARKER = "execplan-validate-cache";
var FORMAT = 6;
var KEY_HASH = "blake2b512";
var DamagedCacheError = class extends Error {
};
var SETTLED_MS = 2e3;
var settledStamp = (stamp, readAtMs) => Math.max(stamp[3], stamp[4]) < readAtMs - SETTLED_MS ? stamp : void 0;
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
    this.common = sha256(
      JSON.stringify([MARKER, FORMAT, version, job.settings, job.strict, base, job.docsBaseUrl ?? null])
    );
  }
  file;
  version;
  entries;
  common;
  changed = false;
  /** Opens the cache file, or starts an empty cache when it is missing or cannot be trusted. */
  static open(file, version, job) {
    let bytes;
    try {
      bytes = readFileSync(file);
    } catch {
      bytes = void 0;
    }
    const entries = bytes !== void 0 && readEntries(bytes, version, file) || /* @__PURE__ */ new Map();
    return new _ValidationCache(file, version, job, entries);
  }
  /** The hash of a plan's bytes (or text), which its key is made from. */
  digestOf(content) {
    return createHash(KEY_HASH).update(content).digest("hex");
  }
  /** The key of a plan with this digest under this run's settings, base and version. */
  keyOf(digest) {
    return createHash(KEY_HASH).update(`${this.common}\0${digest}`).digest("hex");
  }
  /** Whether `stamp` is the very version of `path` that was validated under this run's key. */
  unchanged(path, stamp) {
    const entry = this.entries.get(path);
    return entry?.stamp !== void 0 && sameStamp(entry.stamp, stamp) && entry.key === this.keyOf(entry.digest);
  }
  /** The outcome of a plan known unchanged by `unchanged`, or cached under the key of `digest`. */
  get(path, digest) {
    const entry = this.entries.get(path);
    if (!entry || entry.key !== this.keyOf(digest ?? entry.digest)) return void 0;
    return entry.outcome;
  }
  /** The cached `findingsJson` of a plan, as bytes, when its entry holds one. */
  json(path) {
    return this.entries.get(path)?.json;
  }
  /** A newer stamp for a plan found unchanged by its digest. */
  restamp(path, stamp) {
    const entry = this.entries.get(path);
    if (!entry || stamp === void 0 || entry.stamp !== void 0 && sameStamp(entry.stamp, stamp)) return;
    this.entries.set(path, { ...entry, stamp });
    this.changed = true;
  }
  /** Records a plan's outcome, validated in this run (`json`: its findings as the JSON report writes them). */
  set(path, digest, stamp, outcome, json) {
    const stored = "error" in outcome ? outcome : { totals: countFindings(outcome.findings), findings: outcome.findings };
    const bytes = json === void 0 ? void 0 : Buffer.from(json);
    this.entries.set(path, { key: this.keyOf(digest), digest, stamp, outcome: stored, json: bytes });
    this.changed = true;
  }
  /**
   * Writes the cache if it changed, through a temporary file renamed over it. A block read from
   * the old file and not used is written back as it was, unread.
   */
  async save() {
    if (!this.changed) return;
    const blocks = [];
    let offset = 0;
    const place = (block) => {
      if (!block || block.length === 0) return [0, 0];
      blocks.push(block);
      offset += block.length;
      return [offset - block.length, block.length];
    };
    const rows = [...this.entries].map(([path, { key, digest, stamp, outcome, json }]) => {
      const head = [path, key, digest, stamp ?? null];
      if ("error" in outcome) return [...head, outcome.error, 0, 0, 0, 0, 0, 0];
      const block = "block" in outcome ? outcome.block : Buffer.from(compactBlock(outcome.findings));
      return [...head, null, outcome.totals.errors, outcome.totals.warnings, ...place(json), ...place(block)];
    });
    const body = Buffer.concat([Buffer.from(JSON.stringify(rows) + "\n"), ...blocks]);
    const header = JSON.stringify({
      marker: MARKER,
      format: FORMAT,
      version: this.version,
      checksum: checksumOf(body)
    });
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.concat([Buffer.from(`${header}
`), body]));
    await rename(temporary, this.file);
    this.changed = false;
  }
};
function compactBlock(findings) {
  const strings = [];
  const indexes = /* @__PURE__ */ new Map();
  const index = (text) => {
    let at = indexes.get(text);
    if (at === void 0) indexes.set(text, at = strings.push(text) - 1);
    return at;
  };
  const rows = findings.map((f) => [
    index(f.ruleId),
    f.severity === "error" ? 1 : 0,
    f.line,
    f.column,
    f.endLine,
    f.endColumn,
    index(f.message),
    // What the result model carries besides: the docs link of this version, the fingerprints
    // SARIF reports, and the fix that JSON and --fix use.
    index(f.url),
    f.fingerprint ?? "",
    f.lineHash ?? "",
    f.fix ? JSON.stringify(f.fix) : ""
  ]);
  return JSON.stringify([strings, rows]);
}
function findingsOfBlock(block, totals, file) {
  const damaged = () => new DamagedCacheError(
    `the cache file ${file} holds findings this tool did not write, under a valid checksum: delete it.`
  );
  let parsed;
  try {
    parsed = JSON.parse(Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString("utf8"));
  } catch {
    throw damaged();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw damaged();
  const [strings, rows] = parsed;
  if (!Array.isArray(strings) || !Array.isArray(rows) || !strings.every((s) => typeof s === "string")) throw damaged();
  const ruleIds = [];
  const findings = [];
  for (const row of rows) {
    const finding = findingOf(row, strings, ruleIds);
    if (!finding) throw damaged();
    findings.push(finding);
  }
  const counted = countFindings(findings);
  if (counted.errors !== totals.errors || counted.warnings !== totals.warnings) throw damaged();
  return findings;
}
var crc322 = zlib.crc32;
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
var checksumOf = (data) => crc322 ? `crc32-${crc322(data).toString(16)}` : sha256(data);
var HASH = /^[0-9a-f]{128}$/;
var isStamp = (value) => Array.isArray(value) && value.length === 5 && value.every((n) => typeof n === "number" && Number.isFinite(n));
var isCount = (n) => Number.isSafeInteger(n) && n >= 0;
function readEntries(file, version, name = "the cache file") {
  try {
    const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    const newline = bytes.indexOf(10);
    if (newline === -1) return void 0;
    const header = JSON.parse(bytes.toString("utf8", 0, newline));
    if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version) return void 0;
    const body = bytes.subarray(newline + 1);
    if (header.checksum !== checksumOf(body)) return void 0;
    const end = body.indexOf(10);
    if (end === -1) return void 0;
    const rows = JSON.parse(body.toString("utf8", 0, end));
    if (!Array.isArray(rows)) return void 0;
    const blocks = body.subarray(end + 1);
    const blockAt = (at, length) => {
      if (!isCount(at) || !isCount(length) || at + length > blocks.length) return false;
      return length === 0 ? void 0 : blocks.subarray(at, at + length);
    };
    const entries = /* @__PURE__ */ new Map();
    for (const row of rows) {
      if (!Array.isArray(row) || row.length !== 11) return void 0;
      const [path, key, digest, stamp, error, errors, warnings, jsonAt, jsonLength, at, length] = row;
      if (typeof path !== "string" || typeof key !== "string" || !HASH.test(key)) return void 0;
      if (typeof digest !== "string" || !HASH.test(digest) || stamp !== null && !isStamp(stamp)) return void 0;
      const common = { key, digest, stamp: stamp ?? void 0 };
      if (typeof error === "string") {
        entries.set(path, { ...common, outcome: { error }, json: void 0 });
        continue;
      }
      const [json, block] = [blockAt(jsonAt, jsonLength), blockAt(at, length)];
      if (error !== null || !isCount(errors) || !isCount(warnings) || json === false || !block) return void 0;
      if (json && (json[0] !== 91 || json[json.length - 1] !== 93)) return void 0;
      const totals = { errors, warnings };
      const load = () => findingsOfBlock(block, totals, name);
      entries.set(path, { ...common, outcome: { totals, load, block }, json });
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
  const readAtMs = (options.now ?? Date.now)();
  for (const file of files) {
    const read = readPlan(
      file.absolute,
      options.root ?? parse(resolve2(file.absolute)).root,
      cache && ((stamp) => cache.unchanged(file.absolute, stamp))
    );
    if ("skipped" in read && read.skipped) {
      options.onSkipped?.(`execplan: ${file.path} ${read.error} Skipped.
`);
      continue;
    }
    const index = kept.push(file) - 1;
    if ("unchanged" in read) {
      outcomes[index] = cache.get(file.absolute);
      continue;
    }
    if ("error" in read) {
      outcomes[index] = { error: read.error };
      continue;
    }
    const digest = cache?.digestOf(read.bytes) ?? "";
    const hit = cache?.get(file.absolute, digest);
    if (hit) {
      outcomes[index] = hit;
      cache.restamp(file.absolute, settledStamp(read.stamp, readAtMs));
      continue;
    }
    const decoded = decodePlan(read.bytes);
    if ("error" in decoded) outcomes[index] = { error: decoded.error };
    else misses.push({ index, text: decoded.text, absolute: file.absolute, digest, stamp: read.stamp });
  }
  const validated = misses.length === 0 ? [] : await (await import("./worker-pool-RJANSVLF.js")).lintAll(
    misses.map((m) => m.text),
    job,
    options.workers
  );
  if (cache && misses.length > 0) {
    const { findingsJson } = await import("./json-VB26SSQY.js");
    for (const [i, miss] of misses.entries()) {
      const outcome = validated[i];
      const json = "findings" in outcome ? findingsJson(outcome.findings) : void 0;
      cache.set(miss.absolute, miss.digest, settledStamp(miss.stamp, readAtMs), outcome, json);
    }
  }
  for (const [i, miss] of misses.entries()) outcomes[miss.index] = validated[i];
  await cache?.save().catch(() => void 0);
  return kept.map(({ path, absolute }, index) => {
    const outcome = outcomes[index];
    const baselined = options.base === void 0 ? {} : { baselined: true };
    if ("error" in outcome) return { path, findings: [], error: outcome.error, ...baselined };
    if (!("load" in outcome)) return { path, findings: outcome.findings, ...baselined };
    let findings;
    const result = {
      path,
      findingCounts: outcome.totals,
      get findings() {
        return findings ??= outcome.load();
      }
    };
    const json = cache?.json(absolute);
    if (json) findingsJsonKnown.set(result, json);
    return result;
  });
}
var findingsJsonKnown = /* @__PURE__ */ new WeakMap();
var knownFindingsJson = (result) => findingsJsonKnown.get(result);

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
    const { fixDiff, fixFiles, fixSummary } = await import("./fix-files-YI6TBFFH.js");
    const fixes = await fixFiles(expansion.files, io.cwd, { settings, strict, base, write });
    io.stderr(fixSummary(fixes, write));
    const fixed = fixes.map((f) => f.result);
    io.stdout(write ? await render(fixed) : fixDiff(fixes));
    if (fixed.some((r) => r.error !== void 0) || expansion.unmatched.length > 0) return EXIT_USAGE;
    return fixed.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
  }
  const cache = values.cache && base === void 0 ? { location: values["cache-location"], version: packageVersion() } : void 0;
  const collect = async () => {
    const reports2 = await validateFiles(files, io.cwd, {
      settings,
      strict,
      base,
      docsBaseUrl,
      root,
      onSkipped: (message) => io.stderr(message),
      now: () => io.now().getTime(),
      cache,
      workers
    });
    for (const { arg, reason, always } of expansion.unmatched) {
      if (usingDefault && !always) continue;
      reports2.push({ path: displayPath(root, resolve3(io.cwd, arg)), findings: [], error: `${arg} ${reason}.` });
    }
    return reports2;
  };
  let reports = await collect();
  for (const { arg, reason, always } of expansion.unmatched)
    if (!usingDefault || always) io.stderr(`execplan: ${arg} ${reason}.
`);
  let output;
  try {
    output = await renderValidated(format, reports, io, docsBaseUrl);
  } catch (error) {
    if (!(error instanceof DamagedCacheError) || !cache) throw error;
    io.stderr(`execplan: ${error.message} Validating without it.
`);
    rmSync(cacheFilePath(io.cwd, cache.location), { force: true });
    reports = await collect();
    output = await renderValidated(format, reports, io, docsBaseUrl);
  }
  if (typeof output === "string") io.stdout(output);
  else if (io.stdoutBytes) io.stdoutBytes(output);
  else io.stdout(Buffer.from(output.buffer, output.byteOffset, output.byteLength).toString("utf8"));
  if (reports.some((r) => r.error !== void 0)) return EXIT_USAGE;
  return reports.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
}
async function renderValidated(format, reports, io, docsBaseUrl) {
  if (format !== "json") return renderReports(format, reports, io, docsBaseUrl);
  return (await import("./json-VB26SSQY.js")).formatJsonBytes(reports, knownFindingsJson);
}
async function renderReports(format, reports, io, docsBaseUrl) {
  switch (format) {
    case "json":
      return (await import("./json-VB26SSQY.js")).formatJson(reports);
    case "sarif":
      return (await import("./sarif-5SMF7XJL.js")).formatSarif(reports, packageVersion(), docsBaseUrl);
    case "github":
      return (await import("./github-GPVAICUT.js")).formatGithub(reports);
    default:
      return terminalSafe(
        (await import("./stylish-7KXDGAHV.js")).formatStylish(reports, { enabled: io.colour }),
        io.colour
      );
  }
}
export {
  run
};
