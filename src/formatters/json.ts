import type { Finding } from '../core/rule.js';
import { countsOf, countsOfAll, totalsOf, totalsOfAll, type PlanResult } from '../core/result.js';

const newOf = (c: { newErrors: number; newWarnings: number }) => ({
  newErrors: c.newErrors,
  newWarnings: c.newWarnings,
});

/**
 * The contract's `validate --format json` shape. A plan that could not be validated carries
 * `error` and counts as one error, as everywhere else.
 */
export function toJsonReport(results: readonly PlanResult[]) {
  return {
    ...reportFields(results),
    files: results.map((r) => ({ ...fileFields(r), findings: r.findings.map(jsonFinding) })),
  };
}

/** The report's fields before `files`. With a base version: the new errors and warnings too. */
const reportFields = (results: readonly PlanResult[]) => ({
  ...totalsOfAll(results),
  ...(results.some((r) => r.baselined) ? newOf(countsOfAll(results)) : {}),
});

/** A file's fields before `findings` (each finding then carries its `baselineState`). */
const fileFields = (result: PlanResult) => ({
  path: result.path,
  ...totalsOf(result),
  ...(result.baselined ? newOf(countsOf(result)) : {}),
  ...(result.error !== undefined ? { error: result.error } : {}),
});

const jsonFinding = (f: Finding) => ({
  ruleId: f.ruleId,
  severity: f.severity,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  message: f.message,
  url: f.url,
  ...(f.baselineState !== undefined ? { baselineState: f.baselineState, fingerprint: f.fingerprint } : {}),
  ...(f.fix ? { fix: f.fix } : {}),
});

export function formatJson(results: readonly PlanResult[]): string {
  return JSON.stringify(toJsonReport(results), null, 2) + '\n';
}

/** How deep a file's findings sit in the report: each one's lines are indented by this much more. */
const FINDING_INDENT = ' '.repeat(8);

/**
 * A plan's `findings` array exactly as `formatJson` writes it inside the report, in pieces (one a
 * finding, and the separators), so that a large report is never one more string the size of the
 * whole. (JSON strings hold no raw line break, so indenting every line break indents every line.)
 */
function findingsJsonParts(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['[]'];
  const parts = ['[\n'];
  findings.forEach((f, i) => {
    if (i > 0) parts.push(',\n');
    parts.push(FINDING_INDENT + JSON.stringify(jsonFinding(f), null, 2).replaceAll('\n', `\n${FINDING_INDENT}`));
  });
  parts.push('\n      ]');
  return parts;
}

/** The same as one string: what the cache keeps, so that a warm run writes it without serialising the findings again. */
export function findingsJson(findings: readonly Finding[]): string {
  return findingsJsonParts(findings).join('');
}

/**
 * `formatJson`'s text as bytes, with each plan's `findings` taken from `known` when it has them
 * (the cache's copy, already UTF-8): a warm run over hundreds of plans then neither serialises
 * nor encodes their findings. The rest is serialised here, key by key, as `JSON.stringify` with an
 * indent of 2 writes it; `__tests__/json-bytes.test.ts` compares the two byte for byte.
 */
export function formatJsonBytes(
  results: readonly PlanResult[],
  known: (result: PlanResult) => Uint8Array | undefined = () => undefined,
): Uint8Array {
  const parts: (string | Uint8Array)[] = [];
  let text = '{\n';
  for (const [name, value] of Object.entries(reportFields(results)))
    text += `  ${JSON.stringify(name)}: ${JSON.stringify(value)},\n`;
  if (results.length === 0) text += '  "files": []\n';
  else {
    text += '  "files": [\n';
    results.forEach((result, index) => {
      text += '    {\n';
      for (const [name, value] of Object.entries(fileFields(result)))
        text += `      ${JSON.stringify(name)}: ${JSON.stringify(value)},\n`;
      parts.push(`${text}      "findings": `);
      text = '';
      const cached = known(result);
      if (cached) parts.push(cached);
      // One by one: a spread of a hundred thousand findings would overflow the call stack.
      else for (const part of findingsJsonParts(result.findings)) parts.push(part);
      text += index === results.length - 1 ? '\n    }\n' : '\n    },\n';
    });
    text += '  ]\n';
  }
  parts.push(`${text}}\n`);
  // One buffer, written part by part: a thousand small buffers and a copy of them all took longer.
  const size = parts.reduce((sum, p) => sum + (typeof p === 'string' ? Buffer.byteLength(p) : p.length), 0);
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  for (const p of parts)
    if (typeof p === 'string') at += bytes.write(p, at);
    else {
      bytes.set(p, at);
      at += p.length;
    }
  return bytes;
}
