import { type LintOptions, type LintResult } from './lint.js';
import { type Plan } from './plan.js';
import type { Finding } from './rule.js';
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
/** A 53-bit string hash (cyrb53), as 14 hexadecimal digits: stable across runs and platforms. */
export declare function hashText(text: string): string;
/** The findings with their fingerprints (`fingerprint`, `lineHash`); their order is kept. */
export declare function withFingerprints(plan: Plan, findings: readonly Finding[]): Finding[];
/**
 * The head's findings, each with `baselineState` (and fingerprints), given the base version's
 * findings; with no base (a new plan), every finding is new.
 */
export declare function markBaseline(head: Plan, headFindings: readonly Finding[], base?: {
    readonly plan: Plan;
    readonly findings: readonly Finding[];
}): Finding[];
/**
 * Validates the head version against its base version: `revision-note` sees the base, and every
 * finding carries `baselineState`. The base is validated with the same settings. With `base`
 * null (the plan is new), every finding is new.
 */
export declare function lintAgainstBase(head: string | Plan, base: string | Plan | null, options?: Omit<LintOptions, 'base'>): LintResult;
