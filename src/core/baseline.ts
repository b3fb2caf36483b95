import { lintPlan, type LintOptions, type LintResult } from './lint.js';
import { parsePlan, type Plan } from './plan.js';
import type { Finding } from './rule.js';
import { lineCount, lineText } from './source.js';

/**
 * New versus existing findings. A finding of the head version is `unchanged` when the base version
 * has a finding of the same rule and message that it can be matched with, else `new`. Matching
 * does not use line numbers, so findings that only moved stay unchanged. Each base finding is
 * matched at most once, in four passes, each in the head's order:
 *
 * 1. same rule, message, line content and neighbourhood (the nearest non-blank line above and
 *    below), lines compared with white space folded and a task-list box read as unchecked, so
 *    that checking a box outside Progress keeps the line's findings;
 * 2. same rule, message and line content (the finding's paragraph moved elsewhere);
 * 3. same rule, message and neighbourhood (the line was edited in place);
 * 4. same rule and message, when that message occurs once among the rule's findings on each side
 *    (a finding about the plan as a whole, such as a missing section, or an undefined term whose
 *    first use moved to another line).
 *
 * A finding's fingerprint, which SARIF output carries as `partialFingerprints`, is a hash of its
 * rule, message and line content, with `:N` counting earlier findings that share them.
 */

export type BaselineState = 'new' | 'unchanged';

/** What is compared of one finding, besides its rule. */
interface Anchor {
  readonly finding: Finding;
  /** The finding's line, white space folded. */
  readonly content: string;
  /** The nearest non-blank lines above and below, white space folded. */
  readonly context: string;
}

/** A task-list box at the start of a line, checked or not. */
const BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]/;

/** A line as compared: white space folded, and a box read as unchecked (checking it moves nothing). */
const fold = (text: string): string => text.replace(BOX, '$1[ ]').replace(/\s+/g, ' ').trim();

function anchorsOf(plan: Plan, findings: readonly Finding[]): Anchor[] {
  const count = lineCount(plan.source);
  const nearest = (line: number, step: number): string => {
    for (let l = line + step; l >= 1 && l <= count; l += step) {
      const text = fold(lineText(plan.source, l));
      if (text) return text;
    }
    return '';
  };
  return findings.map((finding) => ({
    finding,
    content: fold(lineText(plan.source, finding.line)),
    context: `${nearest(finding.line, -1)}\n${nearest(finding.line, 1)}`,
  }));
}

/** A 53-bit string hash (cyrb53), as 14 hexadecimal digits: stable across runs and platforms. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The findings with their fingerprints (`fingerprint`, `lineHash`); their order is kept. */
export function withFingerprints(plan: Plan, findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const seenLines = new Map<string, number>();
  return anchorsOf(plan, findings).map(({ finding, content }) => {
    const hash = hashText(`${finding.ruleId}\n${finding.message}\n${content}`);
    const lineHash = hashText(content);
    const n = seen.get(hash) ?? 0;
    const m = seenLines.get(lineHash) ?? 0;
    seen.set(hash, n + 1);
    seenLines.set(lineHash, m + 1);
    return { ...finding, fingerprint: `${hash}:${n}`, lineHash: `${lineHash}:${m}` };
  });
}

/**
 * The head's findings, each with `baselineState` (and fingerprints), given the base version's
 * findings; with no base (a new plan), every finding is new.
 */
export function markBaseline(
  head: Plan,
  headFindings: readonly Finding[],
  base?: { readonly plan: Plan; readonly findings: readonly Finding[] },
): Finding[] {
  const fingerprinted = withFingerprints(head, headFindings);
  if (!base) return fingerprinted.map((f) => ({ ...f, baselineState: 'new' }));
  const headAnchors = anchorsOf(head, headFindings);
  const baseAnchors = anchorsOf(base.plan, base.findings);
  const unchanged = new Set<number>();
  const used = new Set<number>();

  const pass = (key: (a: Anchor) => string | undefined): void => {
    const pool = new Map<string, number[]>();
    baseAnchors.forEach((a, i) => {
      if (used.has(i)) return;
      const k = key(a);
      if (k === undefined) return;
      const list = pool.get(k);
      if (list) list.push(i);
      else pool.set(k, [i]);
    });
    headAnchors.forEach((a, i) => {
      if (unchanged.has(i)) return;
      const k = key(a);
      const match = k === undefined ? undefined : pool.get(k)?.shift();
      if (match === undefined) return;
      used.add(match);
      unchanged.add(i);
    });
  };
  const id = (a: Anchor): string => `${a.finding.ruleId}\n${a.finding.message}`;
  pass((a) => `${id(a)}\n${a.content}\n${a.context}`);
  pass((a) => `${id(a)}\n${a.content}`);
  pass((a) => `${id(a)}\n${a.context}`);
  const once = (anchors: readonly Anchor[]): Set<string> => {
    const counts = new Map<string, number>();
    for (const a of anchors) counts.set(id(a), (counts.get(id(a)) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
  };
  const [headOnce, baseOnce] = [once(headAnchors), once(baseAnchors)];
  pass((a) => (headOnce.has(id(a)) && baseOnce.has(id(a)) ? id(a) : undefined));

  return fingerprinted.map((f, i) => ({ ...f, baselineState: unchanged.has(i) ? 'unchanged' : 'new' }));
}

/**
 * Validates the head version against its base version: `revision-note` sees the base, and every
 * finding carries `baselineState`. The base is validated with the same settings. With `base`
 * null (the plan is new), every finding is new.
 */
export function lintAgainstBase(
  head: string | Plan,
  base: string | Plan | null,
  options: Omit<LintOptions, 'base'> = {},
): LintResult {
  if (base === null) {
    const result = lintPlan(head, options);
    return { plan: result.plan, findings: markBaseline(result.plan, result.findings) };
  }
  const basePlan = typeof base === 'string' ? parsePlan(base) : base;
  const result = lintPlan(head, { ...options, base: basePlan });
  const baseFindings = lintPlan(basePlan, options).findings;
  return {
    plan: result.plan,
    findings: markBaseline(result.plan, result.findings, { plan: basePlan, findings: baseFindings }),
  };
}
