import type { Plan, Section } from './plan.js';
import type { ProgressItem } from './progress.js';
import type { RequiredSectionName } from './sections.js';
import type { LintSettings } from './settings.js';
export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';
/** Where rule documentation lives when the caller names no base (see `docs-url.ts`); one page per rule id. */
export declare const DOCS_BASE_URL: string;
/** A rule's docs page under `base` (a folder URL ending in `/`, from `rulesDocsBase`). */
export declare const docsUrl: (ruleId: string, base?: string) => string;
export interface RuleMeta {
    /** The rule id: also the file name, the docs page and the name in control comments. */
    readonly id: string;
    /** One sentence: what the rule reports. */
    readonly description: string;
    /** Why the format asks for it, for the docs page. */
    readonly rationale: string;
    readonly defaultSeverity: Severity;
    /** Where the finding is reported, as the contract says. */
    readonly reportedAt: string;
    readonly tags: readonly string[];
    /** The configuration this rule owns: validated, documented and in the JSON Schema from here. */
    readonly options?: RuleOptions;
    /** What else changes what the rule reports (shared settings, accepted spellings), for the docs page. */
    readonly notes?: string;
    /** What `--fix` (and the action's suggestions) can fix of its findings, for the docs page. */
    readonly fixable?: string;
    /**
     * How to fix a finding: the advice a message has no room for (messages fit one 100-column
     * line of the stylish output), shown on the docs page that each finding links to.
     */
    readonly advice?: string;
}
/** The subset of JSON Schema that rule options use: lists of strings, and objects of them. */
export type OptionSchema = {
    readonly type: 'array';
    readonly items: {
        readonly type: 'string';
        readonly minLength: 1;
    };
    readonly description: string;
} | {
    readonly type: 'object';
    readonly properties: Readonly<Record<string, OptionSchema>>;
    readonly additionalProperties: false;
    readonly description: string;
};
export interface RuleOptions {
    /** Where they sit in the configuration file: `["phrases", "<rule id>"]`, or a top-level key such as `["jargon"]`. */
    readonly key: readonly [string, ...string[]];
    readonly schema: OptionSchema;
}
/** A list of non-empty strings, as phrase and term lists are. */
export declare const stringList: (description: string) => OptionSchema;
export interface Report {
    readonly line: number;
    readonly column?: number;
    readonly endLine?: number;
    readonly endColumn?: number;
    readonly message: string;
    /** Findings sharing a group are reported once: the first that is not disabled. */
    readonly group?: string;
    /** How to fix the finding mechanically, when the rule knows (see `src/core/fix.ts`). */
    readonly fix?: Fix;
}
/**
 * One text edit: replace the plan's text from offset `start` to offset `end` (exclusive) with
 * `text`. Offsets are in the engine's text (`plan.source.text`: byte-order mark removed, every
 * line ending `\n`); `src/core/fix.ts` maps them back to the file as written.
 */
export interface TextEdit {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
/** A rule's fix for one finding: edits that do not overlap, as ESLint's `fix` and markdownlint's `fixInfo`. */
export interface Fix {
    readonly edits: readonly TextEdit[];
}
/** Lines `line` to `endLine` (1-based, inclusive) replaced by `text` (its lines joined by `\n`). */
export interface LineReplacement {
    readonly line: number;
    readonly endLine: number;
    readonly text: string;
}
/** A fix edit as findings carry it: the offsets, and the same range as 1-based lines and columns. */
export interface FindingEdit extends TextEdit {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
export interface RuleContext {
    readonly plan: Plan;
    readonly settings: LintSettings;
    /** The base version of the plan, when one was given (for `revision-note`). */
    base(): Plan | undefined;
    /** The template `init` writes (`templates/plan.md`), when the caller gave it: for fixes that add sections. */
    template(): string | undefined;
    /** When the checked item on this line was done, when the caller knows it (from git history): for fixes. */
    itemDate(line: number): Date | undefined;
    section(name: RequiredSectionName): Section | undefined;
    progressItems(): readonly ProgressItem[];
    report(report: Report): void;
}
export interface Rule {
    readonly meta: RuleMeta;
    check(context: RuleContext): void;
}
export interface Finding {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly message: string;
    readonly url: string;
    /** With a base version: whether the base already had this finding (see `baseline.ts`). */
    readonly baselineState?: 'new' | 'unchanged';
    /** Hashes of the rule, message and line content (`fingerprint`) and of the line (`lineHash`). */
    readonly fingerprint?: string;
    readonly lineHash?: string;
    /** The mechanical fix, when the rule has one: its edits, and the same change as whole lines. */
    readonly fix?: {
        readonly edits: readonly FindingEdit[];
        readonly lines?: LineReplacement;
    };
}
