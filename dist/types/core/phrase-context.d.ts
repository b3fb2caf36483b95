import type { ProseBlock } from './plan.js';
import type { PhraseMatch } from './phrases.js';
import type { RuleContext } from './rule.js';
/**
 * What the text around a phrase says about it, for the phrase rules: the same words are a
 * placeholder or an instruction in one place and a mention, a count or a record in another.
 */
/** The text of the block before and after a match. */
export declare const before: (block: ProseBlock, match: PhraseMatch, length?: number) => string;
export declare const after: (block: ProseBlock, match: PhraseMatch, length?: number) => string;
/** Whether the block is in a living section that records history, or in the revision note (the last section). */
export declare function inRecord(context: RuleContext, block: ProseBlock): boolean;
export declare function isPlaceholderNoun(block: ProseBlock, match: PhraseMatch): boolean;
/** `to be filled`, `to be completed`: a placeholder only when it stands alone (in parentheses, or as the whole block). */
export declare function standsAlone(block: ProseBlock, match: PhraseMatch): boolean;
export declare function isAccordinglyInstruction(block: ProseBlock, match: PhraseMatch): boolean;
