import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  countsOf,
  countsOfAll,
  totalsOf,
  totalsOfAll
} from "./chunk-AUWS7DZR.js";
import "./chunk-OL54AZMW.js";
import "./chunk-OFXZ4FKC.js";

// src/formatters/json.ts
var newOf = (c) => ({
  newErrors: c.newErrors,
  newWarnings: c.newWarnings
});
function toJsonReport(results) {
  const baselined = results.some((r) => r.baselined);
  return {
    ...totalsOfAll(results),
    ...baselined ? newOf(countsOfAll(results)) : {},
    files: results.map((result) => ({
      path: result.path,
      ...totalsOf(result),
      ...result.baselined ? newOf(countsOf(result)) : {},
      ...result.error !== void 0 ? { error: result.error } : {},
      findings: result.findings.map((f) => ({
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
      }))
    }))
  };
}
function formatJson(results) {
  return JSON.stringify(toJsonReport(results), null, 2) + "\n";
}
export {
  formatJson,
  toJsonReport
};
