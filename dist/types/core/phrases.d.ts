export interface PhraseMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export interface PhraseMatcher {
    /** The matches in `text`, whose tokens `tokens` are (made here if not given). */
    find(text: string, tokens?: Tokens): PhraseMatch[];
}
/** Text made literal inside a regular expression. */
export declare const escapeRegExp: (s: string) => string;
export declare const isCapitalsOnly: (phrase: string) => boolean;
/** Where each token of a text starts and ends (UTF-16 offsets). */
export interface Tokens {
    readonly starts: number[];
    readonly ends: number[];
}
export declare function tokenize(text: string): Tokens;
export declare function compilePhrases(phrases: readonly string[]): PhraseMatcher;
/** Several lists of phrases matched in one pass: `find` gives each list's matches, as its own matcher would. */
export interface PhraseSetMatcher {
    find(text: string, tokens?: Tokens): PhraseMatch[][];
}
/**
 * One trie for several lists (the phrase rules'), each phrase's terminal naming its list: a text
 * is walked once for all of them. Walked once per rule, the matcher's functions became hot enough
 * for V8 to optimise them on another thread, which a one-plan run waited for before it ended
 * (about 12 ms on Node 22).
 */
export declare function compilePhraseSets(lists: readonly (readonly string[])[]): PhraseSetMatcher;
