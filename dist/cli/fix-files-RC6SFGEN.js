import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-B27LL6B7.js";
import {
  readPlanFile
} from "./chunk-6PBQQLDQ.js";
import {
  installedFile
} from "./chunk-VJHWKGP3.js";
import "./chunk-L7GMDCVL.js";
import {
  lintPlan
} from "./chunk-OCZRQRJC.js";
import "./chunk-VEE3CH6S.js";
import "./chunk-PSCENAST.js";
import {
  PlanLimitError,
  findSection,
  lineText,
  parsePlan,
  progressItems
} from "./chunk-KTUVPLMJ.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/fix-files.ts
import { readFile, writeFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";

// src/core/fix.ts
var MAX_FIX_PASSES = 5;
function rawOffsets(raw) {
  const bom = raw.charCodeAt(0) === 65279 ? 1 : 0;
  const chars = [];
  const map = [];
  for (let i = bom; i < raw.length; i++) {
    const c = raw[i];
    map.push(i);
    if (c === "\r") {
      chars.push("\n");
      if (raw[i + 1] === "\n") i++;
    } else chars.push(c);
  }
  map.push(raw.length);
  return { map: Int32Array.from(map), text: chars.join("") };
}
function dominantLineEnding(raw) {
  let crlf = 0;
  let lf = 0;
  for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) {
    if (raw[i - 1] === "\r") crlf++;
    else lf++;
  }
  return crlf > 0 && crlf >= lf ? "\r\n" : "\n";
}
function compatibleFixes(findings) {
  const taken = [];
  const chosen = [];
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    chosen.push(finding);
  }
  return chosen;
}
function applyFixes(raw, findings) {
  const { map } = rawOffsets(raw);
  const eol = dominantLineEnding(raw);
  const edits = findings.flatMap((f, order) => (f.fix?.edits ?? []).map((edit, index) => ({ edit, order, index }))).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order || a.index - b.index);
  let out = "";
  let at = 0;
  for (const { edit } of edits) {
    const start = map[edit.start];
    const end = map[edit.end];
    out += raw.slice(at, start) + (eol === "\n" ? edit.text : edit.text.replace(/\n/g, eol));
    at = Math.max(at, end);
  }
  return out + raw.slice(at);
}
function fixText(raw, options = {}, maxPasses = MAX_FIX_PASSES) {
  let text = raw;
  const fixed = [];
  let passes = 0;
  let findings = lintPlan(text, options).findings;
  while (passes < maxPasses) {
    const chosen = compatibleFixes(findings);
    if (chosen.length === 0) break;
    const next = applyFixes(text, chosen);
    if (next === text) break;
    text = next;
    fixed.push(...chosen);
    passes++;
    findings = lintPlan(text, options).findings;
  }
  return { text, changed: text !== raw, fixed, remaining: findings, passes };
}
var isFixable = (finding) => (finding.fix?.edits.length ?? 0) > 0;
var engineText = (raw) => rawOffsets(raw).text;

// src/cli/git-dates.ts
import { execFile } from "node:child_process";
import { basename, dirname } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var CHECKED = /\[[xX]\]/;
var NOT_COMMITTED = /^0{40}$/;
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}
async function blameLine(cwd, file, line) {
  const out = await git(cwd, ["blame", "--porcelain", "-L", `${line},${line}`, "--", file]);
  const [header] = out.split("\n");
  const [commit, origLine] = header.split(" ");
  const path = /^filename (.*)$/m.exec(out)?.[1] ?? file;
  return { commit, line: Number(origLine), path };
}
async function lineHistory(cwd, commit, path, line) {
  const out = await git(cwd, ["log", "--no-color", "--format=%x00%H %ct %P", "-L", `${line},${line}:${path}`, commit]);
  return out.split("\0").filter((chunk) => chunk.trim() !== "").map((chunk) => {
    const [header, ...rest] = chunk.split("\n");
    const [hash, time, ...parents] = header.trim().split(" ");
    const added = rest.filter((l) => l.startsWith("+") && !l.startsWith("+++")).map((l) => l.slice(1));
    const removed = rest.filter((l) => l.startsWith("-") && !l.startsWith("---")).map((l) => l.slice(1));
    return { commit: hash, time: Number(time), parents: parents.filter(Boolean).length, added, removed };
  });
}
async function dateItem(cwd, top, file, item) {
  const blame = await blameLine(cwd, file, item.line);
  if (NOT_COMMITTED.test(blame.commit)) return "the item is not committed yet, so git cannot say when it was checked";
  const history = await lineHistory(top, blame.commit, blame.path, blame.line);
  for (const change of history) {
    if (!change.added.some((l) => CHECKED.test(l))) return "its history in git does not show the box being checked";
    const wasChecked = change.removed.some((l) => CHECKED.test(l));
    if (wasChecked) continue;
    if (change.parents > 1)
      return `it was checked in a merge commit (${change.commit.slice(0, 7)}), which does not say when`;
    if (change.added.filter((l) => CHECKED.test(l)).length > 1)
      return `commit ${change.commit.slice(0, 7)} checked several items on these lines at once, so which is which is not clear`;
    return new Date(change.time * 1e3);
  }
  return "its history in git does not show the box being checked";
}
async function gitItemDates(file, items) {
  const dates = /* @__PURE__ */ new Map();
  const reasons = /* @__PURE__ */ new Map();
  if (items.length === 0) return { dates, reasons };
  const cwd = dirname(file);
  let top;
  try {
    top = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
  } catch {
    for (const item of items)
      reasons.set(item.line, "the plan is not in a git repository, so its history cannot date it");
    return { dates, reasons };
  }
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) seen.set(item.text, (seen.get(item.text) ?? 0) + 1);
  for (const item of items) {
    if ((seen.get(item.text) ?? 0) > 1) {
      reasons.set(item.line, "another checked item has the same text, so its date cannot be told apart");
      continue;
    }
    let dated;
    try {
      dated = await dateItem(cwd, top, basename(file), item);
    } catch (error) {
      dated = `git could not tell (${String(error.message).split("\n")[0]})`;
    }
    if (typeof dated === "string") reasons.set(item.line, dated);
    else dates.set(item.text, dated);
  }
  return { dates, reasons };
}

