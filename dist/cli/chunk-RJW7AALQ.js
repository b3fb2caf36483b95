import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  lintPlan
} from "./chunk-OCZRQRJC.js";
import {
  PlanLimitError,
  lineCount,
  lineText,
  parsePlan
} from "./chunk-KTUVPLMJ.js";

// src/core/baseline.ts
var BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]/;
var fold = (text) => text.replace(BOX, "$1[ ]").replace(/\s+/g, " ").trim();
function anchorsOf(plan, findings) {
  const count = lineCount(plan.source);
  const nearest = (line, step) => {
    for (let l = line + step; l >= 1 && l <= count; l += step) {
      const text = fold(lineText(plan.source, l));
      if (text) return text;
    }
    return "";
  };
  return findings.map((finding) => ({
    finding,
    content: fold(lineText(plan.source, finding.line)),
    context: `${nearest(finding.line, -1)}
${nearest(finding.line, 1)}`
  }));
}
function hashText(text) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}
function withFingerprints(plan, findings) {
  const seen = /* @__PURE__ */ new Map();
  const seenLines = /* @__PURE__ */ new Map();
  return anchorsOf(plan, findings).map(({ finding, content }) => {
    const hash = hashText(`${finding.ruleId}
${finding.message}
${content}`);
    const lineHash = hashText(content);
    const n = seen.get(hash) ?? 0;
    const m = seenLines.get(lineHash) ?? 0;
    seen.set(hash, n + 1);
    seenLines.set(lineHash, m + 1);
    return { ...finding, fingerprint: `${hash}:${n}`, lineHash: `${lineHash}:${m}` };
  });
}
function markBaseline(head, headFindings, base) {
  const fingerprinted = withFingerprints(head, headFindings);
  if (!base) return fingerprinted.map((f) => ({ ...f, baselineState: "new" }));
  const headAnchors = anchorsOf(head, headFindings);
  const baseAnchors = anchorsOf(base.plan, base.findings);
  const unchanged = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  const pass = (key) => {
    const pool = /* @__PURE__ */ new Map();
    baseAnchors.forEach((a, i) => {
      if (used.has(i)) return;
      const k = key(a);
      if (k === void 0) return;
      const list = pool.get(k);
      if (list) list.push(i);
      else pool.set(k, [i]);
    });
    headAnchors.forEach((a, i) => {
      if (unchanged.has(i)) return;
      const k = key(a);
      const match = k === void 0 ? void 0 : pool.get(k)?.shift();
      if (match === void 0) return;
      used.add(match);
      unchanged.add(i);
    });
  };
  const id = (a) => `${a.finding.ruleId}
${a.finding.message}`;
  pass((a) => `${id(a)}
${a.content}
${a.context}`);
  pass((a) => `${id(a)}
${a.content}`);
  pass((a) => `${id(a)}
${a.context}`);
  const once = (anchors) => {
    const counts = /* @__PURE__ */ new Map();
    for (const a of anchors) counts.set(id(a), (counts.get(id(a)) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
  };
  const [headOnce, baseOnce] = [once(headAnchors), once(baseAnchors)];
  pass((a) => headOnce.has(id(a)) && baseOnce.has(id(a)) ? id(a) : void 0);
  return fingerprinted.map((f, i) => ({ ...f, baselineState: unchanged.has(i) ? "unchanged" : "new" }));
}
function lintAgainstBase(head, base, options = {}) {
  if (base === null) {
    const result2 = lintPlan(head, options);
    return { plan: result2.plan, findings: markBaseline(result2.plan, result2.findings) };
  }
  const basePlan = typeof base === "string" ? parsePlan(base) : base;
  const result = lintPlan(head, { ...options, base: basePlan });
  const baseFindings = lintPlan(basePlan, options).findings;
  return {
    plan: result.plan,
    findings: markBaseline(result.plan, result.findings, { plan: basePlan, findings: baseFindings })
  };
}

// src/cli/lint-outcome.ts
function lintOutcome(text, job) {
  try {
    const options = { settings: job.settings, strict: job.strict, docsBaseUrl: job.docsBaseUrl };
    if (job.base !== void 0) return { findings: lintAgainstBase(text, job.base, options).findings };
    const result = lintPlan(text, options);
    return { findings: withFingerprints(result.plan, result.findings) };
  } catch (error) {
    if (!(error instanceof PlanLimitError)) throw error;
    return { error: error.message };
  }
}

export {
  lintOutcome
};
