import type { Plan, Section } from './plan.js';
import type { RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
import { UnicodeRegExp } from './unicode-regexp.js';
/** One Decision Log or Surprises & Discoveries entry. */
export interface Entry {
    readonly line: number;
    text: string;
}
/**
 * A label such as `Decision:`, matched case-insensitively, bold or not (`**Decision:**`,
 * `**Decision**:`), with an ASCII or a full-width colon (`决策：`). Several names make one
 * pattern that matches any of them.
 */
export declare function labelPattern(label: string | readonly string[]): UnicodeRegExp;
export { DEFAULT_LABEL_NAMES, LABEL_NAMES, type LabelName, type LabelNames } from './label-names.js';
import type { LabelName, LabelNames } from './label-names.js';
/** The labels of an entry kind, compiled once per settings object. */
export declare function labelsOf(names: LabelNames, which: readonly LabelName[]): Label[];
/**
 * The entries of a section: each list item directly in it (nested items belong to their
 * parent), and each paragraph, also inside a block quote, that holds at least one label. A
 * paragraph with no label is an introduction. "None yet." is no entry.
 *
 * `labels[0]` is the label that opens an entry (`Decision:`, `Observation:`). A list item or
 * paragraph that starts with another label (`- Rationale: …` on its own line) continues the
 * entry before it, so entries written one label per list item are read whole.
 */
export declare function entriesOf(plan: Plan, section: Section, labels: readonly UnicodeRegExp[]): Entry[];
/** `a`, `a and b`, `a, b and c`. */
export declare function listOf(items: readonly string[]): string;
export interface Label {
    readonly name: string;
    readonly pattern: UnicodeRegExp;
}
/**
 * Reports each entry of a living section that lacks some of its labels (`labels[0]` opens an
 * entry); `advice` says what a complete entry holds.
 */
export declare function reportIncompleteEntries(context: RuleContext, sectionName: RequiredSectionName, labels: readonly Label[], advice: string): void;
