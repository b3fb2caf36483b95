import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  countsOf,
  countsOfAll,
  totalsOf,
  totalsOfAll
} from "./chunk-B5UUWPHV.js";
import "./chunk-OL54AZMW.js";
import "./chunk-OFXZ4FKC.js";

// src/formatters/json.ts
var newOf = (c) => ({
  newErrors: c.newErrors,
  newWarnings: c.newWarnings
});
function toJsonReport(results) {
  return {
    ...reportFields(results),
    files: results.map((r) => ({ ...fileFields(r), findings: r.findings.map(jsonFinding) }))
  };
}
var reportFields = (results) => ({
  ...totalsOfAll(results),
  ...results.some((r) => r.baselined) ? newOf(countsOfAll(results)) : {}
});
var fileFields = (result) => ({
  path: result.path,
  ...totalsOf(result),
  ...result.baselined ? newOf(countsOf(result)) : {},
  ...result.error !== void 0 ? { error: result.error } : {}
});
var jsonFinding = (f) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  message: f.message,
  url: f.url,
  ...f.baselineState !== void 0 ? { baselineState: f.baselineState, fingerprint: f.fingerprint } : {},
  ...f.fix ? { fix: f.fix } : {}
});
function formatJson(results) {
  return JSON.stringify(toJsonReport(results), null, 2) + "\n";
}
var FINDING_INDENT = " ".repeat(8);
function findingsJsonParts(findings) {
  if (findings.length === 0) return ["[]"];
  const parts = ["[\n"];
  findings.forEach((f, i) => {
    if (i > 0) parts.push(",\n");
    parts.push(FINDING_INDENT + JSON.stringify(jsonFinding(f), null, 2).replaceAll("\n", `
${FINDING_INDENT}`));
  });
  parts.push("\n      ]");
  return parts;
}
function findingsJson(findings) {
  return findingsJsonParts(findings).join("");
}
function formatJsonBytes(results, known = () => void 0) {
  const parts = [];
  let text = "{\n";
  for (const [name, value] of Object.entries(reportFields(results)))
    text += `  ${JSON.stringify(name)}: ${JSON.stringify(value)},
`;
  if (results.length === 0) text += '  "files": []\n';
  else {
    text += '  "files": [\n';
    results.forEach((result, index) => {
      text += "    {\n";
      for (const [name, value] of Object.entries(fileFields(result)))
        text += `      ${JSON.stringify(name)}: ${JSON.stringify(value)},
`;
      parts.push(`${text}      "findings": `);
      text = "";
      const cached = known(result);
      if (cached) parts.push(cached);
      else for (const part of findingsJsonParts(result.findings)) parts.push(part);
      text += index === results.length - 1 ? "\n    }\n" : "\n    },\n";
    });
    text += "  ]\n";
  }
  parts.push(`${text}}
`);
  const size = parts.reduce((sum, p) => sum + (typeof p === "string" ? Buffer.byteLength(p) : p.length), 0);
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of parts)
    if (typeof p === "string") at += bytes.write(p, at);
    else {
      bytes.set(p, at);
      at += p.length;
    }
  return bytes;
}
export {
  findingsJson,
  formatJson,
  formatJsonBytes,
  toJsonReport
};
