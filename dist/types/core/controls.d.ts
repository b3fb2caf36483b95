import type { HtmlComment } from './plan.js';
/**
 * Inline control comments, in the style of markdownlint:
 *
 *     <!-- execplan-disable RULE [RULE…] -->   …   <!-- execplan-enable RULE [RULE…] -->
 *     <!-- execplan-disable-next-line RULE -->      (the line after the comment's last line)
 *     <!-- execplan-disable-line RULE -->           (the comment's own line)
 *     <!-- execplan-disable-file RULE -->
 *
 * With no rule named, a comment applies to every rule.
 */
export interface Suppressions {
    isSuppressed(ruleId: string, line: number): boolean;
}
export declare function readSuppressions(comments: readonly HtmlComment[]): Suppressions;
