import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  CACHE_FILE_NAME,
  DEFAULT_CACHE_LOCATION,
  DamagedCacheError,
  cacheFilePath
} from "./chunk-RH2XGFDA.js";
import {
  countFindings
} from "./chunk-B5UUWPHV.js";
import {
  sameStamp
} from "./chunk-L7GMDCVL.js";
import "./chunk-OL54AZMW.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/cache.ts
import { readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

// src/cli/cache-file.ts
import { createRequire } from "node:module";
import * as zlib from "node:zlib";
var MARKER = "execplan-validate-cache";
var FORMAT = 7;
var DIGEST = "blake2b512";
var crypto;
var hash = (algorithm, data) => (crypto ??= createRequire(import.meta.url)("node:crypto")).createHash(algorithm).update(data).digest("hex");
function cacheFileBytes(entries, version, settings) {
  const blocks = [];
  let offset = 0;
  const place = (block) => {
    if (!block || block.length === 0) return [0, 0];
    blocks.push(block);
    offset += block.length;
    return [offset - block.length, block.length];
  };
  const rows = [...entries].map(([path, { digest, stamp, outcome, json }]) => {
    const head = [path, digest, stamp ?? null];
    if ("error" in outcome) return [...head, outcome.error, 0, 0, 0, 0, 0, 0];
    const block = "block" in outcome ? outcome.block : Buffer.from(compactBlock(outcome.findings));
    return [...head, null, outcome.totals.errors, outcome.totals.warnings, ...place(json), ...place(block)];
  });
  const body = Buffer.concat([Buffer.from(JSON.stringify(rows) + "\n"), ...blocks]);
  const header = JSON.stringify({ marker: MARKER, format: FORMAT, version, checksum: checksumOf(body), settings });
  return Buffer.concat([Buffer.from(`${header}
`), body]);
}
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
  const damaged = () => new DamagedCacheError(`the cache file ${file} holds findings this tool did not write, under a valid checksum`);
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
var checksumOf = (data) => crc322 ? `crc32-${crc322(data).toString(16)}` : hash("sha256", data);
var HASH = /^[0-9a-f]{128}$/;
var isStamp = (value) => Array.isArray(value) && value.length === 5 && value.every((n) => typeof n === "number" && Number.isFinite(n));
var isCount = (n) => Number.isSafeInteger(n) && n >= 0;
function readEntries(file, version, settings, name = "the cache file") {
  try {
    const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    const newline = bytes.indexOf(10);
    if (newline === -1) return void 0;
    const header = JSON.parse(bytes.toString("utf8", 0, newline));
    if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version) return void 0;
    if (header.settings !== settings) return void 0;
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
      if (!Array.isArray(row) || row.length !== 10) return void 0;
      const [path, digest, stamp, error, errors, warnings, jsonAt, jsonLength, at, length] = row;
      if (typeof path !== "string" || typeof digest !== "string" || !HASH.test(digest)) return void 0;
      if (stamp !== null && !isStamp(stamp)) return void 0;
      const common = { digest, stamp: stamp ?? void 0 };
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

// src/cli/cache.ts
var SETTLED_MS = 2e3;
function settingsOf(job) {
  const base = job.base === void 0 ? null : hash("sha256", job.base);
  return JSON.stringify([job.settings, job.strict, base, job.docsBaseUrl ?? null]);
}
var ValidationCache = class _ValidationCache {
  constructor(file, version, settings, entries, readAtMs) {
    this.file = file;
    this.version = version;
    this.settings = settings;
    this.entries = entries;
    this.readAtMs = readAtMs;
  }
  file;
  version;
  settings;
  entries;
  readAtMs;
  changed = false;
  /**
   * Opens the cache file, or starts an empty cache when it is missing, cannot be trusted or holds
   * other settings. `readAtMs`: a moment no later than this run's first read of a plan.
   */
  static open(file, version, job, readAtMs) {
    const settings = settingsOf(job);
    let bytes;
    try {
      bytes = readFileSync(file);
    } catch {
      bytes = void 0;
    }
    const entries = bytes !== void 0 && readEntries(bytes, version, settings, file) || /* @__PURE__ */ new Map();
    return new _ValidationCache(file, version, settings, entries, readAtMs);
  }
  /** The hash of a plan's bytes (or text). */
  digestOf(content) {
    return hash(DIGEST, content);
  }
  /** Whether `stamp` is the very version of `path` that was validated (no reading, no hashing). */
  unchanged(path, stamp) {
    const entry = this.entries.get(path);
    return entry?.stamp !== void 0 && sameStamp(entry.stamp, stamp);
  }
  /** The outcome of a plan known unchanged by `unchanged`, or validated with the bytes of `digest`. */
  get(path, digest) {
    const entry = this.entries.get(path);
    if (!entry || digest !== void 0 && entry.digest !== digest) return void 0;
    return entry.outcome;
  }
  /** The cached `findingsJson` of a plan, as bytes, when its entry holds one. */
  json(path) {
    return this.entries.get(path)?.json;
  }
  /** `stamp`, if its file had been still long enough before this run to be trusted later. */
  settled(stamp) {
    return Math.max(stamp[3], stamp[4]) < this.readAtMs - SETTLED_MS ? stamp : void 0;
  }
  /** The stamp a plan found unchanged by its digest was read with, if the entry lacks it. */
  restamp(path, read) {
    const entry = this.entries.get(path);
    const stamp = this.settled(read);
    if (!entry || stamp === void 0 || entry.stamp !== void 0 && sameStamp(entry.stamp, stamp)) return;
    this.entries.set(path, { ...entry, stamp });
    this.changed = true;
  }
  /**
   * Records a plan's outcome, validated in this run from the bytes of `digest`, read with `read`
   * (`json`: its findings as the JSON report writes them).
   */
  set(path, digest, read, outcome, json) {
    const stored = "error" in outcome ? outcome : { totals: countFindings(outcome.findings), findings: outcome.findings };
    const bytes = json === void 0 ? void 0 : Buffer.from(json);
    this.entries.set(path, { digest, stamp: this.settled(read), outcome: stored, json: bytes });
    this.changed = true;
  }
  /**
   * Writes the cache if it changed, through a temporary file renamed over it. A block read from
   * the old file and not used is written back as it was, unread.
   */
  async save() {
    if (!this.changed) return;
    const bytes = cacheFileBytes(this.entries, this.version, this.settings);
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, this.file);
    this.changed = false;
  }
};
export {
  CACHE_FILE_NAME,
  DEFAULT_CACHE_LOCATION,
  DamagedCacheError,
  ValidationCache,
  cacheFilePath,
  readEntries,
  settingsOf
};