// src/cli/fix-files.ts
var BOM = "\uFEFF";
async function readTemplate() {
  try {
    return await readFile(installedFile(join("templates", "plan.md")), "utf8");
  } catch {
    return void 0;
  }
}
function undatedItems(text, settings) {
  const plan = parsePlan(text);
  const section = findSection(plan, settings.sections.Progress);
  return progressItems(plan, section).filter((item) => item.status === "done" && !item.stamp.found).map((item) => ({ line: item.line, text: lineText(plan.source, item.line) }));
}
function reasonsAfterFixing(reasons, items, fixed) {
  const lines = engineText(fixed).split("\n");
  const next = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Map();
  for (const [line, why] of [...reasons].sort(([a], [b]) => a - b)) {
    const text = items.find((item) => item.line === line)?.text;
    const index = text === void 0 ? -1 : lines.indexOf(text, next.get(text) ?? 0);
    if (text !== void 0 && index !== -1) next.set(text, index + 1);
    out.set(index === -1 ? line : index + 1, why);
  }
  return out;
}
async function fixFiles(files, cwd, options) {
  const template = await readTemplate();
  const out = [];
  for (const path of files) {
    const absolute = resolve(cwd, path);
    const read = await readPlanFile(absolute);
    if ("error" in read) {
      out.push({
        path,
        before: "",
        after: "",
        fixed: [],
        result: { path, findings: [], error: read.error },
        undated: /* @__PURE__ */ new Map()
      });
      continue;
    }
    const bytes = await readFile(absolute);
    const before = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? BOM + read.text : read.text;
    try {
      const undated = undatedItems(before, options.settings);
      const history = await gitItemDates(absolute, undated);
      const lint = {
        settings: options.settings,
        strict: options.strict,
        ...options.base !== void 0 ? { base: options.base } : {},
        ...template !== void 0 ? { template } : {},
        itemDates: history.dates
      };
      const outcome = fixText(before, lint);
      if (outcome.changed && options.write) await writeFile(absolute, outcome.text, "utf8");
      out.push({
        path,
        before,
        after: outcome.text,
        fixed: outcome.fixed,
        result: { path, findings: outcome.remaining },
        undated: reasonsAfterFixing(history.reasons, undated, outcome.text)
      });
    } catch (error) {
      if (!(error instanceof PlanLimitError)) throw error;
      out.push({
        path,
        before,
        after: before,
        fixed: [],
        result: { path, findings: [], error: error.message },
        undated: /* @__PURE__ */ new Map()
      });
    }
  }
  return out;
}
var label = (side, path) => isAbsolute(path) ? path : `${side}/${path}`;
function fixDiff(fixes) {
  return fixes.filter((f) => f.before !== f.after).map(
    (f) => createTwoFilesPatch(label("a", f.path), label("b", f.path), f.before, f.after, void 0, void 0, {
      context: 3
    })
  ).join("");
}
var byRule = (findings) => {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a < b ? -1 : 1).map(([rule, n]) => `${rule} ${n}`).join(", ");
};
function fixSummary(fixes, write) {
  const lines = [];
  let total = 0;
  for (const f of fixes) {
    if (f.result.error !== void 0) continue;
    total += f.fixed.length;
    const left = f.result.findings;
    const fixable = left.filter(isFixable);
    const did = write ? "fixed" : "would fix";
    const fixedPart = f.fixed.length > 0 ? `${did} ${f.fixed.length} (${byRule(f.fixed)})` : "nothing to fix";
    const leftPart = left.length > 0 ? `${left.length} left (${byRule(left)})` : "nothing left";
    lines.push(
      `${f.path}: ${fixedPart}; ${leftPart}${fixable.length > 0 ? `, ${fixable.length} of them fixable by another pass` : ""}`
    );
    for (const [line, why] of [...f.undated].sort(([a], [b]) => a - b)) {
      lines.push(`  ${f.path}:${line}  progress-timestamp not dated: ${why}.`);
    }
  }
  lines.push(
    `${write ? "Fixed" : "Would fix"} ${total} finding${total === 1 ? "" : "s"} in ${fixes.filter((f) => f.fixed.length > 0).length} of ${fixes.length} plan${fixes.length === 1 ? "" : "s"}.`
  );
  return lines.join("\n") + "\n";
}
export {
  fixDiff,
  fixFiles,
  fixSummary
};
