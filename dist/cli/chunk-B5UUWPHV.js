import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/core/result.ts
function countFindings(findings) {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
function totalsOf(result) {
  const counted = result.findingCounts ?? countFindings(result.findings);
  return result.error !== void 0 ? { errors: counted.errors + 1, warnings: counted.warnings } : counted;
}
function totalsOfAll(results) {
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const t = totalsOf(result);
    errors += t.errors;
    warnings += t.warnings;
  }
  return { errors, warnings };
}
function countsOf(result) {
  const totals = totalsOf(result);
  let newErrors = result.error !== void 0 ? 1 : 0;
  let newWarnings = 0;
  for (const f of result.findings) {
    if (f.baselineState !== "new") continue;
    if (f.severity === "error") newErrors++;
    else newWarnings++;
  }
  return { ...totals, newErrors, newWarnings };
}
function countsOfAll(results) {
  const sum = { errors: 0, warnings: 0, newErrors: 0, newWarnings: 0 };
  for (const result of results) {
    const c = countsOf(result);
    sum.errors += c.errors;
    sum.warnings += c.warnings;
    sum.newErrors += c.newErrors;
    sum.newWarnings += c.newWarnings;
  }
  return sum;
}
var hasErrors = (result) => totalsOf(result).errors > 0;

export {
  countFindings,
  totalsOf,
  totalsOfAll,
  countsOf,
  countsOfAll,
  hasErrors
};
