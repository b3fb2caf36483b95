import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  RULES,
  docsUrl
} from "./chunk-VEE3CH6S.js";
import {
  findSection,
  lineOf,
  lineText,
  parsePlan,
  pointOf,
  progressItems
} from "./chunk-KTUVPLMJ.js";
import {
  DEFAULT_SETTINGS
} from "./chunk-T6NT5P3X.js";

// src/core/controls.ts
var CONTROL = /^execplan-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;
function readSuppressions(comments) {
  const spans = [];
  const open = /* @__PURE__ */ new Map();
  const close = (key, line) => {
    const from = open.get(key);
    if (from === void 0) return;
    spans.push({ rules: key === "" ? null : /* @__PURE__ */ new Set([key]), from, to: line });
    open.delete(key);
  };
  for (const comment of comments) {
    const match = CONTROL.exec(comment.body.trim());
    if (!match) continue;
    const rules = match[2] ? match[2].split(/[\s,]+/).filter(Boolean) : [];
    const ruleSet = rules.length ? new Set(rules) : null;
    switch (match[1]) {
      case "disable-file":
        spans.push({ rules: ruleSet, from: 1, to: Number.MAX_SAFE_INTEGER });
        break;
      case "disable-line":
        spans.push({ rules: ruleSet, from: comment.line, to: comment.endLine });
        break;
      case "disable-next-line":
        spans.push({ rules: ruleSet, from: comment.endLine + 1, to: comment.endLine + 1 });
        break;
      case "disable":
        for (const key of rules.length ? rules : [""]) if (!open.has(key)) open.set(key, comment.line);
        break;
      case "enable":
        if (rules.length) for (const key of rules) close(key, comment.line);
        else for (const key of [...open.keys()]) close(key, comment.line);
        break;
    }
  }
  for (const key of [...open.keys()]) close(key, Number.MAX_SAFE_INTEGER);
  return {
    isSuppressed(ruleId, line) {
      return spans.some((s) => line >= s.from && line <= s.to && (s.rules === null || s.rules.has(ruleId)));
    }
  };
}

// src/core/fix-lines.ts
function lineReplacement(source, edits) {
  if (edits.length === 0) return void 0;
  const { text, lineStarts } = source;
  const anchored = edits.map((edit) => {
    const atLineStart = edit.start > 0 && text[edit.start - 1] === "\n";
    if (edit.start === edit.end && atLineStart && edit.text.endsWith("\n"))
      return { start: edit.start - 1, end: edit.start - 1, text: `
${edit.text.slice(0, -1)}` };
    return edit;
  });
  const first = Math.min(...anchored.map((e) => lineOf(source, e.start)));
  const last = Math.max(
    ...anchored.map((e) => lineOf(source, e.end > e.start && text[e.end - 1] === "\n" ? e.end - 1 : e.end))
  );
  const from = lineStarts[first - 1];
  const to = lineStarts[last - 1] + lineText(source, last).length;
  let out = "";
  let at = from;
  for (const edit of [...anchored].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.text;
    at = Math.max(at, edit.end);
  }
  out += text.slice(at, Math.max(at, to));
  return { line: first, endLine: last, text: out };
}

// src/core/redundant.ts
var REDUNDANT_NEXT_TO = {
  "context-paths": ["empty-section"],
  "validation-commands": ["empty-section"]
};
function dropRedundant(findings) {
  const at = new Set(findings.map((f) => `${f.ruleId}\0${f.line}`));
  let kept = 0;
  for (const f of findings) {
    const others = REDUNDANT_NEXT_TO[f.ruleId];
    if (others?.some((id) => at.has(`${id}\0${f.line}`))) continue;
    findings[kept++] = f;
  }
  findings.length = kept;
}

// src/core/lint.ts
function effectiveSetting(ruleId, settings, strict) {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  const configured = settings.severities[ruleId] ?? rule?.meta.defaultSeverity ?? "warning";
  return strict && configured !== "off" ? "error" : configured;
}
function lintPlan(input, options = {}) {
  const plan = typeof input === "string" ? parsePlan(input) : input;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const suppressions = readSuppressions(plan.comments);
  const findings = [];
  const sections = /* @__PURE__ */ new Map();
  let items;
  let basePlan;
  const section = (name) => {
    if (!sections.has(name)) sections.set(name, findSection(plan, settings.sections[name]));
    return sections.get(name);
  };
  for (const rule of RULES) {
    const severity = effectiveSetting(rule.meta.id, settings, options.strict ?? false);
    if (severity === "off") continue;
    const seenGroups = /* @__PURE__ */ new Set();
    const context = {
      plan,
      settings,
      section,
      progressItems: () => items ??= progressItems(plan, section("Progress")),
      base: () => {
        if (options.base === void 0) return void 0;
        return basePlan ??= typeof options.base === "string" ? parsePlan(options.base) : options.base;
      },
      template: () => options.template,
      itemDate: (line) => options.itemDates?.get(lineText(plan.source, line)),
      report: (report) => {
        if (suppressions.isSuppressed(rule.meta.id, report.line)) return;
        if (report.group !== void 0) {
          if (seenGroups.has(report.group)) return;
          seenGroups.add(report.group);
        }
        findings.push(toFinding(plan, rule.meta.id, severity, report, options.docsBaseUrl));
      }
    };
    rule.check(context);
  }
  dropRedundant(findings);
  findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
  return { plan, findings };
}
function toFinding(plan, ruleId, severity, report, docsBaseUrl) {
  const column = report.column ?? 1;
  const endLine = report.endLine ?? report.line;
  const endColumn = report.endColumn ?? Math.max(column, lineText(plan.source, endLine).length + 1);
  return {
    ruleId,
    severity,
    line: report.line,
    column,
    endLine,
    endColumn,
    message: report.message,
    url: docsUrl(ruleId, docsBaseUrl),
    // Inside a plan wrapped whole in a fence, offsets are those of the text with the fence lines
    // emptied, not of the file: no fix is offered there, rather than one that edits the wrong place.
    ...report.fix && report.fix.edits.length > 0 && !plan.wrapperFence ? {
      fix: {
        edits: report.fix.edits.map((edit) => {
          const from = pointOf(plan.source, edit.start);
          const to = pointOf(plan.source, edit.end);
          return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
        }),
        lines: lineReplacement(plan.source, report.fix.edits)
      }
    } : {}
  };
}

export {
  lintPlan
};
