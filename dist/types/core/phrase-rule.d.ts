import { type PhraseMatch } from './phrases.js';
import type { ProseBlock } from './plan.js';
import { type Rule, type RuleContext, type RuleMeta } from './rule.js';
/** What a phrase rule needs beyond its metadata: its built-in phrases and its message. */
export interface PhraseRuleSpec {
    /** Its metadata; the `phrases.<id>` option is added by `createPhraseRule`. */
    readonly meta: Omit<RuleMeta, 'options'>;
    readonly phrases: readonly string[];
    readonly message: (phrase: string) => string;
    /** Returns false to let a match stand without a finding (used by `vague-acceptance`). */
    readonly applies?: (context: RuleContext, block: ProseBlock, match: PhraseMatch) => boolean;
}
/**
 * Builds a rule that reports each use of a phrase in prose, at the phrase's first word.
 * Configured phrases extend the built-in list.
 */
export declare function createPhraseRule(spec: PhraseRuleSpec): Rule & {
    readonly phrases: readonly string[];
};
