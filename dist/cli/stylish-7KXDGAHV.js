import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  paint,
  plural
} from "./chunk-WO66M3XG.js";
import {
  countsOfAll,
  totalsOf,
  totalsOfAll
} from "./chunk-B5UUWPHV.js";
import "./chunk-OL54AZMW.js";
import "./chunk-OFXZ4FKC.js";

// src/formatters/stylish.ts
function formatStylish(results, colours = { enabled: false }) {
  const on = colours.enabled;
  const out = [];
  const baselined = results.some((r) => r.baselined);
  for (const result of results) {
    if (result.error !== void 0) {
      out.push(paint(on, "4", result.path), `  ${paint(on, "31", "error")}  ${result.error}`, "");
      continue;
    }
    if (result.findings.length === 0) continue;
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId]);
    const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    out.push(paint(on, "4", result.path));
    rows.forEach(([position, severity, message, ruleId], i) => {
      const coloured = paint(on, severity === "error" ? "31" : "33", severity.padEnd(widths[1]));
      const mark = baselined ? `${result.findings[i].baselineState === "new" ? paint(on, "36", "new") : "   "}  ` : "";
      out.push(
        `  ${paint(on, "2", position.padEnd(widths[0]))}  ${coloured}  ${mark}${message}  ${paint(on, "2", ruleId)}`
      );
    });
    out.push("");
  }
  const { errors, warnings } = totalsOfAll(results);
  const withProblems = results.filter((r) => {
    const t = totalsOf(r);
    return t.errors + t.warnings > 0;
  }).length;
  const unvalidated = results.filter((r) => r.error !== void 0).length;
  if (errors + warnings === 0) {
    out.push(paint(on, "32", `\u2714 ${plural(results.length, "plan")} checked, no problems`));
  } else {
    let counts = `${plural(errors + warnings, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    if (baselined) {
      const { newErrors, newWarnings } = countsOfAll(results);
      counts += `, ${newErrors + newWarnings} new (${plural(newErrors, "error")}, ${plural(newWarnings, "warning")})`;
    }
    const notValidated = unvalidated ? `, ${unvalidated} of them could not be validated` : "";
    const summary = `\u2716 ${counts} in ${withProblems} of ${plural(results.length, "plan")}${notValidated}`;
    out.push(paint(on, errors ? "31" : "33", summary));
  }
  return out.join("\n") + "\n";
}
export {
  formatStylish
};
