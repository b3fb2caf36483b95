import { type Plan } from './plan.js';
import { type Finding, type RuleSetting } from './rule.js';
import { type LintSettings } from './settings.js';
export interface LintOptions {
    readonly settings?: LintSettings;
    /** Every rule that is not off reports errors. */
    readonly strict?: boolean;
    /** The base version (for `revision-note`): its text or its parsed plan. */
    readonly base?: string | Plan;
    /** The text of the template `init` writes, so that `required-sections` can offer fixes from it. */
    readonly template?: string;
    /**
     * When checked Progress items were done, by the item's first line as written (from git
     * history, see `src/cli/git-dates.ts`), so that `progress-timestamp` can offer fixes.
     */
    readonly itemDates?: ReadonlyMap<string, Date>;
    /**
     * The folder URL of the rule pages that each finding's `url` points into (`rulesDocsBase` of
     * `docs-url.ts`): the caller's version of the docs. The package's default branch when absent.
     */
    readonly docsBaseUrl?: string;
}
export interface LintResult {
    readonly plan: Plan;
    readonly findings: Finding[];
}
/** The severity a rule reports at, after configuration and `--strict`. */
export declare function effectiveSetting(ruleId: string, settings: LintSettings, strict: boolean): RuleSetting;
/** Validates one plan: parses it once, runs every rule that is on, applies control comments. */
export declare function lintPlan(input: string | Plan, options?: LintOptions): LintResult;
