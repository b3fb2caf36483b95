import type { Finding } from './rule.js';

/**
 * Findings that say nothing new next to another rule's finding at the same line: an empty
 * Context section names no path and an empty Validation section shows no command, but the
 * `empty-section` finding on that heading already says all of it. Each key is dropped when a
 * finding of one of its values is at the same line (so turning `empty-section` off, or disabling
 * it there, brings the other back).
 */
export const REDUNDANT_NEXT_TO: Readonly<Record<string, readonly string[]>> = {
  'context-paths': ['empty-section'],
  'validation-commands': ['empty-section'],
};

/** Removes, in place, every finding made redundant by another at its line. */
export function dropRedundant(findings: Finding[]): void {
  const at = new Set(findings.map((f) => `${f.ruleId}\u0000${f.line}`));
  let kept = 0;
  for (const f of findings) {
    const others = REDUNDANT_NEXT_TO[f.ruleId];
    if (others?.some((id) => at.has(`${id}\u0000${f.line}`))) continue;
    findings[kept++] = f;
  }
  findings.length = kept;
}
