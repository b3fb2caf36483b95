/**
 * Whole-word phrase matching over prose. Phrases written entirely in capitals (`TBD`, `TODO`)
 * match only in capitals, so "a todo app" is fine; every other phrase matches in any case.
 * Within one list, overlapping matches yield one match: the longest.
 *
 * The matcher is one word trie for the whole list (a tree of phrases by their words, so that the
 * phrases sharing a first word share one node): the text is cut into tokens once (runs of letters,
 * digits and `_`, and every other character that is not white space on its own), and at each
 * token the trie is walked as far as the text follows it. So the cost grows with the text's
 * length times the words of the longest phrase, not with the number of phrases (a regular
 * expression alternating thousands of phrases tries each one at each position). Two tokens of a
 * phrase written with white space between them match tokens with any white space between them
 * (a phrase may be split across a soft line break); written together (`etc.`), adjacent tokens.
 */
export interface PhraseMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export interface PhraseMatcher {
    find(text: string): PhraseMatch[];
}
/** Text made literal inside a regular expression. */
export declare const escapeRegExp: (s: string) => string;
export declare const isCapitalsOnly: (phrase: string) => boolean;
export declare function compilePhrases(phrases: readonly string[]): PhraseMatcher;
