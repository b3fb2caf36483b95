import type { Leaf, Plan, Section } from './plan.js';
import type { ProgressItem } from './progress.js';
import type { Fix, RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
/**
 * The fixes that rules attach to their findings, computed from the plan model. Each returns
 * undefined where a mechanical edit could change what the plan means; the finding then stays
 * for a person to resolve. `src/core/fix.ts` applies them.
 */
/** The living sections whose body may truthfully say "None yet." when nothing is recorded. */
export declare const NONE_YET_SECTIONS: readonly RequiredSectionName[];
export declare const NONE_YET = "None yet.";
/** The canonical timestamp of a moment: `(2025-01-20 13:00Z)`, with seconds when they are not zero. */
export declare function canonicalStamp(date: Date): string;
/**
 * `timestamp-format`: the item's timestamp rewritten to the canonical form, in UTC. Only when its
 * date, time and zone are all known; a leading timestamp is replaced, any other is left in the
 * text and the canonical one put right after the box.
 */
export declare function canonicalTimestampFix(plan: Plan, item: ProgressItem): Fix | undefined;
/** `progress-timestamp`: the date a checked item was done (from git history) put right after its box. */
export declare function datedItemFix(plan: Plan, item: ProgressItem, date: Date): Fix | undefined;
/**
 * `heading-blank-line`: a blank line after the heading's last line. Inside a block quote the
 * blank line keeps the quote's markers (taken from the next line, which may also hold a list's
 * indentation, else from the heading's), so that the quote does not end there.
 */
export declare function blankLineAfterFix(plan: Plan, headingStart: number, endLine: number): Fix | undefined;
/**
 * `fenced-code`: the block indented by four spaces instead. Only for a closed block at the top of
 * the document, not after a list (an indented block there would join the list item), not a whole
 * plan in a `md` block, and only when indenting keeps its text: no blank first or last line, no
 * indented line right after it.
 */
export declare function indentedCodeFix(plan: Plan, leaf: Leaf): Fix | undefined;
/** `empty-section`: "None yet." in a living section whose body holds only comments. */
export declare function noneYetFix(plan: Plan, section: Section, name: RequiredSectionName): Fix | undefined;
/**
 * `required-sections`: the missing section appended at the end of the plan, as the template
 * `init` uses writes it (heading, guidance comment, "None yet."). Only for the living sections
 * that may say "None yet." (a Progress, Context, Validation or Purpose section added empty would
 * itself be a finding), only when the template's heading is one the settings accept, and not for
 * Outcomes & Retrospective once every Progress item is checked (it must then be written).
 */
export declare function missingSectionFix(context: RuleContext, name: RequiredSectionName): Fix | undefined;
