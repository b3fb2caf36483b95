import { lintPlan, type LintOptions } from './lint.js';
import type { Finding, TextEdit } from './rule.js';

/**
 * Applying the fixes that rules attach to findings (`Finding.fix`), as `execplan validate --fix`
 * does. Pure: text in, text out.
 *
 * Edits are computed on the engine's text (byte-order mark removed, line endings `\n`) and
 * applied to the text as written: each offset is mapped back to the raw text, and every `\n`
 * in a replacement is written with the file's own line ending, so that text outside the edits
 * stays byte for byte what it was, a byte-order mark and CRLF line endings included.
 */

/** How many times `fixText` lints and applies at most: later passes pick up fixes that overlapped. */
export const MAX_FIX_PASSES = 5;

export interface FixOutcome {
  /** The fixed text, as written (byte-order mark and line endings kept). */
  readonly text: string;
  /** Whether it differs from the input. */
  readonly changed: boolean;
  /** The findings whose fixes were applied, in the order applied, over all passes. */
  readonly fixed: readonly Finding[];
  /** The findings left after the last pass. */
  readonly remaining: readonly Finding[];
  /** How many passes applied something. */
  readonly passes: number;
}

/** Offsets in the engine's text mapped to offsets in the raw text; index `text.length` included. */
function rawOffsets(raw: string): { map: Int32Array; text: string } {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = bom; i < raw.length; i++) {
    const c = raw[i];
    map.push(i);
    if (c === '\r') {
      chars.push('\n');
      if (raw[i + 1] === '\n') i++;
    } else chars.push(c);
  }
  map.push(raw.length);
  return { map: Int32Array.from(map), text: chars.join('') };
}

/** The line ending the file uses most: `\r\n` when at least half its line endings are. */
export function dominantLineEnding(raw: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) {
    if (raw[i - 1] === '\r') crlf++;
    else lf++;
  }
  return crlf > 0 && crlf >= lf ? '\r\n' : '\n';
}

/**
 * The findings whose fixes can be applied together: in finding order, a fix is taken when none
 * of its edits overlaps an edit already taken (two insertions at the same offset do not overlap:
 * they are applied in finding order).
 */
export function compatibleFixes(findings: readonly Finding[]): Finding[] {
  const taken: TextEdit[] = [];
  const chosen: Finding[] = [];
  // Also true for an insertion strictly inside a replaced range.
  const overlaps = (a: TextEdit, b: TextEdit): boolean => a.start < b.end && b.start < a.end;
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    chosen.push(finding);
  }
  return chosen;
}

/** Applies the edits of the given findings to the raw text (see the module comment). */
export function applyFixes(raw: string, findings: readonly Finding[]): string {
  const { map } = rawOffsets(raw);
  const eol = dominantLineEnding(raw);
  const edits = findings
    .flatMap((f, order) => (f.fix?.edits ?? []).map((edit, index) => ({ edit, order, index })))
    .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order || a.index - b.index);
  let out = '';
  let at = 0;
  for (const { edit } of edits) {
    const start = map[edit.start];
    const end = map[edit.end];
    out += raw.slice(at, start) + (eol === '\n' ? edit.text : edit.text.replace(/\n/g, eol));
    at = Math.max(at, end);
  }
  return out + raw.slice(at);
}

/** Lints and applies every compatible fix, repeating until nothing changes or `MAX_FIX_PASSES`. */
export function fixText(raw: string, options: LintOptions = {}, maxPasses = MAX_FIX_PASSES): FixOutcome {
  let text = raw;
  const fixed: Finding[] = [];
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

/** Whether a finding carries a fix. */
export const isFixable = (finding: Finding): boolean => (finding.fix?.edits.length ?? 0) > 0;

/** The engine's text of the raw text: exported for tests that compare outside the edits. */
export const engineText = (raw: string): string => rawOffsets(raw).text;
