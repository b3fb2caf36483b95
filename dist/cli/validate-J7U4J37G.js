import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  loadConfig
} from "./chunk-VBWXL4SO.js";
import {
  decodePlan,
  displayPath,
  expandPlanPaths,
  readPlanFile,
  repositoryRoot
} from "./chunk-6PBQQLDQ.js";
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
  DamagedCacheError,
  cacheFilePath
} from "./chunk-RH2XGFDA.js";
import {
  hasErrors
} from "./chunk-B5UUWPHV.js";
import {
  planReader
} from "./chunk-L7GMDCVL.js";
import "./chunk-OL54AZMW.js";
import {
  DEFAULT_DOCS_BASE_URL,
  repositoryWebUrl,
  rulesDocsBase
} from "./chunk-PSCENAST.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/validate.ts
import { rmSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/cli/docs-base.ts
function cliDocsBase() {
  const manifest = packageManifest();
  const repository = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  const web = repository === void 0 ? void 0 : repositoryWebUrl(repository);
  return web === void 0 ? DEFAULT_DOCS_BASE_URL : rulesDocsBase(web, `v${manifest.version}`);
}

// src/cli/validate-files.ts
import { parse, resolve } from "node:path";
async function validateFiles(files, cwd, options) {
  const job = {
    settings: options.settings,
    strict: options.strict,
    base: options.base,
    ...options.docsBaseUrl !== void 0 ? { docsBaseUrl: options.docsBaseUrl } : {}
  };
  const readAtMs = (options.now ?? Date.now)();
  const cache = options.cache ? (
    // Loaded only for --cache, with the hashing and checksum modules it needs.
    (await import("./cache-OUGJJHD5.js")).ValidationCache.open(
      cacheFilePath(cwd, options.cache.location),
      options.cache.version,
      job,
      readAtMs
    )
  ) : void 0;
  const kept = [];
  const outcomes = [];
  const misses = [];
  const readPlan = planReader();
  for (const file of files) {
    const read = readPlan(
      file.absolute,
      options.root ?? parse(resolve(file.absolute)).root,
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
      cache.restamp(file.absolute, read.stamp);
      continue;
    }
    const decoded = decodePlan(read.bytes);
    if ("error" in decoded) outcomes[index] = { error: decoded.error };
    else misses.push({ index, text: decoded.text, absolute: file.absolute, digest, stamp: read.stamp });
  }
  const validated = misses.length === 0 ? [] : await (await import("./worker-pool-6QZIWB6K.js")).lintAll(
    misses.map((m) => m.text),
    job,
    options.workers
  );
  if (cache && misses.length > 0) {
    const { findingsJson } = await import("./json-HLNECRP3.js");
    for (const [i, miss] of misses.entries()) {
      const outcome = validated[i];
      const json = "findings" in outcome ? findingsJson(outcome.findings) : void 0;
      cache.set(miss.absolute, miss.digest, miss.stamp, outcome, json);
    }
  }
  for (const [i, miss] of misses.entries()) outcomes[miss.index] = validated[i];
  await cache?.save().catch(() => void 0);
  return kept.map(({ path, absolute }, index) => {
    const outcome = outcomes[index];
    const baselined = options.base === void 0 ? {} : { baselined: true };
    if ("error" in outcome) return { path, findings: [], error: outcome.error, ...baselined };
    let findings;
    const result = "load" in outcome ? {
      path,
      findingCounts: outcome.totals,
      get findings() {
        return findings ??= outcome.load();
      }
    } : { path, findings: outcome.findings, ...baselined };
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
  const print = (output2) => {
    if (typeof output2 === "string") io.stdout(output2);
    else if (io.stdoutBytes) io.stdoutBytes(output2);
    else io.stdout(Buffer.from(output2).toString("utf8"));
  };
  const usingDefault = positionals.length === 0;
  const expansion = await expandPlanPaths(usingDefault ? [DEFAULT_PLAN_GLOB] : positionals, io.cwd);
  if (usingDefault && expansion.files.length === 0) {
    io.stderr(`execplan: no plans found (looked for ${DEFAULT_PLAN_GLOB} in ${io.cwd}).
`);
    if (format === "json" || format === "sarif") print(await render([]));
    return EXIT_OK;
  }
  if (values.base !== void 0 && expansion.files.length + expansion.unmatched.length !== 1) {
    throw new UsageError("--base gives the base version of one plan: name exactly one plan with it.", "validate");
  }
  let base;
  if (values.base !== void 0) {
    const read = await readPlanFile(resolve2(io.cwd, values.base));
    if ("error" in read) {
      io.stderr(`execplan: ${values.base}: ${read.error}
`);
      return EXIT_USAGE;
    }
    base = read.text;
  }
  const files = expansion.files.map((file) => {
    const absolute = resolve2(io.cwd, file);
    return { path: displayPath(root, absolute), absolute };
  });
  const strict = values.strict ?? false;
  if (values.fix || values["fix-dry-run"]) {
    const write = !values["fix-dry-run"];
    const { fixDiff, fixFiles, fixSummary } = await import("./fix-files-RC6SFGEN.js");
    const fixes = await fixFiles(expansion.files, io.cwd, { settings, strict, base, write });
    io.stderr(fixSummary(fixes, write));
    const fixed = fixes.map((f) => f.result);
    print(write ? await render(fixed) : fixDiff(fixes));
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
      reports2.push({ path: displayPath(root, resolve2(io.cwd, arg)), findings: [], error: `${arg} ${reason}.` });
    }
    return reports2;
  };
  let reports = await collect();
  for (const { arg, reason, always } of expansion.unmatched)
    if (!usingDefault || always) io.stderr(`execplan: ${arg} ${reason}.
`);
  let output;
  try {
    output = await render(reports);
  } catch (error) {
    if (!(error instanceof DamagedCacheError) || !cache) throw error;
    io.stderr(`execplan: ${error.message}: it is deleted, and the plans are validated again.
`);
    rmSync(cacheFilePath(io.cwd, cache.location), { force: true });
    reports = await collect();
    output = await render(reports);
  }
  print(output);
  if (reports.some((r) => r.error !== void 0)) return EXIT_USAGE;
  return reports.some(hasErrors) ? EXIT_FINDINGS : EXIT_OK;
}
async function renderReports(format, reports, io, docsBaseUrl) {
  switch (format) {
    case "json":
      return (await import("./json-HLNECRP3.js")).formatJsonBytes(reports, knownFindingsJson);
    case "sarif":
      return (await import("./sarif-OE6XNMTG.js")).formatSarif(reports, packageVersion(), docsBaseUrl);
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
